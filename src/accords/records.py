"""The records every stage speaks: Document, Source, Mention, Agreement, Event, Entity.

A spaCy Doc never leaves the stage that made it; what crosses a stage boundary is one of
these dataclasses. Ids are content hashes, so re-reading the same input yields the same ids.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from accords.vocab import EventKind, EventStatus, Kind, PartyType, Status


def content_id(*parts: str, prefix: str = "", length: int = 12) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


@dataclass(frozen=True)
class Document:
    """One article as ingested. `text` is the original, offsets of every quote point into it."""

    id: str
    name: str
    text: str
    path: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date as precise as known, or None
    dateline: str | None = None
    languages: tuple[str, ...] = ("en",)
    url: str | None = None  # where a web input came from (page, feed entry, WARC target)
    site: str | None = None  # site or feed name
    raw_sha1: str | None = None  # sha1 of the raw bytes (HTML, WARC payload) the text came from
    crawled: str | None = None  # when a crawler fetched it (WARC-Date), ISO
    # Where `published` came from: "metadata" (a dump's date field, a page's or feed's date),
    # "dateline" (the article's own date line), "given" (`--published`), None (unknown).
    # Never a date the body mentions.
    published_source: str | None = None

    @classmethod
    def from_text(cls, name: str, text: str, path: str | None = None, url: str | None = None,
                  *, title: str | None = None, published: str | None = None,
                  site: str | None = None, raw_sha1: str | None = None,
                  crawled: str | None = None, published_source: str | None = None) -> Document:
        """The id is the hash of the text for plain inputs (so the same text read twice is the
        same document) and of the normalized text and its URL for web inputs. A publication
        date given to a reader comes from the input's metadata unless said otherwise."""
        ident = (content_id(normalize_text(text), url, prefix="d") if url
                 else content_id(text, prefix="d"))
        return cls(id=ident, name=name, text=text, path=path, title=title, published=published,
                   url=url, site=site, raw_sha1=raw_sha1, crawled=crawled,
                   published_source=(published_source or "metadata") if published else None)


def normalize_text(text: str) -> str:
    """NFC, whitespace runs collapsed: the text of a web page as far as its identity goes."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass(frozen=True)
class Rejected:
    """An input that yielded no document, and why (never a silent None)."""

    name: str
    reason: str
    code: str = "E100"


@dataclass(frozen=True)
class Source:
    """The evidence for one fact: `original[start:end] == quote` in the document."""

    document: str
    quote: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """A party, signatory or participant as named in one mention."""

    name: str
    country: str | None = None
    type: str = PartyType.STATE.value  # PartyType value, or "person"
    role: str | None = None


@dataclass
class AgreementMention:
    """One report of an instrument in one sentence of one document."""

    document: str
    kind: Kind
    title: str
    topics: list[str]
    countries: list[str]
    parties: list[Actor]
    status: Status
    source: Source
    date: str | None = None  # ISO, possibly XXXX-MM-DD when the year is unknown
    date_precision: str = "day"
    place: str | None = None
    signatories: list[Actor] = field(default_factory=list)
    valid_period: tuple[str, str] | None = None
    vague: bool = False  # a topic-only reference ("accords on postal services")
    explicit_date: bool = False  # dated by its own sentence, not by the article's date
    future: bool = False  # the date is a target, not a reported stage
    sentence: int = 0  # index of the sentence in the document, for anaphora
    event_hint: str | None = None  # key of the event (visit) it was reported with
    at: int = 0  # where the instrument's phrase starts in the document's text
    name: str = ""  # the instrument's name as written ("the Louvre accord" -> "Louvre accord")
    missing: tuple[str, ...] = ()  # rules it failed (lenient extraction); empty: rules accept it
    headline: bool = False  # told in the article's headline
    score: float | None = None  # the learned decision's probability that it is a real mention
    part: bool = False  # one loan of a sum the article breaks down ("a 485 mln dlr loan")
    told_of: bool = False  # its stage told by its own predicate ("the deal was sealed")

    @property
    def id(self) -> str:
        return content_id(self.document, str(self.source.start), str(self.source.end),
                          self.kind.value, self.title, prefix="m")

    @property
    def at_in_quote(self) -> int:
        """Where the instrument's phrase starts in its quote."""
        return max(0, self.at - self.source.start)


@dataclass
class EventMention:
    document: str
    kind: EventKind
    title: str
    source: Source
    start: str | None = None
    end: str | None = None
    place: str | None = None
    host_country: str | None = None
    visiting_country: str | None = None
    participants: list[Actor] = field(default_factory=list)
    sentence: int = 0
    group: bool = False  # a meeting of governments named by its noun, not by who met
    status: EventStatus = EventStatus.HELD
    missing: tuple[str, ...] = ()  # rules it failed (lenient extraction); empty: rules accept it
    score: float | None = None  # the learned decision's probability that it is a real mention
    # False when the place is only the dateline's, which says where the story was filed: kept
    # to tell one gathering from another, never reported as where the event took place.
    place_stated: bool = True
    # One of several meetings one sentence reports ("his meetings with A, B and C"): the one
    # met, which tells their ids apart; empty for a sentence's only event.
    counterpart: str = ""
    # The year the article was written in: its publication date's, else the latest year its
    # text names (consolidation keeps undated reports of different eras apart).
    era: str | None = None
    # False when the era is only the one its address is dated by (the article gives no
    # publication date): it keeps reports of other eras apart but lends no year to a day the
    # text gives without one ("28 January" stays XXXX-01-28; a year is never guessed).
    era_published: bool = True
    # A gathering of an organization or a group of states ("the OPEC conference", "G-7 finance
    # ministers met"): its members meet; no side visits another.
    multilateral: bool = False
    # Held by a verb in the past that governs it ("said ..., after a meeting with his German
    # counterpart", "met"), not only for want of a future word: within an article that
    # announces the gathering elsewhere, such a report still tells it took place.
    told_past: bool = False

    @property
    def id(self) -> str:
        extra = (self.counterpart,) if self.counterpart else ()
        return content_id(self.document, str(self.source.start), str(self.source.end),
                          self.kind.value, *extra, prefix="n")


@dataclass
class HistoryStage:
    status: Status
    date: str | None
    place: str | None
    sources: list[Source]
    future: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": self.status.value, "date": self.date, "place": self.place,
                               "sources": [s.to_dict() for s in self.sources]}
        if self.future:
            out["future"] = True
        return out


@dataclass
class Conflict:
    field: str
    values: list[tuple[Any, list[Source]]]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field,
                "values": [{"value": v, "sources": [s.to_dict() for s in srcs]}
                           for v, srcs in self.values]}


@dataclass
class Agreement:
    id: str
    kind: Kind
    title: str
    topics: list[str]
    countries: list[str]
    parties: list[Actor]
    signatories: list[Actor]
    status: Status
    history: list[HistoryStage]
    valid_period: tuple[str, str] | None
    sources: list[str]
    conflicts: list[Conflict]
    confidence: float
    mention_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind.value, "title": self.title, "topics": self.topics,
            "countries": self.countries,
            "parties": [{"name": p.name, "country": p.country, "type": p.type} for p in self.parties],
            "signatories": [{"name": s.name, "country": s.country, "role": s.role}
                            for s in self.signatories],
            "status": self.status.value,
            "history": [h.to_dict() for h in self.history],
            "valid_period": ({"from": self.valid_period[0], "to": self.valid_period[1]}
                             if self.valid_period else None),
            "sources": self.sources,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Event:
    id: str
    kind: EventKind
    title: str
    start: str | None
    end: str | None
    place: str | None
    host_country: str | None
    visiting_country: str | None
    participants: list[Actor]
    agreements: list[str]
    sources: list[Source]
    mention_ids: list[str] = field(default_factory=list)
    status: EventStatus = EventStatus.HELD

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind.value, "title": self.title,
            "status": self.status.value,
            "date": {"start": self.start, "end": self.end}, "place": self.place,
            "host_country": self.host_country, "visiting_country": self.visiting_country,
            "participants": [{"name": p.name, "country": p.country, "role": p.role}
                             for p in self.participants],
            "agreements": self.agreements,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass
class Entity:
    id: str
    name: str
    type: str
    country: str | None
    aliases: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "country": self.country,
                "aliases": self.aliases}


@dataclass
class Extraction:
    """What the per-document map produces: the document, annotated, and its mentions."""

    document: Document
    agreements: list[AgreementMention]
    events: list[EventMention]
    people: list[Actor]
    relevant: bool = True
