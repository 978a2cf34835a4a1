"""Can a learned decision tell real from false records as blind audits judged them?

The records reviewers judged in docs/audit/*/ (rounds of 50 agreements and 50 events drawn from
full runs of Reuters-21578, BBC and news2020) are mapped onto today's candidates of the same
articles (accords.learn.audit_labels). Reported:
- how many labelled candidates the rules accept, real and false;
- what the shipped decisions keep of them;
- 5-fold cross-validation by article of a decision fitted on the annotated training articles
  plus the audit labels of four folds: ROC AUC on the fifth, and what dropping rule-accepted
  candidates below a probability would cost in real records for the false ones it removes.

    .venv/bin/python benchmarks/audit_decision.py [--c 0.1]

Needs ../shared/corpus (the articles) and scikit-learn (a development dependency). Last line
JSON.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter

import numpy as np

from _common import REPO, SHARED_CORPUS
from accords.learn.audit_labels import Label, label_candidates, read_judgments
from accords.learn.model import decisions
from accords.learn.train import build_corpus, doc_key, fit, training_rows
from accords.pipeline import Proposal, propose_batch
from accords.read import ReadOptions, iter_inputs
from accords.records import Document

SECTIONS = {"events": "event", "agreements": "agreement"}


def _proposals(wanted: dict[str, set[str]]) -> dict[str, Proposal]:
    documents: list[Document] = []
    for corpus, articles in wanted.items():
        for d in iter_inputs([str(SHARED_CORPUS / f"{corpus}.jsonl.gz")], options=ReadOptions()):
            if isinstance(d, Document) and doc_key(d.name) in articles:
                documents.append(d)
    out: dict[str, Proposal] = {}
    for i in range(0, len(documents), 64):
        for p in propose_batch(documents[i:i + 64], lenient=True):
            out[doc_key(p.extraction.document.name)] = p
    return out


def _row(proposals: dict[str, Proposal], label: Label) -> tuple[dict[str, float], bool]:
    p = proposals[label.article]
    if label.section == "events":
        return p.event_features[label.index], not p.extraction.events[label.index].missing
    return p.agreement_features[label.index], not p.extraction.agreements[label.index].missing


def _auc(scores: list[float], labels: list[int]) -> float | None:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return round(wins / (len(pos) * len(neg)), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength of the fit")
    args = ap.parse_args()
    t0 = time.perf_counter()
    judgments = read_judgments(REPO / "docs" / "audit")
    wanted: dict[str, set[str]] = {}
    for j in judgments:
        wanted.setdefault(j.corpus, set()).add(j.article)
    proposals = _proposals(wanted)
    labels = label_candidates(judgments, proposals)
    print(f"{len(judgments)} judged records in {len(proposals)} articles; {len(labels)} "
          f"labelled candidates ({time.perf_counter() - t0:.0f} s)")
    gold_dir = REPO.parent / "shared" / "gold"
    gold = build_corpus([gold_dir / "train.json", REPO / "gold" / "extra.json"],
                        [gold_dir / "train.jsonl.gz", REPO / "gold" / "extra.jsonl"])
    shipped = decisions()
    articles = sorted({x.article for x in labels})
    fold = {a: int(hashlib.sha1(a.encode()).hexdigest(), 16) % 5 for a in articles}
    result: dict[str, dict[str, object]] = {}
    for section, kind in SECTIONS.items():
        mine = [x for x in labels if x.section == section]
        counts: Counter[tuple[bool, bool]] = Counter((x.real, _row(proposals, x)[1]) for x in mine)
        print(f"{section}: real accepted {counts[(True, True)]}, real rejected "
              f"{counts[(True, False)]}, false accepted {counts[(False, True)]}, false "
              f"rejected {counts[(False, False)]}")
        model = shipped.event if section == "events" else None
        kept: Counter[tuple[bool, bool]] = Counter()
        for x in mine:
            f, accepted = _row(proposals, x)
            missing = proposals[x.article].extraction.events[x.index].missing if model else ()
            keep = model.keeps(model.probability(f), accepted, missing) if model else accepted
            kept[(x.real, keep)] += 1
        print(f"  shipped: keeps {kept[(True, True)]} real and {kept[(False, True)]} false; "
              f"drops {kept[(True, False)]} real and {kept[(False, False)]} false")
        g_rows, g_labels, _ = training_rows(gold, range(len(gold.proposals)), kind)
        scores: list[float] = []
        truth: list[int] = []
        accepted_flags: list[bool] = []
        for k in range(5):
            train = [x for x in mine if fold[x.article] != k]
            test = [x for x in mine if fold[x.article] == k]
            fitted = fit(g_rows + [_row(proposals, x)[0] for x in train],
                         g_labels + [int(x.real) for x in train], c=args.c)
            for x in test:
                f, accepted = _row(proposals, x)
                scores.append(fitted.probability(f))
                truth.append(int(x.real))
                accepted_flags.append(accepted)
        acc = np.asarray(accepted_flags)
        s, y = np.asarray(scores), np.asarray(truth)
        auc_all = _auc(scores, truth)
        auc_acc = _auc(list(s[acc]), list(y[acc]))
        print(f"  cross-validated: ROC AUC {auc_all} (rule-accepted only: {auc_acc})")
        drops = {}
        for t in (0.2, 0.3, 0.5):
            low = acc & (s < t)
            drops[t] = (int((low & (y == 1)).sum()), int((low & (y == 0)).sum()))
            print(f"  dropping rule-accepted below {t}: {drops[t][0]} real and {drops[t][1]} "
                  f"false records lost")
        result[section] = {"labelled": len(mine), "auc": auc_all, "auc_accepted": auc_acc,
                           "drop_0.3": drops[0.3]}
    print(f"total {time.perf_counter() - t0:.0f} s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
