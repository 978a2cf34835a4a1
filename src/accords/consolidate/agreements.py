"""One record per instrument across all documents.

Blocking: a mention is only compared with records sharing one of its countries. Matching:
kinds of one family, overlapping topics (or the same named mechanism), no contradicting
named bodies. Dates never split a record: an instrument planned in April and signed in
August is one record with two stages. Vague references ("accords on postal services") only
attach to a record other mentions name, within the same month.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache

from rapidfuzz import fuzz

from accords.annotate.gazetteer import body_key, gazetteer
from accords.consolidate.ids import assign_ids
from accords.consolidate.people import PeopleIndex
from accords.extract.coref import (
    extends_earlier,
    name_years,
    one_more_of_series,
    predecessor_apart,
    supplements,
)
from accords.naming import (
    amounts,
    instrument_age,
    name_words,
    proper_key,
    purpose_told_after,
    rank_at_date,
    readable_title,
    specific_words,
)
from accords.records import (
    Actor,
    Agreement,
    AgreementMention,
    Conflict,
    HistoryStage,
    Source,
)
from accords.vocab import TOPICS, Kind, Status, same_kind_family

# Heads loose enough to name any kind of instrument ("accords", "deal").
# One party leaving ("withdrew from", "pulled out of", "abandoned", "quit") ends an instrument
# only when it had two parties; one of many, or of one the record names only in part, leaving
# is a party refusing it (spec: rejected; GUIDE's Iran deal the US left in 2018), the pact
# still binding the others. A verb that ends the instrument itself ("terminated", "scrapped",
# "expired", "collapsed") is no leaving.
_ONE_PARTY_LEAVES = re.compile(r"\b(?:withdr[ae]w\w*|withdrawn|withdrawal|pull(?:ed|s|ing)?\s+out|"
                               r"abandon(?:ed|s|ing)?|quit(?:s|ting)?|exit(?:ed|s|ing)?)\b", re.I)
_INSTRUMENT_ENDS = re.compile(r"\b(?:terminat\w*|scrap\w*|cancel\w*|annul\w*|revok\w*|revoca\w*|"
                              r"abrogat\w*|expir\w*|laps\w*|collaps\w*|tore\s+up|torn\s+up|"
                              r"dissolv\w*|replac\w*|supersed\w*|talks|negotiations)\b", re.I)
# Words that give an instrument more than two sides whatever parties were resolved ("the
# accord between Iran and six world powers", "the 1997 pact signed by 40 nations")
_MANY_SIDES = re.compile(r"\b(?:multilateral|(?:two|three|four|five|six|seven|eight|nine|ten|"
                         r"dozens?|several|many|\d+)\s+(?:\w+\s+){0,2}?(?:powers|countries|nations|"
                         r"states|members|signatories|governments))\b", re.I)
_LOOSE = re.compile(r"\b(?:accords?|deals?|pacts?|agreements)\b", re.I)
_KIND_ORDER = [Kind.TREATY, Kind.PROTOCOL, Kind.MEMORANDUM, Kind.ROADMAP, Kind.ACTION_PLAN,
               Kind.PROGRAMME, Kind.ARRANGEMENT, Kind.DECLARATION, Kind.CONTRACT, Kind.AGREEMENT,
               Kind.OTHER]
_CORE_STOP = re.compile(r"\b(?:the|a|an|of|on|for|in|between|and|to|with|its|their|two|"
                        r"countries|cooperation)\b", re.I)


class _Cluster:
    def __init__(self, mention: AgreementMention) -> None:
        self.mentions = [mention]

    @property
    def named(self) -> list[AgreementMention]:
        return [m for m in self.mentions if not m.vague] or self.mentions

    @property
    def countries(self) -> set[str]:
        return {c for m in self.named for c in m.countries}

    @property
    def topics(self) -> set[str]:
        return {t for m in self.named for t in m.topics}

    @property
    def kinds(self) -> set[Kind]:
        return {m.kind for m in self.named}

    def dates(self) -> set[str]:
        return {m.date for m in self.mentions if m.date}

    @property
    def keys(self) -> set[str]:
        return {proper_key(m.name) for m in self.named} - {""}


def _same_proper_name(m: AgreementMention, c: _Cluster) -> bool:
    """"The Louvre accord" in one article and "the Louvre agreement" in another: one accord,
    whichever states each article names around it."""
    key = proper_key(m.name)
    if not key or _one_of_its_name(m):
        return False
    keys = [(k, x.name or "") for x in c.named if not _one_of_its_name(x)
            for k in [proper_key(x.name)] if k]
    if not any(fuzz.token_set_ratio(key, k) >= 90 and not _names_apart(m.name or "", name)
               for k, name in keys):
        return False
    # "the Geneva accord" of OPEC's states and "the Geneva Conventions" Syria invokes against
    # Israel: a name that is only a city tells where an instrument was made, and many were;
    # of another kind (an accord, a treaty) and with no side in common they are two instruments
    return not (_only_a_city(key) and m.countries and c.countries and m.kind not in c.kinds
                and not set(m.countries) & c.countries)


# An indefinite determiner before a proper name that carries a year ("a 1956 Geneva
# Convention"): one of the instruments so named, the one of that year, not every one of the
# name ("an International Coffee Agreement" with no year may still be the one).
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|another)\s+$", re.I)
_NAME_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _one_of_its_name(m: AgreementMention) -> bool:
    """Is the name, written at the mention's place, a dated one after "a": one of several?"""
    name, at = m.name or "", m.at_in_quote
    return bool(_NAME_YEAR.search(name)) \
        and m.source.quote[at:at + len(name)].lower() == name.lower() \
        and bool(_INDEFINITE_BEFORE.search(m.source.quote[:at]))


def _names_apart(a: str, b: str) -> bool:
    """Two proper names that each tell an owner or a year the other lacks, though one's key
    holds the other's: "the European Convention on Human Rights" and "the United Nations
    Convention on Human Rights" (an organization is no part of a key, so "human rights" sits
    inside "european human rights"); "the 1949 Geneva Conventions" and "a 1956 Geneva
    Convention". A city the longer key adds tells where an accord was made ("the Paris Louvre
    accord"), and a state the shorter adds names a side ("the U.S. grain agreement"): neither
    is another owner."""
    years_a, years_b = set(_NAME_YEAR.findall(a)), set(_NAME_YEAR.findall(b))
    if years_a and years_b and not years_a & years_b:
        return True
    ka, kb = set(proper_key(a).split()), set(proper_key(b).split())
    if not (ka < kb or kb < ka):
        return False
    (short, short_key), (long_, long_key) = sorted(((a, ka), (b, kb)), key=lambda p: len(p[1]))
    extra = {w for w in long_key - short_key if not _only_a_city(w)}
    organizations = {p.code for p in gazetteer().find(short) if p.form == "igo"} - \
        {p.code for p in gazetteer().find(long_)}
    return bool(extra) and bool(organizations)


def _only_a_city(key: str) -> bool:
    """Is a proper name's key no more than one city's name ("geneva", "paris")?"""
    gaz = gazetteer()
    found = gaz.find(key.title())
    return len(found) == 1 and found[0].form in ("city", "capital") \
        and found[0].start == 0 and found[0].end == len(key)


@cache
def _core(title: str) -> str:
    """The words that tell instruments apart: no function words, no names of the parties."""
    text = title
    for place in reversed(gazetteer().find(title)):
        text = text[:place.start] + " " + text[place.end:]
    return " ".join(_CORE_STOP.sub(" ", text.lower()).split())


@cache
def _name(title: str) -> str:
    """The instrument's own name: the words before its first preposition."""
    return re.split(r"\s+(?:to|between|on|for|of|in|with|involving)\s+", title.lower())[0]


def _bodies(mentions: Iterable[AgreementMention]) -> dict[str, str]:
    """country -> body key of the non-state parties named."""
    out: dict[str, str] = {}
    for m in mentions:
        for p in m.parties:
            if p.type != "state" and p.country:
                out.setdefault(p.country, body_key(p.name))
    return out


def _distinct_in_article(m: AgreementMention, c: _Cluster) -> bool:
    """Within one article, the same stage on two dates the text gives, or two different
    international counterparts, are two instruments ("a 1985 eurocredit ... the 1987 euroloan")."""
    igos = {x for x in m.countries if x.startswith("IGO:")}
    for x in c.named:
        if x.document != m.document:
            continue
        if x.title != m.title and not (m.vague or x.vague) and _named_apart(x.title, m.title):
            # "a free trade agreement" and "an agreement on geographical indications", which
            # coreference kept apart in their article: two instruments
            return True
        if x.sentence == m.sentence and x.at == m.at and x.countries != m.countries:
            return True  # one phrase, one instrument with each counterpart ("with A and B")
        if m.part and x.part and amounts(x) and amounts(m) and not amounts(x) & amounts(m):
            return True  # two loans of a sum the article breaks down, each with its own sum
        if x.title != m.title and amounts(x) and amounts(m) and not amounts(x) & amounts(m) \
                and _two_days(x, m):
            # "a $100 million loan for schools on March 3 ... a $400 million loan for flood
            # recovery on March 20", which coreference kept apart: two sums made on two days
            # of one month are two instruments. (Two sums alone are not: "the accord
            # restructured 5.8 billion dlrs ... the 925 mln dlr loan" may tell one package.)
            return True
        if (x.sentence == m.sentence and x.title != m.title and not (m.vague or x.vague)
                and (_name(x.title).split()[-1:] == _name(m.title).split()[-1:]
                     or _coordinated(x, m))):
            # One head shared by two ("technical and financial cooperation treaties"), or two
            # joined by "and" ("a stand-by loan and a longer-term credit"); an apposition
            # ("the eurocredit, a syndicated loan") names one with two heads.
            return True
        if (m.explicit_date or x.explicit_date) and m.date and x.date \
                and not _same_period(m.date, x.date) and not (m.future or x.future) \
                and not (x.sentence == m.sentence and x.at == m.at):
            # (one phrase's two stages are one instrument's: "will reschedule the loan it
            # granted in 2010" tells the plan of today and the making of 2010)
            # (a mention its sentence does not date reports news of the article's day; a
            # year and a day of that year may be one date: "in 1987" and "March 17")
            states, theirs = ({c for c in y.countries if not c.startswith("IGO:")} for y in (m, x))
            if m.explicit_date and x.explicit_date and states and theirs and not states & theirs:
                return True  # "a 1985 World Bank loan to Hungary", "a loan made to Argentina
                # last year": dated apart, to states apart
            earlier, later = (x, m) if x.date < m.date else (m, x)
            # ("abandoned that agreement two years ago ... had abandoned the agreement": an
            # instrument ends once; its end told again, undated, is the same instrument's)
            told_again = earlier.explicit_date and not later.explicit_date \
                and x.title == m.title and {earlier.status, later.status} <= _ENDED \
                or _made_told_again(later, earlier)
            # The same stage twice, or a later stage below an earlier one (signed in 1985,
            # agreed in 1987): an instrument does not go back, so these are two. A date
            # written in the name is the making's ("the February 22 accord had produced
            # stability"), not a stage a later report repeats.
            if rank_at_date(later) <= rank_at_date(earlier) and not extends_earlier(later) \
                    and not told_again:
                return True  # (an extension is the same instrument: coref's extends_earlier)
        if x.title == m.title and _background_and_news(x, m):
            return True
        if igos != {y for y in x.countries if y.startswith("IGO:")}:
            return True
        if (x.sentence, x.at) != (m.sentence, m.at) and (one_more_of_series(m)
                                                          or one_more_of_series(x)) \
                and not (m.headline or x.headline):
            # "A further accord, brokered in 2016, ...": one more of a series (a headline
            # sums up the body's news: "sign second border deal" is the body's "a second
            # border agreement")
            return True
        if x.title != m.title and supplements(m, x):
            return True  # "the Additional Agreement" beside the agreement it supplements
        if {instrument_age(m), instrument_age(x)} == {"new", "old"}:
            return True  # "the current loan agreement expires; the new deal would ..."
        if predecessor_apart(m, [x]) or predecessor_apart(x, [m]):
            return True  # "It will replace the agreement signed in 1995": the predecessor
    return False


_ENDED = frozenset({Status.SUSPENDED, Status.TERMINATED, Status.REJECTED})
# The stages of an instrument's making, each reached once.
_MADE = frozenset({Status.AGREED, Status.FINALIZED, Status.SIGNED, Status.RATIFIED})
# The headline and the lead's first sentences tell the article's news.
_LEAD_SENTENCES = 2


def _made_told_again(later: AgreementMention, earlier: AgreementMention,
                     named_alike: bool = True) -> bool:
    """A stage of the making that an article tells undated, below its lead (dated only by
    the article's day), of an instrument the same article dates at that stage or a later one
    in an earlier year ("a 2015 nuclear deal ... the deal negotiated by Obama"; "Finally, the
    Bretton Woods Agreement was signed ... The agreement was not ratified until 1946"): the
    same instrument told again as background, not a new one made on the article's day (an
    extension, or a stage after the making, in force or ended, may be the day's news).
    Within one record (`named_alike` false) the record already says they are one instrument;
    to keep two mentions of an article together, they must bear one title."""
    return bool(later.status in _MADE and not later.explicit_date and not later.future
                and not later.headline and later.sentence > _LEAD_SENTENCES
                and earlier.status in _MADE and earlier.explicit_date and not earlier.future
                and earlier.document == later.document
                and (earlier.title == later.title or not named_alike)
                and same_kind_family(earlier.kind, later.kind) and not extends_earlier(later)
                and earlier.status.rank >= later.status.rank
                and earlier.date and later.date and "X" not in earlier.date[:4]
                and earlier.date[:4] < later.date[:4]
                and _says_its_name(later))


def _says_its_name(m: AgreementMention) -> bool:
    """The sentence says the words of the name the mention bears ("the Bretton Woods
    Agreement", "the nuclear deal"; a bare "the MoU" has none): not a name coreference gave
    another instrument ("the Agreement on the 2024 Cooperation Plan" named the 1977 Treaty of
    Amity)."""
    said = set(re.findall(r"[a-z]+", m.source.quote.lower()))
    return name_words(m.name or "") <= said


def _two_days(a: AgreementMention, b: AgreementMention) -> bool:
    """Both dated by their own sentences to a day, and to different days."""
    return bool(a.explicit_date and b.explicit_date and a.date and b.date
                and len(a.date) == 10 and len(b.date) == 10 and "X" not in a.date + b.date
                and a.date != b.date)


def _named_apart(a: str, b: str) -> bool:
    """Two names with specific words of their own and none in common."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa) and bool(wb) and not wa & wb


def _coordinated(a: AgreementMention, b: AgreementMention) -> bool:
    """Two phrases of one sentence joined by a conjunction, not set in apposition."""
    first, second = (a, b) if a.at <= b.at else (b, a)
    if first.source.start != second.source.start:
        return False
    lo = first.at_in_quote + len(first.name or "")
    hi = second.at_in_quote
    between = first.source.quote[lo:hi] if 0 <= lo <= hi else ""
    return bool(re.search(r"\b(?:and|or|as well as|plus)\b", between)) and len(between) < 80


def _background_and_news(a: AgreementMention, b: AgreementMention) -> bool:
    """One instrument its own clause dates ("an agreement with the EU, reached in 1992") and
    one the text leaves undated at an earlier stage ("the deal under negotiation"): the old
    instrument and the one that follows it, though coreference named them alike."""
    for old, new in ((a, b), (b, a)):
        # (an ended one is old whatever its date: "the US terminated an agreement with the EU")
        dated_old = old.explicit_date and old.date and len(old.date) == 4 and not old.future
        # (an undated mention that tells the instrument made, "committed to implementing the
        # protocol", "the agreement" told agreed in passing, is no newer instrument: only one
        # still to be made is)
        below = old.status.rank if old.status == Status.TERMINATED \
            else min(old.status.rank, Status.AGREED.rank)
        if (dated_old or old.status == Status.TERMINATED) and not new.explicit_date \
                and new.status.rank < below and old.sentence != new.sentence:
            return True
    return False


def _same_period(a: str, b: str) -> bool:
    """Two dates that may name the same month: "1987" and "1987-03-17" may; "1985-12" and
    "1987-03" do not; an unknown part ("1987-XX") matches anything."""
    if "X" in a + b:
        return True
    n = min(len(a), len(b), 7)
    return a[:n] == b[:n]


def _other_parties(m: AgreementMention, c: _Cluster) -> bool:
    """One names an international organization the other lacks, and the other a state the
    first lacks: the EU's agreement with China is not Portugal's with China; or each names
    two states and a state the other lacks."""
    mine, theirs = set(m.countries), c.countries
    m_igo, c_igo = {x for x in mine if x.startswith("IGO:")}, {x for x in theirs
                                                              if x.startswith("IGO:")}
    m_states, c_states = mine - m_igo, theirs - c_igo
    if len(m_states) >= 2 and len(c_states) >= 2 and m_states - c_states and c_states - m_states:
        return True  # Argentina's swap with Brazil is not its swap line with China
    if m_states and c_states and not m_states & c_states \
            and m.document not in {x.document for x in c.mentions}:
        # Another article's instrument with the same organization but another state: Mexico's
        # Paris Club accords are not Nigeria's (blind audits: one record of both debtors).
        return True
    if bool((m_igo - c_igo) and (theirs - c_igo - mine)) or bool(
            (c_igo - m_igo) and (mine - m_igo - theirs)):
        return True
    # A counterpart of no state the other lacks against an organization the first lacks: the
    # rescheduling Jamaica "agreed in principle with its bank advisory committee" is not the
    # accord "reached with the Paris Club", though both are Jamaica's and on debt. (One side
    # naming fewer parties is an omission only when it names no other counterpart.)
    mine_bodies = _stateless([m])
    their_bodies = _stateless(c.named)
    return bool((c_igo - m_igo) and _lacks(mine_bodies, their_bodies)) or bool(
        (m_igo - c_igo) and _lacks(their_bodies, mine_bodies))


def _stateless(mentions: Iterable[AgreementMention]) -> set[str]:
    """Body keys of the parties that are neither states nor of a state ("its bank advisory
    committee", "commercial bank creditors")."""
    return {body_key(p.name) for x in mentions for p in x.parties
            if p.country is None and p.type != "state" and body_key(p.name)}


def _lacks(bodies: set[str], others: set[str]) -> bool:
    """Some of `bodies` has no like name among `others`."""
    return any(all(fuzz.token_set_ratio(b, o) < 60 for o in others) for b in bodies)


# Two outlets giving one signing's sum differently ("$250m", "$200m": a conversion, an early
# figure) differ by a fraction; two loans of the same parties differ by more (70 and 130 mln).
_CLOSE_SUMS = 0.25


def _one_signing_told_twice(m: AgreementMention, c: _Cluster) -> bool:
    """Another article's report of the very same parties' instrument at the same stage on the
    same day its own sentence gives, with a sum close to one of the cluster's: one signing
    told with two figures."""
    if set(m.countries) != c.countries or len(m.countries) < 2:
        return False
    if not (m.explicit_date and m.date and len(m.date) == 10 and "X" not in m.date):
        return False
    same_day = [x for x in c.mentions if x.document != m.document and x.explicit_date
                and x.date == m.date and x.status == m.status]
    return any(abs(a - b) <= _CLOSE_SUMS * max(a, b)
               for x in same_day for a in amounts(x) for b in amounts(m))


def _days_apart(a: str, b: str) -> int | None:
    try:
        da, db = date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
    except ValueError:
        return None
    return abs((da - db).days)


def _same_across_articles(m: AgreementMention, c: _Cluster) -> bool:
    """Another article's mention is the same instrument only when the parties agree (one set
    within the other) and either the names match ("the Louvre accord", "joint working group"),
    or the topics agree and the reports are weeks apart at most; named by its kind alone
    ("the deal", "a loan"), it must also be between the very same parties. Otherwise every
    'loan' involving the United States would become one record."""
    mine, theirs = set(m.countries), c.countries
    if not (mine <= theirs or theirs <= mine):
        return False
    sums, their_sums = amounts(m), {a for x in c.mentions for a in amounts(x)}
    if sums and their_sums and not sums & their_sums and not _one_signing_told_twice(m, c):
        return False  # a 130 mln dlr loan is not the 70 mln dlr one
    dated = [x for x in c.mentions if x.document != m.document and x.explicit_date and x.date]
    if dated and _apart_from_most(m, dated):
        # "the 1981 defence agreement" is not the defence accord signed this week
        return False
    makings = [x for x in dated if x.status in _MAKINGS and not x.future]
    others = [x for x in c.mentions if x.document != m.document]
    if (makings and all(_name_year_apart(m, x) for x in makings)) or (
            others and m.explicit_date and m.date and not m.future
            and m.status in _MAKINGS
            and all(_name_year_apart(x, m) for x in others)):
        # "the 1979 defence cooperation agreement ... remains in force" (its present state,
        # dated to the day of the report) is not the defence accord signed this week
        return False
    if any(_words_alike(m, x) for x in c.named):
        return True
    if any(_name(m.title) == _name(x.title) and len(specific_words(_name(m.title)).split()) >= 2
           for x in c.named):
        return True  # the same named mechanism: "joint working group"
    key, keys = proper_key(m.name), c.keys
    if key and keys and not any(fuzz.token_set_ratio(key, k) >= 90 for k in keys):
        return False  # two names: the New START treaty is not the Chemical Weapons Convention
    if len(mine) < 2:
        # One state and no counterpart: without words of the name in common, "an accord to
        # speed growth" in Japan is as likely another party's as this one (blind audits: a
        # Japanese party's domestic plan joined the G-5 accord on its topic alone).
        return False
    if mine != theirs and not _same_states(mine, theirs):
        # Without a name in common, only the very same parties make it the same instrument:
        # Brazil's credit lines are not the IMF's accord with Mexico and Argentina, however
        # close in time and topic.
        return False
    topics = set(m.topics) - {"other"}
    if topics and not topics & (c.topics - {"other"}):
        return False
    dates = [x.date for x in c.mentions if x.date and "X" not in x.date]
    if m.date and "X" not in m.date and dates:
        gaps = [g for g in (_days_apart(m.date, d) for d in dates) if g is not None]
        if any(min(len(m.date), len(d)) == 7 and m.date[:7] == d[:7] for d in dates):
            # "signed last week" dated to its month and "signed on Tuesday" to a day of that
            # month: the same weeks, which a count of days between them cannot tell
            return True
        if gaps:
            return min(gaps) <= 45
        # Only a year or a month on either side ("a 1986 pact", "the pact agreed last
        # year"): the instrument the texts date to one period, not a day's news to compare.
        return len(m.date) < 10 and any(len(d) < 10 and _same_period(m.date, d) for d in dates)
    return mine == theirs


def _same_states(mine: set[str], theirs: set[str]) -> bool:
    """The very same two states or more, one side naming an organization beside them the
    other does not ("Opec and its allies led by Russia agreed" in one article, "Saudi Arabia,
    Russia and other producers announced a deal" in another): one report names more of the
    same instrument's sides, not another instrument. (The sets are one within the other.)"""
    states = {x for x in mine if not x.startswith("IGO:")}
    return len(states) >= 2 and states == {x for x in theirs if not x.startswith("IGO:")}


def _apart_from_most(m: AgreementMention, dated: list[AgreementMention]) -> bool:
    """Stages apart from the dated reports of half the record's other articles or more. Each
    article's reports tell one instrument, so a record that already holds two (a rescheduling
    signed in 1986 and its revision agreed in 1987) takes a report only if most of its
    articles' instruments fit it, not when any one does; one misdated report among many (a
    record of a hundred reports) does not turn a report away."""
    by_document: dict[str, list[AgreementMention]] = defaultdict(list)
    for x in dated:
        by_document[x.document].append(x)
    apart = sum(all(_stages_apart(m, x) for x in xs) for xs in by_document.values())
    return 2 * apart >= len(by_document)


# Two reports of one stage more than this many days apart tell two makings: an instrument is
# signed (or initialled) once; outlets a day or a week off on one signing stay one.
_ONE_SIGNING_DAYS = 14


def _stages_apart(a: AgreementMention, b: AgreementMention) -> bool:
    """Two articles' mentions that cannot be one instrument's stages: the later-dated one at an
    earlier stage years after ("signed in 1981" / "initialled last month" in 2023: an
    instrument does not go back), or one making (signing, initialling) on two days weeks
    apart ("signed a 100 million dollar loan" on May 2 and on May 30: two loans)."""
    if not (a.explicit_date and b.explicit_date and a.date and b.date) or a.future or b.future \
            or "X" in a.date + b.date:
        return False
    (first, d1), (last, d2) = sorted(((a, a.date), (b, b.date)), key=lambda p: p[1])
    earlier, later = first, last
    if extends_earlier(later):
        return False  # an extension is a later stage of the same instrument
    if _months_apart(d1, d2) >= _MONTHS_APART:
        lo, hi = rank_at_date(earlier), rank_at_date(later)
        # (talks years after a signing are often its renegotiation: not told apart here)
        return Status.AGREED.rank <= hi and (hi < lo or (hi == lo and hi <= Status.SIGNED.rank))
    gap = _days_apart(a.date, b.date) if len(a.date) == len(b.date) == 10 else None
    return (gap is not None and gap > _ONE_SIGNING_DAYS and a.status == b.status
            and a.status in (Status.SIGNED, Status.FINALIZED) and not (a.vague or b.vague))


# A year or more between two articles' datings: a later report at an earlier stage tells
# another instrument (signed in February 1986, agreed in March 1987: a new rescheduling),
# while reports within the year may still be one instrument's stages told out of order.
_MONTHS_APART = 12


def _months_apart(first: str, last: str) -> int:
    """The fewest whole months one date (year, month or day) can be from a later one: an
    earlier year alone counts as its December and a later one as its January ("1986" and
    "1987-03" are at least 3 months apart, "1986-02" and "1987-03" 13)."""
    def month(d: str, missing: int) -> int:
        return int(d[:4]) * 12 + (int(d[5:7]) - 1 if len(d) >= 7 else missing)
    return month(last, 0) - month(first, 11)


# Stages that make an instrument (talks years after a signing are often its renegotiation)
_MAKINGS = (Status.AGREED, Status.FINALIZED, Status.SIGNED)


def _name_year_apart(named: AgreementMention, made: AgreementMention) -> bool:
    """An instrument its name dates to one year ("the 1979 defence agreement") and a making
    (agreed, signed) another report dates two years or more from it: two instruments."""
    years = {int(y) for y in name_years(named)}
    if not years or not (made.date and made.date[:4].isdigit()):
        return False
    return all(abs(int(made.date[:4]) - y) >= 2 for y in years)


@cache
def _singular(words: str) -> str:
    """"semiconductors" and "semiconductor", "loans" and "loan": one word for comparing names;
    a year ("1986 pact") names when, not what."""
    return " ".join(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in words.split() if not w.isdigit())


# The names of the fields instruments are about ("trade", "energy", "finance": the topic
# vocabulary's words), as `_singular` writes them.
_FIELD_WORDS = frozenset(_singular(w) for t in TOPICS if t != "other" for w in t.split("_"))
# An instrument's name written as a proper name, its head capitalized: "the General Agreement
# on Tariffs and Trade", "the International Cocoa Agreement" (not "a trade deal").
_TITLED_HEAD = re.compile(r"\b(?:Agreements?|Accords?|Treaty|Treaties|Pacts?|Conventions?|"
                          r"Protocols?|Charter|Declaration|Arrangements?|Deals?|Memorandum)\b")


def _words_alike(m: AgreementMention, x: AgreementMention) -> bool:
    """Two titles' specific words name one instrument: alike, and not merely because one
    says nothing but its field ("a better trade deal" and "the General Agreement on Tariffs
    and Trade": every word of the first is in the second, yet "trade" tells the matter, not
    which instrument; a named instrument is told again by its name, and the topic test
    weighs a shared field, with its own conditions)."""
    mine, theirs = _singular(specific_words(m.title)), _singular(specific_words(x.title))
    if not mine or not theirs or fuzz.token_set_ratio(mine, theirs) < 75:
        return False
    a, b = set(mine.split()), set(theirs.split())
    if not (a & b and a & b <= _FIELD_WORDS) or a == b:
        return True
    # One's words within the other's, and in common only a field: the same instrument only
    # when the longer is no proper name and the mention whose words it shares has a side of
    # its own in common ("a trade deal with Canada and Japan" says nothing of the EC's
    # "separate agreement on agricultural trade", whatever record it sits in).
    longer = x if a < b else m if b < a else None
    return (longer is None or not _proper_name(longer.name or "")) \
        and bool(set(m.countries) & set(x.countries))


def _proper_name(name: str) -> bool:
    """Is the name written as a proper name (its head capitalized, not a headline's capitals)?"""
    return bool(name) and not name.isupper() and bool(_TITLED_HEAD.search(name)) \
        and bool(proper_key(name))


# A mention coreference named like another of its article's mentions goes to that mention's
# record before any other article's, however alike: "the status of forces agreement" told
# twice in one article is one record, not one report in each of two records.
_ALIKE_IN_ARTICLE = 1.05


def _score(m: AgreementMention, c: _Cluster, across: bool = True) -> float:
    if any(x.document == m.document and x.title == m.title and x.kind == m.kind
           and x.topics == m.topics for x in c.mentions) and set(m.countries) & c.countries \
            and not _distinct_in_article(m, c) and not _other_parties(m, c):
        return _ALIKE_IN_ARTICLE
    if _same_proper_name(m, c) and not _distinct_in_article(m, c):
        return 1.0
    if not set(m.countries) & c.countries or _distinct_in_article(m, c) or _other_parties(m, c):
        return 0.0
    if _reference_across(m, c):
        return _REFERENCE
    if across and _one_sided_vague_across(m, c):
        return 0.0
    if m.document not in {x.document for x in c.mentions} and not m.vague \
            and not _same_across_articles(m, c):
        return 0.0
    if any(x.document == m.document and x.title == m.title and x.kind == m.kind
           and x.topics == m.topics for x in c.mentions):
        return 0.9  # coreference named them alike in their article: "the deal", "the deal"
    loose = bool(_LOOSE.search(m.title.split(" between ")[0]))
    same_family = any(same_kind_family(m.kind, k) for k in c.kinds)
    if not same_family and not (loose and m.kind == Kind.AGREEMENT) and not m.vague:
        return 0.0
    topics = set(m.topics) - {"other"}
    overlap = len(topics & c.topics) / len(topics | c.topics) if topics | c.topics else 0.0
    title = max(fuzz.token_set_ratio(_core(m.title), _core(x.title)) for x in c.named) / 100
    # The same named mechanism ("joint working group") when one report gives no topic, or
    # in one article (its summary and its body); across articles, two joint commissions on
    # different topics are two commissions.
    same_name = any(_name(m.title) == _name(x.title) and len(_name(m.title).split()) >= 2
                    and (not topics or not (c.topics - {"other"}) or x.document == m.document)
                    for x in c.named) and m.kind in c.kinds
    if same_name:
        title = 1.0  # the same named mechanism: "joint working group"
    short = min(len(_core(m.title).split()), min(len(_core(x.title).split()) for x in c.named))
    if overlap == 0 and not same_name and (topics and c.topics - {"other"} or title < 0.9
                                           or not same_family or short < 2):
        return 0.0  # two topics that differ are two instruments, however alike the titles
    mine, theirs = _bodies([m]), _bodies(c.named)
    for country, key in mine.items():
        other = theirs.get(country)
        if other and fuzz.token_set_ratio(key, other) < 60:
            return 0.0
    return 0.5 * overlap + 0.3 * title + 0.2 * (m.kind in c.kinds)


def _one_sided_vague_across(m: AgreementMention, c: _Cluster) -> bool:
    """Another article's vague item of one side and no counterpart ("a stopgap arrangement on
    short-term trade" that Brazil reached with its bank creditors) joins only an instrument of
    that side alone: on a topic in common it had joined the coffee producers' export-quota
    accord that Brazil and Nicaragua were negotiating that week (as _same_across_articles for
    one-sided mentions that are not vague)."""
    return (m.vague and len(m.countries) < 2 and set(m.countries) != c.countries
            and m.document not in {x.document for x in c.mentions})


# A bare "deal between the UK and the EU" in another article's report of the same weeks: the
# one instrument of exactly these parties those weeks' reports name, if there is one.
_REFERENCE = 0.36


def _reference_across(m: AgreementMention, c: _Cluster) -> bool:
    """Is one side a bare reference ("the deal") and the other of exactly its parties, in
    another article of the same weeks?"""
    if m.document in {x.document for x in c.mentions} or m.vague or len(m.countries) < 2 \
            or set(m.countries) != c.countries:
        return False
    if not (_bare_reference(m) or all(_bare_reference(x) for x in c.mentions)):
        return False
    gaps = [g for g in (_days_apart(m.date, x.date) for x in c.mentions if m.date and x.date)
            if g is not None]
    return not gaps or min(gaps) <= 45


def _bare_reference(m: AgreementMention) -> bool:
    return (not set(m.topics) - {"other"} and not specific_words(_core(m.title))
            and bool(_LOOSE.search(_name(m.title))))


def _same_month(a: str | None, dates: set[str]) -> bool:
    if not a or not dates:
        return True
    return any(a[5:7] == d[5:7] and (a[:4] == d[:4] or "X" in a + d) for d in dates)


def consolidate_agreements(mentions: list[AgreementMention], people: PeopleIndex,
                           previous_ids: dict[str, str] | None = None) -> list[Agreement]:
    _fill_block_years(mentions)
    ordered = sorted(mentions, key=lambda m: (m.vague, m.document, m.source.start))
    clusters: list[_Cluster] = []
    by_country: dict[str, list[_Cluster]] = defaultdict(list)
    for m in ordered:
        key = proper_key(m.name)
        candidates = {id(c): c for code in [*m.countries, f"name:{key}" if key else ""]
                      for c in by_country.get(code, [])}.values()
        best, best_score = None, 0.35
        references = 0
        # (a one-sided vague item that another article's instrument of more sides would have
        # taken on its topic alone refers to an instrument its own article does not tell in
        # full: no record of its own either)
        elsewhere = m.vague and any(_one_sided_vague_across(m, c)
                                    and _score(m, c, across=False) > best_score
                                    for c in candidates)
        for c in candidates:
            if m.vague and not _same_month(m.date, c.dates()):
                continue
            s = _score(m, c)
            references += s == _REFERENCE
            if s > best_score:
                best, best_score = c, s
        if best_score == _REFERENCE and references > 1:
            best = None  # "the deal" could be either of two instruments: its own record
        blocks = [*m.countries, f"name:{key}"] if key else list(m.countries)
        if best is not None:
            best.mentions.append(m)
            for code in blocks:
                if best not in by_country[code]:
                    by_country[code].append(best)
        elif not m.vague or (specific_words(m.title) and set(m.topics) - {"other"}
                             and not elsewhere):
            # (a vague item that names its field, "MoUs on health and on railways", is one)
            c = _Cluster(m)
            clusters.append(c)
            for code in blocks:
                by_country[code].append(c)
    clusters = _one_per_phrase(clusters)
    records = [_record(c, people) for c in clusters]
    assign_ids(records, previous_ids or {}, prefix="a")
    return sorted(records, key=lambda r: (r.countries, r.title))


def _phrase(m: AgreementMention) -> tuple[object, ...]:
    """Where the mention's instrument is written, and as what: one phrase of one sentence."""
    return (m.document, m.source.start, m.at, m.title, tuple(sorted(m.countries)))


def _one_per_phrase(clusters: list[_Cluster]) -> list[_Cluster]:
    """One phrase names one instrument: the stages extraction read from it ("Under the
    accord, clinched on Thursday ..., the debt owed between April 1, 1986, and ... is being
    rescheduled": agreed on Thursday, and a stage the range's first day dates) are that
    instrument's, though one stage's date set it apart from the article's other reports and
    so the two went to two records. Clusters holding mentions of one phrase (the same
    sentence, place, title and sides; not "with A and B", which names one instrument with
    each) are one."""
    owner: dict[tuple[object, ...], _Cluster] = {}
    merged: dict[int, _Cluster] = {}

    def root(c: _Cluster) -> _Cluster:
        while id(c) in merged:
            c = merged[id(c)]
        return c

    for c in clusters:
        for m in c.mentions:
            if m.vague:
                continue
            other = owner.setdefault(_phrase(m), c)
            a, b = root(other), root(c)
            if a is not b:
                a.mentions.extend(b.mentions)
                merged[id(b)] = a
    return [c for c in clusters if id(c) not in merged]


def _record(c: _Cluster, people: PeopleIndex) -> Agreement:
    named = c.named
    kinds = Counter(m.kind for m in named if not _LOOSE.search(m.title.split(" between ")[0]))
    if not kinds:
        kinds = Counter(m.kind for m in named)
    top = max(kinds.values())
    kind = min((k for k, n in kinds.items() if n == top), key=_KIND_ORDER.index)
    titles = Counter(m.title for m in named if m.kind == kind) or Counter(m.title for m in named)
    title = max(titles, key=lambda t: (titles[t], " between " in t, -abs(len(t) - 80)))
    topic_counts = Counter(t for m in named for t in m.topics if t != "other")
    topics = [t for t, _ in topic_counts.most_common()] or ["other"]
    parties = _parties(named)
    countries = sorted({p.country for p in parties if p.country} | {c for m in named
                                                                     for c in m.countries})
    confirmed = _confirmed(named, title)
    if confirmed is not None:
        countries = [x for x in countries if x in confirmed]
        parties = [p for p in parties if not p.country or p.country in confirmed]
    signatories: list[Actor] = []
    for m in c.mentions:
        for s in m.signatories:
            if not s.name:  # "Belarusian Internal Affairs Minister": who held that office
                resolved = people.by_office(s.role, s.country)
                if resolved is None:
                    continue
                s = resolved
            canon = people.canonical(s)
            if canon.name not in {x.name for x in signatories}:
                signatories.append(canon)
    states = [x for x in countries if not x.startswith("IGO:")]
    if len(states) == 2:
        # Signing opposite someone of one party, a signatory of unknown country is the other's.
        known = {s.country for s in signatories if s.country}
        if len(known) == 1 and known <= set(states):
            other = next(x for x in states if x not in known)
            signatories = [s if s.country else Actor(s.name, other, s.type, s.role)
                           for s in signatories]
    told = _one_party_left(c.mentions, parties)
    history = _history(told)
    dated = [h for h in history if h.date and not h.future]
    if dated:
        latest = max(h.date for h in dated if h.date)
        status = max((h.status for h in dated if h.date == latest), key=lambda s: s.rank)
        status = _told_after_in_its_sentence(history, told, latest, status)
    else:
        status = max((h.status for h in history), key=lambda s: s.rank)
    valid = next((m.valid_period for m in c.mentions if m.valid_period), None)
    sources = sorted({m.document for m in c.mentions})
    n_docs = len({m.document for m in named})
    confidence = min(0.98, 0.5 + 0.15 * n_docs + (0.1 if any(p.type != "state" for p in parties)
                                                 else 0.0))
    # (the title as shown; identity above read the mentions' own titles)
    title = readable_title(title, parties)
    name, sep, sides = title.partition(" between ")
    if " " not in name:  # a bare head: its purpose, told after the signing's day, names it
        purpose = next((p for m in named if m.title.split(" between ")[0] == name
                        for p in [purpose_told_after(m)] if p), "")
        if purpose:
            title = f"{name} {purpose}{sep}{sides}"
    return Agreement(id="", kind=kind, title=title, topics=topics, countries=countries,
                     parties=parties, signatories=signatories, status=status, history=history,
                     valid_period=valid, sources=sources, conflicts=_conflicts(history),
                     confidence=confidence, mention_ids=sorted(m.id for m in c.mentions))


def _told_after_in_its_sentence(history: list[HistoryStage], mentions: list[AgreementMention],
                                latest: str, status: Status) -> Status:
    """The status is the latest dated stage's, unless the phrase that dates it tells a further
    stage without a day of its own: "the CEPA, signed in 2022, had entered into force", "the
    MoU, signed in 2011, had been terminated" (an undated stage of that very phrase in that
    sentence, not one still to come, comes after the dated one: the sentence tells both, the
    dated one as background). Another phrase's stage is left alone ("The pact replaces
    arrangements dating back to the 1977 Treaty": the pact's ending is not the treaty's), and
    so is an undated stage of another sentence: it may be older than the dated one (undated
    later stages in general cost train, extra, probes and Q status)."""
    dated = [h for h in history if h.date == latest and not h.future]
    sentences = {(s.document, s.start) for h in dated for s in h.sources}
    phrases = {(m.document, m.source.start, m.at) for m in mentions
               if m.status in {h.status for h in dated}
               and (m.document, m.source.start) in sentences}
    undated = {h.status for h in history if not h.date and not h.future
               and h.status.rank > status.rank}
    further = [m.status for m in mentions if m.status in undated
               and (m.document, m.source.start, m.at) in phrases]
    return max(further, key=lambda s: s.rank) if further else status


def _names_many_states(quote: str) -> bool:
    """After the leaving verb, the quote names two states or more ("withdrew from the Andean
    pact with Chile, Bolivia and Ecuador"): with the one leaving, an instrument of more sides
    than the two parties resolved. (Only after the verb: a dateline or the state announcing
    it, "WASHINGTON - ... Canada would withdraw from the pact with Norway", is no side.)"""
    leaving = _ONE_PARTY_LEAVES.search(quote)
    if leaving is None:
        return False
    return len({pl.code for pl in gazetteer().find(quote[leaving.end():])
                if pl.code and not pl.code.startswith("IGO:")}) >= 2


def _one_party_left(mentions: list[AgreementMention], parties: list[Actor]
                    ) -> list[AgreementMention]:
    """A termination told only as one party leaving ("the US pulled out of the deal") of an
    instrument that is not bilateral (not exactly two parties): that party's rejection."""
    if len({p.country or p.name for p in parties}) == 2 and not any(
            _MANY_SIDES.search(m.title) or _MANY_SIDES.search(m.source.quote)
            or _names_many_states(m.source.quote) for m in mentions):
        return mentions
    out = []
    for m in mentions:
        quote = m.source.quote
        if m.status == Status.TERMINATED and _ONE_PARTY_LEAVES.search(quote) \
                and not _INSTRUMENT_ENDS.search(quote):
            m = replace(m, status=Status.REJECTED)
        out.append(m)
    return out


def _confirmed(named: list[AgreementMention], title: str) -> set[str] | None:
    """Of an instrument three articles or more report, the parties two of them name, and those
    its title names: one report's stray state ("Switzerland" from a Basle dateline on the
    Louvre accord) is not one. None when the reports are fewer, or agree on none."""
    by_document: dict[str, set[str]] = defaultdict(set)
    for m in named:
        by_document[m.document].update(m.countries)
    if len(by_document) < 3:
        return None
    support = Counter(c for countries in by_document.values() for c in countries)
    kept = {c for c, n in support.items() if n >= 2}
    if not kept:
        return None
    return kept | {pl.code for pl in gazetteer().find(title.split(" between ")[0])}


def _parties(named: list[AgreementMention]) -> list[Actor]:
    """Named bodies when the sources name them, else the states."""
    bodies: list[Actor] = []
    for m in named:
        for p in m.parties:
            if p.type == "state":
                continue
            key = body_key(p.name)
            if any(fuzz.token_set_ratio(key, body_key(b.name)) >= 90 and b.country == p.country
                   for b in bodies):
                continue
            bodies.append(p)
    states: list[Actor] = []
    for m in named:
        for p in m.parties:
            if p.type == "state" and p.name not in {s.name for s in states}:
                states.append(p)
    covered = {b.country for b in bodies}
    if bodies and len({b.country for b in bodies}) == 1 and len(bodies) < 2:
        return bodies + [s for s in states if s.country not in covered]
    if bodies:
        # A body per state stands for it; a state no body stands for stays.
        return bodies + [s for s in states if s.country not in covered]
    return states


def _fill_block_years(mentions: list[AgreementMention]) -> None:
    """A date without a year ('April 10–11') takes it from other reports between the same
    countries of the same day."""
    known: dict[tuple[frozenset[str], str], str] = {}
    for m in mentions:
        if m.date and len(m.date) == 10 and "X" not in m.date:
            known.setdefault((frozenset(m.countries), m.date[5:]), m.date[:4])
    for m in mentions:
        if m.date and m.date.startswith("XXXX"):
            year = known.get((frozenset(m.countries), m.date[5:])) or next(
                (y for (cs, md), y in known.items() if md == m.date[5:] and cs & set(m.countries)),
                None)
            if year:
                m.date = year + m.date[4:]


def _fill_years(mentions: list[AgreementMention]) -> dict[str, str]:
    """XXXX-MM-DD -> YYYY-MM-DD from another source's date of the same day or month."""
    full = [m.date for m in mentions if m.date and "X" not in m.date]
    out = {}
    for m in mentions:
        if m.date and m.date.startswith("XXXX"):
            same_day = [d for d in full if d[4:] == m.date[4:]]
            same_month = [d for d in full if d[4:7] == m.date[4:7]]
            pick = (same_day or same_month or [""])[0]
            if pick:
                out[m.date] = pick[:4] + m.date[4:]
    return out


def _history(mentions: list[AgreementMention]) -> list[HistoryStage]:
    filled = _fill_years(mentions)
    dates = {id(m): filled.get(m.date or "", m.date) for m in mentions}
    dates.update(_re_reports(mentions, dates))
    dates.update(_ended_told_again(mentions, dates))
    dates.update(_made_before(mentions, dates))
    groups: dict[tuple[Status, str | None], list[AgreementMention]] = defaultdict(list)
    for m in mentions:
        groups[(m.status, dates[id(m)])].append(m)
    # Vague mentions only ("accords on postal services were signed") at a stage that named
    # mentions report too: their sources go to that stage, not to a stage of their own.
    named = {status for (status, _), ms in groups.items() if any(not m.vague for m in ms)}
    folded: dict[Status, list[Source]] = defaultdict(list)
    for key in [k for k, ms in groups.items() if k[0] in named and all(m.vague for m in ms)]:
        folded[key[0]] += [m.source for m in groups.pop(key)]
    stages = []
    for (status, when), ms in groups.items():
        places = Counter(m.place for m in ms if m.place)
        stages.append(HistoryStage(status, _iso_or_none(when),
                                   places.most_common(1)[0][0] if places else None,
                                   _unique_sources([m.source for m in ms] + folded[status]),
                                   future=any(m.future for m in ms)))
    return sorted(stages, key=lambda h: (h.date or "9999", h.status.rank))


_RE_REPORT_DAYS = 31
# Stages that happen once (a deal reached, a text signed); a state that lasts (talks under way,
# a plan, a proposal on the table, implementation) is as true on the later day as on the first.
_ONE_OFF = frozenset({Status.AGREED, Status.FINALIZED, Status.SIGNED, Status.RATIFIED,
                      Status.TERMINATED, Status.REJECTED})


def _re_reports(mentions: list[AgreementMention],
                dates: dict[int, str | None]) -> dict[int, str | None]:
    """A one-off stage that a later article reports as news of its day ("have reached agreement",
    dated by that article's publication date, not by its own words) after another article
    already told the same stage on an earlier day: the stage happened by the earliest report,
    so the later one is dated with it, within a month."""
    def day(m: AgreementMention) -> str | None:
        d = dates[id(m)]
        return d if d and len(d) == 10 and "X" not in d else None  # (ISO days order as text)

    out: dict[int, str | None] = {}
    for m in mentions:
        later = day(m)
        if later is None or m.explicit_date or m.future or m.status not in _ONE_OFF:
            continue
        earlier = [d for o in mentions if o.status == m.status and o.document != m.document
                   and not o.future and (d := day(o)) is not None and d < later
                   and (apart := _days_apart(d, later)) is not None
                   and apart <= _RE_REPORT_DAYS]
        if earlier:
            out[id(m)] = min(earlier)
    return out


def _ended_told_again(mentions: list[AgreementMention],
                      dates: dict[int, str | None]) -> dict[int, str | None]:
    """An end (terminated, rejected, suspended) that an article tells undated, dated only by
    its own day, when the same article dates an end of the instrument earlier ("abandoned
    that agreement two years ago ... because it had abandoned the agreement"): an instrument
    ends once, so the end told again is dated with the one the text dates."""
    out: dict[int, str | None] = {}
    for m in mentions:
        when = dates[id(m)]
        if m.status not in _ENDED or m.explicit_date or m.future or not when:
            continue
        told = [d for o in mentions if o.document == m.document and o.status in _ENDED
                and o.explicit_date and not o.future and (d := dates[id(o)]) and d < when]
        if told:
            out[id(m)] = min(told)
    return out


def _made_before(mentions: list[AgreementMention],
                 dates: dict[int, str | None]) -> dict[int, str | None]:
    """A stage of the making told again as background (`_made_told_again`) is dated by the
    same stage the article dates ("a deal struck in 2015 ... the deal negotiated by Obama":
    2015); before a later stage it dates, with no date of its own, it has none (signed,
    then "not ratified until 1946": the signing is not on the article's day, and its day
    is unknown)."""
    out: dict[int, str | None] = {}
    for m in mentions:
        told = [o for o in mentions if o is not m and _made_told_again(m, o, named_alike=False)]
        if not told:
            continue
        same = sorted(d for o in told if o.status == m.status and (d := dates[id(o)]))
        out[id(m)] = same[0] if same else None
    return out


def _iso_or_none(date: str | None) -> str | None:
    return None if not date or "X" in date else date


def _unique_sources(sources: list[Source]) -> list[Source]:
    seen, out = set(), []
    for s in sources:
        key = (s.document, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _conflicts(history: list[HistoryStage]) -> list[Conflict]:
    """Sources that date the conclusion differently: a stage at or beyond 'finalized' on one
    date, another on a date more than a month apart, from other documents."""
    concluded = [h for h in history if h.date and h.status.rank >= Status.FINALIZED.rank
                 and h.status.rank <= Status.RATIFIED.rank]
    if len(concluded) < 2:
        return []
    first, last = min(concluded, key=lambda h: h.date or ""), max(concluded, key=lambda h: h.date or "")
    docs_first = {s.document for s in first.sources}
    docs_last = {s.document for s in last.sources}
    if first.date and last.date and first.date[:7] != last.date[:7] and docs_first != docs_last:
        return [Conflict("concluded", [
            (f"{first.status.value} {first.date}", first.sources),
            (f"{last.status.value} {last.date}", last.sources)])]
    return []
