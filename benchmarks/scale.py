"""How the cost of the full accords pipeline grows with corpus size (Reuters-21578).

For each size N (first N stories of the corpus; 0 means all), a separate child process, so
that peak memory (max RSS) is per size, does what ``accords.api.Corpus.add`` does:

* extract: ``accords.pipeline.extract_all`` (clean, annotate, extract; per document);
* store: ``Database.add_extraction`` for each extraction, into a fresh SQLite file;
* consolidate: ``Database.mentions`` -> ``accords.consolidate.run.consolidate`` ->
  ``Database.replace_records``, the only cross-document step (it must stay near-linear).

Texts already seen are skipped, as ``Corpus.add`` skips known documents (ids are content
hashes; Reuters-21578 repeats some stories). The model is loaded and warmed before the clock
starts. The figure that matters is the per-document time at the largest size over that at
the smallest: flat (<= 1.3) means the pipeline scales linearly.

    .venv/bin/python benchmarks/scale.py [--sizes 1000,5000,0] [--corpus PATH] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import REPO, SHARED_CORPUS, peak_mb, read_corpus

DEFAULT_CORPUS = SHARED_CORPUS / "reuters21578.jsonl.gz"
DEFAULT_SIZES = "1000,5000,0"
TARGET = 1.3




def run_pipeline(items: list[tuple[str, str]], db_path: Path) -> dict[str, Any]:
    from accords.annotate.context import nlp
    from accords.consolidate.run import consolidate
    from accords.pipeline import extract_all
    from accords.records import Document
    from accords.store import Database

    seen: set[str] = set()
    docs = []
    for name, text in items:
        doc = Document.from_text(name, text)
        if doc.id not in seen:
            seen.add(doc.id)
            docs.append(doc)
    nlp()("Warm-up sentence for the model.")
    db = Database(db_path)
    store = 0.0
    skipped = 0
    start = time.perf_counter()
    for ex in extract_all(docs):
        t = time.perf_counter()
        db.add_extraction(ex)
        store += time.perf_counter() - t
        skipped += int(not ex.relevant)
    t_reduce = time.perf_counter()
    ags, evs, people = db.mentions()
    t_cons = time.perf_counter()
    result = consolidate(ags, evs, people, db.previous_ids())
    t_replace = time.perf_counter()
    db.replace_records(result)
    end = time.perf_counter()
    db.close()
    return {"docs": len(docs), "duplicates": len(items) - len(docs), "seconds": end - start,
            "extract_s": t_reduce - start - store, "store_s": store + (end - t_replace),
            "consolidate_s": t_replace - t_cons, "reload_s": t_cons - t_reduce,
            "mentions": len(ags) + len(evs), "agreements": len(result.agreements),
            "events": len(result.events), "skipped": skipped}


def child(corpus: Path, size: int) -> None:
    items = read_corpus(corpus, size or None, "reuters")
    with tempfile.TemporaryDirectory(prefix="accords-scale-") as tmp:
        r = run_pipeline(items, Path(tmp) / "accords.db")
    n, secs = r["docs"], r["seconds"]
    r.update(size=size, read=len(items), peak_mb=round(peak_mb(), 1),
             docs_per_s=n / secs if secs else 0.0, ms_per_doc=1000 * secs / n if n else 0.0,
             skipped_share=r["skipped"] / n if n else 0.0)
    print(json.dumps(r), flush=True)


def spawn(corpus: Path, size: int) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(size),
           "--corpus", str(corpus)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        sys.exit(f"size {size or 'all'} failed (exit {proc.returncode}):\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def report(results: list[dict[str, Any]]) -> dict[str, Any]:
    print(f"{'docs':>6} {'seconds':>8} {'docs/s':>7} {'ms/doc':>7} {'peak MB':>8} "
          f"{'agreem.':>7} {'events':>6} {'skipped':>7} {'extract':>8} {'store':>6} "
          f"{'consol.':>7}")
    for r in results:
        print(f"{r['docs']:>6} {r['seconds']:>8.1f} {r['docs_per_s']:>7.1f} "
              f"{r['ms_per_doc']:>7.1f} {r['peak_mb']:>8.1f} {r['agreements']:>7} "
              f"{r['events']:>6} {r['skipped_share']:>7.0%} {r['extract_s']:>8.1f} "
              f"{r['store_s']:>6.2f} {r['consolidate_s']:>7.2f}")
    small, large = min(results, key=lambda r: r["docs"]), max(results, key=lambda r: r["docs"])

    def ratio(key: str) -> float:  # time per document at the largest / at the smallest
        base = small[key] / small["docs"] if small["docs"] else 0.0
        return large[key] / large["docs"] / base if base else float("nan")

    growth = {key: ratio(key) for key in ("seconds", "extract_s", "store_s", "consolidate_s")}
    if any(r["duplicates"] for r in results):
        print(f"(repeated stories skipped, as Corpus.add does: "
              f"{', '.join(str(r['duplicates']) for r in results)})")
    print(f"per-step time per document at {large['docs']} / at {small['docs']}: "
          f"extract {growth['extract_s']:.2f}, store {growth['store_s']:.2f}, "
          f"consolidate {growth['consolidate_s']:.2f}")
    print(f"per-document time at {large['docs']} / at {small['docs']} = "
          f"{growth['seconds']:.2f} (target <= {TARGET})")
    return {"sizes": results, "per_doc_growth": growth["seconds"], "step_growth": growth,
            "target": TARGET, "within_target": growth["seconds"] <= TARGET}


def parse_sizes(text: str) -> list[int]:
    sizes = [int(s) for s in text.split(",") if s.strip()]
    if not sizes or min(sizes) < 0:
        raise argparse.ArgumentTypeError("sizes are non-negative integers, 0 meaning all")
    return sizes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=parse_sizes, default=parse_sizes(DEFAULT_SIZES),
                        help=f"comma-separated corpus sizes, 0 = all (default {DEFAULT_SIZES})")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="also write all figures to this file")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = args.corpus if args.corpus.is_absolute() else (Path.cwd() / args.corpus)
    if args.child is not None:
        child(corpus, args.child)
        return
    if not corpus.exists():
        sys.exit(f"corpus not found: {corpus}")
    summary = report([spawn(corpus, size) for size in args.sizes])
    summary.update(corpus=str(corpus))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
