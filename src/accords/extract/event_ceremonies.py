"""Ceremonies between states: a signing, handover or welcome ceremony that officials of two
states attend (GUIDE: events include signing ceremonies). A ceremony of one state's own (an
inauguration, a medal ceremony) names no official of a second state and is no event here."""
from __future__ import annotations

import re
from functools import cache

from accords.data import load_json
from accords.extract.event_offices import office_states
from accords.records import Actor

CEREMONY = re.compile(r"\bceremon(?:y|ies)\b", re.I)
# A signing told with who witnessed it ("the pact was signed in Hanoi by the two ministers in
# the presence of both presidents"): a signing ceremony, though the word is not said.
_WITNESSED_SIGNING = re.compile(
    r"\b(?:signed|signs|sign|signing|inked|initial(?:l)?(?:ed|ing)|initials)\b[^.;]*?"
    r"\b(?:in the presence of|witnessed by)\b",
    re.I)
# A signing told in the passive with where or when it took place before its signers ("the
# pact was signed in Cairo on Monday by Foreign Minister A and his Egyptian counterpart B"):
# the ceremony itself is told, though the word is not said. Without a place or a day before
# the agents ("a treaty signed by the two presidents in 2018") the signing is mostly background
# to the item, so it makes no event of its own.
_SIGNED_HERE_BY = re.compile(
    r"\b(?:was|were|been)\s+(?:formally\s+|officially\s+)?(?:signed|inked|initial(?:l)?ed)\s+"
    r"(?=(?:here|there|in\s|on\s|at\s|(?i:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
    r"today))"
    r"(?:(?:here|there|(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|"
    r"on\s+(?:[A-Z]\w+|\d{1,2})(?:\s+(?:[A-Z]\w+|\d{1,2}))?(?:,?\s+\d{4})?|"
    r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\s*,?\s*){1,3}by\b")
_COUNTERPART_OF_STATE = re.compile(r"\b(?:his|her)\s+[A-Z][a-z]+\s+counterpart\b")
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


# Where the signers are told: after the "by" of a passive signing or a witnessed one.
_SIGNERS_FROM = re.compile(r"\b(?:by|in the presence of|witnessed by)\s", re.I)
# A lender named by a reference in lower case before its officer's title ("the fund's director
# general X", "the bank's vice-president for Africa, Y").
_LENDER_REFERENCE = re.compile(r"\b(?:the\s+)?(?:fund|bank)(?:'s|’s)\s", re.I)


def lender_officer(text: str, people: list[Actor],
                   organizations: list[tuple[int, int]]) -> bool:
    """Among the signers of a signing the sentence tells, one is an officer of an
    intergovernmental body or of a lender named by the title before the name ("by ADB
    Vice-President X and Finance Secretary Y", "by SFD managing director X and Senegalese
    Minister of Finance Y", "by the fund's director general X and ..."), another an official
    of a state: officials of two sides (GUIDE: signing ceremonies between officials of
    different states or with IGO officials). `organizations` are the spans of the bodies the
    gazetteer does not know in `text` (a firm's is no lender's: that signing is a firm's)."""
    by = _SIGNERS_FROM.search(text)
    if by is None or len(people) < 2:
        return False
    if not any(p.country and not p.country.startswith("IGO:") or p.role and p.country is None
               for p in people):
        return False  # (no official of a state among them)
    signers = sorted(((at, p) for p in people
                      if (at := text.find(p.name.split()[-1], by.end())) >= 0),
                     key=lambda pair: pair[0])
    before = by.end()
    for at, p in signers:
        title = text[before:at]
        if p.country and p.country.startswith("IGO:"):
            return True
        if p.country is None and (
                _LENDER_REFERENCE.search(title)
                or any(before <= a and b <= at and not _firm(text[a:b])
                       for a, b in organizations)):
            return True
        before = at + len(p.name.split()[-1])
    return False


def _firm(name: str) -> bool:
    from accords.annotate.gazetteer import gazetteer
    body = gazetteer().body(name)
    return body is not None and body.type == "company"


def between_states(text: str, people: list[Actor], lender: bool = False) -> bool:
    """The sentence reports a ceremony and names people of at least two states (or of a state
    and of a lender or intergovernmental body, `lender`: see `lender_officer`)."""
    told = CEREMONY.search(text) or _WITNESSED_SIGNING.search(text)
    signed_by = _SIGNED_HERE_BY.search(text)
    if not (told or signed_by) or _private().search(text):
        return False
    states = {p.country for p in people if p.country}
    if signed_by and not told:
        if len(people) < 2:
            return False  # the signers are named: a pair of people, not one or none
        # The signers' states also by their offices ("by the British ambassador, Sir X"), and
        # "A and his Egyptian counterpart B": A serves a state other than the counterpart's.
        states |= set(office_states(text))
        if _COUNTERPART_OF_STATE.search(text):
            states.add("(the counterpart's partner)")
    if lender:
        states.add("(the lender)")
    return len(states) >= 2 or bool(_TWO_OFFICIALS.search(text)) and len(people) >= 2
