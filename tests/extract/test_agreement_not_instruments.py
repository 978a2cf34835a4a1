"""Things told in an instrument's words that are not one: a law one legislature passes, a
deal with a firm the wire marks in angle brackets, lending told as a sum over years."""
from accords.vocab import Status


def test_bill_approved_by_parliament_is_law_at_home(extract):
    text = ("OSLO, May 4, 2025 - Norway's new bond market will open in June after the king signs "
            "the Harbour Credit Bill approved by parliament last week, dealers said.")
    assert extract(text).agreements == []


def test_package_the_senate_passed_is_law_at_home(extract):
    text = ("WASHINGTON, May 4, 2025 - The US Senate on Tuesday passed a $12 billion aid package "
            "for its shipbuilding industry, officials said.")
    assert extract(text).agreements == []


def test_treaty_parliament_ratified_with_another_state_stays(extract):
    text = ("VIENNA, May 4, 2025 - The Austrian parliament on Tuesday approved the extradition "
            "treaty with Slovenia, the foreign ministry said.")
    assert [a.countries for a in extract(text).agreements] == [["AUT", "SVN"]]


def test_deal_with_a_bracketed_company_is_a_company_deal(extract):
    text = ("OTTAWA, May 4, 2025 - Canadian Telecom said it had signed a three-year supply "
            "agreement with <Fjord Systems AS> of Norway to sell its routers in Canada.")
    assert extract(text).agreements == []


def test_sum_lent_over_past_years_is_a_figure(extract):
    text = ("HANOI, May 4, 2025 - The Asian Development Bank has lent Vietnam 9.4 billion dlrs "
            "in loans over the past 15 years.")
    assert extract(text).agreements == []


def test_deal_a_known_company_signed_with_a_state_named_bare_is_a_company_deal(extract):
    # the deal's own subject is a firm the gazetteer knows; "with Mongolia" stands for its firm
    text = ("MOSCOW, May 4, 2025 - The Russian government said Gazprom had signed a ten-year "
            "gas supply deal with Mongolia.")
    assert extract(text).agreements == []


def test_company_in_a_conjunct_before_the_phrase_is_no_subject(extract):
    text = ("MOSCOW, May 4, 2025 - Russia and Mongolia signed a transit agreement, along with a "
            "gas supply accord between Gazprom and the Mongolian energy ministry.")
    assert len(extract(text).agreements) >= 1


def test_states_deal_reported_by_a_company_stays(extract):
    text = ("MOSCOW, May 4, 2025 - Gazprom said Russia and Mongolia had signed a gas transit "
            "agreement on Tuesday.")
    assert [a.countries for a in extract(text).agreements] == [["MNG", "RUS"]]


def test_a_measure_an_organization_calls_for_is_no_instrument(extract):
    text = ("GENEVA, May 4, 2025 - The head of the World Food Programme on Tuesday called for "
            "emergency credit for landlocked states hit by the drought.")
    assert extract(text).agreements == []



def test_a_call_for_an_accord_with_a_named_state_stays(extract):
    # the other side is named: a proposed instrument between two states, not a bare demand
    text = ("LIMA, May 4, 2025 - Peru on Tuesday called for a fisheries accord with Chile, the "
            "foreign ministry said.")
    assert [a.countries for a in extract(text).agreements] == [["CHL", "PER"]]


def test_many_loans_over_a_span_of_years_are_a_figure(extract):
    text = ("MANILA, May 4, 2025 - Laos has received 64 loans worth 2.1 billion dlrs from the "
            "Asian Development Bank between 1975 and 2024, the bank said.")
    assert extract(text).agreements == []


def test_loans_to_a_class_of_borrowers_are_a_figure(extract):
    text = ("JEDDAH, May 4, 2025 - The Islamic Development Bank approved a total of 310 mln dlrs "
            "of loans to its member countries at its board meeting, a statement said.")
    assert extract(text).agreements == []


def test_credits_received_so_far_are_a_figure(extract):
    text = ("LUSAKA, May 4, 2025 - Zambia has so far received credits worth 600 mln dlrs from "
            "the International Development Association, the finance ministry said.")
    assert extract(text).agreements == []


def test_two_loans_to_one_state_stay_an_instrument(extract):
    text = ("MANILA, May 4, 2025 - The Asian Development Bank approved two loans totalling 90 "
            "mln dlrs to Nepal for power projects, the bank said.")
    assert [a.countries for a in extract(text).agreements] == [["IGO:ADB", "NPL"]]


def test_the_only_state_not_to_have_signed_one_has_none(extract):
    text = ("LIMA, May 4, 2025 - Ecuador is the only large debtor in the region not to have "
            "signed an accord with the International Monetary Fund, bankers said.")
    assert extract(text).agreements == []


def test_the_only_state_not_to_have_signed_a_definite_one_is_still_negotiating(extract):
    text = ("NAIROBI, May 4, 2025 - Tanzania is the only state in the region not to have signed "
            "the economic partnership agreement with the European Union.")
    assert [a.status.value for a in extract(text).agreements] == ["negotiating"]


def test_instrument_named_for_a_firm_the_article_names_is_the_firms(extract):
    # "the Kanto agreement" where the article names "Kanto Co Ltd": a distributor's deal
    text = ("SYDNEY, March 4 - Acme Toys Ltd said it became the sole distributor of Tokyo-based "
            "Kanto Co Ltd games in Australia. The Kanto agreement is expected to add 10 mln dlrs "
            "to sales.")
    assert extract(text).agreements == []


def test_accord_named_for_a_firm_known_by_its_initials_is_the_firms(extract):
    text = ("RIYADH, March 4 - Bankers said the restructuring began when <Gulf Motor Agency>, "
            "known as GMA, reached agreement to stretch out repayments. Bankers said the GMA "
            "accord, negotiated by a committee of banks, is a likely model.")
    assert extract(text).agreements == []


def test_accord_named_for_a_place_stays_beside_a_firm_of_longer_name(extract):
    # near-miss: "Plaza Hotel Corp" is not the Plaza accord's maker
    text = ("WASHINGTON, March 4 - Officials of Japan and the United States said the Plaza "
            "agreement of 1985 remained the basis of policy, and Plaza Hotel Corp said it "
            "welcomed the attention.")
    assert [a.title for a in extract(text).agreements if "Plaza" in a.title]


def test_counterfactual_relative_clause_is_no_ending_of_the_loan(extract):
    # "dams which would otherwise have been scrapped": what the loan saves, not its stage
    text = ("JAKARTA, March 4 - Last month, Japan agreed a 500 mln dlr loan to Indonesia to fund "
            "12 dams which would otherwise have been scrapped, officials said.")
    (ag,) = extract(text).agreements
    assert ag.status == Status.AGREED


def test_loan_scrapped_in_its_own_clause_still_ends(extract):
    # near-miss: the ending is the loan's own
    text = ("NAIROBI, March 4 - Britain cancelled a 40 mln stg credit with Kenya for road "
            "projects, officials said.")
    (ag,) = extract(text).agreements
    assert ag.status == Status.TERMINATED


# agreal4 (round-20 audit, line 12): a central bank's securities repurchase agreements are its
# money-market instrument with commercial banks, a financial contract like a bond or futures
# contract, no agreement between states or with an organization of states. Invented sentences.
def test_central_bank_securities_repurchase_agreements_are_no_instrument(extract):
    text = ("PARIS, May 4, 2025 - Traders said the rate on fresh funds injected via Banque de "
            "France securities repurchase agreements could be lowered on Tuesday.")
    assert extract(text).agreements == []


def test_treaty_told_beside_repurchase_operations_stays(extract):
    text = ("BERN, May 4, 2025 - Switzerland and Austria signed a double taxation treaty on "
            "Tuesday, while the Swiss National Bank cut the rate on its securities repurchase "
            "agreements with domestic banks.")
    assert [a.countries for a in extract(text).agreements] == [["AUT", "CHE"]]
