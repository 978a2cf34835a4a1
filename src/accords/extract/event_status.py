"""Whether a reported event took place: held, planned, cancelled, or not an event at all
(negated or only imagined). Cue words are data (data/event_status.json), read around the
word that names the event."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accords.data import load_json
from accords.vocab import EventKind, EventStatus

# Words that name an event of each kind; the first of the kind's family in a sentence is the
# event's trigger, around which the status cues are read.
_TRIGGERS: dict[EventKind, str] = {
    EventKind.VISIT: r"visit\w*|trips?|tour(?:s|ed|ing)?|arriv\w*|travel\w*|hosted|received|welcomed"
                     r"|go|went|fl(?:y|ies|ew)|headed",
    EventKind.MEETING: r"meet(?:s|ing|ings)?|met|discuss\w*|conferred|gathered|convened|session",
    EventKind.TALKS: r"talks",
    EventKind.CALL: r"(?:tele)?phone|call|spoke",
    EventKind.SUMMIT: r"summit",
    EventKind.CONFERENCE: r"conference|session",
    EventKind.CEREMONY: r"ceremony",
}
_ANY_TRIGGER = re.compile(r"\b(?:" + "|".join(_TRIGGERS.values()) + r")\b", re.I)


@dataclass(frozen=True)
class _Cues:
    before: int
    after: int
    past: re.Pattern[str]
    classes: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]


@cache
def _cues() -> _Cues:
    table = load_json("event_status.json")
    return _Cues(int(table["window_before"]), int(table["window_after"]),
                 re.compile(rf"^(?:{table['past_triggers']})$", re.I),
                 tuple((name, re.compile(rf"\b(?:{b})\b", re.I), re.compile(rf"\b(?:{a})\b", re.I))
                       for name, b, a in table["classes"]))


def trigger(text: str, kind: EventKind) -> re.Match[str] | None:
    """The word of the sentence that names an event of this kind (or any event word)."""
    own = re.search(rf"\b(?:{_TRIGGERS[kind]})\b", text, re.I)
    return own or _ANY_TRIGGER.search(text)


def event_status(text: str, kind: EventKind) -> EventStatus | None:
    """The status of the event of this kind the sentence reports; None when the sentence
    negates it or only imagines it ('did not meet', 'could visit', 'invited him to visit')."""
    cues = _cues()
    at = trigger(text, kind)
    start, end = (at.start(), at.end()) if at else (0, len(text))
    before = text[max(0, start - cues.before):end]
    after = text[end:end + cues.after]
    past = bool(at and cues.past.match(at.group(0)))
    for name, b, a in cues.classes:
        if past and name in ("hypothetical", "planned"):
            continue
        if b.search(before) or a.search(after):
            if name in ("negated", "hypothetical"):
                return None
            return EventStatus(name)
    return EventStatus.HELD
