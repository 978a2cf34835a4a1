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


def test_the_accord_after_an_organizations_unnamed_agreement_is_that_agreement() -> None:
    # (agparties19: "the Portuguese market" and the headline's state are no second instrument's
    # sides; the reference continues the one an organization makes with Canada)
    recs = _records(
        "CANADA SAID ASSURED OF WHEAT SALES TO PORTUGAL\n"
        "OTTAWA, May 4 - Canada signed an agreement with the European Community in January, a "
        "Commission official said.\n    Under the accord, which began in March, third "
        "countries were guaranteed access for one mln tonnes a year of wheat to the Portuguese "
        "market.")
    assert [r["countries"] for r in recs] == [["CAN", "IGO:EC"]]
    assert recs[0]["status"] == "in_force"


def test_the_accord_with_its_own_side_of_no_state_stays_another_instrument() -> None:
    recs = _records(
        "KINGSTON, May 4 - Jamaica reached an agreement with the Paris Club of creditor "
        "governments on a rescheduling of 100 mln dlrs of debt, the finance ministry said.\n"
        "    Under the accord with its commercial banks, which began in March, 80 mln dlrs of "
        "debt falling due in 1988 are rescheduled over ten years.")
    assert len(recs) == 2
    assert any("IGO:ParisClub" not in r["countries"] for r in recs)
