"""Which members of a coreference group may give its instrument another side (agparties12,
round-23 audit): not when the representative already names its two sides, one a side of no
state ("Peru has struck agreement with commercial banks"), and never a member the rules read
as a word, not an instrument ("In the US you cannot build ... credit details")."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2026-05-04")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_debtors_deal_with_its_banks_takes_no_other_debtor() -> None:
    # (Ecuador's moratorium, another sentence's matter, is no side of Peru's deal with banks)
    recs = _records(
        "WASHINGTON, May 3 - Ecuador, which in January declared an interest payments "
        "moratorium on 8 billion dlrs of commercial bank debt, has ruled out an austerity "
        "program. But a Treasury official said Ecuador's strategy might backfire. Officials "
        "point out that Peru and Uruguay have struck agreement with commercial banks "
        "stretching out debt repayments.")
    peru = [r for r in recs if "PER" in r["countries"]]
    assert peru and all(r["countries"] == ["PER"] for r in peru)
    assert any(p["name"] == "commercial banks" for r in peru for p in r["parties"])


def test_a_bare_word_gives_no_side_to_a_convention() -> None:
    recs = _records(
        "In the US you cannot build a software system that stores customer credit details "
        "without a patent licence. Critics say the new directive goes further than Article 52 "
        "of the 1973 European Patent Convention, which was signed in Munich.")
    convention = [r for r in recs if "Patent" in r["title"]]
    assert convention and all("USA" not in r["countries"] for r in convention)


def test_the_other_side_another_sentence_names_still_joins() -> None:
    # (guard: a one-sided representative takes the side a later sentence tells)
    recs = _records("Kenya signed a defence cooperation agreement on Monday. The agreement was "
                    "signed in Nairobi with Ethiopia's defence minister, officials said.")
    assert any({"KEN", "ETH"} <= set(r["countries"]) for r in recs)
