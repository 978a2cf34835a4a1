"""agreal7: lending told as a stock (a plural lending head with no article, count or sum, at
most one state and no organization of states) is a figure, not one instrument; one loan, a
counted set, a sum in loans, an act on the lines and loans between two states stay."""


def test_ending_of_foreign_loans_is_no_instrument(extract):
    text = ("ACCRA, May 4, 2025 - Ghana's state power company, which cut its investment plans "
            "after the ending of foreign loans to the country in 2019, said output rose by 5 pct.")
    assert extract(text).agreements == []


def test_new_credits_a_state_failed_to_obtain_are_no_instrument(extract):
    text = ("LIMA, May 4, 2025 - The finance minister spoke as the Peruvian government is under "
            "fire for failing to obtain new credits for its mining projects.")
    assert extract(text).agreements == []


def test_its_lines_of_credit_increased_are_no_instrument(extract):
    text = ("QUITO, May 4, 2025 - Ecuador has obtained 200 mln dlrs in financing for its ports "
            "and has also increased its lines of credit for food imports, the minister said.")
    assert extract(text).agreements == []


def test_sum_in_loans_between_two_states_stays(extract):
    text = ("SEOUL, May 4, 2025 - Japan agreed on Tuesday to provide Vietnam with up to 2 "
            "billion dlrs in loans for its railways, officials said.")
    assert [a.countries for a in extract(text).agreements] == [["JPN", "VNM"]]


def test_extension_of_credit_lines_with_creditor_banks_stays(extract):
    text = ("BRASILIA, May 4, 2025 - Chile today proposed to its foreign bank creditors an "
            "extension of short-term credit lines for 90 days, a central bank spokesman said.")
    assert len(extract(text).agreements) == 1
