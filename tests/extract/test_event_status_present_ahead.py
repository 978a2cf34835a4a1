"""A gathering told in news style's present, still to come or under way (branch evstatus3).

A gathering whose verb is in the present progressive or the present simple, with a weekday or
"this week" that the verb governs, is not yet over on the day of filing: planned, not held. In
an article with no date (a BBC item) the weekday cannot be placed, but the tense still says the
gathering is ahead. Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_present_simple_with_a_weekday_in_an_undated_article_is_planned(extract) -> None:
    ex = extract("Nordic aid plan\n\nFinance ministers of Norway and Sweden meet on Thursday "
                 "to discuss a levy on shipping fuel to pay for aid to poorer nations.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED


def test_present_progressive_this_week_in_an_undated_article_is_planned(extract) -> None:
    ex = extract("Arms embargo row\n\nMary Quinn, US Undersecretary of State, is holding talks "
                 "with Norwegian Foreign Minister Lars Dahl this week to press the case for "
                 "keeping the embargo.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED


def test_present_progressive_this_week_in_a_dated_article_is_planned(extract) -> None:
    ex = extract("OSLO, May 12 - Norwegian Foreign Minister Lars Dahl is holding talks with "
                 "Swedish Foreign Minister Eva Lind this week on fishing quotas in the Baltic.",
                 published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert (talks.start, talks.end) == ("2026-05-11", "2026-05-17")  # the week, as "next week"


def test_a_past_verb_with_a_weekday_in_an_undated_article_stays_held(extract) -> None:
    # near miss: the past tense tells a gathering held, whatever the article's date
    ex = extract("Nordic aid plan\n\nFinance ministers of Norway and Sweden met on Thursday "
                 "to discuss a levy on shipping fuel to pay for aid to poorer nations.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD


def test_a_perfect_progressive_this_week_stays_held(extract) -> None:
    # near miss: "has been holding talks this week": under way since before, told as done so far
    ex = extract("OSLO, May 12 - Norwegian Foreign Minister Lars Dahl has been holding talks "
                 "with Swedish Foreign Minister Eva Lind this week on fishing quotas in the "
                 "Baltic.", published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD
