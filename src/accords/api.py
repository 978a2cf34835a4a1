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

from accords.browse import Browsing
from accords.consolidate.run import consolidate
from accords.dedup import NearDuplicates, from_bytes, signature, to_bytes
from accords.errors import RecordNotFoundError, UsageError
from accords.export import to_csv, to_json
from accords.pipeline import extract_all
from accords.read import ReadOptions, iter_inputs
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

    @property
    def exit_code(self) -> int:
        """0: the run completed (rejections listed); 1: no input could be processed."""
        return 1 if self.inputs and self.added + self.already_known + self.duplicates == 0 else 0


class Corpus(Browsing):
    """The database and everything done with it (browsing and curation: accords.browse)."""

    def __init__(self, db: str | os.PathLike[str] = "accords.db") -> None:
        self.db = Database(db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, paths: Iterable[str | os.PathLike[str]],
            progress: Callable[[RunSummary], None] | None = None,
            options: ReadOptions | None = None) -> RunSummary:
        """Read, extract and store new documents, then consolidate all records again (ids of
        existing records are kept). Documents already in the database are not re-read; near
        duplicates of a stored document are linked to it, not added. `progress` is called
        after each input."""
        summary = RunSummary()
        run = self.db.new_run()
        index = NearDuplicates()
        for doc_id, blob in self.db.signatures():
            index.add(doc_id, from_bytes(blob))
        signatures: dict[str, bytes] = {}

        def fresh() -> Iterator[Document]:
            for item in iter_inputs(paths, options=options):
                summary.inputs += 1
                if isinstance(item, Rejected):
                    summary.rejected.append(item)
                elif item.id in signatures or self.db.known(item.id):
                    summary.already_known += 1
                else:
                    sig = signature(item.text)
                    near = index.match(sig)
                    if near:
                        summary.duplicates += 1
                        self.db.add_duplicate(item.path or item.name, near[0], near[1], run)
                    else:
                        index.add(item.id, sig)
                        signatures[item.id] = to_bytes(sig) if sig is not None else b""
                        yield item
                        continue
                if progress:
                    progress(summary)

        for ex in extract_all(fresh()):
            self.db.add_extraction(ex, signatures.get(ex.document.id) or None)
            summary.added += 1
            summary.irrelevant += int(not ex.relevant)
            if progress:
                progress(summary)
        self.db.add_rejected(summary.rejected, run)
        if summary.added or self.db.consolidation_pending():
            self.reconsolidate()
        summary.agreements = len(self.db.agreements())
        summary.events = len(self.db.events())
        self.db.finish_run(run, inputs=summary.inputs, added=summary.added,
                           already_known=summary.already_known, duplicates=summary.duplicates,
                           rejected=len(summary.rejected),
                           irrelevant=summary.irrelevant, agreements=summary.agreements,
                           events=summary.events)
        return summary

    def reconsolidate(self) -> None:
        ags, evs, people = self.db.mentions()
        self.db.replace_records(consolidate(ags, evs, people, self.db.previous_ids()))
        self.prepare()  # the search index follows the records

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
        return self.curated(self.db.agreements(" AND ".join(clauses), tuple(params)), "agreement")

    def events(self) -> list[dict[str, Any]]:
        return self.curated(self.db.events(), "event")

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
                "agreements": self.agreements(), "events": self.events(),
                "entities": self.db.entities()}

    def export(self, fmt: str = "json") -> str:
        if fmt == "json":
            return to_json(self.export_dict())
        if fmt == "csv":
            return to_csv(self.export_dict())
        raise UsageError(f"unknown export format '{fmt}'; use json or csv")


def default_docs_for(gold: Path) -> Path:
    """`../corpus/<corpus>/` beside a gold file, as for ../shared/gold/seeds.json."""
    corpus = json.loads(gold.read_text(encoding="utf-8")).get("corpus", gold.stem)
    return gold.parent.parent / "corpus" / corpus
