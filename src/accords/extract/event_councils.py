"""A sitting of an organization's body of member states' officials told by what it did, with no
meeting word: "the GATT Council yesterday adopted a panel's report", "after EU farm ministers
in Brussels endorsed a reform package". The council's or the ministers' act is the record of
a meeting of the member states (GUIDE: meetings between officials of different states), on
the day the sentence gives, at the place it names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from accords.annotate.gazetteer import gazetteer

# The organization (an IGO of the gazetteer, checked below), then its body of states'
# officials: its council, or its ministers (of one portfolio or none). Not its commission,
# secretariat or staff: those are the organization's own officials, not the states'.
_COUNCIL_ACTS = re.compile(
    r"\b(?P<org>[A-Z][A-Za-z-]{1,10}(?:\s+[A-Z][a-z]+){0,2})\s+"
    r"(?P<body>(?:(?:ruling|ministerial|governing|permanent)\s+)?[Cc]ouncil|"
    r"(?:(?:finance|foreign|farm|agriculture|agricultural|trade|economy|economics|energy|oil|"
    r"defence|defense|interior|justice|environment|fisheries|health)\s+)?ministers)"
    # where it sat: "in Luxembourg"
    r"(?:\s+in\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
    # when: "yesterday", "on Monday", "on June 16", "last night", "earlier today"
    r"(?:,?\s+(?P<day>yesterday|today|last\s+night|earlier\s+today|on\s+(?:Mon|Tues|Wednes|"
    r"Thurs|Fri|Satur|Sun)day|on\s+[A-Z][a-z]+\s+\d{1,2}),?)?"
    # what it did, told in the past: a decision of a sitting
    r"\s+(?P<act>adopted|endorsed|approved|agreed|decided|rejected|backed|accepted|"
    r"extended|renewed|imposed|lifted|voted|ratified|confirmed|elected|appointed)\b")
# The same body named by its head first: "the council of the International Cocoa Organization
# (ICCO) agreed rules"; the organization is the name after "of the" (or its short form in
# brackets), the body is the council, and its act follows the name.
_COUNCIL_OF_ACTS = re.compile(
    r"\b(?P<body>(?:(?:ruling|ministerial|governing|permanent)\s+)?[Cc]ouncil)\s+of\s+the\s+"
    r"(?P<org>(?:[A-Z][A-Za-z-]+\s+){0,5}[A-Z][A-Za-z-]+)(?:\s+\((?P<abbr>[A-Z]{2,8})\))?"
    r"\s+(?P<act>adopted|endorsed|approved|agreed|decided|rejected|backed|accepted|"
    r"extended|renewed|imposed|lifted|voted|ratified|confirmed|elected|appointed)\b")
# The day told after the act, in the act's own clause: "agreed rules ... late on Tuesday".
_DAY_AFTER_ACT = re.compile(r"^[^.;:]{0,90}?\b(?:yesterday|(?:late\s+|early\s+)?on\s+(?:Mon|Tues|"
                            r"Wednes|Thurs|Fri|Satur|Sun)day)\b")
# Told as a habit, a wish or someone's view, not a sitting: "ministers have long agreed",
# "as EC ministers agreed in principle last year" is still one; these are not.
_NOT_ONE_SITTING = re.compile(r"\b(?:usually|always|often|repeatedly|long|never|each\s+year|"
                              r"every\s+year|in\s+principle)\b", re.I)


@dataclass(frozen=True)
class CouncilAct:
    org: str  # the organization's code, "IGO:GATT"
    body: str  # as written: "GATT Council", "EC ministers"
    place: str | None  # a place the sentence names right after the body
    day: bool  # the sentence dates the act
    at: int  # where the body's name starts


def council_act(text: str) -> CouncilAct | None:
    """The sitting of an organization's council or ministers the sentence tells by its act,
    placed ("EC ministers in Luxembourg endorsed") or dated ("the GATT Council yesterday
    adopted"); None when neither is told, or the organization is none the gazetteer knows."""
    gaz = gazetteer()
    for m in _COUNCIL_ACTS.finditer(text):
        if not (m.group("place") or m.group("day")):
            continue  # "EC ministers agreed that ...": a position, told with no sitting
        if _NOT_ONE_SITTING.search(text[m.end("body"):m.end() + 25]):
            continue
        words = m.group("org").split()
        code = None
        for n in range(len(words)):  # the longest known name that ends right before the body
            hit = gaz.lookup.get(" ".join(words[n:]))
            if hit and hit[1] == "igo":
                code = hit[0]
                break
        if code is None:
            continue
        place = m.group("place")
        if place and (gaz.lookup.get(place) or ("", ""))[1] not in ("name", "capital", "city"):
            place = None  # "EC ministers in Principle": no place
        if place is None and not m.group("day"):
            continue
        org = " ".join(words[n:])
        return CouncilAct(code, f"{org} {m.group('body')}", place, bool(m.group("day")),
                          m.start("org") + len(" ".join(words[:n])) + (1 if n else 0))
    for m in _COUNCIL_OF_ACTS.finditer(text):
        # dated by a day in the act's clause (a position with no day is no sitting)
        if not _DAY_AFTER_ACT.search(text[m.end():]) \
                or _NOT_ONE_SITTING.search(text[m.end("body"):m.end() + 25]):
            continue
        hit = gaz.lookup.get(m.group("org")) or gaz.lookup.get(m.group("abbr") or "")
        if not hit or hit[1] != "igo":
            continue  # "the Supreme Council of the United Arab Emirates": one state's own
        short = m.group("abbr") or m.group("org")
        return CouncilAct(hit[0], f"{short} {m.group('body').lower()}", None, True,
                          m.start("body"))
    return None
