"""A state's debt deal with its creditor banks: the banks are a party, as the text names them."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("t.txt", text, published="1991-05-14")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _parties(records: list[dict]) -> list[set[str]]:  # type: ignore[type-arg]
    return [{p["name"] for p in r["parties"]} for r in records]


def test_the_creditor_banks_a_state_agrees_with_are_a_party() -> None:
    records = _records(
        "LIMA, May 14 - Peru reached an agreement with its commercial bank creditors on "
        "rescheduling 4.1 billion dlrs of foreign debt, Finance Minister Carlos Reyna said.")
    assert any({"Peru", "commercial bank creditors"} <= names for names in _parties(records))
    organization = [p for r in records for p in r["parties"] if p["name"] == "commercial bank creditors"]
    assert organization[0]["type"] == "organization" and not organization[0].get("country")


def test_the_article_names_the_creditors_of_a_bare_rescheduling() -> None:
    records = _records(
        "QUITO, May 14 - Ecuador's 7.2 billion dlr debt rescheduling was approved by its "
        "nine-bank advisory committee last week, officials said.\n"
        "The rescheduling of the public sector debt stretches repayments over 18 years, "
        "Finance Minister Pablo Vera said.")
    assert any("nine-bank advisory committee" in names and "Ecuador" in names
               for names in _parties(records))


def test_creditor_banks_as_the_subject_do_not_make_it_a_firms_deal() -> None:
    records = _records(
        "CARACAS, May 14 - Venezuela expects its debt rescheduling to be signed soon, "
        "Finance Minister Luis Ortega said.\n"
        "About 200 creditor banks have approved the rescheduling agreement, he said.")
    assert any("Venezuela" in names for names in _parties(records))
    assert any("creditor banks" in names for names in _parties(records))


def test_a_loan_from_an_international_organization_gets_no_creditor_banks() -> None:
    records = _records(
        "WASHINGTON, May 14 - The World Bank approved a 300 mln dlr loan to Bolivia to "
        "restructure its mining sector, while Bolivia's commercial banks were not consulted.")
    assert records and all(not any(p["type"] == "organization" for p in r["parties"])
                           for r in records)
