"""One entity per person across spellings: Lukashenko / Łukašenka / Lukashenka."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from anyascii import anyascii
from rapidfuzz import fuzz

from accords.annotate.entities import office_words
from accords.annotate.gazetteer import gazetteer
from accords.records import Actor, Entity, content_id


@cache
def _key(name: str) -> tuple[str, str]:
    tokens = anyascii(name).lower().replace("'", "").split()
    return (tokens[0][:1] if len(tokens) > 1 else "", tokens[-1] if tokens else "")


@cache
def _words(name: str) -> tuple[str, ...]:
    return tuple(anyascii(name).lower().replace("'", "").split())


def ends_name(longer: str, shorter: str) -> bool:
    """The shorter name, of two words or more, is the longer one's last words: "De Keersmaeker"
    of "Paul de Keersmaeker" (a surname with a particle), "Santos Alvite" of "Fernando Santos
    Alvite" (a double surname). The first word of either is then no given name to compare."""
    words, end = _words(longer), _words(shorter)
    return 2 <= len(end) < len(words) and words[-len(end):] == end


def same_person(a: str, b: str) -> bool:
    if ends_name(a, b) or ends_name(b, a):
        return True
    (ia, la), (ib, lb) = _key(a), _key(b)
    if ia and ib and ia != ib:
        return False
    return fuzz.ratio(la, lb) >= 80


class PeopleIndex:
    """Clusters of names; canonical name is the most frequent full form (ASCII preferred)."""

    def __init__(self) -> None:
        self.clusters: list[list[Actor]] = []
        # Clusters by the first two letters of the surname: spellings of one name share
        # them (Lukashenko, Łukašenka, Lukashenka), so each name is compared with few others.
        self._buckets: dict[str, list[int]] = defaultdict(list)
        self._where: dict[str, int] = {}  # name -> its cluster

    def by_office(self, role: str | None, country: str | None) -> Actor | None:
        """The one person the reports give this office in this country, if exactly one."""
        if not role or not country:
            return None
        wanted = _office(role)
        hits = [self._best(c) for c in self.clusters
                if any(a.country == country and a.role and _office(a.role) == wanted
                       for a in c)]
        return hits[0] if len(hits) == 1 else None

    def add(self, actor: Actor) -> None:
        if not actor.name:
            return  # an unnamed office is resolved against the named people, not one of them
        bucket = _key(actor.name)[1][:2]
        for index in self._buckets[bucket]:
            cluster = self.clusters[index]
            if any(same_person(actor.name, other.name) and _countries_agree(actor, other)
                   for other in cluster):
                cluster.append(actor)
                self._where.setdefault(actor.name, index)
                return
        self.clusters.append([actor])
        self._buckets[bucket].append(len(self.clusters) - 1)
        self._where.setdefault(actor.name, len(self.clusters) - 1)

    def canonical(self, actor: Actor) -> Actor:
        index = self._where.get(actor.name)
        return self._best(self.clusters[index]) if index is not None else actor

    @staticmethod
    def _best(cluster: list[Actor]) -> Actor:
        counts = Counter(a.name for a in cluster if len(a.name.split()) >= 2)
        # (a name that is the last words of another of the cluster is that name cut short,
        # unless the other only puts a state's or a title's word before it: "Belgian Paul de
        # Keersmaeker", "Affairs Allen Wallis")
        def rank(n: str) -> tuple[bool, bool, int, bool, int]:
            cut = any(ends_name(m, n) and _name_word(m.split()[0]) for m in counts)
            titled = not _name_word(n.split()[0]) and any(ends_name(n, m) for m in counts)
            return (not cut, not titled, counts[n], anyascii(n) == n, len(n))
        name = max(counts, key=rank) if counts else cluster[0].name
        country = Counter(a.country for a in cluster if a.country).most_common(1)
        roles = Counter(a.role for a in cluster if a.role and a.role != "counterpart").most_common(1)
        return Actor(name, country[0][0] if country else None, "person",
                     roles[0][0] if roles else None)

    def entities(self) -> list[Entity]:
        out = []
        for cluster in self.clusters:
            best = self._best(cluster)
            aliases = sorted({a.name for a in cluster} - {best.name})
            out.append(Entity(content_id(best.name, prefix="p"), best.name, "person", best.country,
                              aliases))
        return out


_OFFICE_NOISE = {"minister", "ministry", "of", "for", "the", "and", "federal", "state"}
_OFFICE_SYNONYMS = {"interior": "internal affairs", "home": "internal affairs",
                    "defense": "defence", "foreign": "foreign affairs",
                    "external": "foreign affairs"}


def _office(role: str) -> frozenset[str]:
    """'Internal Affairs Minister', 'Minister for Internal Affairs', 'Interior Minister' -> one key."""
    text = role.lower()
    for word, canon in _OFFICE_SYNONYMS.items():
        text = re.sub(rf"\b{word}\b(?! affairs)", canon, text)
    return frozenset(w for w in re.findall(r"[a-z]+", text) if w not in _OFFICE_NOISE)


def _name_word(word: str) -> bool:
    """No state's name or its people's ("Belgian", "France's", by the gazetteer) and no word of
    an office or a portfolio ("Affairs", "President")."""
    hit = gazetteer().lookup.get(re.sub(r"['’]s$", "", word))
    return not (hit is not None and hit[1] in ("name", "alias", "demonym")
                or word in office_words())


def _countries_agree(a: Actor, b: Actor) -> bool:
    return not (a.country and b.country and a.country != b.country)
