"""The Python API; the CLI is a thin layer over it.

    corpus = Corpus("accords.db")
    summary = corpus.add(["examples/"])
    corpus.agreements(country="PAK", status="signed")
    corpus.show(record_id)
    corpus.export("json")
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accords.consolidate.run import consolidate
from accords.dedup import NearDuplicates, from_bytes, signature, to_bytes
from accords.errors import RecordNotFoundError, UsageError
from accords.export import to_csv, to_json
from accords.pipeline import TIME_BUDGET, extract_within
from accords.read import ReadOptions, iter_inputs
from accords.read.common import document_label
from accords.records import Document, Rejected
from accords.store import Database
from accords.vocab import TOPICS, Status


@dataclass
class RunSummary:
    inputs: int = 0
    added: int = 0
    already_known: int = 0
    duplicates: int = 0
    irrelevant: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    agreements: int = 0
    events: int = 0
    interrupted: bool = False  # stopped by a signal: consolidation left to the next run

    @property
    def exit_code(self) -> int:
        """0: the run completed (rejections listed); 1: no input could be processed; 130:
        interrupted (as a shell reports a process stopped by Ctrl-C)."""
        if self.interrupted:
            return 130
        return 1 if self.inputs and self.added + self.already_known + self.duplicates == 0 else 0


class Corpus:
    def __init__(self, db: str | os.PathLike[str] = "accords.db") -> None:
        self.db = Database(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
            progress: Callable[[RunSummary], None] | None = None,
            options: ReadOptions | None = None,
            time_budget: float | None = TIME_BUDGET,
            stop: Callable[[], bool] | None = None) -> RunSummary:
        """Read, extract and store new documents, then consolidate all records again (ids of
        existing records are kept). `paths` is one path (a file, a folder, `-` for standard
        input) or a list of them. Documents already in the database are not re-read; near
        duplicates of a stored document are linked to it, not added. `progress` is called
        after each input. A document whose processing takes longer than `time_budget`
        seconds is rejected (E115); None: no limit. When `stop()` turns true the run stops
        after the document being stored, skips consolidation (the next run does it) and
        returns with `interrupted` set: running again on the same inputs resumes."""
        inputs = _paths(paths)
        if options is not None and not isinstance(options, ReadOptions):
            raise UsageError(f"options must be a ReadOptions, not {type(options).__name__}")
        if time_budget is not None and (not isinstance(time_budget, int | float)
                                        or isinstance(time_budget, bool) or time_budget < 0):
            raise UsageError(f"time_budget must be a number of seconds, not {time_budget!r}")
        summary = RunSummary()
        run = self.db.new_run()
        index = NearDuplicates()
        for doc_id, blob in self.db.signatures():
            index.add(doc_id, from_bytes(blob))
        signatures: dict[str, bytes] = {}
        stopped = stop or (lambda: False)

        def fresh() -> Iterator[Document]:
            for item in iter_inputs(inputs, options=options):
                summary.inputs += 1
                if isinstance(item, Rejected):
                    summary.rejected.append(item)
                elif (item.id in signatures or self.db.known(item.id)
                      or self.db.known_duplicate(item.id)):
                    summary.already_known += 1
                else:
                    sig = signature(item.text)
                    near = index.match(sig)
                    if near:
                        summary.duplicates += 1
                        self.db.add_duplicate(item.id, document_label(item), near[0], near[1],
                                              run)
                    else:
                        index.add(item.id, sig)
                        signatures[item.id] = to_bytes(sig) if sig is not None else b""
                        yield item
                        if stopped():
                            return
                        continue
                if progress:
                    progress(summary)
                if stopped():
                    return

        for ex in extract_within(fresh(), time_budget):
            if isinstance(ex, Rejected):
                summary.rejected.append(ex)
            else:
                self.db.add_extraction(ex, signatures.get(ex.document.id) or None)
                summary.added += 1
                summary.irrelevant += int(not ex.relevant)
            if progress:
                progress(summary)
        # Reading stops at a stop request; the documents already read are extracted and
        # stored (one batch at most), so the interrupted run keeps what it has done.
        summary.interrupted = stopped()
        self.db.add_rejected(summary.rejected, run)
        if not summary.interrupted and (summary.added or self.db.consolidation_pending()):
            self.reconsolidate()
        summary.agreements = len(self.db.agreements())
        summary.events = len(self.db.events())
        self.db.finish_run(run, inputs=summary.inputs, added=summary.added,
                           already_known=summary.already_known, duplicates=summary.duplicates,
                           rejected=len(summary.rejected),
                           irrelevant=summary.irrelevant, agreements=summary.agreements,
                           events=summary.events, interrupted=int(summary.interrupted))
        return summary

    def reconsolidate(self) -> None:
        ags, evs, people = self.db.mentions()
        self.db.replace_records(consolidate(ags, evs, people, self.db.previous_ids()))

    def agreements(self, country: str | None = None, status: str | None = None,
                   topic: str | None = None, since: str | None = None,
                   kind: str | None = None) -> list[dict[str, Any]]:
        clauses, params = [], []
        if country:
            clauses.append("EXISTS (SELECT 1 FROM json_each(countries) WHERE value = ?)")
            params.append(country.upper())
        if status:
            if status not in {s.value for s in Status}:
                raise UsageError(f"unknown status '{status}'; one of: "
                                 + ", ".join(s.value for s in Status))
            clauses.append("status = ?")
            params.append(status)
        if topic:
            if topic not in TOPICS:
                raise UsageError(f"unknown topic '{topic}'; one of: " + ", ".join(TOPICS))
            clauses.append("EXISTS (SELECT 1 FROM json_each(topics) WHERE value = ?)")
            params.append(topic)
        if since:
            clauses.append("last_date >= ?")
            params.append(since)
        if kind:
            clauses.append("kind = ?")
            params.append(kind)
        return self.db.agreements(" AND ".join(clauses), tuple(params))

    def events(self) -> list[dict[str, Any]]:
        return self.db.events()

    def rejected(self) -> list[dict[str, Any]]:
        return self.db.rejected()

    def show(self, record_id: str) -> tuple[str, dict[str, Any]]:
        """One record with the name of the article each quote is in."""
        found = self.db.record(record_id)
        if not found:
            raise RecordNotFoundError(record_id)
        return found

    def document_name(self, doc_id: str) -> str:
        found = self.db.document_text(doc_id)
        return found[0] if found else doc_id

    def export_dict(self) -> dict[str, Any]:
        return {"schema": "accords/1", "documents": self.db.documents(),
                "agreements": self.db.agreements(), "events": self.db.events(),
                "entities": self.db.entities()}

    def export(self, fmt: str = "json") -> str:
        if fmt == "json":
            return to_json(self.export_dict())
        if fmt == "csv":
            return to_csv(self.export_dict())
        raise UsageError(f"unknown export format '{fmt}'; use json or csv")


def _paths(paths: object) -> list[str | os.PathLike[str]]:
    """One path or a list of paths, checked: a plain string is one path, never a sequence
    of one-letter paths."""
    if isinstance(paths, str | os.PathLike):
        return [paths]
    if isinstance(paths, bytes) or not isinstance(paths, Iterable):
        raise UsageError(f"paths must be a path or a list of paths (str or os.PathLike), "
                         f"not {type(paths).__name__}")
    out = list(paths)
    bad = [p for p in out if not isinstance(p, str | os.PathLike)]
    if bad:
        raise UsageError(f"paths must be str or os.PathLike; got {type(bad[0]).__name__} "
                         f"({bad[0]!r})")
    return out


def default_docs_for(gold: Path) -> Path:
    """`../corpus/<corpus>/` beside a gold file, as for ../shared/gold/seeds.json."""
    corpus = json.loads(gold.read_text(encoding="utf-8")).get("corpus", gold.stem)
    return gold.parent.parent / "corpus" / corpus
