"""The date tagger on clock times told in four digits, on the tense of verbs of hoping, on a
wire text's hard-wrapped lines and on a season under way told ahead (branch evdate17).
Sentences are invented; 14 May 2026 is a Thursday."""

import pytest

from accords.annotate.dates import find

THURSDAY = "2026-05-14"


def _values(text, published=THURSDAY):
    return {e.text: (e.type, e.value) for e in find(text, published)}


@pytest.mark.parametrize("text, span, value", [
    ("A plenary session of the council is set for 1800 hours local.", "1800 hours local",
     "2026-05-14T18:00"),
    ("The envoys were meeting at 1530 GMT in the old town hall.", "1530 GMT",
     "2026-05-14T15:30"),
    ("The vote is due at 0930 local time tomorrow.", "0930 local time tomorrow",
     "2026-05-15T09:30"),
])
def test_four_digit_clock_with_hours_or_a_zone_is_a_time_of_the_day(text, span, value):
    assert _values(text)[span] == ("TIME", value)


@pytest.mark.parametrize("text", [
    "The pilots logged 1200 hours of flying in the survey.",
    "In 1930 local elections were held across the province.",
])
def test_four_digits_that_count_hours_or_name_a_year_are_no_clock(text):
    assert not any(t == "TIME" for t, _ in _values(text).values())


def test_weekend_under_a_past_verb_of_hoping_is_the_coming_one():
    # "hoped for talks at the weekend meeting", said on a Thursday: the weekend ahead
    assert _values("He said he hoped for broad talks at the weekend meeting.")[
        "the weekend"] == ("DATE", "2026-W20-WE")


def test_weekday_after_hoping_to_is_ahead_but_not_after_had_hoped():
    assert _values("She hoped to meet the envoy on Friday.")["Friday"] == ("DATE", "2026-05-15")
    # near miss: "had hoped to" tells a wish of the past, whose day is gone by
    assert _values("She had hoped to meet the envoy on Friday.")["Friday"] == (
        "DATE", "2026-05-08")


def test_a_hard_wrapped_line_does_not_cut_the_clause_that_gives_the_tense():
    text = ("    The minister said she hoped for frank talks with her Danish counterpart on\n"
            "the levy at the weekend meeting in Bergen.")
    assert _values(text)["the weekend"] == ("DATE", "2026-W20-WE")


def test_a_new_indented_paragraph_still_cuts_the_clause():
    # near miss: the break before an indented line is a paragraph's, not a wrap
    text = ("    The minister said she would stay in Oslo.\n"
            "    Ministers met at the weekend in Bergen.")
    assert _values(text)["the weekend"] == ("DATE", "2026-W19-WE")


def test_a_season_under_way_told_ahead_is_this_one():
    # told on 2 April, spring under way: "will meet in the spring" is this spring, not next
    assert _values("Delegates will meet again in the spring to settle the levy.",
                   "2026-04-02")["spring"] == ("DATE", "2026-SP")


def test_a_season_not_begun_told_ahead_is_the_next_one():
    # near miss: told in January, spring has not begun: the coming one, as before
    assert _values("Delegates will meet again in the spring to settle the levy.",
                   "2026-01-20")["spring"] == ("DATE", "2026-SP")
