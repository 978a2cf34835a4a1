"""Records as flat rows (one value per column), for CSV, Parquet and tables.

Lists inside a row are joined with `;`. Parties, signatories and sources, which are lists in
the accords/1 record, get tables of their own, one row each, with the record id they belong to.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Row = dict[str, Any]

AGREEMENT_COLUMNS = ["id", "kind", "title", "status", "countries", "topics", "parties",
                     "signatories", "first_date", "last_date", "places", "valid_from",
                     "valid_to", "sources", "conflicts", "confidence"]
EVENT_COLUMNS = ["id", "kind", "title", "start", "end", "place", "host_country",
                 "visiting_country", "participants", "agreements", "sources"]
ENTITY_COLUMNS = ["id", "name", "type", "country", "aliases"]
REJECTED_COLUMNS = ["name", "code", "reason", "run", "at"]
PARTY_COLUMNS = ["agreement", "name", "country", "type"]
SIGNATORY_COLUMNS = ["agreement", "name", "country", "role"]
SOURCE_COLUMNS = ["record", "record_type", "fact", "date", "document", "start", "end", "quote"]
DOCUMENT_COLUMNS = ["id", "name", "title", "published", "dateline", "languages", "url", "site"]


def _join(values: Any) -> str:
    return ";".join(str(v) for v in values if v is not None)


def agreement_row(a: Row) -> Row:
    dates = sorted(h["date"] for h in a["history"] if h["date"])
    places = sorted({h["place"] for h in a["history"] if h["place"]})
    vp = a.get("valid_period") or {}
    return {
        "id": a["id"], "kind": a["kind"], "title": a["title"], "status": a["status"],
        "countries": _join(a["countries"]), "topics": _join(a["topics"]),
        "parties": _join(p["name"] for p in a["parties"]),
        "signatories": _join(s["name"] for s in a["signatories"]),
        "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
        "places": _join(places), "valid_from": vp.get("from", ""), "valid_to": vp.get("to", ""),
        "sources": _join(a["sources"]), "conflicts": len(a["conflicts"]),
        "confidence": a["confidence"]}


def event_row(e: Row) -> Row:
    return {
        "id": e["id"], "kind": e["kind"], "title": e["title"],
        "start": e["date"]["start"] or "", "end": e["date"]["end"] or "",
        "place": e["place"] or "", "host_country": e["host_country"] or "",
        "visiting_country": e["visiting_country"] or "",
        "participants": _join(p["name"] for p in e["participants"]),
        "agreements": _join(e["agreements"]),
        "sources": _join(sorted({s["document"] for s in e["sources"]}))}


def entity_row(e: Row) -> Row:
    return {"id": e["id"], "name": e["name"], "type": e["type"], "country": e["country"] or "",
            "aliases": _join(e["aliases"])}


def rejected_row(r: Row) -> Row:
    return {k: r.get(k) if r.get(k) is not None else "" for k in REJECTED_COLUMNS}


def document_row(d: Row) -> Row:
    return {k: (_join(d[k]) if k == "languages" else d.get(k) or "") for k in DOCUMENT_COLUMNS}


def party_rows(agreements: list[Row]) -> Iterator[Row]:
    for a in agreements:
        for p in a["parties"]:
            yield {"agreement": a["id"], "name": p["name"], "country": p["country"] or "",
                   "type": p["type"]}


def signatory_rows(agreements: list[Row]) -> Iterator[Row]:
    for a in agreements:
        for s in a["signatories"]:
            yield {"agreement": a["id"], "name": s["name"], "country": s["country"] or "",
                   "role": s["role"] or ""}


def source_rows(agreements: list[Row], events: list[Row]) -> Iterator[Row]:
    """One row per quote: the fact it supports (a stage of an agreement's history, or an
    event), and where it is in which document."""
    for a in agreements:
        for h in a["history"]:
            for s in h["sources"]:
                yield {"record": a["id"], "record_type": "agreement", "fact": h["status"],
                       "date": h["date"] or "", "document": s["document"], "start": s["start"],
                       "end": s["end"], "quote": s["quote"]}
    for e in events:
        for s in e["sources"]:
            yield {"record": e["id"], "record_type": "event", "fact": e["kind"],
                   "date": e["date"]["start"] or "", "document": s["document"],
                   "start": s["start"], "end": s["end"], "quote": s["quote"]}
