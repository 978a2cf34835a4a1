"""Who sits on each side of a meeting the text names with 'with' or 'between': a meeting of a
government with banks, executives or its own opposition is not one between states (GUIDE:
events are between officials of different states or with international organizations)."""
from __future__ import annotations

import re

from accords.annotate.syntax import Parse
from accords.extract.event_status import words

_MEETING_WORD = re.compile(r"^(?:met|meets?|meetings?|talks|discussions?|discussed|"
                           r"negotiations?|held|hold|holds|holding)$", re.I)
_MET = re.compile(r"^(?:met|meets?|meeting)$", re.I)
# Without a parse: the word that names the meeting, then 'with' or 'between' close after it,
# and the phrase up to a preposition or a clause of its own.
_SIDES = re.compile(r"\b(?:met|meets?|meetings?|talks|discussions?|discussed|negotiations?)\b"
                    r"[^.;:]{0,30}?\b(?P<rel>with|between)\s+(?P<who>[^.;:]+)", re.I)
_END = re.compile(r"\s+(?:on|about|over|to|in|at|for|which|who|where|after|before|during|"
                  r"since|as|that|the|from\s+(?:the\s+)?\d)\b|\(|\s+-\s+", re.I)
_PARTS = re.compile(r",?\s+and\s+|,\s*", re.I)


def _is_private(part: str) -> bool:
    return bool(words("private_sides").search(part)) and not words("public_sides").search(part)


def _judge(rel: str, parts: list[str]) -> bool:
    """'between': the sides are the parts, one private side is enough; 'with': the parts are
    the people met, all of them private."""
    if not parts:
        return False
    if rel.lower() == "between":
        return any(_is_private(p) for p in parts)
    return all(_is_private(p) for p in parts)


def private_side(text: str, parse: Parse | None = None) -> bool:
    """The meeting the sentence names has a side of no state: 'talks between banks and
    Mexico', 'after a meeting with businessmen' (all the people met are private), 'talks
    between the government and the opposition'."""
    if parse is not None:
        return any(_judge(rel, parts) for rel, parts in _parsed_sides(text, parse))
    for m in _SIDES.finditer(text):
        who = m.group("who")
        end = _END.search(who)
        parts = [p for p in _PARTS.split(who[:end.start()] if end else who) if p.strip()]
        if _judge(m.group("rel"), parts):
            return True
    return False


def side_phrases(text: str, parse: Parse | None) -> list[str]:
    """The phrases that name who sits at the sentence's meetings: the clause's subject, the
    with/between and of-phrases, the people met. Empty without a parse or when the sentence
    names no side that way ("X and Y met")."""
    if parse is None:
        return []
    sides = [part for _, parts in _parsed_sides(text, parse) for part in parts]
    if sides:
        # and every clause's subject: "The British ambassador sought permission to meet
        # Chinese Foreign Minister Wang Yi" (the meeting word's own clause has none)
        toks = parse.tokens
        for i, t in enumerate(toks):
            if t.dep in ("nsubj", "nsubjpass"):
                own = [k for k in range(len(toks)) if _under(parse, k, i, [i])]
                sides.append(text[toks[min(own)].start:toks[max(own)].end])
    return sides


def _parsed_sides(text: str, parse: Parse) -> list[tuple[str, list[str]]]:
    """Each 'with'/'between' phrase of a meeting word: its conjoined nouns, each with its own
    modifiers (not the next conjunct's)."""
    toks = parse.tokens
    out = []
    for i, t in enumerate(toks):
        if t.dep == "dobj" and _MET.match(toks[t.head].text):
            first: int | None = i  # "met executives of ...": the people met, named as object
            rel = "with"
        elif t.dep == "prep" and t.text.lower() in ("with", "between") \
                and _MEETING_WORD.match(toks[t.head].text):
            first = next((j for j, c in enumerate(toks) if c.head == i and c.dep == "pobj"),
                         None)
            rel = t.text
        else:
            continue
        if first is None:
            continue
        of_side = next((j for j, c in enumerate(toks) if c.head == t.head and c.dep == "prep"
                        and c.text.lower() == "of" and j < i), None)
        of_obj = next((j for j, c in enumerate(toks) if of_side is not None
                       and c.head == of_side and c.dep == "pobj"), None)
        if of_obj is not None:
            # "a meeting of farm leaders with the ministers": who holds the meeting is named
            # by its of-phrase, a side as the clause's subject is (round-17 audit: a farm lobby)
            own = [k for k in range(len(toks)) if _under(parse, k, of_obj, [of_obj])]
            out.append(("with", [text[toks[min(own)].start:toks[max(own)].end]]))
        sides = [first]
        subject = _subject_of(parse, t.head)
        if subject is not None:
            # "Union leaders of 9,000 miners began talks with the government": the side that
            # holds the talks is named as the clause's subject
            own = [k for k in range(len(toks)) if _under(parse, k, subject, [subject])]
            out.append(("with", [text[toks[min(own)].start:toks[max(own)].end]]))
        for j in sides:  # the conjuncts of the first noun, and theirs
            sides += [k for k, c in enumerate(toks) if c.head == j and c.dep == "conj"
                      and k not in sides]
        parts = []
        for j in sides:
            own = [k for k in range(len(toks)) if _under(parse, k, j, sides)]
            parts.append(text[toks[min(own)].start:toks[max(own)].end])
        out.append((rel, parts))
    return out


def _subject_of(parse: Parse, word: int) -> int | None:
    """The subject of the meeting word's clause: of 'met' itself, or of the verb that holds
    the talks ('held talks', 'began talks')."""
    toks = parse.tokens
    heads = [word, toks[word].head]
    if toks[heads[1]].dep == "prep":
        # "the firm is in talks with the government": the talks hang from "in", whose verb
        # has the subject
        heads.append(toks[heads[1]].head)
    for head in heads:
        # (the nearest one before the verb: a wire dateline can be parsed as a subject too)
        subjects = [k for k, c in enumerate(toks) if c.head == head and c.dep == "nsubj"
                    and k < head]
        if subjects:
            return subjects[-1]
    return None


def _under(parse: Parse, k: int, side: int, sides: list[int]) -> bool:
    """Token k belongs to the phrase of `side`: in its subtree, not under another conjunct."""
    toks = parse.tokens
    while True:
        if k == side:
            return True
        if k in sides or toks[k].head == k or toks[k].dep == "cc" and toks[k].head == side:
            return False
        k = toks[k].head


# A company's chief: an executive title, with the company it heads named next to it ('Deutsche
# Bank AG joint chief executive X', 'X, chairman of Acme Corp'). A central bank's governor, the
# World Bank's president or a development bank's head act for states or for states together.
_EXEC_TITLE = (r"(?:joint\s+|deputy\s+|co-)?(?:chief\s+executive(?:\s+officer)?|chief|chairman|"
               r"chairwoman|managing\s+director|executive\s+director|CEO|boss|president|"
               r"head|director)")
_FIRM = (r"(?:[A-Z][\w&.'’-]*\s+){0,4}?(?:AG|Inc|Corp|Corporation|Co|Ltd|Limited|plc|PLC|LLC|"
         r"GmbH|SA|NV|Holdings|Group|Bank|Motors|Airlines|Airways|Petroleum|Oil)\b\.?")
_PUBLIC_FIRM = re.compile(r"\b(?:World|Central|Reserve|National|State|Development|Investment|"
                          r"Export-Import|People's|People’s|Federal)\s+Bank\b|\bBank\s+of\b|"
                          r"\bcentral\s+bank\b|\bstate-owned\b|\bstate\b", re.I)


# Words that call a named side a company ("low-cost carrier Virgin Blue", "the airline ...").
_FIRM_NOUN = (r"(?:airlines?|carriers?|banks?|compan(?:y|ies)|firms?|lenders?|insurers?|traders?|"
                  r"retailers?|operators?|manufacturers?|makers?|brands?|conglomerates?|"
                  r"start-?ups?|chains?)")


def named_as_company(text: str, name: str) -> bool:
    """The text tells the named side (which the NER may have taken for a person) as a company:
    called by a company noun ("carrier X"), named with a company word ("X Airlines"), owned or
    aided ("owns 51% of X", "state aid for X", "a stake in X"), or spoken of as "it" ("X says it
    is still in talks", "X, which"): a person is not. Talks of a company with one government are
    not talks of states (tenth audit)."""
    text = " ".join(text.split())
    full = r"\s+".join(re.escape(w) for w in name.split())
    if re.fullmatch(_FIRM, name) and not _PUBLIC_FIRM.search(name):
        return True
    return re.search(
        rf"\b{_FIRM_NOUN}\s+{full}\b|"
        rf"\b(?:owns?|owned|stakes?\s+in|shares\s+(?:of|in)|state aid for|bail\s*out of|"
        rf"bailout (?:for|of))\s+(?:[\d.]+\s*(?:%|per ?cent)\s+(?:of\s+)?)?{full}\b|"
        rf"\b{full}(?:['’]s)?\s+(?:says|said|has said|announced|confirmed|added|stated)\s+"
        rf"(?:that\s+)?it\b|\b{full},\s+which\b|"
        # "<Teck Hock and Co Pte Ltd>": the name with a company's suffix (eleventh audit)
        rf"\b{full}\s+(?:(?:and|&)\s+Co\b|(?:Pte|Ltd|Inc|Corp|plc|PLC|AG|GmbH|LLC|Sdn Bhd)\b)",
        text) is not None


def company_chief(text: str, name: str) -> bool:
    """The text names the person as a company's chief ('Deutsche Bank AG joint chief executive
    Friedrich Wilhelm Christians'): a meeting with them is one of a company, not a state's
    official (GUIDE: events are between officials of states or organizations of states)."""
    text = " ".join(text.split())
    surname = re.escape(name.split()[-1])
    full = r"\s+".join(re.escape(w) for w in name.split())
    before = re.compile(rf"(?P<firm>{_FIRM})(?:['’]s)?\s+{_EXEC_TITLE}\s+(?:{full}|"
                        rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname})\b")
    after = re.compile(rf"\b(?:{full}|{surname}),\s+(?:the\s+)?(?:[\w-]+\s+)?{_EXEC_TITLE}\s+"
                       rf"(?:of|at)\s+(?P<firm>{_FIRM})")
    for m in (*before.finditer(text), *after.finditer(text)):
        if not _PUBLIC_FIRM.search(m.group("firm")):
            return True
    return False
