"""A record its held reports date only to a month ("the summit this month", "last month's
talks") takes the first and last day an announcement of the same gathering gives inside that
month ("the summit on June 8-10"): the same gathering told more precisely (blind audit round
25: the Venice summit recorded as the month beside reports of its three days). A single day
or a whole week inside the month, or days outside it, leave the month. Mentions are our own."""
from __future__ import annotations

from accords.consolidate.events import consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _e(doc: str, start: str, end: str, status: EventStatus) -> EventMention:
    return EventMention(doc, EventKind.SUMMIT, "Summit in Lisbon", Source(doc, "...", 0, 3),
                        start, end, "Lisbon", "PRT", None, [Actor("Ivan Petrov")],
                        status=status, era="2031")


def _dates(*mentions: EventMention) -> list[tuple[str | None, str | None]]:
    return [(r.start, r.end) for r in consolidate_events(list(mentions), PeopleIndex(), [])]


def test_announced_days_inside_the_held_month_date_the_summit() -> None:
    held = _e("a", "2031-09", "2031-09", EventStatus.HELD)  # "endorsed by the summit this month"
    ahead = _e("b", "2031-09-14", "2031-09-16", EventStatus.PLANNED)  # "on September 14-16"
    assert _dates(held, ahead) == [("2031-09-14", "2031-09-16")]


def test_a_held_year_takes_the_announced_span_inside_it() -> None:
    held = _e("a", "2031", "2031", EventStatus.HELD)
    ahead = _e("b", "2031-09-14", "2031-09-16", EventStatus.PLANNED)
    assert _dates(held, ahead) == [("2031-09-14", "2031-09-16")]


def test_a_single_day_or_a_week_inside_the_month_leaves_the_month() -> None:
    # guards: one evening's sitting of a longer session, a "next week" that is only a period
    held = _e("a", "2031-09", "2031-09", EventStatus.HELD)
    tonight = _e("b", "2031-09-15", "2031-09-15", EventStatus.PLANNED)
    week = _e("c", "2031-09-08", "2031-09-14", EventStatus.PLANNED)
    assert _dates(held, tonight) == [("2031-09", "2031-09")]
    assert _dates(held, week) == [("2031-09", "2031-09")]


def test_announced_days_outside_the_held_month_leave_it() -> None:
    # guard: a summit first set for August and held in September keeps its month
    held = _e("a", "2031-09", "2031-09", EventStatus.HELD)
    ahead = _e("b", "2031-08-14", "2031-08-16", EventStatus.PLANNED)
    assert ("2031-09", "2031-09") in _dates(held, ahead)
