"""Mentions to and from JSON, for the mentions table (the reduce re-reads them)."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from accords.records import Actor, AgreementMention, EventMention, Source
from accords.vocab import EventKind, EventStatus, Kind, Status


def dump(mention: AgreementMention | EventMention) -> str:
    data = asdict(mention)
    return json.dumps(data, ensure_ascii=False, default=lambda o: o.value)


def _actors(items: list[dict[str, Any]]) -> list[Actor]:
    return [Actor(**a) for a in items]


def load_agreement(raw: str) -> AgreementMention:
    d = json.loads(raw)
    d["kind"] = Kind(d["kind"])
    d["status"] = Status(d["status"])
    d["parties"] = _actors(d["parties"])
    d["signatories"] = _actors(d["signatories"])
    d["source"] = Source(**d["source"])
    d["valid_period"] = tuple(d["valid_period"]) if d.get("valid_period") else None
    return AgreementMention(**d)


def load_event(raw: str) -> EventMention:
    d = json.loads(raw)
    d["kind"] = EventKind(d["kind"])
    d["status"] = EventStatus(d.get("status", EventStatus.HELD.value))  # stored before statuses
    d["missing"] = tuple(d.get("missing", ()))
    d["participants"] = _actors(d["participants"])
    d["source"] = Source(**d["source"])
    return EventMention(**d)
