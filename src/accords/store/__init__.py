"""Store stage: one plain SQLite file that sqlite3, pandas or Datasette can open."""
from accords.store.database import Database

__all__ = ["Database"]
