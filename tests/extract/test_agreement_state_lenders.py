"""Loans from state lenders (GUIDE: "loan/credit/debt-rescheduling agreement between
governments or state lenders"): a development lender or export-credit agency named after its
state is that state's government body, whether the data table knows it or not, and the lender
a loan's own phrase names ("a loan from X") or the subject that lends is a party."""
from accords.annotate.entities import actor_from_phrase


def test_a_tabled_lender_is_found_under_its_states_possessive_or_demonym() -> None:
    for phrase in ("China's Exim Bank", "the Chinese Exim Bank", "China's Exim Bank will"):
        a = actor_from_phrase(phrase, [])
        assert a is not None and (a.name, a.country, a.type) == (
            "Export-Import Bank of China", "CHN", "government_body")
    a = actor_from_phrase("the Kuwaiti Fund for Arab Economic Development", [])
    assert a is not None and (a.country, a.type) == ("KWT", "government_body")


def test_an_untabled_development_lender_of_a_state_is_a_government_body() -> None:
    a = actor_from_phrase("Egypt's Export Development Bank", [])
    assert a is not None and (a.name, a.country, a.type) == (
        "Export Development Bank", "EGY", "government_body")
    # a commercial bank named after its state stays a firm
    a = actor_from_phrase("Spain's Santander Bank", [])
    assert a is not None and a.type == "company"


def test_a_loan_received_from_a_state_lender_has_the_lender_and_the_borrower(extract) -> None:
    ex = extract("LUSAKA, June 2, 2026 - Zambia received a $400 million loan from Japan's Exim "
                 "Bank to rebuild its grain silos, the treasury said on Tuesday.")
    assert len(ex.agreements) == 1
    assert {(a.country, a.type) for a in ex.agreements[0].parties} == {
        ("ZMB", "state"), ("JPN", "government_body")}


def test_a_state_lender_that_will_lend_is_no_firm(extract) -> None:
    ex = extract("AMMAN, June 2, 2026 - The Saudi Fund for Development will lend Jordan $80 "
                 "million for water pipelines, the planning ministry said on Monday.")
    assert len(ex.agreements) == 1
    assert {a.country for a in ex.agreements[0].parties} == {"SAU", "JOR"}


def test_a_commercial_bank_that_will_lend_stays_a_firms_deal(extract) -> None:
    ex = extract("ACCRA, June 2, 2026 - Japan's Mizuho Bank will lend Ghana $1 billion, the "
                 "bank said on Monday.")
    assert ex.agreements == []


def test_a_lender_that_will_extend_a_credit_line_plans_a_loan(extract) -> None:
    from accords.vocab import Status
    ex = extract("LIMA, June 2, 2026 - China Development Bank will extend a $700 million credit "
                 "line to Peru, the economy ministry said on Monday.")
    assert len(ex.agreements) == 1
    assert ex.agreements[0].status == Status.PLANNED
    assert {a.country for a in ex.agreements[0].parties} == {"CHN", "PER"}


def test_a_state_agency_that_signs_a_loan_is_a_party(extract) -> None:
    ex = extract("DAKAR, June 2, 2026 - The French Development Agency signed a 40 million euro "
                 "loan agreement with Mauritania on Monday.")
    assert len(ex.agreements) == 1
    assert {(a.country, a.type) for a in ex.agreements[0].parties} == {
        ("FRA", "government_body"), ("MRT", "state")}
