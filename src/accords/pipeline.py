"""The per-document map: read -> clean -> annotate -> extract -> decide, a pure function of each
document, run in batches so the models see many sentences at once, each document within a
time budget.

extract proposes candidate mentions (the rules, leniently when a learned decision is there to
judge them); decide keeps the candidates its model believes (learn/)."""
from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

import numpy as np

from accords.annotate.context import DocContext, build_contexts
from accords.budget import OverBudget, time_limit
from accords.errors import EXTRACTION_FAILED, OVER_TIME_BUDGET
from accords.extract.agreements import extract_agreements
from accords.extract.coref import corefer
from accords.extract.events import extract_events
from accords.learn.features import Features, agreement_features, event_features
from accords.learn.model import Decisions, LinearDecision, decisions
from accords.read.common import document_label
from accords.records import Actor, AgreementMention, Document, EventMention, Extraction, Rejected

log = logging.getLogger(__name__)
BATCH_SIZE = 64
# Seconds one document may take (clean, annotate, extract). Linear-time stages process a
# megabyte of news in about 5 s, so only a pathological document comes near.
TIME_BUDGET = 120.0


@dataclass
class Proposal:
    """A document's candidate mentions with their features, before any learned decision."""

    extraction: Extraction
    agreement_features: list[Features]
    event_features: list[Features]
    agreement_sentences: list[str]
    event_sentences: list[str]


def propose_batch(documents: Sequence[Document], gate: bool = True,
                  lenient: bool = True) -> list[Proposal]:
    """Candidate mentions of each document (same order as given). The gate skips sentences and
    documents that cannot matter; `gate=False` reads everything."""
    out = []
    for ctx in build_contexts(documents, gate):
        doc = replace(ctx.document, title=ctx.document.title or _title(ctx),
                      published=ctx.published, published_source=ctx.published_source,
                      dateline=ctx.place,
                      languages=ctx.clean.languages)
        if not ctx.relevant:
            out.append(Proposal(Extraction(doc, [], [], [], relevant=False), [], [], [], []))
            continue
        agreements = extract_agreements(ctx, lenient=lenient)
        events = extract_events(ctx, lenient=True)  # decide() drops the flagged ones unless
        # a learned event decision is there to judge them
        people = [Actor(p.name, p.country, "person", p.role) for p in ctx.people.values()]
        out.append(Proposal(
            Extraction(doc, agreements, events, people),
            [agreement_features(ctx, m) for m in agreements],
            [event_features(ctx, m) for m in events],
            [_sentence_text(ctx, m.sentence) for m in agreements],
            [_sentence_text(ctx, m.sentence) for m in events]))
    return out


def embed_sentences(proposals: Sequence[Proposal], models: Decisions | None = None
                    ) -> dict[str, np.ndarray]:
    """Sentence vectors of the candidates a model could keep (all of them without `models`)."""
    from accords.embed import encoder  # lazily: only models trained with embeddings need it
    texts: set[str] = set()
    for p in proposals:
        for m, t in zip(p.extraction.agreements, p.agreement_sentences, strict=True):
            if models is None or (models.agreement is not None
                                  and models.agreement.may_keep(m.missing)):
                texts.add(t)
        if models is None or models.event is not None:
            texts.update(p.event_sentences)
    ordered = sorted(texts)
    if not ordered:
        return {}
    vectors = encoder().encode(ordered)
    return dict(zip(ordered, vectors, strict=True))


def decide(proposal: Proposal, models: Decisions,
           embeddings: dict[str, np.ndarray] | None = None) -> Extraction:
    """Keep the candidates the models believe, each with its probability as `score`."""
    ex = proposal.extraction
    agreements: list[AgreementMention] = ex.agreements
    events: list[EventMention] = ex.events
    model = models.agreement
    if model is None:  # the rules decide: what they accept is kept
        agreements = corefer(agreements, kept=lambda m: not m.missing)
    else:
        agreements = corefer(
            _score(model, agreements, proposal.agreement_features,
                   proposal.agreement_sentences, embeddings),
            kept=lambda m: model.keeps(m.score or 0.0, not m.missing, m.missing))
    if models.event is not None:
        events = _keep(models.event, events, proposal.event_features,
                       proposal.event_sentences, embeddings)
    else:
        events = [e for e in events if not e.missing]
    return replace(ex, agreements=agreements, events=events)


def _score(model: LinearDecision, mentions: list[AgreementMention], features: list[Features],
           sentences: list[str], embeddings: dict[str, np.ndarray] | None
           ) -> list[AgreementMention]:
    """Each candidate with its probability; one the model may not keep is not scored (0)."""
    return [replace(m, score=model.probability(f, embeddings.get(s) if embeddings else None)
                    if model.may_keep(m.missing) else 0.0)
            for m, f, s in zip(mentions, features, sentences, strict=True)]


def _keep(model: LinearDecision, mentions: list[EventMention], features: list[Features],
          sentences: list[str], embeddings: dict[str, np.ndarray] | None) -> list[EventMention]:
    kept = []
    for m, f, s in zip(mentions, features, sentences, strict=True):
        p = model.probability(f, embeddings.get(s) if embeddings else None)
        if model.keeps(p, not m.missing, m.missing):
            kept.append(replace(m, score=p))
    return kept


def extract_batch(documents: Sequence[Document], gate: bool = True,
                  models: Decisions | None = None) -> list[Extraction]:
    """Mentions of agreements and events in each document (same order as given)."""
    models = decisions() if models is None else models
    # Candidates the rules reject are proposed whatever the model: coreference reads them
    # (the other party named in the next sentence) even when only accepted ones are kept.
    proposals = propose_batch(documents, gate, lenient=True)
    embeddings = embed_sentences(proposals, models) if models.uses_embeddings else None
    return [decide(p, models, embeddings) for p in proposals]


def extract_all(documents: Iterable[Document], batch_size: int = BATCH_SIZE,
                models: Decisions | None = None) -> Iterator[Extraction]:
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from extract_batch(batch, models=models)
            batch = []
    if batch:
        yield from extract_batch(batch, models=models)


def extract_within(documents: Iterable[Document], seconds: float | None = TIME_BUDGET,
                   batch_size: int = BATCH_SIZE,
                   models: Decisions | None = None) -> Iterator[Extraction | Rejected]:
    """As extract_all, but a document that takes longer than `seconds` is a Rejected
    (E115) instead of a hang. A batch gets one document's budget (a normal batch takes a
    fraction of it); a batch over it is run again one document at a time, so that only the
    slow document is rejected."""
    batch: list[Document] = []
    for doc in documents:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _batch_within(batch, seconds, models)
            batch = []
    if batch:
        yield from _batch_within(batch, seconds, models)


def _load_knowledge(models: Decisions | None) -> Decisions:
    """Load the models, gazetteer and cue lists (each once per process) before any clock
    starts: a document's budget is for its own processing, not for loading them."""
    from accords.annotate.context import nlp
    from accords.annotate.gazetteer import gazetteer
    from accords.extract.cues import cues
    gazetteer()
    cues()
    nlp()
    models = decisions() if models is None else models
    if models.uses_embeddings:
        from accords.embed import encoder
        encoder()
    return models


def _batch_within(batch: list[Document], seconds: float | None,
                  models: Decisions | None) -> list[Extraction | Rejected]:
    if seconds:
        models = _load_knowledge(models)
    try:
        started = time.monotonic()
        with time_limit(seconds):
            done = extract_batch(batch, models=models)
        log.debug("batch of %d documents in %.2f s", len(batch), time.monotonic() - started)
        return list(done)
    except OverBudget:
        log.debug("a batch of %d went over the budget of %s s", len(batch), seconds)
        if len(batch) == 1:
            return [_over_budget(batch[0], seconds)]
    except Exception as err:  # noqa: BLE001 - one document's bug must not end the run
        log.debug("a batch of %d failed (%s); one document at a time", len(batch), err)
    out: list[Extraction | Rejected] = []
    for doc in batch:
        try:
            with time_limit(seconds):
                out.extend(extract_batch([doc], models=models))
        except OverBudget:
            out.append(_over_budget(doc, seconds))
        except Exception as err:  # noqa: BLE001 - named in the summary, the run goes on
            log.warning("%s: internal error while extracting: %r", document_label(doc), err)
            out.append(Rejected(document_label(doc), "internal error while extracting its "
                                f"records ({type(err).__name__}: {err}); please report it",
                                EXTRACTION_FAILED))
    return out


def _over_budget(doc: Document, seconds: float | None) -> Rejected:
    size = len(doc.text.encode("utf-8")) / 1e6
    return Rejected(document_label(doc), f"took longer than the time budget of {seconds:g} s "
                    f"per document ({size:.1f} MB of text); raise it with --time-budget",
                    OVER_TIME_BUDGET)


def _sentence_text(ctx: DocContext, index: int) -> str:
    return ctx.sentences[index].sentence.text


def _title(ctx: DocContext) -> str | None:
    for info in ctx.sentences[:3]:
        if info.sentence.role == "headline":
            return info.sentence.text
    return None
