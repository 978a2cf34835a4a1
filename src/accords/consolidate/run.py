"""The reduce, end to end: all mentions -> agreements, events, entities."""
from __future__ import annotations

from dataclasses import dataclass

from accords.annotate.gazetteer import body_key, gazetteer
from accords.consolidate.agreements import consolidate_agreements
from accords.consolidate.events import consolidate_events, fill_event_years
from accords.consolidate.people import PeopleIndex
from accords.records import (
    Actor,
    Agreement,
    AgreementMention,
    Entity,
    Event,
    EventMention,
    content_id,
)


@dataclass
class Consolidated:
    agreements: list[Agreement]
    events: list[Event]
    entities: list[Entity]


def consolidate(agreement_mentions: list[AgreementMention], event_mentions: list[EventMention],
                people: list[Actor], previous_ids: dict[str, str] | None = None) -> Consolidated:
    index = PeopleIndex()
    for p in people:
        index.add(p)
    for m in agreement_mentions:
        for s in m.signatories:
            index.add(s)
    for e in event_mentions:
        for p in e.participants:
            index.add(p)
    agreements = consolidate_agreements(agreement_mentions, index, previous_ids)
    events = consolidate_events(event_mentions, index, agreements, previous_ids)
    fill_event_years(events)
    entities = index.entities() + _body_entities(agreements)
    return Consolidated(agreements, events, entities)


def _body_entities(agreements: list[Agreement]) -> list[Entity]:
    """The parties: bodies and organizations by name, states and international organizations
    by code (with the gazetteer's other names for them as aliases)."""
    gaz = gazetteer()
    seen: dict[tuple[str, str | None], Entity] = {}
    for a in agreements:
        for code in a.countries:
            key: tuple[str, str | None] = (code, code)
            if key not in seen:
                name = gaz.name(code)
                aliases = sorted({s for s, (c, form) in gaz.lookup.items()
                                  if c == code and form in ("name", "alias", "igo")
                                  and s != name and s[:1].isupper()})
                kind = "international_organization" if code.startswith("IGO:") else "state"
                seen[key] = Entity(content_id(code, prefix="s"), name, kind, code, aliases)
        for p in a.parties:
            if p.type in ("state", "international_organization"):
                continue
            key = (body_key(p.name), p.country)
            if key not in seen:
                seen[key] = Entity(content_id(p.name, p.country or "", prefix="o"), p.name,
                                   p.type, p.country, [])
    return list(seen.values())
