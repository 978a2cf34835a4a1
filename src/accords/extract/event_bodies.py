"""Sittings of a body of two states: "the Norwegian-Russian Joint Fisheries Commission will
hold its annual session in Kaliningrad", "the intergovernmental commission of Uzbekistan and
Kazakhstan met in Tashkent", "the India-Japan 2+2 dialogue". A meeting of the two
governments (GUIDE: meetings between officials of different states), whose states the
body's name gives; no person need be named."""
from __future__ import annotations

import re

from accords.annotate.gazetteer import gazetteer

# A joint body of governments (the gate of annotate/context.py lets a sentence through when
# body_states finds one of two states that sits).
# (also a body named by its own capitalized name after the pair of states: "the Saudi-Iraqi
# Coordination Council", not a business or a parliament's group: "the US-China Business Council")
_BODY_NOUN = (r"(?:(?:joint|intergovernmental|inter-governmental|bilateral)\s+"
                 r"(?:[\w-]+\s+){0,3}?(?:commission|committee|council|working\s+group)|"
                 r"(?:strategic|2\s*\+\s*2|two-plus-two)\s+(?:[\w-]+\s+){0,2}?dialogue|"
                 r"(?-i:(?!(?:Business|Trade|Chamber|Industry|Industrial|Friendship|Parliamentary|"
                 r"Investment|Olympic|Football|Cultural)\b)[A-Z][a-z-]+\s+"
                 r"(?:[A-Z][a-z-]+\s+)?(?:Council|Commission|Committee)))")
# Its two states: before it ("the Norwegian-Russian ...", "the India-Japan ...") or after it
# ("... between / of Kenya and Uganda").
_BODY_STATE = r"(?-i:[A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+)?)"
_PAIR_BEFORE = re.compile(rf"\b(?P<a>{_BODY_STATE})\s*[-–/]\s*(?P<b>{_BODY_STATE})\s+"
                             rf"(?:[\w-]+\s+){{0,2}}?{_BODY_NOUN}\b", re.I)
_PAIR_AFTER = re.compile(rf"\b{_BODY_NOUN}\s+(?:between|of)\s+(?:the\s+)?(?P<a>{_BODY_STATE})"
                            rf"\s+and\s+(?:the\s+)?(?P<b>{_BODY_STATE})", re.I)
# ... or as the subject of the clause that names it ("Morocco and Senegal agreed to set up a
# joint commission on fisheries and to hold its first session"): the states that set it up.
_PAIR_SUBJECT = re.compile(rf"\b(?P<a>{_BODY_STATE})\s+and\s+(?P<b>{_BODY_STATE})\s+"
                              rf"(?-i:[a-z])[^.;:]*?\b(?P<body>{_BODY_NOUN})\b", re.I)
# The body sits: "will hold its annual session", "held its third meeting", "met", "convened",
# "the session of the ... commission".
_SITS = re.compile(
    r"\b(?:hold|holds|held|holding|convene[sd]?|convening|open(?:s|ed)?|conclude[sd]?)\s+"
    # (also the body's own, named as its owner: "convene their joint commission's next meeting")
    r"(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:sessions?|meetings?|rounds?|sittings?)\b|"
    r"\b(?:sessions?|meetings?|sittings?|rounds?)\s+of\s+(?:the|their)\s+[^.;]{0,60}?"
    rf"{_BODY_NOUN}\b|"
    rf"{_BODY_NOUN}\s+(?:[^.;,]{{0,40}}?\s)?(?:met|meets|will\s+meet|is\s+to\s+meet|"
    r"convened|convenes|will\s+convene|gathered)\b", re.I)


def body_states(text: str) -> tuple[str, str, str] | None:
    """The two states of a joint body whose sitting the sentence tells, and its name as
    written, or None."""
    if not _SITS.search(text):
        return None
    return body_named(text)


# A sitting of a body the article named before: "The next session of the commission will be held
# in Moscow in 2022", "the committee's next meeting".
_SITS_BACK = re.compile(
    r"\b(?:sessions?|meetings?|sittings?)\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commission|committee|council)\b|"
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:commission|committee|council)(?:'s|’s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sessions?|meetings?|sittings?)\b", re.I)


def sits_again(text: str) -> bool:
    """The sentence tells a sitting of a commission, committee or council it does not name by
    its states (the one the article named before)."""
    return _SITS_BACK.search(text) is not None


def body_named(text: str) -> tuple[str, str, str] | None:
    """The two states of a joint body the text names, and its name as written, or None."""
    gaz = gazetteer()
    for pattern in (_PAIR_BEFORE, _PAIR_AFTER, _PAIR_SUBJECT):
        for m in pattern.finditer(text):
            codes = []
            for side, first in ((m.group("a"), False), (m.group("b"), True)):
                words = side.split()
                # "The Norwegian" / "Russian Joint": the state is the longest known end of
                # the first side and start of the second
                for n in range(len(words), 0, -1):
                    name = " ".join(words[:n] if first else words[-n:])
                    hit = gaz.lookup.get(name)
                    if hit and hit[1] in ("name", "alias", "demonym"):
                        codes.append(hit[0])
                        break
            if len(codes) == 2 and codes[0] != codes[1]:
                name = m.group("body") if "body" in m.groupdict() else m.group(0)
                name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
                return codes[0], codes[1], name
    return None
