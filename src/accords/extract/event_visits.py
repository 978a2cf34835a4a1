"""A visitor's meetings on a visit: the talks a visiting leader held with a host the article
reports without a place of their own took place where the visit was, on its days (a story
filed in Bangkok about a Lao leader's talks in Hanoi: the talks were in Hanoi, not Bangkok)."""
from __future__ import annotations

import re

from accords.annotate.context import DocContext
from accords.records import EventMention
from accords.vocab import EventKind


def _placed_in_sentence(ctx: DocContext, e: EventMention) -> bool:
    """The sentence itself names the meeting's place (not only the dateline or a default)."""
    text = ctx.sentences[e.sentence].sentence.text
    return bool(e.place) and re.search(rf"\b{re.escape(e.place or '')}\b", text) is not None


def _within(day: str | None, start: str | None, end: str | None) -> bool:
    if not (day and start):
        return False
    n = min(len(day), len(start))
    return start[:n] <= day[:n] <= (end or start)[:n]


def place_on_visits(ctx: DocContext, events: list[EventMention]) -> None:
    """Give a meeting of a visitor with someone of the host state the visit's place, host and
    days when its own sentence names neither a place nor a date."""
    visits = [v for v in events if v.kind == EventKind.VISIT and v.participants
              and v.host_country and not v.missing]
    for m in events:
        if m.kind == EventKind.VISIT or m.group or m.missing:
            continue
        names = {p.name for p in m.participants}
        visit = next((v for v in visits if v.status == m.status
                      and v.participants[0].name in names
                      and any(p.country == v.host_country for p in m.participants)), None)
        if visit is None or m.host_country == visit.host_country or _placed_in_sentence(ctx, m):
            continue
        m.place, m.place_stated = visit.place, visit.place_stated
        m.host_country, m.visiting_country = visit.host_country, visit.visiting_country
        # undated, or dated the article's day by default: the days of the visit
        if m.start in (None, ctx.event_date) and not _within(m.start, visit.start, visit.end):
            m.start, m.end = visit.start, visit.end
