"""Candidate meetings of one sentence: a meeting, talks or a call told by its verb or noun,
a meeting whose partner stands across an aside, a sitting of a joint body or council, and a
ceremony between states."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from accords.annotate.context import EVENT_TRIGGER, DocContext, SentenceInfo
from accords.annotate.gazetteer import gazetteer, officeholders
from accords.data import load_json
from accords.extract.event_bodies import body_named, body_states, sits_again
from accords.extract.event_ceremonies import between_states, lender_officer
from accords.extract.event_common import (
    _DURING_VISIT,
    _GROUP_EVENT,
    _GROUP_NAME,
    _MEET_SATISFY,
    _RELATIVE_ASIDE,
    _TITLE,
    _holds_office,
    _other,
    _Sentence,
    _union,
)
from accords.extract.event_councils import council_act
from accords.extract.event_groups import _group_event
from accords.extract.event_offices import office_states
from accords.extract.event_people import named_nearby
from accords.extract.event_places import (
    _place_in,
    _seat_place,
    _trip_place,
    attached_place,
    state_place,
)
from accords.extract.event_roles import (
    _SAYING,
    REACTING,
    _antecedent,
    _pronoun_subject,
    _speaker_at,
    _subject,
    comments_only,
)
from accords.records import Actor, EventMention
from accords.vocab import EventKind

# "signed by A and B at the end of their talks": the talks of those the clause names, the
# people named at most _THEIR_REACH characters before
_THEIR_TALKS = re.compile(r"(?:after|during|at the end of|following|in|on the sidelines of)\s+"
                          r"their\s+(?:[\w-]+\s+){0,2}?(?:talks|consultations)", re.I)
# ... and the meeting told the same way: "Following their meeting on Tuesday, A and B told
# reporters ...", "after their meeting in Rome" (the people the clause names, before or after)
_THEIR_MEETING = re.compile(r"(?:after|during|at the end of|following|on the sidelines of)\s+"
                            r"their\s+(?:[\w-]+\s+){0,2}?meetings?", re.I)
_THEIR_REACH = 150
# (ministries tell talks between their officials as "consultations": "held political
# consultations with", "consultations between the foreign ministries")
_TALKS = re.compile(r"\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,2}(?:talks|consultations)\b|"
                    r"\bconsultations\s+(?:with|between)\b|"
                    # "held three days of talks"
                    r"\b(?:held|hold|holds|holding)\s+\w+\s+(?:days|rounds|hours)\s+of\s+talks\b|"
                    r"\btalks\s+"
                    r"(?:with|between)\b|\bdelegation-level talks\b|"
                    # "signed by A and B at the end of their talks": the talks of those the
                    # clause names
                    rf"\b{_THEIR_TALKS.pattern}\b", re.I)
# "the announcement was met with caution": met as received, in the passive, with a thing.
_MET_RECEIVED = r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeing )"
_MEETING = re.compile(rf"\b(?:met|meets|meet)\b(?!{_MEET_SATISFY})(?!\s+with\s+(?-i:[a-z]))|"
                      rf"{_MET_RECEIVED}\bmet\b(?!{_MEET_SATISFY})|"
                      r"\bmeetings?\s+(?:with|between)\b|"
                      # "Putin and Xi held a bilateral meeting"
                      r"\b(?:held|hold|holds|holding|had)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}"
                      r"meetings?\b|"
                      r"\b(?:discussed|held discussions)\b.{0,80}\bwith\b|"
                      rf"\b{_THEIR_MEETING.pattern}\b", re.I)
_CALL = re.compile(r"\b(?:tele)?phone (?:call|conversation|talks|summit)\b|\b(?:tele)?phoned\b|"
                   r"\b(?:conference|video) call\b|"
                   # "held a video conference with X", "X and Y held a videoconference": a call
                   # by video between the sides, as agencies tell it since 2020 (held by them:
                   # "will have to settle for a video conference with X" tells no call held)
                   r"\b(?:held|hold|holds|holding|had)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                   r"video[- ]?conference\b|"
                   r"\b(?:spoke|spoken|talked|speak|talk)\s+(?:by|over the|on the)\s+(?:tele)?phone\b|"
                   # the phone told after the one spoken with: "X spoke with President Y by
                   # telephone on Sunday" (in the clause: no sentence or clause break between)
                   r"\b(?:spoke|spoken|talked)\s+(?:with|to)\s+[^.;:]{1,80}?\b(?:by|over the|on the)"
                   r"\s+(?:tele)?phone\b|"
                   # "X called / rang / dialled President Y on Tuesday to discuss ...": the verb
                   # with a name for its object and what a call is for or when (not "called Y a
                   # liar", "called for a ceasefire", "called Y's decision ...")
                   r"\b(?:called|rang|dialled|dialed)\s+(?:up\s+)?(?:his\s+|her\s+)?"
                   r"(?-i:(?:(?:[A-Z][\w.'’-]*|da|de|del|dos|do|bin|al|el|van|von|le|la)\s+){1,8}?)(?!'s|’s)"
                   r"(?=(?:on\s+(?-i:[A-Z][a-z]+day)|yesterday|today|late\s+on|earlier|last\s+"
                   r"(?:week|night)|to\s+(?:discuss|congratulate|express|offer|convey|thank|"
                   r"review|brief|talk|inform))\b)|"
                   # the host's side: "X took / received a (phone) call from Y"
                   r"\b(?:took|received|had)\s+an?\s+(?:phone\s+|telephone\s+)?call\s+from\b",
                   re.I)
_SUMMIT = re.compile(r"\bsummit\b", re.I)


# Talks with one person and a meeting with another told as two verbs of one subject ("the
# minister held talks with his counterpart on Monday and later met the president"): two
# events (GUIDE: each pair that met is its own event), those named after "met" the meeting's.
_TALKS_AND_MET = re.compile(
    r"\b(?:held|holds)\s+(?:[\w-]+\s+){0,2}?talks\s+with\b[^.;]*?(?:,\s*|\s+)and\s+"
    r"(?:(?:also|later|then|separately|afterwards)\s+)?(?:(?:met|meets)\s+(?:with\s+)?|"
    # "... and later called on General Secretary Z" (a courtesy call, not "called on Z to
    # act": an appeal)
    r"(?:called|calls|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit))\s+on\s+"
    r"(?![^.;,]*?\bto\s+(?-i:[a-z])))")


def _talks_then_met(ctx: DocContext, info: SentenceInfo,
                         e: EventMention) -> list[EventMention]:
    """The talks and, apart, the meeting with those named after the second verb (and the
    organization's gathering on whose sidelines they met, when the sentence names one)."""
    return [*_talks_and_met_apart(ctx, info, e), *_sidelines_gathering(ctx, info, e)]


# "met X on the sidelines of the G20 summit", "signed ... on the sidelines of a summit of the
# OIC": the gathering was held too, on the same day, by its organization.
_SIDELINES_OF = re.compile(r"\bon the sidelines of (?:an?|the)\s+(?:[\w’'-]+\s+){0,4}?"
                           r"(?=(?:summit|conference)\b)", re.I)


def _sidelines_gathering(ctx: DocContext, info: SentenceInfo,
                         e: EventMention) -> list[EventMention]:
    """The organization's summit or conference on whose sidelines the event took place; none
    when the gathering names no organization ("a summit in Abu Dhabi": whose is not told)."""
    text = info.sentence.text
    m = _SIDELINES_OF.search(text)
    if not m or e.group or e.kind == EventKind.VISIT:
        return []
    noun = _GROUP_EVENT.match(text, m.end())
    # (its organization named in the phrase: "the G20 summit", "a summit of the OIC")
    phrase = text[m.start():m.end() + 80]
    named = _GROUP_NAME.search(phrase) or any(
        p.form == "igo" and p.text in phrase for p in info.places)
    if not noun or not named:
        return []
    gathering = _group_event(ctx, info, [], (e.start, e.end), noun)
    if gathering is None or gathering.missing:
        return []
    gathering.status = e.status
    # (its members, not the pair that met aside: their meeting stays its own event; but a
    # caption with no verb, "X and Y on the sidelines of the G20 summit", tells no meeting
    # aside, only that they were there)
    verbless = info.parse is not None and not any(t.tag.startswith(("VB", "MD"))
                                                  for t in info.parse.tokens)
    gathering.participants = list(e.participants) if verbless else []
    if verbless and e.kind == EventKind.SUMMIT:
        # (the caption's summit noun is the organization's: the pair's own is a meeting)
        e.kind = EventKind.MEETING
    return [gathering]


def _talks_and_met_apart(ctx: DocContext, info: SentenceInfo,
                         e: EventMention) -> list[EventMention]:
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


def _body_sitting(s: _Sentence) -> EventMention | None:
    """'The Kenyan-Ugandan Joint Trade Committee will hold its third session in Entebbe in
    May': a meeting of the two states the body's name gives, hosted where it sits."""
    found = body_states(s.text)
    if not found and sits_again(s.text) and not EVENT_TRIGGER.search(s.text):
        # "The next session of the commission will be held in Moscow": the body the article
        # named last before it (a sentence with a word of meeting is read by the group rule:
        # "They agreed to hold the ninth meeting of the joint commission in Nay Pyi Taw")
        found = next((named for i in range(s.info.sentence.index - 1, -1, -1)
                      if (named := body_named(s.ctx.sentences[i].sentence.text))), None)
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


def _ceremony(s: _Sentence) -> EventMention | None:
    """'President X attended the handover ceremony along with Foreign Minister Y': a ceremony
    of officials of two states. Those named in an aside about someone ('Y, who had signed the
    treaty with Z in Cape Town in February') and the aside's place are not the ceremony's."""
    aside = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(s.text)]
    at = s.info.sentence.start
    outside = {(s.ctx.person(m.name) or m).name for m in s.info.people
               if not any(a <= m.start - at < b for a, b in aside)}
    people = [p for p in s.people if p.name in outside]
    lender = lender_officer(s.text, people, s.info.organizations)
    if not between_states(s.text, people, lender) or not any(_holds_office(p) for p in people):
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


# The call as the verb's means: "discussed the deal with President Y in a phone call",
# "talked ... during a telephone conversation" (a call, whatever verb tells what was said).
_BY_CALL = re.compile(r"\b(?:in|during|over|via)\s+(?:an?|the|their|his|her)\s+$", re.I)
# (in the verb's own clause: "held talks with X and later, in a phone call, thanked Y" is two)
_CLAUSE_BREAK = re.compile(r"[,;:]|\band\b|\bbut\b")


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
    if call and (all(m.end() > call.start() for m in others)
                 or _BY_CALL.search(s.text[:call.start()]) and not _CLAUSE_BREAK.search(
                     s.text[min(m.start() for m in others):call.start()])):
        kinds = [(EventKind.CALL, _CALL), *(k for k in kinds if k[0] != EventKind.CALL)]
    for kind, pattern in kinds:
        found = pattern.search(s.text)
        if not found:
            continue
        participants = _not_reporters(s, found.end())
        if _THEIR_TALKS.fullmatch(found.group(0)) or _THEIR_MEETING.fullmatch(found.group(0)):
            # "a statement made by A and B after their January 21 consultations": "their" is
            # the people named just before, not everyone the sentence names
            at = s.info.sentence.start
            near = {(s.ctx.person(p.name) or p).name for p in s.info.people
                    if at + found.start() - _THEIR_REACH <= p.start < at + found.start()}
            if len([p for p in participants if p.name in near]) >= 2:
                participants = [p for p in participants if p.name in near]
        subject = _subject(s, found.start()) or _speaker_at(s, found.start()) \
            or _pronoun_subject(s, found.start())
        if subject:  # "Baldrige will meet President Chun": the one who meets, first
            participants = _union([subject], participants)
        participants = _between_only(s, found, participants)
        participants = _not_reporting_speakers(s, found, participants)
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
        if sides and participants:
            # "held talks with his Peruvian counterpart. Peruvian President X said ...": the
            # side's office-holder named in the next sentences
            participants = _union(participants, named_nearby(s.ctx, s.info, sides, participants))
            sides = [c for c in sides if c not in {p.country for p in participants}]
        trip = None if _place_in(s.text) else _trip_place(s.text)
        place = attached_place(s.info, found.start(), found.end()) or _place_in(s.text) or trip \
            or state_place(s.info, found.start(), found.end()) or s.ctx.place
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
        names = [p.name for p in _two_sides(participants)] \
            or [gazetteer().name(c) for c in sides[:2]]
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


def _two_sides(people: list[Actor]) -> list[Actor]:
    """The two people a title names: the first two, but when those two are of one state and a
    later one is not of it, the first and that one ("A and B held a meeting with officials,
    including C": "A meets C", not "A meets B", two of one side)."""
    if len(people) < 3 or people[0].country is None or people[1].country != people[0].country:
        return people[:2]
    # (one of another known state first, then one of no known state)
    other = next((p for p in people[2:] if p.country and p.country != people[0].country),
                 None) or next((p for p in people[2:] if p.country is None), None)
    return [people[0], other] if other else people[:2]


# "a meeting between A, B and C": the gathering names its sides itself (not "between him
# and B", where the one who speaks is a side)
_BETWEEN = re.compile(r"(?:meetings?|talks|consultations)\s+between\b"
                      r"(?![^.;]{0,80}\b(?:him|her|himself|herself|them|us|me)\b)", re.I)
# "told a news conference at a meeting between ...": the speaker is at the gathering
_AT_GATHERING = re.compile(r"\b(?:at|during|on the sidelines of|on the fringes of)\s+"
                           r"(?:[\w'’-]+\s+){0,3}$", re.I)


def _between_only(s: _Sentence, found: re.Match[str], people: list[Actor]) -> list[Actor]:
    """The people of a gathering "between" named sides but one named before it who only says
    something of it or reacts to it ("X welcomed the outcome of a meeting between A, B and C",
    "X said talks between A and B would resume"; not one "at" it; the blind audit: such a
    commentator was made a participant)."""
    at = found.start()
    if not _BETWEEN.match(s.text, at) or _AT_GATHERING.search(s.text[:at]):
        return people  # (not "X told a news conference at a meeting between ...": he was there)
    before = {p.name for p in people
              if (m := re.search(rf"\b{re.escape(p.name.split()[-1])}\b", s.text)) is not None
              and m.start() < at}
    return [p for p in people
            if p.name not in before or not comments_only(s, p, at, _SAYING | REACTING)]


# Verbs whose subject reports what its clausal complement tells ("X said / noted / told
# reporters that A met B"): the reporter, not one of those the clause names
# (data/event_sides.json, "reporting_verbs").
@cache
def _reporting() -> frozenset[str]:
    return frozenset(load_json("event_sides.json")["reporting_verbs"])


# The verbs that tell a meeting itself ("met", "will meet", "held talks", "had a meeting").
_MEETING_VERBS = frozenset(("met", "meet", "meets", "meeting", "held", "hold", "holds",
                            "holding", "had", "discussed"))


def _not_reporting_speakers(s: _Sentence, found: re.Match[str],
                            people: list[Actor]) -> list[Actor]:
    """The gathering's people but the subject of a verb of saying whose clausal complement
    (`ccomp`) holds the verb of meeting with a subject of its own ("X noted that A met with
    B", "X told reporters A would meet B next week": X reports the meeting, he did not sit at
    it). Not when the meeting's clause holds a personal pronoun ("X said A met him", "X said
    he met B": X is one of them), nor when no verb of meeting opens the match (a call told by
    its noun under "said": "X said Y told him in a telephone conversation" is X's call)."""
    parse = s.info.parse
    if parse is None or len(people) < 2:
        return people
    toks = parse.tokens
    verb = next((i for i, t in enumerate(toks) if found.start() <= t.start < found.end()
                 and t.tag.startswith("VB") and t.text.lower() in _MEETING_VERBS), None)
    if verb is None or not any(t.head == verb and t.dep in ("nsubj", "nsubjpass")
                               and t.text.lower() not in _PRONOUNS_OF_PEOPLE
                               for t in toks):
        return people
    if any(t.text.lower() in _PRONOUNS_OF_PEOPLE and parse.in_subtree(k, verb)
           for k, t in enumerate(toks)):
        return people
    reporters: set[int] = set()
    at = verb
    while toks[at].head != at and toks[at].dep in ("ccomp", "conj"):
        up = toks[at].head
        if toks[at].dep == "ccomp" and toks[up].text.lower() in _reporting() \
                and toks[up].tag.startswith("VB"):
            reporters |= {k for k, t in enumerate(toks) if t.head == up and t.dep == "nsubj"}
        at = up
    if not reporters:
        return people
    spans = [parse.subtree_span(k) for k in reporters]
    out = []
    for p in people:
        where = [m.start() for m in re.finditer(rf"\b{re.escape(p.name.split()[-1])}\b", s.text)]
        # (only one named in the reporter's subject and nowhere in the meeting's clause)
        if where and all(any(a <= w < b for a, b in spans) for w in where):
            continue
        out.append(p)
    return out if out else people


_PRONOUNS_OF_PEOPLE = frozenset(("he", "she", "i", "we", "they", "him", "her", "them", "us",
                                 "me", "who"))


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


def _pair_talks(text: str) -> bool:
    return bool(re.search(r"talks between the two (?:sides|countries)|two sides .*talks", text))
