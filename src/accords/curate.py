"""What analysts said, applied to the records as a view: the extracted facts are never changed.

A record's reviews (store/reviews.py) are applied when it is read:
- `confirmed`, `rejected`, `corrected` set its `curation.state`; a correction is shown beside
  the extracted value (`curation.corrections`), never in its place;
- `merged` (value `{"into": ID}`): the record is shown as part of the other one, which lists
  it in `curation.merged_from`; it leaves the lists, and its own id still answers;
- `split` (value `{"documents": [document id]}`): what those documents say becomes a record of
  its own, `ID~N` (N-th split of ID), with `curation.split_from`.
Because the reviews live in their own table and follow their record by id (and by mentions),
running extraction again keeps all of this: a rejected record stays rejected, a merge merged.
"""
from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any

from accords.vocab import Status


class Verdict(str, Enum):
    CONFIRMED = "confirmed"
    REJECTED = "rejected"
    CORRECTED = "corrected"
    MERGED = "merged"
    SPLIT = "split"


REVIEW_STATES = ("unreviewed", "confirmed", "corrected", "rejected", "not_rejected")

# Fields an analyst may correct, by record type.
CORRECTABLE = {
    "agreement": ("title", "kind", "status", "topics", "countries", "parties", "signatories",
                  "valid_period", "date", "place"),
    "event": ("title", "kind", "status", "date", "place", "host_country", "visiting_country",
              "participants", "agreements"),
}

_ORDER = [s.value for s in Status]
PART = "~"

Fetch = Callable[[str], "dict[str, Any] | None"]


class Curation:
    """The reviews of one kind of record, ready to apply to what the store returns."""

    def __init__(self, reviews: dict[str, list[dict[str, Any]]], existing: Iterable[str]) -> None:
        self.reviews = reviews
        present = set(existing)
        self.merged_into: dict[str, str] = {}
        self.splits: dict[str, list[list[str]]] = {}
        for rid, items in reviews.items():
            for r in items:
                value = r["value"] if isinstance(r["value"], dict) else {}
                if r["verdict"] == Verdict.MERGED.value and value.get("into") in present:
                    self.merged_into[rid] = value["into"]
                elif r["verdict"] == Verdict.SPLIT.value and value.get("documents"):
                    self.splits.setdefault(rid, []).append(list(value["documents"]))
        # a chain A -> B -> C ends at C; a cycle is ignored
        asked = dict(self.merged_into)
        self.merged_into = {}
        for rid, target in asked.items():
            seen = {rid}
            while target in asked and target not in seen:
                seen.add(target)
                target = asked[target]
            if target not in seen:
                self.merged_into[rid] = target
        self.merged_from: dict[str, list[str]] = {}
        for rid, target in sorted(self.merged_into.items()):
            self.merged_from.setdefault(target, []).append(rid)

    def state_of(self, rid: str) -> str:
        """unreviewed, confirmed, rejected or corrected: the last verdict on the record."""
        base, _, part = rid.partition(PART)
        reviews = self.reviews.get(rid, []) + (self.reviews.get(base, []) if part else [])
        return str(_state(reviews, None, [], None, [])["state"])

    def keep(self, ids: list[str], review: str | None) -> list[str]:
        """Ids whose review state is `review` ('not_rejected': all but the rejected)."""
        if not review:
            return ids
        if review == "not_rejected":
            return [i for i in ids if self.state_of(i) != Verdict.REJECTED.value]
        return [i for i in ids if self.state_of(i) == review]

    @property
    def hidden(self) -> frozenset[str]:
        return frozenset(self.merged_into)

    def expand(self, ids: Iterable[str]) -> list[str]:
        """Ids as listed: merged records left out, parts split off listed after their record."""
        out: list[str] = []
        for rid in ids:
            if rid in self.merged_into:
                continue
            out.append(rid)
            out += [f"{rid}{PART}{n}" for n in range(1, len(self.splits.get(rid, [])) + 1)]
        return out

    def needs(self, ids: Iterable[str]) -> list[str]:
        """The stored records needed to show these ids."""
        base = [i.split(PART)[0] for i in ids]
        return list(dict.fromkeys(base + [m for b in base for m in self.merged_from.get(b, [])]))

    def view(self, rid: str, fetch: Fetch, record_type: str) -> dict[str, Any] | None:
        base, _, part = rid.partition(PART)
        stored = fetch(base)
        if stored is None:
            return None
        merged_from = self.merged_from.get(base, [])
        split_docs = self.splits.get(base, [])
        # the store hands out fresh dicts; only a merge or a split changes nested values
        rec = copy.deepcopy(stored) if merged_from or split_docs else dict(stored)
        for other_id in merged_from:
            other = fetch(other_id)
            if other is not None:
                _merge(rec, other, record_type)
        if part:
            if not part.isdigit() or not 1 <= int(part) <= len(split_docs):
                return None
            docs = set(split_docs[int(part) - 1])
            earlier = {d for ds in split_docs[:int(part) - 1] for d in ds}
            rec = _keep_documents(rec, docs - earlier, record_type)
            rec["id"] = rid
        elif split_docs:
            rec = _keep_documents(rec, None, record_type,
                                  drop={d for ds in split_docs for d in ds})
        reviews = self.reviews.get(rid, []) + (self.reviews.get(base, []) if part else [])
        rec["reviews"] = reviews
        rec["curation"] = _state(reviews, self.merged_into.get(base), merged_from,
                                 base if part else None,
                                 [f"{base}{PART}{n}" for n in range(1, len(split_docs) + 1)]
                                 if not part else [])
        return rec


def _state(reviews: list[dict[str, Any]], merged_into: str | None, merged_from: list[str],
           split_from: str | None, parts: list[str]) -> dict[str, Any]:
    state = "unreviewed"
    corrections: dict[str, Any] = {}
    for r in reviews:
        if r["verdict"] in (Verdict.CONFIRMED.value, Verdict.REJECTED.value,
                            Verdict.CORRECTED.value):
            state = r["verdict"]
        if r["verdict"] == Verdict.CORRECTED.value and r["field"]:
            corrections[r["field"]] = r["value"]
    return {"state": state, "corrections": corrections, "merged_into": merged_into,
            "merged_from": merged_from, "split_from": split_from, "split_into": parts}


def _union(a: list[Any], b: list[Any]) -> list[Any]:
    out = list(a)
    for x in b:
        if x not in out:
            out.append(x)
    return out


def _merge(rec: dict[str, Any], other: dict[str, Any], record_type: str) -> None:
    if record_type == "agreement":
        for key in ("topics", "countries"):
            rec[key] = sorted(set(rec[key]) | set(other[key]))
        for key in ("parties", "signatories", "sources", "conflicts"):
            rec[key] = _union(rec[key], other[key])
        rec["history"] = sorted(rec["history"] + other["history"],
                                key=lambda h: (h["date"] or "", _rank(h["status"])))
        rec["status"] = _latest_status(rec["history"], rec["status"])
    else:
        for key in ("participants", "agreements", "sources"):
            rec[key] = _union(rec[key], other[key])
        starts = [d for d in (rec["date"]["start"], other["date"]["start"]) if d]
        ends = [d for d in (rec["date"]["end"], other["date"]["end"]) if d]
        rec["date"] = {"start": min(starts) if starts else None, "end": max(ends) if ends else None}


def _rank(status: str) -> int:
    return _ORDER.index(status) if status in _ORDER else -1


def _latest_status(history: list[dict[str, Any]], default: str) -> str:
    dated = [h for h in history if h["date"]]
    if not dated:
        return max((h["status"] for h in history), key=_rank, default=default)
    last = max(h["date"] for h in dated)
    return max((h["status"] for h in dated if h["date"] == last), key=_rank)


def _keep_documents(rec: dict[str, Any], keep: set[str] | None, record_type: str,
                    drop: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    def wanted(doc: str) -> bool:
        return (keep is None or doc in keep) and doc not in drop

    if record_type == "agreement":
        history = []
        for h in rec["history"]:
            sources = [s for s in h["sources"] if wanted(s["document"])]
            if sources:
                history.append({**h, "sources": sources})
        rec["history"] = history
        rec["sources"] = [d for d in rec["sources"] if wanted(d)]
        rec["conflicts"] = [c for c in rec["conflicts"]
                            if sum(any(wanted(s["document"]) for s in v["sources"])
                                   for v in c["values"]) > 1]
        if history:
            rec["status"] = _latest_status(history, rec["status"])
    else:
        rec["sources"] = [s for s in rec["sources"] if wanted(s["document"])]
    return rec
