"""Parties the tenth blind audit found wrong, second pass, each on a sentence of our own: a
state that presses another to approve an instrument is no side of it, the borrower after
"for" is a side of a named lending instrument, and an agreement "with the creditors" is the
story's state's with its creditors, not with the article's second state."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _parties(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p["name"] for p in rec["parties"]}


def test_who_presses_another_to_approve_is_no_side_and_the_borrower_is() -> None:
    text = ("Banking sources said Japan had put strong pressure on the World Bank to approve a "
            "credit package for Peru that carries unusually mild conditions.")
    recs = [r for r in _records(text, "1991-05-02") if "package" in r["title"].lower()]
    assert recs and all("Japan" not in _parties(r) and "Peru" in _parties(r) for r in recs)


def test_an_agreement_with_the_creditors_is_not_with_the_second_state() -> None:
    text = ("Bolivia stopped paying its private creditors in 1999. An exporter who studied in "
            "Canada said the mood had improved. Canada remains a big buyer of Bolivian tin.\n\n"
            "President Ana Ruiz's government is still trying to hammer out an agreement with "
            "the creditors, but with the debts now near $9bn it is proving hard.")
    recs = [r for r in _records(text) if "creditors" in r["title"].lower()]
    assert recs and all("Canada" not in _parties(r) for r in recs)
