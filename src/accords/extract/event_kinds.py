"""A meeting's kind read from the occasion's own noun. A record read from "meet" or "the
meeting" is a summit or a conference when the article names the occasion so:

- the purpose of the meeting: "A, B and C will meet President X for a summit through a video
  link" (the summit is what they meet for);
- an apposition naming it: "That meeting, the United Nations Monetary and Financial
  Conference, ..." (the meeting is the Conference);
- (not applied yet, see `told_before`) a bare definite "the meeting" told after a sentence
  about a conference or a summit that tells of no one meeting: "... a five-week conference
  ... The meeting, which finished over the weekend, ..." is that conference.

"X met Y on the sidelines of the summit" stays a meeting (no purpose, no apposition), and so
does "the meeting between A and B" (a meeting told apart by its own sides)."""
from __future__ import annotations

import re

from accords.annotate.context import DocContext
from accords.records import EventMention
from accords.vocab import EventKind

_FOR_A_SUMMIT = re.compile(
    r"\b(?:meet|meets|met|gather|gathered|convene|convened)\b(?P<gap>(?:[^.;]{0,120}?\s)?)"
    r"for\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?P<noun>summit|conference)\b", re.I)
# (the purpose hangs from the verb: the word before "for" is the verb, a name, a time or an
# adverb of the meeting, not a noun of a clause between: "meet to settle the agenda for the
# summit" prepares the summit)
_BEFORE_FOR = re.compile(r"(?:^|\s)(?:(?-i:[A-Z])[\w'’.-]*|\d[\w-]*|today|tomorrow|tonight|week|"
                         r"weekend|month|year|morning|afternoon|evening|again|together|here|"
                         r"there|virtually|online|link|video)\s*,?\s*$", re.I)
_INFINITIVE = re.compile(r"\bto\s+[a-z]", re.I)
_NAMED_AS = re.compile(
    r"\b(?:meeting|gathering|session)\s*,\s*(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+"
    r"(?:(?:of|on|for|and|&)\s+)?){1,8}(?-i:(?P<noun>Conference|Summit))\b", re.I)
_BARE_DEFINITE = re.compile(
    r"^\W*(?:The|That|This)\s+meeting\b(?!\s+(?:between|of|with|among|on|in|at)\b)"
    r"(?!\s+\w+\s+(?:between|with)\b)")
_OCCASION = re.compile(r"\b(?P<noun>meetings?|summits?|conferences?|talks|sessions?|"
                       r"consultations)\b", re.I)
_MEETING_TOLD = re.compile(r"\b(?:met|meet|meets|meeting)\b", re.I)
_REACH = 3
_KINDS = {"summit": EventKind.SUMMIT, "conference": EventKind.CONFERENCE}


def _retitled(e: EventMention, kind: EventKind) -> None:
    e.kind = kind
    if e.title.startswith("Meeting "):
        e.title = kind.value.capitalize() + e.title[len("Meeting"):]


def told_before(ctx: DocContext, index: int) -> EventKind | None:
    """The kind of the gathering the nearest sentence before that names one calls it, when
    that noun is a conference or a summit and the sentence tells of no one meeting."""
    for i in range(index - 1, max(-1, index - 1 - _REACH), -1):
        text = ctx.sentences[i].sentence.text
        nouns = [m.group("noun").lower().rstrip("s") for m in _OCCASION.finditer(text)]
        if not nouns:
            continue
        last = nouns[-1]
        if last in _KINDS and not _MEETING_TOLD.search(text):
            return _KINDS[last]
        return None
    return None


def occasion_kinds(ctx: DocContext, events: list[EventMention]) -> None:
    """Reads each meeting's kind from the noun the article gives its occasion (see above)."""
    for e in events:
        if e.kind != EventKind.MEETING:
            continue
        text = " ".join(ctx.sentences[e.sentence].sentence.text.split()) \
            if 0 <= e.sentence < len(ctx.sentences) else e.source.quote
        m = _FOR_A_SUMMIT.search(text)
        if m and (m.group("gap") and not _BEFORE_FOR.search(m.group("gap"))
                  or _INFINITIVE.search(m.group("gap"))):
            m = None
        m = m or _NAMED_AS.search(text)
        if m:
            _retitled(e, _KINDS[m.group("noun").lower()])
        # (a bare "the meeting" told after a conference or a summit is that gathering too,
        # but re-kinding the mention alone lets a second record of it through with the
        # mention's own place and sides: see learned.md, evkind23; `told_before` is kept for
        # the fold into the antecedent's record that it needs)
