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
           and x.status == m.status and specific_words(x.title) != specific_words(m.title)
           for x in group):
        return False  # the same stage in two years under two names: a 1985 eurocredit, a
        # 1987 euroloan (one name twice is one instrument reported at two stages)
    return True


def _bare(m: AgreementMention) -> bool:
    return not specific_words(m.title) and not proper_key(m.name)


def corefer(mentions: list[AgreementMention]) -> list[AgreementMention]:
    """The document's mentions (in text order), each group named by its most specific member.
    Named mentions group first; a bare reference ("the agreement") then joins the nearest
    group before it that it can refer to (else the nearest after it)."""
    ordered = sorted(mentions, key=lambda x: (x.sentence, x.source.start))
    groups: list[list[AgreementMention]] = []
    bare = []
    for m in ordered:
        if _bare(m):
            bare.append(m)
            continue
        for g in groups:
            if _compatible(m, g):
                g.append(m)
                break
        else:
            groups.append([m])
    loose: list[AgreementMention] = []
    for m in bare:
        fits = [g for g in groups if _refers_to(m, g)]
        before = [g for g in fits if min(x.sentence for x in g) <= m.sentence]
        after = [g for g in fits if g not in before]
        if before:
            max(before, key=lambda g: max(x.sentence for x in g if x.sentence <= m.sentence)
                ).append(m)
        elif after:
            min(after, key=lambda g: min(x.sentence for x in g)).append(m)
        else:
            loose.append(m)
    for m in loose:  # bare references with nothing named to refer to: one instrument
        for g in groups:
            if all(_bare(x) for x in g) and _compatible(m, g):
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
                countries=list(rep.countries), parties=list(rep.parties), vague=rep.vague,
                name=rep.name))
    return out


def _refers_to(m: AgreementMention, group: list[AgreementMention]) -> bool:
    """Can a bare reference ("the agreement", "the treaty") mean this group's instrument?"""
    rep = max(group, key=_specific)
    if any(x.sentence == m.sentence for x in group):
        return False  # "the agreement and the protocol on its implementation": two
    if not (same_kind_family(m.kind, rep.kind) or _LOOSE.search(_name(m))):
        return False
    mt, rt = set(m.topics) - {"other"}, set(rep.topics) - {"other"}
    return not (mt and rt and not mt & rt)
