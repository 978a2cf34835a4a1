"""Gatherings of one state's own people and gatherings that are a process, not a sitting.

- "Mr X held talks with Prime Minister Y on Friday over government plans": the sentence names
  both sides, Y of one state and X a person whom the article gives no state and no office
  anywhere; no other state, organization of states or guest is in the sentence, and the report
  is told from no other state. The other side of such a meeting is not the article's other
  state (one it names as a topic, "the Iraq war"): the meeting is that state's own (round-26
  audit, a party leader's talks with his own prime minister titled "Talks ... with Iraq").
- "The organization is to hold membership talks with both X and Y": accession or membership
  talks that no one named sits at and no day dates are the negotiation of joining, which runs
  for years, not a sitting (round-26 audit).
- "At a meeting chaired by Premier X on Monday, China's task force decided ...": a new
  gathering ("a meeting", not one told before) whose sentence names only office-holders of one
  state and no other state, organization of states or guest, with no "with", "between" or
  "and" in its own phrase, is that state's own; the article's other state (of its
  headline or other sentences) has no link of its own to it (round-27 audit, "Meeting of X
  with Russia" for a Chinese task force's meeting).
"""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.entities import PersonMention
from accords.annotate.gazetteer import gazetteer
from accords.annotate.told_from import told_from_state
from accords.data import load_json
from accords.extract.event_common import _OFFICIAL, _STATE_FORMS, _holds_office
from accords.extract.event_merge import _GUEST_SIDE, _of_another_state
from accords.records import Actor, EventMention
from accords.vocab import EventKind

# The verbs whose subject is one side of "A held talks with B" / "A met with B".
_GATHERING_VERBS = frozenset({"held", "holds", "hold", "holding", "met", "meets", "meet",
                              "meeting"})
# "X, Russia's foreign minister," / "X, the Iraqi envoy,": a state told right after a name.
_APPOSITION = re.compile(r"^\s*,\s+(?:the\s+|a\s+)?(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)")


def _subject_person(info: SentenceInfo) -> PersonMention | None:
    """The person the sentence names as the subject of its verb of holding talks or meeting
    (the parse's nsubj of held / met), or None."""
    parse = info.parse
    if parse is None:
        return None
    at = info.sentence.start
    for t in parse.tokens:
        if t.dep != "nsubj" or parse.tokens[t.head].text.lower() not in _GATHERING_VERBS:
            continue
        return next((p for p in info.people
                     if p.start <= at + t.start and at + t.end <= p.end), None)
    return None


def _told_with_another_state(ctx: DocContext, name: str, state: str) -> bool:
    """A sentence of the article gives the person another state than `state`: in a title before
    the name ("Iraqi Trade Minister X") or an apposition right after it ("X, Iraq's envoy,")."""
    if _of_another_state(ctx, name, state):
        return True
    last = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    gaz = gazetteer()
    for info in ctx.sentences:
        text = info.sentence.text
        for m in last.finditer(text):
            after = _APPOSITION.match(text[m.end():m.end() + 60])
            if after and any(p.code and p.code != state and p.form in (*_STATE_FORMS, "igo")
                             for p in gaz.find(after.group("state"))):
                return True
    return False


def _other_side_told(info: SentenceInfo, state: str | None) -> bool:
    """The sentence names a guest, or a place of a state other than `state` (a state, an
    organization of states, or a city: "ahead of a meeting in London to discuss Palestinian
    reforms, Mr Abbas said" is held abroad, with others): no one state's own gathering."""
    return _GUEST_SIDE.search(info.sentence.text) is not None or any(
        p.code and p.code != state for p in info.places)


def home_sides_named(ctx: DocContext, info: SentenceInfo, people: list[Actor],
                     two_sides: bool) -> bool:
    """"A held talks with B" (`two_sides`: the sentence names both sides) where B's people are
    of one state, A is a person the article gives no state and no office, nothing in the
    sentence names another state, an organization of states or a guest, and the report is not
    told from another state: one state's own meeting (a party leader with his prime minister)."""
    if not two_sides:
        return False
    states = {p.country for p in people if p.country}
    if len(states) != 1:
        return False
    (state,) = states
    if _other_side_told(info, state):
        return False
    if told_from_state(ctx) not in (None, state):
        return False  # "TOKYO - Mr X held talks with Treasury Secretary Y": X is the host's
    subject = _subject_person(info)
    if subject is None or subject.country or _OFFICIAL.search(subject.role or ""):
        return False
    known = ctx.person(subject.name)
    if known is not None and (known.country or _OFFICIAL.search(known.role or "")):
        return False
    if any(p.name == subject.name or p.name.split()[-1] == subject.name.split()[-1]
           for p in people if p.country or _holds_office(p)):
        return False  # the subject is one of the people with a state or an office
    return not _told_with_another_state(ctx, subject.name, state)


@cache
def _joining_talks() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{load_json('event_status.json')['joining_talks']})\b", re.I)


def joining_process(e: EventMention, text: str) -> bool:
    """Accession or membership talks ("is to hold membership talks with both X and Y") with no
    one named at them and no day: the negotiation of joining, not one sitting."""
    return e.kind == EventKind.TALKS and not e.participants and e.start is None \
        and _joining_talks().search(text) is not None


# A new gathering's own phrase: "a meeting chaired by ...", "an emergency meeting of ...".
_NEW_MEETING = re.compile(r"^(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session)\b", re.I)
_SIDE_IN_PHRASE = re.compile(r"\b(?:with|between|and)\b", re.I)


def one_state_meeting(ctx: DocContext, info: SentenceInfo, people: list[Actor],
                      phrase: str | None) -> bool:
    """A new meeting (its own phrase opens with "a"; `phrase` is None for one told before)
    that names no side after "with", "between" or "and", in a sentence whose people are all
    office-holders of one state and which names no other state, organization of states or
    guest, told from no other state: that state's own (a premier chairing a task force)."""
    if phrase is None or not _NEW_MEETING.match(phrase) or _SIDE_IN_PHRASE.search(phrase):
        return False
    if not people or not all(p.country and _holds_office(p) for p in people):
        return False
    states = {p.country for p in people}
    if len(states) != 1:
        return False
    (state,) = states
    if _other_side_told(info, state):
        return False
    return told_from_state(ctx) in (None, state)
