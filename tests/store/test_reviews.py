"""The review log: append-only, and a review follows its record's mentions."""
from __future__ import annotations

import json
import sqlite3

import pytest

from accords.store import Database
from accords.store.reviews import add_review, all_reviews, ensure_reviews


@pytest.fixture
def conn(tmp_path):
    db = Database(tmp_path / "r.db")
    ensure_reviews(db.conn)
    with db.conn:
        db.conn.execute("INSERT INTO agreements (id, data) VALUES ('a1', '{}')")
        db.conn.executemany("INSERT INTO mention_records VALUES (?, ?)",
                            [("m1", "a1"), ("m2", "a1")])
    yield db.conn
    db.close()


def test_a_review_keeps_who_when_why_and_the_record_mentions(conn):
    r = add_review(conn, "a1", "agreement", "corrected", "ana", "status", "signed", "press release")
    assert (r["reviewer"], r["field"], r["value"], r["note"]) == ("ana", "status", "signed",
                                                                 "press release")
    stored = conn.execute("SELECT mentions FROM reviews").fetchone()[0]
    assert json.loads(stored) == ["m1", "m2"]


def test_the_log_refuses_updates_and_deletes(conn):
    add_review(conn, "a1", "agreement", "confirmed", "ana")
    for sql in ("UPDATE reviews SET note='x'", "DELETE FROM reviews"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(sql)


def test_a_review_of_a_record_that_changed_id_follows_its_mentions(conn):
    with conn:
        conn.execute("INSERT INTO reviews (record, record_type, verdict, reviewer, mentions) "
                     "VALUES ('old-id', 'agreement', 'rejected', 'ana', ?)",
                     (json.dumps(["m2", "m9"]),))
    found = all_reviews(conn)
    assert list(found) == ["a1"] and found["a1"][0]["verdict"] == "rejected"


def test_no_review_no_work(conn):
    assert all_reviews(conn) == {}
