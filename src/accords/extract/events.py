"""Event mentions of one document: visits, meetings, talks, calls and summits, with who took
part, where and when; merged within the document (one visit reported in three sentences is
one visit)."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from accords.annotate.context import EVENT_TRIGGER, DocContext, SentenceInfo
from accords.annotate.dates import is_calendar
from accords.annotate.entities import PersonMention
from accords.annotate.gazetteer import gazetteer, officeholders
from accords.data import load_json
from accords.extract.event_audience import private_gathering
from accords.extract.event_bodies import body_states
from accords.extract.event_ceremonies import between_states
from accords.extract.event_councils import council_act
from accords.extract.event_era import set_era
from accords.extract.event_nonevents import no_gathering, private_forum_back
from accords.extract.event_offices import office_states
from accords.extract.event_places import (
    named_as_market,
    placed_in_text,
    remote_gathering,
    sides_place,
)
from accords.extract.event_sides import company_chief, named_as_company, private_side
from accords.extract.event_split import separate_meetings, two_named_gatherings
from accords.extract.event_status import (
    dated_ahead,
    dated_before,
    day_possessive_past,
    event_status,
    governed_by_future,
    joined_date,
    names_event,
    names_other_thing,
    no_date_set,
    planned_dates,
    process_talks,
    report_day,
    trigger,
    words,
)
from accords.extract.event_titles import noun_title
from accords.extract.event_visits import place_on_visits, span_back, stay_end
from accords.extract.quotes import quote_for
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus

_VISIT = re.compile(
    r"\b(?:(?:official|state|working|two-day|three-day|one-day|ongoing|first|official\s+two-day)\s+)*"
    r"(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:ed|es|e|al)|was received)\s+"
    r"(?:to|in|of|at)?\s*(?:the\s+)?(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))", re.I)
_TRAVEL = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|(?:will|would|to|shall)\s+go|"
    r"went|headed|arrives?)\s+(?:on\s+to\s+|back\s+to\s+|to\s+)(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))", re.I)
_VISIT_POSSESSIVE = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b", re.I)
_TALKS = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}talks\b|"
                    # "held three days of talks"
                    r"\b(?:held|hold|holds|holding)\s+\w+\s+(?:days|rounds|hours)\s+of\s+talks\b|"
                    r"\btalks\s+"
                    r"(?:with|between)\b|\bdelegation-level talks\b", re.I)
# "meet" in the sense of satisfy: "to meet its export commitments", "met the targets".
_MEET_SATISFY = (r"(?:\s+(?:the|its|their|our|his|her|this|these|those|all|such|any|some|"
                 r"growing|rising)\b)?(?:\s+[\w-]+){0,3}?\s+(?:targets?|demands?|deadlines?|"
                 r"requirements?|criteria|needs?|goals?|commitments?|obligations?|costs?|payments?|"
                 r"expenses|conditions|standards?|quotas?|shortfalls?|debts?|expectations|"
                 r"challenges?|bills?|terms|objectives?|forecasts?|estimates?)\b")
# "the announcement was met with caution": met as received, in the passive, with a thing.
_MET_RECEIVED = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )"
_MEETING = re.compile(rf"\b(?:met|meets|meet)\b(?!{_MEET_SATISFY})(?!\s+with\s+(?-i:[a-z]))|"
                      rf"{_MET_RECEIVED}\bmet\b(?!{_MEET_SATISFY})|"
                      r"\bmeetings?\s+(?:with|between)\b|"
                      # "Putin and Xi held a bilateral meeting"
                      r"\b(?:held|hold|holds|holding|had)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}"
                      r"meetings?\b|"
                      r"\b(?:discussed|held discussions)\b.{0,80}\bwith\b", re.I)
# A meeting named by its noun, held by governments: "a full blown meeting of the Group of
# Seven", "their civil aviation talks here", "EC agriculture ministers meet".
_GROUP_EVENT = re.compile(
    r"(?<!news )(?<!press )(?<!\bhe )(?<!\bshe )(?<!\bit )\b"
    r"(?P<noun>meetings?|talks|conferences?|summits?|sessions?)\b"
    r"|\b(?:ministers|governors|leaders|delegations|countries)\b[^.;]{0,80}?\b"
    r"(?:will\s+)?(?P<verb>meet|met|gathered|convened|reconvened?)\b", re.I)
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
_GROUP_NAME = re.compile(r"\b(?:Group of (?:Five|Six|Seven|Ten|Eight|Fifteen|Twenty|77)|G-?(?:5|6|7|8|10|15|20|77))\b")
_CALL = re.compile(r"\b(?:tele)?phone (?:call|conversation|talks|summit)\b|\b(?:tele)?phoned\b|"
                   r"\b(?:conference|video) call\b|"
                   r"\b(?:spoke|spoken|talked|speak|talk)\s+(?:by|over the|on the)\s+(?:tele)?phone\b",
                   re.I)
_SUMMIT = re.compile(r"\bsummit\b", re.I)
# Who was at the gathering the article reported last: "the meeting was attended by X",
# "X, Y and Z took part", "India was represented by X".
_ATTENDED = re.compile(r"\b(?:meeting|summit|conference|talks) (?:was|were) (?:also )?attended by\b|"
                       r"\battended (?:the|this) (?:meeting|summit|conference|talks)\b|"
                       r"\b(?:also )?took part\s*(?:[.;]|$)|\bwas represented by\b|"
                       # "X will be represented at the meeting by Y": Y sits at it
                       r"\b(?:be|is|are|were)\s+represented\s+at\s+(?:the|this)\s+(?:meeting|"
                       r"summit|conference|talks|session)\s+by\b|"
                       # "X, who chaired the meeting, said": its chair took part
                       r"\b(?:chaired|co-chaired|presided over)\s+(?:the|this)\s+(?:meeting|"
                       r"summit|conference|talks|session)\b|"
                       # "Tuesday's meeting is being hosted by X. Also due to attend are Y and
                       # Z": the host and those named as due to attend take part
                       r"\b(?:meeting|summit|conference|talks|discussions?|consultations)\b[^.;]{0,60}"
                       r"\b(?:is|was|were|will be)\s+(?:being\s+)?(?:hosted|chaired|co-chaired)\s+by\b|"
                       r"^\W*(?:also\s+)?(?:due|expected|set|scheduled)\s+to\s+attend\s+(?:are|were)\b|"
                       r"^\W*also\s+attending\s+(?:are|were|will\s+be)\b", re.I)
# A sentence that tells of a gathering (a noun or verb of meeting, or one of attending it).
_TELLS_OF_GATHERING = re.compile(r"\b(?:meetings?|talks|conferences?|summits?|sessions?|discussions|"
                            r"negotiations|met|meets?|attend(?:s|ed|ing)?|took part|"
                            r"(?:co-)?chair(?:s|ed)|hosted)\b", re.I)
# A gathering word that ties no one in a neighbour sentence to a gathering: "met" in the sense of
# satisfy ("if they met certain criteria").
_NOT_A_GATHERING_HERE = re.compile(rf"\b(?:met|meets?)\b(?={_MEET_SATISFY})", re.I)
# "Peruvian President X's visit to Mexico in March", "X's trip": the person of another gathering
# the neighbour sentence tells of (the tenth audit: the visitor lent to the talks it led to).
_OWN_TRIP_AFTER = re.compile(r"^(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:visits?|trips?|tours?)\b")
# "the Reagan administration", "the Obama era": a name that modifies a noun of government names
# its time or its government, no one who took part in anything.
_NAME_AS_MODIFIER = re.compile(r"^\s+(?:administration|government|era|doctrine|presidency|"
                               r"White House|camp|years)\b", re.I)


def _tells_of_gathering(text: str) -> bool:
    """The sentence names a gathering someone of it could sit at (for lending its officials to a
    gathering named by its noun next to it)."""
    return bool(_TELLS_OF_GATHERING.search(_NOT_A_GATHERING_HERE.sub(" ", text)))


def _lent_people(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """The officials a neighbour sentence lends: its people but the visitor of a trip it tells of
    ("the talks were in line with agreements made during President X's visit": X came on that
    visit, not to these talks)."""
    at, text = info.sentence.start, info.sentence.text
    trip_owners = {(ctx.person(m.name) or m).name for m in info.people
                   if _OWN_TRIP_AFTER.match(text[m.end - at:])}
    return [p for p in _people(ctx, info)
            if _OFFICIAL.search(p.role or "") and p.name not in trip_owners]
# The titles a monarch is named by, with one name ("King Salman", "Emir Tamim").
_MONARCH = re.compile(r"(?:King|Queen|Emir|Sultan|Crown Prince)$")
_OFFICIAL = re.compile(r"\b(?:Minister|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Sultan|"
                       r"Secretary|Ambassador|Envoy|Commissioner|Governor|Senator|counterpart|"
                       r"Crown Prince|Prime|Foreign|Vice)", re.I)
# A company's own officers ("Ray Smith to continue as president and chief executive officer"):
# "president" there is no office of a state (eleventh audit).
_COMPANY_TITLE = re.compile(r"\b(?:(?:vice\s+)?president|chairman)\s+and\s+chief\s+(?:executive|"
                            r"operating)(?:\s+officer)?|\bchief\s+(?:executive|operating)\s+officer"
                            r"\s+and\s+(?:vice\s+)?president\b", re.I)
# Words that say someone acts for a state: a visit or meeting with none of them in its sentence
# and no office-holder among its people is a candidate only (a team's tour, a star's trip).
_OFFICE_WORDS = re.compile(
    r"\b(?:ministers?|ministry|president|premier|chancellor|king|queen|prince|princess|emir|"
    r"sheikh|sultan|secretary|ambassador|envoy|commissioner|senator|governor|officials?|"
    r"government|delegations?|diplomat\w*|foreign|counterpart|head of state|"
    # (not "opposition leader", "party leader": they act for no state)
    r"(?<!opposition )(?<!party )(?<!rebel )(?<!union )(?<!business )leaders?|"
    # "Norway's peace negotiator": one who negotiates for a state
    r"(?:peace|chief|trade)\s+negotiators?|"
    r"(?:agreements?|accords?|treat(?:y|ies)|memorand\w+)\s+(?:\w+\s+){0,2}(?:signed|inked))\b",
    re.I)
# Officials of one state's own regions: "a video meeting with the prime ministers of
# Germany's 16 states", "the state governors". A meeting with them is domestic.
_REGIONAL_HEADS = re.compile(
    r"\b(?:state|provincial|regional)\s+(?:governors|premiers|prime ministers|chief ministers)\b"
    r"|\b(?:governors|premiers|prime ministers|chief ministers|leaders|heads)\s+of\s+"
    r"(?:[A-Z][\w-]+(?:'s|’s)|the country(?:'s|’s)|its|their)\s+(?:\d+\s+|[a-z]+\s+)?"
    r"(?:states|provinces|regions|L[äa]e?nder)\b")
# A briefing by telephone: "told journalists in a conference call", "a conference call with
# investors".
_PRESS_CALL = re.compile(r"\bconference[- ]calls?\b(?=.*\b(?:journalists|reporters|investors|"
                         r"analysts|the press|media)\b)|\b(?:journalists|reporters|investors|"
                         r"analysts|the press|media)\b.*\bconference[- ]calls?\b", re.I)
_MEETING_VERB = re.compile(r"\b(?:met|meets|held talks|holds talks)\b")
_VISIT_HERE = re.compile(
    r"\b(?:visit|trip)\s+(?:here|there)\b(?:\s+(?:this|last|next)\s+(?:week|month))?"
    r"(?:\s+by\s+(?P<who>[^,;]+?))?(?=[,;.]|\s+(?:and|who|to)\b|$)"
    # "X arrived here last night for talks": the visitor is the one named before
    r"|\b(?:arrived|arrives|arriving|(?:due|expected|set) to arrive)\s+here\b", re.I)
_HOSTED = re.compile(r"\b(?:hosted|received|welcomed)\b(?!\s+(?:a|an|the)\s+(?:dinner|lunch|"
                     r"reception|banquet|delegation|visiting))")
_VISITED_PERSON = re.compile(r"\b(?:recently\s+)?visited\s+(?:Mr|Mrs|Ms|Dr|President|Prime "
                             r"Minister|Chancellor)\.?\s+(?P<host>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_DURING_VISIT = re.compile(r"\b[Dd]uring (?:his|her|the|this|their) (?:[\w-]+\s+)?visit\b")


def extract_events(ctx: DocContext, lenient: bool = False) -> list[EventMention]:
    """The document's events. Lenient: also the candidates some rule rejects, each flagged
    with the rules it failed (`missing`), for a learned decision to judge."""
    events: list[EventMention] = []
    for info in ctx.sentences:
        text = info.sentence.text
        attended = _ATTENDED.search(text)
        if not info.candidate and not (attended and events):
            continue  # (a list of who attends has no event word for the gate to see)
        if attended:
            meeting = next((e for e in reversed(events) if e.kind in (
                EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT, EventKind.CONFERENCE)), None)
            if meeting:
                named = _people(ctx, info) if info.candidate else _titled_actors(ctx, info)
                meeting.participants = _union(meeting.participants,
                                              named or _honorific_people(ctx, text))
            continue
        if re.search(r"\b(?:[Tt]he|[Tt]his) visit\b", text) and not _VISIT.search(text):
            visit = next((e for e in reversed(events) if e.kind == EventKind.VISIT), None)
            status = event_status(text, EventKind.VISIT)
            start, end = _dates(ctx, info, [])
            if visit and status == visit.status and (
                    start and start != ctx.event_date or end != start):
                visit.start, visit.end = start, end
            if visit and status is not None:
                visit.participants = _union(visit.participants, _people(ctx, info))
            continue
        for e in _from_sentence(ctx, info, events):
            if e.kind != EventKind.VISIT and private_side(text, info.parse):
                continue  # talks between banks and a state, a minister's meeting with businessmen
            if e.kind != EventKind.VISIT and private_gathering(text):
                continue  # "the minister told a meeting of local businessmen": an audience
            if e.kind == EventKind.TALKS and process_talks(text):
                continue  # "the deal to open formal talks with Ankara": a negotiation, no sitting
            status = event_status(text, e.kind)
            if status is None:
                continue  # negated or only imagined: "did not meet", "could visit"
            if status == EventStatus.HELD and dated_ahead(ctx, info, e.kind):
                status = EventStatus.PLANNED  # "the summit in Venice on June 8-10" (June 2)
            elif status == EventStatus.HELD and governed_by_future(text, e.kind, info.parse) \
                    and not dated_before(ctx, info, e.kind):
                # (not one its own date puts before the article: "agreed to defend in the
                # February talks", said in April; tenth audit)
                status = EventStatus.PLANNED  # "July's G8 summit ... will use the report"
            if status == EventStatus.HELD and no_date_set(text):
                status = EventStatus.PLANNED  # "no date has been set for such a meeting"
            if status == EventStatus.PLANNED and day_possessive_past(ctx, info, e.kind):
                status = EventStatus.HELD  # "will send a record of today's talks"
            e.status = status
            if status == EventStatus.PLANNED:
                e.start, e.end = planned_dates(ctx, info, e.kind)
            elif status == EventStatus.CANCELLED and any(planned_dates(ctx, info, e.kind)):
                # "cancelled a visit planned for next week": called off before its day, the
                # day it was to be held
                e.start, e.end = planned_dates(ctx, info, e.kind)
            elif e.kind == EventKind.VISIT:
                e.end = stay_end(text, e.start, e.end)  # "arrived Monday for a 3-day visit"
            elif e.start in (None, ctx.event_date) and not _PAST_REFERENCE.search(text) \
                    and not named_as_market(e.place, text) \
                    and not remote_gathering(e.kind, text):
                # The article's own news, held the day it was filed: where it was filed
                # (not when the city is named only as a market's: "the Oslo fish market").
                e.place_stated = True
            if status == EventStatus.HELD:
                e.start, e.end = span_back(text, e.start, e.end)  # "ended a 3-day meeting"
            for one in _talks_then_met(ctx, info, e):
                events.extend(separate_meetings(one, text))
    merged = _merge_within(ctx, events)
    off_domain = _off_domain(ctx)
    for e in merged:
        if off_domain or (e.missing and _DOMAIN().search(e.source.quote)):
            e.missing += ("domain",)
    # Sport, entertainment: a candidate of such an article that fails another rule as well is
    # not one (the training articles have no sport pages for a learned decision to learn from).
    merged = [e for e in merged if not (
        "domain" in e.missing and len(e.missing) > 1
        # a meeting of no one named, none of them in office, is not one to judge
        or {"official", "participants"} <= set(e.missing) and not e.participants
        # one person met by another, neither in office and no word of office said: private
        # people ('she met her husband in Rome', 'the founders, whom he had met in Shanghai')
        or {"official", "participants"} <= set(e.missing) and e.kind != EventKind.VISIT
        and not _OFFICE_WORDS.search(e.source.quote)
        # a meeting of one office-holder with the heads of the state's own regions: domestic
        or "participants" in e.missing and e.kind != EventKind.VISIT
        and _REGIONAL_HEADS.search(e.source.quote) is not None
        # a conference call with journalists or investors: a briefing, not a conference
        or e.kind == EventKind.CONFERENCE and _PRESS_CALL.search(e.source.quote) is not None
        # a domestic meeting (no training article shows one for a model to learn from)
        or "states" in e.missing
        # a private trip: no one in office, no word of office (a honeymoon, a chef's tour)
        or e.kind == EventKind.VISIT and "official" in e.missing
        and not _OFFICE_WORDS.search(e.source.quote)
        # a tour told on a sport or entertainment page: a team's or a band's ('the last Lions
        # tour of Australia'), whoever else the sentence names
        or e.kind == EventKind.VISIT and "domain" in e.missing
        and re.search(r"\btours?\b", e.source.quote, re.I) is not None
        and not re.search(r"\b(?:visit\w*|trip)\b", e.source.quote, re.I)
        # a visit of no one named: a state's "visit" (a flight, troops, tourists)
        or e.kind == EventKind.VISIT and "visitor" in e.missing
        # a company's or a union's meeting
        or "governmental" in e.missing and words("business").search(e.source.quote)
        and not _OFFICIAL.search(_COMPANY_TITLE.sub("", e.source.quote))

        # a gathering named by its noun, with no word of governments, where no officials of
        # two states are named: experts' or an industry's conference ('said at a conference',
        # 'a paper presented at the International Conference on AIDS', a minister meeting
        # grain firms)
        or e.group and "governmental" in e.missing and _private_gathering(e)
        # a company's chief meeting an official: a company's meeting, not one of two states
        or _company_side(ctx, e)
        # every side named is a company the NER took for a person ("Virgin Atlantic says it is
        # still in talks with the government"): a company's talks (tenth audit)
        or e.kind != EventKind.VISIT and bool(e.participants) and all(
            not p.role and not p.country and named_as_company(ctx.document.text, p.name)
            for p in e.participants)
        # two private people: no one in office or of a known state, no word of office and no
        # organization of states in the sentence ('they met on a dating site'); an event needs an official
        or e.kind != EventKind.VISIT and not e.group and "official" in e.missing
        and len(e.participants) >= 2 and not any(p.country for p in e.participants)
        and not any(p.code and p.code.startswith("IGO:")
                    for p in ctx.sentences[e.sentence].places)
        # travel advice, the writer's own trip, demands "met", a habit, meetings in general,
        # a central bank's or one state's officials' own meetings (event_nonevents.py)
        or no_gathering(e, ctx.event_date) is not None
        # "the five-day conference" of a forum the article named before (World Economic Forum)
        or private_forum_back(e, [i.sentence.text for i in ctx.sentences[:e.sentence]]))]
    for e in merged:
        # "the government is in discussions with water firm X": a company the model took for a
        # person is no participant of a gathering of officials (where all are companies, the
        # record itself goes above)
        firms = [p for p in e.participants if not p.role and not p.country
                 and named_as_company(ctx.document.text, p.name)]
        if firms and len(firms) < len(e.participants):
            e.participants = [p for p in e.participants if p not in firms]
    set_era(ctx, merged)
    return merged if lenient else [e for e in merged if not e.missing]


# Talks with one person and a meeting with another told as two verbs of one subject ("the
# minister held talks with his counterpart on Monday and later met the president"): two
# events (GUIDE: each pair that met is its own event), those named after "met" the meeting's.
_TALKS_AND_MET = re.compile(
    r"\b(?:held|holds)\s+(?:[\w-]+\s+){0,2}?talks\s+with\b[^.;]*?(?:,\s*|\s+)and\s+"
    r"(?:(?:also|later|then|separately|afterwards)\s+)?(?:met|meets)\s+(?:with\s+)?")


# A cabinet's own sitting ("after a cabinet meeting", "a Cabinet session"), unless joint.
_CABINET = re.compile(r"(?<!joint )\bcabinet(?:'s|’s)?\s+(?:meetings?|sessions?)\s*$", re.I)


def _talks_then_met(ctx: DocContext, info: SentenceInfo,
                         e: EventMention) -> list[EventMention]:
    """The talks and, apart, the meeting with those named after the second verb."""
    if e.kind != EventKind.TALKS or e.group or len(e.participants) < 3:
        return [e]
    m = _TALKS_AND_MET.search(info.sentence.text)
    if not m:
        return [e]
    at = info.sentence.start
    late = {(ctx.person(p.name) or p).name for p in info.people if p.start - at >= m.end()}
    met = [p for p in e.participants if p.name in late]
    talks = [p for p in e.participants if p.name not in late]
    if not met or len(talks) < 2:
        return [e]
    first = talks[0]
    return [replace(e, participants=talks),
            replace(e, kind=EventKind.MEETING, participants=[first, *met],
                    title=f"{first.name} meets {met[0].name}", counterpart=met[0].name)]


def _private_gathering(e: EventMention) -> bool:
    """A gathering named by its noun, with no word of governments in its sentence (flagged
    'governmental'), that is experts', an industry's or one state's own: a conference where no
    one named holds an office and no word of office is said ('an economist said at a
    conference', 'a paper presented at the International Conference on AIDS'); a meeting that
    names no other state either and no one in office ('leaders of the commodity exchanges
    begin a three-day meeting satisfied with the industry's growth'); or one whose office-holders are all of one state, the only
    state its sentence names (a minister's meeting with grain firms)."""
    officials = [p for p in e.participants if _holds_office(p)]
    if not officials:
        quote = e.source.quote
        return e.kind == EventKind.CONFERENCE and not _OFFICE_WORDS.search(quote) \
            or "international" in e.missing and bool(words("private_audiences").search(quote)) \
            and not words("public_audiences").search(quote)
    states = {p.country for p in officials if p.country}
    named = {p.code for p in gazetteer().find(e.source.quote)
             if p.form in _STATE_FORMS and p.code} - states
    return len(officials) >= 2 and len(states) == 1 and not named


def _company_side(ctx: DocContext, e: EventMention) -> bool:
    """One side of the meeting is a company's chief ('Deutsche Bank chief executive X met U.S.
    Treasury Secretary Y') and the others are of fewer than two states."""
    if e.kind == EventKind.VISIT:
        return False
    chiefs = [p for p in e.participants if company_chief(ctx.document.text, p.name)]
    others = [p for p in e.participants if p not in chiefs]
    return bool(chiefs) and len({p.country for p in others if p.country}) < 2


@cache
def _DOMAIN() -> re.Pattern[str]:  # noqa: N802 - a compiled table, read once
    cues = load_json("decision_cues.json")["cues"]
    more = load_json("event_status.json")["off_domain"]
    return re.compile(rf"\b(?:{cues['sport']}|{cues['entertainment']}|{more})\b", re.I)


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


def _off_domain(ctx: DocContext) -> bool:
    """An article about sport or entertainment: many of its sentences use their words."""
    hits = sum(1 for i in ctx.sentences if _DOMAIN().search(i.sentence.text))
    return hits >= 3 and hits >= 0.15 * len(ctx.sentences)


@dataclass
class _Sentence:
    """What every event rule reads of one sentence."""

    ctx: DocContext
    info: SentenceInfo
    people: list[Actor]
    dates: tuple[str | None, str | None]
    so_far: list[EventMention]

    @property
    def text(self) -> str:
        return self.info.sentence.text

    def event(self, kind: EventKind, title: str, place: str | None, host: str | None,
              visiting: str | None, participants: list[Actor]) -> EventMention:
        return _event(self.ctx, self.info, kind, title, *self.dates, place, host, visiting,
                      participants)

    def last_visit(self) -> EventMention | None:
        return next((e for e in reversed(self.so_far) if e.kind == EventKind.VISIT), None)


def _from_sentence(ctx: DocContext, info: SentenceInfo,
                   so_far: list[EventMention]) -> list[EventMention]:
    s = _Sentence(ctx, info, _people(ctx, info), _dates(ctx, info, so_far), so_far)
    body = _body_sitting(s) or _council_sitting(s)
    if body:
        return [body]
    for rule in (_visit_here, _hosted_visit, _visit_to_person):
        found = rule(s)
        if found:
            return [found, *_talks_after_visit(s)]
    visits = [e for e in (_during_visit(s), *_visits_to_places(s)) if e] or [
        e for e in (_arrival(s), _place_named_visit(s)) if e][:1]
    if visits:
        # "... visit to Islamabad, where he met A and B": the visit covers the meetings; the
        # people met take part in it. "X met Y on his visit to London": a meeting as well.
        met, visit_word = _MEETING_VERB.search(s.text), trigger(s.text, EventKind.VISIT)
        # (not "a visit ..., where he met": those met take part in the visit)
        meeting = _meeting(s) if met and visit_word and met.start() < visit_word.start() \
            else None
        if meeting and not meeting.missing:
            return [*visits, meeting]
        return visits + (_talks_after_visit(s) or _talks_in_visit(s, visits[0])
                         or _talks_before_trip(s, visits))
    ceremony = _ceremony(s) or _meeting_across_aside(s)
    if ceremony:
        return [ceremony]
    if not any(_OFFICIAL.search(p.role or "") for p in s.people):
        if len(office_states(s.text)) >= 2:
            # "the Polish and Ukrainian prime ministers held talks": offices of two states,
            # no one named
            meeting = _meeting(s)
            if meeting and not meeting.missing:
                return [meeting]
        later = _new_gathering(info.sentence.text, so_far)
        if later is None and _anaphoric(info.sentence.text, so_far):
            return []  # "at the summit": the summit the article named before
        group = _group_event(ctx, info, s.people, s.dates, later)  # of office-holders only
        if group:
            _trip_to_city_summit(s, group)
            attendee = _attendee(s)
            if attendee:  # "he participated in an online conference call with ...": he
                group.participants = _union([attendee], group.participants)
            group.participants = _union(group.participants, _met_with(s))
            return [group]
        meeting = _meeting(s)
        if meeting:  # people met, none of them known to hold an office
            meeting.missing = ("official",)
        return [meeting] if meeting else []
    meeting = _meeting(s)
    if meeting and "participants" in meeting.missing and meeting.kind == EventKind.SUMMIT:
        # One office-holder at a gathering named by its noun ("Reagan said ... next week's
        # G-7 summit in Venice", "the Crown Prince, who chaired the summit"): the gathering,
        # with that person in it, not a meeting of one.
        earlier = _anaphoric(info.sentence.text, so_far)
        if earlier:
            earlier.participants = _union(earlier.participants, s.people)
            return []
        group = _group_event(ctx, info, s.people, s.dates)
        if group:
            _trip_to_city_summit(s, group)
        if group and not group.missing:
            return [group]
    return [meeting, *_visit_of_talks(s, meeting)] if meeting else []


# The visit a meeting was held on, named with no place: "the leader held talks here on a
# two-day state visit", "met his counterpart on an official visit". The meeting's host is
# the visit's, its other state the visitor's.
_ON_VISIT = re.compile(
    r"\b(?:on|for|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?visit\b"
    r"(?!\s+(?:to|of|in)\s+[A-Z])")
# Talks held by a visitor told after the visit in a clause of their own ("X, who arrived
# here for a state visit, held talks with Y"), not "a visit ..., where / during which he met"
# (those met take part in the visit).
_AFTER_VISIT = re.compile(
    r"(?:(?!\b(?:where|during which|at which|when)\b)[^.;])*?"
    r"\b(?:held|holds)\s+(?:[\w-]+\s+){0,2}?talks\s+with\b")


def _talks_after_visit(s: _Sentence) -> list[EventMention]:
    """Talks the visitor held in a clause of their own after the visit's words."""
    visit_word = trigger(s.text, EventKind.VISIT)
    if not visit_word or not _AFTER_VISIT.match(s.text, visit_word.end()):
        return []
    meeting = _meeting(s)
    return [meeting] if meeting and not meeting.missing and meeting.kind == EventKind.TALKS \
        else []


# Talks told by their noun before the visit's words: "agreed on it during talks in the
# capital on the first day of X's visit to Y". The talks are an event of their own (GUIDE:
# visits and talks each get a record).
_TALKS_NOUN = re.compile(
    r"\b(?:during|in|at|after|following|through)\s+(?:the\s+|their\s+|two\s+days\s+of\s+)?"
    r"(?:[\w-]+\s+){0,2}?talks\b(?!\s+(?:on|with)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:creditors|"
    r"banks|companies|unions)\b)")


def _talks_in_visit(s: _Sentence, visit: EventMention) -> list[EventMention]:
    """The talks of a visitor with the host's office-holder named in this sentence or, when
    none is, in the sentence before ('X told Premier Y on Thursday ...', then 'during talks
    ... of X's visit')."""
    talks, visit_word = _TALKS_NOUN.search(s.text), trigger(s.text, EventKind.VISIT)
    host, visiting = visit.host_country, visit.visiting_country
    visitor = next((p for p in visit.participants if p.country == visiting), None)
    if not talks or not visit_word or talks.start() > visit_word.start() or not host \
            or not visiting or visitor is None:
        return []
    index = s.info.sentence.index
    before = [i for i in s.ctx.sentences if i.sentence.index == index - 1]
    hosts = [p for p in s.people if p.country == host and _holds_office(p)] or [
        p for i in before for p in (_people(s.ctx, i) if i.candidate else _titled_actors(s.ctx, i))
        if p.country == host and _holds_office(p)]
    if not hosts:
        return []
    place = _place_in(s.text) or (s.ctx.place if s.ctx.country_of(s.ctx.place) == host
                                  else visit.place)
    return [s.event(EventKind.TALKS, f"Talks of {visitor.name} and {hosts[0].name}", place,
                    host, visiting, [visitor, hosts[0]])]


# Talks a traveller held before a visit the same sentence tells of: "X left the capital after
# talks with Chancellor Y ahead of her visit to Z next week". The talks are an event of their
# own (GUIDE: visits and talks each get a record), of the sentence's subject and those named
# after "talks with"; the subject, not the talks' partner, is the one who travels on.
_TALKS_BEFORE_TRIP = re.compile(
    r"\b(?:after|following)\s+(?:[\w-]+\s+){0,2}?talks\s+with\s+(?P<partners>[^;]*?),?\s+"
    r"(?:ahead\s+of|before|prior\s+to|in\s+advance\s+of)\s+(?:his|her|their|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b")
_TRAVELLER = re.compile(r"^\s*(?P<who>[A-Z][\w’'-]+|He|She)(?=\s+(?:left|flew|departed|arrived|"
                        r"returned|travelled|traveled|went|goes|leaves|flies|arrives)\b)")
_LEFT_PLACE = re.compile(r"\b(?:left|departed(?:\s+from)?|in)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")


def _talks_before_trip(s: _Sentence, visits: list[EventMention]) -> list[EventMention]:
    """The talks a traveller held before the visit the sentence tells of (see above); the
    visit, when the visit rule took the talks' partner for its visitor, is the traveller's."""
    m = _TALKS_BEFORE_TRIP.search(s.text)
    who = _TRAVELLER.match(s.text)
    if not m or not who or len(visits) != 1:
        return []
    traveller = _subject(s, who.end())
    at = s.info.sentence.start
    inside = {(s.ctx.person(p.name) or p).name for p in s.info.people
              if m.start("partners") <= p.start - at < m.end("partners")}
    partners = [p for p in s.people if p.name in inside and _holds_office(p)]
    left = _LEFT_PLACE.search(s.text, 0, m.start())
    host = next((p.country for p in partners if p.country), None) or (
        _country_of(left.group("place")) if left else None)
    if not traveller or not traveller.country or not partners or not host \
            or any(p.country == traveller.country for p in partners) \
            or host == traveller.country:
        return []  # talks at home, or with no one in office of another state
    visit = visits[0]
    if any(p.name in inside for p in visit.participants) and visit.host_country != \
            traveller.country:
        # (the visit rule read the last named before "her visit": the talks' partner)
        visit.participants = [traveller]
        visit.visiting_country = traveller.country
        visit.title = f"{traveller.name}'s visit to {visit.place}" if visit.place else visit.title
    place = left.group("place") if left and _country_of(left.group("place")) == host else (
        s.ctx.place if s.ctx.country_of(s.ctx.place) == host else None)
    # (the talks' own day: the dates before the visit's words, not the visit's)
    return [s.event(EventKind.TALKS, f"Talks of {traveller.name} and {partners[0].name}", place,
                    host, traveller.country, [traveller, *partners])]


def _visit_of_talks(s: _Sentence, meeting: EventMention) -> list[EventMention]:
    if meeting.missing or meeting.kind not in (EventKind.TALKS, EventKind.MEETING) \
            or not _ON_VISIT.search(s.text) or s.last_visit():
        return []
    host, visiting = meeting.host_country, meeting.visiting_country
    visitor = next((p for p in meeting.participants if p.country == visiting), None)
    if not host or not visiting or host == visiting or visitor is None:
        return []
    place = meeting.place or gazetteer().name(host)
    hosts = [p for p in meeting.participants if p.country == host]
    return [s.event(EventKind.VISIT, f"{visitor.name}'s visit to {place}", meeting.place, host,
                    visiting, [visitor, *hosts])]


def _visit_here(s: _Sentence) -> EventMention | None:
    """'a visit here this week by Ecuador's Deputy Energy Minister X' (the dateline city)."""
    here = _VISIT_HERE.search(s.text)
    if not here or not s.ctx.place or s.last_visit():
        return None
    host = s.ctx.country_of(s.ctx.place)
    visitor = _resolve(s.ctx, here.group("who")) if here.group("who") else None
    if visitor is None and "arriv" in here.group(0).lower():
        # "X arrived here last night for talks": the one who arrived, named before
        visitor = _visitor(s.ctx, s.info, s.people, here.start(), host or "")
    visiting = (visitor.country if visitor else None) or _country_in(here.group(0), host) \
        or _other(s.ctx, host or "")
    if not host or not visiting or visiting == host:
        return None
    who = visitor.name if visitor else gazetteer().name(visiting)
    return s.event(EventKind.VISIT, f"{who}'s visit to {s.ctx.place}", s.ctx.place, host,
                   visiting, [visitor] if visitor else s.people)


def _hosted_visit(s: _Sentence) -> EventMention | None:
    """'President X hosted Prime Minister Y in Nairobi': Y's visit."""
    hosted = _HOSTED.search(s.text)
    if not hosted:
        return None
    place = _place_in(s.text) or s.ctx.place
    host = s.ctx.country_of(place)
    if len(s.people) <= 1:
        return _hosted_office(s, hosted, place, host)
    guest = next((p for p, m in zip(s.people, s.info.people, strict=False)
                  if m.start - s.info.sentence.start > hosted.start()), None)
    if not guest or not host or not guest.country or guest.country == host:
        return None
    return s.event(EventKind.VISIT, f"{guest.name}'s visit to {place}", place, host,
                   guest.country, s.people)


def _hosted_office(s: _Sentence, hosted: re.Match[str], place: str | None,
                   host: str | None) -> EventMention | None:
    """"King X received the president of Portugal", "Spain's king received ...": the host an
    office-holder of the place's state (named, or by office before the verb), the guest by the
    office of one other state, in the words after the verb up to the clause's end."""
    tail = s.text[hosted.end():]
    cut = re.search(r"[;,]|\b(?:and then|but|while|after|before|who|which)\b", tail)
    guests = [c for c in office_states(tail[:cut.start()] if cut else tail) if c != host]
    if not host or len(guests) != 1:
        return None
    if s.people:
        (person,) = s.people
        first = s.info.people[0].start - s.info.sentence.start if s.info.people else 0
        if person.country != host or first > hosted.start() or not _holds_office(person):
            return None
    elif office_states(s.text[:hosted.start()]) != [host]:
        return None
    return s.event(EventKind.VISIT, f"{gazetteer().name(guests[0])}'s visit to {place}", place,
                   host, guests[0], s.people)


def _visit_to_person(s: _Sentence) -> EventMention | None:
    """'Senator X recently visited Mr Blair'."""
    visited = _VISITED_PERSON.search(s.text)
    host_person = _resolve(s.ctx, visited.group("host")) if visited else None
    if not visited or not host_person:
        return None
    guest = _visitor(s.ctx, s.info, s.people, visited.start(), "")
    if not guest:
        return None
    ranked = [c for c in s.ctx.pair if not c.startswith("IGO:")]
    host = host_person.country or (ranked[0] if ranked else None)
    visiting = (guest.country if guest.country != host else None) or next(
        (c for c in ranked if c != host), None)
    if not host or not visiting:
        return None
    return s.event(EventKind.VISIT, f"{guest.name}'s visit to {host_person.name}", None, host,
                   visiting, [guest, host_person])


def _during_visit(s: _Sentence) -> EventMention | None:
    """'During his visit, X met ...' when the article has not reported the visit before."""
    during = _DURING_VISIT.search(s.text)
    if not during or s.last_visit() or not s.people:
        return None
    # "during the state visit of X to Tajikistan": where the visit went, not the dateline
    to = re.match(r"[^.;]{0,60}?\bto\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                  s.text[during.end():])
    hit = gazetteer().lookup.get(to.group(1)) if to else None
    destination = to.group(1) if to and hit and hit[1] in ("name", "alias", "capital", "city") \
        else None
    place = destination or _place_in(s.text) or s.ctx.place
    host = s.ctx.country_of(place)
    guest = s.people[0]
    visiting = guest.country or next((c for c in _actors_ranked(s.ctx) if c != host), None)
    if not host or not visiting or visiting == host:
        return None
    return s.event(EventKind.VISIT, f"{guest.name}'s visit to {place}", place, host, visiting,
                   [guest])


# A visit named by its place before the noun, owned by a pronoun or a name: "before or during
# his week-long Washington visit from April 29", "her Moscow trip next week". _VISIT reads the
# place after the noun only, so such visits told in passing had no candidate (dev audit).
_PLACE_NAMED_VISIT = re.compile(
    r"\b(?P<owner>his|her|their|[A-Z][\w-]+(?:’s|'s))\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<place>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\s+(?:visit|trip)\b(?!\s+(?:to|of)\b)")


def _place_named_visit(s: _Sentence) -> EventMention | None:
    """'his week-long Washington visit': the visit of the owner (a name before it in the
    sentence, or whom the pronoun stands for) to the place, a capital, city or state."""
    m = _PLACE_NAMED_VISIT.search(s.text)
    if not m or s.last_visit():
        return None
    hit = gazetteer().lookup.get(m.group("place"))
    if not hit or hit[1] not in ("name", "capital", "city"):
        return None  # "his Asian trip", "the Pope's Easter visit": no place of a state
    host = hit[0]
    owner = m.group("owner")
    if owner[0].isupper():
        person = s.ctx.person(re.sub(r"(?:’s|'s)$", "", owner))
        visitor = Actor(person.name, person.country, "person", person.role) if person else None
    else:
        # (the person finder can miss a surname alone: "But Nakasone still has ... his visit")
        named = _by_surname(s.ctx, s.text[:m.start()])
        titled = next((p for w in re.findall(r"\b[A-Z][a-z]{2,}\b", s.text[:m.start()])
                       if (p := _titled_elsewhere(s.ctx, w))), None)
        visitor = _visitor(s.ctx, s.info, s.people, m.start(), host) or (
            named[1] if named else None) or (
            Actor(titled.name, titled.country, "person", titled.role) if titled else None) \
            or _antecedent(s)
    if not visitor or not visitor.country or visitor.country == host:
        return None  # a trip at home, or of no one known
    display = m.group("place")
    return s.event(EventKind.VISIT, f"{visitor.name}'s visit to {display}", display, host,
                   visitor.country, [visitor])


# Where one visit's clause ends and the next one's begins: "X discussed it during a trip to
# Moscow last year, and it came up again during Y's visit to New Delhi".
_CLAUSE_CUT = re.compile(r"[;,]|\b(?:and|but|while|whereas)\b")


def _visits_to_places(s: _Sentence) -> list[EventMention]:
    """Every visit the sentence names with a visit word and a place: one, or one per visit word
    when they are of different travellers or to different states (two visits in one sentence
    are two events, each with the people of its own clause)."""
    first = _visit_to_place(s, _VISIT.search(s.text) or _TRAVEL.search(s.text))
    matches = list(_VISIT.finditer(s.text))
    if not first or len(matches) < 2:
        return [first] if first else []
    # each visit word's clause: up to the first clause break before the next visit word
    bounds, lo = [], 0
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        hi = len(s.text)
        if nxt is not None:
            cut = _CLAUSE_CUT.search(s.text, m.end(), nxt.start())
            hi = cut.start() if cut else nxt.start()
        bounds.append((lo, hi))
        lo = hi
    at = s.info.sentence.start
    events: list[EventMention] = []
    for m, (lo, hi) in zip(matches, bounds, strict=True):
        inside = {(s.ctx.person(p.name) or p).name for p in s.info.people
                  if lo <= p.start - at < hi}
        own = replace(s, people=[p for p in s.people if p.name in inside])
        e = _visit_to_place(own, m)
        if e and not e.missing and not any(
                (x.host_country, x.visiting_country) == (e.host_country, e.visiting_country)
                for x in events):
            # (one sentence, two records: the traveller tells their mentions apart)
            e.counterpart = e.participants[0].name if e.participants else e.title
            events.append(e)
    return events if len(events) >= 2 else [first]


# "visit of Brazil's president to China": a state's office-holder after 'of', then where to.
_VISIT_OF_STATE = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:'s|’s)\s")
_VISIT_OF_TO = re.compile(r"[^.;,]{0,40}?\bto\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _visit_to_place(s: _Sentence, visit: re.Match[str] | None) -> EventMention | None:
    """'X's official visit to Belarus', 'X arrived in Minsk', 'visiting Belarus'; 'X will
    travel to Tokyo' when X is a person named."""
    travel = visit if visit is not None and visit.re is _TRAVEL else None
    if not visit or _DURING_VISIT.search(s.text[:visit.end()]):
        return None
    gaz = gazetteer()
    place = visit.group("place")
    whose = _VISIT_OF_STATE.match(s.text[visit.start("place"):])
    to = _VISIT_OF_TO.match(s.text[visit.end():]) if whose else None
    if to:
        # "the visit of Brazil's president to China": the state after 'of' is the visitor's,
        # the place after 'to' the visit's
        place = to.group(1)
    hit = gaz.lookup.get(place) or gaz.lookup.get(place.lower())
    host = hit[0] if hit and hit[1] in ("name", "alias", "capital", "city") else None
    if not host:
        # "Luxon's first visit to the Pacific nation": a state the article named, by what it is
        at = visit.end() + to.start(1) if to else visit.start("place")
        host = next((p.code for p in s.info.places
                     if p.form == "description" and p.start <= at < p.end), None)
    if not host:
        return None
    visitor = _visitor(s.ctx, s.info, s.people, visit.start(), host) or _subject(
        s, visit.start()) or next((p for p in _not_in_other_clause(s, visit.start(), visit.end())
                                   if p.country != host and _OFFICIAL.search(p.role or "")),
                                  None)
    if travel and (not visitor or visitor.country == host):
        return None  # "the money went to Brazil": going somewhere is a visit of a person only
    # A visitor whose state the person finder missed: the state the sentence names before
    # the visit ("Russia, whose deputy minister X visited", "a U.S. delegation led by X will
    # visit"), before the article's other state.
    visiting = (visitor.country if visitor else None) or (
        _country_in(s.text[:visit.start()], host) if visitor else None) or _other(s.ctx, host)
    if not visiting or visiting == host:
        return None
    display = place if hit and hit[1] in ("capital", "city") else gaz.name(host)
    who = visitor.name if visitor else gaz.name(visiting)
    # The visitor's delegation and the hosts, not everyone the sentence names in passing.
    others = [p for p in s.people if _party_to(p, host, visiting)]
    participants = _union([visitor], others) if visitor else others
    event = s.event(EventKind.VISIT, f"{who}'s visit to {display}", display, host, visiting,
                    participants)
    if not visitor and visiting not in office_states(
            s.text[:visit.end() + (to.start(1) if to else 0)]):
        # "Iran's visit to Kuala Lumpur": whose visit? ("Brazil's president": its office-holder)
        event.missing = ("visitor",)
    return event


# An arrival that names no place: "X is due to arrive on Wednesday to try to revive peace
# talks", "X arrived late on Monday for talks".
_ARRIVAL = re.compile(r"\b(?:arrived|arrives|(?:is|are|was|were)\s+(?:due|expected|set|"
                      r"scheduled)\s+to\s+arrive)\s+(?=(?:on|this|next|later|late|early|"
                      r"tomorrow|today|tonight|for|to\s+[a-z]+)\b)")


def _arrival(s: _Sentence) -> EventMention | None:
    """An office-holder of another state arriving, with no place named: a visit to where the
    story is (the dateline's state, else the one state the article is about)."""
    m = _ARRIVAL.search(s.text)
    if not m:
        return None
    states = [c for c in s.ctx.pair if not c.startswith("IGO:")]
    host = s.ctx.country_of(s.ctx.place) if s.ctx.place else (
        states[0] if len(states) == 1 else None)
    visitor = _visitor(s.ctx, s.info, s.people, m.start(), host or "")
    if not host or not visitor or not visitor.country or visitor.country == host \
            or not _holds_office(visitor):
        return None
    place = s.ctx.place or gazetteer().name(host)
    return s.event(EventKind.VISIT, f"{visitor.name}'s visit to {place}", s.ctx.place, host,
                   visitor.country, [visitor])


def _body_sitting(s: _Sentence) -> EventMention | None:
    """'The Kenyan-Ugandan Joint Trade Committee will hold its third session in Entebbe in
    May': a meeting of the two states the body's name gives, hosted where it sits."""
    found = body_states(s.text)
    if not found:
        return None
    states, body = found[:2], found[2]
    place = _place_in(s.text) or _seat_place(s.text)
    host = s.ctx.country_of(place) if place else None
    visiting = next((c for c in states if c != host), None) if host in states else None
    noun = re.search(r"\b(?:session|meeting|sitting|round)s?\b", s.text, re.I)
    title = f"{(noun.group(0) if noun else 'meeting').capitalize()} of the {body}"
    e = s.event(EventKind.MEETING, title, place, host, visiting, s.people)
    e.group = True
    return e


def _council_sitting(s: _Sentence) -> EventMention | None:
    """'The GATT Council yesterday adopted a panel report', 'EU ministers in Brussels endorsed
    a package': a sitting of the organization's member states (event_councils.py), told with
    no gathering word (a sentence that has one is read by the other rules)."""
    if EVENT_TRIGGER.search(s.text):
        return None
    act = council_act(s.text)
    if act is None:
        return None
    place = act.place
    host = s.ctx.country_of(place) if place else None
    e = s.event(EventKind.MEETING, f"Meeting of the {act.body}"
                + (f" in {place}" if place else ""), place, host, None,
                [p for p in s.people if _holds_office(p)])
    if not act.day:
        e.start = e.end = None  # (no day of its own: the report's day is not the sitting's)
    e.group = e.multilateral = True
    return e


# A gathering owned by a pronoun whose partner comes after an aside of its day or place:
# "ahead of his annual meeting, on May 3-4 in Lisbon, with Prime Minister X" (the noun and its
# "with" apart, so `_meeting` does not see the pair). The owner is the pronoun's antecedent.
_MEETING_ACROSS_ASIDE = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>meeting|summit|talks)\s*,\s*"
    r"(?P<aside>[^,;.]{3,60}?),\s+with\s+(?P<partners>[^,;]+)")


def _meeting_across_aside(s: _Sentence) -> EventMention | None:
    """The meeting of the pronoun's antecedent with the office-holder named after the aside
    (see above), placed at the aside's place; None when the partner is of the owner's state."""
    m = _MEETING_ACROSS_ASIDE.search(s.text)
    if not m:
        return None
    at = s.info.sentence.start
    inside = {(s.ctx.person(p.name) or p).name for p in s.info.people
              if m.start("partners") <= p.start - at < m.end("partners")}
    partners = [p for p in s.people if p.name in inside and _holds_office(p) and p.country]
    owner = _titled_just_before(s) or _antecedent(s)
    if not partners or owner is None or not owner.country or not _holds_office(owner) \
            or any(p.country == owner.country for p in partners):
        return None
    place = _place_in(m.group("aside"))
    host = s.ctx.country_of(place) if place else None
    visiting = next((c for c in (owner.country, partners[0].country) if c != host), None) \
        if host in (owner.country, partners[0].country) else None
    kind = {"summit": EventKind.SUMMIT, "talks": EventKind.TALKS}.get(m.group("noun"),
                                                                      EventKind.MEETING)
    title = f"{m.group('noun').capitalize()} of {owner.name} and {partners[0].name}"
    return s.event(kind, title + (f" in {place}" if place else ""), place, host, visiting,
                   [owner, *partners])


def _titled_just_before(s: _Sentence) -> Actor | None:
    """The first office-holder the sentence before names after a title ("On Wednesday,
    President X announced ..."), read even when that sentence is no candidate (the person model
    did not read it): whom a "his" of the next sentence stands for."""
    here = s.info.sentence.index
    if here == 0:
        return None
    text = " ".join(s.ctx.sentences[here - 1].sentence.text.split())
    for m in re.finditer(rf"\b{_TITLE}\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text):
        known = s.ctx.person(m.group("name"))
        if known and known.country:
            return Actor(known.name, known.country, "person", known.role)
        term = officeholders().resolve(m.group("name").split()[-1], s.ctx.published)
        if term and term.country and term.role:
            return Actor(term.name, term.country, "person", term.role)
    return None


# A leader leaving for a summit named by its city: "before leaving for the Oslo summit on
# Friday", "preparing to depart for the Oslo economic summit". A summit of leaders held at that
# city (not one of no government, not at the dateline), the traveller among its people.
_TRIP_TO_CITY_SUMMIT = re.compile(
    r"\b(?:leaving|leave|leaves|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|"
    r"travel(?:s|led|ed|ling|ing)?)\s+(?:for|to)\s+the\s+"
    r"(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:economic\s+)?summit\b")


def _trip_to_city_summit(s: _Sentence, group: EventMention) -> None:
    """The summit a leader leaves for (see above): placed at its city, governmental, with the
    traveller (an office-holder named in the sentence, else by surname the article gives in
    full) as a participant."""
    m = _TRIP_TO_CITY_SUMMIT.search(s.text)
    hit = gazetteer().lookup.get(m.group("city")) if m else None
    if m is None or hit is None or hit[1] not in ("city", "capital") \
            or group.kind != EventKind.SUMMIT:
        return
    before = s.text[:m.start()]
    travellers = [p for p in s.people if _holds_office(p) and p.name.split()[-1] in before]
    named = _by_surname(s.ctx, before)
    if not travellers and named and _holds_office(named[1]):
        travellers = [named[1]]
    if not travellers:
        return  # no leader travels: a summit of no one known
    group.place, group.host_country = m.group("city"), hit[0]
    group.participants = _union(travellers, group.participants)
    group.missing = tuple(x for x in group.missing if x not in ("governmental", "international"))


def _ceremony(s: _Sentence) -> EventMention | None:
    """'President X attended the handover ceremony along with Foreign Minister Y': a ceremony
    of officials of two states. Those named in an aside about someone ('Y, who had signed the
    treaty with Z in Cape Town in February') and the aside's place are not the ceremony's."""
    aside = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(s.text)]
    at = s.info.sentence.start
    outside = {(s.ctx.person(m.name) or m).name for m in s.info.people
               if not any(a <= m.start - at < b for a, b in aside)}
    people = [p for p in s.people if p.name in outside]
    if not between_states(s.text, people) or not any(_holds_office(p) for p in people):
        return None
    text = s.text
    for a, b in reversed(aside):
        text = text[:a] + text[b:]
    place = _place_in(text) or _seat_place(text) or s.ctx.place
    host = s.ctx.country_of(place)
    visiting = next((p.country for p in people if p.country and p.country != host), None)
    names = " and ".join(p.name for p in people[:2])
    return s.event(EventKind.CEREMONY, f"Ceremony attended by {names}", place, host, visiting,
                   people)


# "at the White House", "in the Kremlin": a seat of government the gazetteer lists among a
# state's capitals (lower-case "the" keeps it from the place-after-"in" rule); the event is
# held in that state's first capital.
_AT_SEAT = re.compile(r"\b(?:at|in)\s+(the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def _seat_place(text: str) -> str | None:
    gaz = gazetteer()
    for m in _AT_SEAT.finditer(text):
        for name in (m.group(1), m.group(1)[4:]):
            hit = gaz.lookup.get(name)
            if hit and hit[1] == "capital" and hit[0] in gaz.capitals:
                return gaz.capitals[hit[0]]
    return None


def _not_in_other_clause(s: _Sentence, before: int, after: int) -> list[Actor]:
    """The sentence's people but those named after the visit in a clause of their own ('... a
    Czech politician for visiting Taiwan, and did not get to meet Merkel': not Merkel's visit);
    one named right after it by 'by' is the visitor ('a visit to Minsk by X'), and so is the
    subject after a clause that opens the sentence ('Before visiting Israel, Mr Blair ...')."""
    if re.fullmatch(r"\W*(?:[\w-]+\s+){0,2}", s.text[:before]):
        return s.people
    tail = s.text[after:]
    cut = re.search(r"[,;]|\b(?:and|but|while|where|who|which)\b", tail)
    limit = after + (cut.start() if cut else len(tail))
    at = s.info.sentence.start
    late = {(s.ctx.person(m.name) or m).name for m in s.info.people if m.start - at >= limit}
    return [p for p in s.people if p.name not in late]


def _holds_office(p: Actor) -> bool:
    """The text or the dated officeholders give the person an office."""
    return bool(p.role and (_OFFICIAL.search(p.role) or _OFFICE_WORDS.search(p.role)))


_TITLE = (r"(?:Minister|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Sultan|Secretary|"
          r"Ambassador|Envoy|Commissioner|Governor|Senator|Prince|General|Gen\.?)")


def _titled(ctx: DocContext, p: Actor) -> bool:
    """The article gives the person a title somewhere ('Prime Minister Anibal Cavaco\nSilva',
    a name broken across lines that the person finder missed)."""
    text = " ".join(ctx.document.text.split())
    surname = re.escape(p.name.split()[-1])
    return re.search(rf"\b{_TITLE}\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}{surname}\b", text) is not None


def _party_to(p: Actor, host: str | None, visiting: str | None) -> bool:
    """A person who can take part in a visit: of the host or the visiting state, or in an
    office whose state the text does not give."""
    return p.country in (host, visiting) if p.country else bool(_OFFICIAL.search(p.role or ""))


_PRONOUN_OPENER = re.compile(r"\W*(?:He|She)\b(?!\s+(?:said|says|told|added)\b)")


def _meeting(s: _Sentence) -> EventMention | None:
    """Talks, a meeting, a call or a summit of named office-holders (one with too few people
    named only as a candidate flagged so, when no other reading of the sentence has enough)."""
    flagged: EventMention | None = None
    kinds: list[tuple[EventKind, re.Pattern[str]]] = [
        (EventKind.TALKS, _TALKS), (EventKind.MEETING, _MEETING), (EventKind.CALL, _CALL),
        (EventKind.SUMMIT, _SUMMIT)]
    # A call told first is a call: "telephone talks", "a telephone summit"; "held talks ...
    # and later phoned X" stays talks.
    call = _CALL.search(s.text)
    others = [m for _, pattern in kinds if (m := pattern.search(s.text)) is not None]
    if call and all(m.end() > call.start() for m in others):
        kinds = [(EventKind.CALL, _CALL), *(k for k in kinds if k[0] != EventKind.CALL)]
    for kind, pattern in kinds:
        found = pattern.search(s.text)
        if not found:
            continue
        participants = _not_reporters(s, found.end())
        subject = _subject(s, found.start()) or _speaker_at(s, found.start())
        if subject:  # "Baldrige will meet President Chun": the one who meets, first
            participants = _union([subject], participants)
        poss = re.search(r"([^\W\d_][\w-]+)(?:’s|'s)\s+(?:[\w-]+\s+)?(?:meeting|talks)\b",
                         s.text)
        owner = s.ctx.person(poss.group(1)) if poss else None
        if owner:  # "Kubrakov's meeting with Naqvi"
            participants = _union([Actor(owner.name, owner.country, "person", owner.role)],
                                  participants)
        last = s.last_visit()
        visit = last if _DURING_VISIT.search(s.text) else None
        own = re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+)?(?:meetings?|talks)\b", s.text)
        if last and (visit or own):
            participants = _union(last.participants[:1], participants)  # the visitor met them
        elif own and (whose := _antecedent(s)):
            participants = _union([whose], participants)  # "his meetings with X": his
        # States whose offices the sentence names with no one's name ("the Polish and
        # Ukrainian prime ministers", "his Egyptian counterpart"): sides of their own.
        # (not in a headline, which sums up the event its article reports)
        sides = [] if s.info.sentence.role == "headline" else [
            c for c in office_states(s.text) if c not in {p.country for p in participants}]
        trip = None if _place_in(s.text) else _trip_place(s.text)
        place = _place_in(s.text) or trip or s.ctx.place
        host = s.ctx.country_of(place)
        # (a trip abroad told under the dateline of home: "SEOUL - Yoon will visit Washington
        # for a summit with Biden" is Korea's visit)
        home = s.ctx.country_of(s.ctx.place) if trip else None
        states = {p.country for p in participants if p.country} | set(sides) | (
            {home} if home and participants else set())
        opener = _PRONOUN_OPENER.match(s.text)
        if len(participants) == 1 and opener and kind in (EventKind.TALKS, EventKind.MEETING) \
                and re.search(r"\b(?:talks|meetings?|met|meets)\b", found.group(0), re.I) \
                and (re.search(r"\bwith\b", found.group(0))
                     or re.match(r"\s+with\b", s.text[found.end():])) \
                and (whom := _antecedent(s)):
            # "She had flown to Bonn from talks with X": the one the clause opens with met X
            participants = _union([whom], participants)
        few = len(participants) < 2 and not (kind == EventKind.TALKS and _pair_talks(s.text)) \
            and not (len(participants) == 1 and kind == EventKind.MEETING) and len(states) < 2
        if visit:
            place, host = visit.place, visit.host_country
        # In the order the text names them: a set's order would change from run to run.
        visiting = next((p.country for p in participants if p.country and p.country != host),
                        None) or next((c for c in sides if c != host), None) \
            or (_other(s.ctx, host) if host else None) or (home if home != host else None)
        names = [p.name for p in participants[:2]] or [gazetteer().name(c) for c in sides[:2]]
        title = (f"Talks between {' and '.join(names)}" if kind == EventKind.TALKS and names
                 # (a call is no meeting: "X meets Y" would tell readers they met)
                 else f"Call between {names[0]} and {names[1]}" if len(names) == 2
                 and kind == EventKind.CALL
                 else f"{names[0]} meets {names[1]}" if len(names) == 2
                 else f"{kind.value.title()} of {' and '.join(names) or 'the two sides'}")
        event = s.event(kind, title, place, host, visiting, participants)
        if not few:
            return event
        if flagged is None:
            event.missing = ("participants",)
            flagged = event
    return flagged


# "A met B, and economy minister C said the two men discussed ...": C, named after the
# meeting in a clause of their own whose verb is one of saying, tells of the meeting.
_REPORTER_LEAD = re.compile(r"(?:,\s*(?:and|while|but)|;)\s+(?:[\w'’.-]+\s+){0,6}$")
_REPORTER_VERB = re.compile(r"^(?:\s*,[^,;]{1,80},)?\s+(?:said|says|told|added|reported)\b")


def _not_reporters(s: _Sentence, after: int) -> list[Actor]:
    """The sentence's people but one who, in a clause after the meeting's own, only says what
    was discussed (the blind audit: such a speaker is no participant)."""
    at = s.info.sentence.start
    speakers, others = set(), set()
    for m in s.info.people:
        begin, end = m.start - at, m.end - at
        name = (s.ctx.person(m.name) or m).name
        if begin > after and _REPORTER_LEAD.search(s.text[after:begin]) \
                and _REPORTER_VERB.match(s.text[end:]):
            speakers.add(name)
        else:
            others.add(name)  # "A met B, and B said ...": B met A
    return [p for p in s.people if p.name not in speakers - others]


def _actors_ranked(ctx: DocContext) -> list[str]:
    """States and international organizations the article names, most often first."""
    counts: dict[str, int] = {}
    for info in ctx.sentences:
        for p in info.places:
            if p.code and p.form in ("name", "alias", "demonym", "igo"):
                counts[p.code] = counts.get(p.code, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _resolve(ctx: DocContext, phrase: str) -> Actor | None:
    """A person named in a phrase ("Ecuador's Deputy Energy Minister Fernando Santos Alvite")."""
    words = re.findall(r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*", phrase)
    for chunk in reversed(words):
        tokens = chunk.split()
        for n in range(min(4, len(tokens)), 0, -1):
            person = ctx.person(" ".join(tokens[-n:]))
            if person:
                country = person.country or _country_in(phrase, None)
                return Actor(person.name, country, "person", person.role)
    return None


def _country_in(text: str, not_this: str | None) -> str | None:
    for place in gazetteer().find(text):
        if place.form in ("name", "alias", "demonym") and place.code != not_this:
            return place.code
    return None


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


_SAME_GATHERING = re.compile(r"\b(?:the|that|this)\s+(?:very\s+)?same\s+$", re.I)


# "A held talks with B", "A met with B": a gathering of two sides the sentence names.
_TWO_SIDES_WITH = re.compile(r"\b(?:(?:held|holds|hold|holding)\s+(?:[\w-]+\s+){0,2}(?:talks|"
                             r"discussions|a meeting)|met|meets)\s+with\s+(?:[A-Z][\w'’.-]*\s+)*"
                             r"[A-Z]")


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
    if m.group("noun") and _SAME_GATHERING.search(text[:m.start("noun")]):
        return None  # "had hoped to sign at the same meeting": one told already, no new one
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
    place = own_place or _place_in(text) or (named.group("place") if named and _country_of(
        named.group("place")) else None) or ctx.place
    dates = own_dates or dates
    host = ctx.country_of(place)
    group = _GROUP_NAME.search(text)
    countries = [c for c in ctx.pair if c != host]
    label = group.group(0) if group else (
        " and ".join(gazetteer().name(c) for c in ctx.pair[:2]) or "governments")
    title = noun_title(text, m.start("noun"), m.end("noun")) if m.group("noun") else None
    title = title or f"{kind.value.title()} of {label}"
    if place and place not in title and placed_in_text(place, text):  # not the dateline's city
        title += f" in {place}"
    # Officials named in the sentences around it, when such a sentence itself tells of a
    # gathering ("the talks so far", "met", "told a news conference", "the conference's
    # president"): one that names none ("Mr Blair also made a surprise trip", "X will discuss
    # farm trade during a visit", "according to finance minister X") speaks of the person, not of
    # anyone who sat at this one (the ninth audit's added participants).
    nearby = [p for i in ctx.sentences[max(0, info.sentence.index - 2):info.sentence.index + 3]
              if i.sentence.index == info.sentence.index or _tells_of_gathering(i.sentence.text)
              for p in (_lent_people(ctx, i) if i.sentence.index != info.sentence.index
                        else [x for x in _people(ctx, i) if _OFFICIAL.search(x.role or "")])]
    if len(people) >= 2 and _TWO_SIDES_WITH.search(text):
        nearby = []  # "A held talks with B": the sentence names both sides; a neighbour's are others'
    if dates == (ctx.event_date, ctx.event_date) and not info.own_dates():
        # "at the recent Paris meeting": undated here, so that the report that dates it can
        # take it in; a meeting the article reports as its news gets the article's date later.
        dates = (None, None)
    event = _event(ctx, info, kind, title, *dates, place, host,
                   countries[0] if countries and len(ctx.pair) == 2 else None,
                   _union(people, nearby))
    event.group = True
    event.multilateral = bool(igo_here or about_igo or group)
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
    elif not _MULTINATIONAL.search(text) and not (
            len(ctx.pair) >= 2 or any(c.startswith("IGO:") for c in _actors_ranked(ctx)[:3])):
        # "a government consultation meeting" in a story about one state: a gathering that
        # names no other state is likely that state's own
        event.missing += ("international",)
    return event


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
    return place, dates


_STATE_FORMS = ("name", "alias", "demonym")
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


def _noun(m: re.Match[str]) -> str:
    """The gathering's noun in the singular ('summits' -> 'summit'; 'talks' stays)."""
    noun = (m.group("noun") or "").lower()
    return noun if noun == "talks" else noun.removesuffix("s")


def _pair_talks(text: str) -> bool:
    return bool(re.search(r"talks between the two (?:sides|countries)|two sides .*talks", text))


def _event(ctx: DocContext, info: SentenceInfo, kind: EventKind, title: str, start: str | None,
           end: str | None, place: str | None, host: str | None, visiting: str | None,
           participants: list[Actor]) -> EventMention:
    a, b = quote_for(ctx, info, 0, len(info.sentence.text))
    source = Source(ctx.document.id, ctx.document.text[a:b], a, b)
    text = info.sentence.text
    # (a call held at a distance has no place unless a side's is told; the place is kept
    # unstated so that the article's other reports of it still join it)
    remote = bool(place) and remote_gathering(kind, text) and not sides_place(place, text)
    stated = not remote and (not place or place != ctx.place or _dateline_here(ctx, info)
                             or placed_in_text(place, text))
    return EventMention(ctx.document.id, kind, title, source, start, end, place, host, visiting,
                        participants, info.sentence.index, place_stated=stated)


def _dateline_here(ctx: DocContext, info: SentenceInfo) -> bool:
    """The sentence places its event at the dateline's city: 'talks here', 'met today' in a
    story filed from there (GUIDE: a dateline alone says where the story was filed, not where
    a meeting of another day was)."""
    return bool(ctx.place) and re.search(r"\b(?:here|today|tonight)\b", info.sentence.text,
                                         re.I) is not None


@cache
def _COMMENTATOR() -> tuple[re.Pattern[str], re.Pattern[str]]:  # noqa: N802 - compiled once
    words = load_json("event_status.json")["commentators"]
    # "Jan Berger, an analyst at ...", "Eva Lind, a professor of economics"
    after = re.compile(rf"^\s*,\s*(?:an?|the|one|chief|senior|lead|head)\s+(?:[\w.&’'-]+\s+){{0,3}}?"
                       rf"(?:{words})\b", re.I)
    before = re.compile(rf"\b(?:{words})\s+(?:at\s+[\w.&’'-]+(?:\s+[A-Z][\w.&’'-]*)*\s+)?$", re.I)
    return after, before


def _commentator(info: SentenceInfo, p: PersonMention) -> bool:
    """The sentence names the person as one who comments on the event: an analyst, an
    economist, a professor (data/event_status.json: commentators)."""
    after, before = _COMMENTATOR()
    text, at = info.sentence.text, info.sentence.start
    return bool(after.match(text[p.end - at:]) or before.search(text[max(0, p.start - at - 60):
                                                                      p.start - at]))


# The clause that closes a wire sentence by naming its source: ", X said.", ", said X.",
# ", X told reporters in an interview."
_SOURCE_CLAUSE = re.compile(r"\b(?:said|says|told|added|stated|according to)\b", re.I)
_SPEAKER_IN_EVENT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|I|[Ww]e|[Oo]ur|[Mm]y)\b")
_SESSION = re.compile(r"\b(?:sessions?|after|following|during)\b", re.I)


def _source_only(info: SentenceInfo, p: PersonMention) -> bool:
    """Named only as the source of the sentence: in its last clause, after a comma, with a
    verb of saying and no event word ("... at the OECD meeting in May, Trade Representative
    X said"), while the event's clause has no pronoun that could be the speaker ("he will
    visit", "his talks")."""
    text, start = info.sentence.text, p.start - info.sentence.start
    comma = text.rfind(",", 0, start)
    if comma < 0:
        return False
    clause = text[comma + 1:]
    said = _SOURCE_CLAUSE.search(clause)
    # (the clause closes the sentence: "told reporters", not "said the minister was ...";
    # "told Reuters after a special session": one who was there)
    return said is not None and len(clause) - said.end() < 40 \
        and not (EVENT_TRIGGER.search(clause) or _SESSION.search(clause)) \
        and not _SPEAKER_IN_EVENT.search(text[:comma])


# "Mr Modi": an honorific and a surname, which the person model can miss beside another name
# ("Mr Trump urged Mr Modi to ...").
_HONORIFIC_SURNAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<name>[A-Z][\w'’-]+)")


# "after a ministers' meeting and stern words from Fed chief X": X is named as the source of
# words beside the meeting, not as one who sat at it (the blind audit).
_WORDS_FROM = re.compile(r"\b(?:words|comments|remarks|warnings?|criticism)\s+(?:from|by)\s+"
                         r"(?:[\w.’'-]+\s+){0,4}$", re.I)


# "Mahmoud Abbas, also known as Abu Mazen": the second name is the same person's.
_ALIAS_BEFORE = re.compile(r"\b(?:(?:also|better|widely)\s+)?known\s+as\s+$|\balias\s+$|"
                           r"\ba\.?k\.?a\.?\s+$", re.I)
# "The BBC's Paul Reynolds says the conference ...": a reporter of a news outlet (an owner that
# is no state, capital or organization of states) saying what a gathering will be.
_OUTLET_OWNER = re.compile(r"\b[Tt]he\s+(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
                           r"(?:'s|’s)\s+$")
_SAYS_AFTER = re.compile(r"^\s+(?:says|said|reports|reported|writes|wrote|notes|noted)\b")
# "James Baker Monday": a weekday the person model read as the end of the name.
_WEEKDAY_TAIL = re.compile(r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


def _outlet_reporter(text: str, start: int, end: int) -> bool:
    """The person is an outlet's reporter saying something ("The BBC's X says ...")."""
    owner = _OUTLET_OWNER.search(text[max(0, start - 40):start])
    if not owner or not _SAYS_AFTER.match(text[end:]):
        return False
    return not any(p.form in ("name", "alias", "demonym", "capital", "igo", "city")
                   for p in gazetteer().find(owner.group("owner")))


_SLOT_SURNAME = re.compile(r"(?P<name>[A-Z][\w'’-]+)(?=[,\s])")
# The place of the first person a gathering is held with: "a meeting between ", "talks with ",
# "met ".
_MEETING_SLOT = re.compile(r"\b(?:(?:meetings?|talks|summit|call|conversation|discussions)\s+"
                           r"(?:with|between)|met|meets|meet\s+with)\s+$")


def _people(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    out: list[Actor] = []
    at = info.sentence.start
    found = list(info.people)
    # (only where the person model read the sentence: a skipped one's people are not its event's)
    slots = [m for m in _SLOT_SURNAME.finditer(info.sentence.text)
             if _MEETING_SLOT.search(info.sentence.text[:m.start("name")])]
    for m in [*_HONORIFIC_SURNAME.finditer(info.sentence.text if info.candidate else ""),
              *(slots if info.candidate else [])]:
        start, end = at + m.start("name"), at + m.end("name")
        known = ctx.person(m.group("name")) or _titled_elsewhere(ctx, m.group("name"))
        if known and not any(p.start < end and start < p.end for p in found):
            found.append(PersonMention(start, end, m.group("name"), None, None))
    for p in sorted(found, key=lambda p: p.start):
        if _commentator(info, p) or _source_only(info, p) or _WORDS_FROM.search(
                info.sentence.text[max(0, p.start - at - 60):p.start - at]) \
                or _NAME_AS_MODIFIER.match(info.sentence.text[p.end - at:]) \
                or _ALIAS_BEFORE.search(info.sentence.text[max(0, p.start - at - 30):p.start - at]) \
                or _outlet_reporter(info.sentence.text, p.start - at, p.end - at):
            continue  # "said Jan Berger, an analyst at ...": not one who took part
        # ("Mr Abe" given in full only in a skipped sentence; a surname with no honorific may
        # be a place's or a thing's name, "Johnson ends the year")
        # (nor may a surname right after a gathering's "with"/"between" or after "met": "a
        # meeting between Poehl, Finance Minister X and ...", whom a skipped sentence titles)
        before = info.sentence.text[:p.start - at]
        honorific = re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", before) or _MEETING_SLOT.search(before)
        full = ctx.person(p.name) or (_titled_elsewhere(ctx, p.name) if honorific else None) or p
        if _WEEKDAY_TAIL.search(full.name):  # "James Baker Monday": the name is "James Baker"
            bare = _WEEKDAY_TAIL.sub("", full.name)
            full = ctx.person(bare) or PersonMention(full.start, full.end, bare, full.role,
                                                     full.country)
        if len(full.name.split()) < 2 and _tells_of_gathering(info.sentence.text):
            # "Thatcher left Bonn after talks with Kohl": a surname the model found in a
            # sentence of a gathering, which the article gives in full after a title once
            full = _titled_in_article(ctx, p.name) or full
        if len(full.name.split()) < 2:
            # "President Musharraf": a title and a surname that one officeholder bore
            term = officeholders().resolve(p.name, ctx.published) if p.role else None
            monarch = _MONARCH.match(p.role or "")
            if monarch and (term is None or monarch.group(0).lower() not in (
                    term.role or "").lower()):
                # "Saudi Arabia's King Salman": a monarch is known by title and one name (and
                # a table's holder of another office is not him: "King Hussein")
                full = PersonMention(p.start, p.end, f"{monarch.group(0)} {p.name}", p.role,
                                     p.country)
            elif term is None:
                continue  # a lone word the model took for a name, unresolved in the document
            else:
                full = PersonMention(p.start, p.end, term.name, p.role,
                                     p.country or term.country)
        actor = Actor(full.name, full.country or p.country, "person", full.role or p.role)
        if actor.name not in {x.name for x in out}:
            out.append(actor)
    return out


# "co-chaired by ...: Mr Alberto Vargas of Chile and Mr Jorge Salazar of Peru": full names with an
# honorific, each maybe with its state, in a sentence that says who sat at the last gathering.
_HONORIFIC_FULL = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                             r"(?:\s+of\s+(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?")


def _honorific_people(ctx: DocContext, text: str) -> list[Actor]:
    """The people an honorific introduces by full name in a sentence the person model did not
    read or read as naming no one (an attendance line is not an event sentence): the gathering's
    people are named there, and an honorific with a full name is a person's."""
    out = []
    for m in _HONORIFIC_FULL.finditer(text):
        state = ctx.country_of(m.group("state")) if m.group("state") else None
        out.append(Actor(m.group("name"), state, "person", None))
    return out


def _titled_in_article(ctx: DocContext, surname: str) -> PersonMention | None:
    """The one full name the article writes after a title with this surname ("Prime Minister
    Margaret Thatcher", "Gen Pervez Musharraf's visit"), by the person model or by pattern."""
    known = _titled_elsewhere(ctx, surname)
    if known:
        return known
    text = " ".join(ctx.document.text.split())
    found = {m.group("name"): m for m in re.finditer(
        rf"\b(?P<title>{_TITLE})\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{1,2}}{re.escape(surname)})\b",
        text)}
    if len(found) != 1:
        return None
    (name, m), = found.items()
    gaz = gazetteer()
    if any((hit := gaz.lookup.get(w)) and (hit[1] != "city" or w in gaz.exact)
           for w in name.split()[:-1]):
        return None  # "President Obama" after "Iran President": not a given name
    return PersonMention(0, 0, name, m.group("title"), None)


def _titled_actors(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """The people a title introduces in a sentence the gate skipped."""
    return [Actor(p.name, p.country, "person", p.role)
            for p in ctx.titled_in_skipped.get(info.sentence.index, [])]


def _titled_elsewhere(ctx: DocContext, name: str) -> PersonMention | None:
    """A surname alone ("Mr Abe") that the article's skipped sentences give in full with a
    title, when they give one such person of that surname."""
    if len(name.split()) != 1:
        return None
    hits = {p.name: p for people in ctx.titled_in_skipped.values() for p in people
            if len(p.name.split()) >= 2 and p.name.split()[-1] == name}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _union(a: list[Actor], b: list[Actor]) -> list[Actor]:
    out, names = list(a), {x.name for x in a}
    for x in b:
        if x.name not in names:
            names.add(x.name)
            out.append(x)
    return out


def _visitor(ctx: DocContext, info: SentenceInfo, people: list[Actor], at: int,
             host: str) -> Actor | None:
    """The person whose visit it is: the possessor ("Sharif's visit") or the subject."""
    names = {p.name: p for p in people}
    # "Luxon's first visit to the Pacific nation": the possessor right before the visit word
    # is the visitor, whoever else the sentence named before (the host he met)
    owner = re.search(r"([^\W\d_][\w-]+)(?:’s|'s)\s+(?:[\w-]+\s+){0,3}$", info.sentence.text[:at])
    mine = ctx.person(owner.group(1)) if owner else None
    if mine and mine.name in names and names[mine.name].country != host:
        return names[mine.name]
    # "Thatcher left Bonn after talks with Kohl ahead of her visit to Moscow": 'his'/'her' is
    # the one the sentence opens with, not the last one named before the visit
    if re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,3}$", info.sentence.text[:at]) and info.people:
        first = min(info.people, key=lambda m: m.start)
        opener = first.start - info.sentence.start
        full = ctx.person(first.name) or first
        if opener < at and re.fullmatch(r"[^a-z]*", info.sentence.text[:opener]):
            by_surname = next((p for p in people if p.name.split()[-1] == full.name.split()[-1]),
                              None)
            if by_surname and by_surname.country != host:
                return by_surname
    before = [names[full.name] for m in info.people
              if m.start - info.sentence.start < at
              and (full := ctx.person(m.name) or m).name in names]
    foreign = [p for p in before if p.country and p.country != host]
    if foreign:
        return foreign[-1]
    if before:
        return before[-1]
    poss = re.search(r"([^\W\d_][\w-]+)(?:’s|'s)\s+(?:[\w-]+\s+){0,3}$", info.sentence.text[:at])
    if poss:
        person = ctx.person(poss.group(1))
        if person:
            return Actor(person.name, person.country, "person", person.role)
    return None


# Between a subject and its verb: auxiliaries and adverbs ("Baldrige will also meet", "Bozer
# is due to meet"), or an apposition set off by commas ("Bozer, the trade minister, met").
_AUXILIARIES = (r"(?:\s*,[^,;]{1,80},)?(?:\s*,?\s+who)?(?:\s+(?:will|would|is|was|are|were|has|"
                r"have|had|also|then|later|due|expected|set|scheduled|to|be|first|briefly|"
                r"separately|privately|yesterday|today|hold|holds|held|holding|take part in|"
                r"took part in|attend|attends|attended|join|joins|joined))*"
                # "Ruto, on a one-day visit to Juba, held talks": the visit of the one named
                # before the aside that holds it
                r"(?:\s*,\s+on\s+(?:a|an|his|her|their)(?:\s+[\w-]+){0,3})?\s*$")
_SUBJECT = re.compile(rf"(?:^|[^\w’'])(?P<who>[A-Z][\w’'-]+|he|she){_AUXILIARIES}")


def _subject(s: _Sentence, at: int) -> Actor | None:
    """The person the clause before `at` (a verb or noun of meeting or visiting) is about: a
    name ("Baldrige will meet ...", resolved in the article or, for a surname alone, by the
    dated officeholders), or 'he'/'she' for the one the previous sentences' event was about."""
    m = _SUBJECT.search(s.text[:at])
    if not m:
        return _described(s, at)
    who = m.group("who")
    if who.lower() in ("he", "she"):
        return _antecedent(s)
    known = {p.name: p for p in s.people}
    named = next((p for p in s.people if p.name.split()[-1] == who), None)
    if named:  # "Aart de Zeeuw, chairman of ..., met": the one the sentence names in full
        return named
    # (a surname whose full name and title only a skipped sentence gives: "US President Daniel
    # Hollis ..." then "Hollis told reporters during a meeting with ...")
    person = s.ctx.person(who) or _titled_elsewhere(s.ctx, who)
    if person:
        return known.get(person.name) or Actor(person.name, person.country, "person",
                                               person.role)
    gaz = gazetteer()
    place = gaz.lookup.get(who) or gaz.lookup.get(who.lower())
    if not re.match(r"[A-Z][a-z]", who) or who in _NOT_SUBJECT or (
            place and (place[1] != "city" or who in gaz.exact)):
        return None  # "Washington will meet ...": a state or a capital (a town may be a surname)
    term = officeholders().resolve(who, s.ctx.published)
    if term and term.role:  # one holder of an office of that name on the article's date
        return Actor(term.name, term.country, "person", term.role)
    return None


# "a White House meeting with Rios", "talks with Hollis and Rios": the people a gathering is held
# with, named by surname in a list right after its noun.
_GATHERING_WITH = re.compile(
    r"\b(?:meeting|meetings|talks|summit|call|conversation|discussions)\s+(?:with|between)\s+"
    r"(?P<names>[A-Z][\w’'-]+(?:(?:,\s*|,?\s+and\s+)[A-Z][\w’'-]+)*)")
# "Hollis told reporters during a White House meeting with Rios": the one who speaks in the main
# clause of a meeting held with someone took part in it (a meeting is held between two sides).
_SPEAKER_AT = re.compile(r"(?P<who>[A-Z][\w’'-]+)\s+(?:told|tells|said|says)\s+(?:reporters\s+|"
                         r"journalists\s+)?(?:during|at|after)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+)"
                         r"{0,3}$")


def _speaker_at(s: _Sentence, at: int) -> Actor | None:
    """The person who speaks in the clause that ends at a gathering's noun ("Hollis told
    reporters during a White House meeting")."""
    speaker = _SPEAKER_AT.search(s.text[:at])
    who = _subject(s, speaker.end("who")) if speaker else None
    return who if who and who.type == "person" else None


def _met_with(s: _Sentence) -> list[Actor]:
    """The people a gathering named by its noun is held with ("a meeting with Rios"), with the
    speaker of the clause that tells of it ("Hollis told reporters during a meeting with Rios"),
    each a surname the article names in full (the person model can miss them, 12th audit)."""
    m = _GATHERING_WITH.search(s.text)
    if not m:
        return []
    speaker = _speaker_at(s, m.start())
    out: list[Actor] = [speaker] if speaker else []
    for word in re.split(r",\s*|,?\s+and\s+", m.group("names")):
        named = next((p for p in s.people if p.name.split()[-1] == word), None)
        person = named or s.ctx.person(word) or _titled_elsewhere(s.ctx, word)
        if person is None or len(person.name.split()) < 2:
            continue  # "talks with Brussels": not a person the article names in full
        out.append(person if isinstance(person, Actor) else Actor(
            person.name, person.country, "person", person.role))
    return out


# "participated in an online conference", "attended the summit": the verb whose subject takes
# part in the gathering named right after it.
_ATTENDEE_VERB = re.compile(r"\b(?:participated|participates|took part|takes part|attended|"
                            r"attends|joined|joins|chaired|chairs|hosted|hosts)\s+(?:in\s+)?"
                            r"(?:an?|the|this|that|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}$")


# "X said in an address to the annual meeting", "X, in a speech to the conference": the speaker
# addressed the gathering and so was at it.
_ADDRESS_TO = re.compile(r"(?P<who>[A-Z][\w’'-]+|he|she)(?:\s+(?:said|says|told\s+\w+))?,?\s+"
                         r"(?:in|during)\s+(?:an?|his|her)\s+(?:[\w-]+\s+)?(?:address|speech)\s+to\s+"
                         r"(?:the|this)\s+(?:[\w'’.-]+\s+){0,3}$")


def _attendee(s: _Sentence) -> Actor | None:
    """The subject of a verb of taking part in the gathering the sentence names by its noun, or
    the one who addressed it."""
    m = _GROUP_EVENT.search(s.text)
    if not m or not m.group("noun"):
        return None
    verb = _ATTENDEE_VERB.search(s.text[:m.start("noun")])
    if verb:
        return _subject(s, verb.start())
    address = _ADDRESS_TO.search(s.text[:m.start("noun")])
    return _subject(s, address.end("who")) if address else None


# "the Pakistani president met ...": a state's office-holder named by description.
_DESCRIBED = re.compile(rf"\b[Tt]he\s+(?P<state>[A-Z][\w'’-]+)\s+(?P<office>(?:prime\s+|foreign\s+)?"
                        rf"(?:minister|president|premier|chancellor|king|leader)){_AUXILIARIES}")


def _described(s: _Sentence, at: int) -> Actor | None:
    """The subject named as 'the <state's> <office>': the one person of the article of that
    state whose role is that office."""
    m = _DESCRIBED.search(s.text[:at])
    hit = gazetteer().lookup.get(m.group("state")) if m else None
    if not m or not hit or hit[1] not in _STATE_FORMS:
        return None
    office = m.group("office").lower()
    known = _article_people(s.ctx)
    # and those a title introduces in sentences of no event (not read by the person model)
    for index, people in sorted(s.ctx.titled_in_skipped.items()):
        if index < s.info.sentence.index:
            known = _union(known, [Actor(p.name, p.country, "person", p.role) for p in people])
    fits = [p for p in known if p.country == hit[0] and len(p.name.split()) >= 2
            and re.search(rf"\b{office}\b", (p.role or "").lower())
            and not (office == "minister" and "prime" in (p.role or "").lower())]
    return fits[0] if len({p.name for p in fits}) == 1 else None


def _antecedent(s: _Sentence) -> Actor | None:
    """Whom 'he' or 'she' opening a clause stands for: the one the previous sentence's event was
    about, else the first person the nearest sentence before names."""
    here = s.info.sentence.index
    last = s.so_far[-1] if s.so_far else None
    if last and here - last.sentence == 1 and last.participants:
        return last.participants[0]
    for info in reversed(s.ctx.sentences[max(0, here - 3):here]):
        people = _people(s.ctx, info) if info.candidate else _titled_actors(s.ctx, info)
        named = _by_surname(s.ctx, info.sentence.text)
        if named and (not people or named[0] < info.sentence.text.find(people[0].name)):
            return named[1]  # "Weinberger gave no details ...": the person model missed him
        if people:
            return people[0]
    return None


def _article_people(ctx: DocContext) -> list[Actor]:
    """Everyone the article's candidate sentences name, in full or resolved by office."""
    return _union([Actor(p.name, p.country, "person", p.role) for p in ctx.people.values()],
                  [a for info in ctx.sentences if info.candidate for a in _people(ctx, info)])


def _by_surname(ctx: DocContext, text: str) -> tuple[int, Actor] | None:
    """The first person of the article named in `text` by surname alone, with where."""
    known = _article_people(ctx)
    found = []
    for full in known:
        parts = full.name.split()
        if len(parts) < 2:
            continue
        m = re.search(rf"(?<![\w-]){re.escape(parts[-1])}(?![\w-])", text)
        if m:
            found.append((m.start(), full))
    return min(found, key=lambda x: x[0]) if found else None


# Capitalized words that open a sentence without naming anyone.
_NOT_SUBJECT = frozenset(("The", "A", "An", "It", "They", "We", "This", "That", "These",
                          "Those", "There", "But", "And", "Officials", "Ministers"))


def _other(ctx: DocContext, host: str) -> str | None:
    return next((c for c in ctx.pair if c != host and not c.startswith("IGO:")), None)


# A relative clause about a person ("X, who became prime minister in 2022,") or a thing
# ("an agenda that the two governments adopted in 2006"): its date is the clause's, not the
# event's.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose)\b[^,;]*,|"
                             # the pluperfect tells of an earlier time, to the sentence's end
                             # ("Botha, who had signed the treaty in Cape Town in February.")
                             r",\s*(?:who|which)\s+had\b[^;]*$|"
                             # a clause with a subject of its own ("which the country
                             # joined in 2016"), not one the event is subject of ("which
                             # began Thursday")
                             r"\b(?:that|which)\s+(?:the|its|their|both|two)\s+[^,;]*")


def _dates(ctx: DocContext, info: SentenceInfo,
           so_far: list[EventMention]) -> tuple[str | None, str | None]:
    if _DURING_VISIT.search(info.sentence.text):
        visit = next((e for e in reversed(so_far) if e.kind == EventKind.VISIT), None)
        if visit:
            return visit.start, visit.end
    if re.search(r"\bweekend\b", info.sentence.text) and ctx.event_date and "X" not in ctx.event_date:
        day = date.fromisoformat(ctx.event_date)
        saturday = day - timedelta(days=(day.weekday() - 5) % 7 or 7)
        return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()
    # A date inside a relative clause about a person or thing ("X, who became prime minister
    # in December 2022, held talks ...") dates that clause, not the event.
    text, at = info.sentence.text, info.sentence.start
    # (Not a clause that tells of the event itself: "Kim, who arrived in Tokyo on Wednesday
    # for a four-day state visit, addressed the Diet": the visit's first day.)
    aside = [(m.start() + at, m.end() + at) for m in _RELATIVE_ASIDE.finditer(text)
             if not names_event(m.group(0))]
    dated = [e for e in info.own_dates() if not any(a <= e.start < b for a, b in aside)]
    days = [e.value for e in dated if e.value and is_calendar(e.value) and len(e.value) == 10]
    if len(days) >= 2 and re.search(r"\bbegan\b|\bopened\b|\bstarted\b", info.sentence.text):
        return min(days), max(days)  # "began Thursday and ended Saturday"
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    background = _background_year(ctx, info, reported)
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
        if names_other_thing(info, e):
            continue  # "the February 22 Paris accord", "arrears for 1985": another thing's
        week = _past_week(value, reported)
        if week:
            return week  # "held talks last week": that week, not the day the story was filed
        if not value or "W" in value or not is_calendar(e.range[0] if e.range else value):
            continue  # "this week": the article's date says more
        if reported and (e.range[0] if e.range else value) > reported:
            continue  # "will begin repaying in August": not when the reported event was
        if e.range and len(e.range[0]) >= 7:
            return e.range
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
            return value, value  # "the 1986 Tokyo summit": a year beats a wrong day
    if not ctx.published and (not ctx.event_date or "X" in ctx.event_date):
        # An article of no known date: its events are dated by their own words only, not by
        # a day without a year its lead mentions ("hinted at a budget giveaway on 16 March");
        # GUIDE: relative and undated days resolve to null there. (A lead day the article
        # dates in full, "on Wednesday" of "August 27, 2025", still dates its news.)
        return None, None
    told = _day_of_gathering_told_before(ctx, info, reported)
    if told:
        return told, told  # "yesterday's meeting agreed ..." then "... told the meeting"
    if background:
        return background, background  # "That meeting, the ... Conference" after "1944"
    return ctx.event_date, ctx.event_date


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
    years = list(_TOLD_YEAR.finditer(before))
    if not years:
        return None
    last = years[-1]
    year = last.group(1)
    if int(year) > int(reported[:4]) - 2:
        return None  # last year's or this year's: news, not history
    if _NOW_WORD.search(before[last.end():]) or _NOW_WORD.search(info.sentence.text):
        return None
    return year


# "earlier in the day", "later that day": the day the sentence before told of, where it told
# one (the annotator reads them as the publication's day, having no sentence before to see).
_SAME_DAY = re.compile(r"(?:earlier|later)\s+(?:in\s+the|that)\s+day", re.I)


def _day_told_before(ctx: DocContext, info: SentenceInfo) -> str | None:
    """The last day of the calendar the sentence before this one gives, if any."""
    i = info.sentence.index
    if i <= 0 or i > len(ctx.sentences):
        return None
    before = ctx.sentences[i - 1]
    if before.sentence.index != i - 1:
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


def _calendar(value: str | None) -> str | None:
    """The day of a time ("late last night": 1987-04-28TNI), the year of a season ("last
    summer": 1986-SU); other values as they are."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\dT\w+", value):
        return value[:10]
    if value and re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", value):
        return value[:4]
    return value


def _place_in(text: str) -> str | None:
    """The place after 'in' or 'at': one word or two ('in Addis Ababa'), or named by what it
    is ('in the Black Sea resort of Sochi', 'at the port city of Aden')."""
    gaz = gazetteer()
    for m in _PLACE_AFTER_IN.finditer(text):
        two = f"{m.group(1)} {m.group(2)}" if m.group(2) else None
        if two and two in gaz.places:
            return two
        if m.group(1) in gaz.places:
            return m.group(1)
    return None


_PLACE_AFTER_IN = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:resort|city|town|port|capital|village|"
    r"spa|enclave|island)\s+of\s+)?([A-Z][\w'’-]+)(?:\s+([A-Z][\w'’-]+))?")
# "will visit Washington next week for a summit", "travel to Mexico City for talks": the
# gathering is where the trip goes.
_TRIP_FOR = re.compile(
    r"\b(?:visit|visits|visiting|visited|travel(?:s|led|ed|ling)?\s+to|fl(?:y|ies|ew|ying)\s+to|"
    r"go\s+to|went\s+to|arrive[sd]?\s+in|(?:is|was|be)\s+in)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"[^.;]{0,40}?\bfor\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:summit|talks|meetings?|conference|consultations)\b")


def _trip_place(text: str) -> str | None:
    m = _TRIP_FOR.search(text)
    if not m:
        return None
    gaz = gazetteer()
    place = m.group(1)
    return place if place in gaz.places else (
        place.split()[0] if place.split()[0] in gaz.places else None)


def _country_of(place: str | None) -> str | None:
    if not place:
        return None
    gaz = gazetteer()
    if place in gaz.places:
        return gaz.places[place]
    hit = gaz.lookup.get(place) or gaz.lookup.get(place.lower())
    return hit[0] if hit else None


def _compatible(a: EventMention, b: EventMention) -> bool:
    if not (a.start and b.start):
        return True
    a0, a1, b0, b1 = a.start, a.end or a.start, b.start, b.end or b.start
    n = min(len(a0), len(b0))
    return a0[:n] <= b1[:n] and b0[:n] <= a1[:n] if "X" not in a0 + b0 else a0[4:n] <= b1[4:n] and b0[4:n] <= a1[4:n]


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
    return bool(a.place and a.place == b.place) and (a.group or b.group)


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


def _one_state(ctx: DocContext, e: EventMention) -> bool:
    """Everyone whose state is known, and the place, of one state, and no other state named in
    the sentence ("Trump, flanked by Vice President Pence, ... a meeting with executives")."""
    known = {p.country for p in e.participants if p.country}
    if len(known) != 1:
        return False
    (state,) = known
    named = {p.code for p in ctx.sentences[e.sentence].places
             if p.code != state and (p.form in _STATE_FORMS or p.form == "igo")}
    if named or e.host_country not in (None, state):
        return False
    if _TRIP_FOR.search(e.source.quote) and ctx.country_of(ctx.place) not in (None, state):
        return False  # "SEOUL - Yoon will visit Washington for a summit with Biden": from home
    if any(not p.country for p in e.participants) and any(c != state for c in ctx.pair):
        return False  # someone of a state not given, in a story about other states as well
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


def _merge_within(ctx: DocContext, events: list[EventMention]) -> list[EventMention]:
    """One visit per pair of countries and one meeting per group of people in a document."""
    merged: list[EventMention] = []
    # (a short report of a gathering the article tells in full lends it nothing: its people
    # are among those named, and its date is only the day of filing)
    events = [e for e in events if not _short_report(ctx, e, events)]
    for e in events:
        target, tour = None, False
        for m in merged:
            # A candidate the rules reject never lends its people or dates to one they accept.
            tour = _one_tour(m, e) and bool(m.missing) == bool(e.missing) and {
                m.status, e.status} <= {EventStatus.HELD, EventStatus.PLANNED}
            if (m.status, bool(m.missing)) != (e.status, bool(e.missing)) and not tour:
                continue
            if not _compatible(m, e) and not tour:
                continue
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
        if target is None:
            merged.append(e)
            continue
        target.participants = _union(target.participants, e.participants)
        if _GROUP_NAME.search(e.title) and not _GROUP_NAME.search(target.title):
            target.title = e.title
        if e.kind == EventKind.TALKS:
            target.kind = EventKind.TALKS
            if len(e.participants) >= 2:
                target.title = e.title
        if tour and EventStatus.HELD in (target.status, e.status):
            target.status = EventStatus.HELD  # a visit under way: held, its last days ahead
        if tour and not _compatible(target, e):
            target.start = min(target.start or "", e.start or "") or None
            target.end = max(target.end or target.start or "", e.end or e.start or "") or None
        elif e.start and e.end and (not target.start or (e.start != e.end and target.start == target.end)):
            target.start, target.end = e.start, e.end
        if e.place and (not target.place or (e.place in gazetteer().places
                                              and target.place not in gazetteer().places)):
            target.place, target.place_stated = e.place, e.place_stated
        elif e.place == target.place and e.place_stated:
            target.place_stated = True
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
                not _PAST_REFERENCE.search(m.source.quote):
            m.start, m.end = span_back(m.source.quote, ctx.event_date, ctx.event_date)
    place_on_visits(ctx, merged)
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
