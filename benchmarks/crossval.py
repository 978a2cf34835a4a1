"""5-fold cross-validation by article over the annotated training articles.

The learned decisions are refitted on four folds and the whole pipeline (propose, decide,
corefer, consolidate) is scored on the fifth with the referee's rules (accords.evaluate, which
agrees with ../shared/eval/score.py). The rules alone (no learned decision) run on the same
folds as the baseline. The last line is JSON: {"agreements_f1": mean, "events_f1": mean}.

    .venv/bin/python benchmarks/crossval.py [--gold GOLD.json ...] [--docs TEXTS ...] [--k 5]

By default over ../shared/gold/train.json and the articles annotated here (gold/extra.json).
"""
from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace

from _common import REPO
from accords.learn.crossval import SETTINGS, crossvalidate
from accords.learn.train import build_corpus


def _mean(rows: list[dict], section: str, key: str) -> float:  # type: ignore[type-arg]
    return sum(r[section][key] for r in rows) / len(rows)


def main() -> None:
    gold_dir = REPO.parent / "shared" / "gold"
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", nargs="+", default=[str(gold_dir / "train.json"),
                                                  str(REPO / "gold" / "extra.json")])
    ap.add_argument("--docs", nargs="+", default=[str(gold_dir / "train.jsonl.gz"),
                                                  str(REPO / "gold" / "extra.jsonl")])
    ap.add_argument("--k", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    corpus = build_corpus(args.gold, args.docs, embed=SETTINGS.embeddings)
    print(f"{len(corpus.proposals)} articles, "
          f"{sum(len(p.extraction.agreements) for p in corpus.proposals)} agreement candidates, "
          f"proposed in {time.perf_counter() - t0:.1f} s; settings {SETTINGS}")
    rules = replace(SETTINGS, agreement_rule_threshold=0.0, agreement_overrules=(), events=False)
    for label, settings in (("rules only", rules), ("learned", SETTINGS)):
        rows = crossvalidate(corpus, settings, args.k)
        for i, r in enumerate(rows):
            a, e = r["agreements"], r["events"]
            print(f"  {label:10} fold {i}: agreements P {a['precision']:.3f} R {a['recall']:.3f} "
                  f"F1 {a['f1']:.3f} (gold {a['gold']}, pred {a['pred']}) | events "
                  f"P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f}")
        print(f"{label:10} mean: agreements P {_mean(rows, 'agreements', 'precision'):.3f} "
              f"R {_mean(rows, 'agreements', 'recall'):.3f} "
              f"F1 {_mean(rows, 'agreements', 'f1'):.3f} | events "
              f"F1 {_mean(rows, 'events', 'f1'):.3f}")
    print(f"total {time.perf_counter() - t0:.1f} s")
    print(json.dumps({"agreements_f1": round(_mean(rows, "agreements", "f1"), 3),
                      "events_f1": round(_mean(rows, "events", "f1"), 3)}))


if __name__ == "__main__":
    main()
