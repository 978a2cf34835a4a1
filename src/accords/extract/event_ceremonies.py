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
_WITNESSED_SIGNING = re.compile(
    r"\b(?:signed|signs|sign|signing|inked|initial(?:l)?(?:ed|ing)|initials)\b[^.;]*?"
    r"\b(?:in the presence of|witnessed by)\b",
    re.I)
# "the text was initialled by the two foreign ministers, A and B": officials of two states,
# told by their number, though their names alone may not say which states they serve.
_TWO_OFFICIALS = re.compile(
    r"\b(?:the|both)\s+two\s+(?:[a-z]+\s+){0,2}(?:ministers|leaders|presidents|premiers|"
    r"heads of (?:state|government)|envoys|negotiators|sides|governments)\b|"
    r"\bboth\s+(?:[a-z]+\s+){0,2}(?:ministers|leaders|presidents|premiers|governments)\b", re.I)


@cache
def _private() -> re.Pattern[str]:
    """Ceremonies of sport, worship or family life: not between governments."""
    words = load_json("event_status.json")["private_ceremonies"]
    return re.compile(rf"\b(?:{words})\s+ceremon", re.I)


def between_states(text: str, people: list[Actor]) -> bool:
    """The sentence reports a ceremony and names people of at least two states."""
    if not (CEREMONY.search(text) or _WITNESSED_SIGNING.search(text)) \
            or _private().search(text):
        return False
    states = {p.country for p in people if p.country}
    return len(states) >= 2 or bool(_TWO_OFFICIALS.search(text)) and len(people) >= 2
