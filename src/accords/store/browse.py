"""Queries for browsing the database: full-text search, facets, sorting and paging over the
records, documents with the facts found in them, countries and who signed with whom.

The search index is two FTS5 tables (`agreements_fts`, `events_fts`) over titles, parties
(or participants) and quotes. It is derived data: rebuilt whenever the records it was built
from have changed (a fingerprint of the records is kept in `meta`).
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

SEARCH_SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS agreements_fts USING fts5(
  id UNINDEXED, title, parties, quotes, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(
  id UNINDEXED, title, parties, quotes, tokenize = 'unicode61 remove_diacritics 2');
"""

# Sort keys a user may ask for -> ORDER BY clause (never built from user text).
AGREEMENT_SORTS = {
    "date": "COALESCE(last_date, '') ASC, title ASC",
    "-date": "COALESCE(last_date, '') DESC, title ASC",
    "title": "title COLLATE NOCASE ASC",
    "-title": "title COLLATE NOCASE DESC",
    "kind": "kind ASC, title ASC",
    "status": "status ASC, title ASC",
    "confidence": "confidence ASC, title ASC",
    "-confidence": "confidence DESC, title ASC",
    "export": "first_date, title",
}
EVENT_SORTS = {
    "date": "COALESCE(start, '') ASC, title ASC",
    "-date": "COALESCE(start, '') DESC, title ASC",
    "title": "title COLLATE NOCASE ASC",
    "-title": "title COLLATE NOCASE DESC",
    "kind": "kind ASC, start ASC",
    "export": "start",
}


@dataclass(frozen=True)
class AgreementFilter:
    """The CLI's filters (`accords agreements`) plus a date range and a full-text query."""
    country: str | None = None
    status: str | None = None
    topic: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None


@dataclass(frozen=True)
class EventFilter:
    country: str | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None


def ensure_search_index(conn: sqlite3.Connection) -> bool:
    """Build the search index if the records changed since it was built; True if rebuilt."""
    conn.executescript(SEARCH_SCHEMA)
    mark = _fingerprint(conn)
    row = conn.execute("SELECT value FROM meta WHERE key='search_index'").fetchone()
    if row and row[0] == mark:
        return False
    with conn:
        conn.execute("DELETE FROM agreements_fts")
        conn.execute("DELETE FROM events_fts")
        quotes_of = dict(conn.execute(
            "SELECT record, group_concat(quote, ' \n ') FROM sources GROUP BY record"))
        for table, fts, people in (("agreements", "agreements_fts", "parties"),
                                   ("events", "events_fts", "participants")):
            for rid, title, data in conn.execute(f"SELECT id, title, data FROM {table}").fetchall():
                rec = json.loads(data)
                names = [p["name"] for p in rec.get(people, [])]
                names += [s["name"] for s in rec.get("signatories", [])]
                names += rec.get("countries", []) + [rec.get("host_country") or "",
                                                     rec.get("visiting_country") or ""]
                conn.execute(f"INSERT INTO {fts} (id, title, parties, quotes) VALUES (?,?,?,?)",
                             (rid, title or "", " ; ".join(n for n in names if n),
                              quotes_of.get(rid) or ""))
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('search_index', ?)", (mark,))
    return True


def _fingerprint(conn: sqlite3.Connection) -> str:
    h = hashlib.sha1()
    for table in ("agreements", "events"):
        for rid, size in conn.execute(f"SELECT id, length(data) FROM {table} ORDER BY id"):
            h.update(f"{rid}:{size};".encode())
    return h.hexdigest()


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(q: str) -> str | None:
    """A user's words as an FTS5 query: every word must appear (prefix match on the last),
    quoted so that no FTS5 syntax from the user is ever interpreted."""
    words = _WORD.findall(q)
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    parts[-1] += "*"
    return " AND ".join(parts)


def agreement_ids(conn: sqlite3.Connection, f: AgreementFilter, sort: str = "date",
                  hidden: frozenset[str] = frozenset()) -> list[str]:
    """Ids of the agreements that pass the filter, in the order asked for."""
    clauses, params = _agreement_where(f)
    order = AGREEMENT_SORTS.get(sort, AGREEMENT_SORTS["date"])
    sql = "SELECT id FROM agreements" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return [r[0] for r in conn.execute(f"{sql} ORDER BY {order}", params) if r[0] not in hidden]


def _agreement_where(f: AgreementFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.country:
        clauses.append("EXISTS (SELECT 1 FROM json_each(countries) WHERE value = ?)")
        params.append(f.country.upper())
    if f.status:
        clauses.append("status = ?")
        params.append(f.status)
    if f.topic:
        clauses.append("EXISTS (SELECT 1 FROM json_each(topics) WHERE value = ?)")
        params.append(f.topic)
    if f.kind:
        clauses.append("kind = ?")
        params.append(f.kind)
    if f.since:
        clauses.append("last_date >= ?")
        params.append(f.since)
    if f.until:
        # a stage dated 2025-04 is within a range that ends on 2025-04-30
        clauses.append("first_date <= ?")
        params.append(f.until + "\uffff")
    query = fts_query(f.q) if f.q else None
    if f.q and query is None:
        clauses.append("0")
    elif query:
        clauses.append("id IN (SELECT id FROM agreements_fts WHERE agreements_fts MATCH ?)")
        params.append(query)
    return clauses, params


def event_ids(conn: sqlite3.Connection, f: EventFilter, sort: str = "date") -> list[str]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.country:
        clauses.append("(host_country = ? OR visiting_country = ? OR EXISTS (SELECT 1 FROM "
                       "json_each(json_extract(data, '$.participants')) p "
                       "WHERE json_extract(p.value, '$.country') = ?))")
        params += [f.country.upper()] * 3
    if f.kind:
        clauses.append("kind = ?")
        params.append(f.kind)
    if f.since:
        clauses.append("COALESCE(\"end\", start) >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("start <= ?")
        params.append(f.until + "\uffff")
    query = fts_query(f.q) if f.q else None
    if f.q and query is None:
        clauses.append("0")
    elif query:
        clauses.append("id IN (SELECT id FROM events_fts WHERE events_fts MATCH ?)")
        params.append(query)
    order = EVENT_SORTS.get(sort, EVENT_SORTS["date"])
    sql = "SELECT id FROM events" + (" WHERE " + " AND ".join(clauses) if clauses else "")
    return [r[0] for r in conn.execute(f"{sql} ORDER BY {order}", params)]


def records_by_id(conn: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """accords/1 records of `table` ('agreements' or 'events') by id."""
    if table not in ("agreements", "events"):
        raise ValueError(table)
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, data in conn.execute(f"SELECT id, data FROM {table} WHERE id IN ({marks})", chunk):
            found[rid] = json.loads(data)
    return found


def facet_values(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Values present in the database, for the facets of the list page."""
    def one(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql) if r[0]]
    return {
        "country": one("SELECT DISTINCT value FROM agreements, json_each(countries) ORDER BY 1"),
        "topic": one("SELECT DISTINCT value FROM agreements, json_each(topics) ORDER BY 1"),
        "status": one("SELECT DISTINCT status FROM agreements ORDER BY 1"),
        "kind": one("SELECT DISTINCT kind FROM agreements ORDER BY 1"),
        "event_kind": one("SELECT DISTINCT kind FROM events ORDER BY 1"),
    }


def document(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT id, name, path, title, published, dateline, languages, url, site, "
                       "text, added_at FROM documents WHERE id=?", (doc_id,)).fetchone()
    if not row:
        return None
    keys = ("id", "name", "path", "title", "published", "dateline", "languages", "url", "site",
            "text", "added_at")
    doc = dict(zip(keys, row, strict=True))
    doc["languages"] = json.loads(doc["languages"] or "[]")
    return doc


def document_mentions(conn: sqlite3.Connection, doc_id: str) -> list[dict[str, Any]]:
    """Every quote of a record in the document, with the record it supports."""
    rows = conn.execute(
        "SELECT s.record, s.fact, s.quote, s.start, s.\"end\", "
        "COALESCE(a.title, e.title), CASE WHEN a.id IS NOT NULL THEN 'agreement' ELSE 'event' END "
        "FROM sources s LEFT JOIN agreements a ON a.id = s.record "
        "LEFT JOIN events e ON e.id = s.record WHERE s.document = ? ORDER BY s.start, s.\"end\"",
        (doc_id,))
    keys = ("record", "fact", "quote", "start", "end", "title", "type")
    return [dict(zip(keys, r, strict=True)) for r in rows]


def document_names(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for rid, name, title, published in conn.execute(
                f"SELECT id, name, title, published FROM documents WHERE id IN ({marks})", chunk):
            found[rid] = {"name": name, "title": title, "published": published}
    return found


def document_texts(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for doc_id in dict.fromkeys(ids):
        row = conn.execute("SELECT text FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row:
            found[doc_id] = row[0]
    return found


def events_of_agreement(conn: sqlite3.Connection, agreement_id: str) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT data FROM events WHERE EXISTS (SELECT 1 FROM json_each("
                        "json_extract(data, '$.agreements')) WHERE value = ?) ORDER BY start",
                        (agreement_id,))
    return [json.loads(r[0]) for r in rows]


def signed_agreements(conn: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    """(id, countries) of every agreement with a stage at or past signing."""
    past = ("signed", "ratified", "in_force", "implemented", "suspended", "terminated")
    marks = ",".join("?" * len(past))
    rows = conn.execute(
        "SELECT a.id, a.countries FROM agreements a WHERE EXISTS (SELECT 1 FROM json_each("
        f"json_extract(a.data, '$.history')) h WHERE json_extract(h.value, '$.status') IN ({marks}))"
        " ORDER BY a.id", past)
    return [(rid, json.loads(countries)) for rid, countries in rows]
