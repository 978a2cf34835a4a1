"""An announcement joins another article's report of a held gathering only when of the same
kind and, both dated, on the same days (blind audit round 10: 'is due to meet' became held
through another article's telephone call). Mentions and sentences are our own."""
from __future__ import annotations

from accords.consolidate.events import _matches, consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _e(doc: str, kind: EventKind, status: EventStatus, start: str | None,
       people: tuple[str, ...] = ("Ivan Petrov", "Ann Lee")) -> EventMention:
    e = EventMention(doc, kind, "Ivan Petrov meets Ann Lee", Source(doc, "...", 0, 3), start,
                     start, None, None, "RUS", [Actor(p) for p in people], era="2031")
    e.status = status
    return e


def test_a_planned_meeting_does_not_join_another_articles_held_call() -> None:
    call = [_e("a", EventKind.CALL, EventStatus.HELD, None)]  # "Petrov phoned Ann Lee"
    due = _e("b", EventKind.MEETING, EventStatus.PLANNED, None)  # "Petrov is due to meet Lee"
    assert not _matches(due, call)
    records = consolidate_events([call[0], due], PeopleIndex(), [])
    assert sorted(r.status.value for r in records) == ["held", "planned"]


def test_a_planned_meeting_of_other_days_stays_planned() -> None:
    held = [_e("a", EventKind.MEETING, EventStatus.HELD, "2031-04-02")]
    assert not _matches(_e("b", EventKind.MEETING, EventStatus.PLANNED, "2031-04-20"), held)


def test_no_planned_member_chains_an_announcement_to_a_held_report() -> None:
    held = _e("a", EventKind.MEETING, EventStatus.HELD, "2031-04-02")
    planned = _e("b", EventKind.MEETING, EventStatus.PLANNED, None)
    talks = _e("c", EventKind.TALKS, EventStatus.PLANNED, None)  # "will hold talks with Lee"
    assert _matches(talks, [planned]) and not _matches(talks, [held, planned])


def test_an_announcement_of_the_same_gathering_and_days_still_joins() -> None:
    held = [_e("a", EventKind.MEETING, EventStatus.HELD, "2031-04-02")]
    assert _matches(_e("b", EventKind.MEETING, EventStatus.PLANNED, "2031-04-02"), held)
    assert _matches(_e("c", EventKind.MEETING, EventStatus.PLANNED, None), held)
