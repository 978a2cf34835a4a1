"""Where a gathering's sentence places it (GUIDE: "Place: only where the text places the
stage ... not from a dateline alone"): a call held at a distance has no place of its own,
and a city that names a market ("the Hamburg coffee market") says where trade is done, not
where a meeting was (blind audits: calls placed at the dateline, talks placed at the market
city)."""
from __future__ import annotations

import re

from accords.vocab import EventKind

# A gathering held at a distance: by telephone, by video, online.
_REMOTE_GATHERING = re.compile(
    r"\b(?:(?:tele)?phone|video[- ]?(?:conference|link|call)s?|videoconferenc\w*|virtual(?:ly)?|"
    r"online|teleconferenc\w*|by\s+video|via\s+video)\b", re.I)

# "the Hamburg green coffee market", "on the London Metal Exchange": a city as the name of
# a market; "the Oslo ministry said": a capital naming its government, not a venue.
_MARKET_AFTER = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,3}?\s+(?:market|markets|exchange|bourse|futures|trade|traders|"
    r"dealers|brokers|prices)\b|^\s+(?:[A-Z][\w-]*\s+){0,2}(?:Exchange|Market|Bourse)\b"
    r"|^\s+(?:foreign\s+)?(?:ministry|government|officials?|embassy|side)\b")


def remote_gathering(kind: EventKind, text: str) -> bool:
    """A call, or a meeting the sentence says was held by phone, video or online."""
    return kind == EventKind.CALL or _REMOTE_GATHERING.search(text) is not None


def placed_in_text(place: str, text: str) -> bool:
    """The sentence names the place other than as the name of a market."""
    return any(not _MARKET_AFTER.match(text[m.end():])
               for m in re.finditer(rf"\b{re.escape(place)}\b", text))


def sides_place(place: str | None, text: str) -> bool:
    """A remote gathering keeps a place only where the sentence says a side was there ('spoke
    by phone from Ankara', 'the minister, in Paris, ...')."""
    return bool(place) and re.search(rf"\b(?:in|at|from)\s+{re.escape(place or '')}\b",
                                     text) is not None


def named_as_market(place: str | None, text: str) -> bool:
    """The sentence names the place, and only as a market's ('the Oslo fish market'): the
    story is of trade there, not of a gathering there."""
    hits = list(re.finditer(rf"\b{re.escape(place)}\b", text)) if place else []
    return bool(hits) and all(_MARKET_AFTER.match(text[m.end():]) for m in hits)
