"""An instrument the text gives its two sides by a pair noun ("between the two countries") or
its recipient by a reduced relative ("loans made to Peru in 1984") says whose it is. Sentences
invented for these tests."""
from __future__ import annotations


def test_a_past_clause_between_the_two_countries_is_agreed(extract) -> None:
    # both kingdoms map to one code, so only the pair noun says the agreement had two sides
    ex = extract("The frontier between Scotland and England was fought over for centuries, "
                 "officials said in London. The feud ended in 1560, when an agreement between "
                 "the two countries settled the boundary along the river.",
                 published="2020-06-01")
    assert any(a.kind.value == "agreement" for a in ex.agreements)


def test_loans_made_to_a_state_in_a_year_are_an_instrument(extract) -> None:
    ex = extract("The Inter-American Development Bank said its lending had grown fast, with "
                 "the first loans made to Peru in 1984 and more planned for Bolivia.",
                 published="1987-04-02")
    loans = [a for a in ex.agreements if "PER" in a.countries]
    assert loans


def test_loans_made_to_farmers_stay_business_at_home(extract) -> None:
    ex = extract("The ministry said the loans made to farmers in 1986 were mostly repaid.",
                 published="1987-04-02")
    assert not ex.agreements
