"""One instrument, one set of names, within one article: bare references ("the deal", "the
accord", "the pact") and repeated names of an instrument the article has already named take that name, its
topics and parties, so consolidation sees one instrument, not five. Each mention keeps its
own quote, status, date and place: those are the history.

Two mentions stay apart when the text tells them apart: two items of one enumeration, two
different names, disjoint topics, no shared party, or the same stage in different years.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import fuzz

from accords.annotate.gazetteer import gazetteer
from accords.extract.parties import merge_actors
from accords.naming import (
    amounts,
    instrument_age,
    name_words,
    named_alike,
    proper_key,
    rank_at_date,
    specific_words,
)
from accords.records import Actor, AgreementMention
from accords.vocab import Kind, Status, same_kind_family

_LOOSE = re.compile(r"\b(?:accords?|deals?|pacts?|agreements?|understandings?)\b", re.I)
# A name that says it adds to another instrument ("the Additional Agreement", "a supplementary
# protocol") names a second instrument beside the one it supplements ("the 1991 Agreement").
# "an agreement", "a new deal": the article brings in an instrument, it does not refer back
_INDEFINITE = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "a further accord", "another pact", "an earlier agreement": one more of a series, never the
# instrument the article already told
# ("a second swap agreement", "a first border accord": an ordinal counts instruments of a
# series, so the one it counts is not the other one the article tells)
_ONE_MORE_OF_SERIES = re.compile(
    r"\b(?:an?\s+(?:further|earlier|previous|prior|first|second|third|fourth|fifth)|another)"
    r"\s+(?:[\w-]+\s+){0,2}$", re.I)
_SUPPLEMENT = re.compile(r"\b(?:additional|supplementary|supplemental|amending)\b", re.I)


def one_more_of_series(m: AgreementMention) -> bool:
    """Written as one more of a series ("a further accord", "another pact"), with no name of
    its own ("an earlier Paris accord" is the Paris accord)."""
    if proper_key(m.name or ""):
        return False
    # (the phrase may start at its determiner: "another defence agreement" is its name)
    start = m.source.quote[:m.at_in_quote]
    if m.name and m.source.quote[m.at_in_quote:].lower().startswith(m.name.lower()):
        start += m.name.split(" ", 1)[0] + " "
    return bool(_ONE_MORE_OF_SERIES.search(start))


# The object of a verb of extension: "extended their swap agreement", "renews the 2018 accord"
_EXTENDED = re.compile(r"\b(?:extend|renew)(?:s|ed|ing)?\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,3}$",
                       re.I)


def extends_earlier(m: AgreementMention) -> bool:
    """Told as the extension of an instrument ("agreed to extend their swap agreement"): per
    the GUIDE a deal and its extension are one item, so the extension's day is a later stage
    of the instrument signed before, not a second signing."""
    return bool(_EXTENDED.search(m.source.quote[:m.at_in_quote]))


def supplements(a: AgreementMention, b: AgreementMention) -> bool:
    """One of two named mentions calls itself additional to an instrument, the other not."""
    return bool(_SUPPLEMENT.search(a.name or "")) != bool(_SUPPLEMENT.search(b.name or ""))


def _name(m: AgreementMention) -> str:
    return m.title.split(" between ")[0]


_BODY = re.compile(r"\b(commission|committee|council|working group|task force|hotline)s?\b", re.I)


def _body(m: AgreementMention) -> str | None:
    """The noun of the joint body an arrangement's own name tells ("Joint Commission for
    Bilateral Cooperation": commission), if any."""
    found = _BODY.search(_name(m)) if m.kind == Kind.ARRANGEMENT else None
    return found.group(1).lower() if found else None


def _named(m: AgreementMention) -> bool:
    """A proper name inside the instrument's name: "the Louvre accord", "Kyoto protocol"."""
    return bool(proper_key(m.name)) and not m.vague


def _specific(m: AgreementMention) -> tuple[int, int, int, int, int, int, float]:
    """How well a mention names its instrument: "extradition treaty" over "extradition
    agreement" (a treaty is an agreement, not the other way round); the body over the
    headline's short words."""
    topics = len(set(m.topics) - {"other"})
    return (int(not m.vague), int(not m.headline), int(_named(m)), int(not m.missing),
            int(not _LOOSE.search(_name(m))), topics + len(m.countries), m.score or 0.0)


def _same_words(a: str, b: str) -> bool:
    """Names that share most of their specific words ("nuclear deal" / "nuclear agreement"),
    not one word of a longer name ("rescheduling" / "rescheduling accord with the Paris
    Club"): a subset is not a match, as a token-set ratio would have it."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    if len(wa & wb) / len(wa | wb) >= 0.5:
        return True
    return fuzz.ratio(" ".join(sorted(wa)), " ".join(sorted(wb))) >= 85  # spelling variants


def _age(m: AgreementMention) -> str | None:
    return instrument_age(m, own_name=not _bare(m))


# The object of a verb of succession: "it will replace the agreement ...", "supersedes the
# 1995 accord" (the words right before the instrument's phrase).
_REPLACED = re.compile(r"\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing))\s+(?:the|an?|its|their)"
                       r"\s+(?:[\w-]+\s+){0,3}$", re.I)


def predecessor_apart(m: AgreementMention, group: list[AgreementMention]) -> bool:
    """A predecessor a new instrument replaces ("It will replace the agreement ... signed in
    1995"), dated by its own clause, beside a group with no mention of that year: two
    instruments, the old one and the one the article reports."""
    if not (m.explicit_date and m.date) or not _REPLACED.search(m.source.quote[:m.at_in_quote]):
        return False
    return not any(x.explicit_date and x.date and x.date[:4] == m.date[:4] for x in group)


def _igos(m: AgreementMention) -> set[str]:
    return {c for c in m.countries if c.startswith("IGO:")}


def _compatible(m: AgreementMention, group: list[AgreementMention]) -> bool:
    rep = max(group, key=_specific)
    if one_more_of_series(m) and not _apposition_any(m, group):
        return False  # "A further accord, signed in Riyadh last year, ...": another instrument
    if any(_years_apart(m, x) for x in group):
        return False  # "the 2023 currency swap agreement" is not "the 2011 currency swap agreement"
    if any(x.sentence == m.sentence and (_name(x) != _name(m) or x.countries != m.countries)
           and not _apposition(x, m) for x in group):
        return False  # two items of one enumeration; one with each of two counterparts
    if any(x.sentence == m.sentence and _apposition(x, m) for x in group):
        return True
    if _parts_apart(m, group):
        return False  # two loans of one sum, each told with its own: "485 mln", "375 mln"
    if not (same_kind_family(m.kind, rep.kind) or _LOOSE.search(_name(m))
            or _LOOSE.search(_name(rep))):
        return False
    alike = any(named_alike(m, x) for x in group)
    if _igos(m) != _igos(rep) and not alike:
        return False  # a deal with the Paris Club is not the one with the banks
    ages = {_age(x) for x in group} | {_age(m)}
    if {"new", "old"} <= ages:
        return False  # "the current loan agreement expires; the new deal would ..."
    if predecessor_apart(m, group) or any(predecessor_apart(x, [m]) for x in group):
        return False  # "signed an agreement today ... It will replace the agreement of 1995"
    if any(supplements(m, x) for x in group if not _bare(x)):
        return False  # "the Additional Agreement ... supplements the 1991 Agreement"
    if all(x.headline for x in group) and m.explicit_date and m.date and any(
            x.date and x.date[:4] != m.date[:4] for x in group):
        # A headline tells the day's news: the body's "1991 Agreement on the eastern part of
        # the border" is background, whatever words it shares with "ratifies agreement on
        # eastern border"
        return False
    if alike:
        # One proper name under synonymous heads ("the Louvre agreement by the Group of
        # Seven", "the February 22 Louvre accord"): one instrument, whatever states or topics
        # each sentence adds, unless the texts date two makings apart
        return not _dated_apart(m, group)
    if not set(m.countries) & set(rep.countries) and not (
            proper_key(m.name) and proper_key(m.name) == proper_key(rep.name)):
        return False
    mine, theirs = ({c for c in x.countries if not c.startswith("IGO:")} for x in (m, rep))
    if len(mine) >= 2 and len(theirs) >= 2 and mine - theirs and theirs - mine:
        # Each names two sides and a state the other lacks: Singapore's travel arrangement
        # with Thailand is not the like one it considers with Indonesia (as consolidation's
        # _other_parties)
        return False
    mt, rt = set(m.topics) - {"other"}, set(rep.topics) - {"other"}
    if mt and rt and not mt & rt:
        return False
    bare = not specific_words(m.title) and bool(_LOOSE.search(_name(m)))
    similar = any(_same_words(m.title, x.title) for x in group)
    if not (bare or similar):
        return False  # "the deal" refers; "a 925 mln dlr loan" names another instrument
    return not _dated_apart(m, [x for x in group if not _same_words(x.title, m.title)])


_YEAR_IN_NAME = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _years_apart(a: AgreementMention, b: AgreementMention) -> bool:
    """Both names carry the years of their making, and none in common ("the 2011 swap
    agreement", "the 2023 swap agreement"; "a cooperation plan for 2018-2022" and one "for
    2023-2027"): two instruments of a series."""
    ya, yb = name_years(a), name_years(b)
    return bool(ya and yb and not ya & yb)


def name_years(m: AgreementMention) -> set[str]:
    """The years an instrument's name carries ("the 1979 defence agreement": {"1979"})."""
    return set(_YEAR_IN_NAME.findall(m.name or ""))


def _apposition_any(m: AgreementMention, group: list[AgreementMention]) -> bool:
    return any(x.sentence == m.sentence and _apposition(x, m) for x in group)


def _apposition(a: AgreementMention, b: AgreementMention) -> bool:
    """A name and a description of it set side by side with the same sides ("New START, the
    last nuclear arms pact between them"): one instrument, not two items of a list."""
    first, second = (a, b) if a.at <= b.at else (b, a)
    if first.source.start != second.source.start or set(first.countries) != set(second.countries):
        return False
    lo = first.at_in_quote + len(first.name or "")
    hi = second.at_in_quote
    between = first.source.quote[lo:hi] if first.name and 0 <= lo <= hi else "-"
    return bool(re.fullmatch(r"\s*,\s*(?:the|its|their)?\s*", between))


def _dated_apart(m: AgreementMention, group: list[AgreementMention]) -> bool:
    """Signed in 2024, agreed in 2027 under another name: an instrument does not go back a
    stage, so the same or a lower stage that the texts date to another month is another
    instrument (a 2024 eurocredit, a 2027 deferral; "signed a deal on Thursday" is not "the
    1983 Treaty")."""
    for x in group:
        if not (x.explicit_date and m.explicit_date and x.date and m.date
                and x.date[:7] != m.date[:7]) or "X" in x.date + m.date:
            continue
        earlier, later = (x, m) if x.date < m.date else (m, x)
        # (a date written in the name is the making's: "the February 22 accord had produced
        # stability" is no stage told on February 22 that a June report could repeat)
        if rank_at_date(later) <= rank_at_date(earlier) and not extends_earlier(later):
            return True
    return False


def _bare(m: AgreementMention) -> bool:
    """Written as a bare reference: "the agreement", "the deal" (its title may already carry
    the name of an instrument the rules took it to mean)."""
    if specific_words(m.name or m.title) or proper_key(m.name):
        return False
    # "an agreement to defer payments on a syndicated loan" is specified by what follows it;
    # "the agreement", whose title the rules took from an earlier instrument, is not.
    own = _name(m).lower() in " ".join(m.source.quote.lower().split())
    return not (own and specific_words(m.title))


def corefer(mentions: list[AgreementMention],
            kept: Callable[[AgreementMention], bool] | None = None) -> list[AgreementMention]:
    """The document's mentions (in text order), each group named by its most specific member.
    Named mentions group first; a bare reference ("the agreement") then joins the nearest
    group before it that it can refer to (else the nearest after it).

    With `kept`, all candidates are grouped (a dropped one can still tell the other party:
    "... signed with Ethiopia's minister"), but only kept ones are returned and only a kept
    one names its group."""
    kept = kept or (lambda m: True)
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
    predecessors: list[tuple[AgreementMention, list[AgreementMention]]] = []
    for m in bare:
        # (two stages told of one phrase, "sent under a treaty signed last month": signed and
        # implemented, are one instrument: the second goes where the first went; not one
        # phrase made into one instrument per counterpart, "agreements with Chile and Peru")
        told = next((g for g in groups if any(
            x.sentence == m.sentence and x.at == m.at and x.status != m.status
            and x.title == m.title and x.countries == m.countries for x in g)), None)
        if told is not None:
            told.append(m)
            continue
        successor = _successor(m, groups, kept) or _replaced_by(m, groups, kept)
        if successor is not None:
            # "a new fisheries agreement ... The current agreement, concluded in 1965, ...": the
            # predecessor, an instrument of its own told in passing, on the same matter; "the
            # 1979 agreement" and "the current agreement" beside one new one are one
            # predecessor, unless their years tell two
            pred = _as_predecessor(m, successor)
            same = next((g for s, g in predecessors if s is successor and not any(
                _years_apart(pred, x) for x in g) and not _dated_apart(pred, g)), None)
            if same is not None:
                same.append(pred)
            else:
                predecessors.append((successor, [pred]))
            continue
        fits = [g for g in groups if _refers_to(m, g)]
        # (a reference that describes its instrument, "the treaty with Indonesia on the
        # delimitation of the territorial sea", means the group that shares its words, not the
        # nearest one: "a treaty on the maritime boundary in the Strait")
        own = _own_words(m)
        fits = [g for g in fits if any(_shares_description(own, name_words(x.title))
                                       for x in g)] or fits
        # (the body's "landmark treaty" means the body's named treaty, not the headline's words:
        # a headline joins the body afterwards)
        fits = [g for g in fits if not all(x.headline for x in g)] or fits
        before = [g for g in fits if min(x.sentence for x in g) <= m.sentence]
        after = [g for g in fits if g not in before]
        if before:
            max(before, key=lambda g: max(x.sentence for x in g if x.sentence <= m.sentence)
                ).append(m)
        elif after:
            min(after, key=lambda g: min(x.sentence for x in g)).append(m)
        else:
            loose.append(m)
    groups.extend(g for _, g in predecessors)
    for m in loose:  # bare references with nothing named to refer to: one instrument
        lead = _brought_in(m, groups)
        if lead is not None:
            lead.append(_as_reference(m, lead))
            continue
        for g in groups:
            if all(_bare(x) for x in g) and _compatible(m, g):
                g.append(m)
                break
        else:
            groups.append([m])
    groups = _join_headlines(groups)
    out = []
    for g in groups:
        chosen = [m for m in g if kept(m)]
        if not chosen:
            continue
        rep = max(chosen, key=_specific)
        parties = _parties(rep, g)
        countries = sorted({p.country for p in parties if p.country} | set(rep.countries))
        told_signers = _signers_of_dropped(g, chosen)
        # (with the stages dropped references tell of it, in the group's order)
        for m in [x for x in g if kept(x) or _stage_of_antecedent(x, chosen)]:
            signers = m.signatories
            if told_signers and m.status == Status.SIGNED:
                signers = merge_actors(signers, told_signers)
            out.append(replace(
                m, kind=rep.kind, title=rep.title, topics=list(rep.topics),
                countries=countries, parties=parties, vague=rep.vague, name=rep.name,
                signatories=signers))
    return out


# "the accord", "this agreement": a definite reference to an instrument already told
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)

# What a definite reference lacks and takes from the instrument it refers back to: who the
# sides are and what it is about ("The deal was sealed": the deal told before)
_TAKEN_FROM_ANTECEDENT = frozenset({"topic", "state", "weak", "parties", "bare"})
# A reference a preposition governs ("Under the deal, Argentina will benefit", "happy with the
# deal") is no argument of a stage verb: what its sentence tells is not its stage
_GOVERNED = re.compile(r"\b(?:under|with|in|of|to|for|by|from|on|at|about|over|within|without|"
                       r"through|after|before|against|beyond|despite|into|like|as)\s+"
                       r"(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)
# In force told by words of force or effect ("comes into force", "took effect", "became
# effective"); the present tense of any other verb ("The deal offers banks a fee") is the
# rules' default reading of an instrument's own subject, no stage the sentence tells
_IN_FORCE_TOLD = re.compile(r"\b(?:force|effect|effective|operational)\b", re.I)
# The stages a verb tells of what it acts on, reached and told of the instrument itself
# ("the treaty was ratified", "X, who signed the contract", "the accord comes into force")
_REACHED_OF_REFERENCE = frozenset({Status.FINALIZED, Status.SIGNED, Status.RATIFIED,
                                   Status.IN_FORCE})


def _stage_of_antecedent(m: AgreementMention, chosen: list[AgreementMention]) -> bool:
    """A definite bare reference the rules drop only for what its antecedent supplies (sides,
    topic) tells a reached stage of the instrument a kept mention named before it: "Peru and
    Chile struck a fisheries deal. The deal was sealed on Monday", "Y, who signed the
    contract, said": that stage is the instrument's (its quote the evidence), not a second
    instrument's. Only a stage its own predicate tells (`told_of`: "annul the deal" beside
    "denounced the signing" is no signing of the deal), and a stage no cue of its own sentence
    gave (`status` missing) tells nothing."""
    return (m.told_of and bool(m.missing) and set(m.missing) <= _TAKEN_FROM_ANTECEDENT
            and m.status in _REACHED_OF_REFERENCE and _bare(m)
            and bool(_DEFINITE.search(m.source.quote[:m.at_in_quote]))
            and not _GOVERNED.search(m.source.quote[:m.at_in_quote])
            and (m.status != Status.IN_FORCE or bool(_IN_FORCE_TOLD.search(m.source.quote)))
            and any(x.sentence < m.sentence for x in chosen))


def _brought_in(m: AgreementMention,
                groups: list[list[AgreementMention]]) -> list[AgreementMention] | None:
    """The unnamed instrument a definite bare reference ("Under the accord, which began in
    January, ... the Spanish market") continues: the nearest earlier group of bare mentions
    that an indefinite one brought in with an organization as a side ("guaranteed under an
    agreement with the European Community"). The reference names no organization and no side
    of no state of its own ("the agreement with the banks" is another instrument than "an
    agreement with the Paris Club"), so the states its own sentence gives (a market, the
    states an aid goes to) are no reason to make a second instrument of it."""
    if _igos(m) or not _DEFINITE.search(m.source.quote[:m.at_in_quote]) or any(
            p.country is None for p in m.parties):
        return None
    fits = []
    for g in groups:
        first = min(g, key=lambda x: (x.sentence, x.at))
        if (all(_bare(x) for x in g) and first.sentence < m.sentence and _igos(first)
                and _INDEFINITE.search(first.source.quote[:first.at_in_quote])
                and _refers_to(m, g)):
            fits.append(g)
    if not fits:
        return None
    return max(fits, key=lambda g: max(x.sentence for x in g if x.sentence <= m.sentence))


def _as_reference(m: AgreementMention, group: list[AgreementMention]) -> AgreementMention:
    """A reference joining an instrument whose first mention already tells two sides keeps
    only those of its states the instrument has: the others are no sides, so it neither
    names the instrument nor adds a side to it (coref._parties)."""
    first = min(group, key=lambda x: (x.sentence, x.at))
    sides = {p.country for p in first.parties if p.country}
    if len(sides) < 2:
        return m
    return replace(m, countries=[c for c in m.countries if c in sides],
                   parties=[p for p in m.parties if p.country in sides])


def _successor(m: AgreementMention, groups: list[list[AgreementMention]],
               kept: Callable[[AgreementMention], bool]) -> AgreementMention | None:
    """The instrument a bare reference with an age word of the past ("the current
    agreement", "the existing pact", "the 1979 accord") is the predecessor of: a kept group of
    the same kind of instrument the article calls new ("a new fisheries agreement"), with no
    other state nor another matter. Per the GUIDE the old one is an item of its own, told in
    passing; it is not the new one, and it is not whatever other instrument is nearest."""
    if _age(m) != "old" or one_more_of_series(m):
        return None
    mine = {c for c in m.countries if not c.startswith("IGO:")}
    mt = set(m.topics) - {"other"}
    fits = []
    for g in groups:
        chosen = [x for x in g if kept(x)]
        # (new by a word written before its name, "a new fisheries agreement"; not by a word
        # of the title's complement, "the pact in time to hold off the new tariffs")
        if not chosen or all(x.headline for x in g) or "new" not in {
                instrument_age(x, own_name=False) for x in g}:
            continue
        rep = max(chosen, key=_specific)
        theirs = {c for c in rep.countries if not c.startswith("IGO:")}
        rt = set(rep.topics) - {"other"}
        if not same_kind_family(m.kind, rep.kind) or (mine and theirs and not mine <= theirs) \
                or (mt and rt and not mt & rt and "topic" not in m.missing):
            continue
        fits.append((min(abs(x.sentence - m.sentence) for x in g), rep))
    return min(fits, key=lambda f: f[0])[1] if fits else None


def _replaced_by(m: AgreementMention, groups: list[list[AgreementMention]],
                 kept: Callable[[AgreementMention], bool]) -> AgreementMention | None:
    """The instrument an indefinite bare reference is the object of a verb of succession of,
    in its own sentence ("an agreement on customs matters, which replaces an agreement signed
    in 1994"): the nearest kept instrument of the same kind
    family told before it in that sentence. The replaced one is the predecessor, an item of
    its own, not a second mention of the new one."""
    told = _REPLACED.search(m.source.quote[:m.at_in_quote])
    # (indefinite only: "to replace the agreement" is the instrument already told)
    if told is None or not re.search(r"\s(?:an?)\s", told.group(0)) or one_more_of_series(m):
        return None
    fits = [(m.at - x.at, max((y for y in g if kept(y)), key=_specific))
            for g in groups if any(kept(y) for y in g) for x in g
            if x.sentence == m.sentence and x.at < m.at and same_kind_family(m.kind, x.kind)]
    return min(fits, key=lambda f: f[0])[1] if fits else None


# The rules a predecessor passes by the matter and sides of the instrument that replaces it
_BY_SUCCESSOR = frozenset({"topic", "state", "parties", "domestic", "generic"})


def _as_predecessor(m: AgreementMention, successor: AgreementMention) -> AgreementMention:
    """A predecessor told by a bare reference ("the current agreement expires in June") is on
    the matter of its successor and between the same sides, unless its own sentence says
    otherwise."""
    own_topics = [t for t in m.topics if t != "other"] if "topic" not in m.missing else []
    states = {c for c in m.countries if not c.startswith("IGO:")}
    parties = m.parties if len(states) >= 2 else merge_actors(list(m.parties),
                                                              list(successor.parties))
    countries = sorted(set(m.countries) | {p.country for p in parties if p.country})
    missing = tuple(r for r in m.missing if r not in _BY_SUCCESSOR or r in successor.missing)
    return replace(m, topics=own_topics or list(successor.topics), parties=parties,
                   countries=countries, missing=missing)


def _join_headlines(groups: list[list[AgreementMention]]) -> list[list[AgreementMention]]:
    """A headline sums up the article's news in words of its own ("Japan, Philippines sign
    defense pact" over "signed a reciprocal access agreement"): an instrument only the headline
    names is the body's first one with the same parties and the same stage."""
    out = [g for g in groups if not all(m.headline for m in g)]
    for h in (g for g in groups if all(m.headline for m in g)):
        rep = max(h, key=_specific)
        # "Teesta deal" sums up the body's Teesta water-sharing agreement, at whatever stage,
        # before the maritime MoU signed that day
        fits = [g for g in out if _summed_up(rep, g, any_stage=True)
                and any(_same_words(_name(rep), _name(x))
                        or name_words(_name(rep)) <= name_words(_name(x)) for x in g)
                and name_words(_name(rep))] or [
            g for g in out if _summed_up(rep, g)]
        if fits:
            min(fits, key=lambda g: min(x.sentence for x in g)).extend(h)
        else:
            out.append(h)
    return out


def _summed_up(head: AgreementMention, group: list[AgreementMention],
               any_stage: bool = False) -> bool:
    rep = max(group, key=_specific)
    return ((any_stage or any(x.status == head.status for x in group))
            and set(head.countries) == set(rep.countries)
            and (same_kind_family(head.kind, rep.kind) or bool(_LOOSE.search(_name(head))))
            and not {"new", "old"} <= {_age(x) for x in group} | {_age(head)})


def _signers_of_dropped(group: list[AgreementMention],
                        chosen: list[AgreementMention]) -> list[Actor]:
    """The signatories a dropped member of the group names ("Kenya and Ethiopia signed a
    defence pact. The deal was signed by X and Y"): the reference is no record of its own, but
    it tells who signed the instrument it refers to."""
    out: list[Actor] = []
    for m in group:
        if m not in chosen and m.status == Status.SIGNED and m.signatories:
            out = merge_actors(out, m.signatories)
    return out


def _parties(rep: AgreementMention, group: list[AgreementMention]) -> list[Actor]:
    """The representative's parties; when it names one side only ("Kenya signed a defence
    agreement"), the other side another sentence gives ("... signed with Ethiopia's minister")."""
    own = {p.country for p in rep.parties if p.country}
    parties = [*rep.parties,
               *(o for o in _organizations_by_name(rep, group) if o.country not in own)]
    if len(own) >= 2:
        return parties
    # (the other side most of the group's sentences name: "the Canadian pact" is told with
    # the United States five times and once, in a sentence about both pacts, beside Israel,
    # which is the other pact's side, not this one's; a side only one sentence names is kept
    # when no other is named more often: "... signed with Ethiopia's minister")
    # (a representative with a side of no state already has its two sides: only a member the
    # rules accept, whose stage the record holds, still brings its states)
    both_told = _has_stateless_counterpart(rep)
    tellers = [m for m in group if not _guessed_sides(m) and not (both_told and m.missing)]
    told = Counter(c for m in tellers for c in {p.country for p in m.parties if p.country} - own)
    for m in tellers:
        for p in m.parties:
            if p.country and p.country not in {x.country for x in parties} \
                    and not _stray_side(p, own, told):
                parties.append(p)
    return parties


# The rule a candidate failed that says its state is no side it tells: a word, not an
# instrument ("credit" in "In the US you cannot build a system that stores credit details",
# "a moratorium"; extract/agreements: a weak head with one state and nothing saying which)
_SIDES_NOT_TOLD = frozenset({"bare"})


def _guessed_sides(m: AgreementMention) -> bool:
    """A member of the group whose states are no sides its own clause tells: they do not fill
    the representative's missing side."""
    return bool(_SIDES_NOT_TOLD & set(m.missing))


def _has_stateless_counterpart(rep: AgreementMention) -> bool:
    """One state and a side of no state that its own sentence names ("Chile has struck
    agreement with commercial banks", "a ceasefire with the rebels"): both sides are told, so
    a state that a candidate the rules rejected names (a debtor's moratorium, a lender's "loans
    for debtor nations" in another sentence) is another matter, not the missing other side."""
    countries = {a.country for a in rep.parties if a.country}
    return len(countries) == 1 \
        and any(a.country and a.type in ("state", "government_body") for a in rep.parties) \
        and any(a.country is None and a.type in ("organization", "company") for a in rep.parties)


def _organizations_by_name(rep: AgreementMention, group: list[AgreementMention]) -> list[Actor]:
    """The organizations the instrument's own name names ("the revised UN Convention on
    Seafarers' Identity Documents", "the Paris Club rescheduling accord") that a member of the
    group has as a side: the organization's own instrument, whichever sides the sentence of
    the stage gives ("France has ratified the convention"), and though the naming mention
    itself tells no stage (a dropped member). Not one named only by another member's words
    ("the bilateral accord followed a multilateral agreement ... to the Paris Club")."""
    named = {x.code for x in gazetteer().find(_name(rep)) if x.form == "igo"}
    out: dict[str, Actor] = {}
    for m in group:
        for p in m.parties:
            if p.type == "international_organization" and p.country in named:
                out.setdefault(p.country, p)
    return list(out.values())


def _stray_side(p: Actor, own: set[str], told: Counter[str]) -> bool:
    """A state's one-sided instrument ("the Canadian pact"): another state that one sentence
    alone gives as its other side, where other sentences name a third state more than once
    (the sentence about both pacts gives "the Canadian pact" Israel, the other pact's side;
    five others give it the United States). Organizations, and the sides of an
    organization's instrument, are all kept."""
    if p.type != "state" or told[p.country or ""] >= 2 or len(own) != 1 or any(
            c.startswith("IGO:") for c in own):
        return False
    return any(n >= 2 and not c.startswith("IGO:") for c, n in told.items())


def _own_words(m: AgreementMention) -> set[str]:
    """The specific words of a mention's title when its own sentence writes them all; none when
    the title came from an earlier instrument the rules took it to mean."""
    words = name_words(m.title)
    quote = m.source.quote.lower()
    return words if all(w in quote for w in words) else set()


def _shares_description(own: set[str], theirs: set[str]) -> bool:
    """Two descriptions that share two specific words ("territorial sea in the Sulawesi Sea" /
    "Sulawesi Sea boundary"), or all of the shorter one; one common word ("securities") is not
    enough to tell which instrument a reference means."""
    common = own & theirs
    return len(common) >= 2 or bool(common) and common == min(own, theirs, key=len)


def _parts_apart(m: AgreementMention, group: list[AgreementMention]) -> bool:
    """Loans of one sum the article breaks down (extract/agreements._split_aggregates), each
    told with its own sum, none in common: "a 485 mln dlr loan", "a 375 mln dlr loan"."""
    return m.part and any(x.part and amounts(x) and amounts(m) and not amounts(x) & amounts(m)
                          for x in group)


def _refers_to(m: AgreementMention, group: list[AgreementMention]) -> bool:
    """Can a bare reference ("the agreement", "the treaty") mean this group's instrument?"""
    rep = max(group, key=_specific)
    if _parts_apart(m, group):
        return False
    if one_more_of_series(m):
        return False  # "a further accord" is one more instrument, not the one told before
    if any(x.sentence == m.sentence for x in group):
        return False  # "the agreement and the protocol on its implementation": two
    if {"new", "old"} <= {_age(x) for x in group} | {_age(m)}:
        return False  # "the current loan agreement" is not "the new three-year programme"
    if _dated_apart(m, group):
        return False  # "signed a deal on Thursday" is not "the 1983 Treaty" signed then
    if any(predecessor_apart(x, [m]) for x in group):
        return False  # "signed an agreement today" is not the 1995 one it will replace
    if _INDEFINITE.search(m.source.quote[:m.at_in_quote]) and "old" in {_age(x) for x in group}:
        # "an agreement reached today" brings in an instrument; it is not "the standstill
        # agreement expiring in June" that it replaces
        return False
    if _brings_in_beside_name(m, group):
        return False  # "the Treaty of York in 1237 ... in 1551, an agreement between the two"
    if not (same_kind_family(m.kind, rep.kind) or (_LOOSE.search(_name(m))
                                                    and rep.kind != Kind.OTHER)):
        return False  # (a "letter of intent" is not what "the agreement" refers to)
    bodies = {_body(m), _body(rep)}
    if None not in bodies and len(bodies) == 2:
        # "the Joint Commission will hold its fifth meeting" is not the hotline or the working
        # group the two sides agreed to set up: two bodies named by two nouns
        return False
    mt, rt = set(m.topics) - {"other"}, set(rep.topics) - {"other"}
    if mt and rt and not mt & rt:
        return False
    # Another state than the instrument's two: another instrument; the other side of a
    # one-sided one ("Kenya signed ..." / "... with Ethiopia's minister"): the same.
    theirs = {c for c in rep.countries if not c.startswith("IGO:")}
    mine = {c for c in m.countries if not c.startswith("IGO:")}
    if len(theirs) >= 2 and len(mine - theirs) >= 2 and theirs - mine:
        # "the agreement signed by A, B and C" is not the A-D group's instrument: it names two
        # states the group lacks (one stray state of its sentence, as a bare reference's
        # parties often have, is not enough: "sign the agreement with China" in Lisbon)
        return False
    return not (m.countries and not set(m.countries) & set(rep.countries) and len(theirs) >= 2)


# A verb of being or becoming before an indefinite: "the treaty was an agreement between ...",
# "it is a pact that ...", "the deal, a loan ...": a predicate or an apposition says what the
# instrument already told is; it brings in no other.
_PREDICATE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|"
                        r"remained|seems?|seemed|as)|,)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}$",
                        re.I)


_OF_THIS_KIND = re.compile(r"\s*(?:of\s+(?:this|that|the\s+same|such\s+a)\s+(?:kind|type|sort|nature))",
                           re.I)


def _brings_in_beside_name(m: AgreementMention, group: list[AgreementMention]) -> bool:
    """An indefinite bare mention ("an agreement between the two countries") told after an
    instrument the article has named by its proper name ("the Treaty of York"): a named
    instrument, once told, is referred to by "the treaty" or its name; "an agreement" brings in
    another one (English introduces a new referent with an indefinite). Not a predicate or an
    apposition ("the Treaty of York was an agreement between ..."), which says what the named
    one is, and not a group told only after the mention (the lead's "signed an agreement"
    before the body names it)."""
    before = m.source.quote[:m.at_in_quote]
    if not _INDEFINITE.search(before) or _PREDICATE.search(before) or one_more_of_series(m):
        return False
    # Only a making told as done ("in 1551, when an agreement between the two countries
    # prompted ..."): "committed to reaching an agreement", "to strike a deal" seek the
    # instrument under negotiation, no specific one of their own; "an agreement of this kind"
    # points back at the kind of one told.
    if m.future or m.status.rank < Status.AGREED.rank or _OF_THIS_KIND.match(
            m.source.quote[m.at_in_quote + len(m.name or ""):]):
        return False
    named = [x for x in group if proper_key(x.name) and not x.headline]
    return bool(named) and all(x.sentence < m.sentence for x in named) \
        and min(x.sentence for x in group) < m.sentence
