"""Where a gathering's sentence places it (GUIDE: "Place: only where the text places the
stage ... not from a dateline alone"): a call held at a distance has no place of its own,
and a city that names a market ("the Hamburg coffee market") says where trade is done, not
where a meeting was (blind audits: calls placed at the dateline, talks placed at the market
city)."""
from __future__ import annotations

import re

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.gazetteer import gazetteer
from accords.extract.event_senses import trigger_noun
from accords.records import EventMention
from accords.vocab import EventKind

# A gathering held at a distance: by telephone, by video, online.
_REMOTE_GATHERING = re.compile(
    r"\b(?:(?:tele)?phone|video[- ]?(?:conference|link|call)s?|videoconferenc\w*|virtual(?:ly)?|"
    r"online|teleconferenc\w*|by\s+video|via\s+video)\b", re.I)

# "the Hamburg green coffee market", "on the London Metal Exchange": a city as the name of
# a market; "the Oslo ministry said": a capital naming its government, not a venue.
_MARKET_AFTER = re.compile(
    r"^(?:\s+[a-z][\w-]*){0,3}?\s+(?:market|markets|exchange|bourse|futures|trade|traders|"
    r"dealers|brokers|prices)\b|^\s+(?:[A-Z][\w-]*\s+){0,2}(?:Exchange|Market|Bourse)\b"
    r"|^\s+(?:foreign\s+)?(?:ministry|government|officials?|embassy|side)\b")


# The sentence after a gathering's saying it was held at a distance: "The meetings took place
# virtually", "those meetings became virtual", "The talks were held by video link" (the blind
# audit: the dateline's city given to a virtual meeting told so in the next sentence).
_HELD_REMOTELY = re.compile(
    r"\b(?:meetings?|talks|summit|conference|session|gathering|it|they)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:took\s+place|were\s+held|was\s+held|(?:is|are|were|was)\s+being\s+held|became|become|"
    r"went|moved|(?:will\s+)?be\s+held|happened)\s+(?:entirely\s+|instead\s+)?(?:virtual(?:ly)?|online|"
    r"by\s+video(?:[- ]?(?:link|conference))?|via\s+video(?:[- ]?(?:link|conference))?)\b", re.I)


def remote_next(text: str) -> bool:
    """The sentence says the gathering just told of was held by video or online."""
    return _HELD_REMOTELY.search(text) is not None


def remote_gathering(kind: EventKind, text: str) -> bool:
    """A call, or a meeting the sentence says was held by phone, video or online."""
    return kind == EventKind.CALL or _REMOTE_GATHERING.search(text) is not None


def placed_in_text(place: str, text: str) -> bool:
    """The sentence names the place other than as the name of a market."""
    return any(not _MARKET_AFTER.match(text[m.end():])
               for m in re.finditer(rf"\b{re.escape(place)}\b", text)) \
        or (state := capital_state(text)) is not None and gazetteer().places.get(place) == state


# Gatherings whose people sit together (a call's do not).
IN_PERSON = (EventKind.MEETING, EventKind.TALKS, EventKind.SUMMIT, EventKind.CONFERENCE,
             EventKind.CEREMONY)


def call_and_met(a: EventMention, b: EventMention) -> bool:
    """A call and a gathering its sentence places in a named place, not by phone or video: two
    occasions, though they share a person ("Mr X met with Mr Trump at the White House last
    month" and "In a phone conversation with Putin on Monday, Trump said" had made one record
    of a meeting of Trump and Putin at the White House, blind audits rounds 24 and 25). A
    sentence that names no place ("the talks covered oil") may tell the call itself."""
    if (a.kind == EventKind.CALL) == (b.kind == EventKind.CALL):
        return False
    met = b if a.kind == EventKind.CALL else a
    return met.kind in IN_PERSON and bool(met.place) \
        and not remote_gathering(met.kind, met.source.quote) \
        and placed_in_text(met.place or "", met.source.quote)


def sides_place(place: str | None, text: str) -> bool:
    """A remote gathering keeps a place only where the sentence says a side was there ('spoke
    by phone from Ankara', 'the minister, in Paris, ...')."""
    return bool(place) and re.search(rf"\b(?:in|at|from)\s+{re.escape(place or '')}\b",
                                     text) is not None


def named_as_market(place: str | None, text: str) -> bool:
    """The sentence names the place, and only as a market's ('the Oslo fish market'): the
    story is of trade there, not of a gathering there."""
    hits = list(re.finditer(rf"\b{re.escape(place)}\b", text)) if place else []
    return bool(hits) and all(_MARKET_AFTER.match(text[m.end():]) for m in hits)


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


def _country_in(text: str, not_this: str | None) -> str | None:
    for place in gazetteer().find(text):
        if place.form in ("name", "alias", "demonym") and place.code != not_this:
            return place.code
    return None


def _place_in(text: str) -> str | None:
    """The place after 'in' or 'at': one word or two ('in Addis Ababa'), or named by what it
    is ('in the Black Sea resort of Sochi', 'at the port city of Aden')."""
    gaz = gazetteer()
    for m in _PLACE_AFTER_IN.finditer(text):
        if _PAIRED_PLACE.match(text, m.end()):
            continue  # "consulates in Karachi and Mumbai": two places, no gathering's venue
        two = f"{m.group(1)} {m.group(2)}" if m.group(2) else None
        if two and two in gaz.places:
            return two
        if m.group(1) in gaz.places:
            return m.group(1)
    return None


# "in the Omani capital", "in the Qatari capital, Doha": the capital of the state the adjective
# names (the blind audit: stated places left null). Not "the Chinese capital markets", nor a
# capital with its name after "of", which the place rule above reads. Which city that is, the
# article says (the dateline's, or a capital of that state it names): the knowledge lists old
# names and seats of government first ("Peking", "Malacanang").
_CAPITAL_BY_ADJECTIVE = re.compile(r"\b(?:in|at)\s+the\s+(?P<state>[A-Z][\w'’-]+)\s+capital\b"
                                   r"(?!\s+(?:markets?|city\s+of|of|flows?|spending|goods|gains?|"
                                   r"controls?|adequacy|requirements?|ratios?|investments?))")


def capital_state(text: str) -> str | None:
    """The state whose capital the sentence places something in by the state's adjective."""
    gaz = gazetteer()
    for m in _CAPITAL_BY_ADJECTIVE.finditer(text):
        hit = gaz.lookup.get(m.group("state"))
        if hit and hit[1] in ("demonym", "name"):
            return hit[0]
    return None


_PAIRED_PLACE = re.compile(r"\s+(?:and|or)\s+[A-Z]")
_PLACE_AFTER_IN = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:resort|city|town|port|capital|village|"
    r"spa|enclave|island)\s+of\s+)?([A-Z][\w'’-]+)(?:\s+([A-Z][\w'’-]+))?")
# "will visit Washington next week for a summit", "travel to Mexico City for talks", "head to
# Brussels to meet X": the gathering is where the trip goes.
_TRIP_FOR = re.compile(
    r"\b(?:visit|visits|visiting|visited|travel(?:s|led|ed|ling)?\s+to|fl(?:y|ies|ew|ying)\s+to|"
    r"head(?:s|ed|ing)?\s+to|"
    r"go\s+to|went\s+to|arrive[sd]?\s+in|(?:is|was|be)\s+in)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"[^.;]{0,40}?(?:\bfor\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:summit|talks|meetings?|conference|consultations)\b|"
    # ("prepared to head to Brussels to meet with X": the trip's purpose is the meeting)
    r"\bto\s+(?:meet|hold\s+talks|attend)\b)")


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


def state_place(info: SentenceInfo, start: int, end: int) -> str | None:
    """A state named as where the gathering told by the words at [start, end) was held, when no
    city is given: "met X in Brazil", "a summit in Chile", "held talks with Y in Turkey" (GUIDE:
    a city, or the country if only that is given). Only an "in" phrase that the parse hangs on
    the gathering's own word (its verb or noun, or the verb whose object the noun is), whose
    object is the state's name: not "talks on the crisis in Syria"."""
    parse = info.parse
    if parse is None:
        return None
    own = {i for i, t in enumerate(parse.tokens) if start <= t.start and t.end <= end}
    own |= {parse.tokens[i].head for i in own if parse.tokens[i].dep in ("dobj", "pobj")
            and parse.tokens[i].text.lower() in ("talks", "meeting", "meetings", "summit",
                                                  "conference", "consultations")}
    states = [p for p in info.places if p.form in ("name", "alias")]
    for i, t in enumerate(parse.tokens):
        if t.text.lower() != "in" or t.dep != "prep" or t.head not in own:
            continue
        for u in parse.tokens:
            if u.head == i and u.dep == "pobj":
                place = next((p for p in states if p.start <= u.start < p.end), None)
                if place is not None:
                    return place.text
    return None


_GATHERING_NOUNS = ("talks", "meeting", "meetings", "summit", "conference", "consultations",
                    "session", "gathering", "assembly")
# the words a place may hang from inside an "in/at" phrase: "in the central city of Wuhan",
# "at the resort of Sochi", "in Geneva, Switzerland"
_PLACE_LINKS = ("pobj", "prep", "compound", "appos", "nmod", "amod")


def _as_venue(name: str) -> str:
    """A seat of government the knowledge lists with its article ("a White House meeting",
    "the Kremlin talks") is its state's first capital, as "at the White House" is
    (`_seat_place`); a city, or a seat named as written ("10 Downing Street"), stays."""
    gaz = gazetteer()
    hit = gaz.lookup.get(name)
    if hit and hit[1] == "capital" and f"the {name}" in gaz.lookup and hit[0] in gaz.capitals:
        return gaz.capitals[hit[0]]
    return name


def attached_place(info: SentenceInfo, start: int, end: int) -> str | None:
    """The city the parse hangs on the gathering told by the words at [start, end): a city
    naming its noun ("the Venice meeting", "a White House meeting") or an "in"/"at" phrase on
    its noun or its verb ("gathers for an annual meeting in Geneva", "met in Athens"), not a
    city of another clause of the sentence ("a laboratory in the central city of Wuhan")."""
    parse = info.parse
    if parse is None:
        return None
    tokens = parse.tokens
    own = {i for i, t in enumerate(tokens) if start <= t.start and t.end <= end}
    own |= {tokens[i].head for i in own if tokens[i].dep in ("dobj", "pobj")
            and tokens[i].text.lower() in _GATHERING_NOUNS}
    # (the verb whose object's preposition holds the noun: "gathers ... for a meeting")
    own |= {tokens[tokens[i].head].head for i in own if tokens[i].dep == "pobj"
            and tokens[i].text.lower() in _GATHERING_NOUNS and tokens[tokens[i].head].dep == "prep"}
    cities = [p for p in info.places if p.form in ("city", "capital")]
    told_from = info.dateline_end()

    def hung_on(j: int, stop: set[int], steps: int) -> int | None:
        for _ in range(steps):
            if tokens[j].head == j:
                return None
            if tokens[j].head in stop:
                return j
            if tokens[j].dep not in _PLACE_LINKS:
                return None
            j = tokens[j].head
        return None

    best: tuple[int, str] | None = None
    for p in cities:
        j = parse.token_at(p.start, p.end)
        if j is None:
            continue
        link = hung_on(j, own, 5)
        if link is None:
            continue
        # (not a city inside another name, "a Paris Club meeting", "officials in the Tokyo
        # Stock Exchange", "the Georgetown University conference"; nor the dateline's)
        if info.sentence.text[p.end:].lstrip()[:1].isupper() or p.start < told_from:
            continue
        # a modifier of the gathering's noun itself ("the Venice meeting"), or an in/at phrase
        # on its noun or verb
        if tokens[link].dep in ("compound", "nmod", "amod") and link == j \
                and tokens[tokens[link].head].text.lower() in _GATHERING_NOUNS \
                and tokens[link].end <= tokens[tokens[link].head].start \
                or tokens[link].dep == "prep" and tokens[link].text.lower() in ("in", "at"):
            rank = abs(tokens[link].start - start)
            if best is None or rank < best[0]:
                best = (rank, _as_venue(p.text))
    return best[1] if best else None


# A city told as where something happens: "signed ... in Bishkek", "talks at Jakarta".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at)\s+$")


def visit_city(ctx: DocContext, events: list[EventMention]) -> None:
    """A visit read as one to a state ("Rahmon, who was on his first state visit to
    Kyrgyzstan") takes the one city of that state the article's text places something in at
    the visit's time (GUIDE: the place is the city as written, the country only if no city is
    given): a city of the host state named after "in"/"at" ("signed a treaty ... in Bishkek on
    Thursday"), in a sentence with no time of its own or one within the visit's days (not "the
    communique was signed in Beijing on June 13, 2017" beside a visit of November). Two such
    cities (a tour: "met leaders in Baghdad ... in Basra") leave the state; so does a dateline
    alone (where the story was filed)."""
    cities_known = gazetteer().places
    for e in events:
        if e.kind != EventKind.VISIT or not e.place or e.place in cities_known \
                or not e.host_country or ctx.country_of(e.place) != e.host_country:
            continue
        cities: set[str] = set()
        for info in ctx.sentences:
            text = info.sentence.text
            found = {p.text for p in info.places
                     if p.form in ("capital", "city") and p.text in cities_known
                     and ctx.country_of(p.text) == e.host_country
                     and any(_LOCATIVE_BEFORE.search(text[:m.start()])
                             for m in re.finditer(rf"\b{re.escape(p.text)}\b", text))}
            if found and _at_visit_time(info, e):
                cities |= found
        if len(cities) == 1:
            e.place = next(iter(cities))
            e.place_stated = True


# A visit's purpose: "due to visit Japan for talks", "in Washington for talks with ...".
_FOR_TALKS = re.compile(r"\bfor\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions|negotiations|"
                        r"consultations)\b", re.I)


def talks_of_visit(events: list[EventMention]) -> None:
    """Talks of two states placed nowhere by their own sentence are held where a visit between
    the same two states, told as made for talks at the same time, goes ("U.S. Agriculture
    Secretary X, who is due to visit Japan for talks between April 16-27" beside "will tell
    U.S. officials at talks later this month"): the visitor comes to the talks."""
    visits = [v for v in events if v.kind == EventKind.VISIT and not v.missing
              and v.place and v.place_stated
              and v.host_country and v.visiting_country and v.start
              and _FOR_TALKS.search(v.source.quote)]
    for e in events:
        if e.kind not in (EventKind.TALKS, EventKind.MEETING) or e.place and e.place_stated \
                or not e.start:
            continue
        sides = {e.host_country, e.visiting_country}
        start = e.start
        found = {v.place for v in visits
                 if v.start and {v.host_country, v.visiting_country} == sides
                 and _not_after(v.start, e.end or start)
                 and _not_after(start, v.end or v.start)}
        if len(found) == 1:
            e.place, e.place_stated = next(iter(found)), True


def _at_visit_time(info: SentenceInfo, visit: EventMention) -> bool:
    """The sentence tells no day of its own, or one within the visit's days."""
    days = [(d.range or (d.value, d.value)) for d in info.own_dates()
            if d.type == "DATE" and d.value]
    if not days:
        return True
    if not visit.start:
        return False
    end = visit.end or visit.start
    return any(_not_after(a, end) and _not_after(visit.start, b) for a, b in days)


def _not_after(a: str, b: str) -> bool:
    """a <= b at the coarser of the two precisions ('2026-05-12' and '2026-05' compare as
    months)."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def told_before_news(info: SentenceInfo, kind: EventKind) -> bool:
    """By the parse, the gathering's noun hangs from the sentence's main verb in the past
    perfect, with no time of its own ("The nationality issue had been one of the points of
    disagreement in the complex handover talks."): background from before the news, not the
    news of the day told where the story was filed. Not a past perfect under a verb of saying
    ("X said the talks had been useful"), whose tense only follows the report's."""
    parse = info.parse
    if parse is None or any(d.type != "DURATION" for d in info.own_dates()):
        return False
    noun = trigger_noun(info.sentence.text, kind, parse)
    if noun is None:
        return False
    toks = parse.tokens
    verb = next((a for a in parse.ancestors(noun) if toks[a].tag.startswith("VB")), None)
    if verb is None or toks[verb].tag != "VBN" or any(
            toks[a].tag.startswith("VB") for a in parse.ancestors(verb)):
        return False
    return any(toks[c].dep == "aux" and toks[c].text.lower() == "had"
               for c in parse.children(verb))
