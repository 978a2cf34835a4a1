"""Gatherings whose sides the sentence names as firms or traders, not as states (GUIDE: an event
is one between officials of states or with an organization of states; a business meeting is
none): two companies each named with the state that owns or hosts it ("a meeting between
Algeria's X and Spain's Y", the state's possessive does not make the firm an official), and a
meeting owned by private people ("traders and roasters ... at the end of their meeting", "the
dealers' meeting")."""
from __future__ import annotations

import re
from collections.abc import Iterable

from accords.annotate.entities import body_type
from accords.annotate.gazetteer import Place, gazetteer
from accords.annotate.syntax import Parse
from accords.extract.event_sides import _SIDES, _is_private
from accords.extract.event_status import words

# The nouns that name a gathering the sides of which these rules read.
_GATHERING = re.compile(r"^(?:meetings?|talks|discussions?|negotiations?|conferences?|"
                        r"sessions?|gatherings?)$", re.I)
# "<state>'s <name>": the owner's possessive, then the name.
_OWNED = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.&'’ -]*?)['’]s?\s+(?P<name>\S.*)$")
# A word of a name: capitalized, a number, a parenthesized acronym, a short particle of a
# foreign or English name ("des", "et", "de", "of", "and").
_NAME_WORD = re.compile(r"^(?:\(?[A-Z0-9][\w.&'’/-]*\)?,?|\(?[A-Z]+\)|de|des|du|do|dos|da|das|"
                        r"del|della|di|la|le|et|e|y|von|van|der|den|al|el|of|and|&|-)$")
# Where the between-phrase ends: a preposition, a clause of its own (a name's parenthesized
# acronym belongs to it).
_STOP = re.compile(r"\s+(?:on|about|over|to|in|at|for|which|who|where|after|before|during|since|"
                   r"as|that|from|with|last|this|next)\b|\s+-\s+", re.I)
# Words that make a name one of a public body (a ministry, a council, a bank of the state):
# such a side acts for its state.
_PUBLIC_NAME = re.compile(
    r"\b(?:Ministry|Ministries|Department|Office|Government|Council|Commission|Committee|"
    r"Cabinet|Parliament|Assembly|Congress|Senate|Treasury|Embassy|Mission|Agency|Authority|"
    r"Central|Reserve|Army|Navy|Force|Police|Bureau|Secretariat|Presidency|Palace|Kremlin|"
    r"Delegation)\b", re.I)


def _subtree(parse: Parse, root: int) -> list[int]:
    toks = parse.tokens
    out = []
    for k in range(len(toks)):
        j = k
        while True:
            if j == root:
                out.append(k)
                break
            if toks[j].head == j:
                break
            j = toks[j].head
    return out


def _states(places: Iterable[Place]) -> list[Place]:
    return [p for p in places if not p.code.startswith("IGO:") and p.form in ("name", "alias")]


def owned_firms_between(text: str, places: Iterable[Place],
                        people: Iterable[tuple[int, int]] = ()) -> bool:
    """The gathering's "between" phrase names two or more sides, each a name owned by a state
    in the possessive ("between Algeria's Entreprise X (EX) and Spain's Y") that is no person,
    no state and no public body: the sides are the states' firms, not their officials. The
    caller asks it of a gathering whose sentence has no word of governments."""
    states = _states(places)
    people = list(people)
    # (the phrase read on the surface, up to a preposition or a clause of its own: the parse
    # of a foreign firm's name is no help, "Pedreiras Unidas do Alentejo" takes "do" for a verb)
    for m in _SIDES.finditer(text):
        if m.group("rel").lower() != "between":
            continue
        who = m.group("who")
        end = _STOP.search(who)
        start = m.start("who")
        stop = start + (end.start() if end else len(who))
        phrase = " ".join(text[start:stop].split())
        parts = [p.strip() for p in re.split(r",?\s+and\s+|,\s+", phrase) if p.strip()]
        if len(parts) < 2:
            continue
        if all(_owned_firm(p, states, text, start, stop, people) for p in parts):
            return True
    return False


def _owned_firm(part: str, states: list[Place], text: str, start: int, end: int,
                people: list[tuple[int, int]]) -> bool:
    m = _OWNED.match(part)
    if m is None:
        return False
    owner, name = m.group("owner").strip(), m.group("name").strip()
    if not any(p.text == owner and start <= p.start < end for p in states):
        return False
    if not all(_NAME_WORD.match(w) for w in name.split()) or not name[:1].isupper():
        return False
    if any(p.text == name or name.startswith(p.text) for p in states):
        return False  # "between Britain's and France's governments" reads no firm
    if _PUBLIC_NAME.search(name) or words("public_sides").search(name):
        return False
    # (a person of the sentence: "between France's Jean Dorat and Spain's Ana Ruiz")
    at = text.find(name.split()[0], start, end)
    if any(a <= at < b for a, b in people):
        return False
    known = gazetteer().body(name)
    if known is not None and known.type != "company":
        return False
    return body_type(name) != "government_body"


def private_holders(text: str, parse: Parse | None, dateline_end: int = 0) -> bool:
    """The gathering belongs to private people the sentence names: "European coffee traders
    and roasters may propose ... at the end of their meeting" (its possessive pronoun, read as
    its clause's subject; past a wire dateline the parse takes for the subject), "the dealers'
    meeting", "the trade federation meeting" (its owner or its modifier). Every one of them
    named by a private word and none by a public one."""
    if parse is None:
        return False
    toks = parse.tokens
    for i, t in enumerate(toks):
        if not _GATHERING.match(t.text) or not t.tag.startswith("NN"):
            continue
        kids = [k for k, c in enumerate(toks) if c.head == i and k != i]
        owner = next((k for k in kids if toks[k].dep == "poss"), None)
        holder: int | None = None
        if owner is not None and toks[owner].tag == "PRP$" \
                and toks[owner].text.lower() in ("their", "its"):
            holder = _clause_subject(parse, i, dateline_end)
        elif owner is not None:
            holder = owner
        if holder is not None:
            if _all_private(parse, text, holder):
                return True
            continue
        mods = [k for k in kids if toks[k].dep == "compound" and k < i]
        if mods:
            first = min(k for m in mods for k in _subtree(parse, m))
            phrase = text[toks[first].start:toks[i - 1].end]
            # (the private word is the modifier's head: "the trade federation meeting", not
            # "an executive committee meeting" of an organization of states)
            if _is_private(phrase) and any(m.end() == len(phrase)
                                           for m in words("private_sides").finditer(phrase)):
                return True
    return False


def _clause_subject(parse: Parse, word: int, dateline_end: int) -> int | None:
    """The subject of the nearest verb above the word; a subject inside a wire dateline
    ("AMSTERDAM, June 17 - European traders ...") gives way to its apposition after it."""
    toks = parse.tokens
    k = word
    for _ in range(len(toks)):
        if (toks[k].tag.startswith("VB") or toks[k].tag == "MD") \
                and not words("saying_verbs").fullmatch(toks[k].text):
            # (not a saying verb's: "X will meet Y, bankers said, after their meeting")
            subject = next((j for j, c in enumerate(toks) if c.head == k and j != k
                            and c.dep in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                if toks[subject].start < dateline_end:
                    return next((j for j, c in enumerate(toks) if c.head == subject
                                 and c.dep == "appos" and c.start >= dateline_end), None)
                return subject
        if toks[k].head == k:
            return None
        k = toks[k].head
    return None


def _all_private(parse: Parse, text: str, holder: int) -> bool:
    """The holder and its conjuncts, each with its own modifiers, are all named by a private
    word ("traders and roasters", "the bankers'")."""
    toks = parse.tokens
    sides = [holder]
    for j in sides:
        sides += [k for k, c in enumerate(toks) if c.head == j and c.dep == "conj"
                  and k not in sides]
    for j in sides:
        # (its own words up to it: the modifiers before it, not the conjuncts after it)
        own = [k for k in _subtree(parse, j) if k <= j and toks[k].dep not in ("cc", "case")]
        phrase = text[toks[min(own)].start:toks[j].end]
        if not _is_private(phrase):
            return False
    return True


def company_sitting(text: str, places: Iterable[Place]) -> bool:
    """The sentence's gathering is a company's or a society's meeting of its own members ("the
    statement issued after yesterday's ordinary general meeting", "approval at an extraordinary
    general meeting", "a shareholders' meeting"): members vote on one body's affairs, no sitting
    of states. Kept when the sentence names an organization of states (an IGO's annual general
    meeting of its governors: "the ADB will hold its annual general meeting in Cairo")."""
    if not words("company_sittings").search(text):
        return False
    return not any(p.code and p.code.startswith("IGO:") for p in places)


# The prepositions by which the subject of a clause takes part in the gathering: "banks have
# been too rigid in talks with ...", "the firms were at the meeting", "during talks".
_TAKING_PART = frozenset({"in", "at", "during", "into"})


def private_subject_in(parse: Parse | None, text: str, dateline_end: int = 0) -> bool:
    """A gathering noun the clause's subject takes part in through "in/at/during/into" on its
    own predicate ("some U.S. banks have been too rigid in talks with lesser developed
    countries", "the firms entered into talks with the government"), the subject and each of
    its conjuncts named by a private word (banks, firms, traders) and none by a public one: a
    meeting of private parties, or of a state with them, is no event between states (GUIDE).
    Not through a saying verb ("bankers said at the talks"), nor a gathering that is itself
    the subject or object of another verb ("analysts expect talks between X and Y")."""
    if parse is None:
        return False
    toks = parse.tokens
    for t in toks:
        if not _GATHERING.match(t.text) or not t.tag.startswith("NN") or t.dep != "pobj":
            continue
        prep = t.head
        if toks[prep].text.lower() not in _TAKING_PART or toks[prep].dep != "prep":
            continue
        pred = toks[prep].head
        if not (toks[pred].tag.startswith("VB") or toks[pred].tag.startswith("JJ")):
            continue
        if words("saying_verbs").fullmatch(toks[pred].text):
            continue
        # (an adjective's clause: "have been too rigid in talks", the copula's subject)
        verb = pred if toks[pred].tag.startswith("VB") else toks[pred].head
        if not toks[verb].tag.startswith("VB") or words("saying_verbs").fullmatch(toks[verb].text):
            continue
        subject = next((j for j, c in enumerate(toks) if c.head == verb and j != verb
                        and c.dep in ("nsubj", "nsubjpass")), None)
        if subject is None or toks[subject].start < dateline_end:
            continue
        if _all_private(parse, text, subject):
            return True
    return False
