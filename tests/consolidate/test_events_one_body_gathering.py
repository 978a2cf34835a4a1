"""One body's gathering reported by several articles whose datelines or sentences gave it
different hosts (or none) is one record, joined over the finished records; sessions of the
body told apart by their days, places or kinds stay apart (round-28 audit: one finance
ministers' meeting as five records)."""
from __future__ import annotations

from itertools import permutations

from accords.consolidate.events import consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _body(doc: str, title: str, place: str | None, host: str | None,
          visiting: str | None = None, start: str | None = None,
          people: tuple[str, ...] = (), status: EventStatus = EventStatus.HELD,
          stated: bool = True, era: str | None = None,
          kind: EventKind = EventKind.MEETING, at: int = 0) -> EventMention:
    return EventMention(doc, kind, title, Source(doc, "...", at, at + 3), start, start,
                        place, host, visiting, [Actor(p, None, "person") for p in people],
                        group=True, status=status, place_stated=stated, multilateral=True,
                        era=era)


def _records(mentions: list[EventMention]) -> int:
    return len(consolidate_events(mentions, PeopleIndex(), []))


def _same_in_every_order(mentions: list[EventMention]) -> list[set[str]]:
    seen = None
    for order in permutations(mentions):
        events = consolidate_events(list(order), PeopleIndex(), [])
        got = sorted((e.title, e.status.value, e.place or "",
                      tuple(sorted(p.name for p in e.participants))) for e in events)
        assert seen is None or got == seen
        seen = got
    return [{p.name for p in e.participants}
            for e in consolidate_events(mentions, PeopleIndex(), [])]


def test_undated_pages_of_one_body_meeting_under_several_hosts_are_one_record() -> None:
    # Invented, undated pages: "ahead of the meeting of G7 finance ministers in Lisbon" (a
    # story with a US angle), "Ms Okafor is attending the G7 meeting", "who came to Portugal to
    # attend the G7 meeting in Lisbon"
    mentions = [
        _body("a", "Meeting of G7 finance ministers in Lisbon", "Lisbon", "PRT", "USA",
              status=EventStatus.PLANNED),
        _body("b", "G7 meeting", None, None, people=("Ada Okafor",)),
        _body("c", "G7 meeting in Lisbon", "Lisbon", "PRT", people=("Tom Reyes",)),
    ]
    assert _same_in_every_order(mentions) == [{"Ada Okafor", "Tom Reyes"}]
    ev = consolidate_events(mentions, PeopleIndex(), [])[0]
    assert ev.place == "Lisbon" and ev.status == EventStatus.HELD


def test_dated_wires_of_one_body_sitting_under_two_hosts_are_one_record() -> None:
    # "G-7 finance ministers met here today" (filed from Lisbon) and "the G-7 meeting in
    # Lisbon yesterday" of a wire filed from Ottawa with a Canadian minister
    mentions = [
        _body("a", "G-7 meeting in Lisbon", "Lisbon", "PRT", start="2031-02-05", era="2031"),
        _body("b", "G-7 meeting", "Ottawa", "CAN", start="2031-02-04", era="2031",
              stated=False, people=("Ada Okafor",)),
    ]
    assert _same_in_every_order(mentions) == [{"Ada Okafor"}]


def test_sessions_of_one_body_told_apart_stay_apart() -> None:
    # two dated sessions in different months
    assert _records([_body("a", "G7 meeting", "Lisbon", "PRT", start="2031-02-04"),
                     _body("b", "G7 meeting", None, "CAN", start="2031-04-10")]) == 2
    # two undated sessions in two stated cities
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT"),
                     _body("b", "G7 meeting in Ottawa", "Ottawa", "CAN")]) == 2
    # an undated report is no more one dated session than another
    assert _records([_body("a", "G7 meeting", "Lisbon", "PRT", start="2031-02-04"),
                     _body("b", "G7 meeting", None, None)]) == 2
    # two bodies' gatherings in one city
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT"),
                     _body("b", "Meeting of the G20", None, "USA")]) == 2
    # articles of a known year: an undated mention is of the session its article tells
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT", era="2031"),
                     _body("b", "G7 meeting", None, "CAN", era="2031")]) == 2
    # a summit of leaders and a ministers' meeting of one body are two gatherings
    assert _records([_body("a", "G7 summit", None, "PRT", kind=EventKind.SUMMIT),
                     _body("b", "G7 finance ministers' meeting", None, "CAN")]) == 2


def test_a_chain_through_an_undated_record_stating_two_places_stays_apart() -> None:
    # two undated pages place the body's meeting in two cities; a third names no city: no
    # record may hold both cities, and which one it joins would be a guess
    mentions = [_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT"),
                _body("b", "G7 meeting", None, None, people=("Ada Okafor",)),
                _body("c", "G7 meeting in Ottawa", "Ottawa", "CAN")]
    for order in permutations(mentions):
        assert _records(list(order)) == 3


def test_two_records_of_one_article_alone_are_left_as_extraction_read_them() -> None:
    # one article's two reports of the body's gathering under two hosts: the pass joins
    # across articles only
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT", "USA"),
                     _body("a", "G7 meeting", None, None, at=40)]) == 2
    # with another article's report of it, the three are one record
    assert _records([_body("a", "G7 meeting in Lisbon", "Lisbon", "PRT", "USA"),
                     _body("a", "G7 meeting", None, None, at=40),
                     _body("b", "G7 meeting", None, "IND", people=("Ada Okafor",))]) == 1
