"""One body's gathering reported by several articles whose datelines gave it different hosts
(or none) is one record; sessions of the body told apart by their days or places stay apart
(round-28 audit: one finance ministers' meeting as five records)."""
from __future__ import annotations

from itertools import permutations

from accords.consolidate.events import consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _body(doc: str, title: str, place: str | None, host: str | None,
          visiting: str | None = None, start: str | None = None,
          people: tuple[str, ...] = (), status: EventStatus = EventStatus.HELD,
          stated: bool = True, era: str | None = None) -> EventMention:
    return EventMention(doc, EventKind.MEETING, title, Source(doc, "...", 0, 3), start, start,
                        place, host, visiting, [Actor(p, None, "person") for p in people],
                        group=True, status=status, place_stated=stated, multilateral=True,
                        era=era)


def _records(mentions: list[EventMention]) -> int:
    return len(consolidate_events(mentions, PeopleIndex(), []))


def test_one_body_meeting_filed_under_several_hosts_is_one_record() -> None:
    # Invented, undated pages: "ahead of the meeting of G7 finance ministers in Lisbon" (a
    # story with a US angle), "Ms Okafor is attending the G7 meeting", "who came to Portugal to
    # attend the G7 meeting in Lisbon"
    mentions = [
        _body("a", "Meeting of G7 finance ministers in Lisbon", "Lisbon", "PRT", "USA",
              status=EventStatus.PLANNED),
        _body("b", "G7 meeting", None, None, people=("Ada Okafor",)),
        _body("c", "G7 meeting in Lisbon", "Lisbon", "PRT", people=("Tom Reyes",)),
    ]
    for order in permutations(mentions):
        events = consolidate_events(list(order), PeopleIndex(), [])
        assert len(events) == 1
        assert events[0].place == "Lisbon" and events[0].status == EventStatus.HELD
        assert {p.name for p in events[0].participants} == {"Ada Okafor", "Tom Reyes"}


def test_sessions_of_one_body_told_apart_by_days_or_places_stay_apart() -> None:
    # two dated sessions in different months
    assert _records([_body("a", "G7 meeting", "Lisbon", "PRT", start="2031-02-04"),
                     _body("b", "G7 meeting", None, "CAN", start="2031-04-10")]) == 2
    # two undated sessions in two stated cities
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT"),
                     _body("b", "G7 meeting in Ottawa", "Ottawa", "CAN")]) == 2
    # an undated report is no more one dated session than another
    assert _records([_body("a", "G7 meeting", "Lisbon", "PRT", start="2031-02-04"),
                     _body("b", "G7 meeting", None, None)]) == 2
    assert _records([_body("a", "G7 meeting", None, None),
                     _body("b", "G7 meeting", "Lisbon", "PRT", start="2031-02-04")]) == 2
    # two bodies' gatherings in one city
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT"),
                     _body("b", "Meeting of the G20", None, "USA")]) == 2
    # articles of a known year: an undated mention is of the session its article tells
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT", era="2031"),
                     _body("b", "G7 meeting", None, "CAN", era="2031")]) == 2
