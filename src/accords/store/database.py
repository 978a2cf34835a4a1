"""SQLite schema and queries.

Tables a user can read directly: documents, rejected, runs, agreements, events, entities,
sources (one row per quote, with the record it supports), and the view agreement_stages.
Records are stored as their accords/1 JSON plus indexed columns for filtering.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from typing import Any

from accords.consolidate.run import Consolidated
from accords.errors import MissingDatabaseError, StoreError
from accords.records import (
    Actor,
    AgreementMention,
    EventMention,
    Extraction,
    Rejected,
    content_id,
)
from accords.store.codec import dump, load_agreement, load_event
from accords.store.links import write_links
from accords.store.migrations import migrate

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT, title TEXT, published TEXT,
  dateline TEXT, languages TEXT, relevant INTEGER, text TEXT NOT NULL,
  added_at TEXT DEFAULT CURRENT_TIMESTAMP, url TEXT, site TEXT, raw_sha1 TEXT, crawled TEXT,
  published_source TEXT);
CREATE TABLE IF NOT EXISTS rejected (
  name TEXT NOT NULL, reason TEXT NOT NULL, code TEXT, run INTEGER,
  at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT DEFAULT CURRENT_TIMESTAMP, inputs INTEGER,
  added INTEGER, already_known INTEGER, duplicates INTEGER, rejected INTEGER,
  irrelevant INTEGER, agreements INTEGER, events INTEGER);
CREATE TABLE IF NOT EXISTS mentions (
  id TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id), type TEXT NOT NULL,
  data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS people (document TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signatures (document TEXT PRIMARY KEY, minhash BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS duplicates (
  name TEXT NOT NULL, duplicate_of TEXT NOT NULL REFERENCES documents(id), similarity REAL,
  run INTEGER, at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS mention_records (mention TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agreements (
  id TEXT PRIMARY KEY, kind TEXT, title TEXT, status TEXT, countries TEXT, topics TEXT,
  first_date TEXT, last_date TEXT, confidence REAL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, kind TEXT, title TEXT, start TEXT, "end" TEXT, place TEXT,
  host_country TEXT, visiting_country TEXT, data TEXT NOT NULL, status TEXT);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, name TEXT, type TEXT, country TEXT, aliases TEXT);
CREATE TABLE IF NOT EXISTS sources (
  record TEXT NOT NULL, fact TEXT, document TEXT NOT NULL, quote TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL);
CREATE VIEW IF NOT EXISTS agreement_stages AS
  SELECT a.id, a.title, json_extract(h.value, '$.status') AS status,
         json_extract(h.value, '$.date') AS date, json_extract(h.value, '$.place') AS place
  FROM agreements a, json_each(json_extract(a.data, '$.history')) h;
"""


class Database:
    def __init__(self, path: str | os.PathLike[str] = "accords.db", create: bool = True) -> None:
        """Open (and bring to the current schema) the database at `path`; `create=False`
        for readers: a missing file is an error, and no file is made."""
        self.path = str(path)
        if not create and not os.path.isfile(self.path):
            raise MissingDatabaseError(self.path)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.executescript(SCHEMA)
            migrate(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the database: {exc}", self.path) from exc

    def close(self) -> None:
        self.conn.close()

    # -------------------------------------------------------------- documents
    def known(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def add_extraction(self, ex: Extraction, signature: bytes | None = None) -> None:
        """One document and its mentions, in one transaction: a run killed in the middle
        leaves whole documents or none, and marks the records as needing consolidation."""
        d = ex.document
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('consolidation_pending', '1')")
            if signature is not None:
                self.conn.execute("INSERT OR REPLACE INTO signatures VALUES (?,?)",
                                  (d.id, signature))
            self.conn.execute(
                "INSERT OR IGNORE INTO documents (id, name, path, title, published, dateline, "
                "languages, relevant, text, url, site, raw_sha1, crawled, published_source) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (d.id, d.name, d.path, d.title, d.published, d.dateline,
                 json.dumps(list(d.languages)), int(ex.relevant), d.text, d.url, d.site,
                 d.raw_sha1, d.crawled, d.published_source if d.published else None))
            rows = _agreement_rows(d.id, ex.agreements)
            rows += [(m.id, d.id, "event", dump(m)) for m in ex.events]
            self.conn.executemany("INSERT OR REPLACE INTO mentions VALUES (?,?,?,?)", rows)
            self.conn.executemany("INSERT INTO people VALUES (?,?)",
                                  [(d.id, json.dumps(p.__dict__)) for p in ex.people])

    def consolidation_pending(self) -> bool:
        row = self.conn.execute("SELECT value FROM meta WHERE key='consolidation_pending'").fetchone()
        return bool(row and row[0] == "1")

    def signatures(self) -> list[tuple[str, bytes]]:
        return list(self.conn.execute("SELECT document, minhash FROM signatures"))

    def add_duplicate(self, document: str, name: str, of: str, similarity: float,
                      run: int) -> None:
        """Link a near duplicate (its content id `document`, found at `name`) to the stored
        document it repeats; once, however often it is read again."""
        with self.conn:
            self.conn.execute("INSERT OR IGNORE INTO duplicates (document, name, duplicate_of, "
                              "similarity, run) VALUES (?,?,?,?,?)",
                              (document, name, of, similarity, run))

    def known_duplicate(self, document: str) -> bool:
        return self.conn.execute("SELECT 1 FROM duplicates WHERE document=?",
                                 (document,)).fetchone() is not None

    def add_rejected(self, items: Iterable[Rejected], run: int) -> None:
        """One row per input and code: an input rejected again for the same reason leaves
        its row as it is (a rerun changes nothing), for another reason updates it."""
        with self.conn:
            self.conn.executemany(
                "INSERT INTO rejected (name, reason, code, run) VALUES (?,?,?,?) "
                "ON CONFLICT(name, code) DO UPDATE SET reason=excluded.reason, run=excluded.run, "
                "at=CURRENT_TIMESTAMP WHERE reason != excluded.reason",
                [(r.name, r.reason, r.code, run) for r in items])

    def new_run(self) -> int:
        with self.conn:
            cur = self.conn.execute("INSERT INTO runs (inputs) VALUES (0)")
        return int(cur.lastrowid or 0)

    def finish_run(self, run: int, **figures: int) -> None:
        cols = ", ".join(f"{k}=?" for k in figures)
        with self.conn:
            self.conn.execute(f"UPDATE runs SET {cols} WHERE id=?", (*figures.values(), run))

    def documents(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, name, title, published, dateline, languages, url, "
                                 "site, published_source FROM documents ORDER BY name").fetchall()
        return [{"id": r[0], "name": r[1], "title": r[2],
                 "published": r[3] if r[3] and "X" not in r[3] else None,
                 "published_source": r[8] if r[3] and "X" not in r[3] else None,
                 "dateline": r[4], "languages": json.loads(r[5] or "[]"), "url": r[6],
                 "site": r[7]} for r in rows]

    def document_text(self, doc_id: str) -> tuple[str, str] | None:
        row = self.conn.execute("SELECT name, text FROM documents WHERE id=?", (doc_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def rejected(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT name, reason, code, run, at FROM rejected ORDER BY at")
        return [dict(zip(("name", "reason", "code", "run", "at"), r, strict=True)) for r in rows]

    # -------------------------------------------------------------- mentions
    def mentions(self) -> tuple[list[AgreementMention], list[EventMention], list[Actor]]:
        ags, evs = [], []
        for kind, data in self.conn.execute("SELECT type, data FROM mentions ORDER BY id"):
            if kind == "agreement":
                ags.append(load_agreement(data))
            else:
                evs.append(load_event(data))
        people = [Actor(**json.loads(r[0])) for r in self.conn.execute("SELECT data FROM people")]
        return ags, evs, people

    def previous_ids(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT mention, record FROM mention_records"))

    # -------------------------------------------------------------- records
    def replace_records(self, result: Consolidated) -> None:
        sources = ('INSERT INTO sources (record, fact, document, quote, start, "end", agreement, '
                   'event) VALUES (?,?,?,?,?,?,?,?)')
        with self.conn:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('consolidation_pending', '0')")
            for table in ("agreements", "events", "entities", "sources", "mention_records"):
                self.conn.execute(f"DELETE FROM {table}")
            agreements, events = [], []
            for a in result.agreements:
                d = a.to_dict()
                agreements.append(d)
                dates = sorted(h["date"] for h in d["history"] if h["date"])
                self.conn.execute(
                    "INSERT INTO agreements (id, kind, title, status, countries, topics, "
                    "first_date, last_date, confidence, data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (a.id, d["kind"], a.title, d["status"], json.dumps(a.countries),
                     json.dumps(a.topics), dates[0] if dates else None,
                     dates[-1] if dates else None, a.confidence, json.dumps(d, ensure_ascii=False)))
                for h in a.history:
                    for s in h.sources:
                        self.conn.execute(sources, (a.id, h.status.value, s.document, s.quote,
                                                    s.start, s.end, a.id, None))
                self.conn.executemany("INSERT OR REPLACE INTO mention_records VALUES (?,?)",
                                      [(m, a.id) for m in a.mention_ids])
            for e in result.events:
                d = e.to_dict()
                events.append(d)
                self.conn.execute(
                    'INSERT INTO events (id, kind, title, start, "end", place, host_country, '
                    "visiting_country, data, status) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (e.id, d["kind"], e.title, e.start, e.end, e.place, e.host_country,
                     e.visiting_country, json.dumps(d, ensure_ascii=False), d["status"]))
                for s in e.sources:
                    self.conn.execute(sources, (e.id, d["kind"], s.document, s.quote, s.start,
                                                s.end, None, e.id))
                self.conn.executemany("INSERT OR REPLACE INTO mention_records VALUES (?,?)",
                                      [(m, e.id) for m in e.mention_ids])
            for ent in result.entities:
                self.conn.execute("INSERT OR REPLACE INTO entities (id, name, type, country, "
                                  "aliases) VALUES (?,?,?,?,?)",
                                  (ent.id, ent.name, ent.type, ent.country, json.dumps(ent.aliases)))
            write_links(self.conn, agreements, events)

    def agreements(self, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        sql = "SELECT data FROM agreements " + (f"WHERE {where} " if where else "") + \
              "ORDER BY first_date, title"
        return [json.loads(r[0]) for r in self.conn.execute(sql, params)]

    def events(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.conn.execute("SELECT data FROM events ORDER BY start")]

    def entities(self) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT id, name, type, country, aliases FROM entities ORDER BY name")
        return [{"id": r[0], "name": r[1], "type": r[2], "country": r[3],
                 "aliases": json.loads(r[4])} for r in rows]

    def record(self, record_id: str) -> tuple[str, dict[str, Any]] | None:
        for table in ("agreements", "events"):
            row = self.conn.execute(f"SELECT data FROM {table} WHERE id=?", (record_id,)).fetchone()
            if row:
                return table[:-1], json.loads(row[0])
        return None


def _agreement_rows(document: str, mentions: Iterable[AgreementMention]
                    ) -> list[tuple[str, str, str, str]]:
    """One row per mention id and stage. A mention's id names its sentence, kind and
    instrument, not its stage: one sentence can tell two stages of one instrument ("reached a
    fisheries accord in June and signed it on Monday", "the CEPA, signed in 2022, had entered
    into force"), and keyed by the id alone the later row replaced the earlier, so the store
    kept one stage where the extraction had two. A mention of another stage under a taken id
    is stored under a key of its own (its id, read back from its data, is unchanged); one of
    the same stage replaces the earlier, as before (a second date for one stage of one
    instrument in one sentence is no second stage: keeping both made a second record of a
    "1985 agreement" dated by the day of the talks that reviewed it). Of two of the same
    stage, the one naming more states and organizations stays (on a tie, the later): "the
    1985 agreement ..., under which Moscow lent India one billion roubles" tells the loan by
    the noun (India and the Soviet Union) and again by the verb (Moscow alone); keeping the
    verb's would leave the stage to a record of one side."""
    rows: dict[str, tuple[str, str, str, str]] = {}
    stage_of: dict[str, str] = {}  # the stage stored under each mention id
    sides: dict[str, int] = {}  # how many countries the stored mention under each key names
    for m in mentions:
        key = m.id
        if stage_of.setdefault(m.id, m.status.value) != m.status.value:
            key = content_id(m.id, m.status.value, prefix="m")
        if sides.get(key, 0) > len(m.countries):
            continue
        sides[key] = len(m.countries)
        rows[key] = (key, document, "agreement", dump(m))
    return list(rows.values())
