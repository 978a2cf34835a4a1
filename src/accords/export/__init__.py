"""Export stage: accords/1 JSON (spec/record.md) and CSV."""
from accords.export.formats import to_csv, to_json

__all__ = ["to_csv", "to_json"]
