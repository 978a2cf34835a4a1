"""A gathering word the parse shows tells no occasion of states: the gathering is only where a
speaker spoke ("He told reporters at an energy conference in Jakarta that ...", "At a meeting
in Thailand, the bank's president said ..."), the sentence says there is or will be none
("there most likely will not be fresh quota talks until September", "there will be no summit"),
or a side is only disposed to one ("the EC is willing to negotiate ... in a new round of trade
talks", "Iran is ready to hold talks"), with no day set (round-29 audit, evreal15).

Each reading is of the parse of the gathering's own noun, not of its words: the preposition
"at" it hangs from and the verb of saying that takes it; the existential "there" and the
negation of the copula it is the subject of; the adjective of disposition ("willing", "ready")
whose infinitive its phrase belongs to."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.syntax import Parse, Token
from accords.data import load_json
from accords.extract.event_senses import trigger_noun
from accords.vocab import EventKind

_INDEFINITE = frozenset({"a", "an"})
# A phrase inside the gathering's noun that names who sits or with whom: "a meeting of OPEC
# ministers", "a conference with the Chinese side", "talks between ...".
_SIDE_PREPS = frozenset({"of", "with", "between", "among", "involving"})
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "prep", "pobj", "det", "nummod",
                          "hmod", "hyph", "appos", "conj", "cc", "punct"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s"})
_NEGATION = frozenset({"not", "n't", "never"})
# Adjectives of disposition that take an infinitive ("willing to", "ready to"): a state of
# mind of a side, no occasion set.
_DISPOSED = frozenset({"willing", "unwilling", "ready", "prepared", "eager", "keen",
                       "reluctant", "loath", "open"})
_TIME_PREPS = frozenset({"before", "after", "until", "till", "since", "during", "ahead"})
_DAY_TOLD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|"
                       r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\btomorrow\b|"
                       r"\b(?:next|this)\s+(?:week|month)\b")


@cache
def _saying() -> frozenset[str]:
    """Verbs of saying and reporting (data/event_sides.json)."""
    return frozenset(load_json("event_sides.json")["reporting_verbs"])


def _names_inside(toks: tuple[Token, ...], i: int, parse: Parse) -> bool:
    """The noun's own phrase names a body or sides: a proper noun outside an "in"/"at" phrase
    of place ("an OPEC meeting"; "a meeting in Thailand" names none), a phrase of sides ("with
    X", "of Y"), or the one who hosts or chairs it ("hosted by X")."""
    # (anywhere in its phrase: the parse may hang "of" from the place, "a recent meeting in
    # Bergen of Nordic fishing states")
    for k in range(len(toks)):
        if toks[k].dep == "prep" and toks[k].text.lower() in _SIDE_PREPS and \
                k != i and parse.in_subtree(k, i):
            chain = [k, *parse.ancestors(k)]
            if all(toks[a].dep in _PHRASE_DEPS for a in chain[:chain.index(i)]):
                return True
    # "a conference on enterprise hosted by UK finance minister Gordon Brown": its host or
    # chair, an agent of a participle anywhere in its phrase (the parse may hang it lower)
    if any(toks[k].dep == "agent" and parse.in_subtree(k, i) for k in range(len(toks))):
        return True
    for k in range(len(toks)):
        if k == i or not parse.in_subtree(k, i) or toks[k].tag not in ("NNP", "NNPS"):
            continue
        chain = [k, *parse.ancestors(k)]
        if any(toks[a].dep not in _PHRASE_DEPS for a in chain[:chain.index(i)]):
            continue  # (a clause the parse hangs from the noun is no part of its name)
        under_place = any(toks[a].dep == "prep" and toks[a].text.lower() in ("in", "at", "near")
                          for a in chain[:chain.index(i)])
        if not under_place:
            return True
    return False


def venue_of_remarks(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The gathering's noun is indefinite ("a meeting", "an energy conference"), the object of
    "at" hanging from a verb of saying, and names no body or side of its own: it only places
    a speaker's words, no occasion of states is told."""
    i = trigger_noun(text, kind, parse)
    if parse is None or i is None or kind == EventKind.VISIT:
        return False
    toks = parse.tokens
    if toks[i].dep != "pobj":
        return False
    at = toks[i].head
    if toks[at].text.lower() != "at" or toks[at].head == at:
        return False
    verb = toks[at].head
    if toks[verb].text.lower() not in _saying() or not toks[verb].tag.startswith("VB"):
        return False
    if not any(toks[k].dep == "det" and toks[k].text.lower() in _INDEFINITE
               for k in parse.children(i)):
        return False
    # (several speakers at it are sides: "Iceland and Denmark said", "French and Soviet
    # foreign trade ministers said")
    subj = next((k for k in parse.children(verb) if toks[k].dep == "nsubj"), None)
    if subj is not None and any(toks[k].dep == "conj" and parse.in_subtree(k, subj)
                                for k in range(len(toks))):
        return False
    return not _names_inside(toks, i, parse)


def none_there(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The gathering's noun is what an existential "there be" denies: "there will not be
    talks until September", "there was no meeting"."""
    i = trigger_noun(text, kind, parse)
    if parse is None or i is None:
        return False
    toks = parse.tokens
    be = toks[i].head
    if be == i or toks[be].text.lower() not in _BE or toks[i].dep not in ("attr", "nsubj"):
        return False
    kids = parse.children(be)
    # ("there" the expletive, or where the parse hangs it from an adverb before the copula:
    # "there most likely will not be")
    if not any(toks[k].text.lower() == "there" and k < be and toks[k].dep in ("expl", "advmod")
               and be in parse.ancestors(k)[:3] for k in range(len(toks))):
        return False
    return any(toks[k].dep == "neg" and toks[k].text.lower() in _NEGATION for k in kids) or \
        any(toks[k].dep == "det" and toks[k].text.lower() == "no" for k in parse.children(i))


def only_disposed(text: str, kind: EventKind, parse: Parse | None, body_from: int = 0) -> bool:
    """The gathering's phrase belongs to the infinitive of an adjective of disposition ("is
    willing to negotiate ... in a new round of talks", "ready to hold talks"), and the
    sentence sets no day (after its dateline, which starts at `body_from`): a side's
    readiness, no occasion."""
    i = trigger_noun(text, kind, parse)
    if parse is None or i is None or _DAY_TOLD.search(text, body_from):
        return False
    toks = parse.tokens
    verb = next((a for a in parse.ancestors(i) if toks[a].tag.startswith("VB")), None)
    if verb is None or toks[verb].dep != "xcomp":
        return False
    # the gathering is what the infinitive does ("to hold talks", "to negotiate ... in a new
    # round of talks"), not a landmark of its time ("unwilling to hold positions ahead of the
    # G-7 meeting")
    chain = [i, *parse.ancestors(i)]
    for a in chain[:chain.index(verb)]:
        if toks[a].dep not in ("dobj", "pobj", "prep", "compound", "conj") or \
                toks[a].dep == "prep" and toks[a].text.lower() in _TIME_PREPS:
            return False
    adj = toks[verb].head
    return toks[adj].tag == "JJ" and toks[adj].text.lower() in _DISPOSED
