"""An upcoming gathering's relative time (branch evdate17): a weekend under a past verb of
hoping is the coming one and the gathering planned; a clock time with no day is the day of
filing; a weekend that another verb governs dates no gathering. Sentences are invented; 14 May
2026 is a Thursday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_talks_hoped_for_at_the_weekend_meeting_are_the_coming_weekend_and_planned(extract):
    ex = extract("OSLO, May 14 - Norwegian Finance Minister Lars Dahl said he hoped for broad "
                 "talks with Sweden and Denmark on the fishing levy at the weekend meeting of "
                 "Nordic finance ministers in Bergen.", published="2026-05-14")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert (talks.start, talks.end) == ("2026-05-16", "2026-05-17")


def test_talks_hoped_for_on_a_hard_wrapped_line_are_the_coming_weekend(extract):
    # a wire text: a headline, then indented paragraphs wrapped at a fixed width
    ex = extract("NORDIC LEVY TALKS\n    OSLO, May 14 - The levy was raised.\n"
                 "    Norwegian Finance Minister Lars Dahl said he hoped for broad\n"
                 "talks with Sweden and Denmark on the fishing levy at the weekend meeting of\n"
                 "Nordic finance ministers in Bergen.", published="2026-05-14")
    (talks,) = _of(ex, EventKind.TALKS)
    assert (talks.start, talks.end) == ("2026-05-16", "2026-05-17")


def test_a_meeting_set_for_a_clock_time_is_on_the_day_of_filing(extract):
    ex = extract("OSLO, May 14 - A full council meeting of the Nordic Council is set for 1800 "
                 "hours local for a progress report, delegates said.", published="2026-05-14")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert (meeting.start, meeting.end) == ("2026-05-14", "2026-05-14")


def test_talks_at_a_clock_time_in_gmt_are_on_the_day_of_filing(extract):
    ex = extract("OSLO, May 14 - Norway and Sweden will hold talks on the fishing levy at 1500 "
                 "GMT in Oslo, officials said.", published="2026-05-14")
    (talks,) = _of(ex, EventKind.TALKS)
    assert (talks.start, talks.end) == ("2026-05-14", "2026-05-14")


def test_a_weekend_another_verb_governs_does_not_date_the_meetings(extract):
    ex = extract("BONN, March 20 - U.S. and EC officials held talks on trade. The delegations "
                 "will continue their top level meetings in Bonn today but will not issue a "
                 "statement before returning to the U.S. at the weekend.",
                 published="1987-03-20")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert (meeting.start, meeting.end) == ("1987-03-20", "1987-03-20")


def test_a_gathering_said_during_over_the_weekend_stays_the_weekend_past(extract):
    # near miss: the gathering hangs from a past verb of saying, not of hoping
    ex = extract("OSLO, May 14 - Norwegian Finance Minister Lars Dahl said during talks with "
                 "Swedish Finance Minister Eva Lind in Bergen over the weekend that the levy "
                 "would stay.", published="2026-05-14")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD
    assert (talks.start, talks.end) == ("2026-05-09", "2026-05-10")
