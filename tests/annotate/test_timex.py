"""Time-expression rules, one test each, on sentences of our own invention."""
from __future__ import annotations

import pytest

from accords import dates


def values(text: str, published: str | None = "2026-03-18") -> dict[str, tuple[str, str | None]]:
    return {e.text: (e.type, e.value) for e in dates.find(text, published)}


# 2026-03-18 is a Wednesday.
@pytest.mark.parametrize("text, span, expected", [
    ("Ministers signed the accord on Monday.", "Monday", "2026-03-16"),
    ("The envoys will meet on Friday in Accra.", "Friday", "2026-03-20"),
    ("The treaty was signed on Wednesday.", "Wednesday", "2026-03-18"),
    ("They will sign it on Wednesday.", "Wednesday", "2026-03-18"),
    ("Talks resume next Wednesday.", "next Wednesday", "2026-03-25"),
    ("Talks collapsed last Wednesday.", "last Wednesday", "2026-03-11"),
])
def test_weekday_by_tense(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == ("DATE", expected)


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("The two sides met last week.", "last week", "DATE", "2026-W11"),
    ("The pact was agreed earlier this month.", "earlier this month", "DATE", "2026-03"),
    ("Elections are due next year.", "next year", "DATE", "2027"),
    ("Trade doubled two years ago.", "two years ago", "DATE", "2024"),
    ("Exports fell over the past three weeks.", "the past three weeks", "DURATION", "P3W"),
    ("The dispute dates back to the 1990s.", "the 1990s", "DATE", "199"),
    ("It was a 20th century border.", "20th century", "DATE", "19"),
    ("Now the ministers disagree.", "Now", "DATE", "PRESENT_REF"),
    ("The commission meets annually.", "annually", "SET", "XXXX"),
    ("Inspectors visit the site daily.", "daily", "SET", "XXXX-XX-XX"),
    ("The committee meets every week.", "every week", "SET", "P1W"),
    ("Troops withdrew last summer.", "last summer", "DATE", "2025-SU"),
    ("The session opens at 9 a.m. tomorrow.", "9 a.m. tomorrow", "TIME", "2026-03-19T09:00"),
    ("Growth slowed in the fourth quarter.", "the fourth quarter", "DATE", "2025-Q4"),
    ("The visit lasted 48 hours.", "48 hours", "DURATION", "PT48H"),
    ("Ratification could take months.", "months", "DURATION", "PXM"),
    ("A three-month truce was agreed.", "three-month", "DURATION", "P3M"),
])
def test_relative_and_duration_forms(text: str, span: str, expected_type: str,
                                     expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


def test_day_range_carries_its_range() -> None:
    e = next(e for e in dates.find("The summit, held on May 4–6, ended.", "2026-05-07")
             if e.range)
    assert (e.value, e.range) == ("2026-05-04", ("2026-05-04", "2026-05-06"))


def test_from_year_to_year_is_one_period() -> None:
    e = next(e for e in dates.find("A plan from 2026 to 2028 was adopted.", "2026-03-18"))
    assert e.range == ("2026", "2028")


def test_bare_year_pair_is_two_years_as_timeml_marks_it() -> None:
    found = [e.value for e in dates.find("The 2019-2020 season was cancelled.", "2026-03-18")]
    assert found == ["2019", "2020"]


def test_new_year_rollover_past() -> None:
    # Published on 2 January: "December 30" in the past tense is the previous year.
    assert values("The deal was signed on December 30.", "2026-01-02")["December 30"] == (
        "DATE", "2025-12-30")


def test_new_year_rollover_future() -> None:
    # Published on 30 December: "January 5" in the future tense is next year.
    assert values("Ministers will meet on January 5.", "2025-12-30")["January 5"] == (
        "DATE", "2026-01-05")


def test_leap_day_is_valid_in_a_leap_year_only() -> None:
    assert values("It was signed on February 29, 2024.")["February 29, 2024"] == (
        "DATE", "2024-02-29")
    e = next(e for e in dates.find("It was signed on February 29, 2025.", "2026-03-18"))
    assert e.value is None and e.reason == "impossible date"


def test_no_publication_date_gives_null_with_a_reason() -> None:
    e = next(e for e in dates.find("The accord was signed on Tuesday.", None))
    assert e.value is None and "publication date" in (e.reason or "")


def test_garbled_numbers_give_no_guess() -> None:
    found = dates.find("Code 99-XYZ-1234 and 13:75 and 31-FOO-2020 appear.", "2026-03-18")
    # A date-shaped token with no real month gets a null value and says why; codes get nothing.
    assert [(e.text, e.value, e.reason) for e in found] == [
        ("31-FOO-2020", None, "unknown month 'FOO'")]


def test_money_and_quantities_are_not_years() -> None:
    found = [e.text for e in dates.find("It costs 2020 dlrs for 1999 tonnes.", "2026-03-18")]
    assert found == []


def test_offsets_point_into_the_text() -> None:
    text = "On Monday\u2014after talks in Rabat last week\u2014both signed."
    for e in dates.find(text, "2026-03-18"):
        assert text[e.start:e.end] == e.text


# Quarters, references and sets (issue 8); 2026-03-18 is in the first quarter.
@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Fourth-quarter sales of the brewer rose 5%.", "Fourth-quarter", "DATE", "2025-Q4"),
    ("Profit in the quarter fell by a third.", "the quarter", "DATE", "2025-Q4"),
    ("Orders for the current quarter look weak.", "the current quarter", "DATE", "2026-Q1"),
    ("Sales matched the year-earlier quarter.", "the year-earlier quarter", "DATE", "2024-Q4"),
    ("Margins in the 2024 second quarter were thin.", "the 2024 second quarter", "DATE",
     "2024-Q2"),
    ("Exports grew in the first half of 2025.", "the first half of 2025", "DATE", "2025-H1"),
    ("Rates may fall in the near future.", "the near future", "DATE", "FUTURE_REF"),
    ("Rents are paid quarterly in arrears.", "quarterly", "SET", "P3M"),
])
def test_quarters_references_sets(text: str, span: str, expected_type: str,
                                  expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text, span", [
    ("The quarterly dividend was raised.", "quarterly"),
    ("About three-quarters of voters agreed.", "three-quarters"),
    ("He reads daily newspapers.", "daily"),
])
def test_not_time_expressions(text: str, span: str) -> None:
    assert span not in values(text)


# Years, spoken years, weekends, times on a day (issue 8); 2026-03-18 is a Wednesday.
@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Analysts cut their 2027 profit forecasts.", "2027", "DATE", "2027"),
    ("The bonds are due 2031 at par.", "2031", "DATE", "2031"),
    ("It was built in nineteen eighty-four.", "nineteen eighty-four", "DATE", "1984"),
    ("The plan runs to the year two thousand and ten.", "the year two thousand and ten", "DATE",
     "2010"),
    ("He was elected in the spring of nineteen ninety-two.",
     "the spring of nineteen ninety-two", "DATE", "1992-SP"),
    ("Floods hit the region in the summer of 2019.", "the summer of 2019", "DATE", "2019-SU"),
    ("Prices rose in January this year.", "January this year", "DATE", "2026-01"),
    ("Talks broke down in June last year.", "June last year", "DATE", "2025-06"),
    ("Protesters gathered over the weekend.", "the weekend", "DATE", "2026-W11-WE"),
    ("Voters will go to the polls this weekend.", "this weekend", "DATE", "2026-W12-WE"),
    ("The polls closed at 10 p.m. Monday.", "10 p.m. Monday", "TIME", "2026-03-16T22:00"),
    ("The deadline is noon Thursday.", "noon Thursday", "TIME", "2026-03-19T12:00"),
])
def test_years_weekends_times(text: str, span: str, expected_type: str, expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text, span", [
    ("Police said 2000 people marched.", "2000"),
    ("The peak stands at about 1950 metres.", "1950"),
])
def test_counts_are_not_years(text: str, span: str) -> None:
    assert span not in values(text)


def test_a_month_earlier_is_a_duration_and_its_signal():
    # TimeML: "earlier" is a signal; the span is the duration "a month".
    assert values("Sales had fallen a month earlier.")["a month"] == ("DURATION", "P1M")


def test_a_year_ago_in_a_quarterly_comparison_is_the_year_earlier_quarter():
    text = ("The brewer's fourth-quarter profit rose to $12 million from $9 million a year "
            "earlier, and sales were flat against a year ago.")
    found = values(text)
    assert found["fourth-quarter"] == ("DATE", "2025-Q4")
    assert found["a year earlier"] == ("DATE", "2024-Q4")
    assert found["a year ago"] == ("DATE", "2024-Q4")


def test_a_year_ago_without_a_quarter_is_a_year():
    assert values("Exports fell a year ago.")["a year ago"] == ("DATE", "2025")


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Rescuers searched for twenty-four hours.", "twenty-four hours", "DURATION", "PT24H"),
    ("It took a few days to agree.", "a few days", "DURATION", "PXD"),
    ("The offer expires at 5 p.m. EST, March 20.", "5 p.m. EST, March 20", "TIME",
     "2026-03-20T17:00"),
])
def test_compound_numbers_and_times_on_a_date(text: str, span: str, expected_type: str,
                                              expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("The council meets every Thursday.", "every Thursday", "SET", "XXXX-WXX-4"),
    ("The market is closed on Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
    ("She plays Tuesday nights at the club.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("The fair opens each July.", "each July", "SET", "XXXX-07"),
    ("Shares fell 3% from the previous Friday.", "the previous Friday", "DATE", "2026-03-06"),
    ("Rain fell this past spring.", "this past spring", "DATE", "2025-SP"),
    ("Shelling resumed last night.", "last night", "TIME", "2026-03-17TNI"),
])
def test_sets_previous_weekday_seasons_nights(text: str, span: str, expected_type: str,
                                              expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Costs rose in the year-ago period.", "the year-ago period", "DATE", "2024-Q4"),
    ("For the quarter a year ago, net was $2 million.", "the quarter a year ago", "DATE",
     "2024-Q4"),
    ("Sales in the latest period were flat.", "the latest period", "DATE", "2025-Q4"),
    ("Hiring slowed in the current year.", "the current year", "DATE", "2026"),
    ("Sales reached $3 billion in the latest fiscal year.", "the latest fiscal year", "DATE",
     "2025"),
    ("The band formed in the nineties.", "the nineties", "DATE", "199"),
])
def test_periods_current_year_decades(text: str, span: str, expected_type: str,
                                      expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


def test_past_bias_for_a_month_with_no_tense_word():
    # "rising" tells no tense: March is the one just past, not next year's.
    found = values("Shares hit a high in June, rising from a low in March.", "2026-10-30")
    assert found["March"] == ("DATE", "2026-03")


@pytest.mark.parametrize("text, span", [
    ("A 6-year-old boy was rescued.", "6-year"),
    ("The 136-year-old bank was sold.", "136-year"),
    ("The plan saves $40 million a year.", "a year"),
    ("There are four flights a week to Lima.", "a week"),
])
def test_ages_and_rates_are_not_durations(text: str, span: str) -> None:
    assert span not in values(text)


def test_amount_before_a_year_earlier_is_the_year_before():
    # TimeBank marks "a year earlier" whole, as the date it points to
    found = values("Profit rose to $5 million from $4 million a year earlier.")
    assert found["a year earlier"] == ("DATE", "2025")


def test_a_month_earlier_than_usual_is_still_a_duration():
    found = values("The harvest began a month earlier than usual.")
    assert found["a month"] == ("DURATION", "P1M")


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("The mill expects a loss for the year, its owners said.", "the year", "DATE", "2026"),
    ("Sales for the full year rose 4%.", "the full year", "DATE", "2026"),
    ("Output fell in the first nine months of the year.", "the year", "DATE", "2026"),
    ("The port earned $3 million in the fiscal year ended June 30.", "the fiscal year",
     "DURATION", "P1Y"),
    ("Revenue for the year ending Sept. 30 fell.", "the year", "DURATION", "P1Y"),
    ("Profit for the year that ended in June rose.", "the year", "DURATION", "P1Y"),
    ("Output grew 4% in the year to October.", "the year", "DURATION", "P1Y"),
    ("The budget for the year beginning 1 October is tight.", "the year", "DURATION", "P1Y"),
    ("Profit rose 12% for the year to $98m.", "the year", "DATE", "2026"),
])
def test_the_year_of_results(text: str, span: str, expected_type: str, expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text, span", [
    ("She was named player of the year.", "the year"),
    ("The fair will return in the year 2030.", "the year"),
    ("Unrest grew in the year before the vote.", "the year"),
    ("Prices doubled in the year she took office.", "the year"),
])
def test_the_year_that_is_no_results_period(text: str, span: str) -> None:
    assert values(text).get(span, (None, None))[1] != "2026"


@pytest.mark.parametrize("text, published, span, expected", [
    ("Families gathered on Thanksgiving Day.", "1999-11-30", "Thanksgiving Day", "1999-11-25"),
    ("Shops expect record sales before Christmas.", "2012-11-20", "Christmas", "2012-12-25"),
    ("The ferry sank on Good Friday 2013.", "2013-04-20", "Good Friday 2013", "2013-03-29"),
    ("The envoy will return at Easter.", "2025-02-01", "Easter", "2025-04-20"),
])
def test_holidays(text: str, published: str, span: str, expected: str) -> None:
    assert values(text, published)[span] == ("DATE", expected)


@pytest.mark.parametrize("text", [
    "Both capitals vowed to protect the Good Friday Agreement.",
    "The Good Friday peace accord ended decades of violence.",
])
def test_a_holiday_naming_an_instrument_is_no_date(text: str) -> None:
    assert "Good Friday" not in values(text, "2020-09-09")


def test_a_bare_time_is_on_the_day_its_sentence_names():
    found = values("At about 10:35 a.m., a bomb exploded outside the embassy on Friday.",
                   "2026-03-23")
    assert found["Friday"] == ("DATE", "2026-03-20")
    assert found["10:35 a.m."] == ("TIME", "2026-03-20T10:35")


@pytest.mark.parametrize("text, span, expected", [
    ("The plant will close by year end.", "year end", "2026"),
    ("Rules should be in place by year's end.", "year's end", "2026"),
    ("Prices rose earlier in the year.", "earlier in the year", "2026"),
    ("In March, the board approved the plan.", "March", "2026-03"),
])
def test_year_end_and_capitalised_month_cue(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == ("DATE", expected)


def test_a_named_year_s_quarter_takes_the_quarter_under_discussion():
    text = ("The airline's third-quarter loss narrowed to $8 million. It earned $2 million in "
            "the 2025 quarter and $1 million in the 2024 period.")
    found = values(text)
    assert found["the 2025 quarter"] == ("DATE", "2025-Q3")
    assert found["the 2024 period"] == ("DATE", "2024-Q3")


def test_year_ago_after_a_year_ago_quarter_is_that_same_quarter():
    # the focus stays on the quarter reported, not on the one it is compared with
    text = ("The lender earned $4 million in the year-ago quarter. The year-ago results were "
            "restated.")
    found = values(text, "2025-10-30")
    assert found["the year-ago quarter"] == ("DATE", "2024-Q3")
    assert found["year-ago"] == ("DATE", "2024-Q3")


@pytest.mark.parametrize("text, span, expected", [
    ("The talks dragged on for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    ("The ceasefire held for two and a half days.", "two and a half days", "P2DT12H"),
    ("Her speech lasted a minute and a half.", "a minute and a half", "PT1M30S"),
    ("The index fell for six straight days.", "six straight days", "P6D"),
    ("The mandate was extended by an additional year.", "an additional year", "P1Y"),
    ("Delivery takes three business days.", "three business days", "P3D"),
])
def test_durations_with_halves_and_adjectives(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == ("DURATION", expected)


@pytest.mark.parametrize("text, span, expected", [
    ("Shares slid in mid-afternoon yesterday.", "mid-afternoon yesterday", "2026-03-17TAF"),
    ("Yesterday morning the convoy left.", "Yesterday morning", "2026-03-17TMO"),
    ("By mid-morning the talks had stalled.", "mid-morning", "2026-03-18TMO"),
])
def test_parts_of_a_day(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == ("TIME", expected)


def test_a_year_back_after_a_nine_month_total_is_the_year_before():
    text = ("Third-quarter profit rose to $9 million from $7 million a year earlier. For the nine "
            "months, profit was $20 million against $18 million a year earlier. In the "
            "year-earlier period, sales were flat.")
    found = [(e.text, e.type, e.value) for e in dates.find(text, "2025-10-28")]
    assert found == [("Third-quarter", "DATE", "2025-Q3"), ("a year earlier", "DATE", "2024-Q3"),
                     ("nine months", "DURATION", "P9M"), ("a year earlier", "DATE", "2024"),
                     ("the year-earlier period", "DURATION", "P9M")]


@pytest.mark.parametrize("tail, span", [
    ("against $2 million in the corresponding period last year.",
     "the corresponding period last year"),
    ("against last year's quarter.", "last year's quarter"),
])
def test_last_year_s_quarter_in_a_quarterly_comparison(tail: str, span: str) -> None:
    found = values("Second-quarter sales of the mill fell to $1 million, " + tail, "2025-08-05")
    assert found[span] == ("DATE", "2024-Q2")


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Exporters hope the port will one day rival Rotterdam.", "one day", "DATE", "FUTURE_REF"),
    ("Someday the border may reopen.", "Someday", "DATE", "FUTURE_REF"),
    ("The strike lasted one day.", "one day", "DURATION", "P1D"),
    ("Music of the '60s filled the hall.", "the '60s", "DATE", "196"),
])
def test_some_day_to_come_and_decades_without_century(text: str, span: str, expected_type: str,
                                                      expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text", ["She writes for USA Today.", "He spoke on Russia Today."])
def test_today_in_a_name_is_no_day(text: str) -> None:
    assert values(text) == {}


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Prices should ease in coming weeks.", "coming weeks", "DURATION", "PXW"),
    ("Talks will go on in the months ahead.", "the months ahead", "DURATION", "PXM"),
    ("The credit will cut taxes in future quarters.", "future quarters", "DATE", "FUTURE_REF"),
])
def test_vague_periods_to_come(text: str, span: str, expected_type: str, expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text, span, expected", [
    ("The accord follows months of talks in Doha.", "months", "PXM"),
    ("Exports grew for the first time in years.", "years", "PXY"),
])
def test_bare_plural_units_of_unknown_length(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == ("DURATION", expected)


def test_years_after_both_are_two_dates():
    found = values("Output will rise in both 2027 and 2028.")
    assert found["2027"] == ("DATE", "2027") and found["2028"] == ("DATE", "2028")


def test_the_future_of_something_is_no_time():
    assert "the future" not in values("Ministers debated the future of the alliance.")
    assert values("Talks may resume in the future.")["in the future"] == ("DATE", "FUTURE_REF")


@pytest.mark.parametrize("text, span, expected", [
    ("The envoy reached Kigali later in the day.", "later in the day", "2026-03-18"),
    ("Rates were cut earlier in the month.", "earlier in the month", "2026-03"),
    ("Today is the fifth day of the blockade.", "the fifth day", "2026-03-18"),
    ("It's the third straight day of protests in the capital.", "the third straight day",
     "2026-03-18"),
])
def test_the_publication_s_own_day_and_month(text: str, span: str, expected: str) -> None:
    assert values(text)[span] == ("DATE", expected)


@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("Growth slowed in the first two quarters of 2024.", "the first two quarters of 2024", "DATE",
     "2024-H1"),
    ("Net for the year-earlier six months was $3 million.", "six months", "DURATION", "P6M"),
    ("In the year two thousand, the border opened.", "the year two thousand", "DATE", "2000"),
])
def test_halves_year_earlier_totals_and_spoken_years(text: str, span: str, expected_type: str,
                                                     expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


@pytest.mark.parametrize("text", ["The town is more than two thousand years old.",
                                  "Some two thousand troops crossed the river."])
def test_two_thousand_before_a_plural_is_a_number(text: str) -> None:
    assert all(v != ("DATE", "2000") for v in values(text).values())


def test_in_the_fall_is_a_season_and_the_fall_of_a_wall_is_not():
    assert values("The envoy will return to Hanoi in the fall.")["fall"] == ("DATE", "2026-FA")
    assert values("Markets rallied after the fall of the regime.") == {}


@pytest.mark.parametrize("text", ["He writes for the Daily Mail in London.",
                                  "The song Are You Lonesome Tonight returned to the chart."])
def test_names_are_not_times(text: str) -> None:
    assert values(text) == {}


def test_a_part_of_day_in_title_case_is_a_name():
    assert "Saturday Night" not in values("The show Saturday Night Takeaway won again.")


# 2026-03-18 is a Wednesday: "last"/"next" before a weekday with a part of the day move it a
# week as they do for a bare weekday; "this past weekend" is the weekend just over.
@pytest.mark.parametrize("text, span, expected_type, expected", [
    ("The envoys initialled the pact last Wednesday evening.", "last Wednesday evening", "TIME",
     "2026-03-11TEV"),
    ("The envoys initialled the pact last Monday night.", "last Monday night", "TIME",
     "2026-03-16TNI"),
    # (as "next Friday" alone: the coming one)
    ("The envoys will sign it next Friday morning.", "next Friday morning", "TIME",
     "2026-03-20TMO"),
    ("The envoys will sign it next Wednesday morning.", "next Wednesday morning", "TIME",
     "2026-03-25TMO"),
    ("The envoys will sign it on Friday morning.", "Friday morning", "TIME", "2026-03-20TMO"),
    ("The envoys met this past weekend.", "this past weekend", "DATE", "2026-W11-WE"),
])
def test_weekday_part_and_past_weekend_with_a_cue(text: str, span: str, expected_type: str,
                                                  expected: str) -> None:
    assert values(text)[span] == (expected_type, expected)


# A capitalised season naming a gathering is no time ("next week's ... Spring Meetings" is not
# next spring); a season in lower case, or with a cue, stays one.
@pytest.mark.parametrize("text, span, expected", [
    ("Finance ministers gather in Lima for the Fund's Spring Meetings next week.", "Spring", None),
    ("The delegation will attend the Winter Session of the assembly.", "Winter", None),
    ("Athletes trained for the Summer Olympics in Seoul.", "Summer", None),
    # (told on 18 March, spring under way since 1 March: this spring, evdate17; it was 2027)
    ("The envoys will meet again in the spring.", "spring", "2026-SP"),
    ("Ministers will hold their spring meeting in Rome.", "spring", "2026-SP"),
    ("The talks resumed last Summer in Oslo.", "last Summer", "2025-SU"),
])
def test_a_season_in_a_gatherings_name_is_no_time(text: str, span: str,
                                                   expected: str | None) -> None:
    assert values(text).get(span, (None, None))[1] == expected
