"""The per-document map: read -> clean -> annotate -> extract, a pure function of each
document, run in batches so the model sees many sentences at once, each document within a
time budget."""
from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from accords.annotate.context import build_contexts
from accords.budget import OverBudget, time_limit
from accords.errors import OVER_TIME_BUDGET
from accords.extract.agreements import extract_agreements
from accords.extract.events import extract_events
from accords.read.common import document_label
from accords.records import Actor, Document, Extraction, Rejected

log = logging.getLogger(__name__)
BATCH_SIZE = 64
# Seconds one document may take (clean, annotate, extract). Linear-time stages process a
# megabyte of news in about 5 s, so only a pathological document comes near.
TIME_BUDGET = 120.0


def extract_batch(documents: Sequence[Document], gate: bool = True) -> list[Extraction]:
    """Mentions of agreements and events in each document (same order as given). The gate
    skips sentences and documents that cannot matter; `gate=False` reads everything."""
    out = []
    for ctx in build_contexts(documents, gate):
        doc = replace(ctx.document, title=ctx.document.title or _title(ctx),
                      published=ctx.published, dateline=ctx.place,
                      languages=ctx.clean.languages)
        if not ctx.relevant:
            out.append(Extraction(doc, [], [], [], relevant=False))
            continue
        agreements = extract_agreements(ctx)
        events = extract_events(ctx)
        people = [Actor(p.name, p.country, "person", p.role) for p in ctx.people.values()]
        out.append(Extraction(doc, agreements, events, people))
    return out


def extract_all(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Extraction]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from extract_batch(batch)
            batch = []
    if batch:
        yield from extract_batch(batch)


def extract_within(documents: Iterable[Document], seconds: float | None = TIME_BUDGET,
                   batch_size: int = BATCH_SIZE) -> Iterator[Extraction | Rejected]:
    """As extract_all, but a document that takes longer than `seconds` is a Rejected
    (E115) instead of a hang. A batch gets one document's budget (a normal batch takes a
    fraction of it); a batch over it is run again one document at a time, so that only the
    slow document is rejected."""
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _batch_within(batch, seconds)
            batch = []
    if batch:
        yield from _batch_within(batch, seconds)


def _load_knowledge() -> None:
    """Load the model, gazetteer and cue lists (each once per process) before any clock
    starts: a document's budget is for its own processing, not for loading them."""
    from accords.annotate.context import nlp
    from accords.annotate.gazetteer import gazetteer
    from accords.extract.cues import cues
    gazetteer()
    cues()
    nlp()


def _batch_within(batch: list[Document], seconds: float | None) -> list[Extraction | Rejected]:
    if seconds:
        _load_knowledge()
    try:
        started = time.monotonic()
        with time_limit(seconds):
            done = extract_batch(batch)
        log.debug("batch of %d documents in %.2f s", len(batch), time.monotonic() - started)
        return list(done)
    except OverBudget:
        log.debug("a batch of %d went over the budget of %s s", len(batch), seconds)
        if len(batch) == 1:
            return [_over_budget(batch[0], seconds)]
    out: list[Extraction | Rejected] = []
    for doc in batch:
        try:
            with time_limit(seconds):
                out.extend(extract_batch([doc]))
        except OverBudget:
            out.append(_over_budget(doc, seconds))
    return out


def _over_budget(doc: Document, seconds: float | None) -> Rejected:
    size = len(doc.text.encode("utf-8")) / 1e6
    return Rejected(document_label(doc), f"took longer than the time budget of {seconds:g} s "
                    f"per document ({size:.1f} MB of text); raise it with --time-budget",
                    OVER_TIME_BUDGET)


def _title(ctx) -> str | None:  # type: ignore[no-untyped-def]
    for info in ctx.sentences[:3]:
        if info.sentence.role == "headline":
            return info.sentence.text
    return None
