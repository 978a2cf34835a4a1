"""Names of states, their peoples, capitals and cities, international organizations and known
bodies, looked up in one compiled pattern; and dated officeholders.

The knowledge is in data files: countries.tsv (from pycountry and countryinfo, with the hand
additions of countries_extra.tsv), cities.tsv (GeoNames), officeholders.tsv (Phoenix actor
dictionaries), igos.tsv, organizations.tsv; scripts/build_knowledge.py derives the first
three. state_ends.tsv (by hand) dates the states that have ended, so that a capital or city is
the state's that held it on an article's date (`Gazetteer.as_of`). This module only indexes
them, once, into read-only tables.

A city locates a place ("talks in Kashikojima") but is never a party: cities are in `places`
and `lookup` (form "city") but not in the pattern that finds parties in text. Names that are
also common words or personal names ("china clay", "Michael Jordan", "Atlanta, Georgia") are
told apart by case and context (rules in ambiguity.json).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType

from anyascii import anyascii

from accords.data import load_json, load_tsv


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
class Term:
    """One term of office: `country` is ISO alpha-3 or IGO:XX; dates ISO, "" when open."""

    name: str
    country: str
    role: str
    start: str
    end: str

    def covers(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass(frozen=True)
class Officeholders:
    """Who held which office when: by full name ("George P. Shultz" and "George Shultz" have
    one key) and by surname."""

    by_name: Mapping[str, tuple[Term, ...]]
    by_surname: Mapping[str, tuple[Term, ...]]

    def resolve(self, name: str, date: str | None) -> Term | None:
        """The term `name` held on `date` (the article's date, "" or None when unknown). A
        surname alone is resolved only when one person of that name held office then; a full
        name known out of office (before that date, or with no date) gives the country, without
        a role."""
        key = person_key(name)
        day = (date or "")[:10]
        if " " in key:
            terms = self.by_name.get(key, ())
            if not terms:
                return None
            current = [t for t in terms if day and t.covers(day)]
            if current:
                # Of two terms both open on that day, the one begun last: an earlier office
                # whose end the table lacks (a vice-president of one state who became
                # president of a new one) is the stale row.
                return max(current, key=lambda t: (bool(t.role), t.start))
            if day:  # a former officeholder keeps his country; a future one may not have it yet
                terms = tuple(t for t in terms if t.end and t.end < day)
            if terms and len({t.country for t in terms}) == 1:
                return Term(terms[0].name, terms[0].country, "", "", "")
            return None
        terms = self.by_surname.get(key, ())
        if day:
            terms = tuple(t for t in terms if t.covers(day))
        if len({t.name for t in terms}) != 1 or len({t.country for t in terms}) != 1:
            return None
        return terms[0] if day else Term(terms[0].name, terms[0].country, "", "", "")


_NOT_KEY = re.compile(r"\b(?:[a-z]|jr|sr)\b\.?|[^a-z' -]")


def person_key(name: str) -> str:
    """'George P. Shultz' -> 'george shultz': transliterated, no initials, lower case."""
    if not name.isascii():
        name = anyascii(name)
    return " ".join(_NOT_KEY.sub(" ", name.lower().replace(".", ". ")).split())


@dataclass(frozen=True)
class _Ambiguity:
    not_before: Mapping[str, frozenset[str]]  # surface -> next words that make it no place
    given_names: frozenset[str]  # "Chad Smith said"
    surnames: frozenset[str]  # "Michael Jordan"
    titles: frozenset[str]  # capitalized words before a surname that are not given names
    us_states: frozenset[str]  # "New Mexico", "the state of Georgia"
    us_state_before: re.Pattern[str]
    pair_only: frozenset[str]  # "Indo-Pak", "Pak-Afghan": a state only beside another one
    not_after: Mapping[str, frozenset[str]]  # surface -> words before it
    # that make it a region or a firm's name ("Latin America", "North American", "Bank of America")


def _in_name_pair(text: str, start: int, end: int) -> bool:
    """A name touching a hyphen is a name only beside another capitalized word: "Sino-British",
    "Pakistan-Belarus", "U.S.-led" (a name, then a suffix), not "anti-American" or "non-EU"."""
    if text[start - 1:start] == "-":
        before = re.search(r"([\w.]+)-$", text[max(0, start - 30):start])
        if before and not before.group(1)[:1].isupper():
            return False
    return True


def _in_company_tag(text: str, start: int, end: int) -> bool:
    """Inside a wire's company tag, "<Arabian Investment Banking Corp EC>": the tag names one
    firm, so an organization's acronym within it is a word of that name (the tag is one line,
    at most 80 characters)."""
    opened = text.rfind("<", max(0, start - 80), start)
    if opened < 0 or ">" in text[opened:start] or "\n" in text[opened:start]:
        return False
    closed = text.find(">", end, end + 80)
    return closed >= 0 and "<" not in text[end:closed] and "\n" not in text[end:closed]


# A word after a city's name that makes it a region, a sight or a street of the same name.
_SUBNATIONAL = re.compile(r"(?:state|province|region|county|territory|district|prefecture|"
                          r"island|islands|falls|lake|river|harbour|harbor|street|road|"
                          r"station|park|square|bridge|hotel|stadium|cross)", re.I)


@dataclass(frozen=True)
class Gazetteer:
    pattern: re.Pattern[str]
    lookup: Mapping[str, tuple[str, str]]  # surface (case-folded for long names) -> (code, form)
    names: Mapping[str, str]  # code -> display name
    capitals: Mapping[str, str]  # code -> first capital
    bodies: Mapping[str, Body]  # key -> body
    places: Mapping[str, str]  # capital/city surface -> country code
    exact: frozenset[str]  # surfaces as written in the data, for the case rule
    ambiguity: _Ambiguity
    # capital/city surface (lower case) -> (code, last day) of the states that have ended
    # (state_ends.tsv) and held it: Moscow was the Soviet Union's until 1991-12-25
    ended: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    ends: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # code -> last day, successor

    def find(self, text: str) -> list[Place]:
        out = []
        for m in self.pattern.finditer(text):
            if text[m.start() - 1:m.start()] == "<":
                continue  # a stock ticker, "<IFC>", names a company, not the organization
            surface = m.group(0)
            if not _in_name_pair(text, m.start(), m.end()):
                continue
            hit = self.lookup.get(surface) or self.lookup.get(surface.lower())
            if hit and hit[0].startswith("IGO:") and _in_company_tag(text, m.start(), m.end()):
                continue  # "<Arabian Investment Banking Corp EC>": a word of a firm's name
            if hit and not self._not_a_place(text, m.start(), m.end(), hit):
                out.append(Place(m.start(), m.end(), surface, hit[0], hit[1]))
        return out

    def _not_a_place(self, text: str, start: int, end: int, hit: tuple[str, str]) -> bool:
        """'china clay', 'Guinea pigs', 'Michael Jordan', 'Chad Smith said', 'Atlanta,
        Georgia', 'the state of Georgia', 'New Jersey': a name of a state that is not one."""
        surface = text[start:end]
        core = surface[4:] if surface[:4].lower() == "the " else surface
        if core[:1].islower() and surface not in self.exact:
            return True  # "china", "turkey": written in lower case, a common noun
        amb = self.ambiguity
        after = text[end:end + 30]
        if surface in amb.pair_only and not self._beside_state(text, start, end):
            return True  # "Indo-Pacific", "Pak Ui Chun": a combining form with no state beside
        nxt = re.match(r"\s+([\w'’-]+)", after)
        if nxt and nxt.group(1).lower() in amb.not_before.get(surface.title(), frozenset()):
            return True
        before = text[max(0, start - 40):start]
        prev_word = re.search(r"([A-Z][\w'’-]*(?:\s+of)?)\s+$", before)
        if prev_word and prev_word.group(1) in amb.not_after.get(surface, frozenset()):
            return True  # "Latin America", "North American", "Bank of America": no state
        title = surface.title()
        if title in amb.us_states:
            if amb.us_state_before.search(before):
                return True
            city = re.search(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?),\s*$", before)
            if city and self.places.get(city.group(1), hit[0]) != hit[0] and (
                    self.lookup.get(city.group(1)) or ("", "city"))[1] == "city":
                return True  # "Atlanta, Georgia": a state of another country
        if hit[1] in ("capital", "city"):
            if nxt and _SUBNATIONAL.fullmatch(nxt.group(1)):
                return True  # "Australia's Victoria state", "Victoria Harbour": no capital
            owner = re.search(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)(?:'s|’s)\s+$", before)
            if owner and (self.lookup.get(owner.group(1)) or ("", ""))[1] in ("name", "alias") \
                    and self.lookup[owner.group(1)][0] != hit[0]:
                return True  # "Australia's Victoria": a place of the state named, not SYC's
            return False
        if hit[1] not in ("name", "alias"):
            return False
        if surface in amb.surnames:
            prev = re.search(r"([A-Z][a-z]+)\s+$", before)
            if prev and not self.lookup.get(prev.group(1)) and prev.group(1) not in amb.titles:
                return True  # "Michael Jordan"
        if surface in amb.given_names and re.match(
                r"\s+[A-Z][a-z]+\s+(?:said|says|told|who|and his|and her)\b", after):
            return True  # "Chad Smith said"
        return False

    def _beside_state(self, text: str, start: int, end: int) -> bool:
        """Whether the name is hyphened to another state's name or adjective, after it
        ("Indo-Bangladesh", "Indo-Sri Lanka") or before it ("Sino-Indo", "Afghan-Pak")."""
        sides = []
        if text[end:end + 1] == "-":
            sides.append(self.pattern.match(text, end + 1))
        if text[start - 1:start] == "-":
            before = re.search(r"([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-$", text[max(0, start - 30):start])
            if before:
                sides.append(self.pattern.fullmatch(before.group(1)))
        for m in sides:
            hit = m and (self.lookup.get(m.group(0)) or self.lookup.get(m.group(0).lower()))
            if hit and hit[1] in ("name", "alias", "demonym") and not hit[0].startswith("IGO:"):
                return True
        return False

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    def state_then(self, surface: str, code: str, day: str | None) -> str:
        """The state that held the capital or city `surface`, which the gazetteer gives to
        `code`, on `day` (the article's date; today when unknown). Before a state ended
        (state_ends.tsv), a place its row lists is its own: Moscow on 1987-03-31 is the Soviet
        Union's, Prague the Czechoslovak state's. After, a place only an ended state's row lists
        is its successor's, when it has one: Leipzig in 2020 is Germany's."""
        on = (day or "")[:10]
        known = bool(on) and "X" not in on
        if code in self.ends:
            until, successor = self.ends[code]
            return successor if successor and (not known or on > until) else code
        if not known:
            return code
        for then, until in self.ended.get(surface.lower(), ()):
            if then != code and on <= until:
                return then
        return code

    def as_of(self, place: Place, day: str | None) -> Place:
        """`place` with the state that held it on `day` (`state_then`), for a capital or
        city; a name, alias or demonym says its state itself."""
        if place.form not in ("capital", "city"):
            return place
        code = self.state_then(place.text, place.code, day)
        return place if code == place.code else replace(place, code=code)

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


def _ambiguity() -> _Ambiguity:
    raw = load_json("ambiguity.json")
    return _Ambiguity(
        MappingProxyType({k: frozenset(v) for k, v in raw["not_before"].items()}),
        frozenset(raw["given_names"]), frozenset(raw["surnames"]),
        frozenset(raw["not_given_names"]), frozenset(raw["us_states"]),
        re.compile(raw["us_state_before"]), frozenset(raw.get("pair_only", ())),
        MappingProxyType({k: frozenset(v) for k, v in raw.get("not_after", {}).items()}))


@cache
def officeholders() -> Officeholders:
    """Loaded on first use: only the people of candidate sentences need it."""
    by_name: dict[str, list[Term]] = {}
    by_surname: dict[str, list[Term]] = {}
    for row in load_tsv("officeholders.tsv"):
        term = Term(row["name"], row["country"], row["role"], row["start"], row["end"])
        keys = {person_key(row["name"])} | {person_key(a) for a in _split(row["aliases"])}
        for key in keys:
            if " " in key and key.count(" ") <= 3:
                by_name.setdefault(key, []).append(term)
        by_surname.setdefault(person_key(row["name"]).split(" ")[-1], []).append(term)
    return Officeholders(MappingProxyType({k: tuple(v) for k, v in by_name.items()}),
                         MappingProxyType({k: tuple(v) for k, v in by_surname.items()}))


@cache
def gazetteer() -> Gazetteer:
    lookup: dict[str, tuple[str, str]] = {}
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    places: dict[str, str] = {}
    ends = {r["code"]: (r["until"], r["successor"]) for r in load_tsv("state_ends.tsv")}
    ended: dict[str, list[tuple[str, str]]] = {}

    surfaces: set[str] = set()

    def add(surface: str, code: str, form: str) -> None:
        surfaces.add(surface)
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
        # (current states come first in the file: Moscow is Russia's, not also the Soviet
        # Union's, which a historic row lists after it)
        for c in caps:
            add(c, code, "capital")
            places.setdefault(c, code)
        for c in _split(row.get("cities")):
            add(c, code, "city")
            places.setdefault(c, code)
        if code in ends:
            for c in caps + _split(row.get("cities")):
                ended.setdefault(c.lower(), []).append((code, ends[code][0]))
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
    # A name may stand in a hyphenated pair of names ("the Pakistan-Belarus roadmap", "the
    # U.S.-Japanese pact", "Sino-British"), not after a lower-case prefix ("anti-American",
    # "pro-Western") nor before a lower-case suffix ("China-based"): Gazetteer.find checks.
    pattern = re.compile(rf"(?<!\w)(?:{trie_regex({s.lower() for s in lookup if s})})(?!\w)",
                         re.I)
    exact = frozenset(surfaces)
    # GeoNames cities locate places; they are not in the pattern, so never found as parties.
    for row in load_tsv("cities.tsv"):
        places.setdefault(row["name"], row["country"])
        lookup.setdefault(row["name"], (row["country"], "city"))
    return Gazetteer(pattern, MappingProxyType(lookup), MappingProxyType(names),
                     MappingProxyType(capitals), MappingProxyType(bodies),
                     MappingProxyType(places), exact, _ambiguity(),
                     MappingProxyType({k: tuple(v) for k, v in ended.items()}),
                     MappingProxyType(ends))
