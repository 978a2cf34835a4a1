"""A gathering an article tells as gone by, with a past verb of its own, stays held though
another sentence of the same article announces a gathering the record joins to it (branch
evstatus5); one read as held only for want of a future word still gives way to the
announcement (test_event_status_announced). Articles of our own, with no publication date."""
from __future__ import annotations

from accords.consolidate.events import _status
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _mention(doc: str, status: EventStatus, told_past: bool = False) -> EventMention:
    return EventMention(doc, EventKind.MEETING, "meeting in Oslo", Source(doc, "...", 0, 3),
                        None, None, "Oslo", "NOR", None, [], status=status,
                        told_past=told_past)


def test_an_undated_report_told_in_the_past_keeps_the_record_held() -> None:
    announced = _mention("a", EventStatus.PLANNED)
    assert _status([announced, _mention("a", EventStatus.HELD, told_past=True)]) \
        == EventStatus.HELD
    # near miss: held only for want of a future word, the announcement wins
    assert _status([announced, _mention("a", EventStatus.HELD)]) == EventStatus.PLANNED


def _records(text: str) -> list[tuple[EventStatus, list[str]]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    res = consolidate(ex.agreements, ex.events, [])
    return [(e.status, [s.quote for s in e.sources]) for e in res.events]


def test_a_meeting_said_to_be_over_is_held_beside_an_announced_one() -> None:
    text = ('"Trade barriers must come down soon," said Danish trade minister Lars Holm, after '
            "a meeting with his Swedish counterpart Eva Lind.\n\n"
            "Exporters expect the pressure to grow ahead of a meeting of the Nordic trade "
            "ministers next month.")
    records = _records(text)
    told = [status for status, quotes in records if any("after a meeting" in q for q in quotes)]
    assert told == [EventStatus.HELD]


def test_a_trip_in_the_present_still_gives_way_to_its_announcement() -> None:
    # near miss: "is part of" is no past verb; the trip is the one announced
    text = ("Danish Foreign Minister Lars Holm will hold talks in Stockholm on Thursday with "
            "his Swedish counterpart Eva Lind.\n\n"
            "Mr Holm's trip to Sweden is part of regular meetings with Swedish ministers.")
    for status, quotes in _records(text):
        if any("will hold talks" in q for q in quotes):
            assert status == EventStatus.PLANNED
