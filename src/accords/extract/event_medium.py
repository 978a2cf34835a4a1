"""A gathering's medium told as a noun: 'Officials will meet by video-conference for a week of
discussions', 'The summit, conducted via video conference, ...', 'two video-conference rounds'.
The medium is not a second gathering: the occasion its clause names (the talks, the summit,
the meeting) is the gathering, and its kind is that occasion's. A video conference told alone
('a video conference of G20 leaders') stays a conference."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.vocab import EventKind


@cache
def _medium_before() -> re.Pattern[str]:
    words = load_json("event_medium.json")["medium_before"]
    return re.compile(rf"\b(?:{words})[- ]?$", re.I)


@cache
def _occasions() -> tuple[tuple[EventKind, re.Pattern[str]], ...]:
    return tuple((EventKind(kind), re.compile(rf"(?:{words})", re.I))
                 for kind, words in load_json("event_medium.json")["occasion"].items())


def _kind_of(word: str) -> EventKind | None:
    return next((k for k, p in _occasions() if p.fullmatch(word)), None)


def medium_noun(text: str, start: int) -> bool:
    """The gathering noun starting at `start` is a medium ('video-conference', 'video
    conference', 'teleconference' told apart)."""
    return _medium_before().search(text[max(0, start - 8):start]) is not None


def medium_occasion(text: str, start: int, end: int, parse: Parse | None) -> EventKind | None:
    """The kind of the gathering held by the medium noun at [start, end): the noun it modifies
    ('video-conference rounds': talks) or the gathering word of the clause its phrase hangs
    from ('meet by video-conference for a week of discussions': talks; 'the summit, conducted
    via video conference': summit). None when the clause names no other gathering."""
    if parse is None or not medium_noun(text, start):
        return None
    i = parse.token_at(start, end)
    if i is None:
        return None
    toks = parse.tokens
    # the clause the medium hangs from: up to its first finite verb (or the root)
    top = i
    for a in parse.ancestors(i):
        top = a
        if toks[a].tag in ("VBD", "VBZ", "VBP", "MD") or toks[a].head == a:
            break
    # (the noun it modifies and the words of its clause, the medium's own phrase aside)
    above = set(parse.ancestors(i))
    found = [_kind_of(toks[j].text) for j in range(len(toks))
             if j != i and parse.in_subtree(j, top) and not parse.in_subtree(j, i)
             or j in above]
    kinds = {k for k in found if k}
    return next((k for k, _ in _occasions() if k in kinds), None)


@cache
def _by_medium() -> re.Pattern[str]:
    words = load_json("event_medium.json")["medium_before"]
    return re.compile(rf"\b(?:by|via|through|over)\s+(?:an?\s+)?(?:{words})[- ]?conferenc", re.I)


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.I)


def medium_told_before(text: str, start: int, before: list[str]) -> bool:
    """'the video conference' when a sentence before told a gathering held by video conference
    ('The summit, conducted via video conference, ...'): that gathering told again by its
    medium, not another one."""
    if not medium_noun(text, start):
        return False
    left = _medium_before().sub("", text[max(0, start - 20):start])
    return _DEFINITE.search(left) is not None and any(_by_medium().search(s) for s in before)
