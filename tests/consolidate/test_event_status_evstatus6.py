"""Within one article that announces a gathering for a day, a report of it read as held only
for want of a future word and dated on or after that day (the day of filing its news takes)
does not make the record held (branch evstatus6); a report told in the past, or dated before
the announced day (an earlier sitting), still does. Sentences are invented."""
from __future__ import annotations

from accords.consolidate.events import _status
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _mention(status: EventStatus, start: str | None, told_past: bool = False,
             doc: str = "a", day_told: bool = False) -> EventMention:
    return EventMention(doc, EventKind.MEETING, "meeting in Oslo", Source(doc, "...", 0, 3),
                        start, start, "Oslo", "NOR", None, [], status=status,
                        told_past=told_past, day_told=day_told)


def test_a_held_report_dated_on_the_announced_day_gives_way() -> None:
    announced = _mention(EventStatus.PLANNED, "2026-05-04")
    assert _status([announced, _mention(EventStatus.HELD, "2026-05-04")]) \
        == EventStatus.PLANNED
    assert _status([_mention(EventStatus.PLANNED, "2026-05"),
                    _mention(EventStatus.HELD, "2026-05-06")]) == EventStatus.PLANNED


def test_held_reports_that_still_make_the_record_held() -> None:
    announced = _mention(EventStatus.PLANNED, "2026-05-04")
    # told in the past; dated by its own sentence's day; dated before the announced day; of
    # another article
    for held in (_mention(EventStatus.HELD, "2026-05-04", told_past=True),
                 _mention(EventStatus.HELD, "2026-05-04", day_told=True),
                 _mention(EventStatus.HELD, "2026-05-01"),
                 _mention(EventStatus.HELD, "2026-05-05", doc="b")):
        assert _status([announced, held]) == EventStatus.HELD


def test_an_assembly_that_gathers_on_the_day_of_filing_stays_planned() -> None:
    text = ("The foreign ministers of Norway and Denmark are set to press for an inquiry into "
            "the spill when the Nordic Council gathers on Monday for its annual meeting in "
            'Oslo. Sweden is "determined" to see Finland take part in the meetings as an '
            "observer, with a spokesman at the Swedish embassy in Oslo saying its fishing "
            "experience would help.")
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2026-05-04")])
    records = consolidate(ex.agreements, ex.events, ex.people).events
    annual = [r for r in records if any("annual meeting" in s.quote for s in r.sources)]
    assert annual and all(r.status == EventStatus.PLANNED for r in annual)
