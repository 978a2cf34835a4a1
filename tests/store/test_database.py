"""The store opens databases made by earlier versions and adds what they lack."""
import sqlite3

from accords.store.database import Database


def test_old_documents_table_gains_published_source(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT, "
                 "title TEXT, published TEXT, dateline TEXT, languages TEXT, relevant INTEGER, "
                 "text TEXT NOT NULL, added_at TEXT DEFAULT CURRENT_TIMESTAMP)")
    conn.execute("INSERT INTO documents (id, name, published, text) "
                 "VALUES ('d1', 'a.txt', '1987-04-13', 'x')")
    conn.commit()
    conn.close()
    db = Database(path)
    columns = {r[1] for r in db.conn.execute("PRAGMA table_info(documents)")}
    assert "published_source" in columns
    (doc,) = db.documents()
    assert doc["published"] == "1987-04-13" and doc["published_source"] is None
    db.close()
