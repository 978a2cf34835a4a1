"""Fit the learned decisions from annotated articles (scripts/train.py, benchmarks/crossval.py).

Labels come from the gold by the referee's own matching: a candidate is a real mention when,
taken alone as a record, it would match a gold item of its article (similarity >= the
referee's threshold); an event candidate also when its sentence holds a quote the annotators
gave for an event of that article. Training needs scikit-learn (a development dependency); applying a model does not.
"""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from accords.dedup import NearDuplicates, signature
from accords.evaluate.scorer import _agreement_sim, _event_sim
from accords.learn.features import Features
from accords.learn.model import LinearDecision
from accords.pipeline import Proposal, embed_sentences, propose_batch
from accords.read import ReadOptions, iter_inputs
from accords.records import Document

AGREEMENT_MATCH = 0.45  # the referee's thresholds (../shared/eval/README.md)
EVENT_MATCH = 0.4


def doc_key(name: str) -> str:
    """A document's name as gold files give it: the record id of a dump, else the file name."""
    return name.rsplit("#", 1)[1] if "#" in name else os.path.basename(name)


def read_documents(paths: Sequence[str | os.PathLike[str]]) -> list[Document]:
    """The documents as `accords run` would store them: near duplicates of an earlier one
    (a page republished under another address) are left out, as the store leaves them out."""
    index = NearDuplicates()
    out = []
    for d in iter_inputs([str(p) for p in paths], options=ReadOptions()):
        if not isinstance(d, Document):
            continue
        sig = signature(d.text)
        if index.match(sig):
            continue
        index.add(d.id, sig)
        out.append(d)
    return out


@dataclass
class Corpus:
    """Proposals (candidates with features) of annotated articles, computed once."""

    proposals: list[Proposal]
    gold: dict[str, Any]
    embeddings: dict[str, np.ndarray] | None

    def keys(self) -> list[str]:
        return [doc_key(p.extraction.document.name) for p in self.proposals]


def load_gold(paths: str | Path | Sequence[str | Path]) -> dict[str, Any]:
    """One gold file, or several read as one (their items listed together)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    merged: dict[str, Any] = {"documents": [], "agreements": [], "events": []}
    for path in paths:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
        for section in merged:
            merged[section] += gold.get(section, [])
    return merged


def build_corpus(gold_path: str | Path | Sequence[str | Path], docs: Sequence[str | Path],
                 embed: bool = False, batch: int = 64) -> Corpus:
    gold = load_gold(gold_path)
    wanted = {d["name"] for d in gold.get("documents", [])}
    documents = [d for d in read_documents(docs) if not wanted or doc_key(d.name) in wanted]
    proposals: list[Proposal] = []
    for i in range(0, len(documents), batch):
        proposals += propose_batch(documents[i:i + batch], lenient=True)
    return Corpus(proposals, gold, embed_sentences(proposals) if embed else None)


def _doc_items(gold: dict[str, Any], section: str, key: str) -> list[dict[str, Any]]:
    out = []
    for g in gold.get(section, []):
        sources = set(g.get("sources", [])) | set(g.get("optional_sources", []))
        if key in sources:
            out.append(g)
    return out


def _quotes(items: list[dict[str, Any]]) -> list[str]:
    out = []
    for g in items:
        for h in g.get("history", []):
            if h.get("quote"):
                out.append(" ".join(h["quote"].split()))
        if g.get("quote"):
            out.append(" ".join(g["quote"].split()))
    return out


def _holds_quote(sentence: str, quotes: list[str]) -> bool:
    s = " ".join(sentence.split())
    return any(q and (q in s or (len(s) > 40 and s in q)) for q in quotes)


def label_agreements(corpus: Corpus, index: int) -> list[int]:
    p = corpus.proposals[index]
    key = doc_key(p.extraction.document.name)
    items = _doc_items(corpus.gold, "agreements", key)
    names = {p.extraction.document.id: key}
    out = []
    for m in p.extraction.agreements:
        record = {"sources": [p.extraction.document.id], "countries": m.countries,
                  "topics": m.topics, "kind": m.kind.value, "title": m.title,
                  "parties": [{"name": a.name} for a in m.parties]}
        best = max((_agreement_sim(g, record, names) for g in items), default=0.0)
        # The referee's own test: would this mention, alone as a record, match an item the
        # article reports? (A sentence that holds the gold quote is not enough: a mention
        # whose fields miss the item is not one to keep.)
        out.append(int(best >= AGREEMENT_MATCH))
    return out


def label_events(corpus: Corpus, index: int) -> list[int]:
    p = corpus.proposals[index]
    key = doc_key(p.extraction.document.name)
    items = _doc_items(corpus.gold, "events", key)
    quotes = _quotes(items)
    names = {p.extraction.document.id: key}
    out = []
    for m, sentence in zip(p.extraction.events, p.event_sentences, strict=True):
        record = {"sources": [{"document": p.extraction.document.id}], "kind": m.kind.value,
                  "title": m.title, "date": {"start": m.start, "end": m.end},
                  "participants": [{"name": a.name} for a in m.participants]}
        best = max((_event_sim(g, record, names) for g in items), default=0.0)
        out.append(int(best >= EVENT_MATCH or _holds_quote(sentence, quotes)))
    return out


def fit(rows: list[Features], labels: list[int], sentences: list[str] | None = None,
        embeddings: dict[str, np.ndarray] | None = None, c: float = 0.3,
        threshold: float = 0.5, min_count: int = 2,
        embedding_scale: float = 10.0) -> LinearDecision:
    """L2-regularized logistic regression over the named features (those seen at least
    `min_count` times) and, given embeddings, the sentence vector."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for f in rows:
        for k in f:
            counts[k] = counts.get(k, 0) + 1
    vocab = {k: i for i, k in enumerate(sorted(k for k, n in counts.items() if n >= min_count))}
    data, ri, ci = [], [], []
    for r, f in enumerate(rows):
        for k, v in f.items():
            if k in vocab:
                data.append(v)
                ri.append(r)
                ci.append(vocab[k])
    x = csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)), dtype=np.float32)
    use_emb = embeddings is not None and sentences is not None
    if use_emb:
        assert sentences is not None and embeddings is not None
        # A unit vector's components are ~0.05: scaled up, they are not drowned by the L2
        # penalty next to 0/1 features (the stored weights are scaled back to match).
        dense = np.stack([embeddings[s] for s in sentences]).astype(np.float32) * embedding_scale
        x = hstack([x, csr_matrix(dense)]).tocsr()
    y = np.asarray(labels)
    if len(set(labels)) < 2:
        return LinearDecision({}, None, 0.0 if labels and labels[0] else -10.0, threshold,
                              {"examples": len(labels)})
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(x, y)
    coef = model.coef_[0]
    names = sorted(vocab, key=vocab.__getitem__)
    weights = {k: float(coef[i]) for i, k in enumerate(names)}
    emb = tuple(float(v) * embedding_scale for v in coef[len(names):]) if use_emb else None
    return LinearDecision(weights, emb, float(model.intercept_[0]), threshold,
                          {"examples": len(labels), "positives": int(sum(labels)), "C": c})


def training_rows(corpus: Corpus, indices: Sequence[int], kind: str
                  ) -> tuple[list[Features], list[int], list[str]]:
    rows: list[Features] = []
    labels: list[int] = []
    sentences: list[str] = []
    for i in indices:
        p = corpus.proposals[i]
        if kind == "agreement":
            rows += p.agreement_features
            labels += label_agreements(corpus, i)
            sentences += p.agreement_sentences
        else:
            rows += p.event_features
            labels += label_events(corpus, i)
            sentences += p.event_sentences
    return rows, labels, sentences

