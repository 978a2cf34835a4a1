"""Export stage: accords/1 JSON (docs/record.md), JSON Lines, CSV and Parquet tables, and
dyadic events for event-data tools."""
from accords.export.dyadic import to_dyadic_csv
from accords.export.formats import to_csv, to_json, to_jsonl
from accords.export.tables import write_csv, write_parquet

__all__ = ["to_csv", "to_dyadic_csv", "to_json", "to_jsonl", "write_csv", "write_parquet"]
