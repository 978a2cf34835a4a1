"""Labels from blind audits: the records reviewers judged real or not (docs/audit/*/), mapped
onto today's candidates of the same articles, so that a decision can be trained and measured
on news as the full corpora hold it (mostly not diplomatic), not only on annotated articles
(mostly diplomatic).

A judged record points to its article and quotes the sentence it came from. Today's candidate
takes the verdict when its sentence holds that quote (and, for an event, when it is of the same
kind); a judged record whose sentence no longer yields a candidate labels nothing (the rules
changed since, usually for that very reason).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accords.pipeline import Proposal


@dataclass(frozen=True)
class Judgment:
    """One audited record: its section ("agreements" or "events"), the corpus and article it
    was drawn from, the record as exported then, and the reviewer's verdict."""

    section: str
    corpus: str
    article: str
    record: dict[str, Any]
    real: bool
    audit: str  # the audit's folder, e.g. "round14"


@dataclass(frozen=True)
class Label:
    """A candidate of today's proposals (by article and index) with an audit verdict."""

    section: str
    article: str
    index: int
    real: bool
    audit: str


def read_judgments(folder: str | Path) -> list[Judgment]:
    """Every judged record of every audit under `folder` (each a directory holding
    sample*.jsonl with the records and judgments*.jsonl with the verdicts)."""
    out: list[Judgment] = []
    for audit in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
        records: dict[tuple[str, str], dict[str, Any]] = {}
        for sample in sorted(audit.glob("sample*.jsonl")):
            for row in _jsonl(sample):
                records[(row["section"], row["record"]["id"])] = row
        for verdicts in sorted(audit.glob("judgments*.jsonl")):
            for j in _jsonl(verdicts):
                drawn = records.get((j.get("section", ""), j.get("record_id", "")))
                if drawn is None or j.get("real") is None:
                    continue  # a verdict without its record, or none given
                out.append(Judgment(drawn["section"], drawn["corpus"], drawn["article"],
                                    drawn["record"], bool(j["real"]), audit.name))
    return out


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _flat(text: str) -> str:
    return " ".join(text.split())


def record_quotes(record: dict[str, Any]) -> list[str]:
    """The quotes a record cites (its sources' and its history's), whitespace-flattened."""
    quotes = [s.get("quote") for s in record.get("sources", []) if isinstance(s, dict)]
    for stage in record.get("history", []):
        quotes.append(stage.get("quote"))
        quotes += [s.get("quote") for s in stage.get("sources", []) if isinstance(s, dict)]
    return [_flat(q) for q in quotes if q]


def label_candidates(judgments: Iterable[Judgment], proposals: dict[str, Proposal]
                     ) -> list[Label]:
    """The candidates (of `proposals`, keyed by article) that each judged record's quotes
    point to."""
    out: list[Label] = []
    for j in judgments:
        proposal = proposals.get(j.article)
        if proposal is None:
            continue
        quotes = record_quotes(j.record)
        if j.section == "events":
            pairs: Sequence[tuple[Any, str]] = list(zip(proposal.extraction.events,
                                                        proposal.event_sentences, strict=True))
        else:
            pairs = list(zip(proposal.extraction.agreements, proposal.agreement_sentences,
                             strict=True))
        for i, (mention, sentence) in enumerate(pairs):
            flat = _flat(sentence)
            if not any(q in flat or flat in q for q in quotes):
                continue
            if j.section == "events" and mention.kind.value != j.record.get("kind"):
                continue  # another event told in the same sentence
            out.append(Label(j.section, j.article, i, j.real, j.audit))
    return out
