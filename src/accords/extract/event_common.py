"""What every event rule shares: the sentence under examination (`_Sentence`), the event it
builds, and the small tables and tests of office-holders, states and gatherings that the
rules of visits, meetings, gatherings and merging all read."""
from __future__ import annotations

import re
from dataclasses import dataclass

from accords.annotate.context import WIRE_DATELINE, DocContext, SentenceInfo
from accords.annotate.gazetteer import gazetteer
from accords.extract.event_places import (
    capital_state,
    placed_in_text,
    remote_gathering,
    remote_next,
    sides_place,
)
from accords.extract.quotes import quote_for
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind

# "meet" in the sense of satisfy: "to meet its export commitments", "met the targets".
_MEET_SATISFY = (r"(?:\s+(?:the|its|their|our|his|her|this|these|those|all|such|any|some|"
                 r"growing|rising)\b)?(?:\s+[\w-]+){0,3}?\s+(?:targets?|demands?|deadlines?|"
                 r"requirements?|criteria|needs?|goals?|commitments?|obligations?|costs?|payments?|"
                 r"expenses|conditions|standards?|quotas?|shortfalls?|debts?|expectations|"
                 r"challenges?|bills?|terms|objectives?|forecasts?|estimates?|"
                 # met as received: "his words met a cool reception from X" (BBC full run)
                 r"receptions?|responses?|reactions?|resistance|criticism|scepticism|skepticism|"
                 r"hostility|derision|indifference|silence)\b")
# A meeting named by its noun, held by governments: "a full blown meeting of the Group of
# Seven", "their civil aviation talks here", "EC agriculture ministers meet".
_GROUP_EVENT = re.compile(
    r"(?<!news )(?<!press )(?<!\bhe )(?<!\bshe )(?<!\bit )\b"
    # (negotiations and consultations as a sitting only when counted in days or rounds:
    # "after three days of negotiations in Geneva", "two rounds of consultations in Baku";
    # bare "negotiations" is most often a process of months)
    r"(?P<noun>meetings?|talks|conferences?|summits?|sessions?|"
    r"(?:(?<=days of )|(?<=rounds of )|(?<=weeks of ))"
    r"(?:negotiations|consultations))\b"
    r"|\b(?:ministers|governors|leaders|delegations|countries)\b[^.;]{0,80}?\b"
    r"(?:will\s+)?(?P<verb>meet|met|gathered|convened|reconvened?)\b", re.I)
_GROUP_NAME = re.compile(r"\b(?:Group of (?:Five|Six|Seven|Ten|Eight|Fifteen|Twenty|77)|G-?(?:5|6|7|8|10|15|20|77))\b")
_OFFICIAL = re.compile(r"\b(?:Minister|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Sultan|"
                       r"Secretary|Ambassador|Envoy|Commissioner|Governor|Senator|counterpart|"
                       r"Crown Prince|Prime|Foreign|Vice)", re.I)
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
    # a state's military heads and a parliament's head act for it too ("Sudanese army chief
    # X", "Ghana's Chief of Defence Staff", "the Speaker of the National Assembly")
    r"(?:army|military|defen[cs]e|armed\s+forces)\s+chiefs?|"
    r"chiefs?\s+of\s+(?:the\s+)?(?:general|defen[cs]e|army|naval|air|armed\s+forces)\s+staff|"
    r"(?-i:Speaker)|"
    r"(?:agreements?|accords?|treat(?:y|ies)|memorand\w+)\s+(?:\w+\s+){0,2}(?:signed|inked))\b",
    re.I)
_DURING_VISIT = re.compile(r"\b[Dd]uring (?:his|her|the|this|their) (?:[\w-]+\s+)?visit\b")


@dataclass
class _Sentence:
    """What every event rule reads of one sentence."""

    ctx: DocContext
    info: SentenceInfo
    people: list[Actor]
    dates: tuple[str | None, str | None]
    so_far: list[EventMention]
    # the main clause's dates when a relative aside tells of another gathering with its own day
    # ("X, who arrived on Wednesday, held talks on Friday"): those of every kind but a visit,
    # whose first day the aside tells
    main_dates: tuple[str | None, str | None] | None = None

    @property
    def text(self) -> str:
        return self.info.sentence.text

    def event(self, kind: EventKind, title: str, place: str | None, host: str | None,
              visiting: str | None, participants: list[Actor]) -> EventMention:
        dates = self.main_dates if self.main_dates and kind != EventKind.VISIT else self.dates
        return _event(self.ctx, self.info, kind, title, *dates, place, host, visiting,
                      participants)

    def last_visit(self) -> EventMention | None:
        return next((e for e in reversed(self.so_far) if e.kind == EventKind.VISIT), None)


def _holds_office(p: Actor) -> bool:
    """The text or the dated officeholders give the person an office."""
    return bool(p.role and (_OFFICIAL.search(p.role) or _OFFICE_WORDS.search(p.role)))


_TITLE = (r"(?:Minister|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Sultan|Secretary|"
          r"Ambassador|Envoy|Commissioner|Governor|Senator|Prince|General|Gen\.?)")


def _party_to(p: Actor, host: str | None, visiting: str | None) -> bool:
    """A person who can take part in a visit: of the host or the visiting state, or in an
    office whose state the text does not give."""
    return p.country in (host, visiting) if p.country else bool(_OFFICIAL.search(p.role or ""))


def _actors_ranked(ctx: DocContext) -> list[str]:
    """States and international organizations the article names, most often first."""
    counts: dict[str, int] = {}
    for info in ctx.sentences:
        for p in info.places:
            if p.code and p.form in ("name", "alias", "demonym", "igo"):
                counts[p.code] = counts.get(p.code, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


_STATE_FORMS = ("name", "alias", "demonym")


def _event(ctx: DocContext, info: SentenceInfo, kind: EventKind, title: str, start: str | None,
           end: str | None, place: str | None, host: str | None, visiting: str | None,
           participants: list[Actor]) -> EventMention:
    a, b = quote_for(ctx, info, 0, len(info.sentence.text))
    source = Source(ctx.document.id, ctx.document.text[a:b], a, b)
    text = info.sentence.text
    capital = _article_capital(ctx, capital_state(text))
    if capital and (not place or place == ctx.place):
        # "met ... in the Omani capital": the capital the article names for that state
        place, host = capital, host or ctx.country_of(capital)
    # (a call held at a distance has no place unless a side's is told; the place is kept
    # unstated so that the article's other reports of it still join it)
    here = info.sentence.index + 1
    after = ctx.sentences[here].sentence.text if here < len(ctx.sentences) else ""
    remote = bool(place) and (remote_gathering(kind, text) or kind != EventKind.VISIT
                              and remote_next(after)) and not sides_place(place, text)
    # (the sentence's own words, after a title-case dateline that names the city: "Hanoi,
    # March 3 (VNA) - ...")
    line = WIRE_DATELINE.match(text)
    stated = not remote and (not place or place != ctx.place or _dateline_here(ctx, info)
                             or placed_in_text(place, text[line.end() if line else 0:]))
    return EventMention(ctx.document.id, kind, title, source, start, end, place, host, visiting,
                        participants, info.sentence.index, place_stated=stated)


def _article_capital(ctx: DocContext, state: str | None) -> str | None:
    """The capital of `state` the article names: its dateline's city, else the first city the
    article names that the knowledge lists among that state's capitals."""
    if state is None:
        return None
    if ctx.place and ctx.country_of(ctx.place) == state:
        return ctx.place
    places = gazetteer().places
    return next((p.text for info in ctx.sentences for p in info.places
                 if p.form == "capital" and p.code == state and p.text in places), None)


def _dateline_here(ctx: DocContext, info: SentenceInfo) -> bool:
    """The sentence places its event at the dateline's city: 'talks here', 'met today' in a
    story filed from there (GUIDE: a dateline alone says where the story was filed, not where
    a meeting of another day was)."""
    return bool(ctx.place) and re.search(r"\b(?:here|today|tonight)\b", info.sentence.text,
                                         re.I) is not None


def _union(a: list[Actor], b: list[Actor]) -> list[Actor]:
    out, names = list(a), {x.name for x in a}
    for x in b:
        if x.name not in names:
            names.add(x.name)
            out.append(x)
    return out


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
                             r"\b(?:that|which)\s+(?:the|its|their|both|two)\s+[^,;]*|"
                             # the same with a named subject after a comma ("a debt
                             # initiative, which Kenya joined in January"): a past verb of
                             # the name's own
                             r",\s*(?:that|which)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
                             r"\s+(?:had\s+|has\s+)?[a-z]+ed\b[^,;]*")
