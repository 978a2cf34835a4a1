"""The review log: what analysts said about records, append-only.

A review never changes an extracted fact; it is a row that says who judged which record,
when, how and why. Triggers refuse UPDATE and DELETE, so the log is a history that even a
careless script cannot rewrite. Records keep their ids across runs (consolidate/ids.py), and
each review also keeps the mentions the record had, so a review follows its record even when a
later consolidation gives the record another id.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from typing import Any

REVIEW_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT, record TEXT NOT NULL, record_type TEXT NOT NULL,
  verdict TEXT NOT NULL, field TEXT, value TEXT, note TEXT, reviewer TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), mentions TEXT);
CREATE INDEX IF NOT EXISTS reviews_record ON reviews(record);
CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews
  BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS reviews_no_delete BEFORE DELETE ON reviews
  BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""

_KEYS = ("id", "record", "record_type", "verdict", "field", "value", "note", "reviewer", "at")


def ensure_reviews(conn: sqlite3.Connection) -> None:
    conn.executescript(REVIEW_SCHEMA)


def add_review(conn: sqlite3.Connection, record: str, record_type: str, verdict: str,
               reviewer: str, field: str | None = None, value: Any = None,
               note: str | None = None) -> dict[str, Any]:
    mentions = [m for (m,) in conn.execute(
        "SELECT mention FROM mention_records WHERE record=? ORDER BY mention", (record,))]
    with conn:
        cur = conn.execute(
            "INSERT INTO reviews (record, record_type, verdict, field, value, note, reviewer, "
            "mentions) VALUES (?,?,?,?,?,?,?,?)",
            (record, record_type, verdict, field,
             None if value is None else json.dumps(value, ensure_ascii=False), note, reviewer,
             json.dumps(mentions)))
    row = conn.execute(f"SELECT {', '.join(_KEYS)} FROM reviews WHERE id=?",
                       (cur.lastrowid,)).fetchone()
    return _row(row)


def all_reviews(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Every review, by the id its record has now, oldest first."""
    rows = conn.execute(f"SELECT {', '.join(_KEYS)}, mentions FROM reviews ORDER BY id").fetchall()
    if not rows:
        return {}
    current = {r for (r,) in conn.execute("SELECT id FROM agreements UNION SELECT id FROM events")}
    owners: dict[str, str] | None = None
    found: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        review = _row(row[:-1])
        record = review["record"]
        base = record.split("~")[0]
        if base not in current:  # the record was renamed: follow its mentions
            if owners is None:
                owners = dict(conn.execute("SELECT mention, record FROM mention_records"))
            votes = Counter(owners[m] for m in json.loads(row[-1] or "[]") if m in owners)
            if votes:
                record = votes.most_common(1)[0][0]
        found.setdefault(record, []).append(review)
    return found


def review_log(conn: sqlite3.Connection, limit: int = 100,
               offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The whole log, newest first: (how many reviews, one page of them)."""
    total = int(conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0])
    rows = conn.execute(f"SELECT {', '.join(_KEYS)} FROM reviews ORDER BY id DESC "
                        "LIMIT ? OFFSET ?", (limit, offset))
    return total, [_row(r) for r in rows]


def reviews_changed(conn: sqlite3.Connection) -> int:
    """A number that grows with every review, to know when cached views are stale."""
    row = conn.execute("SELECT MAX(id) FROM reviews").fetchone()
    return int(row[0] or 0)


def _row(row: tuple[Any, ...]) -> dict[str, Any]:
    review = dict(zip(_KEYS, row, strict=True))
    review["value"] = None if review["value"] is None else json.loads(review["value"])
    return review
