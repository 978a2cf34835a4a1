"""Agreement records that are no state's (branch agreal3, round-18 audit and a sample of the
full runs): a reference to a labour or firms' deal, "the two sides" of which the article knows
one state, a home government's aid named in a list of measures, an organization's acronym inside
a firm's wire tag. Invented sentences."""
from accords.pipeline import extract_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-03")])
    return ex.agreements


def test_reference_to_a_deal_with_management_is_that_deal() -> None:
    assert not _agreements(
        "Strikers at the Norwegian-owned smelter near Cardiff voted to end their sit-in after "
        "two months. A meeting of the plant's 900 workers approved an agreement reached with "
        "management on Friday after three days of talks. The agreement calls for the "
        "establishment of a working group of representatives from both sides, which has until "
        "June 30 to find a buyer for the smelter.")


def test_two_sides_of_which_one_state_is_known_are_not_states() -> None:
    assert not _agreements(
        "A memorandum of understanding signed by the two sides in March said Kestrel Holdings "
        "would take over the debts of Chile's largest copper miner, worth 90 mln dlrs, to be "
        "repaid in copper.")


def test_government_aid_packages_in_a_list_of_home_measures() -> None:
    assert not _agreements(
        "OTTAWA, May 4 - Higher wheat prices, government aid packages and lower fuel costs will "
        "help Canada's grain farmers recover from last year's slump, analysts said. Prices "
        "firmed after the European Union cut its export subsidies in March.")


def test_organization_acronym_inside_a_firms_tag_is_no_party() -> None:
    found = _agreements("BAHRAIN, May 2 - <Gulf Finance House EC> signed for a 60 mln dlr "
                        "revolving credit facility, lead manager <Gulf International Bank> said.")
    assert all("IGO:EC" not in m.countries for m in found)


def test_two_sides_of_an_article_with_officials_stay() -> None:
    found = _agreements("President Akufo-Addo of Ghana held talks with Togo's President Faure "
                        "Gnassingbe in Lome on Monday. A memorandum of understanding on border "
                        "security was signed by the two sides.")
    assert found


def test_reference_to_a_named_treaty_after_a_firms_headline_stays() -> None:
    found = _agreements("ROME TREATY ANNIVERSARY MARKED BY BOND\nA bank official said the "
                        "European Community had timed the issue to coincide with the 30th "
                        "anniversary of the Treaty of Rome.")
    assert found


def test_reference_to_a_states_treaty_stays() -> None:
    found = _agreements("Peru and Bolivia signed a border treaty in La Paz on Friday. The "
                        "treaty sets up a joint commission of representatives from both sides.")
    assert found
    assert any({"PER", "BOL"} <= set(m.countries) for m in found)


def test_government_loan_from_another_state_stays() -> None:
    found = _agreements("Kenya received government loans from Japan worth 200 mln dlrs to "
                        "build a port, the finance ministry said on Friday.")
    assert any("JPN" in m.countries for m in found)


def test_organization_named_outside_a_tag_stays() -> None:
    found = _agreements("The EC signed a 60 mln Ecu credit agreement with Jordan on Friday, "
                        "<Arab Bank> said.")
    assert any("IGO:EC" in m.countries for m in found)


def test_quoted_plural_name_is_a_term_for_many_instruments() -> None:
    assert not _agreements("He recalled the anniversary of the student protests in Beijing "
                           "against the \"Unequal Treaties\", an episode of China's past.")


def test_quoted_singular_name_stays() -> None:
    found = _agreements("Vietnam and Laos signed the \"Friendship Treaty\" in Hanoi on Friday, "
                        "officials said.")
    assert any({"VNM", "LAO"} <= set(m.countries) for m in found)

