"""A run killed with SIGKILL and started again finishes the job: no loss, no duplicate."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PAIRS = [("Kenya", "Ethiopia"), ("Chile", "Peru"), ("Norway", "Poland"), ("Vietnam", "Japan"),
         ("Ghana", "Togo"), ("Brazil", "Argentina"), ("Egypt", "Jordan"), ("India", "Nepal")]
TOPICS = ["fisheries", "customs", "visa exemption", "tourism", "health", "road transport"]


def _corpus(folder: Path, n: int) -> None:
    rng = random.Random(7)
    # Plain English with no trigger word, so only the first sentence reaches the model.
    words = ("the river runs past old houses and green fields where farmers grow wheat rice "
             "coffee tea cotton while children walk to school under the warm sun and birds "
             "sing in tall trees near quiet roads small shops bright markets busy streets "
             "long bridges wide lakes cold mountains dry valleys soft rain heavy clouds").split()
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        topic = TOPICS[i % len(TOPICS)]
        filler = " ".join(rng.choice(words) for _ in range(150))
        (folder / f"{i:04d}.txt").write_text(
            f"{a} and {b} signed an agreement on {topic} on Monday, officials said.\n{filler}\n",
            encoding="utf-8")


def _run(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    code = "from accords.cli import entry; entry()"
    return subprocess.Popen([sys.executable, "-c", code, "run", str(folder), "--db", str(db),
                             "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _export(db: Path) -> dict[str, object]:
    from accords import Corpus
    with Corpus(db) as corpus:
        data = corpus.export_dict()
    return {"documents": sorted(d["id"] for d in data["documents"]),  # type: ignore[index]
            "agreements": sorted(json.dumps(a, sort_keys=True) for a in data["agreements"])}  # type: ignore[index]


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _corpus(folder, 256)
    killed = tmp_path / "killed.db"
    proc = _run(folder, killed)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(killed) as conn:
                stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            stored = 0
        if stored:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed; use more documents"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 256
    assert _run(folder, killed).wait() == 0
    clean = tmp_path / "clean.db"
    assert _run(folder, clean).wait() == 0
    resumed, reference = _export(killed), _export(clean)
    assert len(resumed["documents"]) == 256  # type: ignore[arg-type]
    assert resumed == reference
