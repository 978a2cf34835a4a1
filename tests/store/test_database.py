"""The database is readable on its own: real columns to filter and join on, foreign keys
that tools such as Datasette follow, and every link consistent."""
from __future__ import annotations

import sqlite3

from accords.store.database import Database


def _conn(exported):
    db, _ = exported
    return sqlite3.connect(db)


def test_sources_point_to_documents_and_to_their_record(exported):
    conn = _conn(exported)
    keys = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list(sources)")}
    assert {("documents", "document"), ("agreements", "agreement"),
            ("events", "event")} <= keys
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    rows = conn.execute("SELECT record, agreement, event FROM sources").fetchall()
    assert rows and all(r[0] == (r[1] or r[2]) and bool(r[1]) != bool(r[2]) for r in rows)


def test_link_tables_hold_what_the_records_hold(exported):
    conn = _conn(exported)
    _, data = exported
    countries = {(a["id"], c) for a in data["agreements"] for c in a["countries"]}
    assert set(conn.execute("SELECT agreement, country FROM agreement_countries")) == countries
    topics = {(a["id"], t) for a in data["agreements"] for t in a["topics"]}
    assert set(conn.execute("SELECT agreement, topic FROM agreement_topics")) == topics
    parties = sum(len(a["parties"]) for a in data["agreements"])
    assert conn.execute("SELECT count(*) FROM parties").fetchone()[0] == parties
    people = {(e["id"], p["name"]) for e in data["events"] for p in e["participants"]}
    assert set(conn.execute("SELECT event, name FROM participants")) == people
    for table in ("parties", "signatories", "agreement_countries", "agreement_topics"):
        keys = {(r[2], r[3]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
        assert ("agreements", "agreement") in keys


def test_every_table_is_documented_in_the_readme(exported):
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    conn = _conn(exported)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN "
                                         "('table', 'view') AND name NOT LIKE 'sqlite_%'")]
    fts = {n for n in names if n.endswith("_fts")}
    shadow = {f"{t}_{part}" for t in fts for part in ("data", "idx", "content", "docsize",
                                                     "config")}  # SQLite's own, for FTS5
    missing = [n for n in names if f"`{n}`" not in readme and n not in shadow]
    assert not missing, f"tables not documented in README.md: {missing}"


def test_old_documents_table_gains_published_source(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT, "
                 "title TEXT, published TEXT, dateline TEXT, languages TEXT, relevant INTEGER, "
                 "text TEXT NOT NULL, added_at TEXT DEFAULT CURRENT_TIMESTAMP)")
    conn.execute("INSERT INTO documents (id, name, published, text) "
                 "VALUES ('d1', 'a.txt', '1987-04-13', 'x')")
    conn.commit()
    conn.close()
    db = Database(path)
    columns = {r[1] for r in db.conn.execute("PRAGMA table_info(documents)")}
    assert "published_source" in columns
    (doc,) = db.documents()
    assert doc["published"] == "1987-04-13" and doc["published_source"] is None
    db.close()
