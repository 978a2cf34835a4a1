"""An instrument and the one it replaces, told in one sentence by an indefinite bare head
after the verb of replacing ("..., which replaces an agreement signed in 2003"), are two items
(GUIDE: each instrument mentioned, background too): the replaced one is between the same
sides on the same matter, with its own date, not the new one told again. Sentences of our
own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Ghana and Togo review ties\nACCRA, March 7, 2023 (GNA) - "


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_the_agreement_a_new_one_replaces_is_its_own_record() -> None:
    recs = _records("The two ministers signed an agreement on mutual assistance in customs "
                    "matters, which replaces an agreement signed in 2003.")
    olds = [r for r in recs if [h["date"] for h in r["history"]] == ["2003"]]
    assert len(olds) == 1, [(r["title"], r["history"]) for r in recs]
    assert sorted(olds[0]["countries"]) == ["GHA", "TGO"]
    assert "customs" not in olds[0]["title"]


def test_the_new_one_is_not_dated_by_the_replaced_one_s_participle() -> None:
    recs = _records("The two ministers signed an agreement on mutual assistance in customs "
                    "matters, which replaces an agreement signed in 2003.")
    customs = [r for r in recs if "customs" in r["title"]]
    assert len(customs) == 1, [(r["title"], r["history"]) for r in recs]
    assert all(not (h["date"] or "").startswith("2003") for h in customs[0]["history"])


def test_one_instrument_told_twice_beside_the_one_it_replaces() -> None:
    # the new agreement told again in the next sentence with the clause of replacing is
    # still one record, and the replaced one a second
    recs = _records(
        "Ghana and Togo on Monday signed an agreement on veterinary services. The documents "
        "include an agreement on cooperation in veterinary services, which replaces an "
        "agreement signed in 2003.")
    vet = [r for r in recs if "veterinary" in r["title"]]
    assert len(vet) == 1, [(r["title"], r["history"]) for r in recs]
    assert any([h["date"] for h in r["history"]] == ["2003"] for r in recs)
