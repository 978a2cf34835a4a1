"""Gatherings of a private audience: a business, industry or party gathering that an official
may address is not a meeting between states (GUIDE: events are between officials of
different states or with international organizations). Blind audits found speeches 'to a
meeting of local businessmen', 'at an investment conference organised by a bank', 'to the
annual conference of a petroleum association' or at a meeting 'organised by the World
Economic Forum' recorded as diplomatic events; the name of the gathering says whose it is."""
from __future__ import annotations

import re

from accords.annotate.gazetteer import gazetteer
from accords.extract.event_status import words

# A gathering named by its noun, and the words that name it: up to five words before the noun
# (after a determiner, a possessive or a preposition) and its complement after it ('of oil
# industry executives', 'organised by the DBS, one of Singapore's four major banks', and after
# a comma ', held by the University of X's business school').
_NOUN = re.compile(r"\b(?:meetings?|conferences?|forums?|sessions?|seminars?|symposi(?:um|a)|"
                   r"conventions?|gatherings?|talks|congress)\b", re.I)
_LEFT = re.compile(r"(?:[\w’'.&-]+\s+){0,5}$")
_STOP_LEFT = re.compile(r".*\b(?:a|an|the|its|their|his|her|this|that|next|last|at|to|of|"
                        r"for|in|and|said|told)\s+", re.I | re.S)
_RIGHT = re.compile(r"^(?:,(?=\s+(?:organi[sz]ed|sponsored|hosted|held|arranged)\s+by))?"
                    r"\s+(?:of|for|organi[sz]ed by|sponsored by|hosted by|held by|"
                    r"arranged by)\s+[^;:()]{0,90}", re.I)
_RIGHT_END = re.compile(r"\s+(?:that|which|who|where|when|on|in|at|to|said|says|and said)\b|"
                        r"[,.](?!\s+(?:one|a|an)\s+of\b)", re.I)
# Other words of the sentence that name a meeting between people, a call or a visit: the
# gathering may be where it took place, not the event itself.
_OTHER_EVENT = re.compile(r"\b(?:met|meet|meets|meeting with|meetings with|talks with|"
                          r"talks between|visit\w*|phone|telephone|summit)\b", re.I)


def gathering_names(text: str) -> list[str]:
    """The name of each gathering the sentence names by its noun."""
    names = []
    for m in _NOUN.finditer(text):
        left = _LEFT.search(text[:m.start()])
        words = left.group(0) if left else ""
        stop = _STOP_LEFT.match(words)
        words = words[stop.end():] if stop else words
        right = _RIGHT.match(text[m.end():])
        tail = ""
        if right:
            tail = right.group(0)
            end = _RIGHT_END.search(tail, 4)
            tail = tail[:end.start()] if end else tail
        names.append(f"{words}{m.group(0)}{tail}")
    return names


def _private_name(name: str) -> bool:
    """A name with a word of a private audience once states' and organizations' names are
    taken out ('the European Union', 'the Soviet Union'), and no word of governments."""
    for place in sorted(gazetteer().find(name), key=lambda p: -p.start):
        if place.form == "igo":
            return False  # an organization of states hosts it
        name = name[:place.start] + name[place.end:]
    return bool(words("private_audiences").search(name)) and not words("public_audiences").search(name)


def private_gathering(text: str) -> bool:
    """Every gathering the sentence names is a private audience's ('told a meeting of local
    businessmen', 'an industry meeting in Dublin', 'a party conference'), and the sentence
    names no meeting of people, call or visit besides."""
    names = gathering_names(text)
    if not names or _OTHER_EVENT.search(text):
        return False
    return all(_private_name(n) for n in names)
