"""Publication dates never come from a body: the 2,212 BBC stories of
../shared/corpus/bbc.jsonl.gz carry no date and no date line, so none may get one.

Reads the corpus as `accords run` does and runs the whole per-document pipeline; prints how
many documents got a publication date (and from where), how many a news date (the day a
lead gives without a year, or a weekday the article's own latest date pins down), and how
many agreement and event mentions carry a full date.

    .venv/bin/python docs/publication_dates.py
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from accords.pipeline import extract_all
from accords.read import iter_inputs
from accords.records import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc.jsonl.gz"


def main() -> None:
    docs = [d for d in iter_inputs([CORPUS]) if isinstance(d, Document)]
    sources: Counter[str] = Counter()
    dated_mentions = mentions = 0
    for ex in extract_all(docs):
        if ex.document.published:
            sources[ex.document.published_source or "?"] += 1
        for m in ex.agreements:
            mentions += 1
            dated_mentions += bool(m.date and "X" not in m.date)
    print(f"documents {len(docs)}  with a publication date {sum(sources.values())} "
          f"{dict(sources)}")
    print(f"agreement mentions {mentions}, of which with a full date {dated_mentions}")


if __name__ == "__main__":
    main()
