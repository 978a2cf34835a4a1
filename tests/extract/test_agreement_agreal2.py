"""Agreement records whose other side is no state (branch agreal2, round-18 audit): a union,
a club, one state's own regions, a class of donors, a currency read as a state. Invented
sentences."""
from accords.pipeline import extract_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-03")])
    return ex.agreements


def test_deal_with_a_union_is_no_state_instrument() -> None:
    assert not _agreements("Rehearsals start in Dublin next month, and up to four French singers "
                           "may join the chorus under a deal struck with the Irish Musicians' "
                           "Union, the producers said.")


def test_agreement_with_one_states_own_provinces_is_home_business() -> None:
    assert not _agreements("Shops in Austria may reopen next week under an agreement with the "
                           "governors of Austria's nine provinces, all eager to revive trade with "
                           "neighbouring Hungary.")


def test_ministrys_deal_with_a_teachers_union_is_a_labour_deal() -> None:
    assert not _agreements("Chile's education ministry reached an agreement with the teachers' "
                           "union on Friday.")


def test_dollar_sign_after_a_state_name_is_a_currency() -> None:
    found = _agreements("Shares in the harbour operator fell after a US$450 million "
                        "Qatari-backed deal for its terminals collapsed last week.")
    assert all("USA" not in {a.country for a in m.parties} for m in found)


def test_loans_from_donor_countries_are_no_instrument() -> None:
    assert not _agreements("Zambia needs the IMF and World Bank approval of the two facilities "
                           "to clear the way for negotiations on requests for aid and loans "
                           "from donor countries.")


def test_credits_from_western_governments_are_no_instrument() -> None:
    assert not _agreements("Uganda hopes to secure credits from Western governments after the "
                           "IMF approved its programme.")


def test_agreement_with_gulf_states_leaders_stays() -> None:
    found = _agreements("Jordan signed a security pact with the leaders of the Gulf states in "
                        "Riyadh on Monday.")
    assert found
    assert "JOR" in {a.country for a in found[0].parties}


def test_agreement_with_another_states_union_word_named_state_stays() -> None:
    found = _agreements("Britain signed a trade agreement with the European Union on Friday.")
    assert found


def test_labour_agreement_between_two_states_stays() -> None:
    found = _agreements("Spain and Morocco signed a seasonal workers agreement in Rabat on "
                        "Tuesday.")
    assert found
    assert {"ESP", "MAR"} <= {a.country for a in found[0].parties}


def test_loan_from_one_state_stays() -> None:
    found = _agreements("Japan signed a 300 mln dlr loan with Indonesia on Monday to fund "
                        "power plants.")
    assert found
