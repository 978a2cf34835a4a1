"""Schema versions and the migrations between them (after sqlite-utils' `Migrations`).

`meta.schema_version` says which version a database file has; a file without it is version 1
(the schema before versions were recorded). Opening a database applies, in order and each in
one transaction, every migration it has not had. Migrations only add (columns, tables,
indexes, rows derived from other rows), so that other branches' tables and older readers of
the file keep working, and each checks what exists, so applying one twice changes nothing.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from accords.errors import StoreError

Migration = Callable[[sqlite3.Connection], None]


def columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def add_column(conn: sqlite3.Connection, table: str, column: str, decl: str = "TEXT") -> None:
    if column not in columns(conn, table):
        conn.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {decl}')


def _v1(conn: sqlite3.Connection) -> None:
    """Columns added before versions were recorded."""
    add_column(conn, "runs", "duplicates", "INTEGER")
    # url..crawled: before web inputs; published_source: before issue 8
    for column in ("url", "site", "raw_sha1", "crawled", "published_source"):
        add_column(conn, "documents", column)
    add_column(conn, "events", "status")  # before event statuses


def _v2(conn: sqlite3.Connection) -> None:
    """Reruns are idempotent: a near duplicate is linked once (by its document id), an input
    rejected again updates its row; runs say whether they were interrupted."""
    add_column(conn, "duplicates", "document")
    conn.execute("DELETE FROM duplicates WHERE rowid NOT IN (SELECT min(rowid) FROM duplicates "
                 "GROUP BY name, duplicate_of)")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS duplicates_document ON duplicates(document)")
    conn.execute("DELETE FROM rejected WHERE rowid NOT IN (SELECT max(rowid) FROM rejected "
                 "GROUP BY name, code)")
    conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS rejected_input ON rejected(name, code)")
    add_column(conn, "runs", "interrupted", "INTEGER DEFAULT 0")


_LINKS = """
CREATE TABLE IF NOT EXISTS parties (
  agreement TEXT NOT NULL REFERENCES agreements(id), name TEXT NOT NULL, country TEXT,
  type TEXT);
CREATE TABLE IF NOT EXISTS signatories (
  agreement TEXT NOT NULL REFERENCES agreements(id), name TEXT NOT NULL, country TEXT,
  role TEXT);
CREATE TABLE IF NOT EXISTS agreement_countries (
  agreement TEXT NOT NULL REFERENCES agreements(id), country TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agreement_topics (
  agreement TEXT NOT NULL REFERENCES agreements(id), topic TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS participants (
  event TEXT NOT NULL REFERENCES events(id), name TEXT NOT NULL, country TEXT, role TEXT);
CREATE INDEX IF NOT EXISTS agreement_countries_country ON agreement_countries(country);
CREATE INDEX IF NOT EXISTS agreement_topics_topic ON agreement_topics(topic);
CREATE INDEX IF NOT EXISTS participants_country ON participants(country);
CREATE INDEX IF NOT EXISTS agreements_status ON agreements(status);
CREATE INDEX IF NOT EXISTS agreements_kind ON agreements(kind);
CREATE INDEX IF NOT EXISTS events_start ON events(start);
"""

_SOURCES = """
CREATE TABLE sources_v3 (
  record TEXT NOT NULL, fact TEXT, document TEXT NOT NULL REFERENCES documents(id),
  quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  agreement TEXT REFERENCES agreements(id), event TEXT REFERENCES events(id));
INSERT INTO sources_v3 (record, fact, document, quote, start, "end", agreement, event)
  SELECT record, fact, document, quote, start, "end",
         CASE WHEN record IN (SELECT id FROM agreements) THEN record END,
         CASE WHEN record IN (SELECT id FROM events) THEN record END FROM sources;
DROP TABLE sources;
ALTER TABLE sources_v3 RENAME TO sources;
"""


def _v3(conn: sqlite3.Connection) -> None:
    """Real columns for what people filter and join on: tables of parties, signatories,
    countries and topics of agreements, participants of events (filled from the records
    already stored); foreign keys from sources to documents and to their agreement or
    event, so that Datasette and other tools show the links."""
    from accords.store.links import write_links
    for statement in _LINKS.split(";"):
        if statement.strip():
            conn.execute(statement)
    if not conn.execute("PRAGMA foreign_key_list(sources)").fetchall():
        # SQLite cannot add a foreign key to a table: the rows move to a new one. Legacy
        # renaming leaves other branches' views on `sources` as they are.
        conn.execute("PRAGMA legacy_alter_table=ON")
        for statement in _SOURCES.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("PRAGMA legacy_alter_table=OFF")
    conn.execute("CREATE INDEX IF NOT EXISTS sources_record ON sources(record)")
    conn.execute("CREATE INDEX IF NOT EXISTS sources_document ON sources(document)")
    agreements = [json.loads(r[0]) for r in conn.execute("SELECT data FROM agreements")]
    events = [json.loads(r[0]) for r in conn.execute("SELECT data FROM events")]
    write_links(conn, agreements, events)


def _v4(conn: sqlite3.Connection) -> None:
    """Where a document's publication date came from (metadata, dateline, given), and an
    event's status (held, planned, cancelled)."""
    add_column(conn, "documents", "published_source")
    add_column(conn, "events", "status")


MIGRATIONS: list[tuple[int, Migration]] = [(1, _v1), (2, _v2), (3, _v3), (4, _v4)]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the database to SCHEMA_VERSION; the version it had."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise StoreError(f"the database has schema version {found}, newer than this accords "
                         f"reads ({SCHEMA_VERSION}); upgrade accords", path)
    for version, step in MIGRATIONS:
        if version > found:
            with conn:
                step(conn)
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                             (str(version),))
    return found
