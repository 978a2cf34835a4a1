"""Agreement records that are no instrument (branch agreal16, round-28/29 audits): a contract
an armed service of one state buys from a supplier at home ("won a U.S. Air Force pact"); loans told by their currency only, a state's name in it being
no side abroad ("two jets financed by Swiss franc loans"); the restructuring of an industry or a
firm, a reorganisation at home. Guards: a defence pact with another state stays; so does a
restructuring of a state's debt. Invented sentences."""
from accords.pipeline import extract_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-03")])
    return ex.agreements


def test_an_armed_service_procurement_contract_at_home() -> None:
    assert not _agreements(
        "Lockheed had its best month in March when it won a 300 mln dlr U.S. Navy pact for "
        "up to 12 patrol aircraft to guard naval bases.")


def test_a_defence_pact_with_another_state_stays() -> None:
    assert _agreements(
        "The United States signed a defence pact with the Philippines on Monday to guard "
        "naval bases in the region.")


def test_loans_told_by_their_currency_name_nobody_abroad() -> None:
    assert not _agreements(
        "The Kenyan commission suggested that Kenya Airways sell two jets financed by Swiss "
        "franc loans to reduce its debt.")


def test_an_industry_restructuring_is_no_instrument() -> None:
    assert not _agreements(
        "Stabilisation payments to Kenyan farmers ended in 1985 under an industry "
        "restructuring which allowed private marketing.")


def test_a_restructuring_of_a_states_debt_stays() -> None:
    assert _agreements("Kenya agreed a restructuring of its debt with creditor banks on Tuesday.")


def test_a_capitalized_currency_is_no_name() -> None:
    assert not _agreements(
        "The Kenyan commission suggested that Kenya Airways sell two jets financed by U.S. "
        "Dollar loans to reduce its debt.")
