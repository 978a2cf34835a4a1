"""Event mentions of one document: visits, meetings, talks, calls and summits, with who took
part, where and when; merged within the document (one visit reported in three sentences is
one visit)."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.gazetteer import gazetteer
from accords.data import load_json
from accords.extract.event_audience import private_gathering
from accords.extract.event_common import (
    _GROUP_EVENT,
    _OFFICE_WORDS,
    _OFFICIAL,
    _STATE_FORMS,
    _holds_office,
    _Sentence,
    _union,
)
from accords.extract.event_dates import (
    _dates,
    main_clause_dates,
    opening_told_after,
    recently_told,
)
from accords.extract.event_era import set_era
from accords.extract.event_firms import (
    company_sitting,
    owned_firms_between,
    private_holders,
    private_subject_in,
)
from accords.extract.event_groups import _anaphoric, _group_event, _new_gathering
from accords.extract.event_home import joining_process
from accords.extract.event_kinds import occasion_kinds
from accords.extract.event_meetings import (
    _body_sitting,
    _ceremony,
    _council_sitting,
    _meeting,
    _meeting_across_aside,
    _talks_then_met,
)
from accords.extract.event_merge import _PAST_REFERENCE, _merge_within
from accords.extract.event_nonevents import (
    COUNTED_STATES,
    bank_talks_back,
    class_of_sittings,
    firms_gathering,
    legislative_sides_back,
    no_gathering,
    one_government_sitting,
    one_state_people,
    one_state_story_gathering,
    private_forum_back,
    unnamed_private_conference,
)
from accords.extract.event_occasions import none_there, only_disposed, venue_of_remarks
from accords.extract.event_offices import office_states
from accords.extract.event_people import (
    SPOKE_AT,
    _honorific_people,
    _people,
    _titled_actors,
    arrivals_listed,
    attends_elsewhere,
    attends_own,
    companions,
    counterpart_next,
    no_person_name,
    owner_only,
    people_named_next,
    person_name,
    speaking_at_the,
    subject_people,
    the_two_before,
)
from accords.extract.event_places import (
    named_as_market,
    remote_gathering,
    remote_next,
    talks_of_visit,
    told_before_news,
    visit_city,
)
from accords.extract.event_roles import _attendee, _met_with, comments_only
from accords.extract.event_senses import (
    generic_gathering,
    met_as_satisfied,
    talks_with_others,
    unnamed_in_condition,
)
from accords.extract.event_sides import company_chief, named_as_company, private_side
from accords.extract.event_split import separate_meetings
from accords.extract.event_status import (
    all_days_ahead,
    dated_ahead,
    dated_before,
    day_possessive_ahead,
    day_possessive_past,
    event_status,
    future_of_another_verb,
    governed_by_future,
    governed_by_past,
    hedged_by_modal,
    judged_outcome,
    month_ahead,
    no_date_set,
    own_past_time,
    own_past_verb,
    owned_span,
    planned_dates,
    predicate_status,
    present_ahead,
    process_talks,
    proposed_by_clause,
    put_off_to,
    trigger,
    under_way_noun,
    words,
)
from accords.extract.event_trips import (
    _VISIT,
    _arrival,
    _audience,
    _during_visit,
    _hosted_visit,
    _place_named_visit,
    _talks_after_visit,
    _talks_before_trip,
    _talks_in_visit,
    _trip_to_city_summit,
    _visit_here,
    _visit_of_talks,
    _visit_to_person,
    _visits_to_places,
    in_place_for_talks,
)
from accords.extract.event_visits import span_back, stay_end, told_end, told_start
from accords.records import Actor, EventMention
from accords.vocab import EventKind, EventStatus

# Who was at the gathering the article reported last: "the meeting was attended by X",
# "X, Y and Z took part", "India was represented by X".
_ATTENDED = re.compile(r"\b(?:meeting|summit|conference|talks) (?:was|were|is|are|will be|(?:is|are|was|were) to be|"
                       r"ha(?:s|ve|d) been) (?:also )?attended by\b|"
                       r"\battended (?:the|this) (?:meeting|summit|conference|talks)\b|"
                       r"\b(?:also )?took part\s*(?:[.;]|$)|\bwas represented by\b|"
                       # "X will be represented at the meeting by Y": Y sits at it
                       r"\b(?:be|is|are|were)\s+represented\s+at\s+(?:the|this)\s+(?:meeting|"
                       r"summit|conference|talks|session)\s+by\b|"
                       # "X, who chaired the meeting, said": its chair took part
                       # ("X would chair the meeting", "X is to preside over the talks": its
                       # chair to be)
                       r"\b(?:chair(?:s|ed|ing)?|co-chair(?:s|ed|ing)?|presid(?:es|ed|ing|e)\s+"
                       r"over)\s+(?:the|this)\s+(?:meeting|summit|conference|talks|session)\b|"
                       # "Tuesday's meeting is being hosted by X. Also due to attend are Y and
                       # Z": the host and those named as due to attend take part
                       r"\b(?:meeting|summit|conference|talks|discussions?|consultations)\b[^.;]{0,60}"
                       r"\b(?:is|are|was|were|will be|(?:is|are|was|were) to be|ha(?:s|ve|d) been)\s+(?:being\s+)?"
                       r"(?:hosted|chaired|co-chaired)\s+by\b|"
                       r"^\W*(?:also\s+)?(?:due|expected|set|scheduled)\s+to\s+attend\s+(?:are|were)\b|"
                       r"^\W*also\s+attending\s+(?:are|were|will\s+be)\b|"
                       # "X, head of Washington's delegation to the talks, told Reuters", "X,
                       # delegate to the talks": who sat at them (the blind audits)
                       r"\b(?:head|leader|chief|member)\s+of\s+(?:[\w.'’-]+\s+){0,3}?delegation\s+"
                       r"(?:to|at)\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:talks|meeting|conference|summit|"
                       r"negotiations|session)\b|,\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,4}?"
                       # (one named delegate in apposition, not "Delegates at the conference
                       # said", which tells the conference itself)
                       r"delegate\s+to\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:talks|meeting|conference|"
                       r"summit|negotiations|session)\b", re.I)
# Who will sit at a gathering the article has just told of, said with a verb of representing
# or taking part: "X will represent the islanders, while Y will represent the UK", "Madrid is
# being represented by Z", "X and Y are taking part", "X led the Ghanaian delegation", "Also
# present were X and Y" (the blind audit: the named delegation
# heads of talks missing). Only a gathering of the last few sentences: "represent" is also a
# lawyer's or a player's word.
_REPRESENTS = re.compile(r"\b(?:is|are|was|were|will\s+be)\s+(?:being\s+)?represented\s+by\b|"
                         r"\bwill\s+(?:also\s+)?represent\b|"
                         r"\b(?:are|is|were|will\s+(?:also\s+)?be)\s+(?:also\s+)?taking\s+part"
                         r"\s*(?:[.;]|$)|\bwill\s+(?:also\s+)?take\s+part\s*(?:[.;]|$)|"
                         # "X led the Ghanaian delegation, while Y headed the Togolese side"
                         r"\b(?:led|headed|co-led)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:delegation|side|team)\b|"
                         # "Also present were X and Y"
                         r"^\W*(?:[Aa]lso\s+)?[Pp]resent\s+(?:were|was|are|will\s+be)\b")
_REPRESENT_REACH = 3
_AHEAD_VERB = re.compile(r"\b(?:will|would|to)\b")
# "X was accompanied by Y", "He was accompanied by Y" right after the sentence of X's event:
# Y is of X's side at it.
_ACCOMPANIED_BY = re.compile(r"^\W*(?:(?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+\s+(?:said|says|told\s+"
                             # ("X told reporters he will be accompanied by Y")
                             r"(?:reporters|journalists|\w+))\s+(?:that\s+)?)?"
                             r"(?P<who>(?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+|[Hh]e|[Ss]he)\s+"
                             r"(?:was|were|is|will be)\s+(?:also\s+)?accompanied\s+by\b")
# "Y will accompany X", "Y accompanied him": the active form of the above, where the subject
# is the companion; one accompanies another on a trip, so the companion joins X's visit told
# up to `_ACCOMPANY_REACH` sentences before (the round-23 audit: "Foreign Minister X will
# accompany Nakasone" the second sentence after the visit was lost).
_ACCOMPANIES = re.compile(r"^\W*(?P<subject>(?:[A-Z][\w'’.-]*\s+){1,6}?)(?:will|would|is\s+to|"
                          r"are\s+to|is\s+due\s+to|also|to)?\s*(?:also\s+)?(?:accompany|accompanies|"
                          r"accompanied)\s+(?!by\b)(?P<who>him|her|(?:[A-Z][\w'’-]+\s+){0,3}?"
                          r"[A-Z][\w'’-]+)\b")
_ACCOMPANY_REACH = 2
# A company's own officers ("Ray Smith to continue as president and chief executive officer"):
# "president" there is no office of a state (eleventh audit).
_COMPANY_TITLE = re.compile(r"\b(?:(?:vice\s+)?president|chairman)\s+and\s+chief\s+(?:executive|"
                            r"operating)(?:\s+officer)?|\bchief\s+(?:executive|operating)\s+officer"
                            r"\s+and\s+(?:vice\s+)?president\b", re.I)
# Officials of one state's own regions: "a video meeting with the prime ministers of
# Germany's 16 states", "the state governors", "the Canadian province premiers", "the leaders
# of Germany's 16 federal states", "the premiers of the provinces". A meeting with them is
# domestic. (With a bare "the", only the regions' nouns that name no state: "the leaders of
# the member states" are states'.)
_REGIONS = r"(?:provinces|regions|prefectures|territories|L[äa]e?nder)"
_REGIONAL_HEADS = re.compile(
    r"\b(?:state|provinc(?:e|ial)|regional|prefectural|territorial)\s+(?:governors|premiers|"
    r"prime ministers|chief ministers)\b"
    r"|\b(?:governors|premiers|prime ministers|chief ministers|leaders|heads)\s+of\s+"
    r"(?:(?:[A-Z][\w-]+(?:'s|’s)|the country(?:'s|’s)|its|their)\s+(?:(?:\d+|[a-z]+)\s+){0,2}"
    rf"(?:states|{_REGIONS})|the\s+(?:(?:\d+|[a-z]+)\s+){{0,2}}{_REGIONS})\b")
# A briefing by telephone: "told journalists in a conference call", "a conference call with
# investors".
_PRESS_CALL = re.compile(r"\bconference[- ]calls?\b(?=.*\b(?:journalists|reporters|investors|"
                         r"analysts|the press|media)\b)|\b(?:journalists|reporters|investors|"
                         r"analysts|the press|media)\b.*\bconference[- ]calls?\b", re.I)
# The gatherings a neighbour sentence's signers or speakers of a verb of taking part sat at.
_SAT_AT = (EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT, EventKind.CONFERENCE, EventKind.CALL)
_MEETING_VERB = re.compile(r"\b(?:met|meets|held talks|holds talks)\b")


def _trip_of(events: list[EventMention], index: int, who: str) -> EventMention | None:
    """The visit told up to `_ACCOMPANY_REACH` sentences before `index` of the one "Y will
    accompany" names (a pronoun: the last such visit; a name: the visit one of whose people has
    that surname)."""
    for e in reversed(events):
        if e.kind != EventKind.VISIT or not 0 < index - e.sentence <= _ACCOMPANY_REACH:
            continue
        if who.lower() in ("him", "her") or any(
                p.name.split()[-1] == who.split()[-1] for p in e.participants):
            return e
    return None


def extract_events(ctx: DocContext, lenient: bool = False) -> list[EventMention]:
    """The document's events. Lenient: also the candidates some rule rejects, each flagged
    with the rules it failed (`missing`), for a learned decision to judge."""
    events: list[EventMention] = []
    told_who = -2  # the last sentence that told who sits at a gathering
    listed_at: tuple[EventMention, int] | None = None  # the last list of arrivals, its sentence
    openers: list[tuple[int, tuple[str, ...], Actor]] = []
    for info in ctx.sentences:
        text = info.sentence.text
        if (opener := speaking_at_the(ctx, text)) is not None:
            openers.append((info.sentence.index, *opener))
        # (a list of who represents each side goes on past the reach while its sentences
        # follow one another: "X will represent A, while Y will represent B. C is being
        # represented by Z.")
        attended = _ATTENDED.search(text) or (_REPRESENTS.search(text) if any(
            e.sentence >= info.sentence.index - _REPRESENT_REACH and e.kind in _SAT_AT
            for e in events) or told_who == info.sentence.index - 1 and events else None)
        accompanied = _ACCOMPANIED_BY.search(text)
        spoke = None if attended else SPOKE_AT.search(text)
        told_before = len(events)
        # A gathering of the sentence before with no one named: the people this sentence
        # names as its signers or as the subject of a verb of taking part sat at it.
        bare = [e for e in events if e.sentence == info.sentence.index - 1 and e.kind in _SAT_AT
                and not any(p.type == "person" for p in e.participants)]
        sat_at = people_named_next(ctx, info) if bare and not attended else []
        for e in bare:
            e.participants = _union(e.participants, sat_at)
        # "X said ... after the talks wrapped up. His UK counterpart Y said ...": Y sat at them.
        for e in events:
            persons = [p for p in e.participants if p.type == "person"]
            if e.sentence == info.sentence.index - 1 and e.kind in _SAT_AT and len(persons) == 1 \
                    and (other := counterpart_next(ctx, info, persons[0])) is not None:
                e.participants = _union(e.participants, [other])
        # "Y, but not Z, is due to attend the summit", "Y will go to Venice": Y goes to the
        # gathering told before (the summit, the one summit told in Venice).
        for e, person in attends_elsewhere(ctx, info, events):
            e.participants = _union(e.participants, [person])
        # "... arrived to begin a meeting of X. Officials seen arriving included A and B. Also
        # seen arriving were C and D.": A to D sat at the gathering of the sentence before (or
        # of this one), or the one the list of the sentence before went to.
        # (the gathering is looked for first: a list is read, and parsed if need be, only
        # right after one)
        index = info.sentence.index
        seen_at = next((e for e in reversed(events) if e.group and e.kind in _SAT_AT
                        and index - 1 <= e.sentence <= index), None)
        if seen_at is None and listed_at is not None and listed_at[1] == index - 1:
            seen_at = listed_at[0]
        if seen_at is not None and (arrived := arrivals_listed(ctx, info)):
            seen_at.participants = _union(seen_at.participants, arrived)
            listed_at = (seen_at, index)
        if sat_at and not info.candidate:
            continue
        goes_with = _ACCOMPANIES.match(text)
        if goes_with and events:
            trip = _trip_of(events, info.sentence.index, goes_with.group("who"))
            named = _people(ctx, info) if info.candidate else _titled_actors(ctx, info)
            with_him = [p for p in named if p.role and text.find(p.name) < goes_with.end("subject")]
            if trip and with_him:
                trip.participants = _union(trip.participants, with_him)
                continue
        if not info.candidate and not ((attended or accompanied) and events):
            if spoke and events:  # ("X and Y will lead an opening session")
                _speakers_join(ctx, info, spoke, events, told_before)
            continue  # (a list of who attends has no event word for the gate to see)
        if attended:
            meeting = next((e for e in reversed(events) if e.kind in (
                EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT, EventKind.CONFERENCE)), None)
            if meeting:
                named = _people(ctx, info) if info.candidate else _titled_actors(ctx, info)
                meeting.participants = _union(meeting.participants,
                                              named or _honorific_people(ctx, text))
                told_who = info.sentence.index
            continue
        if accompanied and events and events[-1].sentence == info.sentence.index - 1:
            last, who = events[-1], accompanied.group("who")
            if who.lower() in ("he", "she") or any(who.split()[-1] == p.name.split()[-1]
                                           for p in last.participants):
                named = _people(ctx, info) if info.candidate else _titled_actors(ctx, info)
                by = [p for p in named if text.find(p.name) >= accompanied.end()]
                # (a sentence the person model did not read, its companions titled in lower
                # case: "He will be accompanied by central bank president X and director of
                # public finance Y")
                found = companions(text[accompanied.end():])
                # (the list's reading of a name wins over a title taken into it elsewhere:
                # "Central Bank President Hernan Anzola" is "Hernan Anzola")
                by = _union([p for p in by if not any(p.name.endswith(" " + c.name)
                                                      for c in found)], found)
                if by:
                    last.participants = _union(last.participants, by)
                    continue
            if not info.candidate:
                continue
        if re.search(r"\b(?:[Tt]he|[Tt]his) visit\b", text) and not _VISIT.search(text):
            visit = next((e for e in reversed(events) if e.kind == EventKind.VISIT), None)
            status = event_status(text, EventKind.VISIT)
            start, end = _dates(ctx, info, [])
            if visit and status == visit.status and (
                    start and start not in (ctx.event_date, ctx.news_day) or end != start) and not (
                    # "The visit opened new horizons for relations, which were established on
                    # 7 October 1992": a date years before the report is not the visit's
                    start and ctx.event_date and start[:4].isdigit()
                    and int(start[:4]) < int(ctx.event_date[:4]) - 1):
                visit.start, visit.end = start, end
            if visit and status is not None:
                visit.participants = _union(visit.participants, _people(ctx, info))
            continue
        for e in _from_sentence(ctx, info, events):
            if e.kind != EventKind.VISIT and private_side(text, info.parse):
                continue  # talks between banks and a state, a minister's meeting with businessmen
            if e.kind != EventKind.VISIT and not any(p.role or p.country
                                                     for p in e.participants) \
                    and private_holders(text, info.parse, info.dateline_end()):
                continue  # "traders and roasters ... at the end of their meeting"
            if e.kind != EventKind.VISIT \
                    and private_subject_in(info.parse, text, info.dateline_end()):
                continue  # "some U.S. banks have been too rigid in talks with ... countries"
            if e.kind != EventKind.VISIT and company_sitting(text, info.places):
                continue  # "the statement issued after yesterday's ordinary general meeting"
            if e.kind != EventKind.VISIT and private_gathering(text):
                continue  # "the minister told a meeting of local businessmen": an audience
            if class_of_sittings(text):
                continue  # "called off all face-to-face meetings": a class, not one sitting
            if e.kind == EventKind.TALKS and process_talks(text):
                continue  # "the deal to open formal talks with Ankara": a negotiation, no sitting
            if joining_process(e, text):
                continue  # "is to hold membership talks with both X and Y": joining, no sitting
            if e.kind == EventKind.MEETING and met_as_satisfied(text, info.parse):
                continue  # "the requirement ... has been difficult to meet": a need met
            if e.kind != EventKind.VISIT and unnamed_in_condition(text, e.kind, info.parse):
                continue  # "if it is nodded through at the next meeting of one of the councils"
            if e.kind != EventKind.VISIT and generic_gathering(text, e.kind, info.parse):
                continue  # "not somewhere you can waltz into a meeting five minutes late"
            if len(e.participants) <= 1 and venue_of_remarks(text, e.kind, info.parse):
                continue  # "told reporters at an energy conference": where he spoke
            if none_there(text, e.kind, info.parse):
                continue  # "there most likely will not be fresh quota talks until September"
            if only_disposed(text, e.kind, info.parse, info.dateline_end()):
                continue  # "the EC is willing to negotiate ... in a new round of talks"
            if e.kind != EventKind.VISIT and not e.participants \
                    and talks_with_others(text, e.kind, info.parse):
                continue  # "an official involved in monetary talks with other nations"
            status = event_status(text, e.kind)
            if status is None:
                continue  # negated or only imagined: "did not meet", "could visit"
            # "A meeting of X and Y, scheduled for next week in Beijing, has been postponed":
            # the predicate its noun is the subject of, however far (the parse)
            put_off = predicate_status(text, e.kind, info.parse)
            status = put_off or status
            # "Talking will not stop the slide and the February meeting produced ...": the
            # noun's own verb in the past, not the other clause's future
            own_past = not put_off and own_past_verb(text, e.kind, info.parse)
            if status == EventStatus.PLANNED and not put_off and not own_past \
                    and future_of_another_verb(text, e.kind, info.parse):
                # 'Barnier said "trust will be key", after the latest round of talks wrapped
                # up': the future is of another clause, the gathering's own verb is past
                own_past = True
            if status == EventStatus.PLANNED and not put_off \
                    and judged_outcome(text, e.kind, info.parse):
                # "will meet ... following a largely fruitless joint meeting": the verdict on
                # the gathering's own noun says it sat
                own_past = True
            gone_by = own_past_time(ctx, info, e.kind) if not put_off else None
            if gone_by:
                own_past = True  # "the failure of talks in London earlier this month"
            if status == EventStatus.PLANNED and own_past:
                status = EventStatus.HELD
            if status != EventStatus.CANCELLED and hedged_by_modal(text, e.kind, info.parse):
                continue  # "may need an emergency meeting", "a summit ... could help"
            if status == EventStatus.HELD and proposed_by_clause(text, e.kind, info.parse):
                rest = text[at.end():] if (at := trigger(text, e.kind)) else text
                if not words("proposed_day").search(rest):  # (not a dateline's day)
                    continue  # "proposed in a letter to his counterpart that they meet"
                status = EventStatus.PLANNED  # a proposal with its day is set
            if status == EventStatus.HELD and dated_ahead(ctx, info, e.kind):
                status = EventStatus.PLANNED  # "the summit in Venice on June 8-10" (June 2)
            elif status == EventStatus.HELD and not own_past \
                    and governed_by_future(text, e.kind, info.parse) \
                    and not dated_before(ctx, info, e.kind):
                # (not one its own date puts before the article: "agreed to defend in the
                # February talks", said in April; tenth audit)
                status = EventStatus.PLANNED  # "July's G8 summit ... will use the report"
            if status == EventStatus.PLANNED and not put_off \
                    and under_way_noun(text, e.kind, info.parse):
                # "will take a seat at the current meeting here": under way on the day of
                # filing, whatever the clause's tense
                status = EventStatus.HELD
                own_past = True
                if ctx.event_date and "X" not in ctx.event_date:
                    e.start = e.end = ctx.event_date
            ahead = present_ahead(ctx, info, e.kind) if status == EventStatus.HELD else None
            if ahead and ahead[2]:
                # "who returns from a visit to Brazil on Sunday": under way, its last day known
                e.start, e.end = ahead[0], ahead[1]
            elif ahead:
                status = EventStatus.PLANNED  # "are holding talks on Wednesday and Thursday"
            if status == EventStatus.HELD and no_date_set(text):
                status = EventStatus.PLANNED  # "no date has been set for such a meeting"
            if status == EventStatus.PLANNED and day_possessive_past(ctx, info, e.kind):
                status = EventStatus.HELD  # "will send a record of today's talks"
            elif status == EventStatus.HELD and day_possessive_ahead(ctx, info, e.kind):
                status = EventStatus.PLANNED  # "traders were cautious before today's talks"
            e.status = status
            # held by a past verb of its own, not only for want of a future word (consolidate)
            e.told_past = status == EventStatus.HELD and (
                own_past or governed_by_past(text, e.kind, info.parse))
            if put_off == EventStatus.PLANNED:
                # put off: the day it was set for is no longer its day; the day it was put off
                # to, if the sentence gives one
                e.start, e.end = put_off_to(ctx, info, e.kind)
            elif status == EventStatus.PLANNED:
                planned = planned_dates(ctx, info, e.kind)
                if not planned[0]:
                    # no time of its own: the first day a sentence just after gives "the
                    # talks" ("the talks, starting on April 14, would cover ...")
                    planned = _opening_ahead(ctx, info) or planned
                if planned[0] == e.start or not _dated_ahead_in_own_phrase(ctx, e):
                    e.start, e.end = planned  # (the sentence's reading: "in May or June")
            elif status == EventStatus.CANCELLED and any(planned_dates(ctx, info, e.kind)):
                # "cancelled a visit planned for next week": called off before its day, the
                # day it was to be held
                e.start, e.end = planned_dates(ctx, info, e.kind)
            elif status == EventStatus.HELD and (owned := owned_span(ctx, info, e.kind)
                                                 or gone_by):
                # "agreed at last month's meeting of major nations", "Monday's talks": the
                # time that owns the gathering's noun is its own, in whatever clause it stands
                e.start, e.end = owned
            elif e.kind == EventKind.VISIT:
                pass  # (its length below)
            elif (e.start in (None, ctx.event_date) or e.start == ctx.news_day
                  and not info.own_dates()) and not _PAST_REFERENCE.search(text) \
                    and not recently_told(info) \
                    and not named_as_market(e.place, text) \
                    and not remote_gathering(e.kind, text) \
                    and not remote_next(_sentence_after(ctx, info)) \
                    and not told_before_news(info, e.kind):
                # The article's own news, held the day it was filed: where it was filed
                # (not when the city is named only as a market's: "the Oslo fish market";
                # nor for a gathering told "recently", gone by on a day not told, or told in
                # the past perfect as background: "had been one of the points of
                # disagreement in the complex handover talks")
                e.place_stated = True
            if status == EventStatus.HELD and not e.told_past \
                    and (ahead_month := month_ahead(ctx, info, e.kind, e.start)):
                # "some hope of a compromise at the quota meeting in September" (June): the
                # month with no year is the next one, and the gathering still ahead
                status = e.status = EventStatus.PLANNED
                e.start, e.end = ahead_month
            # "arrived Monday for a 3-day visit", "will hold two days of talks starting on
            # Thursday", "the two-day summit opened today": held, ahead or called off alike
            e.end = stay_end(text, e.start, e.end, e.kind)
            if status == EventStatus.HELD:
                e.start, e.end = span_back(text, e.start, e.end)  # "ended a 3-day meeting"
            for one in _talks_then_met(ctx, info, e):
                events.extend(separate_meetings(one, text))
        if spoke and events:
            _speakers_join(ctx, info, spoke, events, told_before)
        # "X, who had just attended the OPEC meeting in Vienna, ...": X sat at the gathering
        # the sentence names
        for e, person in attends_own(ctx, info, [e for e in events[told_before:]
                                                 if e.sentence == info.sentence.index]):
            e.participants = _union(e.participants, [person])
    for index, kinds, speaker in openers:
        _speaker_joins(events, index, kinds, speaker)
    for e in events:
        if e.kind in _SAT_AT and not any(p.type == "person" for p in e.participants):
            e.participants = _union(e.participants, the_two_before(ctx, e.sentence))
        if e.status == EventStatus.HELD and all_days_ahead(ctx, e):
            e.status = EventStatus.PLANNED  # "before hosting a meeting ... this weekend"
    told_end(ctx, events)  # "The meeting is due to end on Thursday": its last day
    told_start(ctx, events)  # "The gathering begins tonight with a dinner": its first day
    occasion_kinds(ctx, events)  # "will meet X for a summit": a summit
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
        # (an undated report of the news is dated by the lead's day of it, if it gives one)
        or ctx.news_day != ctx.event_date and no_gathering(e, ctx.news_day) is not None
        # a state's own council or cabinet sitting; a minister with her own head of state
        or one_government_sitting(e)
        or one_state_people(e, ctx.published)
        # a gathering of a one-state story whose sentence gives no sign of several states
        or one_state_story_gathering(e)
        # a conference with no word of governments and none of states in its name
        or unnamed_private_conference(e)
        # a gathering of no word of governments whose sentence names a firm and no state
        or firms_gathering(e, ctx.sentences[e.sentence].sentence.text,
                           ctx.sentences[e.sentence].organizations, ctx.people, ctx.published)
        # two firms each named with its state ("a meeting between Algeria's X and Spain's Y")
        or "governmental" in e.missing and e.kind != EventKind.VISIT
        and not any(p.role or p.country for p in e.participants)
        and owned_firms_between(
            ctx.sentences[e.sentence].sentence.text, ctx.sentences[e.sentence].places,
            [(p.start - ctx.sentences[e.sentence].sentence.start,
              p.end - ctx.sentences[e.sentence].sentence.start)
             for p in ctx.sentences[e.sentence].people])
        # "the five-day conference" of a forum the article named before (World Economic Forum)
        or private_forum_back(
            e, (ctx.sentences[i].sentence.text for i in range(e.sentence - 1, -1, -1)))
        # a state's talks with its commercial bank creditors (this sentence or the talks told
        # before it)
        or bank_talks_back(
            e, (ctx.sentences[i].sentence.text for i in range(e.sentence - 1, -1, -1)))
        # "the two sides" whose sides told before are one legislature's chambers ("House and
        # Senate negotiators")
        or legislative_sides_back(
            e, (ctx.sentences[i].sentence.text for i in range(e.sentence - 1, -1, -1))))]
    for e in merged:
        # "the government is in discussions with water firm X": a company the model took for a
        # person is no participant of a gathering of officials (where all are companies, the
        # record itself goes above)
        firms = [p for p in e.participants if not p.role and not p.country
                 and named_as_company(ctx.document.text, p.name)]
        if firms and len(firms) < len(e.participants):
            e.participants = [p for p in e.participants if p not in firms]
        # a title's words or a place the reading took for a person's name (evparts4)
        e.participants = _union([], [p if p.type != "person" else person_name(p)
                                     for p in e.participants
                                     if p.type != "person"
                                     or not no_person_name(p.name, ctx.document.text)])
    set_era(ctx, merged)
    visit_city(ctx, merged)
    talks_of_visit(merged)
    return merged if lenient else [e for e in merged if not e.missing]


def _speakers_join(ctx: DocContext, info: SentenceInfo, spoke: re.Match[str],
                   events: list[EventMention], told_before: int) -> None:
    """The people a sentence names as the subject of a verb of speaking or leading at a
    gathering ("X told the meeting that ...", "X is to speak during the opening ceremony", "X
    and Y will lead an opening session") take part in it: the gathering the sentence itself
    tells of ("told the opening meeting of trade ministers"), else the one told before it that
    no rule rejects, one ahead when the verb is ("will lead": not the talks of January the
    sentence before told of). Not those the speech is about."""
    text = info.sentence.text

    def sitting(e: EventMention) -> bool:
        return e.kind in _SAT_AT and e.kind != EventKind.CALL
    own = [e for e in events[told_before:] if sitting(e)]
    if not own and len(events) > told_before:
        return  # (the sentence told of a visit or a call of its own: its speaker is of that)
    ahead = _AHEAD_VERB.search(spoke.group(0)) is not None

    def later(e: EventMention) -> bool:
        # (one who told ministers something did not tell them at the meeting they will hold
        # on a later day: "Ministers will meet again on June 1 ... X told ministers")
        return not ahead and bool(e.start and ctx.event_date) and str(e.start)[:10] > str(
            ctx.event_date)[:10]
    before = sorted((e for e in events[:told_before] if sitting(e) and not later(e)),
                    key=lambda e: (not e.missing, (e.status == EventStatus.PLANNED) == ahead))
    target = own[0] if own else before[-1] if before else None
    if target is None:
        return
    speakers = subject_people(ctx, text[:spoke.start()])
    if not speakers:  # (the people named before the verb, as the sentence's people read them)
        named = _people(ctx, info) if info.candidate else _titled_actors(ctx, info)
        speakers = [p for p in named if 0 <= text.find(p.name.split()[-1]) < spoke.start()]
    target.participants = _union(target.participants, speakers)


# How far after a gathering's sentence one that opens "Speaking after the talks, X said" may
# be when none of its kind is told before it: a lead that names the speaker first ("Speaking
# after the latest round of talks, X said ... In a statement released after the seventh round
# of talks, Y said").
_OPENER_AHEAD = 6


def _speaker_joins(events: list[EventMention], index: int, kinds: tuple[str, ...],
                   speaker: Actor) -> None:
    """The speaker of a sentence that opens with words said at "the talks" (the summit, the
    meeting) sits at the gathering of that kind the sentence itself tells of, else the last one
    told before it (a definite noun refers back, as "X told the meeting" does), else one of the
    few sentences right after it; one no rule rejects first."""
    fits = [e for e in events if e.kind.value in kinds and e.kind in _SAT_AT]
    own = [e for e in fits if e.sentence == index]
    back = [e for e in reversed(fits) if e.sentence < index]
    ahead = [e for e in fits if index < e.sentence <= index + _OPENER_AHEAD]
    order = own + back + ahead
    target = next((e for e in order if not e.missing), order[0] if order else None)
    if target is not None:
        target.participants = _union(target.participants, [speaker])


def _sentence_after(ctx: DocContext, info: SentenceInfo) -> str:
    here = info.sentence.index + 1
    return ctx.sentences[here].sentence.text if here < len(ctx.sentences) else ""


def _opening_ahead(ctx: DocContext, info: SentenceInfo) -> tuple[str, str] | None:
    """The first day of a gathering ahead that a sentence just after gives its opening
    (`opening_told_after`), not one already opened."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    opening = opening_told_after(ctx, info, reported)
    return opening if opening and (not reported or opening[0] >= reported[:10]) else None


def _dated_ahead_in_own_phrase(ctx: DocContext, e: EventMention) -> bool:
    """A gathering named by its noun that its own phrase dates after the article's day ("an
    EU summit planned for Oct 15-16"): that is its date, not the sentence's first one."""
    return bool(e.group and e.start and ctx.event_date and "X" not in e.start
                and e.start[:10] > ctx.event_date[:10])


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
    # ("eight Latin American coffee producers" met: a counted group of states, one named)
    return len(officials) >= 2 and len(states) == 1 and not named \
        and not COUNTED_STATES.search(e.source.quote)


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


def _off_domain(ctx: DocContext) -> bool:
    """An article about sport or entertainment: many of its sentences use their words."""
    hits = sum(1 for i in ctx.sentences if _DOMAIN().search(i.sentence.text))
    return hits >= 3 and hits >= 0.15 * len(ctx.sentences)


def _from_sentence(ctx: DocContext, info: SentenceInfo,
                   so_far: list[EventMention]) -> list[EventMention]:
    found = _sentence_events(ctx, info, so_far)
    # One the sentence names only as the owner of a thing the gathering is at or about ("at X's
    # country residence", "a reply to a message sent by X") takes no part in it. (Dropped from
    # what the sentence's rules give, not before them: with one person fewer the sentence would
    # be read as a gathering of no one, which takes its people from the sentences around it.)
    for e in found:
        e.participants = [p for p in e.participants
                          if not (p.type == "person" and owner_only(info, p.name))]
    return found


def _sentence_events(ctx: DocContext, info: SentenceInfo,
                     so_far: list[EventMention]) -> list[EventMention]:
    s = _Sentence(ctx, info, _people(ctx, info), _dates(ctx, info, so_far), so_far,
                  main_clause_dates(ctx, info, so_far))
    body = _body_sitting(s) or _council_sitting(s)
    if body:
        return [body]
    audience = _audience(s)
    if audience:
        return audience
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
    # (an office-holder who opens the clause after a gathering's adverbial, though the clause
    # closes the sentence as a source's would: "After talks in Ohrid, X said the sides agreed")
    fronted = _fronted(s)  # (read once: the speakers here, the gathering below)
    s.people = _union(s.people, _fronted_speakers(s, fronted))
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
        # (not one who only says something of it: "X added that divisions would be hard to
        # resolve at this week's summit")
        # (the noun of the gathering the sentence's group reading takes: "X, who chaired
        # yesterday's joint meeting, said some aspects will be referred to the summit")
        first = _GROUP_EVENT.search(s.text)
        noun_at = first.start("noun") if first and first.group("noun") else None
        if noun_at is None and (noun := trigger(s.text, EventKind.SUMMIT)):
            noun_at = noun.start()
        present = [p for p in s.people if noun_at is None or not comments_only(s, p, noun_at)]
        if earlier:
            earlier.participants = _union(earlier.participants, present)
            return []
        group = _group_event(ctx, info, present, s.dates)
        if group:
            _trip_to_city_summit(s, group)
            spoke_of = {p.name for p in s.people} - {p.name for p in present}
            group.participants = [p for p in group.participants if p.name not in spoke_of]
        if group and not group.missing:
            return [group]
        if not present:
            meeting.participants = []  # (its one person only spoke of it)
    if meeting is None or "participants" in meeting.missing:
        stay = in_place_for_talks(s)
        if stay is not None:
            return [stay]
    if meeting is None:
        gathering = _fronted_gathering(s, fronted)
        if gathering:
            return [gathering]
        gathering = _office_holders_gathering(ctx, info, s, so_far)
        if gathering:
            return [gathering]
    return [meeting, *_visit_of_talks(s, meeting)] if meeting else []


def _office_holders_gathering(ctx: DocContext, info: SentenceInfo, s: _Sentence,
                              so_far: list[EventMention]) -> EventMention | None:
    """On the office path, when no meeting verb reads the sentence: the group reading of its
    gathering noun, as the path of people with no office takes it ("X, Japan's finance
    minister, said the rates were those agreed in the February talks" is the February talks
    with X, as it is when his office is not read). An office read must not lose the gathering
    the sentence's noun tells of. Only where every office was told after its holder's name
    (`_offices_told_after_names`)."""
    if not _offices_told_after_names(info, s.people):
        return None
    later = _new_gathering(info.sentence.text, so_far)
    if later is None and _anaphoric(info.sentence.text, so_far):
        return None
    return _group_event(ctx, info, s.people, s.dates, later)


def _offices_told_after_names(info: SentenceInfo, people: list[Actor]) -> bool:
    """Every office-holder of the sentence has the office and its state or organization told in
    an apposition after the name ("X, Japan's finance minister,"), the reading that put the
    sentence on the office path.
    (With a title before a name the office path's verbs-only reading stands: at full-run scale
    the group reading of such sentences took one state's sittings, "Chancellor X arrives for a
    special session of the National Council on April 3", and officials only spoken of.)"""
    text, at = info.sentence.text, info.sentence.start
    officials = [a for a in people if _OFFICIAL.search(a.role or "")]
    for a in officials:
        mention = next((p for p in info.people if p.name == a.name and p.role == a.role), None)
        if mention is None:
            return False
        after = text[mention.end - at:]
        comma = re.match(r"\s*,\s*([^,.;:]*)", after)
        # (the apposition ends on the office, "X, speaking at a meeting of EC farm ministers"
        # is no office told after X; its owner told with it, a state or an organization: "X,
        # President of Interallianz Bank," is a firm's, and the office path read such before)
        if comma is None or a.role is None or not comma.group(1).rstrip().endswith(a.role) \
                or not a.country:
            return False
    return bool(officials)


# A gathering told in an adverbial fronted before the clause's subject: "After 12 hours of
# talks in Ohrid, X said", "At the end of the meeting, X told reporters", "Following their
# meeting, X and Y said". (Not "before" / "ahead of": the gathering is still to come.)
_FRONTED_PREPS = frozenset({"after", "following", "at", "during", "upon"})


def _fronted(s: _Sentence) -> tuple[re.Match[str], str, list[int]] | None:
    """The first gathering noun of the sentence that stands in an adverbial opening its
    clause, before the clause's subject: its match, the adverbial's text and the subject's
    tokens."""
    parse = s.info.parse
    if parse is None or s.info.sentence.role == "headline":
        return None
    toks = parse.tokens
    for m in _GROUP_EVENT.finditer(s.text):
        if not m.group("noun"):
            continue
        noun = parse.token_at(m.start("noun"), m.end("noun"))
        if noun is None:
            continue
        # the preposition that heads the adverbial, attached to a verb whose subject follows it
        prep = next((k for k in (noun, *parse.ancestors(noun)) if toks[k].dep in (
            "prep", "advcl", "pcomp") and toks[k].text.lower() in _FRONTED_PREPS), None)
        if prep is None:
            continue
        verb = toks[prep].head
        subjects = [k for k, t in enumerate(toks) if t.head == verb and t.dep == "nsubj"]
        if toks[verb].tag.startswith("VB") and subjects \
                and all(toks[prep].start < toks[k].start for k in subjects):
            start, end = parse.subtree_span(prep)
            return m, s.text[start:end], subjects
    return None


def _fronted_speakers(s: _Sentence, fronted: tuple[re.Match[str], str, list[int]] | None
                      ) -> list[Actor]:
    """The office-holders who are the subject of a clause a gathering's adverbial opens
    ("After 12 hours of talks in Ohrid, EU foreign policy chief X said the two sides had
    agreed"): they were at it, though the clause ends the sentence as a source's would (not
    one outside a gathering "between" named sides: he speaks of it, evparts11)."""
    if fronted is None or s.info.parse is None or re.search(r"\bbetween\b", fronted[1]):
        return []
    toks, at = s.info.parse.tokens, s.info.sentence.start
    out = []
    known = {n.name.split()[-1] for n in s.people}  # (those the sentence's reading kept)
    for p in s.info.people:
        full = s.ctx.person(p.name) or p
        if full.name.split()[-1] in known:
            continue
        if _OFFICIAL.search(full.role or "") and any(
                p.start - at <= toks[k].start < p.end - at for k in fronted[2]):
            out.append(Actor(full.name, full.country or p.country, "person", full.role))
    return out


def _fronted_gathering(s: _Sentence, fronted: tuple[re.Match[str], str, list[int]] | None
                       ) -> EventMention | None:
    """The gathering of an office-holder's sentence whose noun stands in an adverbial that
    opens the clause, when no verb of meeting reads it: the subject was at it ("After 12 hours
    of talks in the lakeside town, X said the two sides had agreed"). The group reading that a
    sentence with no office-holder takes, which the office path did not (evparts12: a titled
    speaker lost the talks). One named outside a gathering "between" named sides only speaks
    of it (evparts11)."""
    if fronted is None:
        return None
    m, phrase, _ = fronted
    present = s.people
    if re.search(r"\bbetween\b", phrase):  # "after talks between A and B, X said": X spoke
        present = [p for p in s.people
                   if re.search(rf"\b{re.escape(p.name.split()[-1])}\b", phrase)]
    if _new_gathering(s.text, s.so_far) is None and _anaphoric(s.text, s.so_far):
        return None  # "after the talks": the ones the article told before
    group = _group_event(s.ctx, s.info, present, s.dates, m)
    if group is None:
        return None
    spoke_of = {p.name for p in s.people} - {p.name for p in present}
    group.participants = [p for p in group.participants if p.name not in spoke_of]
    if "governmental" in group.missing and any(_OFFICIAL.search(p.role or "") for p in present):
        # (the office-holders at it make it governments' gathering)
        group.missing = tuple(x for x in group.missing if x != "governmental")
    return group
