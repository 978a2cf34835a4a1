"""Time per megabyte of one long document, with and without line breaks.

The text is the BBC corpus (`../shared/corpus/bbc.jsonl.gz`) joined into one document of
0.1, 1 and 10 MB (repeated when the corpus is shorter), once as it is (paragraphs on their
own lines: "lines") and once with every line break turned into a space ("single", one line
of the same length). For each, two timings (the best of five runs, of three for the whole
pipeline, of one at 10 MB; the two texts' runs interleaved):

* ``clean+split``: `accords.clean.clean` and `split_sentences` (where the quadratic splitter
  used to spend minutes);
* ``pipeline``: the whole per-document map `accords.pipeline.extract_batch([doc])`
  (clean, annotate, extract), the model loaded and warmed before the clock starts.

The bar: single-line time per MB within 1.5 times that of the text with line breaks.

    .venv/bin/python benchmarks/long_text.py [--sizes 0.1,1,10] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import time
from typing import Any

from _common import SHARED_CORPUS, read_corpus


def _text(mb: float, source: str) -> str:
    target = int(mb * 1_000_000)
    text = source
    while len(text.encode("utf-8")) < target:
        text = text + "\n\n" + source
    cut = text.encode("utf-8")[:target].decode("utf-8", "ignore")
    return cut[:cut.rfind(" ")]  # end on a whole word


def _best(fns: dict[str, Any], repeat: int) -> dict[str, float]:
    """The best of `repeat` runs of each function, the runs interleaved (a, b, a, b, ...) so
    that a change in the machine's load weighs on both alike; the best run is the least
    disturbed by whatever else the machine does."""
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            started = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - started)
    return best


def measure(sizes: list[float]) -> list[dict[str, Any]]:
    from accords.clean import clean, split_sentences
    from accords.pipeline import extract_batch
    from accords.records import Document

    source = "\n\n".join(text for _, text in read_corpus(SHARED_CORPUS / "bbc.jsonl.gz",
                                                         None, "bbc"))
    extract_batch([Document.from_text("warm", source[:20000])])  # load the model
    rows = []
    for mb in sizes:
        lined = _text(mb, source)
        texts = {"lines": lined, "single": lined.replace("\r", " ").replace("\n", " ")}
        size = len(lined.encode("utf-8")) / 1e6
        docs = {name: Document.from_text(f"{name}-{mb}", t) for name, t in texts.items()}
        split = _best({name: (lambda t=t: split_sentences(clean(t)))
                       for name, t in texts.items()}, repeat=5)
        whole = _best({name: (lambda d=d: extract_batch([d])) for name, d in docs.items()},
                      repeat=3 if mb <= 1 else 1)
        row: dict[str, Any] = {"mb": mb}
        for name in texts:
            row[name] = {"clean_split_s_per_mb": round(split[name] / size, 4),
                         "pipeline_s_per_mb": round(whole[name] / size, 3)}
        row["ratio_clean_split"] = round(split["single"] / split["lines"], 2)
        row["ratio_pipeline"] = round(whole["single"] / whole["lines"], 2)
        rows.append(row)
        print(f"{mb:>5} MB  clean+split s/MB lines {row['lines']['clean_split_s_per_mb']:.3f} "
              f"single {row['single']['clean_split_s_per_mb']:.3f} "
              f"(x{row['ratio_clean_split']})   pipeline s/MB lines "
              f"{row['lines']['pipeline_s_per_mb']:.2f} single "
              f"{row['single']['pipeline_s_per_mb']:.2f} (x{row['ratio_pipeline']})", flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.1,1,10", help="Megabytes, comma-separated.")
    parser.add_argument("--json", help="Also write the figures to this file.")
    args = parser.parse_args()
    rows = measure([float(s) for s in args.sizes.split(",")])
    worst = max(max(r["ratio_clean_split"], r["ratio_pipeline"]) for r in rows)
    print(f"worst single/lines ratio: {worst} (bar: 1.5) -> {'ok' if worst <= 1.5 else 'MISSED'}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, indent=1)


if __name__ == "__main__":
    main()
