"""The export as tables, one per kind of row, for analysts: CSV (a folder or a zip of one
file per table) and Parquet (one file per table, pyarrow, imported only when asked for)."""
from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

from accords.errors import ExportError
from accords.export import flat

Table = tuple[list[str], list[dict[str, Any]]]
# Column types for Parquet, by table; any other column is a string (dates included: they are
# as precise as the text allows, 2025-04 or 2025).
_INTEGERS = {("sources", "start"), ("sources", "end"), ("agreements", "conflicts")}
_FLOATS = {("agreements", "confidence")}


def tables(data: dict[str, Any]) -> dict[str, Table]:
    """accords/1 data -> {table name: (columns, rows)}."""
    ags, evs = data["agreements"], data["events"]
    return {
        "documents": (flat.DOCUMENT_COLUMNS, [flat.document_row(d) for d in data["documents"]]),
        "agreements": (flat.AGREEMENT_COLUMNS, [flat.agreement_row(a) for a in ags]),
        "events": (flat.EVENT_COLUMNS, [flat.event_row(e) for e in evs]),
        "parties": (flat.PARTY_COLUMNS, list(flat.party_rows(ags))),
        "signatories": (flat.SIGNATORY_COLUMNS, list(flat.signatory_rows(ags))),
        "sources": (flat.SOURCE_COLUMNS, list(flat.source_rows(ags, evs))),
        "entities": (flat.ENTITY_COLUMNS, [flat.entity_row(e) for e in data["entities"]]),
    }


def csv_text(columns: list[str], rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_csv(data: dict[str, Any], out: Path) -> list[Path]:
    """One CSV file per table into the folder `out` (made if missing), or into the zip file
    `out` if its name ends in .zip. The paths written (inside the zip: the zip)."""
    found = tables(data)
    if out.suffix.lower() == ".zip":
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, (columns, rows) in found.items():
                archive.writestr(f"{name}.csv", csv_text(columns, rows))
        return [out]
    folder = _folder(out)
    written = []
    for name, (columns, rows) in found.items():
        path = folder / f"{name}.csv"
        path.write_text(csv_text(columns, rows), encoding="utf-8", newline="")
        written.append(path)
    return written


def write_parquet(data: dict[str, Any], out: Path) -> list[Path]:
    """One Parquet file per table into the folder `out` (made if missing)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pinned in requirements.lock; said plainly if missing
        raise ExportError("the Parquet export needs pyarrow: pip install -r "
                          "requirements.lock") from exc
    folder = _folder(out)
    written = []
    for name, (columns, rows) in tables(data).items():
        fields = [pa.field(c, pa.int64() if (name, c) in _INTEGERS else
                           pa.float64() if (name, c) in _FLOATS else pa.string())
                  for c in columns]
        schema = pa.schema(fields)
        values = {c: [_typed((name, c), r[c]) for r in rows] for c in columns}
        path = folder / f"{name}.parquet"
        pq.write_table(pa.table(values, schema=schema), path)
        written.append(path)
    return written


def _typed(column: tuple[str, str], value: Any) -> Any:
    if value == "" or value is None:
        return None
    if column in _INTEGERS:
        return int(value)
    if column in _FLOATS:
        return float(value)
    return str(value)


def _folder(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise ExportError(f"'{out}' is a file; the export writes one file per table into a "
                          "folder (or a .zip for CSV)")
    out.mkdir(parents=True, exist_ok=True)
    return out
