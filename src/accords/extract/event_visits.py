"""A visitor's meetings on a visit: the talks a visiting leader held with a host the article
reports without a place of their own took place where the visit was, on its days (a story
filed in Bangkok about a Lao leader's talks in Hanoi: the talks were in Hanoi, not Bangkok)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.data import load_json
from accords.records import EventMention
from accords.vocab import EventKind, EventStatus


def _placed_in_sentence(ctx: DocContext, e: EventMention) -> bool:
    """The sentence itself names the meeting's place (not only the dateline or a default)."""
    text = ctx.sentences[e.sentence].sentence.text
    return bool(e.place) and re.search(rf"\b{re.escape(e.place or '')}\b", text) is not None


def _within(day: str | None, start: str | None, end: str | None) -> bool:
    if not (day and start):
        return False
    n = min(len(day), len(start))
    return start[:n] <= day[:n] <= (end or start)[:n]


def place_on_visits(ctx: DocContext, events: list[EventMention]) -> None:
    """Give a meeting of a visitor with someone of the host state the visit's place, host and
    days when its own sentence names neither a place nor a date."""
    visits = [v for v in events if v.kind == EventKind.VISIT and v.participants
              and v.host_country and not v.missing]
    for m in events:
        if m.kind == EventKind.VISIT or m.group or m.missing:
            continue
        names = {p.name for p in m.participants}
        visit = next((v for v in visits if v.status == m.status
                      and v.participants[0].name in names
                      and any(p.country == v.host_country for p in m.participants)), None)
        if visit is None or m.host_country == visit.host_country or _placed_in_sentence(ctx, m):
            continue
        m.place, m.place_stated = visit.place, visit.place_stated
        m.host_country, m.visiting_country = visit.host_country, visit.visiting_country
        # undated, or dated the article's day by default: the days of the visit
        if m.start in (None, ctx.event_date, ctx.news_day) and not _within(m.start, visit.start, visit.end):
            m.start, m.end = visit.start, visit.end


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}
# The nouns that name a gathering of each kind with its length ("a four-day state visit",
# "two-day talks", "three days of talks", "a two-day summit"): a length told of another kind
# of gathering is not this one's ("X, who arrived on Monday for a four-day visit, met Y on
# Tuesday": the meeting is Tuesday's alone).
_STAY_NOUNS: dict[EventKind, str] = {
    EventKind.VISIT: r"visit|trip|tour",
    EventKind.TALKS: r"talks|negotiations|discussions|consultations",
    EventKind.MEETING: r"meetings?|session|discussions",
    EventKind.CONFERENCE: r"conference|session",
    EventKind.SUMMIT: r"summit",
}
# (with or without its hyphen: "a two day meeting")
_STAY_LENGTH = (r"(?:(?P<{0}>one|two|three|four|five|six|seven|eight|nine|ten|\d)[- ]day\s+"
                r"(?:[\w-]+\s+){{0,2}}?|(?P<{0}d>two|three|four|five|six|seven|eight|nine|ten|\d)"
                r"\s+days\s+of\s+(?:[\w-]+\s+){{0,2}}?)")
# The first day told by an arrival or a beginning, before or after the length: "arrived in
# Tokyo on Wednesday for a four-day state visit", "began a three-day visit on Monday", "the
# two-day talks opened in Beijing today", "will hold two days of talks starting on Thursday".
# (an arrival told by the flight too: "flew into Lisbon on Friday for a three-day visit")
# (a departure told with where to: "leaves for Oslo tomorrow on a five-day visit"; not "left
# Oslo on Sunday after a five-day visit", its last day)
# (verbs only: "prices paid from the start of the crop year" tells no gathering's first day)
_BEGINNING = (r"(?:\b(?:arriv(?:ed|es|ing|e)|landed|touched\s+down|flew\s+into|"
              r"beg(?:an|ins|un|inning)|start(?:ed|s|ing)|open(?:ed|s|ing)|(?:leav(?:es|ing)|left|depart(?:s|ed|ing)?|sets?\s+off)\s+for|"
              # (an arrival to come: "is due in New Delhi on November 25 for a four-day visit")
              r"(?:is|are|was|were)\s+(?:due|expected)\s+in)\b|"
              # a first day told by "from" ("two-day energy talks in Lima from April 1")
              r"\bfrom\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|"
              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))")
# The first of its days told by an ordinal right before the length ("held the first of a
# three-day meeting today", "on the first day of a four-day visit"): the sentence's day is its
# first. (Only before it: "the two-day talks, the first of three rounds" tells no first day.)
_FIRST_OF = r"\bthe\s+first\s+(?:day\s+|session\s+|sitting\s+)?of\s+(?=(?:a|an|the|their|its|his|her)\s)"


@cache
def _stay(kind: EventKind) -> re.Pattern[str] | None:
    nouns = _STAY_NOUNS.get(kind)
    if nouns is None:
        return None
    return re.compile(rf"(?:{_BEGINNING}[^.;]*?|{_FIRST_OF}\w+\s+)\b{_STAY_LENGTH.format('n')}(?:{nouns})\b|"
                      rf"\b{_STAY_LENGTH.format('m')}(?:{nouns})\b[^.;]*?{_BEGINNING}", re.I)


def stay_end(text: str, start: str | None, end: str | None,
             kind: EventKind = EventKind.VISIT) -> str | None:
    """The last day of a gathering of this kind the sentence says began on `start` and lasts
    N days; `end` as it was when the sentence does not say so."""
    pattern = _stay(kind)
    m = pattern.search(text) if pattern else None
    if not m or not start or len(start) != 10 or "X" in start or end not in (None, start):
        return end
    word = next(g for g in (m.group("n"), m.group("nd"), m.group("m"), m.group("md")) if g)
    days = _NUMBERS.get(word.lower()) or int(word)
    return (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()


_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)"
_GATHERING = r"(?:visit|trip|tour|meetings?|talks|conference|session|summit|negotiations|discussions)"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}


@cache
def _last_day() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cue = load_json("event_status.json")["last_day"]
    length = (rf"(?:(?P<n>{_NUMBER})[- ]day\s+(?:[\w-]+\s+){{0,2}}?{_GATHERING}|"
              rf"(?P<m>{_NUMBER})\s+days\s+of\s+(?:[\w-]+\s+)?{_GATHERING})\b")
    # "ended a three-day meeting", "after two days of talks"; "a three-day meeting that ended"
    before = re.compile(rf"\b(?:{cue})\b[^.;]{{0,40}}?\b{length}", re.I)
    after = re.compile(rf"\b{length}[^.;]{{0,30}}?\b(?:ended|closed|concluded|wound up|"
                       r"wrapped up)\b", re.I)
    # "ministers meet for a third day of talks": the meeting began two days before
    nth = re.compile(r"\b(?:for|on)\s+(?:a|the)\s+(?P<k>second|third|fourth|fifth|sixth|"
                     rf"seventh)\s+(?:straight\s+|consecutive\s+)?day\s+of\s+(?:[\w-]+\s+)?"
                     rf"{_GATHERING}\b", re.I)
    return before, after, nth


def span_back(text: str, start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The days of a gathering dated by its last day: 'ended a three-day meeting yesterday'
    (its first day two days before), 'meet for a third day of discussions this morning'."""
    if not start or start != (end or start) or len(start) != 10 or "X" in start:
        return start, end
    before, after, nth = _last_day()
    m = before.search(text) or after.search(text)
    if m:
        word = (m.group("n") or m.group("m")).lower()
        days = _NUMBERS.get(word) or int(word)
    else:
        k = nth.search(text)
        if not k:
            return start, end
        days = _ORDINALS[k.group("k").lower()]
    if days < 2:
        return start, end
    return (date.fromisoformat(start) - timedelta(days=days - 1)).isoformat(), start


# A gathering's last day told ahead, in its own sentence or in one after it: "the talks, which
# are scheduled to end Wednesday", "The meeting here is due to end tomorrow evening", "The
# conference is expected to last until March 20", "the session will close on Friday". The
# noun is the subject (at most a short aside between); the day follows the verb.
_END_TOLD = re.compile(
    r"\b(?:meetings?|talks|session|conference|summit|council|consultations|negotiations|"
    r"discussions|gathering)\b(?:,\s*which)?[^.;:]{0,60}?\b(?:"
    r"(?:is|are|was|were)\s+(?:due|scheduled|expected|set|slated)\s+to|will|would)\s+(?:"
    r"(?:end|close|conclude|finish|wind\s+up)|(?:last|run|continue|go\s+on)\s+(?=until\b|"
    r"till\b|through\b|to\b))\b", re.I)
# How far after the verb the day may stand ("to end tomorrow evening", "to close its
# discussions on June 12").
_END_REACH = 40
# The longest a gathering told this way may run (longer: another gathering's day or a season).
_END_SPAN = 14


# A gathering's first day told in a sentence of its own: "The gathering begins tonight with a
# dinner", "the talks open on Sunday", "The session is due to start tomorrow". The noun is the
# subject (at most a short aside between); the day follows the verb.
_START_TOLD = re.compile(
    r"\b(?:meetings?|talks|session|conference|summit|council|consultations|negotiations|"
    r"discussions|gathering)\b(?:,\s*which)?[^.;:]{0,60}?\b(?:(?:begins?|opens?|starts?|"
    r"began|opened|started|gets\s+under\s+way)|(?:is|are|was|were)\s+(?:due|scheduled|"
    r"expected|set|slated)\s+to\s+(?:begin|open|start)|will\s+(?:begin|open|start))\b", re.I)
# The most days a gathering's first day so told may come before the days it was dated by
# ("meet this weekend" ... "begins tonight", a Friday: one day; more is another gathering).
_START_SPAN = 3


def _shortly_after(e: EventMention, first: date) -> bool:
    """The mention is dated to the day, 1 to `_START_SPAN` days after `first`."""
    start = e.start or ""
    return len(start) == 10 and "X" not in start and first < date.fromisoformat(start) \
        <= first + timedelta(days=_START_SPAN)


def _day_told_after(info: SentenceInfo, cue: re.Pattern[str]) -> str | None:
    """The day (YYYY-MM-DD) of the sentence's first dated expression within `_END_REACH`
    characters after a cue of a gathering's first or last day ("begins", "is due to end"), or
    None when the sentence has no such cue or day."""
    m = cue.search(info.sentence.text)
    if not m:
        return None
    at = info.sentence.start + m.end()
    return next((v[:10] for e in info.own_dates() if at <= e.start <= at + _END_REACH
                 and (v := e.value) and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T\w+)?", v)), None)


def told_start(ctx: DocContext, events: list[EventMention]) -> None:
    """Give a gathering the first day a sentence says it begins on ("The gathering begins
    tonight with a dinner"): the gathering of that sentence, or else the nearest one told
    before it whose first day falls at most `_START_SPAN` days after that day. Its start
    moves back to that day (its end stays, or is its old start). Nothing moves when the
    sentence tells a gathering of its own that starts that day: that one is told."""
    gatherings = [e for e in events if e.kind != EventKind.VISIT
                  and e.status != EventStatus.CANCELLED]
    for info in ctx.sentences:
        day = _day_told_after(info, _START_TOLD)
        if day is None:
            continue
        first = date.fromisoformat(day)
        index = info.sentence.index
        if any(e.sentence == index and e.start == day for e in gatherings):
            continue  # the sentence's own gathering starts that day ("a meeting which began on
            # Monday", "a preparatory meeting starts on Tuesday"): told, and another's start
            # is not moved (its days may run on past the report's, told elsewhere)
        own = [e for e in gatherings if e.sentence == index]
        before = [e for e in gatherings if e.sentence < index and _shortly_after(e, first)]
        for e in own or before[-1:]:
            if not _shortly_after(e, first):
                continue
            e.end = e.end or e.start
            e.start = day


def told_end(ctx: DocContext, events: list[EventMention]) -> None:
    """Give a gathering the last day a sentence says it is due to end on ("The meeting is due
    to end on Thursday"): the gathering of that sentence, or else the nearest one told before
    it that is dated to the day. Its end moves out to that day when the day falls after its
    start and within `_END_SPAN` days of it. A gathering the sentence itself dates by that
    last day alone ("The talks are scheduled to end on Thursday": planned, Thursday) is the
    one told before, not another: it goes when that one takes the day."""
    for info in ctx.sentences:
        day = _day_told_after(info, _END_TOLD)
        if day is None:
            continue
        index = info.sentence.index
        gatherings = [e for e in events if e.kind != EventKind.VISIT
                      and e.status != EventStatus.CANCELLED]
        by_end = [e for e in gatherings if e.sentence == index and e.start == day]
        own = [e for e in gatherings if e.sentence == index and e.start != day]
        before = [e for e in gatherings if e.sentence < index
                  and e.start and len(e.start) == 10 and "X" not in e.start]
        for e in own or before[-1:]:
            if not e.start or len(e.start) != 10 or "X" in e.start:
                continue
            first = date.fromisoformat(e.start)
            last = date.fromisoformat(day)
            if first < last <= first + timedelta(days=_END_SPAN) and (e.end or e.start) < day:
                e.end = day
                for x in by_end if not own else []:
                    events.remove(x)
