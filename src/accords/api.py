"""The Python API; the CLI is a thin layer over it.

    corpus = Corpus("accords.db")
    summary = corpus.add(["examples/"])
    corpus.agreements(country="PAK", status="signed")
    corpus.show(record_id)
    corpus.export("json")
"""
from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accords.browse import Browsing
from accords.consolidate.run import consolidate
from accords.dedup import NearDuplicates, from_bytes, signature, to_bytes
from accords.errors import AmbiguousIdError, RecordNotFoundError, UsageError
from accords.export import (
    to_csv,
    to_dyadic_csv,
    to_json,
    to_jsonl,
    write_csv,
    write_parquet,
)
from accords.pipeline import TIME_BUDGET, extract_within
from accords.query import (
    check_code,
    check_country,
    check_date,
    check_entity_type,
    check_event_kind,
    check_kind,
    check_page,
    check_status,
    check_topic,
)
from accords.read import ReadOptions, iter_inputs
from accords.read.common import document_label
from accords.records import Document, Rejected
from accords.store import Database, queries

log = logging.getLogger(__name__)


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


class Corpus(Browsing):
    """The database and everything done with it (browsing and curation: accords.browse)."""

    def __init__(self, db: str | os.PathLike[str] = "accords.db", create: bool = True) -> None:
        """The records in the SQLite file `db`. `create=False` to read only an existing
        database: a missing file raises MissingDatabaseError (and none is created)."""
        if not isinstance(db, str | os.PathLike):
            raise UsageError(f"db must be a path (str or os.PathLike), not {type(db).__name__}")
        self.db = Database(db, create=create)

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
        for name, fn in (("progress", progress), ("stop", stop)):
            if fn is not None and not callable(fn):
                raise UsageError(f"{name} must be a function, not {type(fn).__name__}")
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
                    log.debug("rejected %s: %s [%s]", item.name, item.reason, item.code)
                    summary.rejected.append(item)
                elif (item.id in signatures or self.db.known(item.id)
                      or self.db.known_duplicate(item.id)):
                    summary.already_known += 1
                else:
                    sig = signature(item.text)
                    near = index.match(sig)
                    if near:
                        log.debug("%s: near duplicate of %s (%.2f)", document_label(item),
                                  near[0], near[1])
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
            started = time.monotonic()
            self.reconsolidate()
            log.debug("consolidated in %.2f s", time.monotonic() - started)
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
        self.prepare()  # the search index follows the records

    def agreements(self, country: str | None = None, status: str | None = None,
                   topic: str | None = None, since: str | None = None,
                   kind: str | None = None, until: str | None = None,
                   limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Agreements (accords/1 records) with a party `country` (ISO alpha-3 or IGO:X), the
        current `status`, a `topic`, of `kind`, the latest stage dated within [since,
        until] (ISO dates). Every value is checked: UsageError names the allowed ones."""
        return self.curated(queries.agreements(
            self.db.conn, country=check_country(country), status=check_status(status),
            topic=check_topic(topic), since=check_date("since", since),
            until=check_date("until", until), kind=check_kind(kind),
            page=check_page(limit, offset)), "agreement")

    def events(self, country: str | None = None, kind: str | None = None,
               since: str | None = None, until: str | None = None, person: str | None = None,
               limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Events (accords/1) with `country` as host, visitor or a participant's country, of
        `kind`, overlapping [since, until], with a participant whose name contains
        `person`."""
        if person is not None and (not isinstance(person, str) or not person.strip()):
            raise UsageError(f"person must be a non-empty name, not {person!r}")
        return self.curated(queries.events(
            self.db.conn, country=check_country(country), kind=check_event_kind(kind),
            since=check_date("since", since), until=check_date("until", until),
            person=person.strip() if person else None, page=check_page(limit, offset)),
            "event")

    def entities(self, type: str | None = None, country: str | None = None,
                 name: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict[str, Any]]:
        """People, states, bodies and organizations named in the records, with their other
        names; `name` matches any part of a name or alias."""
        return queries.entities(self.db.conn, type=check_entity_type(type),
                                country=check_country(country), name=name or None,
                                page=check_page(limit, offset))

    def rejected(self, code: str | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Every input that yielded no document, with its reason and code."""
        return queries.rejected(self.db.conn, code=check_code(code),
                                page=check_page(limit, offset))

    def show(self, record_id: str) -> tuple[str, dict[str, Any]]:
        """One record ('agreement' | 'event' | 'entity', the record) by its id or by the start
        of its id, if only one record's id starts so (AmbiguousIdError lists them)."""
        if not isinstance(record_id, str) or not record_id.strip():
            raise UsageError(f"an id is a non-empty string, not {record_id!r}")
        record_id = record_id.strip()
        matches = queries.ids_starting(self.db.conn, record_id)
        exact = [m for m in matches if m[1] == record_id]
        if exact:
            matches = exact
        if not matches:
            raise RecordNotFoundError(record_id)
        if len(matches) > 1:
            raise AmbiguousIdError(record_id, matches)
        kind, found_id, _ = matches[0]
        found = queries.record(self.db.conn, kind, found_id)
        if found is None:
            raise RecordNotFoundError(record_id)
        return kind, found

    def document_name(self, doc_id: str) -> str:
        found = self.db.document_text(doc_id)
        return found[0] if found else doc_id

    def export_dict(self) -> dict[str, Any]:
        return {"schema": "accords/1", "documents": self.db.documents(),
                "agreements": self.agreements(), "events": self.events(),
                "entities": self.db.entities()}

    def export(self, fmt: str = "json") -> str:
        """The records as text: `json` (accords/1), `jsonl` (one record a line), `csv` (the
        agreements) or `dyadic` (GDELT/ICEWS-style event rows, CSV)."""
        writers = {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "dyadic": to_dyadic_csv}
        if fmt not in writers:
            raise UsageError(f"unknown export format '{fmt}'; one of: {', '.join(writers)} "
                             "(csv tables and parquet: export_to)")
        return writers[fmt](self.export_dict())

    def export_to(self, out: str | os.PathLike[str], fmt: str = "json") -> list[Path]:
        """Write the export to `out`; the files written. `csv`: one file per table
        (documents, agreements, events, parties, signatories, sources, entities) into the
        folder `out`, or into a zip if `out` ends in .zip; `parquet`: one file per table into
        the folder `out`; `json`, `jsonl`, `dyadic`: the one file `out`."""
        if not isinstance(out, str | os.PathLike):
            raise UsageError(f"out must be a path, not {type(out).__name__}")
        path = Path(out)
        if fmt == "csv":
            return write_csv(self.export_dict(), path)
        if fmt == "parquet":
            return write_parquet(self.export_dict(), path)
        text = self.export(fmt)
        path.write_text(text, encoding="utf-8")
        return [path]


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
