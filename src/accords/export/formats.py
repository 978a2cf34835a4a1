"""accords/1 JSON exactly as docs/record.md describes it, JSON Lines (one record a line),
and a flat CSV of agreements."""
from __future__ import annotations

import json
from typing import Any

from accords.export import flat
from accords.export.tables import csv_text

CSV_COLUMNS = flat.AGREEMENT_COLUMNS


def to_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)


def to_jsonl(data: dict[str, Any]) -> str:
    """One record a line, documents first, each with its `type` (document, agreement, event,
    entity) and the schema: what `jq`, pandas' read_json(lines=True) or a stream reader want."""
    lines = []
    for key, kind in (("documents", "document"), ("agreements", "agreement"),
                      ("events", "event"), ("entities", "entity")):
        for record in data[key]:
            lines.append(json.dumps({"type": kind, "schema": data["schema"], **record},
                                    ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def to_csv(data: dict[str, Any]) -> str:
    return csv_text(CSV_COLUMNS, [flat.agreement_row(a) for a in data["agreements"]])
