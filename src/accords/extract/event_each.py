"""Gatherings a sentence tells as each side's own, read by the parse: "Wang blamed the US,
while Pompeo hit out at China, in their respective meetings with their counterparts", "the two
envoys met the mediator separately", "in separate talks with Seoul". The people of such a
sentence each sat at a gathering of their own, not at one together: a neighbour's gathering
("The meetings were dominated by US-China tensions") does not borrow them as its sides, which
would pair two people who never met (round-26 audit, events 45)."""
from __future__ import annotations

from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.extract.event_people import points_back

# The nouns and verbs of a gathering the words of data/event_status.json "each_own" modify.
_GATHERING_NOUNS = frozenset({"meeting", "meetings", "talks", "conference", "conferences",
                              "summit", "summits", "session", "sessions", "discussions",
                              "negotiations", "call", "calls", "visit", "visits", "audience",
                              "audiences"})
_GATHERING_VERBS = frozenset({"meet", "meets", "met", "meeting", "talk", "talks", "talked",
                              "talking", "visit", "visits", "visited", "visiting", "hold",
                              "holds", "held", "holding", "speak", "spoke", "spoken",
                              "speaking", "call", "calls", "called", "confer", "conferred"})


@cache
def _each_own() -> frozenset[str]:
    """data/event_status.json "each_own": "respective", "separate", "separately", ..."""
    return frozenset(load_json("event_status.json")["each_own"])


def each_own_gathering(parse: Parse | None) -> bool:
    """The sentence tells of gatherings each of its sides held on its own: a word of
    "each_own" modifies a gathering noun ("their respective meetings", "separate talks") or a
    verb of gathering ("met ... separately", "were visited individually")."""
    if parse is None:
        return False
    toks = parse.tokens
    words = _each_own()
    for t in toks:
        if t.text.lower() not in words or t.head < 0 or t.head >= len(toks):
            continue
        head = toks[t.head].text.lower()
        if t.dep == "amod" and head in _GATHERING_NOUNS:
            return True
        if t.dep == "advmod" and head in _GATHERING_VERBS:
            return True
    return False


# Plural gathering nouns: "the meetings" names several gatherings, not one.
_PLURALS = frozenset({"meetings", "conferences", "summits", "sessions", "calls", "visits"})


def separate_ones_back(ctx: DocContext, info: SentenceInfo, noun: str, start: int,
                       end: int) -> bool:
    """The sentence's gathering noun is a plural that points back ("The meetings were
    dominated by US-China tensions") while a sentence next to it tells each side at a gathering
    of its own ("in their respective meetings with their counterparts"): the noun names those
    several gatherings, not one of its own between the sides."""
    if noun.lower() not in _PLURALS or not points_back(info.sentence.text, start, end):
        return False
    at = info.sentence.index
    return any(each_own_gathering(i.parse) for i in ctx.sentences[max(0, at - 2):at + 3]
               if i.sentence.index != at)
