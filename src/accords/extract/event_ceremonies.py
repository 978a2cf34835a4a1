"""Ceremonies between states: a signing, handover or welcome ceremony that officials of two
states attend (GUIDE: events include signing ceremonies). A ceremony of one state's own (an
inauguration, a medal ceremony) names no official of a second state and is no event here."""
from __future__ import annotations

import re
from functools import cache

from accords.data import load_json
from accords.records import Actor

CEREMONY = re.compile(r"\bceremon(?:y|ies)\b", re.I)
# A signing told with who witnessed it ("the pact was signed in Hanoi by the two ministers in
# the presence of both presidents"): a signing ceremony, though the word is not said.
_EVR4_WITNESSED_SIGNING = re.compile(
    r"\b(?:signed|signs|sign|signing|inked)\b[^.;]*?\b(?:in the presence of|witnessed by)\b",
    re.I)


@cache
def _private() -> re.Pattern[str]:
    """Ceremonies of sport, worship or family life: not between governments."""
    words = load_json("event_status.json")["private_ceremonies"]
    return re.compile(rf"\b(?:{words})\s+ceremon", re.I)


def between_states(text: str, people: list[Actor]) -> bool:
    """The sentence reports a ceremony and names people of at least two states."""
    if not (CEREMONY.search(text) or _EVR4_WITNESSED_SIGNING.search(text)) \
            or _private().search(text):
        return False
    return len({p.country for p in people if p.country}) >= 2
