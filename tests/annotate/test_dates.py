"""Time expressions resolved against the publication date, by tense."""

import pytest

from accords.annotate.dates import find

WEDNESDAY = "2025-06-04"


def _one(text, published):
    found = find(text, published)
    assert len(found) == 1, found
    return found[0]


def test_past_weekday_in_a_story_of_that_weekday_is_the_same_day():
    e = _one("Vietnam and Japan signed the accord on Wednesday.", WEDNESDAY)
    assert e.value == "2025-06-04"
    assert e.relative is True


def test_past_weekday_resolves_backwards():
    e = _one("Chile and Peru signed the protocol on Monday.", WEDNESDAY)
    assert e.value == "2025-06-02"


def test_future_weekday_resolves_to_the_next_one():
    e = _one("The ministers of Norway and Poland will meet on Friday in Oslo.", WEDNESDAY)
    assert e.value == "2025-06-06"


def test_weekday_without_publication_date_has_no_value_and_a_reason():
    e = _one("Kenya and Ethiopia signed the memorandum on Wednesday.", None)
    assert e.value is None
    assert e.reason == "weekday with no publication date"


def test_yearless_past_date_near_new_year_belongs_to_the_previous_year():
    e = _one("Chile and Peru signed the fisheries protocol on December 30.", "2026-01-05")
    assert e.value == "2025-12-30"


def test_yearless_future_date_near_new_year_belongs_to_the_next_year():
    e = _one("Kenya and Ethiopia will sign the accord on January 12.", "2025-12-20")
    assert e.value == "2026-01-12"


def test_yearless_date_in_the_publication_year():
    e = _one("Norway and Poland signed a memorandum on March 3.", "2025-03-10")
    assert e.value == "2025-03-03"


def test_day_range_gives_a_range():
    e = _one("Talks between Vietnam and Japan were held on April 10–11 in Hanoi.", "2025-04-20")
    assert e.text == "April 10–11"
    assert e.value == "2025-04-10"
    assert e.range == ("2025-04-10", "2025-04-11")


def test_year_range_is_two_years_the_first_carrying_the_range():
    # TimeML tags each year; the range stays on the first for the pipeline's valid periods.
    first, second = find("Chile and Peru adopted a programme of cooperation for 2025–2027.",
                         "2025-04-20")
    assert (first.text, first.value, first.range) == ("2025", "2025", ("2025", "2027"))
    assert (second.text, second.value) == ("2027", "2027")


def test_between_two_years_is_two_years():
    first, second = find("Output doubled between 1982 and 1992.", "2000-01-06")
    assert (first.text, second.text) == ("1982", "1992")


def test_year_after_dating_to_and_an_old_year():
    assert [e.value for e in find("A relic dating to 1898 was found.", "2000-01-06")] == ["1898"]


def test_impossible_date_has_no_value_and_a_reason():
    e = _one("The treaty was signed on February 30, 2024 in Nairobi.", "2025-04-20")
    assert e.value is None
    assert e.reason == "impossible date"


def test_full_date_needs_no_publication_date():
    e = _one("Norway and Poland signed the accord on 14 March 2023.", None)
    assert e.value == "2023-03-14"
    assert e.relative is False


def test_yesterday_is_the_day_before_publication():
    e = _one("Kenya and Ethiopia signed the deal yesterday.", "2025-03-01")
    assert e.value == "2025-02-28"


# ---------------------------------------------------------------- tense and modality


def test_yearless_deadline_in_a_modal_clause_lies_ahead():
    e = _one("Ballots must be posted by Jan. 20, the commission said.", "2024-01-09")
    assert e.value == "2024-01-20"


def test_yearless_date_in_a_present_clause_is_the_nearest():
    e = _one("The coupon is payable Nov. 28 to holders of record.", "2023-11-02")
    assert e.value == "2023-11-28"


def test_yearless_month_after_due_to_be_done_lies_ahead():
    e = _one("Her diary is due to be printed in June.", "2022-03-20")
    assert e.value == "2022-06"


def test_yearless_past_month_late_in_the_year_is_this_year():
    e = _one("Output fell in August, the agency said.", "2019-10-30")
    assert e.value == "2019-08"


def test_reported_future_weekday_points_forward():
    e = _one("The ministry said the envoys would travel to Accra on Friday.", WEDNESDAY)
    assert e.value == "2025-06-06"


def test_cancelled_plan_takes_the_nearest_weekday():
    e = _one("A march planned for Saturday was called off by the organisers.", "2025-06-08")
    assert e.value == "2025-06-07"


def test_this_month_name_is_in_the_publication_year():
    e = _one("The vote comes this September, officials said.", "2021-02-11")
    assert e.value == "2021-09"



def test_headline_infinitive_points_forward():
    e = _one("Chile, Peru to sign fisheries accord on Friday", WEDNESDAY)
    assert e.value == "2025-06-06"


def test_agreeing_to_do_something_on_a_weekday_is_the_agreement_s_day():
    # the date attaches to the past verb ("agreed ... on Monday"), not to the infinitive
    e = _one("The suspect agreed to plead guilty on Monday.", WEDNESDAY)
    assert e.value == "2025-06-02"


def test_present_tense_headline_weekday_is_the_latest_one():
    e = _one("Chile, Peru sign fisheries accord on Monday", WEDNESDAY)
    assert e.value == "2025-06-02"


def test_weekday_before_a_date_is_part_of_it():
    e = _one("The paper said in an editorial on Saturday, May 3: talks must resume.", WEDNESDAY)
    assert (e.text, e.value) == ("Saturday, May 3", "2025-05-03")


def test_verb_in_eed_is_no_past_tense():
    # "succeed" ends in -ed but tells no past: "will" decides, across the initial "P."
    e = _one("Ms. Ortega will succeed Daniel P. Marsh as head of the mission Feb. 1.",
             "2025-10-20")
    assert e.value == "2026-02-01"


def test_abbreviation_dot_does_not_end_the_clause():
    found = find("The dividend will be payable Jan. 5 to holders of record Nov. 18, the bank "
                 "said.", "2025-11-03")
    assert [e.value for e in found] == ["2026-01-05", "2025-11-18"]


def test_present_perfect_leaves_a_yearless_date_nearest():
    # the act ("has set") is done; the date it names lies ahead
    e = _one("The ministry has set Nov. 12 as the deadline for offers.", "2025-11-03")
    assert e.value == "2025-11-12"


def test_supposed_to_points_forward():
    e = _one("The talks, which are supposed to conclude by May, resumed in Geneva.", "2025-03-20")
    assert e.value == "2025-05"


def test_the_following_year_is_the_year_after_the_last_date_given():
    found = find("On March 3, 2011, she joined the cabinet, and the following year she led the "
                 "talks.", "2025-06-04")
    assert [(e.text, e.value) for e in found] == [("March 3, 2011", "2011-03-03"),
                                                  ("the following year", "2012")]


def test_that_month_and_the_previous_quarter_take_the_story_s_dates():
    found = {e.text: e.value for e in find(
        "Exports peaked in August 2019. Imports fell that month. Output rose in the third "
        "quarter of 2019 after a dip in the previous quarter.", "2025-06-04")}
    assert found["that month"] == "2019-08"
    assert found["the previous quarter"] == "2019-Q2"


def test_that_year_with_no_date_before_it_is_no_expression():
    assert find("Nobody expected that year to be so hard.", "2025-06-04") == []


def test_a_title_in_quotes_is_no_time():
    assert find('The minister said on the "This Week With Anna Berg" show that talks go on.',
                WEDNESDAY) == []
    assert find('She told the programme "This Week," a talk show.', WEDNESDAY) == []


def test_quoted_speech_opening_with_a_time_is_still_a_time():
    found = find('"Next Monday, we sign the treaty," the envoy said.', WEDNESDAY)
    assert [e.value for e in found] == ["2025-06-09"]


def test_present_perfect_with_a_month_takes_the_near_past():
    # "has raised" tells no direction; a June three months ahead is less likely than last June
    e = _one("The central bank has raised rates in June to curb prices.", "2025-03-15")
    assert e.value == "2024-06"


def test_since_a_yearless_date_looks_back():
    found = find("Shares closed at their highest since 13 July, and rates have risen five times "
                 "since June.", "2025-03-15")
    assert [e.value for e in found] == ["2024-07-13", "2024-06"]


def test_this_year_through_a_month_is_this_year_s_month():
    e = find("Sales rose 3% this year through November.", "2025-10-15")[-1]
    assert (e.text, e.value) == ("November", "2025-11")


def test_the_same_month_last_year_is_that_month_a_year_before():
    found = find("Exports in December fell 2% on the same month last year.", "2025-01-20")
    assert [(e.text, e.value) for e in found] == [
        ("December", "2024-12"), ("the same month last year", "2023-12")]


def test_the_same_year_that_is_defined_by_its_clause():
    assert find("She was born in the same year that the republic was founded.",
                "2025-01-20") == []


def test_a_timelines_day_in_the_present_tense_is_the_nearest_such_day():
    text = "Timeline\n3 March - The Austrian chancellor meets the Slovak prime minister.\n"
    (e,) = find(text, "2025-05-14")
    assert e.value == "2025-03-03"


def test_a_month_in_lower_case_after_in():
    (e,) = find("In april the two ministers met in Bratislava.", "2025-05-14")
    assert e.value == "2025-04"
    assert find("Officials may meet again.", "2025-05-14") == []


def test_numeric_days_read_their_order_from_the_separator_and_the_numbers():
    from accords.annotate.dates import numeric_days
    found = numeric_days("03.11.2024, 23/10/2024, 10/23/2024, 2024/10/23, 2024.10.23, "
                         "03/04/2024, 31.02.2024, 1.2.3.2024")
    assert [e.value for e in found] == ["2024-11-03", "2024-10-23", "2024-10-23",
                                        "2024-10-23", "2024-10-23"]


@pytest.mark.xfail(strict=True, reason="known limit: a bare plural 'meet' read as a sitting ahead "
                   "changed one agreement date for the worse on the held-out batch S; withdrawn")
def test_a_plural_present_meet_is_a_scheduled_gathering_ahead():
    # News style: "ministers meet in October" (no "will") is a sitting still to come, so a
    # month without a year is read forward, not as the nearest past one.
    e = _one("Trade ministers of the bloc meet again in October to settle the tariff list.",
             "2031-05-12")
    assert e.value == "2031-10"


def test_a_participle_after_with_is_an_adjective_not_a_past_verb():
    # "with revised figures" tells no tense: the "will" before it still points forward.
    e = _one("The agency will come back with revised figures in August.", "2031-05-12")
    assert e.value == "2031-08"


def test_failing_to_meet_a_day_is_still_past():
    e = _one("The lender said the borrower failed to meet its payment on March 9.",
             "2031-05-12")
    assert e.value == "2031-03-09"


def test_sept_without_a_dot_is_september():
    # "BEIJING, Sept 5, 2024 -": wires write the month's short form without its dot too
    e = _one("The ministers met on Sept 5, 2024 in Beijing.", "2024-09-06")
    assert e.value == "2024-09-05"


@pytest.mark.parametrize("header", [
    "Published on: March 12, 2019", "Mar 12, 2019, 10:32 AM ET", "2019-03-12T10:32:00Z",
    "Published 10:32 GMT 12 Mar 2019", "Tue 12 Mar 2019 10.32 GMT",
    "First published on Tue 12 Mar 2019 10.32 GMT", "Press release, 12 March 2019"])
def test_header_lines_of_web_pages_and_releases_date_the_publication(header):
    from accords.annotate.published import document_dates
    text = f"Border deal signed\n{header}\nGhana and Togo signed a border agreement on Tuesday."
    assert document_dates(text).published == "2019-03-12"


# 2026-03-18 is a Wednesday.
@pytest.mark.parametrize("text, span, expected", [
    ("The envoy reached Lusaka on Monday. The pact had been initialled the previous day.",
     "the previous day", "2026-03-15"),
    ("The envoy reached Lusaka on Monday. The pact had been initialled the day before.",
     "the day before", "2026-03-15"),
    ("Talks opened on February 10 and the pact was signed the following week.",
     "the following week", "2026-W08"),
    ("Talks opened on February 10, and the next day the pact was signed.", "the next day",
     "2026-02-11"),
])
def test_day_and_week_anaphora_move_from_the_day_told_before(text: str, span: str,
                                                              expected: str) -> None:
    assert {e.text: e.value for e in find(text, "2026-03-18")}[span] == expected


def test_the_day_before_an_event_named_after_it_is_not_read_from_the_day_before():
    # "the day before the vote" points to the vote, not to the day told before
    found = find("The envoy arrived on March 2. He left the day before the vote.", "2026-03-18")
    assert [e.text for e in found] == ["March 2"]


# 2026-03-18 is a Wednesday.
@pytest.mark.parametrize("text, span, expected", [
    ("The pact was initialled in May 2019 and signed two months later.", "two months later",
     "2019-07"),
    ("Lusaka ratified the treaty in 2004 and it entered into force three years later.",
     "three years later", "2007"),
    ("The envoys met on February 10 and signed the protocol five days later.",
     "five days later", "2026-02-15"),
    ("The envoys met on February 10 and signed the protocol a week later.", "a week later",
     "2026-W08"),
])
def test_an_amount_later_moves_from_the_date_told_before(text: str, span: str,
                                                          expected: str) -> None:
    assert {e.text: e.value for e in find(text, "2026-03-18")}[span] == expected


def test_an_amount_later_with_no_date_before_or_too_coarse_stays_a_duration() -> None:
    found = {e.text: (e.type, e.value) for e in find(
        "Two months later the pact was signed.", "2026-03-18")}
    assert found == {"Two months": ("DURATION", "P2M")}
    found = {e.text: (e.type, e.value) for e in find(
        "The pact was agreed in 2019 and signed six months later.", "2026-03-18")}
    assert found["six months"] == ("DURATION", "P6M")
    found = {e.text: (e.type, e.value) for e in find(
        "It was agreed in 2019, two years later than planned.", "2026-03-18")}
    assert found["two years"] == ("DURATION", "P2Y")


def test_an_amount_later_opening_another_sentence_is_not_moved_from_the_one_before() -> None:
    found = {e.text: (e.type, e.value) for e in find(
        "The envoys met on February 10. A day later, the ministry issued a statement.",
        "2026-03-18")}
    assert found["A day"] == ("DURATION", "P1D")


@pytest.mark.parametrize("text", [
    "Lawmakers warned that a hard border would threaten the Good Friday Agreement in Ulster.",
    "The Palm Accord of Lisbon was drafted after the Black Monday crash of the markets.",
    "Candidates courted voters before Super Tuesday, the columnist wrote in the Sunday Herald.",
])
def test_a_weekday_inside_a_name_is_no_day_of_the_week(text: str) -> None:
    assert find(text, WEDNESDAY) == []


@pytest.mark.parametrize("text,value", [
    ("The envoy told Reuters Friday that the pact was ready.", "2025-05-30"),
    ("On Monday Norway and Poland signed the pact.", "2025-06-02"),
    ("The pact was signed on Good Friday.", "2025-04-18"),
    ("Good Monday wishes were sent, and Poland signed the pact last Monday.", "2025-06-02"),
])
def test_a_weekday_beside_other_capitalised_words_is_still_a_day(text: str, value: str) -> None:
    assert [e.value for e in find(text, WEDNESDAY) if e.value] == [value]
