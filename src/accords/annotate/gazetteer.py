"""Names of states, their peoples, capitals and cities, international organizations and known
bodies, looked up in one compiled pattern.

The knowledge is in data files (countries.tsv, igos.tsv, organizations.tsv); this module only
indexes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

from accords.data import load_tsv


@dataclass(frozen=True)
class Place:
    """A gazetteer hit: `form` says how the text named the country."""

    start: int
    end: int
    text: str
    code: str  # ISO alpha-3, or IGO:XX
    form: str  # name | alias | demonym | capital | city | igo | body


@dataclass(frozen=True)
class Body:
    name: str
    country: str | None
    type: str
    aliases: tuple[str, ...]
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Gazetteer:
    pattern: re.Pattern[str]
    lookup: dict[str, tuple[str, str]]  # surface (case-folded for long names) -> (code, form)
    names: dict[str, str]  # code -> display name
    capitals: dict[str, str]  # code -> first capital
    bodies: dict[str, Body]  # key -> body
    places: dict[str, str]  # capital/city surface -> country code

    def find(self, text: str) -> list[Place]:
        out = []
        for m in self.pattern.finditer(text):
            if text[m.start() - 1:m.start()] == "<":
                continue  # a stock ticker, "<IFC>", names a company, not the organization
            surface = m.group(0)
            hit = self.lookup.get(surface) or self.lookup.get(surface.lower())
            if hit:
                out.append(Place(m.start(), m.end(), surface, hit[0], hit[1]))
        return out

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def body(self, surface: str) -> Body | None:
        return self.bodies.get(body_key(surface))


def body_key(name: str) -> str:
    """Spelling-insensitive key: transliterated, lower case, British spelling, no articles."""
    s = anyascii(name).lower().replace("’", "'")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"\b(the|of|for|and|republic|rue)\b", " ", s)
    s = s.replace("defense", "defence").replace("program ", "programme ").replace("organization",
                                                                                 "organisation")
    return " ".join(s.split())


def _split(field: str | None) -> list[str]:
    return [x.strip() for x in (field or "").split("|") if x.strip()]


def trie_regex(words: set[str]) -> str:
    """One regex for many words, as a trie: Python's `re` scans it in linear time, where a
    flat alternation of thousands of names would try each one at every position."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return emit(trie)


# Short surfaces that are also common English words or names are matched case-sensitively
# and only in their usual capitalisation; the rest case-insensitively when long enough.
_CASE_SENSITIVE_MAX = 4


@cache
def gazetteer() -> Gazetteer:
    lookup: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    places: dict[str, str] = {}

    def add(surface: str, code: str, form: str) -> None:
        key = surface if len(surface) <= _CASE_SENSITIVE_MAX else surface.lower()
        lookup.setdefault(key, (code, form))
        lookup.setdefault(surface, (code, form))

    for row in load_tsv("countries.tsv"):
        code = row["code"]
        names[code] = row["name"]
        add(row["name"], code, "name")
        for a in _split(row.get("aliases")):
            add(a, code, "alias")
        for d in _split(row.get("demonyms")):
            add(d, code, "demonym")
        caps = _split(row.get("capitals"))
        if caps:
            capitals[code] = caps[0]
        for c in caps:
            add(c, code, "capital")
            places[c] = code
        for c in _split(row.get("cities")):
            add(c, code, "city")
            places[c] = code
    for row in load_tsv("igos.tsv"):
        code = "IGO:" + row["code"]
        names[code] = row["name"]
        for a in [row["name"], *_split(row.get("aliases"))]:
            add(a, code, "igo")
    bodies: dict[str, Body] = {}
    for row in load_tsv("organizations.tsv"):
        body = Body(row["name"], row.get("country") or None, row.get("type") or "organization",
                    tuple(_split(row.get("aliases"))), tuple(_split(row.get("topics"))))
        for surface in (body.name, *body.aliases):
            bodies.setdefault(body_key(surface), body)
            if len(surface) > 3:
                add(surface, body.country or "", "body")
    pattern = re.compile(rf"(?<![\w-])(?:{trie_regex({s.lower() for s in lookup if s})})(?![\w-])",
                         re.I)
    return Gazetteer(pattern, lookup, names, capitals, bodies, places)
