"""One sentence, several bilateral meetings: "his meetings with South Korea's president, China's
leader and the US president" are three meetings, each of two states (GUIDE: an event is between
officials of different states; each pair that met is its own event)."""
from __future__ import annotations

import re
from dataclasses import replace

from accords.records import EventMention
from accords.vocab import EventKind

# A plural noun of meeting owned by one person and followed by whom they met.
_PLURAL = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+)?(?:meetings|summits|talks)\s+with\b", re.I)


def separate_meetings(e: EventMention, text: str) -> list[EventMention]:
    """The meetings of the first participant with each of the others, when the sentence names
    them with a plural noun ('his meetings with A, B and C') and they are of two states or
    more; else the event as it is."""
    if e.kind not in (EventKind.MEETING, EventKind.SUMMIT, EventKind.TALKS) or e.group \
            or len(e.participants) < 3 or not _PLURAL.search(text):
        return [e]
    first, others = e.participants[0], e.participants[1:]
    if len({p.country for p in others if p.country}) < 2 or any(
            not p.country or p.country == first.country for p in others):
        return [e]
    return [replace(e, participants=[first, p], title=f"{first.name} meets {p.name}",
                    # no host, no visitor: where the meetings were the sentence does not say
                    visiting_country=None if not e.host_country else (
                        p.country if p.country != e.host_country else first.country),
                    counterpart=p.name)
            for p in others]


# Gatherings that are not one meeting of their members, each a gathering of its own.
_OWN_GATHERINGS = (EventKind.SUMMIT, EventKind.CONFERENCE)


def two_named_gatherings(a: EventMention, b: EventMention) -> bool:
    """Two gatherings named by different nouns, one a summit or a conference ("a meeting of
    eurozone finance ministers on Monday", "an economic summit in March"): two gatherings,
    though the same office-holders of the sentences nearby are given to both and neither
    says where."""
    return a.group and b.group and a.kind != b.kind and (
        a.kind in _OWN_GATHERINGS or b.kind in _OWN_GATHERINGS)


def met_on_its_sidelines(a: EventMention, b: EventMention) -> bool:
    """One sentence's meeting of named people and the organization's summit or conference on
    whose sidelines they met ("X and Y on the sidelines of the G20 summit"): two occasions,
    though both name the pair (they were at the summit, and met apart at it)."""
    gathering = (EventKind.SUMMIT, EventKind.CONFERENCE)
    return a.document == b.document and a.sentence == b.sentence and a.group != b.group \
        and a.kind != b.kind and bool(a.group and a.kind in gathering
                                      or b.group and b.kind in gathering)
