"""The title a gathering's record shows, rendered from its fields once the reports are joined.

Mentions carry the titles extraction gave them: the phrase the text names a gathering by
("EC farm ministers' meeting in Brussels") or, where the text gives none, a template of the
states the mention knew ("Talks of United States and Japan"). A record knows more than any of
its mentions: every participant the reports named and the place they agree on. A templated
title is rendered again from those fields ("George Shultz's talks with Japan in Tokyo"); a
phrase the text gave is kept, without the time words that the record's date already says
("Venice summit on Wednesday") and the words a cut phrase left dangling at its end. Titles are
rendered here only after the records are made: the joining of mentions never reads them.
"""
from __future__ import annotations

import re

from accords.annotate.gazetteer import gazetteer
from accords.data import load_json
from accords.records import Actor
from accords.vocab import EventKind

# A title from a template of sides: "Talks of United States and Japan", "Meeting of Suharto",
# "Summit between Ronald Reagan in Reykjavik" (extract/event_trips.py, event_meetings.py ...).
# (a place after the sides is the record's own place field, rendered again)
_TEMPLATE = re.compile(r"^(?P<noun>Meetings?|Talks|Summit|Conference|Calls?) (?:of|between) "
                       r"(?P<sides>.+?)(?: in [^,()]+)?$")
# When, not what: the record's date says it ("Brussels meeting on Monday", "... today").
_TIME_END = re.compile(
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|\s+(?:yesterday|today|tonight|tomorrow|earlier|later|recently|soon|next|last)"
    r"|\s+(?:this|next|last)\s+(?:week|weekend|month|year)"
    r"|\s+(?:later|earlier)\s+(?:this|in the)\s+(?:week|month|year)"
    r"|\s+and(?=\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))+$",
    re.I)  # ("on Monday and Tuesday": both days go)
# What a phrase cut at a word limit leaves at its end ("Summit of leaders of the", "... in
# Perthshire -"): a function word or a dash names nothing.
_DANGLING = re.compile(r"(?:\s+(?:of|the|a|an|and|or|for|to|in|on|at|with|by|from|other|its|"
                       r"their|his|her)|\s*[-–—:;,])+$", re.I)


def record_title(kind: EventKind, title: str, participants: list[Actor], place: str | None,
                 host: str | None, visiting: str | None, sides: bool = True) -> str:
    """The record's title: a template rendered again from the record's fields, a phrase of the
    text kept without trailing time words and cut-off words. `sides`: whether the record keeps
    its visiting state (a gathering of members has none, and its host is no side)."""
    template = _TEMPLATE.match(title)
    named = _template_states(template.group("sides"), participants) if template else None
    if template and named is not None:
        return _rendered(template.group("noun"), participants, place,
                         list(dict.fromkeys(c for c in (*named, visiting, host) if c))) or title
    kept = _DANGLING.sub("", _TIME_END.sub("", title)).strip()
    kept = kept if len(kept.split()) >= 2 or kept.lower() != kind.value else title
    return _with_sides(kind, kept, participants, place, visiting if sides else None,
                       host if sides else None)


# "Private talks", "Two-day ministerial meeting in Singapore", "Talks in London": a phrase of
# the text whose words, but for the place after them, name no one (no name, no acronym, no
# state); the record's fields say who met.
_PLACE_END = re.compile(r"\s+(?P<prep>in|at)\s+(?P<place>[A-Z][\w.'’-]*"
                        r"(?:\s+(?:[A-Z][\w.'’-]*|de|del|da|do|of|the|la|el))*)$")


def _names_a_side(phrase: str) -> bool:
    """Whether a phrase of the text names who meets: a capitalised word past its first (a body,
    a state, a person: "EC farm ministers' meeting", "Meeting of the Andean Council"), a first
    word that is an acronym or a state's name ("OPEC meeting", "Japanese talks"), or an "of"
    complement ("Meeting of coffee producers")."""
    words = phrase.split()
    if any(w[:1].isupper() for w in words[1:]) or " of " in f" {phrase} ":
        return True
    first = words[0].strip("'’s") if words else ""
    if sum(ch.isupper() for ch in first) >= 2 or any(ch.isdigit() for ch in first[:1]):
        return True
    # (a city's name says where, not who: "Brussels talks")
    return any(f.form not in ("capital", "city") for f in gazetteer().find(first))


_MANY = (EventKind.SUMMIT, EventKind.CONFERENCE, EventKind.CEREMONY)


def _with_sides(kind: EventKind, phrase: str, participants: list[Actor], place: str | None,
                visiting: str | None, host: str | None) -> str:
    """A phrase naming no one, with the sides the record holds: its people of two sides or
    more ("Private talks between A and B in Mexico City"), its one person ("Talks in London
    attended by A"), else, for talks or a call placed nowhere, its visiting and host states
    ("Trade talks between United States and Canada"); the place after them. A phrase naming a side is kept as the text gave it."""
    tail = _PLACE_END.search(phrase)
    base = phrase[:tail.start()] if tail else phrase
    where = tail.group("place") if tail else place
    prep = tail.group("prep") if tail else "in"
    if not base or _names_a_side(base) or kind in _MANY:
        # (a gathering of many is not identified by the few attendees the record names: one
        # leader among forty states, a speaker at a conference; its own phrase stays)
        return phrase
    gaz = gazetteer()
    named = [p for p in participants if p.name][:3]
    at = f" {prep} {where}" if where and where not in base else ""
    own = {p.country for p in named}
    bilateral = kind in (EventKind.TALKS, EventKind.CALL)
    if len(named) >= 2 and (len(own) >= 2 or None in own):
        return f"{base} between {_listed([p.name for p in named])}{at}"
    if named and bilateral and None not in own:
        # one side's people, talks with the other state: the visiting one, or the host when the
        # record has no place (a host may be no more than the venue's state)
        other = next((c for c in (visiting, None if where else host) if c and c not in own),
                     None)
        people = _listed([p.name for p in named])
        return f"{base} of {people}" + (f" with {gaz.name(other)}" if other else "") + at
    if named:
        return f"{base}{at} attended by {_listed([p.name for p in named])}"
    # two states, when no one is named, only for talks or a call held nowhere the record
    # knows: a host state is often no more than the venue's ("Conference in Geneva", a
    # meeting in Brussels is not one with Belgium), and a gathering of many has no two sides
    names = list(dict.fromkeys(gaz.name(c) for c in (visiting, host) if c))
    if len(names) >= 2 and not where and bilateral:
        return f"{base} between {names[0]} and {names[1]}{at}"
    return phrase


def _template_states(sides: str, participants: list[Actor]) -> list[str] | None:
    """The states a template's sides name, when its sides are only states, their capitals or
    the participants (what the record's fields say again, so rendering loses nothing the text
    gave); None for a phrase of the text."""
    gaz = gazetteer()
    people = {p.name for p in participants}
    states: list[str] = []
    for side in sides.split(" and "):
        side = side.strip()
        if side in people or side.lower() in _unnamed_sides():
            continue
        found = gaz.find(side)
        if not (len(found) == 1 and found[0].start == 0 and found[0].end == len(side)):
            return None
        states.append(found[0].code)
    return states


def _unnamed_sides() -> frozenset[str]:
    """'the two sides', 'both leaders': sides a text speaks of without naming them."""
    return frozenset(load_json("event_sides.json")["unnamed_sides"])


def _rendered(noun: str, participants: list[Actor], place: str | None,
              states: list[str]) -> str | None:
    """The title from the fields: the people of both sides, or one side's people with the other
    state, or the two states; the place after them. `states`: those the template named, then the
    record's visiting and host states."""
    gaz = gazetteer()
    named = [p for p in participants if p.name][:3]
    noun = noun.lower()
    own = {p.country for p in named if p.country}
    if len(named) >= 2 and (len(own) >= 2 or any(p.country is None for p in named)):
        # people of two sides (or of sides the text did not give): between them
        title = f"{noun.capitalize()} between {_listed([p.name for p in named])}"
    elif named:
        # one side's people: of them, with the other state
        # (a person of no known state has no "other" state: his own may be any of them)
        others = list(dict.fromkeys(gaz.name(c) for c in states if c not in own)) if own else []
        if place and len(states) < 2 and noun not in ("talks", "call", "calls"):
            # a gathering of many (no two sides), one of whom the text named: "Summit in Venice
            # attended by Mutsuki Kato" (not the host state as the other side)
            return f"{noun.capitalize()} in {place} attended by {_listed([p.name for p in named])}"
        title = f"{noun.capitalize()} of {_listed([p.name for p in named])}" + (
            f" with {others[0]}" if others else "")
    else:
        names = list(dict.fromkeys(gaz.name(c) for c in states))
        if len(names) >= 2:
            title = f"{noun.capitalize()} between {names[0]} and {names[1]}"
        elif place:
            return f"{noun.capitalize()} in {place}"  # the one state is where, said by the place
        else:
            return None
    if place and place not in title:
        title += f" in {place}"
    return title


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
