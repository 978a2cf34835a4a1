#!/usr/bin/env python
"""Fit the learned decisions on the annotated training articles and write them to
src/accords/data/models/ (committed; nothing is fitted at run time).

    .venv/bin/python scripts/train.py [--gold GOLD.json ...] [--docs TEXTS ...]
                                      [--only agreement|event]

By default: ../shared/gold/train.json with its texts, and the articles this project annotated
(gold/extra.json, gold/extra.jsonl). Dev (../shared/gold/dev.json) is never trained on.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from accords.learn.crossval import SETTINGS, train_decisions  # noqa: E402
from accords.learn.train import build_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    shared = REPO.parent / "shared" / "gold"
    ap.add_argument("--gold", nargs="+", default=[str(shared / "train.json"),
                                                  str(REPO / "gold" / "extra.json")])
    ap.add_argument("--docs", nargs="+", default=[str(shared / "train.jsonl.gz"),
                                                  str(REPO / "gold" / "extra.jsonl")])
    ap.add_argument("--out", default=str(REPO / "src" / "accords" / "data" / "models"))
    ap.add_argument("--only", choices=("agreement", "event"),
                    help="write this model only (the other file is left as it is)")
    args = ap.parse_args()
    corpus = build_corpus(args.gold, args.docs, embed=SETTINGS.embeddings)
    models = train_decisions(corpus, range(len(corpus.proposals)), SETTINGS)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, model in (("agreement", models.agreement), ("event", models.event)):
        if args.only and name != args.only:
            continue
        path = out / f"{name}.json"
        if model is None:
            path.unlink(missing_ok=True)
            continue
        model.save(path)
        print(f"wrote {path}: {model.meta}")


if __name__ == "__main__":
    main()
