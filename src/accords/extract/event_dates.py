"""When a gathering took place: the dates of an event's sentence, the week before the report,
the year an account of history was told in, and the day an earlier sentence gave the same
gathering."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.dates import TimeExpression, is_calendar, parse_iso
from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.extract.event_common import _DURING_VISIT, _RELATIVE_ASIDE
from accords.extract.event_status import (
    joined_date,
    names_event,
    names_other_thing,
    other_clause,
    report_day,
    said_on,
    told_as_hoped,
    told_in_past,
    under_other_verb,
)
from accords.records import EventMention
from accords.vocab import EventKind


def _dates(ctx: DocContext, info: SentenceInfo, so_far: list[EventMention],
           main_clause: bool = False, own_only: bool = False) -> tuple[str | None, str | None]:
    """The event's start and end; with `main_clause`, from the days outside every relative
    aside, even one that tells of a gathering (see `main_clause_dates`); with `own_only`, only
    from a time the sentence itself tells (None, None when it tells none)."""
    if told_before_past(info):
        # "Oteiba, who had just attended the OPEC meeting in Vienna, ...": a gathering before
        # another past act, its day untold; neither the report's day nor a neighbour's
        return None, None
    if _DURING_VISIT.search(info.sentence.text):
        visit = next((e for e in reversed(so_far) if e.kind == EventKind.VISIT), None)
        if visit:
            return visit.start, visit.end
    if re.search(r"\bweekend\b", info.sentence.text) and ctx.event_date and "X" not in ctx.event_date:
        weekend = _weekend_told(info)
        if weekend and not (weekend[0] > ctx.event_date and told_in_past(info)
                            and not told_as_hoped(info)):
            # (not one ahead in a sentence whose gathering hangs from a verb in the past:
            # "said during a meeting in Rio over the weekend that it would ..."; but one
            # hoped for is ahead: "said he hoped for talks at the weekend meeting")
            return weekend  # "this weekend", said on a Thursday of a meeting ahead: the one to come
        day = date.fromisoformat(ctx.event_date)
        saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
        return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()
    # A date inside a relative clause about a person or thing ("X, who became prime minister
    # in December 2022, held talks ...") dates that clause, not the event.
    text, at = info.sentence.text, info.sentence.start
    # (Not a clause that tells of the event itself: "Kim, who arrived in Tokyo on Wednesday
    # for a four-day state visit, addressed the Diet": the visit's first day.)
    aside = [(m.start() + at, m.end() + at) for m in _RELATIVE_ASIDE.finditer(text)
             if main_clause or not names_event(m.group(0))]
    dated = [e for e in info.own_dates() if not any(a <= e.start < b for a, b in aside)
             and not other_clause(info, e)]
    # A time told right after a gathering's noun is that gathering's, before a day an earlier
    # clause with no event word gives ("prices fell on Friday below the level of the pact,
    # which came into force at the last council session in January": January, not Friday;
    # "met on Monday to review the summit in May" keeps Monday).
    dated = _noun_dated_first(dated, text, at)
    days = [e.value for e in dated if e.value and is_calendar(e.value) and len(e.value) == 10]
    if len(days) >= 2 and re.search(r"\bbegan\b|\bopened\b|\bstarted\b", info.sentence.text):
        return min(days), max(days)  # "began Thursday and ended Saturday"
    span = _first_and_last_day(info)
    if span:
        return span  # "spoke four times, beginning March 30 and ending on Sunday"
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    background = _background_year(ctx, info, reported)
    this_week = owned = False
    said_day = False  # a day that dates only a remark about the gathering
    for e in dated:
        value = _calendar(e.value)
        if background and value and len(value) == 7 and _THAT_MONTH.search(
                text[:max(0, e.start - at)]):
            # "That July, delegates met here" after "the summer of 1944": that year's month
            return background + value[4:], background + value[4:]
        if _SAME_DAY.fullmatch(e.text):
            told = _day_told_before(ctx, info)
            if told:
                return told, told  # "left Bonn yesterday ... talks in Normandy earlier in the day"
        if report_day(info, e):
            continue  # "his office said Friday": the day of the report, not of the event
        if said_on(info, e) and told_in_past(info):
            said_day = True
            continue  # "held talks, X said in Canberra last Friday": the remark's day, not
            # the gathering's (one told in the present is under way that day: kept)
        if names_other_thing(info, e):
            continue  # "the February 22 Paris accord", "arrears for 1985", "in a letter on
            # March 17": another thing's
        eve = _eve_of(info, e, reported)
        if eve:
            return eve, eve  # "met Mr X on the eve of talks in Y on Monday": the Sunday before
        week = _past_week(value, reported)
        if week:
            return week  # "held talks last week": that week, not the day the story was filed
        if not value or "W" in value or not is_calendar(e.range[0] if e.range else value):
            if value and reported and _same_week(value, reported):
                this_week = True  # "this week", "earlier this week": the report's own week
                # (a possessive, "this week's IMF meetings", names the week's gathering
                # without telling whether its days are gone by: only the month is known)
                owned = owned or bool(_POSSESSIVE.match(text, max(0, e.end - at)))
            continue  # "this week": the article's date says more
        if reported and (e.range[0] if e.range else value) > reported:
            continue  # "will begin repaying in August": not when the reported event was
        if e.range and len(e.range[0]) >= 7:
            return e.range
        if reported and value == reported[:4] and _EARLIER_THIS_YEAR.match(e.text):
            return value, value  # "talks earlier this year": before the report, day unknown
        if not e.range and (len(value) >= 7 or not reported or value != reported[:4]):
            # "on Monday and Tuesday", "in May or June": both; a second weekday read as past
            # before the first is the one after it ("are holding a meeting on Monday and
            # Tuesday" of a Monday)
            f = joined_date(info, e)
            last = _calendar(f.value) if f else None
            # (only days of a known year are days to count: "XXXX-12-20" is not)
            known = "X" not in value and bool(last) and "X" not in (last or "")
            if last and known and len(last) == len(value) == 10 and last < value \
                    and is_calendar(last):
                last = (date.fromisoformat(last) + timedelta(days=7)).isoformat()
            if last and known and len(last) == len(value) and is_calendar(last) \
                    and value < last and (len(last) != 10 or (
                        date.fromisoformat(last) - date.fromisoformat(value)).days < 7):
                return value, last
            if reported and value < reported[:len(value)] and _launched(info, e):
                return value, reported  # "opened talks last summer": under way since then
            return value, value  # "the 1986 Tokyo summit": a year beats a wrong day
    if own_only:
        return None, None
    if not ctx.published and (not ctx.event_date or "X" in ctx.event_date):
        # An article of no known date: its events are dated by their own words only, not by
        # a day without a year its lead mentions ("hinted at a budget giveaway on 16 March");
        # GUIDE: relative and undated days resolve to null there. (A lead day the article
        # dates in full, "on Wednesday" of "August 27, 2025", still dates its news.)
        return None, None
    told = _day_of_gathering_told_before(ctx, info, reported)
    if told:
        return told, told  # "yesterday's meeting agreed ..." then "... told the meeting"
    if not this_week and not said_day and not any(e.type != "DURATION" for e in dated):
        before = _gathering_just_told(ctx, info, so_far)
        if before:
            return before  # "... after their January 21 consultations. At that meeting, ..."
    if background:
        return background, background  # "That meeting, the ... Conference" after "1944"
    if reported and this_week and not owned and len(reported) == 10 \
            and date.fromisoformat(reported).weekday() != 6:
        # "held grain talks earlier this week", "at meetings here this week" (held): the days
        # of the report's week up to the day of filing (GUIDE: relative expressions resolve
        # against the publication date; a week ahead is its Monday to Sunday, one gone by
        # likewise, `_past_week`). Not said on a Sunday, whose "this week" is as often the
        # one beginning: the month.
        return _week_so_far(reported)
    if reported and this_week:
        # "this week's meetings": no day or week is told, so none is claimed; the report's
        # month
        return reported[:7], reported[:7]
    if recently_told(info):
        # "Recently, ministers failed to agree after their meeting": a gathering gone by at
        # some time before the report, no month told (an article of 3 April is as likely
        # about March); GUIDE: background with no time anchor is null, as is the report's
        # day or month for it. (Not "recently" in an aside about a person, "X, who recently
        # took office, met Y": that dates the aside.)
        return None, None
    if not this_week:
        opening = opening_told_after(ctx, info, reported)
        if opening:
            return opening  # "would face tough talks in Washington" ... "the talks, starting
            # on April 14, would cover ..."
    if said_day:
        # "held talks on transport, the minister said in Salzburg last Thursday": a gathering
        # gone by whose only day is the remark's has no day of its own; neither that day nor
        # the later day of filing is when it was held (GUIDE: no time anchor, null)
        return None, None
    # the article's news with no time of its own: the day its lead gives the news, else the
    # report's ("Speaking at the virtual meeting" after "said on Sunday (April 19)"); a
    # sentence with a time it set aside (a remark's "this morning") keeps the report's day
    if any(e.type != "DURATION" for e in info.own_dates()):
        return ctx.event_date, ctx.event_date
    return ctx.news_day, ctx.news_day


def recently_told(info: SentenceInfo) -> bool:
    """The sentence tells its gathering as gone by "recently" ("Recently, ministers failed to
    agree after their meeting"; "he said the talks stalled recently"): no day, week or month
    of its own. Not "recently" in an aside about a person ("X, who recently took office,
    met Y"), which dates the aside."""
    text = info.sentence.text
    aside = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text)
             if not names_event(m.group(0))]
    if any(not any(a <= m.start() < b for a, b in aside) for m in _RECENTLY.finditer(text)):
        return True
    return _recent_gathering(info) or told_before_past(info)


# Verbs of taking part in a gathering whose object or own meaning is the gathering
_GATHERING_VERBS = frozenset({"attended", "met", "visited", "held", "conferred", "talked"})


def told_before_past(info: SentenceInfo) -> bool:
    """By the parse, a verb of the gathering is in the past perfect ("who had just attended
    the OPEC meeting", "had already held talks with"), and the sentence tells no time of its
    own: a gathering before some other past time the article tells, not on the day of filing,
    its day untold."""
    parse = info.parse
    if parse is None or any(e.type != "DURATION" for e in info.own_dates()):
        return False
    toks = parse.tokens
    for k, t in enumerate(toks):
        if t.tag != "VBN" or t.text.lower() not in _GATHERING_VERBS:
            continue
        aux = [c.text.lower() for c in toks if c.head == k and c.dep == "aux"]
        if aux != ["had"]:
            continue
        if t.text.lower() in ("attended", "held", "visited") and not any(
                c.head == k and c.dep in ("dobj", "obj") and (
                    _GATHERING_WORD.search(c.text) or t.text.lower() == "visited")
                for c in toks):
            continue  # "had held the post": no gathering
        return True
    return False


def _recent_gathering(info: SentenceInfo) -> bool:
    """By the parse, "recent" is an adjective of the gathering's own noun ("At a recent
    meeting in Managua of ... producers, X and Y said ..."; "The recent IMF and World Bank
    meetings confirmed ..."): a gathering gone by at some time before the report, told as
    background, with no day, week or month of its own (as "recently")."""
    parse = info.parse
    if parse is None:
        return False
    toks = parse.tokens
    for k, t in enumerate(toks):
        if t.text.lower() != "recent" or t.tag != "JJ":
            continue
        # the gathering's noun ends the noun phrase "recent" opens: only names, nouns,
        # adjectives, numbers and "and" between ("a recent Latin American producers meeting", whose
        # "meeting" the parser may take for a participle); not "a recent call for talks"
        for j in range(k + 1, min(len(toks), k + 8)):
            if _GATHERING_WORD.fullmatch(toks[j].text):
                return True
            if toks[j].tag not in _NOMINAL_TAGS:
                break
    return False


_NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "HYPH", "CC"})


def remark_dated(info: SentenceInfo) -> bool:
    """The sentence tells a gathering gone by whose only day in it is a remark's ("held talks,
    X said in Salzburg last Thursday"): not news of the day of filing either."""
    return told_in_past(info) and any(said_on(info, e) for e in info.own_dates())


def _weekend_told(info: SentenceInfo) -> tuple[str, str] | None:
    """The Saturday and Sunday of the weekend the sentence's time expression resolved, by its
    tense ("1987-W14-WE": 4 and 5 April 1987); None when it gives none, or when the verb the
    weekend hangs from governs no gathering ("will continue their meetings today but will
    not issue a statement before returning home at the weekend")."""
    for e in info.own_dates():
        if under_other_verb(info, e):
            continue
        m = re.fullmatch(r"(\d{4})-W(\d{2})-WE", e.value or "")
        if m:
            try:
                saturday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6)
            except ValueError:
                return None
            return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()
    return None


def _same_week(value: str, day: str) -> bool:
    """`value` is the ISO week ("2019-W12") of `day`."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    d = parse_iso(day[:10]) if len(day) >= 10 else None
    return bool(m and d and d.isocalendar()[:2] == (int(m.group(1)), int(m.group(2))))


def _noun_dated_first(dated: list[TimeExpression], text: str, at: int
                      ) -> list[TimeExpression]:
    """The time expressions with the first one told right after a gathering's noun moved to the
    front, when every one before it stands before the sentence's first event word."""
    ahead = 0
    for i, e in enumerate(dated):
        before = text[:max(0, e.start - at)]
        if _NOUN_DATED.search(before):
            if i and ahead == i:
                return [e] + dated[:i] + dated[i + 1:]
            return dated
        if not names_event(before):
            ahead += 1
    return dated


# The end of the text before a time expression that follows a gathering's noun, with at most a
# short name or place between ("the session in January", "talks in Geneva in March", "the
# summit of June 3"); the time expression may or may not begin with its preposition.
_NOUN_DATED = re.compile(
    r"\b(?:meetings?|talks|session|summit|conference|consultations)"
    r"(?:\s+(?:in|at|of)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)?"
    r"(?:\s+(?:in|on|of))?\s*$", re.I)
# A span told by its first and its last day: "beginning March 30 and ending on Sunday",
# "starting on Monday until Friday".
_FIRST_AND_LAST_DAY = re.compile(
    r"\b(?:beginning|starting)\b[^.;]{1,40}?\b(?:ending|until|till|through)\b", re.I)


def _first_and_last_day(info: SentenceInfo) -> tuple[str, str] | None:
    """The first and last day of a span the sentence tells by both ends ("a series of calls,
    beginning March 30 and ending on Sunday"), read from the participle clause that tells
    them (a clause of its own, which the event's own times leave out); None without one."""
    m = _FIRST_AND_LAST_DAY.search(info.sentence.text)
    if not m:
        return None
    at = info.sentence.start
    days = [v for e in info.own_dates()
            if m.start() + at <= e.start <= m.end() + at + _LAST_DAY_REACH
            and (v := _calendar(e.value)) and len(v) == 10 and "X" not in v and is_calendar(v)]
    return (min(days), max(days)) if len(days) >= 2 and min(days) < max(days) else None


# How far after "ending" / "until" the last day of such a span may begin ("ending on Sunday").
_LAST_DAY_REACH = 12
# The report's year told as gone by: "earlier this year", "earlier in the year".
_EARLIER_THIS_YEAR = re.compile(r"earlier\s+(?:this|in\s+the)\s+year\b", re.I)
_RECENTLY = re.compile(r"\b(?:recently|in recent (?:days|weeks)|lately)\b", re.I)
# A possessive after a time expression: "this week's meetings".
_POSSESSIVE = re.compile(r"\s*['’]s\b")


# "the meeting", "the talks": a gathering the article has already told of.
_DEFINITE_GATHERING = re.compile(
    r"\bthe\s+(meeting|talks|session|gathering|conference|summit)s?\b", re.I)
# A day owning a gathering ("yesterday's meeting", "Saturday's informal session") ...
_DAY_OWNS_GATHERING = re.compile(
    r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(meeting|talks|session|gathering|conference|summit)s?\b",
    re.I)
# ... or a gathering followed by its day ("the meeting on Saturday", "talks yesterday").
_GATHERING_THEN_DAY = re.compile(
    r"\b(meeting|talks|session|gathering|conference|summit)s?\s+(?:on\s+|late\s+|early\s+)?$",
    re.I)


def _day_of_gathering_told_before(ctx: DocContext, info: SentenceInfo,
                                  reported: str | None) -> str | None:
    """The day an earlier sentence gave a gathering of the same name ("He told a news
    conference yesterday's meeting agreed ...") for an undated "the meeting" in this one
    ("Delors told the meeting ..."): the annotator dates an undated sentence by the report."""
    m = _DEFINITE_GATHERING.search(info.sentence.text)
    if not m:
        return None
    noun = m.group(1).lower()
    text = ctx.clean.text
    for before in reversed(ctx.sentences):
        if before.sentence.index >= info.sentence.index:
            continue
        for e in reversed(before.own_dates()):
            day = _calendar(e.value)
            if not day or len(day) != 10 or "X" in day or not is_calendar(day):
                continue
            if reported and day > reported:
                continue  # a gathering ahead is not the one "the meeting" reports
            after = _DAY_OWNS_GATHERING.match(text[e.end:e.end + 60])
            ahead = _GATHERING_THEN_DAY.search(text[max(0, e.start - 40):e.start])
            named = (after or ahead)
            if named and named.group(1).lower() == noun:
                return day
    return None


# Verbs that open a negotiation, and the nouns of a negotiation that goes on over time.
_LAUNCH_VERBS = frozenset({"opened", "launched", "began", "begun", "started", "resumed"})
_NEGOTIATION = re.compile(r"(?:talks|negotiations|consultations|dialogue)", re.I)
# A word of the negotiation's end in the same sentence ("the talks, which began on March 9,
# ended on Friday"; "have broken down").
_ENDED = re.compile(r"\b(?:ended|ending|concluded|collapsed|broke\s+down|broken\s+down|failed|"
                    r"closed|wound\s+up|adjourned|suspended|called\s+off)\b", re.I)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


@cache
def _eve_verbs() -> frozenset[str]:
    return frozenset(load_json("time_words.json")["eve_gathering_verbs"])


def _eve_of(info: SentenceInfo, e: TimeExpression, reported: str | None) -> str | None:
    """The day before a day told inside "on the eve of ..." that a verb of gathering governs
    ("met Mr X in Jerusalem on the eve of talks in Abu Dhabi on Monday"): the time is the
    other occasion's, the gathering's is the day before it. A weekday resolved as the past one
    because the sentence is told in the past is the one whose eve is the latest day on or before
    the report (GUIDE: the past-tense day is the eve, not the weekday). None when the time is
    no day or the phrase is no adjunct of a verb of gathering ("announced on the eve of his
    departure to attend yesterday's meetings": the meetings keep yesterday)."""
    parse = info.parse
    value = e.value or ""
    if parse is None or len(value) != 10 or not is_calendar(value):
        return None
    at = info.sentence.start
    toks = parse.tokens
    k = parse.token_at(e.start - at, e.end - at)
    if k is None:
        return None
    eve = next((a for a in parse.ancestors(k) if toks[a].text.lower() == "eve"), None)
    if eve is None and toks[k].dep == "pobj" and k >= 1:
        # (the parser hangs "on Monday" from the verb, beside "on the eve of talks in Y":
        # a day whose phrase follows the eve's phrase right after its last word is the day
        # of the eve's object, as the gathering cannot have two days)
        prep_k = toks[k].head
        eve = next((i for i, t in enumerate(toks) if t.text.lower() == "eve"
                    and toks[t.head].head == toks[prep_k].head != prep_k
                    and max(j for j in range(len(toks)) if parse.in_subtree(j, t.head))
                    == prep_k - 1), None) if toks[prep_k].dep == "prep" else None
    if eve is None or not any(t.head == eve and t.text.lower() == "of" for t in toks):
        return None
    prep = toks[eve].head
    verb = toks[prep].head
    if toks[prep].text.lower() not in ("on", "at") or toks[verb].text.lower() not in _eve_verbs() \
            or not toks[verb].tag.startswith("VB"):
        return None
    day = date.fromisoformat(value) - timedelta(days=1)
    if e.relative and _WEEKDAY.search(e.text) and reported and len(reported) == 10 and "X" not in reported \
            and day + timedelta(days=7) <= date.fromisoformat(reported):
        day += timedelta(days=7)
    return day.isoformat()


def _launched(info: SentenceInfo, e: TimeExpression) -> bool:
    """The time dates only the opening of a negotiation, by the parse ("negotiators opened
    talks last summer", "the talks which were launched nearly two years ago"): the time's
    head is a verb of opening whose object, subject or noun of a relative clause is a
    negotiation's noun, and the sentence tells no end. Such talks are under way at the report
    (GUIDE: a gathering spans its days; the report's day is the last one known)."""
    parse = info.parse
    if parse is None or _ENDED.search(info.sentence.text):
        return False
    toks = parse.tokens
    at = info.sentence.start
    k = parse.token_at(e.start - at, e.end - at)
    if _since_of_negotiation(parse, k):
        return True
    for _ in range(3):
        if k is None or toks[k].text.lower() in _LAUNCH_VERBS:
            break
        k = toks[k].head if toks[k].head != k else None
    if k is None or toks[k].text.lower() not in _LAUNCH_VERBS:
        return False
    verb = toks[k]
    if verb.dep == "relcl" and _negotiation_at(parse, verb.head):
        return True  # "the talks which were launched ...", "the round of talks, which began"
    return any(toks[i].dep in ("dobj", "nsubj", "nsubjpass") and _negotiation_at(parse, i)
               for i in parse.children(k))


# Nouns of a part of a negotiation, named by what they are part of: "the latest round of
# talks", "a session of negotiations", "this series of consultations".
_PART_OF = frozenset({"round", "session", "series"})


def _negotiation_at(parse: Parse, i: int) -> bool:
    """By the parse, token i is a negotiation's noun ("talks"), or a noun of a part of one whose
    "of" names it ("the latest round of talks"): the negotiation the clause on it tells."""
    toks = parse.tokens
    if _NEGOTIATION.fullmatch(toks[i].text):
        return True
    if toks[i].text.lower() not in _PART_OF:
        return False
    return any(toks[j].dep == "prep" and toks[j].text.lower() == "of" and any(
        toks[o].dep == "pobj" and _NEGOTIATION.fullmatch(toks[o].text) for o in parse.children(j))
        for j in parse.children(i))


def _since_of_negotiation(parse: Parse, k: int | None) -> bool:
    """A time that is the object of "since" hung on a negotiation's noun ("in talks since
    February") or on a verb with one as its subject or object ("talks have been taking place
    since March", "have held talks since March") and no "had" (a story's past, not up to the
    report): the talks run from then on."""
    toks = parse.tokens
    if k is None or toks[k].dep != "pobj" or toks[toks[k].head].text.lower() != "since":
        return False
    since = toks[k].head
    h = toks[since].head
    if h == since or toks[since].dep != "prep":
        return False
    if _NEGOTIATION.fullmatch(toks[h].text):
        return True
    kids = [t for t in toks if t.head == h]
    return not any(t.dep == "aux" and t.text.lower() == "had" for t in kids) and any(
        t.dep in ("dobj", "nsubj", "nsubjpass") and _NEGOTIATION.fullmatch(t.text) for t in kids)


# The nouns of a gathering a demonstrative points back to ("at that meeting", "those talks").
_GATHERING_NOUN = re.compile(
    r"(?:meetings?|talks|sessions?|gatherings?|conferences?|summits?|consultations|"
    r"negotiations)", re.I)
# Without a parse: a demonstrative and a gathering's noun opening the sentence or after a
# preposition ("At that meeting,", "That meeting, the ... Conference,").
_DEMONSTRATIVE_GATHERING = re.compile(
    r"(?:^|\b(?:at|during|in|after|before|following|since|from)\s+)(?:that|those)\s+"
    rf"{_GATHERING_NOUN.pattern}\b", re.I)


def _points_back(info: SentenceInfo) -> bool:
    """The sentence names a gathering by a demonstrative, "that meeting", "those talks": one
    the text has just told of (not "this": the gathering of the report's own day as often)."""
    if info.parse is None:
        return _DEMONSTRATIVE_GATHERING.search(info.sentence.text.lstrip()) is not None
    toks = info.parse.tokens
    return any(t.text.lower() in ("that", "those") and t.dep == "det" and t.head != k
               and _GATHERING_NOUN.fullmatch(toks[t.head].text) for k, t in enumerate(toks))


def _gathering_just_told(ctx: DocContext, info: SentenceInfo, so_far: list[EventMention]
                         ) -> tuple[str | None, str | None] | None:
    """For a gathering this sentence names by a demonstrative and gives no time ("At that
    meeting, the two reaffirmed ..."), the time the sentence right before gives the gathering
    it tells of ("... after their January 21 consultations."; "That July, delegates met
    here."): the same gathering; None when that sentence tells no gathering or no time."""
    if not _points_back(info):
        return _named_again(ctx, info)
    before = ctx.sentence_before(info)
    if before is None:
        return None
    start, end = (_dates(ctx, before, so_far, own_only=True)
                  if names_event(before.sentence.text) else (None, None))
    if start:
        return start, end
    # The sentence before gives the gathering no time ("... while negotiations were
    # ongoing."; or tells of something else): the one before it may ("German efforts to
    # bring about an agreement failed earlier in July."). No further: a demonstrative points
    # to what was just told.
    further = ctx.sentence_before(before)
    if further is None:
        return None
    start, end = _dates(ctx, further, so_far, own_only=True)
    return (start, end) if start else None


def _definite_gatherings(parse: Parse) -> set[str]:
    """The gathering nouns the sentence names with "the" as their own determiner ("The
    second Joint Meeting on trade was also attended by ..."), in lower case (number kept: a
    plural "The meetings" names more than the one meeting just told, "following his meeting
    with X on Wednesday, one of several summits this week")."""
    toks = parse.tokens
    return {toks[t.head].text.lower() for t in parse.tokens
            if t.text.lower() == "the" and t.dep == "det"
            and _GATHERING_NOUN.fullmatch(toks[t.head].text)}


def _day_under_noun(parse: Parse, noun: str, at: int, e: TimeExpression) -> bool:
    """The time expression `e` (document offsets; the sentence starts at `at`) hangs, by the
    parse, inside the phrase of a gathering noun `noun`: from the noun through its
    preposition ("a meeting on Tuesday", "Tuesday's meeting"), or from a word of the noun's
    own phrase, as the parse hangs a day on the nearest noun ("a meeting between X and Y on
    Tuesday": "on" under "Y"); never through a verb or a clause of its own ("met on Monday to
    prepare the summit", "the talks with ministers who arrived on Monday")."""
    i = parse.token_at(e.start - at, e.end - at)
    if i is None:
        return False
    toks = parse.tokens
    for j in parse.ancestors(i):
        t = toks[j]
        if e.start - at <= t.start < e.end - at:
            continue  # the time's own words ("Tuesday (May 5)")
        if t.text.lower() == noun and _GATHERING_NOUN.fullmatch(t.text):
            return True
        if t.tag.startswith("VB") or t.tag == "MD" or t.dep in _OWN_CLAUSE:
            return False
    return False


# Relations that open a clause of its own under a noun.
_OWN_CLAUSE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})


def _named_again(ctx: DocContext, info: SentenceInfo) -> tuple[str, str] | None:
    """For a gathering this sentence names again with "the" and gives no time ("The second
    Joint Meeting was also attended by ..."), the calendar day the sentence right before hangs
    (by the parse) from a gathering of the same noun ("... following a video conference
    meeting between X and Y on Tuesday (May 5)."): the gathering just told; None otherwise.
    Only a day the parse ties to the noun: "met on Monday to prepare the summit" dates the
    meeting, not the summit."""
    if info.parse is None:
        return None
    nouns = _definite_gatherings(info.parse)
    before = ctx.sentence_before(info)
    if not nouns or before is None or before.parse is None:
        return None
    at = before.sentence.start
    for e in before.own_dates():
        day = _calendar(e.value)
        if not day or len(day) != 10 or "X" in day or not is_calendar(day):
            continue
        if any(_day_under_noun(before.parse, noun, at, e) for noun in nouns):
            return day, day
    return None


# A gathering's noun named again by "the", then a verb of its opening, right before a time
# ("the talks, starting on April 14,", "since the talks began last Monday", "the conference,
# which opens on Friday,"): the time is the gathering's first day.
_OPENED_BEFORE_TIME = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(talks|meeting|conference|summit|session|negotiations|"
    r"consultations|visit|trip)\s*,?\s+(?:which\s+(?:will\s+)?|that\s+(?:will\s+)?)?"
    r"(?:starting|beginning|opening|began|begun|started|opened|starts|begins|opens|start|"
    r"begin|open)\s+(?:on\s+)?$", re.I)
# How many sentences after the gathering's own one the opening may be told.
_OPENING_REACH = 3


def opening_told_after(ctx: DocContext, info: SentenceInfo, reported: str | None
                        ) -> tuple[str, str] | None:
    """For a gathering the sentence gives no time of its own ("he would face tough talks in
    Washington"), the day one of the next few sentences gives the opening of "the" gathering
    of the same noun ("Siew said the talks, starting on April 14, would cover ..."): its first
    day, running to the report's day when it opened before it ("since the talks began last
    Monday"); None when none does. Only a calendar day with its year."""
    own = {m.group(0).lower().rstrip("s") for m in _GATHERING_WORD.finditer(info.sentence.text)}
    if not own:
        return None
    i = info.sentence.index
    text = ctx.clean.text
    for after in ctx.sentences[i + 1:i + 1 + _OPENING_REACH]:  # (held by index)
        if not i < after.sentence.index <= i + _OPENING_REACH:
            continue
        for e in after.own_dates():
            day = _calendar(e.value)
            if not day or len(day) != 10 or "X" in day or not is_calendar(day):
                continue
            m = _OPENED_BEFORE_TIME.search(text[max(0, e.start - 80):e.start])
            if m and m.group(1).lower().rstrip("s") in own:
                if reported and day < reported:
                    return day, reported
                return day, day
    return None


_GATHERING_WORD = re.compile(
    r"\b(?:talks|meetings?|conferences?|summits?|sessions?|negotiations|consultations|"
    r"visits?|trips?)\b", re.I)


# "That July", "that spring": a month or season the sentences before gave the year of.
_THAT_MONTH = re.compile(r"\bthat\s+$", re.I)
# A year of its own in running text, not a span's start ("since 1999": up to now) nor a
# target ("by 2030").
_TOLD_YEAR = re.compile(r"(?<!\bsince )(?<!\bby )\b(1[6-9]\d\d|20\d\d)\b(?![-/\d])")
# A time of the report's own days after the year in the text before: the story is back in
# the present, and an undated gathering is news again.
_NOW_WORD = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|this\s+(?:week|month|year|morning)|last\s+(?:week|"
    r"month|night)|next\s+(?:week|month)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"now|currently|recently)\b", re.I)
# A year told in an aside about a thing, not in the story's own narrative: inside a relative
# clause ("the 2010 agreement, which entered into force in 2011.") or naming an instrument
# ("builds on the 2010 Agreement"). A news story gives such background in passing and goes
# on with today's visit ("Erdogan, who arrived on a one-day visit, ..."); a narrative of the
# past tells its years in main clauses ("As the spring of 1961 began ...").
_ASIDE_YEAR = re.compile(r",\s*which\b[^,;.]*$", re.I)
_NAMING_YEAR = re.compile(r"\d{4}\s+(?:[A-Z][a-z]+\s+)*(?:Agreement|Treaty|Accord|Memorandum|"
                          r"Protocol|Convention|Declaration|Charter|agreement|treaty|accord|"
                          r"memorandum|protocol|convention|declaration|deal|pact)\b")
# A year that is the time of an amount ("issues of 430 billion francs in 1986, compared with
# 53 billion in 1976", "exports rose to 12.5 pct in 1979", "up from 4 mln tonnes for 1980"): a
# statistic's year, told in a comparison of figures, not a time the story is telling of (a
# count of things, "signed two accords in 1976", is not an amount and still tells the year).
_AMOUNT_YEAR = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:%|pct\b|percent\b|per\s+cent\b|(?:b|m|tr)illion\b|bln\b|"
    r"mln\b|billions?\b|millions?\b)(?:\s+[A-Za-z.$]+){0,2}\s+(?:in|for)\s+$", re.I)
# A year that modifies a noun ("interference in the 2016 election", "possible 2016
# collusion", "Obama's 2009 visit"): it names a thing of that year, told of in passing, not a
# time the narrative has moved to. An attributive year follows a determiner or an adjective
# and precedes its lowercase noun; a year after a preposition ("in 1944 delegates met", "the
# summer of 1944 began", "until 1946") is the story's time.
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+(?:'s)?)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?[a-z]{3,}\b")
_TIME_PREPOSITIONS = frozenset({
    "in", "of", "on", "at", "since", "until", "till", "from", "to", "during", "before", "after",
    "around", "through", "throughout", "between", "and", "or", "than", "for", "by", "late",
    "early", "mid", "about", "circa", "into", "within", "over", "as", "year", "spring", "summer",
    "autumn", "fall", "winter"})


def _attributive_year(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text[max(0, start - 40):start])
    return bool(before and before.group(1).lower() not in _TIME_PREPOSITIONS
                and _NOUN_AFTER.match(text, end))


# How far back a background year is looked for: the two or three sentences before.
_BACKGROUND_REACH = 600


def _background_year(ctx: DocContext, info: SentenceInfo, reported: str | None) -> str | None:
    """The year of the past the text just before this sentence is telling of ("As the summer
    of 1944 began ... That July, delegates met here. That meeting ..."; "wasn't ratified until
    1946. ... the final signing in Savannah"), when it is years before the report and no word
    of the report's own time comes after it; else None. An undated gathering there belongs to
    that year, not to the day the article was filed."""
    if not reported:
        return None
    start = info.sentence.start
    before = ctx.clean.text[max(0, start - _BACKGROUND_REACH):start]
    years = [m for m in _TOLD_YEAR.finditer(before) if not _ASIDE_YEAR.search(before[:m.start()])
             and not _NAMING_YEAR.match(before, m.start())
             and not _attributive_year(before, m.start(), m.end())
             and not _AMOUNT_YEAR.search(before[max(0, m.start() - 60):m.start()])]
    if not years:
        return None
    last = years[-1]
    year = last.group(1)
    if int(year) > int(reported[:4]) - 2:
        return None  # last year's or this year's: news, not history
    if _NOW_WORD.search(before[last.end():]) or _now_in_main_clause(info):
        return None
    if _told_as_now(info):
        return None  # "Ministers are attending the conference", "X is determined to see Y
        # take part in the meetings" after a paragraph of history: the story's present
    return year


# The links by which a clause hangs from a noun ("a path still trod by Russia today", "a
# rift that persists now"): a word of the report's time inside one tells of that thing, not
# of the sentence's gathering. (Not a clause of the sentence's verbs: "came after a
# delegation held talks this week" is the talks' own week.)
_NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _now_in_main_clause(info: SentenceInfo) -> bool:
    """A word of the report's own time (`_NOW_WORD`) stands outside any clause that hangs from
    a noun other than an event's (by the parse): of the sentence's own verbs, or of a clause
    about its gathering ("the talks, which ended today"). Without a parse, any."""
    text = info.sentence.text
    found = list(_NOW_WORD.finditer(text))
    if not found or info.parse is None:
        return bool(found)
    parse = info.parse
    toks = parse.tokens
    for m in found:
        k = parse.token_at(m.start(), m.end())
        if k is None:
            return True
        clause = next((i for i in [k, *parse.ancestors(k)]
                       if toks[i].head != i and toks[i].dep in _NOUN_CLAUSE_DEPS), None)
        if clause is None or names_event(toks[toks[clause].head].text):
            return True
    return False


# Modals of a time to come (not "would", "could", "might": a narrative of the past tells its
# later turns with them, "the conference would lead to ...").
_NOW_MODALS = frozenset({"will", "shall", "'ll", "’ll", "can", "may", "must"})


def _told_as_now(info: SentenceInfo) -> bool:
    """The sentence's main verb, by the parse, is in the present or future: its root is a
    verb in the present tense, or has an auxiliary in it or a modal of a time to come."""
    parse = info.parse
    if parse is None:
        return False
    toks = parse.tokens
    root = next((k for k, t in enumerate(toks) if t.head == k), None)
    if root is None or not toks[root].tag.startswith("VB"):
        return False
    if toks[root].tag in ("VBZ", "VBP"):
        return True
    return any(t.head == root and k != root and t.dep in ("aux", "auxpass") and (
        t.tag in ("VBZ", "VBP") or t.text.lower() in _NOW_MODALS) for k, t in enumerate(toks))


# "earlier in the day", "later that day": the day the sentence before told of, where it told
# one (the annotator reads them as the publication's day, having no sentence before to see).
_SAME_DAY = re.compile(r"(?:earlier|later)\s+(?:in\s+the|that)\s+day", re.I)


def _day_told_before(ctx: DocContext, info: SentenceInfo) -> str | None:
    """The last day of the calendar the sentence before this one gives, if any."""
    before = ctx.sentence_before(info)
    if before is None:
        return None
    days = [_calendar(e.value) for e in before.own_dates()]
    days = [d for d in days if d and len(d) == 10 and is_calendar(d) and "X" not in d]
    return days[-1] if days else None


def _past_week(value: str | None, reported: str | None) -> tuple[str, str] | None:
    """A week before the report's own week ('last week': '2027-W18'), as its Monday and
    Sunday; None for the report's week ('this week') or a later one, or no week."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value or "")
    if not m or not reported or len(reported) != 10:
        return None
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None  # a week the year does not have ("2027-W53")
    if monday + timedelta(days=6) >= date.fromisoformat(reported):
        return None
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def _week_so_far(reported: str) -> tuple[str, str]:
    """The Monday of the report's week and the day of filing."""
    day = date.fromisoformat(reported)
    return (day - timedelta(days=day.weekday())).isoformat(), reported


def _calendar(value: str | None) -> str | None:
    """The day of a time ("late last night": 1987-04-28TNI; "at 1900 hours":
    1987-03-02T19:00), the year of a season ("last summer": 1986-SU); other values as they
    are."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\dT(?:\w+|\d\d:\d\d)", value):
        return value[:10]
    if value and re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", value):
        return value[:4]
    return value


def main_clause_dates(ctx: DocContext, info: SentenceInfo,
                      so_far: list[EventMention]) -> tuple[str | None, str | None] | None:
    """The dates of a meeting told in the main clause when a relative aside tells of another
    gathering with its own day ("X, who arrived on Wednesday, held talks with Y on Friday": the
    talks are Friday's; the visit keeps Wednesday, its first day); None when no such aside
    exists or the main clause gives no past or present day of its own (then the aside dates
    the sentence: "the leaders, who last met in Rome in October, will meet on June 29")."""
    text, at = info.sentence.text, info.sentence.start
    told = [(m.start() + at, m.end() + at) for m in _RELATIVE_ASIDE.finditer(text)
            if names_event(m.group(0))]
    if not told:
        return None
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    own = [v for e in info.own_dates() if not any(a <= e.start < b for a, b in told)
           and (v := _calendar(e.value)) and is_calendar(v) and "X" not in v
           and not (reported and v > reported)]
    if not own:
        return None
    return _dates(ctx, info, so_far, main_clause=True)
