"""One instrument, one set of names, within one article: bare references ("the deal", "the
accord", "the pact") and repeated names of an instrument the article has already named take that name, its
topics and parties, so consolidation sees one instrument, not five. Each mention keeps its
own quote, status, date and place: those are the history.

Two mentions stay apart when the text tells them apart: two items of one enumeration, two
different names, disjoint topics, no shared party, or the same stage in different years.
"""
from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from accords.naming import proper_key, specific_words
from accords.records import AgreementMention
from accords.vocab import same_kind_family

_LOOSE = re.compile(r"\b(?:accords?|deals?|pacts?|agreements?|understandings?)\b", re.I)


def _name(m: AgreementMention) -> str:
    return m.title.split(" between ")[0]


def _named(m: AgreementMention) -> bool:
    """A proper name inside the instrument's name: "the Louvre accord", "Kyoto protocol"."""
    return bool(proper_key(m.name)) and not m.vague


def _specific(m: AgreementMention) -> tuple[int, int, int, int, float]:
    topics = len(set(m.topics) - {"other"})
    return (int(not m.vague), int(_named(m)), int(not m.missing), topics + len(m.countries),
            m.score or 0.0)


def _compatible(m: AgreementMention, group: list[AgreementMention]) -> bool:
    rep = max(group, key=_specific)
    if any(x.sentence == m.sentence and _name(x) != _name(m) for x in group):
        return False  # two items of one enumeration
    if not (same_kind_family(m.kind, rep.kind) or _LOOSE.search(_name(m))
            or _LOOSE.search(_name(rep))):
        return False
    if not set(m.countries) & set(rep.countries) and not (
            proper_key(m.name) and proper_key(m.name) == proper_key(rep.name)):
        return False
    mt, rt = set(m.topics) - {"other"}, set(rep.topics) - {"other"}
    if mt and rt and not mt & rt:
        return False
    bare = not specific_words(m.title) and bool(_LOOSE.search(_name(m)))
    similar = any(specific_words(m.title) and specific_words(x.title) and fuzz.token_set_ratio(
        specific_words(m.title), specific_words(x.title)) >= 70 for x in group)
    if not (bare or similar):
        return False  # "the deal" refers; "a 925 mln dlr loan" names another instrument
    if any(x.explicit_date and m.explicit_date and x.date and m.date and x.date[:4] != m.date[:4]
           and x.status == m.status for x in group):
        return False  # the same stage in two years: two instruments (a 1985 and a 1987 loan)
    return True


def corefer(mentions: list[AgreementMention]) -> list[AgreementMention]:
    """The document's mentions (in text order), each group named by its most specific member."""
    groups: list[list[AgreementMention]] = []
    for m in sorted(mentions, key=lambda x: (x.sentence, x.source.start)):
        for g in groups:
            if _compatible(m, g):
                g.append(m)
                break
        else:
            groups.append([m])
    out = []
    for g in groups:
        rep = max(g, key=_specific)
        for m in g:
            out.append(m if m is rep else replace(
                m, kind=rep.kind, title=rep.title, topics=list(rep.topics),
                countries=list(rep.countries), parties=list(rep.parties), vague=rep.vague))
    return out
