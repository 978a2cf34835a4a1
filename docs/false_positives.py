"""False positives on news with no diplomatic agreements: the sport and entertainment
sections of ../shared/corpus/bbc.jsonl.gz. Prints how many agreements and events the whole
pipeline consolidates from them, and each agreement with its parties and quote, each event with
its participants and quote.

    .venv/bin/python docs/false_positives.py
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from accords.consolidate.run import consolidate
from accords.pipeline import extract_all
from accords.records import Document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc.jsonl.gz"


def main() -> None:
    rows = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    docs = [Document.from_text(f"bbc-{r['id']}", r["text"]) for r in rows
            if r["category"] in ("sport", "entertainment")]
    ex = list(extract_all(docs))
    result = consolidate([m for e in ex for m in e.agreements], [m for e in ex for m in e.events],
                         [p for e in ex for p in e.people])
    print(f"articles {len(docs)}  agreements {len(result.agreements)}  events {len(result.events)}")
    for a in result.agreements:
        print(" ", a.kind.value, a.status.value, a.title, [(p.name, p.type) for p in a.parties],
              a.history[0].sources[0].quote[:150])
    for e in result.events:
        print(" ", e.kind.value, e.status.value, e.title, [p.name for p in e.participants],
              e.sources[0].quote[:150])


if __name__ == "__main__":
    main()
