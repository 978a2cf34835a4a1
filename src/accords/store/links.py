"""Tables derived from the records, one row per party, signatory, country, topic and
participant: what people filter and join on, as real columns (the records themselves keep
their accords/1 JSON in `data`)."""
from __future__ import annotations

import sqlite3
from typing import Any

LINK_TABLES = ("parties", "signatories", "agreement_countries", "agreement_topics",
               "participants")


def write_links(conn: sqlite3.Connection, agreements: list[dict[str, Any]],
                events: list[dict[str, Any]]) -> None:
    """Replace the link tables' rows by those of `agreements` and `events` (accords/1)."""
    for table in LINK_TABLES:
        conn.execute(f"DELETE FROM {table}")
    conn.executemany("INSERT INTO parties VALUES (?,?,?,?)",
                     [(a["id"], p["name"], p["country"], p["type"])
                      for a in agreements for p in a["parties"]])
    conn.executemany("INSERT INTO signatories VALUES (?,?,?,?)",
                     [(a["id"], s["name"], s["country"], s["role"])
                      for a in agreements for s in a["signatories"]])
    conn.executemany("INSERT INTO agreement_countries VALUES (?,?)",
                     [(a["id"], c) for a in agreements for c in a["countries"]])
    conn.executemany("INSERT INTO agreement_topics VALUES (?,?)",
                     [(a["id"], t) for a in agreements for t in a["topics"]])
    conn.executemany("INSERT INTO participants VALUES (?,?,?,?)",
                     [(e["id"], p["name"], p["country"], p["role"])
                      for e in events for p in e["participants"]])
