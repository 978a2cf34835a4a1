"""The same input gives the same records in every process: no result may depend on the order
Python happens to iterate a set in (string hashing is randomized per process)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = """
import json, sys
from pathlib import Path
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document
paths = sorted(Path(sys.argv[1]).glob("*.txt")) + sorted(Path(sys.argv[2]).glob("*.txt"))
exs = extract_batch([Document.from_text(p.name, p.read_text(encoding="utf-8")) for p in paths])
res = consolidate([m for e in exs for m in e.agreements], [m for e in exs for m in e.events],
                  [p for e in exs for p in e.people])
print(json.dumps({"agreements": [a.to_dict() for a in res.agreements],
                  "events": [e.to_dict() for e in res.events]}, sort_keys=True))
"""


def _run(seed: str) -> dict:  # type: ignore[type-arg]
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "examples"),
                          str(ROOT / "tests" / "fixtures")], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def test_records_are_the_same_whatever_the_hash_seed() -> None:
    runs = [_run(seed) for seed in ("1", "2", "3", "4")]
    assert runs[0]["agreements"] and runs[0]["events"]
    assert all(run == runs[0] for run in runs[1:])
