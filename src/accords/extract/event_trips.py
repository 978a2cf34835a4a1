"""Candidate visits of one sentence: a visit or trip to a place or a person, a visit hosted
here, an arrival, and the talks a visitor held before, during or after the visit."""
from __future__ import annotations

import re
from dataclasses import replace

from accords.annotate.context import DocContext
from accords.annotate.gazetteer import Place, gazetteer, officeholders
from accords.annotate.told_from import told_from_state
from accords.extract.event_common import (
    _DURING_VISIT,
    _OFFICIAL,
    _actors_ranked,
    _holds_office,
    _other,
    _party_to,
    _Sentence,
    _union,
)
from accords.extract.event_meetings import _meeting
from accords.extract.event_offices import office_states
from accords.extract.event_people import _by_surname, _people, _titled_actors, _titled_elsewhere
from accords.extract.event_places import _country_in, _country_of, _place_in
from accords.extract.event_roles import (
    _antecedent,
    _not_in_other_clause,
    _resolve,
    _subject,
    _visitor,
)
from accords.extract.event_status import trigger
from accords.records import Actor, EventMention
from accords.vocab import EventKind

_VISIT = re.compile(
    r"\b(?:(?:official|state|working|two-day|three-day|one-day|ongoing|first|official\s+two-day)\s+)*"
    # (an arrival told by the flight: "landed in Washington", "touched down in Berlin", "flew
    # into Lisbon")
    r"(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:ed|es|e|al)|was received|landed|"
    r"touched\s+down|flew\s+into)\s+"
    # ("a visit by Kenya's president to Accra": the visitor told between the noun and its place)
    r"(?:(?:(?<=visit\s)|(?<=trip\s)|(?<=tour\s))by\s+(?:[\w.'’-]+\s+){1,6}?(?=to\s))?"
    r"(?:to|in|of|at)?\s*(?:the\s+)?(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))", re.I)
_TRAVEL = re.compile(
    r"\b(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|(?:will|would|to|shall)\s+go|"
    r"went|headed|arrives?)\s+(?:on\s+to\s+|back\s+to\s+|to\s+)(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))", re.I)
_VISIT_HERE = re.compile(
    r"\b(?:visit|trip)\s+(?:here|there)\b(?:\s+(?:this|last|next)\s+(?:week|month))?"
    r"(?:\s+by\s+(?P<who>[^,;]+?))?(?=[,;.]|\s+(?:and|who|to)\b|$)"
    # "X arrived here last night for talks": the visitor is the one named before
    r"|\b(?:arrived|arrives|arriving|(?:due|expected|set) to arrive)\s+here\b", re.I)
# (also the visit to come, told by the host: "X will host Y next week", "X is hosting Y")
# A visit under way told by where the visitor is: "X is in Tbilisi on an official visit from
# 4 to 6 October", "X is in Ankara this week on a working visit that runs until Friday" (the
# place before the visit word, which names none).
# Also the visit to come, told by where the visitor is due: "X is due in New Delhi on
# November 25 for a four-day visit", "X is expected in Hanoi next week on a state visit".
_IN_PLACE_ON_VISIT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|due\s+|expected\s+)?in\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    r"(?=(?:\s+(?:later\s+|early\s+)?(?:this|next)\s+(?:week|month)|"
    r"\s+(?:since|until|on)\s+(?-i:[A-Z][a-z]+day)|"
    r"\s+on\s+(?-i:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}|\s+on\s+\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))?,?\s+"
    r"(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\b)", re.I)
# A visit told only by where the visitor is and what for, with no word of visiting: "X was in
# Berlin on Tuesday for talks on energy security", "X is in Cairo this week for consultations"
# (read only when no meeting of two named people is told: "X is in Tokyo for talks with Y"
# stays those talks).
_IN_PLACE_FOR_TALKS = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|due\s+|expected\s+)?in\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    r"(?=(?:\s+(?:later\s+|early\s+)?(?:this|next|last)\s+(?:week|month)|"
    r"\s+(?:since|until|on)\s+(?-i:[A-Z][a-z]+day)|"
    r"\s+on\s+(?-i:[A-Z][a-z]{2,8}\.?)\s+\d{1,2}|\s+on\s+\d{1,2}\s+(?-i:[A-Z][a-z]{2,8}))?,?\s+"
    r"for\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings|consultations|negotiations)\b)", re.I)
_HOSTED = re.compile(r"\b(?:hosted|received|welcomed|hosts|hosting|(?:will|to|would)\s+host|"
                     r"(?:will|to|would)\s+(?:receive|welcome))\b(?!\s+(?:a|an|the)\s+(?:dinner|lunch|"
                     # (but "received a delegation led by Y": Y is the guest)
                     r"reception|banquet|delegation(?!\s+(?:led|headed)\s+by)|visiting))")
_VISITED_PERSON = re.compile(r"\b(?:recently\s+)?visited\s+(?:Mr|Mrs|Ms|Dr|President|Prime "
                             r"Minister|Chancellor)\.?\s+(?P<host>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")


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
    r"\b(?:(?:held|holds)\s+(?:[\w-]+\s+){0,2}?talks\s+with|"
    # "X visited Tonga on Monday and met King Y": a meeting in a verb of its own
    r"and\s+(?:later\s+|also\s+)?(?P<met>met|meets)(?:\s+with)?|"
    # "X, who is on a visit to Y, also met Z", "During his visit to Y, X met Z": the
    # sentence's own verb, of which the visit is only an aside (checked on the parse)
    r"(?P<main>met|meets)(?:\s+with)?)\b")


def _talks_after_visit(s: _Sentence) -> list[EventMention]:
    """Talks the visitor held in a clause of their own after the visit's words."""
    visit_word = trigger(s.text, EventKind.VISIT)
    after = _AFTER_VISIT.match(s.text, visit_word.end()) if visit_word else None
    if not after or visit_word is None:
        return []
    if after.group("main") and not _main_verb_over_visit(s, after.span("main"),
                                                         visit_word.span()):
        return []
    meeting = _meeting(s)
    if meeting and after.group("main") and len({p.name for p in meeting.participants}) < 2:
        return []  # ("During his visit, X has met top leaders": no one met is named; the visit)
    kinds = (EventKind.MEETING, EventKind.TALKS) if after.group("met") or after.group("main") \
        else (EventKind.TALKS,)
    return [meeting] if meeting and not meeting.missing and meeting.kind in kinds else []


def _main_verb_over_visit(s: _Sentence, verb_at: tuple[int, int],
                          visit_at: tuple[int, int]) -> bool:
    """The verb of meeting heads the sentence's own clause (the root, a verb joined to it, or
    the clause a verb of saying reports) and the visit's word hangs below it, as an aside of
    its subject or an adjunct ("X, who is on a visit to Y, also met Z", "During his visit, X
    met Z"): the meeting is told for its own sake, an event beside the visit. Not a verb below
    the visit's word ("a visit to Y that met with protests") and not one the parse cannot
    place."""
    parse = s.info.parse
    if parse is None:
        return False
    verb, visit = parse.token_at(*verb_at), parse.token_at(*visit_at)
    if verb is None or visit is None or visit in parse.ancestors(verb):
        return False
    head = parse.tokens[verb].head if parse.tokens[verb].dep == "conj" else verb
    # (a verb joined to the root: "... arrived on Monday and met Z"; the clause a verb of
    # saying reports: "X, ending a visit, met Z today, the ministry said")
    return parse.tokens[head].dep in ("ROOT", "ccomp") and head in parse.ancestors(visit)


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


def in_place_for_talks(s: _Sentence) -> EventMention | None:
    """'X was in Berlin on Tuesday for talks on energy': X's visit to Berlin (an official of
    another state than the place's; `_visit_to_place` reads the visitor and the states)."""
    found = _IN_PLACE_FOR_TALKS.search(s.text)
    if found is None or s.last_visit():
        return None
    visit = _visit_to_place(s, found)
    if visit is None or visit.missing or not visit.participants \
            or not _OFFICIAL.search(visit.participants[0].role or ""):
        return None
    return visit


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
    # (the visitor and those of the two states the sentence names: "X arrived here today for
    # talks with President Y", Y the host, as a visit to a place named keeps them)
    others = [p for p in s.people if _party_to(p, host, visiting)]
    return s.event(EventKind.VISIT, f"{who}'s visit to {s.ctx.place}", s.ctx.place, host,
                   visiting, _union([visitor], others) if visitor else s.people)


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
    at, end = next((m.start - s.info.sentence.start, m.end - s.info.sentence.start)
                   for p, m in zip(s.people, s.info.people, strict=False) if p is guest)
    if not _GUEST_WORDS.fullmatch(s.text[hosted.end():at].lstrip()) \
            or re.match(r"\s*(?:’s|'s)", s.text[end:]):
        return None  # "received a letter from Y", "hosted the talks ... Y's": no guest came
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
        # (a host in office whose state the text does not give: "Emir Sheikh X received
        # the Turkish foreign minister in Doha" is of the place's state)
        if person.country not in (None, host) or first > hosted.start() \
                or not _holds_office(person):
            return None
    elif office_states(s.text[:hosted.start()]) != [host]:
        return None
    return s.event(EventKind.VISIT, f"{gazetteer().name(guests[0])}'s visit to {place}", place,
                   host, guests[0], s.people)


# An audience: an office-holder receives, hosts or welcomes an office-holder of another state
# ("X received the visiting Y", "X granted an audience to Y", "X hosted a reception for Y",
# "X received Y in audience", "Y was received by X", "Y paid a courtesy call on X"; a plain
# "X hosted Y in Nairobi" stays the guest's visit, as the project's tests have it, one
# record). The audience is a meeting of the two
# (GUIDE: meetings between officials of different states), dated and placed by its own clause;
# "the visiting Y" tells the guest's visit as well, unless the article told it already. Things received ("a letter", "a call", "support", "an award") name no guest: the
# guest must be a person in office named in the verb's clause.
_AUDIENCE_ACTIVE = re.compile(
    r"\b(?:received|hosted|welcomed|granted)\s+"
    # (the place and day may come first, agency style: "received in Jeddah on Thursday the
    # Prime Minister of Pakistan", "received at Al-Salam Palace today")
    r"(?:(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|on\s+[A-Z][a-z]+day|"
    r"here|today|yesterday)\s+)*"
    r"(?:(?:an?\s+)?(?:private\s+)?audience\s+to\s+|"
    # "X received a courtesy call from Y": the audience told from the host's side
    r"an?\s+(?:brief\s+|short\s+)?courtesy\s+(?:call|visit)\s+from\s+(?:the\s+)?"
    r"(?:new(?:ly[- ]appointed)?\s+|outgoing\s+)?|"
    r"an?\s+(?:reception|banquet|dinner|luncheon|lunch)\s+(?:in\s+honou?r\s+of|for)\s+|"
    r"(?:the\s+)?visiting\s+)?")
_AUDIENCE_PASSIVE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:warmly\s+|cordially\s+|formally\s+)?(?:received|welcomed|"
    r"hosted|granted\s+(?:an?\s+)?(?:private\s+)?audience)\s+(?:in\s+audience\s+)?"
    # the day or place told between the verb and its agent, agency style: "was received on
    # Thursday by President X", "was received in Astana today by ..."
    r"(?:(?:on\s+[A-Z][a-z]+day|today|yesterday|earlier|later|(?:in|at)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+)*by\b|"
    r"\bpaid\s+(?:a\s+)?(?:brief\s+|short\s+)?courtesy\s+(?:call|visit)s?\s+(?:on|to)\b")
# The words an active audience verb may have between it and its guest: the guest's title,
# state and office ("the visiting Saudi Crown Prince", "his Lao counterpart"), nothing else.
# (also "a delegation led by Y", and an apposition: "the Ambassador of Japan to Ghana, Y")
_GUEST_WORDS = re.compile(r"(?:an?\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:led|headed)\s+by\s+)?"
                          r"(?:(?:the|visiting|his|her|their|of|to|and|prime|foreign|minister|"
                          r"president|crown|prince|deputy|vice|premier|king|queen|emir|"
                          r"chancellor|secretary|general|state|counterpart|new|outgoing|"
                          r"ambassador|envoy|high|commissioner|army|military|chief|"
                          r"[A-Z][\w.’'-]*),?\s+)*")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:who|which|where|and|but|while|after|before)\b|"
                         r"\b(?:and then|but|while|after|before|who|which)\b")


def _audience(s: _Sentence) -> list[EventMention]:
    """The meeting of an audience (see above) and the guest's visit."""
    at = s.info.sentence.start
    spans = [(m.start - at, p) for p, m in zip(s.people, s.info.people, strict=False)]
    ends = {id(p): m.end - at for p, m in zip(s.people, s.info.people, strict=False)}
    for pattern, guest_after in ((_AUDIENCE_PASSIVE, False), (_AUDIENCE_ACTIVE, True)):
        verb = pattern.search(s.text)
        if not verb:
            continue
        tail = s.text[verb.end():]
        cut = _CLAUSE_END.search(tail)
        end = verb.end() + (cut.start() if cut else len(tail))
        before = [p for x, p in spans if x < verb.start() and _holds_office(p)]
        after = [p for x, p in spans if verb.end() <= x < end and _holds_office(p)]
        if guest_after and " " not in verb.group(0).strip() \
                and not re.search(r"\bin\s+audience\b", s.text[verb.end():end]):
            return []  # "X hosted Y in Nairobi": the guest's visit (_hosted_visit)
        if not before or not after:
            return []
        host, guest = (before[-1], after[0]) if guest_after else (after[0], before[-1])
        first = next(x for x, p in spans if p is after[0])
        if guest_after and (not _GUEST_WORDS.fullmatch(s.text[verb.end():first])
                            or re.match(r"\s*(?:’s|'s)", s.text[ends[id(after[0])]:])):
            # "received a letter from Y", "hosted the talks, ... Y's proposals", "welcomed
            # President Y's decision": the object is a thing, not the person
            return []
        place = _place_in(s.text[verb.start():]) or _place_in(s.text)
        # (a host named without a state: the state of the place, or of the dateline's city)
        home = host.country or s.ctx.country_of(place or s.ctx.place)
        if not home or not guest.country or home == guest.country:
            return []
        host = replace(host, country=home)
        if place and s.ctx.country_of(place) not in (None, host.country):
            return []  # the host abroad: the meeting is not an audience at home
        meeting = s.event(EventKind.MEETING, f"Meeting of {host.name} and {guest.name}", place,
                          host.country, guest.country, [host, guest])
        if "visiting" not in verb.group(0) or s.last_visit():
            # (one record for "X received Y", as the generality items have it; "the visiting
            # Y" says the visit too, unless the article told it already)
            return [meeting]
        where = place or gazetteer().name(home)
        return [meeting, s.event(EventKind.VISIT, f"{guest.name}'s visit to {where}", place,
                                 host.country, guest.country, [guest, host])]
    return []


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


# A visit told by its visitor after "by", with no owner before the noun: "during a four-day
# visit by the deputy premier".
_DURING_A_VISIT_BY = re.compile(r"\b[Dd]uring an?\s+(?:[\w-]+\s+){0,2}visit\s+by\s+")
# A visit told by its visitor's name before the noun, with no place after it: "an agreement
# to be signed during Soviet leader Mikhail Gorbachev's visit next month" (to where the story
# is filed, or the place the sentence names: "during Premier X's visit here this week").
_DURING_OWNERS_VISIT = re.compile(
    r"\b[Dd]uring\s+(?P<owner>(?:[\w.-]+\s+){0,5}?[A-Z][\w-]+)(?:'s|’s)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}visit\b(?!\s+(?:to|of|by)\b)")


def _during_visit(s: _Sentence) -> EventMention | None:
    """'During his visit, X met ...' when the article has not reported the visit before."""
    during = _DURING_VISIT.search(s.text) or _DURING_A_VISIT_BY.search(s.text)
    if not during:
        return _during_owners_visit(s)
    if s.last_visit() or not s.people:
        return None
    # "during a four-day visit by X": the visitor is the one named after "by", not whoever
    # the sentence names first (the signers of an accord signed during it)
    by = next((p for p in s.people if re.match(
        rf"(?:[A-Z][\w-]*\s+){{0,4}}?(?:{re.escape(p.name)}|{re.escape(p.name.split()[-1])})\b",
        s.text[during.end():])), None) \
        if during.re is _DURING_A_VISIT_BY else s.people[0]
    if by is None:
        return None
    # "during the state visit of X to Tajikistan": where the visit went, not the dateline
    to = re.match(r"[^.;]{0,60}?\bto\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                  s.text[during.end():])
    hit = gazetteer().lookup.get(to.group(1)) if to else None
    destination = to.group(1) if to and hit and hit[1] in ("name", "alias", "capital", "city") \
        else None
    place = destination or _place_in(s.text) or s.ctx.place
    host = s.ctx.country_of(place)
    guest = by
    visiting = guest.country or next((c for c in _actors_ranked(s.ctx) if c != host), None)
    if host and host == visiting and place == s.ctx.place and not destination \
            and during.re is _DURING_A_VISIT_BY:
        # "MOSCOW - ... during a four-day visit by Soviet Deputy Prime Minister X": a report
        # from the visitor's home on his visit abroad, to the other state the article is about
        # (the visitor named after "by"; not "during the visit of ...", whose first person
        # named may be the host)
        host, place = next((c for c in _actors_ranked(s.ctx) if c != visiting), None), None
    if not host or not visiting or visiting == host:
        return None
    shown = place or gazetteer().name(host)
    return s.event(EventKind.VISIT, f"{guest.name}'s visit to {shown}", place, host, visiting,
                   [guest])


def _during_owners_visit(s: _Sentence) -> EventMention | None:
    """'during X's visit next month' (see _DURING_OWNERS_VISIT): the visit of the one whose
    name owns the noun, an office-holder of another state than the one visited."""
    during = _DURING_OWNERS_VISIT.search(s.text)
    if not during or s.last_visit():
        return None
    owner = during.group("owner")
    guest = next((p for p in s.people if owner.endswith(p.name)
                  or owner.endswith(" " + p.name.split()[-1])), None)
    if guest is None or not guest.country or not _holds_office(guest):
        return None
    place = _place_in(s.text[during.end():]) or s.ctx.place
    host = s.ctx.country_of(place) if place else None
    if not host or guest.country == host:
        return None
    return s.event(EventKind.VISIT, f"{guest.name}'s visit to {place}", place, host,
                   guest.country, [guest])


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
    visit = _VISIT.search(s.text) or _TRAVEL.search(s.text) or _IN_PLACE_ON_VISIT.search(s.text)
    first = _visit_to_place(s, visit)
    matches = list(_VISIT.finditer(s.text))
    if first and visit and len(matches) < 2:
        return [first, *_conjoined_destinations(s, visit, first)]
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


def home_of_report(ctx: DocContext, destination: str) -> str | None:
    """The state a story is told from (`told_from_state`: its dateline's city, else its national
    agency), when it is not the state travelled to: a national agency or paper names its own
    leaders without their nationality, and the officeholders table knows no leader after 2014."""
    home = told_from_state(ctx)
    return home if home != destination else None


def _earlier_visit_from(s: _Sentence, person: Actor) -> str | None:
    """The state an earlier visit of the person in the article came from."""
    return next((e.visiting_country for e in reversed(s.so_far)
                 if e.kind == EventKind.VISIT and e.participants and not e.missing
                 and e.participants[0].name == person.name and e.visiting_country), None)


def _of_home(s: _Sentence, person: Actor | None, destination: str) -> Actor | None:
    """An office-holder of no known state travelling to `destination`: of the state an earlier
    visit of theirs in the article came from ("Luxon's visit to Fiji ... Luxon flies on to
    Tonga"), else of the dateline's state."""
    if person is None or person.country or not _OFFICIAL.search(person.role or ""):
        return person
    earlier = next((e.visiting_country for e in reversed(s.so_far)
                    if e.kind == EventKind.VISIT and e.participants and not e.missing
                    and e.participants[0].name == person.name and e.visiting_country
                    and e.visiting_country != destination), None)
    home = earlier or home_of_report(s.ctx, destination)
    return replace(person, country=home) if home else person


# The destinations conjoined to a visit's place: "will visit Tonga and Samoa", "a tour of
# Poland, Hungary and Romania" (not "visited Tonga and Samoa's leader ...").
_NEXT_DESTINATION = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                               r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-])"
                               r"(?!\s*(?:'s|’s))")


def _conjoined_destinations(s: _Sentence, visit: re.Match[str],
                            first: EventMention) -> list[EventMention]:
    """One visit per further state a trip's destinations list: a tour of several states is a
    visit to each (the gold codes "Luxon will visit Tonga and Samoa" as NZL-TON and NZL-WSM)."""
    if first.missing or not first.participants or not first.visiting_country:
        return []
    gaz = gazetteer()
    seen = {first.host_country, first.visiting_country}
    out: list[EventMention] = []
    at = visit.end("place")
    longer = _longer_place(s, visit.start("place"), at - visit.start("place"))
    if longer:
        at = longer.end  # "will visit Papua New Guinea and Australia": after the whole name
    while m := _NEXT_DESTINATION.match(s.text, at):
        at = m.end()
        place = m.group("place")
        hit = gaz.lookup.get(place) or gaz.lookup.get(place.lower())
        if not hit:
            break  # "visited Tonga and Prime Minister X said": the list has ended
        if hit[1] not in ("name", "alias", "capital", "city") or hit[0] in seen \
                or hit[0].startswith("IGO:"):
            continue  # a region ("England") or another city of a state already visited
        seen.add(hit[0])
        visitor = first.participants[0]
        display = place if hit[1] in ("capital", "city") else gaz.name(hit[0])
        e = s.event(EventKind.VISIT, f"{visitor.name}'s visit to {display}", display, hit[0],
                    first.visiting_country, [visitor])
        # (one sentence, several records: the destination tells their ids apart)
        e.counterpart, first.counterpart = e.title, first.title
        out.append(e)
    return out


# "visit of Brazil's president to China": a state's office-holder after 'of', then where to.
_VISIT_OF_STATE = re.compile(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:'s|’s)\s")
# (the visitor's office and full name may be long: "the visit of the Emir of Qatar Sheikh Tamim
# bin Hamad Al Thani to Kazakhstan")
_VISIT_OF_TO = re.compile(r"[^.;,]{0,80}?\bto\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _longer_place(s: _Sentence, at: int, length: int) -> Place | None:
    """The gazetteer's span of a state or city that covers the place word at `at` and runs
    past the `length` characters a visit pattern took ("Papua New| Guinea")."""
    return next((p for p in s.info.places if p.start <= at < p.end and p.end > at + length
                 and p.form in ("name", "alias", "capital", "city")), None)


# "1,000 people who had arrived in the UK", "20,000 refugees had arrived in Germany", "travellers
# must fill out the form on arrival in the UK": the ones arriving are a crowd told by a plural
# common noun (or an arrival with no one's: "on arrival"), not the minister the sentence quotes
# (news2020 audit: the minister was taken for the visitor).
_CROWD_NOUN = (r"\b(?:people|persons|refugees|migrants|asylum[- ]seekers|travell?ers|passengers|"
               r"tourists|visitors|holidaymakers|nationals|citizens|residents|students|workers)")
_ARRIVING_CROWD = re.compile(
    rf"{_CROWD_NOUN}\s+(?:who\s+|that\s+)?(?:(?:had|have|has|were|are|was|is|being|been|all|"
    r"recently|already|just|newly)\s+)*$|"
    # (an arrival of no one's, "on arrival", in a clause whose subject is the crowd; "Ruto was
    # greeted by Xi on arrival in Beijing" keeps its visit)
    rf"{_CROWD_NOUN}\b[^,;]{{0,80}}\b(?:on|upon)\s+$", re.I)


# "fly to the US, where he has lived ever since", "arrived in Germany, where the king spends
# much of the year": the destination is where someone lives, a move home or a private stay, not
# a visit of a state's (round-19 audit: a dissident's emigration, a consort's whereabouts).
_WHERE_SOMEONE_LIVES = re.compile(
    r"^[^,;.]{0,30}?,\s+where\s+(?:[\w’'-]+\s+){1,3}?(?:(?:has|have|had)\s+)?(?:long\s+|since\s+|"
    r"now\s+|still\s+|mostly\s+)?(?:lived|lives|live|resides|resided|settled|spends|spent|"
    r"is\s+based|was\s+born|grew\s+up|(?:is|was|has\s+been)\s+living)\b")


# A name in the possessive right before the visit word ("ensuring Dupont's travel to Belgium",
# "Ruto's trip to China"): the traveller (round-19 audit: an ambassador named earlier was made
# the visitor of a private person's trip).
_OWNER_BEFORE = re.compile(r"(?<![\w.])(?P<who>[A-Z][\w-]+)(?:’s|'s)\s+(?:[\w-]+\s+){0,2}$")


def _private_owner(s: _Sentence, at: int, visitor: Actor) -> bool:
    """The visit word at `at` is owned by a person named in the possessive who is not `visitor`
    and holds no office (no state, no title the article or the dated officeholders give): a
    private person's trip, no visit of a state's."""
    owner = _OWNER_BEFORE.search(s.text[:at])
    if not owner:
        return False
    who = owner.group("who")
    if who in visitor.name.split() or who in _NOT_OWNER:
        return False
    gaz = gazetteer()
    if gaz.lookup.get(who) or gaz.lookup.get(who.lower()) or gaz.find(who):
        return False  # "Japan's visit", "Beijing's envoy": a state or a place
    person = next((p for p in s.people if who in p.name.split()), None) or s.ctx.person(who)
    if person is None:
        # a name the person finder holds no one for: private unless the dated officeholders
        # know it or it is an acronym or a title ("the NSC's", "the Pope's")
        return not who.isupper() and not _OFFICIAL.search(who) and \
            officeholders().resolve(who, s.ctx.published) is None
    return not (person.country or _holds_office(Actor(person.name, None, "person",
                                                      person.role)))


_NOT_OWNER = frozenset({"President", "Minister", "Premier", "King", "Queen", "Prince",
                        "Princess", "Pope", "Chancellor", "Secretary", "Ambassador", "Envoy",
                        "Government", "Mr", "Mrs", "Ms", "Dr", "His", "Her", "Their"})


_MEET_FORMS = frozenset({"meet", "meets", "met", "meeting"})


def _met_by(s: _Sentence, visitor: Actor) -> set[str]:
    """The names the sentence gives as the objects of the visitor's "meet", every conjunct
    ("Bangemann will meet X, Y, Z and W" on a trip: each of them met on it takes part,
    an international body's head as well as the host's officials); by the parse."""
    parse = s.info.parse
    if parse is None:
        return set()
    surname = visitor.name.split()[-1]
    verbs = {i for i, t in enumerate(parse.tokens) if t.text.lower() in _MEET_FORMS
             and t.tag.startswith("VB") and any(u.head == i and u.dep == "nsubj"
                                                and u.text == surname for u in parse.tokens)}
    met = {i for i, t in enumerate(parse.tokens) if t.head in verbs and t.dep == "dobj"}
    grown = True
    while grown:  # (the objects' conjuncts: "X, Y and Z")
        more = {i for i, t in enumerate(parse.tokens) if t.head in met and t.dep == "conj"}
        grown = not more <= met
        met |= more
    at = s.info.sentence.start
    out: set[str] = set()
    for m in s.info.people:
        head = parse.token_at(m.start - at, m.end - at)
        if head in met:
            out.add((s.ctx.person(m.name) or m).name)
    return out


def _visit_to_place(s: _Sentence, visit: re.Match[str] | None) -> EventMention | None:
    """'X's official visit to Belarus', 'X arrived in Minsk', 'visiting Belarus'; 'X will
    travel to Tokyo' when X is a person named."""
    travel = visit if visit is not None and visit.re is _TRAVEL else None
    if not visit or _DURING_VISIT.search(s.text[:visit.end()]):
        return None
    if re.match(r"arriv|landed|touched|flew", visit.group(0), re.I) and \
            _ARRIVING_CROWD.search(s.text[:visit.start()]):
        return None
    if _WHERE_SOMEONE_LIVES.search(s.text[visit.end():]):
        return None
    gaz = gazetteer()
    place = visit.group("place")
    whose = _VISIT_OF_STATE.match(s.text[visit.start("place"):])
    # "the state visit of President of Turkmenistan X to the Republic of Korea": no place
    # after 'of' but the visitor's office; the place is after 'to' (the visitor named)
    of_office = not whose and bool(re.search(r"\bof\s+(?:the\s+)?$", s.text[:visit.start("place")])) \
        and not (gaz.lookup.get(place) or _longer_place(s, visit.start("place"), len(place)))
    to = _VISIT_OF_TO.match(s.text[visit.end():]) if whose or of_office else None
    if to:
        # "the visit of Brazil's president to China": the state after 'of' is the visitor's,
        # the place after 'to' the visit's
        place = to.group(1)
    hit = gaz.lookup.get(place) or gaz.lookup.get(place.lower())
    host = hit[0] if hit and hit[1] in ("name", "alias", "capital", "city") else None
    if host and hit and hit[1] in ("capital", "city"):
        host = gaz.state_then(place, host, s.ctx.published)  # "a visit to Moscow" in 1987
    if not host:
        # A name longer than the two words the pattern takes ("will visit Papua New Guinea",
        # "a state visit to the Democratic Republic of the Congo", "the Central African
        # Republic"): the gazetteer's own span over where the place begins
        longer = _longer_place(s, visit.end() + to.start(1) if to else visit.start("place"),
                               len(place))
        if longer:
            place, host = longer.text, longer.code
            hit = (longer.code, longer.form)
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
    if visitor and not visitor.country and _earlier_visit_from(s, visitor) == host:
        # a visit's destination is never the visitor's own state: one of no state in the
        # sentence whose earlier visit the article told as coming from that state ("King Fahd
        # of Saudi Arabia begins a state visit ... King Fahd's trip follows several visits to
        # Saudi Arabia by British officials"; before, the dateline's state made him British)
        return None
    if visitor and not visitor.country and not _country_in(s.text[:visit.start()], host):
        # (a state the sentence names before the visit comes first: "on Malaysia's behalf")
        visitor = _of_home(s, visitor, host)
    if of_office and to and not visitor:
        return None  # "the visit of the President of X to Y will continue": the visit told before
    if visitor and _private_owner(s, visit.start(), visitor):
        return None  # "ensuring Dupont's travel to Belgium": the trip of the one named before it
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
    met = _met_by(s, visitor) if visitor is not None and s.people else set()
    others = [p for p in s.people if _party_to(p, host, visiting) or p.name in met]
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
                      r"tomorrow|today|tonight|yesterday|for|to\s+[a-z]+)\b)")


# A visit begun or ended that names no place: "King X begins a four-day state visit on
# Tuesday", "X is due to start an official visit tomorrow", "X ended a three-day visit
# today" (not "began a visit to Y", "a tour of the plant": those name where).
_VISIT_BEGUN = re.compile(
    r"\b(?:begins?|began|begun|starts?|started|ends?|ended|concludes?|concluded|"
    r"(?:is|are|was|were)\s+(?:due|expected|set|scheduled)\s+to\s+(?:begin|start|end|conclude)|"
    r"(?:will|would)\s+(?:begin|start|end|conclude))\s+(?:an?|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:visit|trip)\b(?!\s+(?:to|of|in|at|by|with|here|there|abroad)\b)"
    r"(?!\s*(?:'s|’s))")


def _arrival(s: _Sentence) -> EventMention | None:
    """An office-holder of another state arriving, or beginning or ending a visit, with no
    place named: a visit to where the story is (the dateline's state, else the one state the
    article is about)."""
    m = _ARRIVAL.search(s.text) or _VISIT_BEGUN.search(s.text)
    if not m:
        return None
    states = [c for c in s.ctx.pair if not c.startswith("IGO:")]
    host = s.ctx.country_of(s.ctx.place) if s.ctx.place else (
        states[0] if len(states) == 1 else None)
    visitor = _visitor(s.ctx, s.info, s.people, m.start(), host or "")
    if host and visitor and not visitor.country and _holds_office(visitor):
        # ("Prime Minister Anwar, who arrived yesterday", in a story filed where he arrived):
        # of the state an earlier trip or the report names, else the article's other state
        visitor = _of_home(s, visitor, host)
        other = _other(s.ctx, host)
        if visitor and not visitor.country and other:
            visitor = replace(visitor, country=other)
    if not host or not visitor or not visitor.country or visitor.country == host \
            or not _holds_office(visitor):
        return None
    place = s.ctx.place or gazetteer().name(host)
    return s.event(EventKind.VISIT, f"{visitor.name}'s visit to {place}", s.ctx.place, host,
                   visitor.country, [visitor])


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
