"""Event mentions of one document: visits, meetings, talks, calls and summits, with who took
part, where and when; merged within the document (one visit reported in three sentences is
one visit)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.dates import is_calendar
from accords.annotate.gazetteer import gazetteer
from accords.extract.quotes import quote_for
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind

_VISIT = re.compile(
    r"\b(?:(?:official|state|working|two-day|three-day|one-day|ongoing|first|official\s+two-day)\s+)*"
    r"(?:visit(?:s|ed|ing)?|trip|tour|arriv(?:ed|es|e|al)|was received)\s+"
    r"(?:to|in|of|at)?\s*(?:the\s+)?(?P<place>(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))", re.I)
_VISIT_POSSESSIVE = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour)\b", re.I)
_TALKS = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}talks\b|\btalks\s+"
                    r"(?:with|between)\b|\bdelegation-level talks\b", re.I)
_MEETING = re.compile(r"\b(?:met|meets|meet)\b(?!\s+(?:the|its|their)\s+(?:target|demand|"
                      r"deadline|requirement|criteria|needs?|goal))|\bmeeting\s+(?:with|between)\b|"
                      r"\b(?:discussed|held discussions)\b.{0,80}\bwith\b", re.I)
# A meeting named by its noun, held by governments: "a full blown meeting of the Group of
# Seven", "their civil aviation talks here", "EC agriculture ministers meet".
_GROUP_EVENT = re.compile(
    r"(?<!news )(?<!press )\b(?P<noun>meeting|talks|conference|summit|session)\b"
    r"|\bministers\s+(?:will\s+)?(?P<verb>meet|met|gathered|convened|reconvene)\b", re.I)
_GOVERNMENTAL = re.compile(
    r"\b(?:ministers?|officials|leaders|heads of (?:state|government)|delegations?|governments?|"
    r"Group of (?:Five|Seven|Ten|Eight)|G-?(?:5|7|8|10|20)|OPEC|IMF|World Bank|GATT|OECD|NATO|"
    r"European Community|EC|EU|both countries|two countries|bilateral|central bankers)\b")
_NOT_GROUP = re.compile(r"\b(?:news|press|pay|wage|merger|takeover|board|shareholders?'?|"
                        r"annual general|club|team|union)\s+(?:meeting|talks|conference|session)\b",
                        re.I)
_GROUP_NAME = re.compile(r"\b(?:Group of (?:Five|Seven|Ten|Eight)|G-?(?:5|7|8|10|20))\b")
_CALL = re.compile(r"\b(?:tele)?phone (?:call|conversation|talks)\b|\bspoke by (?:tele)?phone\b",
                   re.I)
_SUMMIT = re.compile(r"\bsummit\b", re.I)
_ATTENDED = re.compile(r"\bmeeting was (?:also )?attended by\b|\battended (?:the|this) meeting\b",
                       re.I)
_NOT_REAL = re.compile(r"\binvit(?:ation|ed)\b.*\bto\s+visit\b|\b(?:will|would|to|plans? to|"
                       r"expected to)\s+(?:visit|meet)\b|\bnext (?:week|month|year)\b", re.I)
_OFFICIAL = re.compile(r"\b(?:Minister|President|Premier|Chancellor|King|Queen|Emir|Sheikh|Sultan|"
                       r"Secretary|Ambassador|Envoy|Commissioner|Governor|Senator|counterpart|"
                       r"Crown Prince|Prime|Foreign|Vice)", re.I)
_VISIT_HERE = re.compile(
    r"\b(?:visit|trip)\s+(?:here|there)\b(?:\s+(?:this|last|next)\s+(?:week|month))?"
    r"(?:\s+by\s+(?P<who>[^,;]+?))?(?=[,;.]|\s+(?:and|who|to)\b|$)", re.I)
_HOSTED = re.compile(r"\b(?:hosted|received|welcomed)\b(?!\s+(?:a|an|the)\s+(?:dinner|lunch|"
                     r"reception|banquet|delegation|visiting))")
_VISITED_PERSON = re.compile(r"\b(?:recently\s+)?visited\s+(?:Mr|Mrs|Ms|Dr|President|Prime "
                             r"Minister|Chancellor)\.?\s+(?P<host>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
_DURING_VISIT = re.compile(r"\b[Dd]uring (?:his|her|the|this|their) (?:[\w-]+\s+)?visit\b")


def extract_events(ctx: DocContext) -> list[EventMention]:
    events: list[EventMention] = []
    for info in ctx.sentences:
        if not info.candidate:
            continue
        text = info.sentence.text
        if _ATTENDED.search(text):
            meeting = next((e for e in reversed(events) if e.kind in (EventKind.MEETING,
                                                                      EventKind.TALKS)), None)
            if meeting:
                meeting.participants = _union(meeting.participants, _people(ctx, info))
            continue
        if _NOT_REAL.search(text):
            continue
        if re.search(r"\b(?:[Tt]he|[Tt]his) visit\b", text) and not _VISIT.search(text):
            visit = next((e for e in reversed(events) if e.kind == EventKind.VISIT), None)
            start, end = _dates(ctx, info, [])
            if visit and start and start != ctx.event_date or (visit and end != start):
                visit.start, visit.end = start, end
            if visit:
                visit.participants = _union(visit.participants, _people(ctx, info))
            continue
        events.extend(_from_sentence(ctx, info, events))
    return _merge_within(events)


def _from_sentence(ctx: DocContext, info: SentenceInfo,
                   so_far: list[EventMention]) -> list[EventMention]:
    text = info.sentence.text
    people = _people(ctx, info)
    date_start, date_end = _dates(ctx, info, so_far)
    out: list[EventMention] = []
    gaz = gazetteer()
    here = _VISIT_HERE.search(text)
    if here and ctx.place and not any(e.kind == EventKind.VISIT for e in so_far):
        host = _country_of(ctx.place)
        visitor = _resolve(ctx, here.group("who")) if here.group("who") else None
        visiting = (visitor.country if visitor else None) or _country_in(here.group(0), host) \
            or _other(ctx, host or "")
        if host and visiting and visiting != host:
            who = visitor.name if visitor else gazetteer().name(visiting)
            return [_event(ctx, info, EventKind.VISIT, f"{who}'s visit to {ctx.place}",
                           date_start, date_end, ctx.place, host, visiting,
                           [visitor] if visitor else people)]
    hosted = _HOSTED.search(text)
    if hosted and len(people) >= 2:
        place = _place_in(text) or ctx.place
        host_c = _country_of(place)
        guest = next((p for p, m in zip(people, info.people, strict=False)
                      if m.start - info.sentence.start > hosted.start()), None)
        if guest and host_c and guest.country and guest.country != host_c:
            return [_event(ctx, info, EventKind.VISIT, f"{guest.name}'s visit to {place}",
                           date_start, date_end, place, host_c, guest.country, people)]
    visited = _VISITED_PERSON.search(text)
    if visited:
        host_person = _resolve(ctx, visited.group("host"))
        guest = _visitor(ctx, info, people, visited.start(), "") if host_person else None
        if host_person and guest:
            ranked = [c for c in ctx.pair if not c.startswith("IGO:")]
            host_c = host_person.country or (ranked[0] if ranked else None)
            guest_c = guest.country if guest.country != host_c else None
            guest_c = guest_c or next((c for c in ranked if c != host_c), None)
            if host_c and guest_c:
                return [_event(ctx, info, EventKind.VISIT,
                               f"{guest.name}'s visit to {host_person.name}", date_start,
                               date_end, None, host_c, guest_c, [guest, host_person])]
    during = _DURING_VISIT.search(text)
    if during and not any(e.kind == EventKind.VISIT for e in so_far) and people:
        place = _place_in(text) or ctx.place
        host = _country_of(place)
        guest = people[0]
        visiting = guest.country or next((c for c in _actors_ranked(ctx) if c != host), None)
        if host and visiting and visiting != host:
            out.append(_event(ctx, info, EventKind.VISIT, f"{guest.name}'s visit to {place}",
                              date_start, date_end, place, host, visiting, [guest]))
    visit = _VISIT.search(text)
    if visit and not _DURING_VISIT.search(text[:visit.end()]):
        place = visit.group("place")
        hit = gaz.lookup.get(place) or gaz.lookup.get(place.lower())
        host = hit[0] if hit and hit[1] in ("name", "alias", "capital", "city") else None
        if host:
            visitor = _visitor(ctx, info, people, visit.start(), host)
            visiting_country = (visitor.country if visitor else None) or _other(ctx, host)
            if visiting_country and visiting_country != host:
                display = place if hit and hit[1] in ("capital", "city") else gaz.name(host)
                who = visitor.name if visitor else gaz.name(visiting_country)
                out.append(_event(ctx, info, EventKind.VISIT, f"{who}'s visit to {display}",
                                  date_start, date_end, display, host, visiting_country,
                                  [visitor] + [p for p in people if p is not visitor]
                                  if visitor else people))
    if out:
        # "... visit to Islamabad, where he met A and B": the visit covers the meetings; the
        # people met take part in it.
        return out
    if not any(_OFFICIAL.search(p.role or "") for p in people):
        group = _group_event(ctx, info, people, (date_start, date_end))
        return [group] if group else out  # else: meetings of office-holders only
    for kind, pattern in ((EventKind.TALKS, _TALKS), (EventKind.MEETING, _MEETING),
                          (EventKind.CALL, _CALL), (EventKind.SUMMIT, _SUMMIT)):
        m = pattern.search(text)
        if not m:
            continue
        participants = people
        poss = re.search(r"([^\W\d_][\w-]+)(?:’s|'s)\s+(?:[\w-]+\s+)?(?:meeting|talks)\b", text)
        if poss:
            owner = ctx.person(poss.group(1))
            if owner:
                participants = _union([Actor(owner.name, owner.country, "person", owner.role)],
                                      participants)
        if _DURING_VISIT.search(text) or re.search(r"\b(?:his|her)\s+meeting\b", text):
            host_visit = next((e for e in reversed(so_far) if e.kind == EventKind.VISIT), None)
            if host_visit and host_visit.participants:
                participants = _union(host_visit.participants[:1], participants)
        if len(participants) < 2 and not (kind == EventKind.TALKS and _pair_talks(text)):
            if not (len(participants) == 1 and kind == EventKind.MEETING):
                continue
        place = _place_in(text) or ctx.place
        host = _country_of(place)
        host_visit = next((e for e in reversed(so_far) if e.kind == EventKind.VISIT), None) \
            if _DURING_VISIT.search(text) else None
        if host_visit:
            place, host = host_visit.place, host_visit.host_country
        countries = {p.country for p in participants if p.country}
        visiting = next((c for c in countries if c != host), None) or (
            _other(ctx, host) if host else None)
        names = [p.name for p in participants[:2]]
        title = (f"Talks between {' and '.join(names)}" if kind == EventKind.TALKS and names
                 else f"{names[0]} meets {names[1]}" if len(names) == 2
                 else f"{kind.value.title()} of {' and '.join(names) or 'the two sides'}")
        out.append(_event(ctx, info, kind, title, date_start, date_end, place, host, visiting,
                          participants))
        break
    return out


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


def _group_event(ctx: DocContext, info: SentenceInfo, people: list[Actor],
                 dates: tuple[str | None, str | None]) -> EventMention | None:
    """A meeting of governments named by its noun, with a governmental actor in the sentence."""
    text = info.sentence.text
    m = _GROUP_EVENT.search(text)
    if not m or _NOT_GROUP.search(text) or not _GOVERNMENTAL.search(text):
        return None
    if re.search(r"\b(?:next|upcoming|forthcoming|will|would|planned)\b", text[:m.start()][-60:]):
        return None  # a meeting still to come is not an event that happened
    noun = (m.group("noun") or "meeting").lower()
    kind = {"talks": EventKind.TALKS, "conference": EventKind.CONFERENCE,
            "summit": EventKind.SUMMIT}.get(noun, EventKind.MEETING)
    place = _place_in(text) or ctx.place
    host = _country_of(place)
    group = _GROUP_NAME.search(text)
    countries = [c for c in ctx.pair if c != host]
    label = group.group(0) if group else (
        " and ".join(gazetteer().name(c) for c in ctx.pair[:2]) or "governments")
    title = f"{kind.value.title()} of {label}" + (f" in {place}" if place else "")
    nearby = [p for i in ctx.sentences[max(0, info.sentence.index - 2):info.sentence.index + 3]
              for p in _people(ctx, i) if _OFFICIAL.search(p.role or "")]
    event = _event(ctx, info, kind, title, *dates, place, host,
                   countries[0] if countries and len(ctx.pair) == 2 else None,
                   _union(people, nearby))
    event.group = True
    return event


def _pair_talks(text: str) -> bool:
    return bool(re.search(r"talks between the two (?:sides|countries)|two sides .*talks", text))


def _event(ctx: DocContext, info: SentenceInfo, kind: EventKind, title: str, start: str | None,
           end: str | None, place: str | None, host: str | None, visiting: str | None,
           participants: list[Actor]) -> EventMention:
    a, b = quote_for(ctx, info, 0, len(info.sentence.text))
    source = Source(ctx.document.id, ctx.document.text[a:b], a, b)
    return EventMention(ctx.document.id, kind, title, source, start, end, place, host, visiting,
                        participants, info.sentence.index)


def _people(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    out: list[Actor] = []
    for p in info.people:
        full = ctx.person(p.name) or p
        if len(full.name.split()) < 2:
            continue  # a lone word the model took for a name, unresolved in the document
        actor = Actor(full.name, full.country or p.country, "person", full.role or p.role)
        if actor.name not in {x.name for x in out}:
            out.append(actor)
    return out


def _union(a: list[Actor], b: list[Actor]) -> list[Actor]:
    names = {x.name for x in a}
    return a + [x for x in b if x.name not in names]


def _visitor(ctx: DocContext, info: SentenceInfo, people: list[Actor], at: int,
             host: str) -> Actor | None:
    """The person whose visit it is: the possessor ("Sharif's visit") or the subject."""
    names = {p.name: p for p in people}
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


def _other(ctx: DocContext, host: str) -> str | None:
    return next((c for c in ctx.pair if c != host and not c.startswith("IGO:")), None)


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
    for e in info.dates:
        if e.value and "W" in e.value:
            continue  # "this week": the article's date says more
        if e.range and len(e.range[0]) >= 7 and is_calendar(e.range[0]):
            return e.range
        if is_calendar(e.value) and not e.range and len(e.value or "") >= 7:
            return e.value, e.value
    return ctx.event_date, ctx.event_date


def _place_in(text: str) -> str | None:
    gaz = gazetteer()
    for m in re.finditer(r"\b(?:in|at)\s+([A-Z][\w'’-]+)", text):
        if m.group(1) in gaz.places:
            return m.group(1)
    return None


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


def _same_gathering(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one meeting of governments: same place, no group name that differs
    (the Group of Five's talks are not the Group of Seven's meeting)."""
    ga, gb = _GROUP_NAME.search(a.title), _GROUP_NAME.search(b.title)
    if ga and gb and _group_key(ga.group(0)) != _group_key(gb.group(0)):
        return False
    return bool(a.place and a.place == b.place) and (a.group or b.group)


def _group_key(name: str) -> str:
    words = {"five": "5", "seven": "7", "ten": "10", "eight": "8"}
    m = re.search(r"(\d+|Five|Seven|Ten|Eight)", name)
    token = m.group(1).lower() if m else name
    return words.get(token, token)


def _merge_within(events: list[EventMention]) -> list[EventMention]:
    """One visit per pair of countries and one meeting per group of people in a document."""
    merged: list[EventMention] = []
    for e in events:
        target = None
        for m in merged:
            if not _compatible(m, e):
                continue
            if e.kind == m.kind == EventKind.VISIT and (e.host_country, e.visiting_country) == (
                    m.host_country, m.visiting_country):
                target = m
            elif EventKind.VISIT not in (e.kind, m.kind) and _same_gathering(e, m):
                target = m
            elif EventKind.VISIT not in (e.kind, m.kind) and {p.name for p in e.participants} & {
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
        if e.start and e.end and (not target.start or (e.start != e.end and target.start == target.end)):
            target.start, target.end = e.start, e.end
        if e.place and (not target.place or (e.place in gazetteer().places
                                              and target.place not in gazetteer().places)):
            target.place = e.place
    merged = [m for m in merged if m.group or m.kind == EventKind.VISIT or len(m.participants) >= 2]
    # People met during a visit took part in it.
    for v in merged:
        if v.kind != EventKind.VISIT:
            continue
        for m in merged:
            if m.kind != EventKind.VISIT and _compatible(v, m) and (
                    {p.name for p in m.participants} & {p.name for p in v.participants}):
                v.participants = _union(v.participants, m.participants)
    return merged
