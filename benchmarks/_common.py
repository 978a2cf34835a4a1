"""What the benchmarks share: the checkout's package on the path, reading a JSON Lines corpus,
and peak memory of the current process."""
from __future__ import annotations

import gzip
import json
import resource
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
if (REPO / "src" / "accords").is_dir():  # run from a checkout, installed or not
    sys.path.insert(0, str(REPO / "src"))


def read_corpus(path: Path, limit: int | None, prefix: str) -> list[tuple[str, str]]:
    """(name, text) of the first `limit` articles (all if None), named prefix-<id>."""
    out: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(out) >= limit:
                break
            if line.strip():
                row = json.loads(line)
                out.append((f"{prefix}-{str(row['id']).rsplit('/', 1)[-1]}", row["text"]))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
