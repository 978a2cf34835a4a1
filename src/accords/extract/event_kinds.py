"""A meeting's kind read from the occasion's own noun. A record read from "meet" or "the
meeting" is a summit or a conference when the article names the occasion so:

- the purpose of the meeting: "A, B and C will meet President X for a summit through a video
  link" (the summit is what they meet for);
- an apposition naming it: "That meeting, the United Nations Monetary and Financial
  Conference, ..." (the meeting is the Conference);

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
_KINDS = {"summit": EventKind.SUMMIT, "conference": EventKind.CONFERENCE}


def _retitled(e: EventMention, kind: EventKind) -> None:
    e.kind = kind
    if e.title.startswith("Meeting "):
        e.title = kind.value.capitalize() + e.title[len("Meeting"):]


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
        # mention's own place and sides: it needs a fold into the antecedent's record, see
        # learned.md, evkind23)
