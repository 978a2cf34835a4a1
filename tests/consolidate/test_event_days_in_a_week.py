"""A report dating a gathering by a whole week ("met last week") beside another report's day
inside it ("met yesterday", "on Wednesday") is dated by that day, not the week (blind audit
round 23: private talks "here yesterday" spanned the week another wire's "last week" gave).
Mentions are our own."""
from __future__ import annotations

from accords.consolidate.events import _dates, consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind


def _e(doc: str, start: str, end: str) -> EventMention:
    return EventMention(doc, EventKind.TALKS, "Ivan Petrov meets Ann Lee", Source(doc, "...", 0, 3),
                        start, end, "Oslo", None, None, [Actor("Ivan Petrov"), Actor("Ann Lee")],
                        era="2031")


def test_a_day_inside_a_reported_week_dates_the_talks() -> None:
    week = _e("a", "2031-04-14", "2031-04-20")  # "Petrov and Lee met last week in Oslo"
    day = _e("b", "2031-04-16", "2031-04-16")  # "Petrov met Lee in Oslo yesterday"
    assert _dates([week, day]) == ("2031-04-16", "2031-04-16")
    records = consolidate_events([week, day], PeopleIndex(), [])
    assert [(r.start, r.end) for r in records] == [("2031-04-16", "2031-04-16")]


def test_a_span_inside_the_week_is_kept_whole() -> None:
    week = _e("a", "2031-04-14", "2031-04-20")
    span = _e("b", "2031-04-15", "2031-04-16")  # "two days of talks ending on Wednesday"
    assert _dates([week, span]) == ("2031-04-15", "2031-04-16")


def test_a_week_alone_or_a_day_outside_it_keeps_the_union() -> None:
    week = _e("a", "2031-04-14", "2031-04-20")
    assert _dates([week]) == ("2031-04-14", "2031-04-20")
    # a day outside the week: the reports disagree, nothing is narrowed
    assert _dates([week, _e("b", "2031-04-22", "2031-04-22")]) == ("2031-04-14", "2031-04-22")
    # a conference's own days, no week among them: both kept
    assert _dates([_e("a", "2031-04-15", "2031-04-17"), _e("b", "2031-04-16", "2031-04-16")]) \
        == ("2031-04-15", "2031-04-17")
