"""The part of the Python API that the web app uses: paged search over the records, one record
as analysts see it (with its reviews), documents with their facts, countries, who signed with
whom, and the review log. `Corpus` (api.py) has all of these methods."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from accords.curate import CORRECTABLE, PART, REVIEW_STATES, Curation, Verdict
from accords.errors import RecordNotFoundError, UsageError
from accords.store import Database
from accords.store import browse as q
from accords.store.browse import AgreementFilter, EventFilter
from accords.store.reviews import add_review, all_reviews, ensure_reviews, review_log
from accords.vocab import TOPICS, EventKind, Kind, Status

MAX_LIMIT = 200


@dataclass
class Page:
    total: int
    items: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "items": self.items}


class Browsing:
    db: Database
    _browsing_ready: bool = False

    # ------------------------------------------------------------------ setup
    def prepare(self) -> None:
        """Create the review log and the search index if they are missing or stale."""
        ensure_reviews(self.db.conn)
        q.ensure_search_index(self.db.conn)
        self._browsing_ready = True

    def _ready(self) -> None:
        if not self._browsing_ready:
            self.prepare()

    def curation(self, record_type: str) -> Curation:
        self._ready()
        table = "agreements" if record_type == "agreement" else "events"
        existing = [r for (r,) in self.db.conn.execute(f"SELECT id FROM {table}")]
        return Curation(all_reviews(self.db.conn), existing)

    # ------------------------------------------------------------------ lists
    def search_agreements(self, f: AgreementFilter | None = None, sort: str = "date",
                          limit: int = 50, offset: int = 0, review: str | None = None) -> Page:
        """One page of the agreements that pass the filter, and how many pass it; `review`
        keeps those in one review state (curate.REVIEW_STATES)."""
        f = f or AgreementFilter()
        check_agreement_filter(f)
        _check_review(review)
        cur = self.curation("agreement")
        ids = cur.keep(cur.expand(q.agreement_ids(self.db.conn, f, sort, cur.hidden)), review)
        return Page(len(ids), self._views(cur, "agreement", _window(ids, limit, offset)))

    def search_events(self, f: EventFilter | None = None, sort: str = "date",
                      limit: int = 50, offset: int = 0, review: str | None = None) -> Page:
        f = f or EventFilter()
        _check_review(review)
        if f.kind and f.kind not in {k.value for k in EventKind}:
            raise UsageError(f"unknown event kind '{f.kind}'")
        cur = self.curation("event")
        self._ready()
        ids = cur.keep(cur.expand(i for i in q.event_ids(self.db.conn, f, sort)
                                  if i not in cur.hidden), review)
        return Page(len(ids), self._views(cur, "event", _window(ids, limit, offset)))

    def curated(self, records: Sequence[dict[str, Any]], record_type: str) -> list[dict[str, Any]]:
        """Records as the store gives them (in order), with the analysts' reviews applied."""
        cur = self.curation(record_type)
        return self._views(cur, record_type, cur.expand(r["id"] for r in records),
                           {r["id"]: r for r in records})

    def _views(self, cur: Curation, record_type: str, ids: list[str],
               have: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
        table = "agreements" if record_type == "agreement" else "events"
        stored = dict(have or {})
        stored.update(q.records_by_id(self.db.conn, table,
                                      [i for i in cur.needs(ids) if i not in stored]))
        views = (cur.view(i, stored.get, record_type) for i in ids)
        return [v for v in views if v is not None]

    # ------------------------------------------------------------------ one record
    def agreement(self, record_id: str) -> dict[str, Any]:
        return self._one(record_id, "agreement")

    def event(self, record_id: str) -> dict[str, Any]:
        return self._one(record_id, "event")

    def _one(self, record_id: str, record_type: str) -> dict[str, Any]:
        cur = self.curation(record_type)
        found = self._views(cur, record_type, [record_id])
        if not found:
            raise RecordNotFoundError(record_id)
        return found[0]

    def record_type(self, record_id: str) -> str:
        base = record_id.split(PART)[0]
        for table in ("agreements", "events"):
            if self.db.conn.execute(f"SELECT 1 FROM {table} WHERE id=?", (base,)).fetchone():
                return table[:-1]
        raise RecordNotFoundError(record_id)

    def linked_events(self, agreement_id: str) -> list[dict[str, Any]]:
        return q.events_of_agreement(self.db.conn, agreement_id.split(PART)[0])

    def document(self, doc_id: str) -> dict[str, Any]:
        """Text, metadata and every quote of a record found in it (with offsets)."""
        self._ready()
        doc = q.document(self.db.conn, doc_id)
        if doc is None:
            raise RecordNotFoundError(doc_id)
        doc["mentions"] = q.document_mentions(self.db.conn, doc_id)
        return doc

    def document_info(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        return q.document_names(self.db.conn, ids)

    def document_texts(self, ids: list[str]) -> dict[str, str]:
        return q.document_texts(self.db.conn, ids)

    def facets(self) -> dict[str, list[str]]:
        return q.facet_values(self.db.conn)

    def country(self, code: str) -> dict[str, Any]:
        code = code.upper()
        agreements = self.search_agreements(AgreementFilter(country=code), "date",
                                            limit=10_000).items
        events = self.search_events(EventFilter(country=code), "date", limit=10_000).items
        return {"code": code, "agreements": agreements, "events": events}

    def signed_pairs(self) -> list[tuple[str, str, int]]:
        """(country, country, number of agreements) for the parties that signed together;
        records merged into another count once, rejected ones not at all."""
        cur = self.curation("agreement")
        counts: dict[tuple[str, str], int] = {}
        for rid, countries in q.signed_agreements(self.db.conn):
            if rid in cur.hidden or cur.state_of(rid) == Verdict.REJECTED.value:
                continue
            codes = sorted(set(countries))
            for i, a in enumerate(codes):
                for b in codes[i + 1:]:
                    counts[(a, b)] = counts.get((a, b), 0) + 1
        return sorted(((a, b, n) for (a, b), n in counts.items()),
                      key=lambda t: (-t[2], t[0], t[1]))

    # ------------------------------------------------------------------ curation
    def review(self, record_id: str, verdict: str, reviewer: str, field: str | None = None,
               value: Any = None, note: str | None = None) -> dict[str, Any]:
        """Append a review: confirmed, rejected or corrected (with the field and its value)."""
        record_type = self.record_type(record_id)
        if verdict not in (Verdict.CONFIRMED.value, Verdict.REJECTED.value,
                           Verdict.CORRECTED.value):
            raise UsageError("verdict must be confirmed, rejected or corrected")
        if verdict == Verdict.CORRECTED.value:
            if field not in CORRECTABLE[record_type]:
                raise UsageError("a correction names its field, one of: "
                                 + ", ".join(CORRECTABLE[record_type]))
            if value is None:
                raise UsageError("a correction gives the corrected value")
            _check_value(record_type, field, value)
        elif field is not None and field not in CORRECTABLE[record_type]:
            raise UsageError(f"unknown field '{field}'")
        return add_review(self.db.conn, record_id, record_type, verdict, reviewer, field, value,
                          note)

    def review_log(self, limit: int = 100, offset: int = 0) -> Page:
        """Every review, newest first."""
        self._ready()
        total, items = review_log(self.db.conn, max(0, min(limit, MAX_LIMIT)), max(0, offset))
        return Page(total, items)

    def merge(self, record_id: str, into: str, reviewer: str,
              note: str | None = None) -> dict[str, Any]:
        """Show `record_id` as part of `into` from now on (both stay in the database)."""
        record_type = self.record_type(record_id)
        if PART in record_id or PART in into:
            raise UsageError("merge whole records, not parts split off")
        if into == record_id or self.record_type(into) != record_type:
            raise UsageError("merge a record into another record of the same type")
        return add_review(self.db.conn, record_id, record_type, Verdict.MERGED.value, reviewer,
                          None, {"into": into}, note)

    def split(self, record_id: str, documents: list[str], reviewer: str,
              note: str | None = None) -> dict[str, Any]:
        """Make what `documents` say about the record a record of its own."""
        record_type = self.record_type(record_id)
        if PART in record_id:
            raise UsageError("split the whole record")
        rec = self._one(record_id, record_type)
        have = set(rec["sources"]) if record_type == "agreement" else \
            {s["document"] for s in rec["sources"]}
        wanted = [d for d in dict.fromkeys(documents) if d in have]
        if not wanted or set(wanted) == have:
            raise UsageError("a split names some, not all, of the record's source documents")
        return add_review(self.db.conn, record_id, record_type, Verdict.SPLIT.value, reviewer,
                          None, {"documents": wanted}, note)


def _window(ids: list[str], limit: int, offset: int) -> list[str]:
    limit = max(0, min(limit, 10_000))
    offset = max(0, offset)
    return ids[offset:offset + limit]


_VOCAB: dict[tuple[str, str], set[str]] = {
    ("agreement", "kind"): {k.value for k in Kind},
    ("agreement", "status"): {s.value for s in Status},
    ("event", "kind"): {k.value for k in EventKind},
    ("event", "status"): {"planned", "held", "cancelled"},
}


def _check_value(record_type: str, field: str, value: Any) -> None:
    """A corrected value speaks the record's vocabulary (spec/record.md)."""
    allowed = _VOCAB.get((record_type, field))
    if allowed is not None and value not in allowed:
        raise UsageError(f"a {field} is one of: " + ", ".join(sorted(allowed)))
    if field == "topics" and not (isinstance(value, list) and set(value) <= set(TOPICS)):
        raise UsageError("topics are a list of: " + ", ".join(TOPICS))
    if field == "countries" and not (isinstance(value, list)
                                     and all(isinstance(c, str) for c in value)):
        raise UsageError('countries are a list of codes, such as ["PAK", "BLR"]')
    if field in ("parties", "signatories", "participants") and not isinstance(value, list):
        raise UsageError(f"{field} are a list")


def _check_review(review: str | None) -> None:
    if review and review not in REVIEW_STATES:
        raise UsageError(f"unknown review state '{review}'; one of: " + ", ".join(REVIEW_STATES))


def check_agreement_filter(f: AgreementFilter) -> None:
    if f.status and f.status not in {s.value for s in Status}:
        raise UsageError(f"unknown status '{f.status}'; one of: "
                         + ", ".join(s.value for s in Status))
    if f.topic and f.topic not in TOPICS:
        raise UsageError(f"unknown topic '{f.topic}'; one of: " + ", ".join(TOPICS))
    if f.kind and f.kind not in {k.value for k in Kind}:
        raise UsageError(f"unknown kind '{f.kind}'")
