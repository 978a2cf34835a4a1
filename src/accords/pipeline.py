"""The per-document map: read -> clean -> annotate -> extract, a pure function of each
document, run in batches so the model sees many sentences at once."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from accords.annotate.context import build_contexts
from accords.extract.agreements import extract_agreements
from accords.extract.events import extract_events
from accords.records import Actor, Document, Extraction

BATCH_SIZE = 64


def extract_batch(documents: Sequence[Document], gate: bool = True) -> list[Extraction]:
    """Mentions of agreements and events in each document (same order as given). The gate
    skips sentences and documents that cannot matter; `gate=False` reads everything."""
    out = []
    for ctx in build_contexts(documents, gate):
        doc = replace(ctx.document, title=ctx.document.title or _title(ctx),
                      published=ctx.published, published_source=ctx.published_source,
                      dateline=ctx.place,
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


def _title(ctx) -> str | None:  # type: ignore[no-untyped-def]
    for info in ctx.sentences[:3]:
        if info.sentence.role == "headline":
            return info.sentence.text
    return None
