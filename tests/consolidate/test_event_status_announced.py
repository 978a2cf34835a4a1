"""An event an article announces stays planned when another sentence of the same article
mentions it without a future word or a date of its own; a report that it took place, dated,
still makes it held. Articles of our own, with no publication date (as BBC pages)."""
from __future__ import annotations

from accords.consolidate.events import _status
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _statuses(*texts: str) -> list[EventStatus]:
    exs = extract_batch([Document.from_text(f"a{i}.txt", t) for i, t in enumerate(texts)])
    res = consolidate([m for e in exs for m in e.agreements],
                      [m for e in exs for m in e.events], [])
    return [e.status for e in res.events]


def _mention(doc: str, status: EventStatus, start: str | None) -> EventMention:
    return EventMention(doc, EventKind.TALKS, "talks in Ottawa", Source(doc, "...", 0, 3), start,
                        start, "Ottawa", "CAN", None, [], status=status)


def test_announced_talks_stay_planned() -> None:
    # "Dahl will hold talks in Ottawa on Thursday ... The talks are part of regular contacts"
    announced = _mention("a", EventStatus.PLANNED, None)
    assert _status([announced, _mention("a", EventStatus.HELD, None)]) == EventStatus.PLANNED
    # a dated report of the same article, or a report of another article, that they took place
    assert _status([announced, _mention("a", EventStatus.HELD, "2026-03-12")]) == EventStatus.HELD
    assert _status([announced, _mention("b", EventStatus.HELD, None)]) == EventStatus.HELD


def test_summit_set_to_take_place_is_planned() -> None:
    text = "A G20 summit is set to take place in July, the Indian prime minister said."
    assert _statuses(text) == [EventStatus.PLANNED]
