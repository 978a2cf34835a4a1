"""One record per visit or meeting across documents, blocked by the countries involved."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date
from functools import cache

from accords.annotate.gazetteer import gazetteer
from accords.consolidate.event_titles import record_title
from accords.consolidate.ids import assign_ids
from accords.consolidate.people import PeopleIndex, same_person
from accords.data import load_json
from accords.extract.event_era import far_apart
from accords.extract.event_people import no_person_name, person_name
from accords.extract.event_places import IN_PERSON, call_and_met, remote_gathering
from accords.extract.event_split import met_on_its_sidelines, two_named_gatherings
from accords.records import Actor, Agreement, Event, EventMention
from accords.vocab import EventKind, EventStatus, Status

# per article, the ministries of the ministers its gatherings' sentences name (None: each
# report's own only)
_Ministries = Mapping[str, frozenset[str]] | None


def _overlap(a0: str | None, a1: str | None, b0: str | None, b1: str | None) -> bool:
    if not a0 or not b0:
        return True
    a1, b1 = a1 or a0, b1 or b0
    if "X" in a0 + a1 + b0 + b1:
        a0, a1, b0, b1 = a0[5:], a1[5:], b0[5:], b1[5:]
    n = min(len(a0), len(b0), len(a1), len(b1))
    return a0[:n] <= b1[:n] and b0[:n] <= a1[:n]


def _near(a: str | None, b: str | None, days: int = 2) -> bool:
    try:
        return bool(a and b) and abs((date.fromisoformat(a or "") - date.fromisoformat(b or "")).days) <= days
    except ValueError:
        return False


def _same_people(a: list[Actor], b: list[Actor]) -> int:
    return sum(1 for x in a if any(same_person(x.name, y.name) for y in b))


def _matches(e: EventMention, c: list[EventMention], ministries: _Ministries = None) -> bool:
    """The mention is of the cluster's event: it matches one of its mentions on its own (era,
    days, and place or people), not one member's days and another's place. Matching any
    member on each test chained a 2004 London conference to 1987 ones through undated
    reports (blind audits: records mixing events of other articles)."""
    head = c[0]
    if (e.kind == EventKind.VISIT) != (head.kind == EventKind.VISIT):
        return False
    if e.kind == EventKind.VISIT and (e.host_country, e.visiting_country) != (
            head.host_country, head.visiting_country):
        return False
    return any(_pair(e, x, head) for x in c) and not _too_long(e, c) \
        and all(_announced_as_held(e, x) for x in c) and _meets_dated(e, c) \
        and _same_bodies(e, c) \
        and not any(x.document != e.document and _other_ministers(e, x, ministries) for x in c)


def _named_bodies(e: EventMention) -> frozenset[str]:
    """The organizations or groups of states whose gathering the mention's title names ('the
    G-7 meeting', 'IMF Interim Committee meeting'); empty for one named by who met."""
    return _bodies_in_title(e.title)


@cache
def _bodies_in_title(title: str) -> frozenset[str]:
    return frozenset(p.code for p in gazetteer().find(title) if p.code.startswith("IGO:"))


def _same_bodies(e: EventMention, c: list[EventMention]) -> bool:
    """A gathering of one body is not another's in the same city that week: the G-5, the G-7,
    the G-10 and the IMF committees meeting in Washington the same days had chained, through
    a place and near days, into one record of 68 articles (blind audits: a quote of the rubber
    conference in the record of EC-Comecon talks). Every member naming a body must share one
    with the mention, not one chained member."""
    mine = _named_bodies(e)
    return not mine or all(not _named_bodies(x) or _named_bodies(x) & mine for x in c)


def _precise(e: EventMention, c: list[EventMention]) -> list[EventMention]:
    """The members dated at least as precisely as the mention (all dated ones if none is)."""
    if not e.start:
        return []
    dated = [x for x in c if x.start]
    return [x for x in dated if len(x.start or "") >= len(e.start)] or dated


def _meets_dated(e: EventMention, c: list[EventMention]) -> bool:
    """A dated mention joins a cluster that has dated mentions only on days one of them
    gives, or two days apart (two wires dating one sitting): an undated report ('the Washington meeting') overlaps every date, and through it
    reports of other days in the same city had chained into one record (blind audits: a
    House committee meeting of March, a 1986 annual meeting and April's G-7 talks as one)."""
    dated = _precise(e, c)
    if not dated:
        return True
    return any(_overlap(e.start, e.end, x.start, x.end) or _near(e.start, x.start)
               for x in dated)


# One meeting, visit or round of talks lasts days or weeks; a record spanning months has
# chained reports of several through undated ones and a common name (blind audits: "Talks of
# Russia" from 128 articles, February to October).
_LONGEST_DAYS = 14


def _too_long(e: EventMention, c: list[EventMention]) -> bool:
    days: list[date] = []
    for x in (e, *c):
        for d in (x.start, x.end):
            if d and len(d) == 10 and "X" not in d:
                try:
                    days.append(date.fromisoformat(d))
                except ValueError:
                    continue
    return bool(days) and (max(days) - min(days)).days > _LONGEST_DAYS


def _pair(e: EventMention, x: EventMention, head: EventMention) -> bool:
    if far_apart(e.era, x.era):
        return False  # articles written years apart: an undated report is of its own time
    if e.document == x.document and two_named_gatherings(e, x):
        return False  # the article told them apart (extract/event_merge.py: _merge_within)
    if e.document == x.document and _held_and_another(e, x):
        return False
    if met_on_its_sidelines(e, x):
        return False  # (the pair met apart at the summit their sentence also tells of)
    # (two articles' ministers of different ministries: `_matches` asks it of every member)
    if e.document != x.document and (_other_occasions(e, x) or _call_and_undated_gathering(e, x)):
        return False
    if e.kind == EventKind.VISIT and _visitors_told_apart(e, x):
        return False
    if call_and_met(e, x) or called_and_met_told(e, x):
        return False  # a call is not the meeting another report places somewhere
    if e.group and x.group and x.place == e.place and _near(e.start, x.start) and (
            e.document == x.document or e.place_stated and x.place_stated
            or _named_bodies(e) == _named_bodies(x)) and (
            # (across articles a dateline's place, where the story was filed, does not make a
            # body's gathering another's: coffee talks in London filed from Kampala are not a
            # World Bank mission's talks in Kampala)
            e.document == x.document or _named_bodies(e) & _named_bodies(x)
            or _shares_person(e.participants, x.participants)
            or not e.participants and not x.participants):
        # one meeting of governments, dated by two wires a day apart, unless one names people
        # the other does not (a committee of the 11th is not two presidents' talks of the 12th)
        return True
    if not _overlap(e.start, e.end, x.start, x.end):
        return False
    if e.kind == EventKind.VISIT:
        return True
    if e.place and x.place == e.place and (not e.participants or not x.participants) and (
            e.kind == x.kind or e.document == x.document) and (
            e.document == x.document or e.place_stated and x.place_stated):
        # one gathering reported by two articles, one naming no one, by one name ('the
        # London conference' is not 'a meeting in London last month' of another story)
        return True
    common = _same_people(e.participants, x.participants)
    smallest = min(len(e.participants), len(x.participants))
    if e.document != x.document and common < 2 and not (e.start and x.start) \
            and not (e.place and e.place == x.place):
        # One person in common, and another article's report that no date or place fixes: a
        # president meets many people; without dates on both sides one name chained a
        # summit, a birthday call and talks with a third leader (blind audits: a record of 7
        # articles with Kim Jong-un and Lukashenko as participants of Putin-Trump talks).
        return False
    if common < min(2, max(1, smallest)):
        return False
    return e.host_country in (None, head.host_country) or _sides_told_apart(e, x, common)


# A gathering other than the one the article reports: one to come after it ("talk of an
# upcoming meeting", "called on the ICO to convene another meeting", "at the new round of
# trade talks") or one before it ("at the end of the group's last meeting").
_ANOTHER_TO_COME = re.compile(r"\b(?:next|upcoming|forthcoming|another|new\s+round|further|"
                              r"again)\b", re.I)
_ONE_BEFORE = re.compile(r"\b(?:last|previous|earlier|former|past)\s+(?:[A-Z][\w-]*\s+)?"
                         r"(?:meeting|summit|talks|conference|session|round)\b", re.I)


def _held_and_another(e: EventMention, x: EventMention) -> bool:
    """One article's report of a gathering held and its mention of another, to come or
    before it, that _merge_within kept apart by status: the dateline's city, given to both,
    had joined them here (blind audit, round 16: "At that meeting, the two reaffirmed ..."
    and "talk of an upcoming meeting of the major industrial countries" as one record). A
    mention read as planned for want of a past verb ("They declined to disclose details of
    the talks") names no other occasion and stays with the one reported."""
    if EventKind.VISIT in (e.kind, x.kind) or {e.status, x.status} != {
            EventStatus.PLANNED, EventStatus.HELD}:
        return False
    planned, held = (e, x) if e.status == EventStatus.PLANNED else (x, e)
    if not planned.start and planned.multilateral and not held.multilateral \
            and _named_bodies(planned) - _named_bodies(held):
        # a body's gathering to come is not the meeting of two people held ("after a meeting
        # with his German counterpart" and "ahead of a meeting of the G7 ... next week": blind
        # audits rounds 18 and 23), dated or not
        return bool(_ANOTHER_TO_COME.search(planned.source.quote))
    if not planned.start:
        # (an undated "next round of talks" made a record of its own that no one counts: a
        # gathering to come with no day is left in the record of the one reported; splitting
        # it lowered pooled event F1 from 0.864 to 0.857)
        return False
    return bool(_ANOTHER_TO_COME.search(planned.source.quote)
                or _ONE_BEFORE.search(held.source.quote))


def _other_occasions(e: EventMention, x: EventMention) -> bool:
    """Two articles' gatherings named by different nouns, one a summit or a conference and
    the other not the generic "meeting" (which names any gathering: "the two-week meeting" is
    the renegotiation conference, "the meeting of the world's seven major economic powers"
    the Venice summit), that share no body their titles name and no person: two occasions in
    one city ("Talks between the EC and the United States have failed to settle a trade
    dispute" and "Leaders of the EC began their two-day summit", both filed from Brussels
    that day, had made one record of the pasta talks and the summit, blind audit round 23)."""
    return EventKind.MEETING not in (e.kind, x.kind) and two_named_gatherings(e, x) \
        and not (_named_bodies(e) & _named_bodies(x)) \
        and not _shares_person(e.participants, x.participants)


# The ministries whose ministers meet ("a meeting of EC foreign ministers", "EC farm ministers
# ... are expected to decide it at a marathon meeting", "European Union finance ministers are
# meeting"): the generic ministries of data/ministries.json by the words that name them, with
# the words wires use for the farm, budget, environment and fisheries portfolios.
_MORE_PORTFOLIOS = {"farm": "agriculture", "agricultural": "agriculture", "economic": "finance",
                    "economics": "finance", "budget": "budget", "environment": "environment",
                    "fisheries": "fisheries"}


@cache
def _portfolio_words() -> dict[str, str]:
    words = {w.lower(): key for key, m in load_json("ministries.json")["ministries"].items()
             for w in m["words"]}
    # (economy and finance ministers meet as one formation: the EC's Ecofin, the G20's)
    return {w: "finance" if key == "economy" else key for w, key in words.items()} \
        | _MORE_PORTFOLIOS


_MINISTERS = re.compile(r"\bministers\b", re.I)
_WORD = re.compile(r"[A-Za-z]+|[,&]")


def _portfolios(e: EventMention) -> frozenset[str]:
    """The ministries of the ministers the mention's sentence first names ("foreign
    ministers", "trade and agriculture ministers", "foreign affairs ministers"); empty when its
    first ministers are named by no portfolio ("EC ministers", "the ministers") or none are."""
    m = _MINISTERS.search(e.source.quote)
    if not m:
        return frozenset()
    words = _portfolio_words()
    before = [w.lower() for w in _WORD.findall(e.source.quote[max(0, m.start() - 60):m.start()])]
    found: set[str] = set()
    while before:
        two = " ".join(before[-2:])
        if len(before) > 1 and two in words:
            found.add(words[two])
            before = before[:-2]
        elif before[-1] in words:
            found.add(words[before[-1]])
            before = before[:-1]
        elif before[-1] in ("and", ",", "&") and found:
            before = before[:-1]
        else:
            break
    return frozenset(found)


# gatherings of ministers (a summit's are its leaders, whatever ministers its sentence names)
_MINISTERS_MEET = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE)


def _article_ministries(mentions: list[EventMention]) -> dict[str, frozenset[str]]:
    """Per article, the ministries of the ministers its gatherings' sentences name: those of a
    report whose own sentence names its ministers by no portfolio ("The ministers were meeting
    for the first time since ...", after "a meeting today of EC budget ministers")."""
    out: dict[str, frozenset[str]] = defaultdict(frozenset)
    for e in mentions:
        if e.kind in _MINISTERS_MEET:
            out[e.document] |= _portfolios(e)
    return dict(out)


def _ministries(e: EventMention, ministries: _Ministries) -> frozenset[str]:
    if e.kind not in _MINISTERS_MEET:
        return frozenset()
    own = _portfolios(e)
    if own or not _MINISTERS.search(e.source.quote):
        return own
    return (ministries or {}).get(e.document, frozenset())


def _other_ministers(e: EventMention, x: EventMention, ministries: _Ministries = None) -> bool:
    """Two articles' gatherings of ministers of different ministries: two occasions, though
    one city and one body ("a meeting of EC foreign ministers" on Monday and "a meeting today
    of EC budget ministers" and the farm ministers' "marathon meeting on EC farm prices", all
    in Luxembourg, had made one record of three sessions, blind audit round 30). Ministers
    named by no portfolio may be any of them; a report whose own sentence names its ministers
    by none ("the ministers") takes those its article names (ministries:
    _article_ministries). A summit is its leaders' whatever ministers its sentence names."""
    mine, theirs = _ministries(e, ministries), _ministries(x, ministries)
    return bool(mine) and bool(theirs) and not mine & theirs


def _call_and_undated_gathering(e: EventMention, x: EventMention) -> bool:
    """Another article's call and a gathering whose people sat together, not both dated: a
    call is a gathering of its own day, and an undated one has no day to share (Trump's phone
    conversation with Putin "on Monday" had joined another story's undated "talks with Kim
    Jong-un" in Vietnam through the two names, blind audit round 30). Dated, the days decide."""
    if (e.kind == EventKind.CALL) == (x.kind == EventKind.CALL):
        return False
    met = x if e.kind == EventKind.CALL else e
    return met.kind in IN_PERSON and not (e.start and x.start) \
        and not remote_gathering(met.kind, met.source.quote)


def _visitors_told_apart(e: EventMention, x: EventMention) -> bool:
    """Two articles' visits of one state to another that no date places, each naming who
    went and none in common (hosts aside): two trips ("Mr Straw's China trip" and "Gordon
    Brown's ... trip to China" of undated stories had made one record with both men, blind
    audits rounds 18 and 23). Dated visits are told apart by their days."""
    if e.document == x.document or e.start or x.start:
        return False
    mine, theirs = _visitors(e), _visitors(x)
    return bool(mine) and bool(theirs) and not _shares_person(mine, theirs)


def _visitors(e: EventMention) -> list[Actor]:
    """The people of the visiting state a visit's report names (not the hosts who met them)."""
    return [p for p in e.participants if p.country and p.country == e.visiting_country]


def _sides_told_apart(e: EventMention, x: EventMention, common: int) -> bool:
    """The same two people on the same day, the two states named host and guest the other
    way round by another article: the host's agency and the guest's telling one meeting ("Xi
    held talks with Macron in Beijing", "Macron met Xi", filed from Paris, whose dateline made
    Paris the place), not two meetings."""
    return (e.document != x.document and common >= 2 and bool(e.start and x.start)
            and e.kind != EventKind.VISIT and x.kind != EventKind.VISIT
            and e.host_country is not None and x.host_country is not None
            and {e.host_country, e.visiting_country} == {x.host_country, x.visiting_country})


def _announced_as_held(e: EventMention, x: EventMention) -> bool:
    """An announcement ('will hold talks with X this week', 'is due to meet X') is of the
    gathering another article reports as held only when it is of the same kind and, both
    dated, on the same days: the held report wins the record's status, and an undated 'due
    to meet Putin' had become held through another article's telephone call with Bush, and
    Reagan's planned talks with Nakasone through Abe's meeting with Reagan (blind audits,
    round 10). Every held member of the record must agree, not one planned member that
    chains to them."""
    if e.document == x.document or {e.status, x.status} != {EventStatus.PLANNED,
                                                             EventStatus.HELD}:
        return True  # (one article's own mentions were told apart by extraction)
    if e.kind != x.kind:
        return False  # 'due to meet Putin' is not another article's telephone call
    return not (e.start and x.start) or _overlap(e.start, e.end, x.start, x.end) \
        or _near(e.start, x.start)


def _shares_person(a: list[Actor], b: list[Actor]) -> bool:
    """One person in both lists, by name or by a name's last words ('De Clercq' is 'Willy De
    Clercq': see same_person)."""
    return any(same_person(x.name, y.name) for x in a for y in b)


# "met" told as the verb of a meeting's own sentence
_MET = re.compile(r"\b(?:met|meets)\b", re.I)


def called_and_met_told(e: EventMention, x: EventMention) -> bool:
    """Within one article, a call and a meeting its sentence tells by "met" (not by phone or
    video): two occasions, whoever they share ("Takeshita said in a telephone conversation
    ..." and "Baker met with West German financial officials", blind audit round 28, events
    line 3), as extraction's _called_and_met keeps them apart when both are accepted."""
    if e.document != x.document or (e.kind == EventKind.CALL) == (x.kind == EventKind.CALL):
        return False
    met = x if e.kind == EventKind.CALL else e
    return met.kind == EventKind.MEETING and bool(_MET.search(met.source.quote)) \
        and not remote_gathering(met.kind, met.source.quote)


def _same_two(e: EventMention, c: list[EventMention]) -> bool:
    """A meeting (not a visit) on the same days as the cluster's, with two of its people. An
    undated one has no days to share: the same two negotiators meet round after round ("after
    the seventh round of talks, Mr Frost said" is not the round "wrapped up in London on
    Thursday" that Barnier and his counterpart Frost spoke after). Its own article's cluster
    it may still join (the article's gatherings were told apart by extraction). Nor does an
    undated member of another article give the days (a conference call of April 9 had joined,
    through Trump and Putin, another story's undated talks, blind audit round 30)."""
    return c[0].kind != EventKind.VISIT and all(_announced_as_held(e, x) for x in c) \
        and (bool(e.start) or all(x.document == e.document for x in c)) \
        and not any(call_and_met(e, x) or called_and_met_told(e, x) for x in c) \
        and not any(x.document == e.document and (two_named_gatherings(e, x)
                                                  or _held_and_another(e, x)) for x in c) \
        and any((x.start or x.document == e.document) and _overlap(e.start, e.end, x.start, x.end)
                for x in c) \
        and max(_same_people(e.participants, x.participants) for x in c) >= 2


def consolidate_events(mentions: list[EventMention], people: PeopleIndex,
                       agreements: list[Agreement],
                       previous_ids: dict[str, str] | None = None) -> list[Event]:
    blocks: dict[frozenset[str | None], list[list[EventMention]]] = defaultdict(list)
    ministries = _article_ministries(mentions)
    for e in sorted(mentions, key=lambda e: (e.document, e.source.start)):
        key = frozenset({e.host_country, e.visiting_country})
        target = next((c for c in blocks[key] if _matches(e, c, ministries)), None)
        if target is None and e.kind != EventKind.VISIT and len(e.participants) >= 2:
            # One meeting of the same two people on the same days, which two wires placed
            # differently (one at the talks, one at its dateline): the people decide.
            target = next((c for other, cs in blocks.items() if other != key
                           and e.visiting_country in other for c in cs if _same_two(e, c)), None)
        if target is None:
            blocks[key].append([e])
        else:
            target.append(e)
    clusters = _join_body_gatherings([c for block in blocks.values() for c in block],
                                     ministries)
    events = [_record(c, people, agreements) for c in clusters]
    assign_ids(events, previous_ids or {}, prefix="e")
    return sorted(events, key=lambda e: (e.start or "", e.title))


def _gathering_bodies(c: list[EventMention]) -> frozenset[str] | None:
    """The one body whose gathering every report of the finished record is (all gatherings of
    members, not visits; every report that names a body naming the same ones, and one at
    least naming it); None for any other record."""
    if not all(e.multilateral and e.kind != EventKind.VISIT for e in c):
        return None
    named = {_named_bodies(e) for e in c} - {frozenset()}
    return next(iter(named)) if len(named) == 1 else None


def _full_days(c: list[EventMention]) -> tuple[date, date] | None:
    """The record's first and last day when its reports date it to full days of a known year
    (the days it is reported held on, as _record dates it)."""
    start, end = _dates([e for e in c if e.status == _status(c) and e.start] or c)
    if not start or len(start) != 10 or "X" in start:
        return None
    last = end if end and len(end) == 10 and "X" not in end else start
    try:
        return date.fromisoformat(start), date.fromisoformat(last)
    except ValueError:
        return None


def _undated_page(c: list[EventMention]) -> bool:
    """Reports of no known time: no article's era (no publication date, no year in its text)
    and no date of a known year."""
    return all(not e.era and not (e.start and not e.start.startswith("XXXX")) for e in c)


def _may_join(a: list[EventMention], b: list[EventMention], ministries: _Ministries = None
              ) -> bool:
    """No pair of reports across the two records that the pair tests tell apart (another
    kind of gathering named, the sidelines of a summit, an announcement of another kind, one
    article's held gathering and another to come)."""
    return all(not far_apart(e.era, x.era) and _announced_as_held(e, x)
               and not met_on_its_sidelines(e, x) and not call_and_met(e, x)
               and not (e.document == x.document and (two_named_gatherings(e, x)
                                                      or _held_and_another(e, x)))
               and not (e.document != x.document and (_other_occasions(e, x)
                                                      or _other_ministers(e, x, ministries)))
               for e in a for x in b)


def _stated_places(c: list[EventMention]) -> set[str]:
    return {e.place for e in c if e.place and e.place_stated}


def _join_body_gatherings(clusters: list[list[EventMention]], ministries: _Ministries = None
                          ) -> list[list[EventMention]]:
    """One body's gathering whose reports were filed under different hosts (a dateline's
    country, a sentence's other state) is one record: the blocks keep records of different
    hosts apart, so the G7 finance ministers' London meeting reported by five undated pages
    was five records (round-28 audit). A second pass over the finished records, so that no
    early join changes which cluster a later report finds (joining reports one by one across
    blocks had chained the Washington meetings of April 1987 into other bodies' sessions:
    docs/learned.md, evdup22). Two records of one body join when
    - both are dated to full days that overlap or lie two days apart (two wires dating one
      sitting), or neither has a known time: reports of articles of no known era, with no
      date of a known year (the undated pages of one news site); an undated report in a dated
      article is of the session its context tells, which this pass does not see;
    - they are of one kind (a body's summit of leaders is not its ministers' meeting), at most
      one place is stated among them, and no two reports across them are told apart by the
      pair tests;
    - they hold reports of two articles at least: two records of one article alone are the
      ones extraction kept apart reading that article's context (extract/event_merge.py,
      _merge_within); this pass joins across articles.
    A group of records joined so (a chain through several pairs) stays apart altogether if it
    would state two places or span more days than one gathering lasts. The result depends
    only on the set of records, not on their order."""
    keyed = [(i, (b, _kind(c)), _full_days(c)) for i, c in enumerate(clusters)
             if (b := _gathering_bodies(c)) is not None]
    parent = list(range(len(clusters)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n, (i, bi, di) in enumerate(keyed):
        for j, bj, dj in keyed[n + 1:]:
            if bi != bj or len(_stated_places(clusters[i]) | _stated_places(clusters[j])) > 1:
                continue
            if di and dj:
                close = di[0] <= dj[1] and dj[0] <= di[1] or abs((di[0] - dj[0]).days) <= 2
            else:
                close = not di and not dj and _undated_page(clusters[i]) \
                    and _undated_page(clusters[j])
            if close and len({e.document for e in clusters[i] + clusters[j]}) > 1 \
                    and _may_join(clusters[i], clusters[j], ministries):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(clusters)):
        groups[root(i)].append(i)
    out: list[list[EventMention]] = []
    for members in groups.values():
        merged = sorted((e for i in members for e in clusters[i]),
                        key=lambda e: (e.document, e.source.start))
        if len(members) > 1 and (len(_stated_places(merged)) > 1 or _too_long(merged[0], merged)):
            out.extend(clusters[i] for i in members)
        else:
            out.append(merged if len(members) > 1 else clusters[members[0]])
    return out


def _a_week(d: tuple[str, str]) -> bool:
    """A span that is a whole calendar week, Monday to Sunday: what "last week" or "next week"
    resolves to, a period the gathering fell in, not its days."""
    if len(d[0]) != 10 or len(d[1]) != 10:
        return False
    start, end = date.fromisoformat(d[0]), date.fromisoformat(d[1])
    return start.weekday() == 0 and (end - start).days == 6


def _dates(c: list[EventMention]) -> tuple[str | None, str | None]:
    full = [(e.start, e.end or e.start) for e in c if e.start and "X" not in e.start]
    if full:
        precise = [d for d in full if len(d[0]) == 10] or full
        # "met last week" beside "met yesterday" or "on April 23": the days another report
        # gives inside that week date the gathering, not the whole week
        days = [d for d in precise if not _a_week(d)]
        if days and len(days) < len(precise) and all(
                any(w[0] <= d[0] and d[1] <= w[1] for w in precise if _a_week(w)) for d in days):
            precise = days
        return min(d[0] for d in precise), max(d[1] for d in precise if d[1])
    partial = [(e.start, e.end) for e in c if e.start]
    return partial[0] if partial else (None, None)


def _days_within(start: str | None, end: str | None, others: list[EventMention]
                 ) -> tuple[str | None, str | None]:
    """The first and last day another report of the record gives inside the month or year its
    own reports date it to ("the Venice summit this month", held, beside "the Venice summit
    on June 8-10", announced): the same gathering told more precisely, not another time it was
    set for (days outside that month or year, a rescheduling, are left out). Only a span of
    days told by both ends: a single day may be one sitting of a longer gathering ("will be
    discussed tonight" at a session of weeks), and a whole week ("next week's summit") is a
    period the gathering falls in, not its days. The record's dates as they are when it
    already has days or no other report gives such a span inside."""
    if not start or "X" in start or len(start) == 10:
        return start, end
    last = end or start
    inside = [e for e in others if e.start and e.end and len(e.start) == len(e.end) == 10
              and "X" not in e.start + e.end and e.start < e.end
              and not _a_week((e.start, e.end))
              and e.start[:len(start)] >= start and e.end[:len(last)] <= last]
    return _dates(inside) if inside else (start, end)


def _fill_year(date: str | None, others: list[str]) -> str | None:
    if date and date.startswith("XXXX"):
        same = [d for d in others if d[4:7] == date[4:7] and "X" not in d]
        if same:
            return same[0][:4] + date[4:]
        # (else the one year every dated report of the same people gives: "talks resume on
        # 7 September" in an undated page beside their dated 21 August round; never a year
        # the reports disagree on, nor one no report of them gives)
        years = {d[:4] for d in others if "X" not in d[:4]}
        return years.pop() + date[4:] if len(years) == 1 else None
    return date


def _kind(c: list[EventMention]) -> EventKind:
    kinds = Counter(e.kind for e in c)
    return EventKind.VISIT if EventKind.VISIT in kinds else (
        EventKind.TALKS if EventKind.TALKS in kinds else kinds.most_common(1)[0][0])


def _record(c: list[EventMention], people: PeopleIndex, agreements: list[Agreement]) -> Event:
    kind = _kind(c)
    status = _status(c)
    # An event reported as held is dated by those reports, not by the week it was planned for.
    start, end = _dates([e for e in c if e.status == status and e.start] or c)
    start, end = _days_within(start, end, [e for e in c if e.status != status])
    # "on 7 September" in an article of 2020 that gives no year: that year (other reports'
    # years, filled later, are the fallback for an article of no known year). Only the year of
    # a publication date: an article that gives none is of no known year, whatever its
    # address says (GUIDE: its undated days resolve to null; a year is never guessed).
    eras = Counter(e.era for e in c if e.era and e.era_published)
    if eras:
        era = eras.most_common(1)[0][0]
        start, end = (era + d[4:] if d and d.startswith("XXXX") else d for d in (start, end))
    participants: list[Actor] = []
    for e in c:
        for p in e.participants:
            canon = people.canonical(p)
            if canon.name not in {x.name for x in participants}:
                participants.append(canon)
    places = Counter(e.place for e in c if e.place and e.place_stated)
    cities = gazetteer().places
    place = max(places, key=lambda p: (p in cities, places[p])) if places else None
    head = max(c, key=lambda e: (e.kind == kind, len(e.participants)))
    docs = {e.document for e in c}
    sources = []
    seen = set()
    for e in c:
        if (e.source.document, e.source.start) not in seen:
            seen.add((e.source.document, e.source.start))
            sources.append(e.source)
    title = head.title
    if kind == EventKind.VISIT and participants:
        who = next((p.name for p in participants if p.country == head.visiting_country),
                   participants[0].name)
        # (a visit to a person, "Senator X visited Mr Blair", has no place; its own title
        # names the host)
        where = place or head.place
        title = f"{who}'s visit to {where}" if where else head.title
    else:
        title = record_title(kind, title, participants, place, head.host_country,
                             head.visiting_country,
                             sides=not all(e.multilateral for e in c))
    # (the visiting side was kept so far to tell gatherings apart; a gathering of members has
    # none to report)
    visiting = None if all(e.multilateral for e in c) else head.visiting_country
    ev = Event("", kind, title, start, end, place, head.host_country, visiting,
               participants, [], sources, sorted(e.id for e in c), status)
    ev.agreements = _linked(ev, docs, agreements)
    _add_signatories(ev, [a for a in agreements if a.id in ev.agreements], people)
    return ev


def _add_signatories(ev: Event, signed: list[Agreement], people: PeopleIndex) -> None:
    """Those who signed an instrument at the event took part in it (GUIDE: the ministers who
    sign during a visit are among its participants), when of a state of the event or of no
    state the text gives."""
    states = {ev.host_country, ev.visiting_country} - {None}
    for a in signed:
        for s in a.signatories:
            if not s.name or (s.country and s.country not in states) or no_person_name(s.name):
                continue  # (nor a signatory's "name" of no one: "African Cooperation", evparts4)
            canon = people.canonical(person_name(s))
            if not any(same_person(canon.name, p.name) for p in ev.participants):
                ev.participants.append(canon)


def _status(c: list[EventMention]) -> EventStatus:
    """A report that it took place outranks an announcement, and a report that it was called
    off outranks the announcement it cancels."""
    announced_in = {e.document for e in c if e.status == EventStatus.PLANNED}
    # (within one article that announces it, a sentence read as held only for want of a
    # future word and with no date of its own does not make it held: "Straw will hold talks in
    # Beijing on Thursday ... The trip is part of regular meetings with Beijing ministers."; one
    # a past verb tells as gone by does: "said Gaymard, after a meeting with Eichel")
    statuses = {e.status for e in c
                if not (e.status == EventStatus.HELD and e.start is None
                        and e.document in announced_in and not e.told_past)}
    for status in (EventStatus.HELD, EventStatus.CANCELLED):
        if status in statuses:
            return status
    return EventStatus.PLANNED


def _linked(ev: Event, docs: set[str], agreements: list[Agreement]) -> list[str]:
    """Instruments signed or announced at the event: reported by one of its articles, with a
    stage dated within it, between the countries involved."""
    out = []
    countries = {c for c in (ev.host_country, ev.visiting_country) if c}
    for a in agreements:
        if not docs & set(a.sources) or not countries <= set(a.countries):
            continue
        if any((h.date and _overlap(h.date, h.date, ev.start, ev.end)
                # an undated visit and an undated signing that one article reports: the
                # signing during the visit ("on his state visit ... signed a treaty"); talks
                # go on for years, and an undated instrument beside them may be years old
                or ev.kind == EventKind.VISIT and not (h.date or ev.start)
                and h.status == Status.SIGNED)
               and {s.document for s in h.sources} & docs for h in a.history):
            out.append(a.id)
    return out


def fill_event_years(events: list[Event]) -> None:
    """An article that gives 'April 10–11' with no year takes it from other reports of the
    same people or the same two states, not from any record of that month: in a corpus of
    1987 wires and 2005 pages, an undated page's "in March" is no 1987 date."""
    for e in events:
        if not any(d and d.startswith("XXXX") for d in (e.start, e.end)):
            continue
        known = [d for o in events if o is not e and _same_sides(e, o)
                 for d in (o.start, o.end) if d and "X" not in d]
        e.start, e.end = _fill_year(e.start, known), _fill_year(e.end, known)


def _same_sides(a: Event, b: Event) -> bool:
    names = {p.name for p in a.participants} & {p.name for p in b.participants}
    sides = {a.host_country, a.visiting_country} - {None}
    return bool(names) or (len(sides) == 2 and sides == {b.host_country, b.visiting_country})
