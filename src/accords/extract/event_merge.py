"""Merging within one document: mentions of one visit, meeting or gathering reported in
several sentences become one event (one tour, the sidelines of a summit, a short report of a
call told in full)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from accords.annotate.context import DocContext
from accords.annotate.gazetteer import Place, gazetteer
from accords.annotate.told_from import told_from_state
from accords.extract.event_common import (
    _GROUP_NAME,
    _OFFICE_WORDS,
    _OFFICIAL,
    _STATE_FORMS,
    _TITLE,
    _holds_office,
    _party_to,
    _union,
)
from accords.extract.event_dates import recently_told, remark_dated
from accords.extract.event_places import _TRIP_FOR, call_and_met, remote_gathering
from accords.extract.event_sides import side_phrases
from accords.extract.event_split import two_named_gatherings
from accords.extract.event_visits import place_on_visits, span_back
from accords.records import Actor, EventMention
from accords.vocab import EventKind, EventStatus


def _titled(ctx: DocContext, p: Actor) -> bool:
    """The article gives the person a title somewhere ('Prime Minister Anibal Cavaco\nSilva',
    a name broken across lines that the person finder missed)."""
    text = " ".join(ctx.document.text.split())
    surname = re.escape(p.name.split()[-1])
    return re.search(rf"\b{_TITLE}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname}\b", text) is not None


def _compatible(a: EventMention, b: EventMention) -> bool:
    if not (a.start and b.start):
        return True
    a0, a1, b0, b1 = a.start, a.end or a.start, b.start, b.end or b.start
    n = min(len(a0), len(b0))
    return a0[:n] <= b1[:n] and b0[:n] <= a1[:n] if "X" not in a0 + b0 else a0[4:n] <= b1[4:n] and b0[4:n] <= a1[4:n]


def _period_span(e: EventMention) -> bool:
    """The mention's days are a whole weekend (a Saturday and the Sunday after) or a whole
    week (a Monday to the Sunday after): a period's days, as "this weekend" or "last week"
    resolve."""
    if not (e.start and e.end and len(e.start) == len(e.end) == 10 and "X" not in e.start + e.end):
        return False
    try:
        first, last = date.fromisoformat(e.start), date.fromisoformat(e.end)
    except ValueError:
        return False
    return (first.weekday(), (last - first).days) in ((5, 1), (0, 6))


def _named_span(ctx: DocContext, e: EventMention) -> bool:
    """The mention's first and last days are days its sentence names ("which runs from April
    26 to 29"), not a period resolved against the report's day nor days counted from a
    length ("two days of informal talks" ending on the day of filing)."""
    if not (e.start and e.end and e.start != e.end) or not 0 <= e.sentence < len(ctx.sentences):
        return False
    named: set[str] = set()
    for t in ctx.sentences[e.sentence].own_dates():
        if t.type != "DATE" or "W" in (t.value or ""):
            continue  # (not a week's or a weekend's days: "2026-W20-WE")
        if t.range and (t.range[0][:10], t.range[1][:10]) == (e.start, e.end):
            return True
        if t.value:
            named.add(t.value[:10])
    return e.start in named and e.end in named


def _one_tour(a: EventMention, b: EventMention) -> bool:
    """One visitor's visit to one state on days a week apart at most: one visit, whatever
    cities it took in (Tokyo on Wednesday, Osaka on Saturday)."""
    if not (a.kind == b.kind == EventKind.VISIT and a.start and b.start and a.participants
            and b.participants and a.participants[0].name == b.participants[0].name
            and (a.host_country, a.visiting_country) == (b.host_country, b.visiting_country)):
        return False
    if len(a.start) < 10 or len(b.start) < 10 or "X" in a.start + b.start:
        return False
    first, last = sorted([date.fromisoformat(a.start), date.fromisoformat(b.start)])
    return (last - first).days <= 7


_PAST_REFERENCE = re.compile(r"\b(?:recent|last|earlier|previous|former|past)\s+(?:[A-Z]\w+\s+)?"
                             r"(?:meeting|summit|talks|conference|session)\b|\bthe\s+[A-Z]\w+\s+"
                             r"(?:meeting|summit)\b", re.I)


def _same_gathering(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one meeting of governments: same place, no group name that differs
    (the Group of Five's talks are not the Group of Seven's meeting)."""
    ga, gb = _GROUP_NAME.search(a.source.quote), _GROUP_NAME.search(b.source.quote)
    if ga and gb:
        # the Group of Seven's meeting named three times in one article is one meeting (their
        # dates and statuses, checked before, must agree); the Group of Five's is another
        return _group_key(ga.group(0)) == _group_key(gb.group(0)) and a.group and b.group \
            and a.kind == b.kind  # (the Venice summit is not the meeting that prepares it)
    if a.group and b.group and a.kind == b.kind and a.start and a.start == b.start and (
            not a.place or not b.place):
        return True  # the same day's meeting, placed by one of its mentions
    if a.kind != b.kind and EventKind.CEREMONY in (a.kind, b.kind) and any(
            _FOLLOWED.search(x.source.quote) for x in (a, b)):
        return False  # "The signing followed the eighth meeting of the joint commission": two
    body, named = (a, b) if a.group else (b, a)
    if a.group != b.group and body.start is None and named.start \
            and body.participants and named.participants \
            and not {p.name for p in body.participants} & {p.name for p in named.participants} \
            and not (a.place_stated and b.place_stated):
        # "Top officials arrived at the Treasury to begin a meeting of the Group of Five" (its
        # people named) and "Goria met Treasury Secretary James Baker last night" (others),
        # both under a Washington dateline: a meeting of other people the text dates and
        # places only by the dateline is not thereby the body's gathering, undated until it
        # is found to be the report's news
        return False
    return bool(a.place and a.place == b.place) and (a.group or b.group)


# One gathering told as coming after or before another: "the signing followed the meeting of
# the joint commission", "the talks preceded a signing ceremony".
_FOLLOWED = re.compile(r"\b(?:followed|preceded)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:meeting|"
                       r"session|summit|talks|conference|ceremony|signing)\b")


_GATHERING = (EventKind.SUMMIT, EventKind.CONFERENCE)


def _sidelines(a: EventMention, b: EventMention) -> bool:
    """A meeting of named people and a summit or conference named by its noun: two leaders at
    a summit who 'held a bilateral meeting' on its sidelines met apart from it."""
    return a.group != b.group and a.kind != b.kind and (
        (a.group and a.kind in _GATHERING) or (b.group and b.kind in _GATHERING))


def _group_key(name: str) -> str:
    words = {"five": "5", "seven": "7", "ten": "10", "eight": "8"}
    m = re.search(r"(\d+|Five|Seven|Ten|Eight)", name)
    token = m.group(1).lower() if m else name
    return words.get(token, token)


# A side told as a guest or as another state's: "visiting", "delegation", "envoy",
# "counterpart", "ambassador", "foreign ministers / officials / leaders" (the plural: the
# singular "Foreign Minister" is a title, "foreign nationals" no side).
_GUEST_SIDE = re.compile(r"\b(?:visiting|delegations?|delegates?|envoys?|emissar(?:y|ies)|"
                         r"counterparts?|guests?|ambassadors?|foreign\s+(?:[\w-]+\s+)?"
                         r"(?:ministers|officials|leaders|dignitaries|governments|"
                         r"representatives|diplomats))\b", re.I)

_UNDER = re.compile(r"\bunder-?secretary\b", re.I)  # (no word boundary for `_OFFICIAL`'s)


def _home_officials(ctx: DocContext, e: EventMention) -> str | None:
    """The state of a meeting whose people are all office-holders named with no state, told in
    a report from that state (its dateline or national agency), whose sentence names no other
    state, no organization of states and no guest: one government among itself ("PARIS -
    Finance Minister X, Industry Minister Y and Telecommunications Minister Z met today", a
    minister "after a virtual ministers' meeting with President W"). By the report's convention
    a bare title is of the state it is told from (the rule below). Not when two of them hold
    the same title (counterparts: "Finance Minister X met Finance Minister Y"), nor when one is
    an envoy (sent by his own state, posted to another), nor with one person named only."""
    home = told_from_state(ctx)
    if home is None or len(e.participants) < 2:
        # (one named: the other side is told by a pronoun or a description, "Speaking after
        # talks with President Suharto, he said", "the two ministers were meeting with
        # Bundesbank president Poehl": a visitor the sentence does not name)
        return None
    roles = [(p.role or "").strip().lower() for p in e.participants]
    if any(p.type != "person" or p.country or not (
            _OFFICIAL.search(p.role or "") or _UNDER.search(p.role or ""))
           for p in e.participants) or len(set(roles)) != len(roles):
        return None
    if any(re.search(r"\b(?:ambassador|envoy|counterpart|emissary)\b", r) for r in roles):
        return None
    # (a visitor the article names with his state in another sentence: "French Cooperation
    # Minister X, who arrived yesterday" ... "X is due to meet President Y tomorrow")
    if any(_of_another_state(ctx, p.name, home) for p in e.participants):
        return None
    text = ctx.sentences[e.sentence].sentence.text
    if _GUEST_SIDE.search(text) or any(
            p.code != home and (p.form in _STATE_FORMS or p.form == "igo")
            for p in ctx.sentences[e.sentence].places if p.code):
        return None
    return home


# The words between a state's name or demonym and the name it qualifies: a title in capitals
# ("French Cooperation Minister Jean-Paul", "Japan's Foreign Minister").
_TITLED_AFTER = re.compile(r"^(?:['’]s)?(?:\s+(?:[A-Z][\w.'’-]*|of|for|and|the))*\s+$")


def _last_state(text: str) -> Place | None:
    """The last state (not an organization) the gazetteer finds in `text`, named as a state."""
    hits = [p for p in gazetteer().find(text)
            if p.code and not p.code.startswith("IGO:") and p.form in _STATE_FORMS]
    return hits[-1] if hits else None


def _of_another_state(ctx: DocContext, name: str, home: str) -> bool:
    """Some sentence of the article qualifies the person by another state than `home`, in the
    title before the name ("French Cooperation Minister X"), whether or not the reading gave
    him that state."""
    if not name.split():
        return False
    last = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    for info in ctx.sentences:
        text = info.sentence.text
        for m in last.finditer(text):
            before = text[max(0, m.start() - 80):m.start()]
            state = _last_state(before)
            if state and state.code != home and _TITLED_AFTER.match(before[state.end:]):
                return True
    return False


# "The Japanese ambassador to the U.S.": the state before the office sends him; the one after
# "to" / "in" is only where he serves.
_ENVOY_TO = re.compile(r"\b(?:ambassador|envoy)\s+(?:to|in)\s", re.I)
_ENVOY_ROLE = re.compile(r"\b(?:ambassador|envoy)\b", re.I)


def _envoy_state(ctx: DocContext, p: Actor) -> str | None:
    """The state that sends an ambassador named with no state, when every "ambassador to / in"
    of the article is "the <state's> ambassador to <another>" of that one state ("The Japanese
    ambassador to the U.S. suggested ... Ambassador X made the recommendation at a meeting with
    Nakasone"): an envoy belongs to the state that sends him, not to his posting."""
    if p.country or not _ENVOY_ROLE.search(p.role or ""):
        return None
    states = set()
    for info in ctx.sentences:
        text = info.sentence.text
        for m in _ENVOY_TO.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            state = _last_state(before)
            if state and state.code and re.fullmatch(r"(?:['’]s)?\s+", before[state.end:]):
                states.add(state.code)
            else:
                return None  # an envoy described without his state: not told which
    return states.pop() if len(states) == 1 else None


def _one_state(ctx: DocContext, e: EventMention) -> bool:
    """Everyone whose state is known, and the place, of one state, and no other state named in
    the sentence ("Trump, flanked by Vice President Pence, ... a meeting with executives"); or
    no one's state known and all of them bare office-holders of the report's own state
    (`_home_officials`)."""
    country = {p.name: p.country or _envoy_state(ctx, p) for p in e.participants}
    known = {c for c in country.values() if c}
    home = None if known else _home_officials(ctx, e)
    if home is not None:
        known = {home}
    if len(known) != 1:
        return False
    (state,) = known
    info = ctx.sentences[e.sentence]
    named = {p.code for p in info.places
             if p.code != state and (p.form in _STATE_FORMS or p.form == "igo")}
    sides = side_phrases(info.sentence.text, info.parse)
    if named and sides:
        # "senators said after a private meeting with Commerce Secretary Baldrige" (on imports
        # of Japanese microchips): a state named outside the meeting's sides is its topic, not
        # one at the table (round-22 audit)
        named &= {p.code for side in sides for p in gazetteer().find(side)
                  if p.form in _STATE_FORMS or p.form == "igo"}
    if named or e.host_country not in (None, state):
        return False
    if _TRIP_FOR.search(e.source.quote) and ctx.country_of(ctx.place) not in (None, state):
        return False  # "SEOUL - Yoon will visit Washington for a summit with Biden": from home
    if home is None and not all(country.values()) and any(c != state for c in ctx.pair):
        return False  # someone of a state not given, in a story about other states as well
    if any(not country[p.name] and _OFFICIAL.search(p.role or "") for p in e.participants) \
            and told_from_state(ctx) not in (None, state):
        # "KUALA LUMPUR (Bernama) - Prime Minister Anwar Ibrahim held talks with Indonesian
        # President X in Bogor": an office-holder named without a state is of the state the
        # report is told from (its dateline, its national agency), not the other's
        return False
    return len(e.participants) >= 2 or e.host_country == state


def _short_report(ctx: DocContext, e: EventMention, events: list[EventMention]) -> bool:
    """A mention of one person (flagged at most for naming too few people or no office),
    whom an accepted mention of the same kind and status in the article names with others, of
    no date of its own or the same days:
    that gathering told short ('Trump holds conference call' over the story of his call with
    two leaders on Thursday), not a second one dated the day the story was filed (blind
    audit, round 11: one call as two records of two days)."""
    names = {p.name for p in e.participants}
    if not set(e.missing) <= {"participants", "official"} or len(names) != 1 \
            or e.kind == EventKind.VISIT:
        return False
    undated = not ctx.sentences[e.sentence].own_dates()
    return any(o is not e and not o.missing and o.kind == e.kind and o.status == e.status
               and names <= {p.name for p in o.participants} and len(o.participants) >= 2
               and (undated or _compatible(o, e)) for o in events)


_FOLDED_KINDS = (EventKind.CEREMONY, EventKind.MEETING)
# "travelled to Tindouf to meet his counterpart": the purpose of the trip is the meeting
_TRIP_TO_MEET = re.compile(r"\bto\s+meet\b", re.I)
# A body that sits on its own (a joint commission's session held during a visit): the gold
# keeps its meeting apart from the visit.
_STANDING_BODY = re.compile(r"\b(?:commission|committee|council|session|forum|round|"
                            r"working group|board)\b", re.I)


def _inside_visit(ctx: DocContext, e: EventMention, events: list[EventMention]) -> bool:
    """A signing ceremony or a meeting held during a visit, of its two sides only, on its days
    (or undated) and where it was (or unplaced), is part of that visit: the gold records the
    visit, not a second event ("Following the talks, a ceremony of signing"; a border meeting
    and the ceremony its two presidents attended). Its people join the visit (its agreements
    are linked by article). Talks stay apart: the gold keeps talks held on a visit as an event
    of their own. Kept apart: other days, another place, a third state's people, a different
    status, a commission's session during the visit, and a meeting unless the trip was made
    to meet those people (the gold keeps "later met the prime minister" as its own event)."""
    if e.kind not in _FOLDED_KINDS or e.multilateral or e.missing or (
            e.group and _STANDING_BODY.search(e.source.quote)):
        return False
    for v in events:
        if v is e or v.kind != EventKind.VISIT or v.missing or v.status != e.status \
                or not (v.host_country and v.visiting_country):
            continue
        sides = {v.host_country, v.visiting_country}
        # ("Meeting of Algeria and Mauritania", no one named: the states it names)
        states = {p.country for p in e.participants if p.country} or {
            c for c in (e.host_country, e.visiting_country) if c}
        if not states or not states <= sides or (
                e.participants and v.visiting_country not in states):
            continue
        if e.host_country not in (None, v.host_country, v.visiting_country):
            continue
        # a visit told with no day of its own has only the day the story was filed
        visit_undated = v.start in (ctx.event_date, ctx.news_day) \
            and not ctx.sentences[v.sentence].own_dates()
        if not (e.start is None or _compatible(v, e) or visit_undated):
            continue
        if e.place and v.place and e.place != v.place and e.place_stated and v.place_stated:
            continue
        if e.kind == EventKind.MEETING and not (_TRIP_TO_MEET.search(v.source.quote) and {
                p.name for p in e.participants} <= {p.name for p in v.participants}):
            # a meeting held on a visit is an event of its own in the gold ("later met the
            # prime minister"), unless the trip was made to meet (the trip is the meeting)
            continue
        v.participants = _union(v.participants, [
            p for p in e.participants if _party_to(p, v.host_country, v.visiting_country)])
        if visit_undated and e.start and not _compatible(v, e):
            v.start, v.end = e.start, e.end  # the gathering's days are the visit's
        return True
    return False


def _trip_to_ceremony(e: EventMention, events: list[EventMention]) -> EventMention | None:
    """A visit to the place of a signing ceremony held on its days, by someone of one of the
    ceremony's sides, where no one of the place's state signs: the visitor came for the
    signing ("flew to Luxembourg, where the agreement with the Union was signed"). The gold
    records the ceremony; the visitor is one of its people."""
    if e.kind != EventKind.VISIT or e.missing or not e.participants or not e.place:
        return None
    for c in events:
        if c.kind != EventKind.CEREMONY or c.missing or c.status != e.status \
                or c.place != e.place or not (c.start and e.start and _compatible(c, e)):
            continue
        states = {p.country for p in c.participants if p.country}
        if e.visiting_country in states and e.host_country not in states:
            return c
    return None


# The verb that tells people met ("X met with Y", "they will meet", "meeting Y on Monday").
_MEET_VERBS = {"met", "meet", "meets", "meeting"}


# A meeting its noun phrase introduces as a new one ("following a meeting with his advisers",
# "an emergency meeting"), not one told before ("the meeting", "the talks").
_NEW_MEETING_NOUN = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting\b", re.I)


def _met_in_person(ctx: DocContext, e: EventMention) -> bool:
    """A meeting its sentence tells with the verb "meet", or introduces by "a meeting", and not
    by phone or video: people who sat together."""
    if e.kind != EventKind.MEETING or remote_gathering(e.kind, e.source.quote):
        return False
    if _NEW_MEETING_NOUN.search(e.source.quote):
        return True
    parse = ctx.sentences[e.sentence].parse
    return parse is not None and any(
        t.text.lower() in _MEET_VERBS and t.tag.startswith("VB") for t in parse.tokens)


def _called_and_met(ctx: DocContext, a: EventMention, b: EventMention) -> bool:
    """A call and a meeting told by "met": two occasions, whoever they share ("Reagan said
    Takeshita told him in a telephone conversation ..." and "Reagan noted that Baker met with
    West German officials" had made one call of Reagan and Baker, blind audit round 28). The
    sentence of talks ("the talks covered oil") may still tell the call itself."""
    if (a.kind == EventKind.CALL) == (b.kind == EventKind.CALL):
        return False
    return _met_in_person(ctx, b if a.kind == EventKind.CALL else a)


def _separate_days(ctx: DocContext, e: EventMention) -> list[EventMention]:
    """A gathering dated by two days its sentence joins by "and", days apart ("two further
    rounds have been arranged for May 11 and June 1"): one gathering on each day, not one that
    lasts from the first to the second (blind audit round 27). Days one or two apart ("on
    Monday and Tuesday") may be one gathering's."""
    if not (e.start and e.end and e.start != e.end and len(e.start) == len(e.end) == 10
            and "X" not in e.start + e.end):
        return [e]
    info = ctx.sentences[e.sentence]
    days = [d for d in info.own_dates() if d.type == "DATE" and d.range is None]
    for a, b in zip(days, days[1:], strict=False):
        if (a.value, b.value) != (e.start, e.end):
            continue
        between = info.sentence.text[a.end - info.sentence.start:b.start - info.sentence.start]
        if not re.fullmatch(r"\s*(?:,\s*)?(?:and|&)\s*", between):
            continue
        if (date.fromisoformat(e.end) - date.fromisoformat(e.start)).days < 3:
            continue
        return [replace(e, start=day, end=day, counterpart=f"{e.counterpart} {day}".strip())
                for day in (e.start, e.end)]
    return [e]


# A gathering told as another than the one at hand: "the last meeting", "a previous summit",
# "the next session".
_OTHER_ONE = re.compile(r"\b(?:recent|last|earlier|previous|former|past|next|another|second)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:meeting|summit|talks|conference|session)s?\b", re.I)


def _fold_unplaced(merged: list[EventMention]) -> list[EventMention]:
    """A gathering of a body told by its noun with neither a day nor a place of its own (only
    the dateline's: "At the first meeting of the WHO's governing body, China is set to be
    challenged") is the one gathering of that kind and stage the article dates and places ("the
    Assembly gathers on Monday for an annual meeting in Geneva"): one record, not two. Not when
    the article has two such dated gatherings to choose from, nor one told as gone by."""
    out = list(merged)
    for m in merged:
        if not (m.group and not m.missing and m.start is None
                and (m.place is None or not m.place_stated)
                and not _OTHER_ONE.search(m.source.quote)):
            continue
        dated = [o for o in out if o is not m and o.group and not o.missing
                 and o.kind == m.kind and o.status == m.status and o.start
                 and o.place and o.place_stated]
        undated = [o for o in out if o is not m and o.group and not o.missing
                   and o.kind == m.kind and o.status == m.status and o.start is None]
        if len(dated) != 1 or undated:
            continue
        target = dated[0]
        target.participants = _union(target.participants, m.participants)
        if _GROUP_NAME.search(m.title) and not _GROUP_NAME.search(target.title):
            target.title = m.title
        out.remove(m)
    return out


# A gathering named again by a bare definite noun ("The meeting, which finished over the
# weekend, also decided ...", "since the talks began last Monday"): the noun has no modifier,
# complement or name of its own, so it takes the article's last gathering as its antecedent
# (definite anaphora), whatever noun that one was told by ("a five-week conference" ... "The
# meeting"). Not "the meeting in Bonn", "the talks with X", "the next meeting", "the Paris
# talks": those tell which one; nor a sentence that names a second gathering.
_GATHERING_NOUN = re.compile(r"\b(?:meetings?|conferences?|summits?|talks|sessions?|gatherings?|"
                             r"negotiations|round)\b", re.I)
_DEFINITE_AGAIN = re.compile(
    r"(?:^|(?<=\W))[Tt]he\s+(?:meeting|conference|summit|talks|session|gathering|negotiations)\b"
    r"(?!\s+(?:of|with|between|among|in|at|on|over|for|to|here|there|by|that|and|or)\b)"
    r"(?!['’])")
# A verb in the same sentence that tells a gathering ("Farm ministers will meet again on
# November 16 ... and the meeting could last through several nights"): the noun's antecedent
# is that one, not an earlier sentence's. (Not the passive "was met with": a reception.)
_GATHERING_VERB = re.compile(r"\b(?:meets?|gather(?:s|ed)?|convene[sd]?|"
                             r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)met)\b", re.I)
_ANTECEDENT_KINDS = (EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT, EventKind.CONFERENCE)


def _fold_definite(events: list[EventMention]) -> tuple[list[EventMention],
                                                        dict[int, EventMention]]:
    """A mention told by a bare definite noun ("The meeting, which ...") is the gathering the
    article told last before it, when it adds no one of its own, no place of its own and the
    same stage: one record, not two. A mention the rules reject is dropped (it lends nothing);
    one they accept is kept with its antecedent, for the merge to lend its days to that
    record (returned: the mentions kept, and the antecedent of each anaphor, by id)."""
    out: list[EventMention] = []
    links: dict[int, EventMention] = {}
    for e in events:
        target = None
        if e.kind in _ANTECEDENT_KINDS and _DEFINITE_AGAIN.search(e.source.quote) \
                and len(_GATHERING_NOUN.findall(e.source.quote)) == 1 \
                and not _GATHERING_VERB.search(e.source.quote) \
                and not _OTHER_ONE.search(e.source.quote):
            earlier = [m for m in out if m.sentence < e.sentence]
            # (the antecedent: the one gathering of the last sentence that told one)
            told_last = max((m.sentence for m in earlier), default=None)
            latest = [m for m in earlier if m.sentence == told_last]
            last = latest[0] if len(latest) == 1 else None
            # (a summit or a conference names again one told as such, by its kind or its
            # noun; "the meeting", "the talks", "the session" name any gathering: a general
            # noun may take a specific antecedent, not the other way round)
            if last is not None and e.kind in (EventKind.SUMMIT, EventKind.CONFERENCE) \
                    and last.kind != e.kind \
                    and not re.search(rf"\b{e.kind.value}s?\b", last.source.quote, re.I):
                last = None
            if last is not None and last.kind in _ANTECEDENT_KINDS and last.status == e.status \
                    and not (last.missing and not e.missing) \
                    and {p.name for p in e.participants} <= {p.name for p in last.participants} \
                    and not (e.place and e.place_stated and e.place != last.place):
                target = last
        if target is None:
            out.append(e)
            continue
        if e.kind == EventKind.TALKS and target.kind == EventKind.MEETING:
            # (as the merge below: "talks" is the meeting's closer name; a summit or a
            # conference keeps its own)
            target.kind = EventKind.TALKS
        if bool(e.missing) == bool(target.missing):
            out.append(e)
            links[id(e)] = target
    return out, links


def _merge_within(ctx: DocContext, events: list[EventMention]) -> list[EventMention]:
    """One visit per pair of countries and one meeting per group of people in a document."""
    merged: list[EventMention] = []
    # (a short report of a gathering the article tells in full lends it nothing: its people
    # are among those named, and its date is only the day of filing)
    events = [e for e in events if not _short_report(ctx, e, events)]
    # (two days a sentence joins by "and", days apart, are two gatherings)
    events = [one for e in events for one in _separate_days(ctx, e)]
    events, anaphors = _fold_definite(events)
    home: dict[int, EventMention] = {}  # the record each mention went into
    for e in events:
        target, tour = None, False
        antecedent = anaphors.get(id(e))
        if antecedent is not None:
            target = home.get(id(antecedent))
        for m in merged if target is None else ():
            # A candidate the rules reject never lends its people or dates to one they accept.
            tour = _one_tour(m, e) and bool(m.missing) == bool(e.missing) and {
                m.status, e.status} <= {EventStatus.HELD, EventStatus.PLANNED}
            if (m.status, bool(m.missing)) != (e.status, bool(e.missing)) and not tour:
                continue
            if not _compatible(m, e) and not tour:
                continue
            if call_and_met(m, e) or _called_and_met(ctx, m, e):
                continue  # a call is not a meeting the article places somewhere, or told by "met"
            if e.kind == m.kind == EventKind.VISIT and (e.host_country, e.visiting_country) == (
                    m.host_country, m.visiting_country):
                target = m
            elif EventKind.VISIT not in (e.kind, m.kind) and _same_gathering(e, m) \
                    and not _sidelines(e, m):
                target = m
            elif EventKind.VISIT not in (e.kind, m.kind) and not _sidelines(e, m) \
                    and not two_named_gatherings(e, m) and {
                    p.name for p in e.participants} & {
                    p.name for p in m.participants} and (len(e.participants) < 2 or len(
                    m.participants) < 2 or len({p.name for p in e.participants} & {
                    p.name for p in m.participants}) >= 2):
                target = m
            if target:
                break
        home[id(e)] = target or e
        if target is None:
            merged.append(e)
            continue
        target.participants = _union(target.participants, e.participants)
        if _GROUP_NAME.search(e.title) and not _GROUP_NAME.search(target.title):
            target.title = e.title
        if e.kind == EventKind.TALKS and (antecedent is None or target.kind == EventKind.MEETING):
            target.kind = EventKind.TALKS
            if len(e.participants) >= 2:
                target.title = e.title
        if tour and EventStatus.HELD in (target.status, e.status):
            target.status = EventStatus.HELD  # a visit under way: held, its last days ahead
        if tour and not _compatible(target, e):
            target.start = min(target.start or "", e.start or "") or None
            target.end = max(target.end or target.start or "", e.end or e.start or "") or None
        elif e.start and e.end and (not target.start or (e.start != e.end and (
                target.start == target.end or (_period_span(target) and _named_span(ctx, e))))):
            # (a span of the days its sentence names, "which runs from April 26 to 29", says
            # more than a weekend or a week read from "flies there this weekend"; not days
            # counted from a length, "two days of talks", against a "weekend meeting")
            target.start, target.end = e.start, e.end
        if e.place and (not target.place or (e.place in gazetteer().places
                                              and target.place not in gazetteer().places)):
            target.place, target.place_stated = e.place, e.place_stated
        elif e.place == target.place and e.place_stated:
            target.place_stated = True
    merged = _fold_unplaced(merged)
    for m in merged:
        if not (m.group or m.kind == EventKind.VISIT or len(m.participants) >= 2) \
                and "participants" not in m.missing:
            m.missing += ("participants",)
        if not m.group and m.kind != EventKind.VISIT and _one_state(ctx, m):
            m.missing += ("states",)  # a domestic meeting: everyone named is of one state
        if not m.group and "official" not in m.missing and not (
                any(_OFFICIAL.search(p.role or "") for p in m.participants)
                or _OFFICE_WORDS.search(m.source.quote)
                or any(_titled(ctx, p) for p in m.participants)):
            m.missing += ("official",)  # a team's tour, a film star's trip
        elif m.kind == EventKind.VISIT and m.participants and "official" not in m.missing \
                and not _holds_office(m.participants[0]) and not _titled(ctx, m.participants[0]):
            m.missing += ("official",)  # a reporter's or a chef's trip, in a political story
    for m in merged:
        if m.group and m.start is None and m.status == EventStatus.HELD and \
                not _PAST_REFERENCE.search(m.source.quote) and \
                not remark_dated(ctx.sentences[m.sentence]) and \
                not recently_told(ctx.sentences[m.sentence]):
            # (not one gone by that a remark of another day tells of, nor one told "recently":
            # no day of its own)
            m.start, m.end = span_back(m.source.quote, ctx.news_day, ctx.news_day)
    # A visit of no one named ("President of X concludes state visit to Y", a headline) where
    # the article tells the same pair's visit with its visitor: that visit, told short (its
    # day, the filing day, kept it apart)
    merged = [m for m in merged if not (
        m.kind == EventKind.VISIT and not m.participants and not m.missing and any(
            o is not m and o.kind == EventKind.VISIT and o.participants and not o.missing
            and o.status == m.status
            and (o.host_country, o.visiting_country) == (m.host_country, m.visiting_country)
            for o in merged))]
    place_on_visits(ctx, merged)
    merged = [m for m in merged if not _inside_visit(ctx, m, merged)]
    for v in list(merged):
        ceremony = _trip_to_ceremony(v, merged)
        if ceremony is not None:
            ceremony.participants = _union(ceremony.participants, v.participants[:1])
            merged.remove(v)
    # People met during a visit took part in it: those of the host and the visiting state, at
    # a meeting of the visitor's that was not elsewhere.
    for v in merged:
        if v.kind != EventKind.VISIT:
            continue
        for m in merged:
            if m.kind != EventKind.VISIT and _compatible(v, m) and (
                    m.host_country in (None, v.host_country)) and (
                    {p.name for p in m.participants} & {p.name for p in v.participants}):
                v.participants = _union(v.participants, [
                    p for p in m.participants if _party_to(p, v.host_country,
                                                           v.visiting_country)])
    return merged
