"""Filtered, paged listings and id look-ups: all the SQL of reading records back.

Values arrive checked (accords.query); here they only become SQL parameters, never SQL text.
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from accords.query import Page

ALL = Page()


def _paged(sql: str, page: Page) -> tuple[str, tuple[int, ...]]:
    if page.limit is None and not page.offset:
        return sql, ()
    return sql + " LIMIT ? OFFSET ?", (page.limit if page.limit is not None else -1, page.offset)


def _where(clauses: list[str]) -> str:
    return ("WHERE " + " AND ".join(clauses) + " ") if clauses else ""


def agreements(conn: sqlite3.Connection, *, country: str | None = None,
               status: str | None = None, topic: str | None = None, since: str | None = None,
               until: str | None = None, kind: str | None = None,
               page: Page = ALL) -> list[dict[str, Any]]:
    """Agreements with a party `country`, the current `status`, a `topic`, the `kind`, and
    the latest stage dated within [since, until]."""
    clauses: list[str] = []
    params: list[Any] = []
    if country:
        clauses.append("EXISTS (SELECT 1 FROM json_each(countries) WHERE value = ?)")
        params.append(country)
    if status:
        clauses.append("status = ?")
        params.append(status)
    if topic:
        clauses.append("EXISTS (SELECT 1 FROM json_each(topics) WHERE value = ?)")
        params.append(topic)
    if since:
        clauses.append("last_date >= ?")
        params.append(since)
    if until:
        clauses.append("last_date <= ?")
        params.append(until + "\uffff")  # 2025-08 includes 2025-08-31
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    sql, extra = _paged("SELECT data FROM agreements " + _where(clauses)
                        + "ORDER BY first_date, title, id", page)
    return [json.loads(r[0]) for r in conn.execute(sql, (*params, *extra))]


def events(conn: sqlite3.Connection, *, country: str | None = None, kind: str | None = None,
           since: str | None = None, until: str | None = None, person: str | None = None,
           page: Page = ALL) -> list[dict[str, Any]]:
    """Events hosted by, visited by or with a participant of `country`; of `kind`; that
    overlap [since, until]; with a participant whose name contains `person` (any case)."""
    clauses: list[str] = []
    params: list[Any] = []
    participants = "json_each(json_extract(data, '$.participants'))"
    if country:
        clauses.append(f"(host_country = ? OR visiting_country = ? OR EXISTS (SELECT 1 FROM "
                       f"{participants} WHERE json_extract(value, '$.country') = ?))")
        params += [country] * 3
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if since:
        clauses.append("coalesce(\"end\", start) >= ?")
        params.append(since)
    if until:
        clauses.append("start <= ?")
        params.append(until + "\uffff")
    if person:
        clauses.append(f"EXISTS (SELECT 1 FROM {participants} WHERE "
                       "instr(lower(json_extract(value, '$.name')), ?) > 0)")
        params.append(person.lower())
    sql, extra = _paged("SELECT data FROM events " + _where(clauses) + "ORDER BY start, id", page)
    return [json.loads(r[0]) for r in conn.execute(sql, (*params, *extra))]


def entities(conn: sqlite3.Connection, *, type: str | None = None, country: str | None = None,
             name: str | None = None, page: Page = ALL) -> list[dict[str, Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if type:
        clauses.append("type = ?")
        params.append(type)
    if country:
        clauses.append("country = ?")
        params.append(country)
    if name:
        clauses.append("(instr(lower(name), ?) > 0 OR instr(lower(aliases), ?) > 0)")
        params += [name.lower()] * 2
    sql, extra = _paged("SELECT id, name, type, country, aliases FROM entities "
                        + _where(clauses) + "ORDER BY name, id", page)
    return [{"id": r[0], "name": r[1], "type": r[2], "country": r[3],
             "aliases": json.loads(r[4] or "[]")} for r in conn.execute(sql, (*params, *extra))]


def rejected(conn: sqlite3.Connection, *, code: str | None = None,
             page: Page = ALL) -> list[dict[str, Any]]:
    sql, extra = _paged("SELECT name, reason, code, run, at FROM rejected "
                        + ("WHERE code = ? " if code else "") + "ORDER BY at, rowid", page)
    rows = conn.execute(sql, ((code,) if code else ()) + extra)
    return [dict(zip(("name", "reason", "code", "run", "at"), r, strict=True)) for r in rows]


def ids_starting(conn: sqlite3.Connection, prefix: str,
                 limit: int = 20) -> list[tuple[str, str, str]]:
    """(kind, id, title or name) of the records whose id starts with `prefix`."""
    like = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [tuple(r) for r in conn.execute(  # type: ignore[misc]
        "SELECT 'agreement', id, title FROM agreements WHERE id LIKE ? ESCAPE '\\' "
        "UNION ALL SELECT 'event', id, title FROM events WHERE id LIKE ? ESCAPE '\\' "
        "UNION ALL SELECT 'entity', id, name FROM entities WHERE id LIKE ? ESCAPE '\\' "
        "ORDER BY 2 LIMIT ?", (like, like, like, limit))]


def record(conn: sqlite3.Connection, kind: str, record_id: str) -> dict[str, Any] | None:
    if kind == "entity":
        row = conn.execute("SELECT id, name, type, country, aliases FROM entities WHERE id=?",
                           (record_id,)).fetchone()
        return ({"id": row[0], "name": row[1], "type": row[2], "country": row[3],
                 "aliases": json.loads(row[4] or "[]")} if row else None)
    table = {"agreement": "agreements", "event": "events"}[kind]
    row = conn.execute(f"SELECT data FROM {table} WHERE id=?", (record_id,)).fetchone()
    return json.loads(row[0]) if row else None
