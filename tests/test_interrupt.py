"""Ctrl-C or SIGTERM halfway: the run stops cleanly (message, exit 130), a rerun finishes the
job with the same export and the same `duplicates` as one uninterrupted run, and a third run
changes nothing."""
from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accords.interrupt import stop_on_signals

PAIRS = [("Kenya", "Ethiopia"), ("Chile", "Peru"), ("Norway", "Poland"), ("Vietnam", "Japan"),
         ("Ghana", "Togo"), ("Brazil", "Argentina"), ("Egypt", "Jordan"), ("India", "Nepal")]
TOPICS = ["fisheries", "customs", "visa exemption", "tourism", "health", "road transport"]
WORDS = ("the river runs past old houses and green fields where farmers grow wheat rice coffee "
         "tea cotton while children walk to school under the warm sun and birds sing in tall "
         "trees near quiet roads small shops bright markets busy streets long bridges wide "
         "lakes cold mountains dry valleys soft rain heavy clouds").split()
N = 200


def _corpus(folder: Path) -> None:
    """N articles, every tenth republished later with one word changed (a near duplicate),
    and one empty file."""
    rng = random.Random(11)
    for i in range(N):
        a, b = PAIRS[i % len(PAIRS)]
        filler = " ".join(rng.choice(WORDS) for _ in range(150))
        text = (f"{a} and {b} signed an agreement on {TOPICS[i % len(TOPICS)]} on Monday, "
                f"officials said.\n{filler}\n")
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
        if i % 10 == 0:
            (folder / f"z{i:04d}.txt").write_text(text.replace("officials", "ministers"),
                                                  encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")


def _run(folder: Path, db: Path) -> subprocess.Popen[str]:
    code = "from accords.cli import entry; entry()"
    return subprocess.Popen([sys.executable, "-c", code, "run", str(folder), "--db", str(db),
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _snapshot(db: Path) -> dict[str, list[str]]:
    """Every table a rerun could change (runs aside, which logs each run)."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table, order in [("documents", "id"), ("agreements", "id"), ("events", "id"),
                             ("entities", "id"), ("sources", "record, document, start"),
                             ("duplicates", "document"), ("rejected", "name"),
                             ("mentions", "id"), ("signatures", "document")]:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                    if r[1] not in ("at", "added_at", "run")]
            rows = conn.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {table} "
                                f"ORDER BY {order}").fetchall()
            out[table] = [json.dumps(r) for r in rows]
    return out


def _export_and_duplicates(db: Path) -> tuple[str, list[tuple[str, str, str]]]:
    from accords import Corpus
    with Corpus(db) as corpus:
        data = corpus.export_dict()
        dups = corpus.db.conn.execute("SELECT document, name, duplicate_of FROM duplicates "
                                      "ORDER BY document").fetchall()
    return json.dumps(data, sort_keys=True), dups


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _interrupt(folder: Path, db: Path, signum: int) -> int:
    """Start a run, send `signum` once it has stored something; the documents stored."""
    proc = _run(folder, db)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not _stored(db):
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    flat = " ".join(out.split())
    assert f"Interrupted ({signal.Signals(signum).name})" in flat
    assert "To resume, run the same command again" in flat and f"--db {db}" in flat
    stored = _stored(db)
    assert 0 < stored < N  # stopped halfway: the rest was never read
    return stored


def test_sigterm_stops_a_run_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _corpus(folder)
    _interrupt(folder, tmp_path / "a.db", signal.SIGTERM)


def test_interrupted_run_stops_cleanly_and_a_rerun_finishes_the_job(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _corpus(folder)
    total = N + N // 10 + 1
    db = tmp_path / "interrupted.db"
    _interrupt(folder, db, signal.SIGINT)

    rerun = _run(folder, db)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, (out, err)
    reference = tmp_path / "reference.db"
    clean = _run(folder, reference)
    clean.communicate(timeout=300)
    assert clean.returncode == 0
    assert f"{total} inputs" in " ".join(out.split())
    assert _export_and_duplicates(db) == _export_and_duplicates(reference)
    assert len(_export_and_duplicates(db)[1]) == N // 10

    before = _snapshot(db)
    third = _run(folder, db)
    out, _ = third.communicate(timeout=300)
    assert third.returncode == 0
    flat = " ".join(out.split())
    assert f"0 documents added (0 without diplomatic content), {total - 1} already in" in flat
    assert _snapshot(db) == before


def test_stop_request_is_set_by_the_first_signal_and_handlers_restored() -> None:
    previous = signal.getsignal(signal.SIGTERM)
    seen = []
    with stop_on_signals(seen.append) as stop:
        assert not stop()
        signal.raise_signal(signal.SIGTERM)
        signal.raise_signal(signal.SIGTERM)
        assert stop() and stop.signal == "SIGTERM"
    assert seen == ["SIGTERM"]
    assert signal.getsignal(signal.SIGTERM) is previous


def test_a_second_ctrl_c_stops_at_once() -> None:
    with pytest.raises(KeyboardInterrupt), stop_on_signals() as stop:
        signal.raise_signal(signal.SIGINT)
        assert stop()
        signal.raise_signal(signal.SIGINT)


def test_a_second_ctrl_c_exits_130_with_a_word(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _corpus(folder)
    db = tmp_path / "a.db"
    proc = _run(folder, db)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not _stored(db):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, (out, err)
    assert "Interrupted" in out or "stopped at once" in err
