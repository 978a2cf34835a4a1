"""The interrupt bar on real news: SIGINT halfway through the first 1,500 BBC stories.

1. `accords run` on the stories (one JSON Lines file), interrupted with SIGINT once about
   half of them are stored: it must print a message and exit 130;
2. the same command again: its export and its `duplicates` table must equal those of one
   uninterrupted run into a fresh database;
3. a third run must change nothing (every table but `runs`, which logs each run).

    .venv/bin/python benchmarks/interrupt.py [--stories 1500]
"""
from __future__ import annotations

import argparse
import gzip
import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, SHARED_CORPUS

TABLES = {"documents": "id", "agreements": "id", "events": "id", "entities": "id",
          "sources": "record, document, start", "duplicates": "document",
          "rejected": "name, code", "mentions": "id", "signatures": "document",
          "parties": "agreement, name", "participants": "event, name"}


def _run(inputs: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", "from accords.cli import entry; entry()",
                             "run", str(inputs), "--db", str(db), "-q"], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _snapshot(db: Path) -> dict[str, list[str]]:
    out = {}
    with sqlite3.connect(db) as conn:
        for table, order in TABLES.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                    if r[1] not in ("at", "added_at", "run")]
            out[table] = [json.dumps(r) for r in conn.execute(
                f"SELECT {', '.join(repr(c) for c in cols)} FROM {table} ORDER BY {order}")]
    return out


def _export(db: Path) -> tuple[str, list[tuple[str, ...]]]:
    sys.path.insert(0, str(REPO / "src"))
    from accords import Corpus
    with Corpus(db, create=False) as corpus:
        data = json.dumps(corpus.export_dict(), sort_keys=True)
        dups = corpus.db.conn.execute("SELECT document, name, duplicate_of, similarity FROM "
                                      "duplicates ORDER BY document").fetchall()
    return data, dups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1500)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="accords-interrupt-"))
    inputs = work / "bbc.jsonl"
    with gzip.open(SHARED_CORPUS / "bbc.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip()][:args.stories]
    inputs.write_text("".join(lines), encoding="utf-8")

    db = work / "interrupted.db"
    proc = _run(inputs, db)
    while proc.poll() is None and _count(db) < args.stories // 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate()
    stored = _count(db)
    print(f"1. interrupted: exit {proc.returncode}, {stored} documents stored; it said:")
    print("   " + "\n   ".join(out.strip().splitlines()))

    rerun = _run(inputs, db)
    rerun.communicate()
    reference = work / "reference.db"
    clean = _run(inputs, reference)
    clean.communicate()
    same = _export(db) == _export(reference)
    dups = len(_export(db)[1])
    print(f"2. rerun: exit {rerun.returncode}; export and duplicates ({dups} rows) identical "
          f"to one uninterrupted run: {same}")

    before = _snapshot(db)
    third = _run(inputs, db)
    third.communicate()
    unchanged = _snapshot(db) == before
    print(f"3. third run: exit {third.returncode}; nothing changed: {unchanged}")
    ok = proc.returncode == 130 and 0 < stored < args.stories and same and unchanged
    print("bar:", "ok" if ok else "MISSED")


if __name__ == "__main__":
    main()
