"""Event status through the store: mentions keep it, records export it and the events table has
it as a column; mentions stored before statuses read back as held."""
from __future__ import annotations

import json
from pathlib import Path

from accords.consolidate.run import consolidate
from accords.records import EventMention, Source
from accords.store.codec import dump, load_event
from accords.store.database import Database
from accords.vocab import EventKind, EventStatus


def _mention(status: EventStatus) -> EventMention:
    quote = "The minister will visit Hanoi next week."
    return EventMention("d1", EventKind.VISIT, "Visit to Hanoi", Source("d1", quote, 0, len(quote)),
                        "2026-03-09", "2026-03-15", "Hanoi", "VNM", "FIN", status=status,
                        missing=("official",))


def test_mention_round_trips_with_status_and_flags() -> None:
    back = load_event(dump(_mention(EventStatus.PLANNED)))
    assert back.status == EventStatus.PLANNED
    assert back.missing == ("official",)


def test_mention_stored_before_statuses_is_held() -> None:
    old = json.loads(dump(_mention(EventStatus.PLANNED)))
    del old["status"], old["missing"]
    assert load_event(json.dumps(old)).status == EventStatus.HELD


def test_events_table_has_the_status(tmp_path: Path) -> None:
    db = Database(tmp_path / "a.db")
    db.replace_records(consolidate([], [_mention(EventStatus.CANCELLED)], []))
    assert [e["status"] for e in db.events()] == ["cancelled"]
    assert db.conn.execute("SELECT status FROM events").fetchall() == [("cancelled",)]
