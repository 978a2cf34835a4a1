"""Candidate gatherings named by their noun (summits, conferences, talks of several states):
whether a sentence proposes one of office-holders of more than one state, its place and date,
and whether it names a new gathering or one the article named before."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.dates import is_calendar
from accords.annotate.gazetteer import gazetteer
from accords.data import load_json
from accords.extract.event_common import (
    _GROUP_EVENT,
    _GROUP_NAME,
    _MEET_SATISFY,
    _OFFICIAL,
    _STATE_FORMS,
    _actors_ranked,
    _event,
    _holds_office,
    _union,
)
from accords.extract.event_dates import _calendar
from accords.extract.event_each import each_own_gathering, separate_ones_back
from accords.extract.event_home import home_sides_named, one_state_meeting
from accords.extract.event_medium import medium_occasion, medium_told_before
from accords.extract.event_people import (
    _lent_people,
    _people,
    _tells_of_gathering,
    at_another_gathering,
    names_in,
    owner_only,
    points_back,
    reports_on,
)
from accords.extract.event_places import (
    _country_of,
    _place_in,
    attached_place,
    placed_in_text,
    state_place,
)
from accords.extract.event_titles import noun_title
from accords.records import Actor, EventMention
from accords.vocab import EventKind

_GOVERNMENTAL = re.compile(
    r"\b(?:ministers?|(?:government|state|senior|foreign|trade|finance|world|national|EC|EU)\s+"
    r"(?:officials|leaders)|heads of (?:state|government)|delegations?|governments?|"
    r"Group of (?:Five|Seven|Ten|Eight)|G-?(?:5|7|8|10|20)|OPEC|IMF|World Bank|GATT|OECD|NATO|"
    r"European Community|EC|EU|both countries|two countries|bilateral|central bankers|"
    r"(?:major|industrial|member|western|oil-producing)\s+(?:industrial\s+)?(?:countries|nations))\b")
# "a Washington meeting", "the 1986 Tokyo summit": the place names the meeting.
_PLACE_BEFORE_NOUN = re.compile(r"\b(?P<place>[A-Z][a-z]+)\s+(?:meeting|summit|talks|conference)\b")
_NOT_GROUP = re.compile(r"\b(?:news|press|pay|wage|bargaining|merger|takeover|board|shareholders?'?|"
                        r"annual general|club|team|union)\s+(?:meeting|talks|conference|session)\b"
                        # "meeting the Lisbon targets", "meeting payments on its debt": meeting
                        # as satisfying
                        r"|\bmeeting(?!\s+(?:of|on|with|between|in|at|for|to|over|about|"
                        rf"this|next|last)\b){_MEET_SATISFY}", re.I)


# A cabinet's own sitting ("after a cabinet meeting", "a Cabinet session"), unless joint.
# (and a chamber's own sitting: "Miyazawa told an Upper House session the six nations -- Britain,
# Canada ... -- are abiding by the accord" is Japan's parliament, whatever states it hears of)
_CABINET = re.compile(r"(?<!joint )(?<!European )\b(?:cabinet|(?:upper|lower)\s+house|parliament|"
                      r"parliamentary|senate|congressional|national\s+assembly|(?-i:Diet)|Bundestag)"
                      r"(?:'s|’s)?\s+"
                      r"(?:meetings?|sessions?)\s*$", re.I)


@cache
def _OWN_GATHERING() -> re.Pattern[str]:  # noqa: N802 - a compiled table, read once
    words = load_json("event_status.json")["own_gathering"]
    return re.compile(rf"\b(?:{words})(?:\s+[\w’'-]+){{0,3}}\s+(?:meetings?|sessions?|"
                      rf"conferences?|talks)\s*$", re.I)


@cache
def _OWN_BODY() -> re.Pattern[str]:  # noqa: N802 - a compiled table, read once
    return re.compile(rf"\s+of\s+(?:{load_json('event_status.json')['own_body']})\b", re.I)


@cache
def _MARKET_SESSION() -> re.Pattern[str]:  # noqa: N802 - a compiled table, read once
    words = load_json("event_status.json")["market_sessions"]
    return re.compile(rf"\b(?:{words})\s+sessions?\b", re.I)


def _anaphoric(text: str, so_far: list[EventMention]) -> EventMention | None:
    """The gathering the article named before that 'the summit' of this sentence refers to."""
    m = _GROUP_EVENT.search(text)
    noun = _noun(m) if m else ""
    if not (m and noun and re.search(rf"\bthe\s+{noun}\s*$", text[:m.end()], re.I)):
        return None
    return next((e for e in reversed(so_far) if e.group and e.kind.value == noun), None)


# "The Downing Street talks", "after this meeting": a gathering noun the article has told of
# before (a definite article and at most three words of name before the noun).
_BACK_REFERENCE = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w’'-]+\s+){0,3}$", re.I)
_INTRODUCED = re.compile(r"(?:\b(?:an?|another)|[’']s)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _new_gathering(text: str, so_far: list[EventMention]) -> re.Match[str] | None:
    """In a sentence whose first gathering noun refers back to a gathering the article has
    reported ("The Downing Street talks covered ... ahead of an EU summit in Brussels", "After
    the meeting, the ministers called a conference in Geneva"), the first later noun that does
    not: the new gathering the sentence tells of. None when the first noun is new, or every
    noun refers back."""
    if not any(e.kind != EventKind.VISIT for e in so_far):
        return None
    found = list(_GROUP_EVENT.finditer(text))
    if len(found) < 2 or not _refers_back(text, found[0]):
        return None
    # (a new one is told as new: "an EU summit", "Tuesday's Ecofin meeting"; not "attend
    # meetings held by the five", meetings in general)
    return next((m for m in found[1:] if m.group("noun") and not _refers_back(text, m)
                 and _INTRODUCED.search(text[:m.start("noun")])), None)


def _refers_back(text: str, m: re.Match[str]) -> bool:
    return bool(m.group("noun")) and _BACK_REFERENCE.search(text[:m.start("noun")]) is not None


# Counted negotiations that end at the sentence's act: "after three days of negotiations",
# "following two rounds of consultations" (the talks are a sitting the act closed).
_AFTER_COUNTED_SITTINGS = re.compile(r"\b(?:after|following|during)\s+(?:[\w-]+\s+){1,3}of\s+$",
                                     re.I)
_SAME_GATHERING = re.compile(r"\b(?:the|that|this)\s+(?:very\s+)?same\s+$", re.I)


# "A held talks with B", "A met with B": a gathering of two sides the sentence names.
_TWO_SIDES_WITH = re.compile(r"\b(?:(?:held|holds|hold|holding)\s+(?:[\w-]+\s+){0,2}(?:talks|"
                             r"discussions|a meeting)|met|meets)\s+with\s+(?:[A-Z][\w'’.-]*\s+)*"
                             r"[A-Z]")


def _officials_of_two_states(people: list[Actor]) -> bool:
    """People of two states or more take part, and one of them holds an office."""
    return len({p.country for p in people if p.country}) >= 2 and any(
        _holds_office(p) for p in people)


def _group_event(ctx: DocContext, info: SentenceInfo, people: list[Actor],
                 dates: tuple[str | None, str | None],
                 chosen: re.Match[str] | None = None) -> EventMention | None:
    """A meeting of governments named by its noun, with a governmental actor in the sentence
    (the first noun, or `chosen`: the new one of a sentence that names one told before)."""
    text = info.sentence.text
    m = chosen or _GROUP_EVENT.search(text)
    if not m or _NOT_GROUP.search(text) or _MARKET_SESSION().search(text) \
            or info.sentence.role == "headline":
        return None  # a headline sums up the event its article reports
    first_day_told = False
    if m.group("verb"):
        # "EU leaders gathered in Brussels for a two-day summit": the noun after the verb
        # says what kind of gathering it was (a summit, not a bare meeting).
        purpose = _noun_after_verb(text, m)
        # (the day of "gathered ... on Thursday for a two-day summit" is its first day)
        first_day_told = purpose is not None and m.group("verb").lower() in (
            "gathered", "convened", "met")
        m = purpose or m
    if (m.group("noun") or "").lower() in ("negotiations", "consultations") and \
            not _AFTER_COUNTED_SITTINGS.search(text[:m.start("noun")]):
        return None  # "the accord had taken eight days of negotiations": background told
    if m.group("noun") and medium_told_before(text, m.start("noun"), [
            i.sentence.text for i in ctx.sentences[:info.sentence.index]]):
        return None  # "the video conference" after "the summit, conducted via video conference"
    if m.group("noun") and _SAME_GATHERING.search(text[:m.start("noun")]):
        return None  # "had hoped to sign at the same meeting": one told already, no new one
    if m.group("noun") and separate_ones_back(ctx, info, m.group("noun"), m.start("noun"),
                                              m.end("noun")):
        return None  # "The meetings were dominated by ...": the sides' own, told next to it
    igo_here = any(p.form == "igo" for p in info.places)
    # "the conference, which began Thursday": the article's own intergovernmental meeting,
    # when the article is about an international organization and the sentence dates it.
    about_igo = _noun(m) in ("conference", "summit") and bool(
        info.dates) and any(c.startswith("IGO:") for c in _actors_ranked(ctx)[:3])
    governmental = bool(_GOVERNMENTAL.search(text) or igo_here or about_igo
                        or _between_states(text[m.end():]))
    noun = _noun(m) or "meeting"
    kind = {"talks": EventKind.TALKS, "conference": EventKind.CONFERENCE,
            "summit": EventKind.SUMMIT}.get(noun, EventKind.MEETING)
    named = _PLACE_BEFORE_NOUN.search(text)
    own_place, own_dates = _noun_phrase_place_and_date(info, m)
    place = ctx.place if own_place == "" else own_place or attached_place(
        info, m.start(), m.end()) or _place_in(text) or (
        named.group("place") if named and _country_of(named.group("place")) else None) \
        or state_place(info, m.start(), m.end()) or ctx.place
    dates = own_dates or dates
    if first_day_told:
        dates = _through_its_length(text[:m.start("noun")], dates)
    host = ctx.country_of(place)
    group = _GROUP_NAME.search(text)
    countries = [c for c in ctx.pair if c != host]
    label = group.group(0) if group else (
        " and ".join(gazetteer().name(c) for c in ctx.pair[:2]) or "governments")
    title = noun_title(text, m.start("noun"), m.end("noun")) if m.group("noun") else None
    # "meet by video-conference for a week of discussions", "video-conference rounds": the
    # medium of the occasion its clause names, which gives the kind (and the title)
    occasion = medium_occasion(text, m.start("noun"), m.end("noun"), info.parse) \
        if m.group("noun") and noun == "conference" else None
    if occasion is not None:
        kind, title = occasion, None
    title = title or f"{kind.value.title()} of {label}"
    if place and place not in title and placed_in_text(place, text):  # not the dateline's city
        title += f" in {place}"
    # Officials named in the sentences around it, when such a sentence itself tells of a
    # gathering ("the talks so far", "met", "told a news conference", "the conference's
    # president"): one that names none ("Mr Blair also made a surprise trip", "X will discuss
    # farm trade during a visit", "according to finance minister X") speaks of the person, not of
    # anyone who sat at this one (the ninth audit's added participants) One that tells each of its people at a
    # gathering of their own ("in their respective meetings with their counterparts",
    # "met the envoy separately") lends none: they did not sit together (event_each).
    own = _own_phrase(info, m)
    # ('He said he "could not pre-empt the outcome" of trade talks with the EU': the pronoun's
    # neighbour lends its speaker, even one who "told a news conference", but not those it
    # names inside a new gathering's own phrase, "an urgent roundtable meeting with A, B and
    # C", which is no part of these named talks)
    apart = own or _own_phrase(info, m, pronoun=False)

    def told_of(person: Actor) -> bool:
        # "a briefing by X on a recent producers meeting": X tells of it, did not sit at it
        return bool(m.group("noun")) and reports_on(info, person.name, m.start("noun"),
                                                    m.end("noun"))
    people = [p for p in people if not told_of(p)]
    # (a meeting told by its verb next to the lead's gathering is as often a part of it: "X met
    # Y late last night to plan a new initiative" for the council of the lead)
    by_verb = info is not next((i for i in ctx.sentences if i.sentence.role != "headline"), None)
    nearby = [p for i in ctx.sentences[max(0, info.sentence.index - 2):info.sentence.index + 3]
              if i.sentence.index == info.sentence.index or (
                  _tells_of_gathering(i.sentence.text) and not each_own_gathering(i.parse))
              for p in ([x for x in _lent_people(ctx, i)
                         if not (apart and at_another_gathering(i, x.name, apart, by_verb,
                                                                phrase_only=not own))]
                        if i.sentence.index != info.sentence.index
                        else [x for x in _people(ctx, i) if _OFFICIAL.search(x.role or "")
                              and not owner_only(i, x.name) and not told_of(x)])]
    if len(people) >= 2 and _TWO_SIDES_WITH.search(text):
        nearby = []  # "A held talks with B": the sentence names both sides; a neighbour's are others'
    if dates in ((ctx.event_date, ctx.event_date), (ctx.news_day, ctx.news_day)) \
            and not info.own_dates():
        # "at the recent Paris meeting": undated here, so that the report that dates it can
        # take it in; a meeting the article reports as its news gets the article's date later.
        dates = (None, None)
    event = _event(ctx, info, kind, title, *dates, place, host,
                   countries[0] if countries and len(ctx.pair) == 2 else None,
                   _union(people, nearby))
    event.group = True
    event.multilateral = bool(igo_here or about_igo or group)
    if not governmental and _officials_of_two_states(people):
        # "Israeli defence official A held talks with Egyptian intelligence chief B": its
        # people say whose gathering it is when no word of governments does (the people the
        # sentence names: those lent by neighbours make "ahead of the meeting" no new one)
        governmental = True
    if not governmental:
        event.missing = ("governmental",)
    several = len({p.code for p in info.places if p.form in _STATE_FORMS}) >= 2
    if _OWN_BODY().match(text[m.end():]):
        event.missing += ("states",)  # "a session of congress": of one state, whoever it hears of
    elif _CABINET.search(text[:m.end()]):
        # "told reporters after a cabinet meeting" in a sentence that names other states (of
        # what was discussed): the cabinet is still one state's (ninth audit)
        event.missing += ("states",)
    elif igo_here or about_igo or group or several:
        pass
    elif _OWN_GATHERING().search(text[:m.end()]):
        event.missing += ("states",)  # "a cabinet meeting": one government's own
    elif home_sides_named(ctx, info, people, bool(_TWO_SIDES_WITH.search(text))):
        event.missing += ("states",)  # "Mr X held talks with Prime Minister Y": one state's own
    elif one_state_meeting(ctx, info, people, own):
        event.missing += ("states",)  # "at a meeting chaired by Premier X": one state's own
    elif not _MULTINATIONAL.search(text) and not (
            len(ctx.pair) >= 2 or any(c.startswith("IGO:") for c in _actors_ranked(ctx)[:3])):
        # "a government consultation meeting" in a story about one state: a gathering that
        # names no other state is likely that state's own
        event.missing += ("international",)
    return event


_SPEAKER_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is)\b")
_INDEFINITE = re.compile(r"(?:an?|another|one)\s", re.I)


def _own_phrase(info: SentenceInfo, m: re.Match[str], pronoun: bool = True) -> str | None:
    """The gathering noun's own phrase ("Tuesday's Ecofin meeting of the finance ministers", "a
    two-day ministerial meeting"), or None when it only points back at one told before ("the
    meeting": a neighbour's gathering may be that one) or no noun names it (or, `pronoun`, when
    a pronoun of the sentence stands for one named before)."""
    if not m.group("noun"):
        return None
    text = info.sentence.text
    if points_back(text, m.start("noun"), m.end("noun")) \
            or pronoun and _SPEAKER_PRONOUN.search(text):
        # (nor when a pronoun stands for someone named before: "In a statement to the GATT
        # conference here he said", he being the neighbour's minister, whatever else it names)
        return None
    head = info.parse.token_at(m.start("noun"), m.end("noun")) if info.parse else None
    if head is None:
        phrase = text[max(0, m.start("noun") - 40):m.end("noun") + 40]
    else:
        start, end = info.parse.subtree_span(head) if info.parse else (0, 0)
        phrase = text[start:end]
    # (a bare "talks", "in talks", with no name: as likely the ones a neighbour tells of)
    if not names_in(phrase) and not _INDEFINITE.match(phrase):
        return None
    return phrase


def _noun_phrase_place_and_date(info: SentenceInfo, m: re.Match[str]) -> tuple[
        str | None, tuple[str | None, str | None] | None]:
    """The place and the date among the gathering noun's own modifiers: "the Paris Group of Six
    meeting", "the June 12 ministerial meeting", "February's Ottawa summit". They name this
    gathering; an "in X" or a date elsewhere in the sentence may belong to another clause
    ("the meeting is to review the accord reached in Tokyo last month")."""
    if not info.parse or not m.group("noun"):
        return None, None
    parse = info.parse
    head = parse.token_at(m.start("noun"), m.end("noun"))
    if head is None:
        return None, None
    # (the subtree's left end, not `left_edge`: "the Paris Group of Six meeting" holds a
    # prepositional phrase inside its name)
    left, noun_at = parse.subtree_span(head)[0], parse.tokens[head].start
    k = head - 1  # and a run of capitalized words the parse may have split off ("Group of Six")
    while k >= 0 and (parse.tokens[k].text[:1].isupper() or parse.tokens[k].tag == "CD"
                      or (parse.tokens[k].text == "of" and k > 0
                          and parse.tokens[k - 1].text[:1].isupper())):
        k -= 1
    left = min(left, parse.tokens[k + 1].start) if k + 1 < head else left
    words = [t for t in parse.tokens if left <= t.start and t.end <= noun_at]
    place = None
    gaz = gazetteer()
    for i, t in enumerate(words):
        two = f"{t.text} {words[i + 1].text}" if i + 1 < len(words) else None
        found = two if two and two in gaz.places else (t.text if t.text in gaz.places else None)
        after = words[i + (2 if found == two else 1):]
        # (not a place inside another name: "the Georgetown University conference", "a Paris
        # Club meeting"; a group's name may follow it: "the Paris Group of Six meeting")
        if found and t.text[:1].isupper() and not (
                after and after[0].text[:1].isupper()
                and not _GROUP_NAME.match(" ".join(w.text for w in after))):
            place = found
            break
    dates = None
    at = info.sentence.start
    for e in info.own_dates():
        value = _calendar(e.value)
        if e.range and len(e.range[0]) == 4:
            continue  # "the 1987/88 price talks": the season they are about, not their date
        if left <= e.start - at and e.end - at <= noun_at and value and "W" not in value \
                and is_calendar(e.range[0] if e.range else value):
            dates = e.range or (value, value)
            break
    if dates is None and (own_after := _date_after_noun(info, head)):
        # dated in its own phrase: a place elsewhere in the sentence is another clause's
        # ("talks will be held in London Sept 7, with an EU summit planned for Oct 15-16")
        return place or _place_after_noun(info, head), own_after
    return place, dates


# The links a date may hang from on its way up to the gathering's noun and still be that
# gathering's: "a summit planned for Oct 15-16", "the meeting on May 3"; not one inside a
# clause of its own ("the summit, which endorsed the deal reached on May 3").
_OWN_LINKS = {"prep", "pobj", "acl", "npadvmod", "nummod", "compound", "appos", "amod", "det",
              "quantmod", "punct", "nmod", "pcomp"}


def _place_after_noun(info: SentenceInfo, head: int) -> str:
    """A place in the gathering's own phrase after its noun ("a summit in Brussels planned
    for May 3"), or "" (known to be none: not the sentence's other clauses')."""
    parse = info.parse
    if parse is None:
        return ""
    end = parse.subtree_span(head)[1]
    for p in info.places:
        if p.form in ("city", "capital") and parse.tokens[head].end <= p.start < end:
            return p.text
    return ""


def _date_after_noun(info: SentenceInfo, head: int) -> tuple[str | None, str | None] | None:
    """A calendar date told after the gathering's noun in its own phrase ("with an EU summit
    planned for Oct 15-16"): its date, whatever other date the sentence gives another
    clause ("talks will be held in London Sept 7")."""
    parse = info.parse
    if parse is None:
        return None
    at = info.sentence.start
    noun_end = parse.tokens[head].end
    for e in info.own_dates():
        value = _calendar(e.value)
        if e.start - at < noun_end or not value or "W" in value \
                or not is_calendar(e.range[0] if e.range else value):
            continue
        i = parse.token_at(e.start - at, e.end - at)
        if i is None:
            continue
        path = [i, *parse.ancestors(i)]
        if head not in path:
            continue
        if all(parse.tokens[j].dep in _OWN_LINKS for j in path[:path.index(head)]):
            return e.range or (value, value)
    return None
# "talks between India and Pakistan": the sides of the gathering, named right after its noun.
_BETWEEN = re.compile(r"^\s+between\s+(?:the\s+)?(?P<a>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
                      r"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def _between_states(after: str) -> bool:
    """The words after a gathering's noun name two states as its sides."""
    m = _BETWEEN.match(after)
    if not m:
        return False
    lookup = gazetteer().lookup
    sides = [lookup.get(m.group(g)) for g in ("a", "b")]
    return all(hit and hit[1] in ("name", "alias") for hit in sides) and sides[0] != sides[1]
# Words that say a gathering is of several states.
_MULTINATIONAL = re.compile(
    r"\b(?:countries|nations|states|international|bilateral|multilateral|regional|world|"
    r"global|foreign|producers|exporters|importers|members?|member states|allies|"
    r"two sides|both sides|delegations|counterparts?)\b", re.I)


# The purpose phrase right after the verb's clause: "... gathered in Brussels on Thursday for a
# two-day summit", "... met in Geneva to hold talks" (no clause break between)
# (only place and time between: "meet next week to decide an agenda for the June summit" is a
# meeting that prepares the summit, not the summit)
_PURPOSE_NOUN = re.compile(r"^(?:(?!\b(?:to|for|at)\b)[^.;,]){0,60}?\b(?:for|to\s+hold|to\s+open|at)"
                           r"\s+(?:an?|the|their|its)?\s*(?:[\w’'-]+\s+){0,3}?(?=(?:summit|conference|talks|meeting)s?\b)", re.I)


def _noun_after_verb(text: str, verb: re.Match[str]) -> re.Match[str] | None:
    """The gathering noun of the purpose phrase after "leaders gathered": its match."""
    p = _PURPOSE_NOUN.search(text[verb.end():])
    if not p:
        return None
    return _GROUP_EVENT.match(text, verb.end() + p.end())


_LENGTH_IN_DAYS = re.compile(r"\b(?P<n>two|three|four|five)-day\s+(?:[\w’'-]+\s+)?$", re.I)


def _through_its_length(before_noun: str, dates: tuple[str | None, str | None]
                        ) -> tuple[str | None, str | None]:
    """A gathering that began on a known day and is told "a two-day summit": it ends that many
    days later."""
    n = _LENGTH_IN_DAYS.search(before_noun)
    start, end = dates
    if not (n and start and start == end and re.fullmatch(r"\d{4}-\d{2}-\d{2}", start)):
        return dates
    days = ("two", "three", "four", "five").index(n.group("n").lower()) + 1
    return start, (date.fromisoformat(start) + timedelta(days=days)).isoformat()


def _noun(m: re.Match[str]) -> str:
    """The gathering's noun in the singular ('summits' -> 'summit'; 'talks' stays)."""
    noun = (m.group("noun") or "").lower()
    # (counted negotiations or consultations are talks: see _GROUP_EVENT)
    return "talks" if noun in ("talks", "negotiations", "consultations") else noun.removesuffix("s")
