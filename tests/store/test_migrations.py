"""A database made by an earlier accords is brought to the current schema, additively."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from accords.errors import StoreError
from accords.store import Database
from accords.store.migrations import SCHEMA_VERSION, schema_version

# The tables as the first released accords made them (no schema_version, no web columns).
V1 = """
CREATE TABLE documents (id TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT, title TEXT,
  published TEXT, dateline TEXT, languages TEXT, relevant INTEGER, text TEXT NOT NULL,
  added_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE rejected (name TEXT NOT NULL, reason TEXT NOT NULL, code TEXT, run INTEGER,
  at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT DEFAULT CURRENT_TIMESTAMP,
  inputs INTEGER, added INTEGER, already_known INTEGER, rejected INTEGER, irrelevant INTEGER,
  agreements INTEGER, events INTEGER);
CREATE TABLE duplicates (name TEXT NOT NULL, duplicate_of TEXT NOT NULL, similarity REAL,
  run INTEGER, at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE agreements (id TEXT PRIMARY KEY, kind TEXT, title TEXT, status TEXT, countries TEXT,
  topics TEXT, first_date TEXT, last_date TEXT, confidence REAL, data TEXT NOT NULL);
CREATE TABLE sources (record TEXT NOT NULL, fact TEXT, document TEXT NOT NULL,
  quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE VIEW web_quotes AS SELECT record, quote FROM sources;
INSERT INTO agreements VALUES ('a1', 'treaty', 'T', 'signed', '["CHL","PER"]', '["trade"]',
  NULL, NULL, 0.9, '{"id": "a1", "countries": ["CHL", "PER"], "topics": ["trade"],
  "parties": [{"name": "Chile", "country": "CHL", "type": "state"}], "signatories": []}');
INSERT INTO sources VALUES ('a1', 'signed', 'd1', 'Chile and Peru signed', 0, 21);
CREATE TABLE web_sessions (id TEXT PRIMARY KEY);
INSERT INTO documents (id, name, text) VALUES ('d1', 'a.txt', 'text');
INSERT INTO duplicates (name, duplicate_of) VALUES ('b.txt', 'd1'), ('b.txt', 'd1');
INSERT INTO rejected (name, reason, code) VALUES ('e.txt', 'empty file', 'E102'),
  ('e.txt', 'empty file', 'E102');
"""


def test_an_old_database_is_migrated_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(V1)
    db = Database(path)
    try:
        assert schema_version(db.conn) == SCHEMA_VERSION
        assert db.known("d1")
        assert db.conn.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 1
        assert db.conn.execute("SELECT count(*) FROM rejected").fetchone()[0] == 1
        runs = {r[1] for r in db.conn.execute("PRAGMA table_info(runs)")}
        assert {"duplicates", "interrupted"} <= runs
        # Another branch's table and view are left alone (and the view still reads).
        assert db.conn.execute("SELECT count(*) FROM web_sessions").fetchone()[0] == 0
        assert db.conn.execute("SELECT * FROM web_quotes").fetchall() == [
            ("a1", "Chile and Peru signed")]
        # Sources kept, now with foreign keys; link tables filled from the stored records.
        assert db.conn.execute("SELECT record, agreement, event FROM sources").fetchall() == [
            ("a1", "a1", None)]
        assert db.conn.execute("PRAGMA foreign_key_list(sources)").fetchall()
        assert db.conn.execute("SELECT * FROM agreement_countries ORDER BY 2").fetchall() == [
            ("a1", "CHL"), ("a1", "PER")]
        assert db.conn.execute("SELECT name FROM parties").fetchall() == [("Chile",)]
    finally:
        db.close()
    again = Database(path)  # opening again changes nothing
    assert schema_version(again.conn) == SCHEMA_VERSION
    again.close()


def test_a_new_database_has_the_current_version(tmp_path: Path) -> None:
    db = Database(tmp_path / "new.db")
    assert schema_version(db.conn) == SCHEMA_VERSION
    db.close()


def test_a_database_from_a_newer_accords_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer than this accords reads"):
        Database(path)
