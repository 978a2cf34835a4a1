"""Gathering words the parse shows report no gathering: "meet" whose object is a thing to
satisfy, wherever the parse puts that object ("the requirement ... has been difficult to meet",
"the targets were met", "the deadline it failed to meet"), and a gathering of a body the text
leaves unnamed, told only inside the condition of an "if" or "unless" clause ("if the directive
is nodded through at the next meeting of one of the ministerial councils").

The surface patterns of `event_nonevents` read the object right after the verb ("meet the
requirements"); the parse finds it before the verb too: the subject of a passive, of the
adjective a "to meet" hangs from, or the noun a relative clause of "meet" modifies."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.syntax import Parse, Token
from accords.data import load_json
from accords.extract.event_status import names_event, trigger
from accords.vocab import EventKind

_MEET_FORMS = frozenset({"meet", "meets", "met", "meeting"})
_RELATIVE = frozenset({"WDT", "WP", "IN"})  # which, who, that


@cache
def _met_things() -> frozenset[str]:
    """Nouns of a thing one satisfies or copes with (data/event_status.json "met_things")."""
    return frozenset(load_json("event_status.json")["met_things"])


def _children(toks: tuple[Token, ...], i: int) -> list[int]:
    return [k for k, t in enumerate(toks) if t.head == i and k != i]


def _subject_of(toks: tuple[Token, ...], i: int) -> int | None:
    return next((k for k in _children(toks, i) if toks[k].dep in ("nsubj", "nsubjpass")), None)


def _met_object(toks: tuple[Token, ...], i: int) -> int | None:
    """The noun the verb "meet" at i takes as its object, wherever the parse puts it: its
    direct object; the subject of its passive; the subject of the adjective or copula its
    infinitive hangs from ("... has been difficult to meet"); the noun its relative clause
    modifies ("the deadline it failed to meet")."""
    kids = _children(toks, i)
    # (a time the parse takes for the object is none: "hard to meet this season")
    obj = next((k for k in kids if toks[k].dep in ("dobj", "nsubjpass")
                and not _TIME_WORD.fullmatch(toks[k].text)), None)
    if obj is not None and toks[obj].tag not in _RELATIVE:
        return obj
    if obj is None and any(toks[k].dep in ("prep", "agent") for k in kids):
        return None  # "met with X", "met in Geneva": a sitting's own words
    up = i
    # (an infinitive: up through "difficult" / "failed" / "able" to the clause's verb, whose
    # subject is the thing met unless the object is a relative pronoun)
    while toks[up].dep in ("xcomp", "acomp") and toks[up].head != up:
        up = toks[up].head
        if obj is None and (subj := _subject_of(toks, up)) is not None:
            if toks[subj].tag not in _RELATIVE:
                return subj
            break
    if toks[up].dep in ("relcl", "acl") and toks[up].head != up:
        # the noun a relative clause modifies, when the clause's subject is another ("the
        # deadline it failed to meet") or its object is the relative pronoun ("the targets
        # which were met"); not "the group which is meeting today" (the noun sits)
        subj = _subject_of(toks, up)
        if obj is not None or subj is not None and toks[subj].tag not in _RELATIVE:
            return toks[up].head
    return None


def met_as_satisfied(text: str, parse: Parse | None) -> bool:
    """Every form of "meet" in the sentence is a verb whose object (by the parse) is a thing to
    satisfy (a requirement, a deadline, a target, a demand; data "met_things"), and no other
    word of it names a gathering: the sentence tells of a need met, no sitting."""
    if parse is None:
        return False
    toks = parse.tokens
    meets = [k for k, t in enumerate(toks) if t.text.lower() in _MEET_FORMS]
    if not meets:
        return False
    things = _met_things()
    for k in meets:
        if not toks[k].tag.startswith("VB"):
            return False  # "the meeting": a gathering's noun
        obj = _met_object(toks, k)
        if obj is None or toks[obj].text.lower() not in things:
            return False
    # (no other word of a gathering: "met the deadline set at the talks")
    rest = "".join(" " if k in meets else text[t.start:t.end] + " " for k, t in enumerate(toks))
    return not names_event(rest)


_CONDITION_MARKS = frozenset({"if", "unless"})
_TIME_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tomorrow|tonight|"
                        r"week|month|year|weekend|morning|afternoon|evening|season|quarter|day", re.I)
_UNNAMED_DETS = frozenset({"a", "an", "any", "another", "some"})
_PARTITIVE = frozenset({"one", "any", "some", "either", "each"})


def _in_condition(toks: tuple[Token, ...], i: int, parse: Parse) -> bool:
    """Token i stands in a clause marked "if" / "unless" (an adverbial clause of condition)."""
    for a in [i, *parse.ancestors(i)]:
        if toks[a].dep == "advcl" and any(toks[k].dep == "mark" and
                                          toks[k].text.lower() in _CONDITION_MARKS
                                          for k in _children(toks, a)):
            return True
    return False


def _unnamed(toks: tuple[Token, ...], i: int) -> bool:
    """The gathering's noun names no body that sits: an indefinite determiner ("any
    meeting", "a summit"), or an of-phrase whose object is partitive ("the next meeting of
    one of the councils")."""
    kids = _children(toks, i)
    if any(toks[k].dep == "det" and toks[k].text.lower() in _UNNAMED_DETS for k in kids):
        return True
    for k in kids:
        if toks[k].dep == "prep" and toks[k].text.lower() == "of":
            objs = [j for j in _children(toks, k) if toks[j].dep == "pobj"]
            if any(toks[j].text.lower() in _PARTITIVE for j in objs):
                return True
    return False


def trigger_noun(text: str, kind: EventKind, parse: Parse | None) -> int | None:
    """The token of the event's gathering word when the parse makes it a noun, else None."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return None
    i = parse.token_at(at.start(), at.end())
    return i if i is not None and parse.tokens[i].tag.startswith("NN") else None


def unnamed_in_condition(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's noun is a gathering of no named body ("any meeting", "the next meeting of
    one of the EU's councils"), told only inside an "if" / "unless" clause, with no time or
    name of its own in its phrase: only imagined, not held or set."""
    i = trigger_noun(text, kind, parse)
    if parse is None or i is None:
        return False
    toks = parse.tokens
    if not _in_condition(toks, i, parse) or not _unnamed(toks, i):
        return False
    inside = [k for k in range(len(toks)) if parse.in_subtree(k, i) and k != i]
    # (a named body or place, a number or a time in the noun's own phrase tells the sitting:
    # "any Group of Five meeting in Washington later this week")
    return not any(toks[k].tag in ("NNP", "NNPS", "CD") and not _under_partitive(toks, k, i, parse)
                   or _TIME_WORD.fullmatch(toks[k].text) for k in inside)


def _under_partitive(toks: tuple[Token, ...], k: int, i: int, parse: Parse) -> bool:
    """Token k hangs from the partitive word of the noun i's of-phrase ("one of the EU's
    councils": the EU names where the unnamed body is, not the body)."""
    return any(toks[a].text.lower() in _PARTITIVE and parse.in_subtree(a, i)
               for a in [k, *parse.ancestors(k)] if a != i)


_GENERIC_SUBJECTS = frozenset({"you"})
_GATHERING_NOUN_DETS = frozenset({"a", "an", "any"})


def _verb_above(toks: tuple[Token, ...], i: int, parse: Parse) -> int | None:
    return next((a for a in parse.ancestors(i) if toks[a].tag.startswith("VB")), None)


def generic_gathering(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's noun is an indefinite gathering ("a meeting") in a clause whose subject is
    the generic "you" ("It's not somewhere you can waltz into a meeting five minutes late"):
    any gathering of anyone, none held."""
    i = trigger_noun(text, kind, parse)
    if parse is None or i is None:
        return False
    toks = parse.tokens
    if not any(toks[k].dep == "det" and toks[k].text.lower() in _GATHERING_NOUN_DETS
               for k in _children(toks, i)):
        return False
    verb = _verb_above(toks, i, parse)
    subj = _subject_of(toks, verb) if verb is not None else None
    return subj is not None and toks[subj].text.lower() in _GENERIC_SUBJECTS


_UNNAMED_SIDES = frozenset({"nations", "countries", "governments", "states", "partners"})


def talks_with_others(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's noun is a bare plural ("talks", "meetings": no determiner, no owner) whose
    only side is "other nations" / "other countries": talks of a kind, no sitting the text
    tells ("an official who was directly involved in monetary talks with other nations")."""
    i = trigger_noun(text, kind, parse)
    if parse is None or i is None or parse.tokens[i].tag != "NNS":
        return False
    toks = parse.tokens
    kids = _children(toks, i)
    if any(toks[k].dep in ("det", "poss", "nummod") for k in kids):
        return False
    withs = [k for k in kids if toks[k].dep == "prep" and toks[k].text.lower() == "with"]
    if len(withs) != 1:
        return False
    sides = [j for j in _children(toks, withs[0]) if toks[j].dep == "pobj"]
    return len(sides) == 1 and toks[sides[0]].text.lower() in _UNNAMED_SIDES and \
        any(toks[k].dep == "amod" and toks[k].text.lower() == "other"
            for k in _children(toks, sides[0])) and \
        not any(toks[k].dep == "conj" for k in _children(toks, sides[0]))
