"""Dyadic events, as GDELT and ICEWS lay them out: one row per (source country, target
country, date, kind), with the CAMEO code of the kind, the record it comes from and a quote,
so that event-data tools can read accords' records.

Rows come from events (a visit: the visitor's country to the host's, directed; a meeting,
talks, a call...: each pair of countries taking part, undirected, in code order) and from
the dated stages of agreements (each pair of state parties, undirected).
"""
from __future__ import annotations

import csv
import io
from itertools import combinations
from typing import Any

COLUMNS = ["source_country", "target_country", "date", "kind", "cameo", "directed",
           "record_type", "record", "document", "quote"]

# CAMEO codes (Gerner et al., CAMEO Event and Actor Codebook, 2012).
EVENT_CAMEO = {"visit": "042", "meeting": "040", "talks": "046", "summit": "040",
               "call": "041", "ceremony": "040", "conference": "040"}
STATUS_CAMEO = {"proposed": "030", "planned": "030", "negotiating": "046", "agreed": "057",
                "finalized": "057", "signed": "057", "ratified": "057", "in_force": "057",
                "implemented": "057"}


def _first(sources: list[dict[str, Any]]) -> dict[str, Any]:
    return sources[0] if sources else {"document": "", "quote": ""}


def rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for e in data["events"]:
        src = _first(e["sources"])
        base = {"date": e["date"]["start"] or "", "kind": e["kind"],
                "cameo": EVENT_CAMEO.get(e["kind"], ""), "record_type": "event",
                "record": e["id"], "document": src["document"], "quote": src["quote"]}
        visitor, host = e["visiting_country"], e["host_country"]
        if e["kind"] == "visit" and visitor and host and visitor != host:
            out.append({**base, "source_country": visitor, "target_country": host,
                        "directed": True})
            continue
        countries = {c for c in [visitor, host, *(p["country"] for p in e["participants"])]
                     if c}
        for a, b in combinations(sorted(countries), 2):
            out.append({**base, "source_country": a, "target_country": b, "directed": False})
    for ag in data["agreements"]:
        states = sorted({c for c in ag["countries"] if c})  # IGO:X parties too
        for stage in ag["history"]:
            if not stage["date"] or stage.get("future"):
                continue
            src = _first(stage["sources"])
            for a, b in combinations(states, 2):
                out.append({"source_country": a, "target_country": b, "date": stage["date"],
                            "kind": f"agreement_{stage['status']}",
                            "cameo": STATUS_CAMEO.get(stage["status"], ""), "directed": False,
                            "record_type": "agreement", "record": ag["id"],
                            "document": src["document"], "quote": src["quote"]})
    out.sort(key=lambda r: (r["date"], r["source_country"], r["target_country"], r["record"]))
    return out


def to_dyadic_csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in rows(data):
        writer.writerow({**r, "directed": "1" if r["directed"] else "0"})
    return out.getvalue()
