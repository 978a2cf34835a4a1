"""Compiled cue tables (instrument heads, status verbs, topic words) from the data files."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from accords.data import load_json, load_tsv
from accords.vocab import Kind, Status


@dataclass(frozen=True)
class Cues:
    instrument: re.Pattern[str]
    kind_of: tuple[tuple[Kind, re.Pattern[str]], ...]
    generic: frozenset[str]
    weak: frozenset[str]
    not_instrument: re.Pattern[str]
    status_before: tuple[tuple[Status, re.Pattern[str]], ...]
    status_after: tuple[tuple[Status, re.Pattern[str]], ...]
    topics: tuple[tuple[str, re.Pattern[str]], ...]
    suppresses: dict[str, tuple[str, ...]]
    between_states: frozenset[str]  # topics of states' dealings with each other by nature
    verbs: tuple[tuple[re.Pattern[str], str, Kind], ...] = ()
    # heads that are instruments only as what a stage verb acts on ("signed a plan for ...")
    staged_heads: tuple[tuple[Kind, re.Pattern[str]], ...] = ()
    stage_verb: re.Pattern[str] = re.compile(r"(?!x)x")
    # a cheap look for such a verb near such a head, either order ("the plan ... was signed")
    staged_near: re.Pattern[str] = re.compile(r"(?!x)x")
    # heads that are instruments only as what a gathering or organization of states adopts
    # ("the summit approved the OTS Strategy"), and those verbs
    adopted_heads: tuple[tuple[Kind, re.Pattern[str]], ...] = ()
    adopt_verb: re.Pattern[str] = re.compile(r"(?!x)x")
    # nouns for the instrument's own text or acts ("whose text was initialled")
    own_parts: frozenset[str] = frozenset()
    # a stage told by an adjective among the instrument's own modifiers ("long-suspended")
    status_modifiers: tuple[tuple[Status, re.Pattern[str]], ...] = ()


@cache
def cues() -> Cues:
    inst = load_json("instruments.json")
    table = [*inst["kinds"], *_headless_names(inst["kinds"])]
    kinds = [(Kind(k), re.compile(rf"^(?:{p})$", re.I)) for k, p in table]
    alternation = "|".join(p for _, p in table)
    st = load_json("status.json")
    tp = load_json("topics.json")
    return Cues(
        instrument=re.compile(rf"\b(?:{alternation})(?!\w)", re.I),
        kind_of=tuple(kinds),
        generic=frozenset(w.lower() for w in inst["generic"]),
        weak=frozenset(w.lower() for w in inst["weak"]),
        not_instrument=re.compile(rf"\b(?:{'|'.join(inst['not_instruments'])})\b", re.I),
        status_before=tuple((Status(s), re.compile(rf"\b(?:{p})\b", re.I))
                            for s, p in st["before"]),
        # (a relative clause says it too: "the accord, which was signed in May")
        # ... or one with its own subject: "an agenda that the two governments adopted in 2006"
        status_after=tuple((Status(s), re.compile(
            rf"^\W*(?:(?:which|that)\s+(?:(?:the|both|two|their|its|[A-Z][\w.-]*)\s+){{0,3}}?)?"
            rf"(?:(?:{st['before_auxiliary']})\s+(?=(?:was|were|has|have|had|is|are)\b))?"
            rf"(?:{p})\b", re.I)) for s, p in st["after"]),
        topics=tuple((t, re.compile(rf"(?:(?<=\W)|^)(?:{p})", re.I)) for t, p in tp["topics"].items()),
        suppresses={k: tuple(v) for k, v in tp["suppresses"].items()},
        between_states=frozenset(tp["between_states"]),
        verbs=tuple((re.compile(rf"\b(?:{v})\b", re.I), head, Kind(k))
                    for v, head, k in inst.get("verbs", [])),
        staged_heads=tuple((Kind(k), re.compile(rf"^(?:{p})$", re.I))
                           for p, k in inst["staged_heads"]),
        stage_verb=re.compile(rf"^(?:{inst['stage_verbs']})$", re.I),
        staged_near=_staged_near(inst["staged_heads"] + inst["adopted_heads"],
                                 f"{inst['stage_verbs']}|{inst['adopt_verbs']}"),
        adopted_heads=tuple((Kind(k), re.compile(rf"^(?:{p})$", re.I))
                            for p, k in inst["adopted_heads"]),
        adopt_verb=re.compile(rf"^(?:{inst['adopt_verbs']})$", re.I),
        own_parts=frozenset(w.lower() for w in inst["own_parts"]),
        status_modifiers=tuple((Status(s), re.compile(p, re.I)) for s, p in st["modifiers"]),
    )


def _staged_near(heads: list[list[str]], verbs: str) -> re.Pattern[str]:
    h = "|".join(p for p, _ in heads)
    return re.compile(rf"\b(?:(?:{verbs})\b[^.;]{{0,80}}?\b(?:{h})|(?:{h})\b[^.;]{{0,120}}?"
                      rf"\b(?:{verbs}))\b", re.I)


def _headless_names(kinds: list[list[str]]) -> list[list[str]]:
    """Names in named_instruments.tsv with no instrument noun of their own ("New START",
    "NAFTA", "USMCA"): each is an instrument head by itself ("agreed to extend New START"),
    written as the name is (case-sensitive: "a new start" is no treaty), of the row's kind."""
    noun = re.compile(rf"\b(?:{'|'.join(p for _, p in kinds)})(?!\w)", re.I)
    out = []
    for row in load_tsv("named_instruments.tsv"):
        names = [n for n in row["names"].split("|") if n and not noun.search(n)]
        if names:
            out.append([row.get("kind") or "agreement",
                        "(?-i:{})".format("|".join(re.escape(n).replace(r"\ ", r"[\s-]+")
                                                   for n in names))])
    return out


def kind_of(head: str) -> Kind:
    for kind, pattern in cues().kind_of:
        if pattern.match(head):
            return kind
    return Kind.AGREEMENT


def topics_in(text: str) -> list[str]:
    c = cues()
    found = [t for t, p in c.topics if p.search(text)]
    drop = {d for t in found for d in c.suppresses.get(t, ())}
    return [t for t in found if t not in drop]


def status_before(window: str) -> tuple[Status, int] | None:
    """The cue nearest the end of `window` (the instrument follows it), longest on a tie;
    with where the cue starts (the clause's subject ends there)."""
    best: tuple[int, int, int, Status] | None = None
    for status, pattern in cues().status_before:
        for m in pattern.finditer(window):
            key = (m.end(), m.end() - m.start())
            if best is None or key > best[:2]:
                best = (m.end(), m.end() - m.start(), m.start(), status)
    return (best[3], best[2]) if best else None


def status_of_modifiers(modifiers: str) -> Status | None:
    """The stage an adjective among an instrument's own modifiers tells ("the long-suspended
    accord", "the recently signed pact"), if any."""
    return next((s for s, p in cues().status_modifiers if p.search(modifiers)), None)


@cache
def _sitting() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v, re.I) for k, v in load_json("status.json")["sitting"].items()}


def sitting_body(sentence: str, start: int, end: int) -> bool:
    """Whether the joint body sentence[start:end] is told at a sitting of its own ("the 22nd
    session of the High Joint Commission", "agreed to hold a session of their joint
    commission", "the Joint Commission will hold its 11th meeting", "the commission,
    co-chaired by A and B, met"): a mechanism already at work. Not one the 80 characters
    before it found ("agreed to set up a joint commission, which will hold its first
    session"), nor one at a first sitting. Patterns in data/status.json ("sitting")."""
    t = _sitting()
    told_before = t["before"].search(sentence[:start])
    told_after = None if told_before else t["after"].search(sentence[end:])
    if told_before is None and told_after is None:
        return False
    own = told_after.group(0) if told_after else next(
        (m.group(0) for m in [t["sitting_words"].search(sentence[:start])] if m), "")
    return not t["first"].search(own) and not t["founding"].search(
        sentence[max(0, start - 80):start])


def status_after(window: str) -> Status | None:
    for status, pattern in cues().status_after:
        if pattern.search(window):
            return status
    return None
