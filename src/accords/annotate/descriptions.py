"""States named by what they are: "the Pacific nation", "the island nation", "the Gulf state",
"the kingdom", "the former Soviet republic".

Such a definite description refers back to a state the article has named: the most recent one
that fits what the description says of it (its region or subregion, being an island, being a
kingdom or an emirate by its official name), and never the visitor's own state in "X's first
visit to the Pacific nation" (a visit goes to the host). The knowledge (state_descriptions.json,
country_facts.tsv, the GCC's members in igos.tsv) is loaded once into read-only tables; the
resolution reads one document only.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from accords.annotate.gazetteer import Place, gazetteer
from accords.data import load_json, load_tsv

# The forms by which a state is named, which a description can refer back to.
_NAMED_FORMS = ("name", "alias", "demonym", "capital")


@dataclass(frozen=True)
class _DrFacts:
    region: str
    subregion: str
    island: bool
    official: str


@dataclass(frozen=True)
class _DrKnowledge:
    pattern: re.Pattern[str]
    heads: Mapping[str, Mapping[str, object]]
    adjectives: Mapping[str, Mapping[str, object]]
    facts: Mapping[str, _DrFacts]
    members: Mapping[str, frozenset[str]]


@cache
def _knowledge() -> _DrKnowledge:
    raw = load_json("state_descriptions.json")
    also = set(raw["island_also"])
    facts = {r["code"]: _DrFacts(r["region"], r["subregion"],
                                 r["island"] == "yes" or r["code"] in also, r["official"])
             for r in load_tsv("country_facts.tsv")}
    members = {"IGO:" + r["code"]: frozenset(x for x in (r.get("members") or "").split("|") if x)
               for r in load_tsv("igos.tsv")}
    adjs = sorted(raw["adjectives"], key=len, reverse=True)
    adj = "|".join(re.escape(a) for a in adjs)
    head = "|".join(re.escape(h) for h in raw["heads"])
    # "the Pacific nation", "the oil-rich Gulf state", "the kingdom"; not "the Pacific nations"
    # (many), nor "the Gulf state of Qatar" (the name follows and is found by itself).
    pattern = re.compile(rf"\b[Tt]he\s+(?P<adj>(?:(?:{adj})\s+){{0,3}})(?P<head>{head})"
                         r"(?![\w-])(?!\s+of\s+[A-Z])", re.I)
    return _DrKnowledge(pattern, MappingProxyType(dict(raw["heads"])),
                        MappingProxyType(dict(raw["adjectives"])), MappingProxyType(facts),
                        MappingProxyType(members))


def _words(adjs: str, known: Sequence[str]) -> list[str] | None:
    """'oil-rich Gulf ' -> ['oil-rich', 'gulf'], the longest known adjectives first."""
    out, rest = [], adjs.lower().strip()
    while rest:
        hit = next((a for a in sorted(known, key=len, reverse=True)
                    if rest == a or rest.startswith(a + " ")), None)
        if hit is None:
            return None
        out.append(hit)
        rest = rest[len(hit):].strip()
    return out


def fits(adjs: str, head: str) -> Callable[[str], bool] | None:
    """What the description says of a state, as a test of a state code; None when it says
    nothing ('the country', 'the oil-rich nation': any state would do, so none is chosen)."""
    k = _knowledge()
    words = _words(adjs, list(k.adjectives))
    if words is None:
        return None
    rules = [dict(k.adjectives[w]) for w in words]
    head_rule = dict(k.heads[head.lower()])
    if head_rule.get("official") or head_rule.get("island"):
        rules.append(head_rule)
    if not any(r for r in rules) or (not words and not head_rule.get("bare")):
        return None

    def test(code: str) -> bool:
        f = k.facts.get(code)
        if f is None:
            return False
        for r in rules:
            if "region" in r and f.region not in r["region"]:  # type: ignore[operator]
                return False
            if "subregion" in r and f.subregion not in r["subregion"]:  # type: ignore[operator]
                return False
            if "island" in r and f.island != r["island"]:
                return False
            if "official" in r and str(r["official"]) not in f.official:
                return False
            if "igo" in r and code not in k.members.get("IGO:" + str(r["igo"]), frozenset()):
                return False
            if "codes" in r and code not in r["codes"]:  # type: ignore[operator]
                return False
        return True

    return test


# Whose visit the description is the destination of: "Luxon's first visit to", "X visited".
_VISITOR_NAME = r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
_VISITOR = re.compile(
    rf"(?:{_VISITOR_NAME}(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}(?:visit|trip|tour|stop|stay)\s+(?:to|in)"
    rf"|{_VISITOR_NAME.replace('who', 'sub')}\s+(?:(?:will|would|is\s+to|to|has|had|was|is)\s+)?"
    r"(?:visit(?:s|ed|ing)?|arrived\s+in|arrives\s+in|travell?ed\s+to|flew\s+to|"
    r"(?:is|was)\s+visiting))\s+$")


def _visitor_state(before: str, person_country: Callable[[str], str | None]) -> str | None:
    m = _VISITOR.search(before)
    if not m:
        return None
    tokens = (m.group("who") or m.group("sub")).split()
    gaz = gazetteer()
    for n in range(len(tokens), 0, -1):  # "Prime Minister Fumio Kishida" -> "Fumio Kishida"
        who = " ".join(tokens[-n:])
        hit = gaz.lookup.get(who) or gaz.lookup.get(who.lower())
        if hit and hit[1] in ("name", "alias", "demonym"):
            return hit[0]  # "New Zealand's first visit to"
        country = person_country(who)
        if country:
            return country
    return None


def describe(sentences: Sequence[tuple[str, list[Place]]],
             person_country: Callable[[str], str | None]) -> list[list[Place]]:
    """For each sentence (its text and the places found in it, in document order), the
    descriptions in it resolved to a state, as Places of form "description". `person_country`
    gives the state of a person the document names, for the visitor rule."""
    k = _knowledge()
    named: list[str] = []  # states named so far, in order
    out: list[list[Place]] = []
    for text, places in sentences:
        found: list[Place] = []
        own = sorted((p for p in places if p.form in _NAMED_FORMS and p.code
                      and not p.code.startswith("IGO:")), key=lambda p: p.start)
        for m in k.pattern.finditer(text):
            if any(p.start <= m.start("head") < p.end for p in places):
                continue  # the noun is part of a name the gazetteer found
            test = fits(m.group("adj"), m.group("head"))
            if test is None:
                continue
            visitor = _visitor_state(text[:m.start()], person_country)
            before = named + [p.code for p in own if p.end <= m.start()]
            code = next((c for c in reversed(before) if c != visitor and test(c)), None)
            if code:
                found.append(Place(m.start(), m.end(), m.group(0), code, "description"))
        named += [p.code for p in own]
        out.append(found)
    return out
