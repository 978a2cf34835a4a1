"""accords/1 JSON exactly as spec/record.md describes it, and a flat CSV of agreements."""
from __future__ import annotations

import csv
import io
import json
from typing import Any


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


CSV_COLUMNS = ["id", "kind", "title", "status", "countries", "topics", "parties", "signatories",
               "first_date", "last_date", "places", "valid_from", "valid_to", "sources",
               "conflicts", "confidence"]


def to_csv(data: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS)
    writer.writeheader()
    for a in data["agreements"]:
        dates = sorted(h["date"] for h in a["history"] if h["date"])
        places = sorted({h["place"] for h in a["history"] if h["place"]})
        vp = a.get("valid_period") or {}
        writer.writerow({
            "id": a["id"], "kind": a["kind"], "title": a["title"], "status": a["status"],
            "countries": ";".join(a["countries"]), "topics": ";".join(a["topics"]),
            "parties": ";".join(p["name"] for p in a["parties"]),
            "signatories": ";".join(s["name"] for s in a["signatories"]),
            "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
            "places": ";".join(places), "valid_from": vp.get("from", ""), "valid_to": vp.get("to", ""),
            "sources": ";".join(a["sources"]), "conflicts": len(a["conflicts"]),
            "confidence": a["confidence"]})
    return out.getvalue()
