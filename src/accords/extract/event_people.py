"""The people an event's sentence names as taking part: its named persons less commentators,
sources, reporters and names used as modifiers, office-holders named by honorific or title,
and people of the article found again by surname."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.context import EVENT_TRIGGER, DocContext, SentenceInfo
from accords.annotate.entities import PersonMention
from accords.annotate.gazetteer import gazetteer, officeholders
from accords.data import load_json
from accords.extract.event_common import _MEET_SATISFY, _OFFICIAL, _TITLE, _holds_office, _union
from accords.records import Actor

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
# ("hosted his Namibian counterpart X, ... spokesman Y said": the possessive of a counterpart is
# the host's, no pronoun of the speaker)
_COUNTERPART_OF = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’-]*\s+){0,2}counterparts?\b")
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
    # "told Reuters after a special session": one who was there; after "according to" the
    # source is named, then only his title may follow: "according to a statement signed by
    # X, Director of Communications at the Presidency")
    closing = 40 if said is None or not said.group(0).lower().startswith("according") \
        else start - (comma + 1) + len(p.name) + 80
    return said is not None and len(clause) - said.end() < closing \
        and not (EVENT_TRIGGER.search(clause) or _SESSION.search(clause)) \
        and not _SPEAKER_IN_EVENT.search(_COUNTERPART_OF.sub("", text[:comma]))


# "the first such visit since 2008, when X hosted Y": a clause of another, earlier time, whose
# people are background to the sentence's event (the clause runs on to the person, no full
# stop or semicolon between).
_EARLIER_WHEN = re.compile(r"\b(?:in|since|until|before)\s+(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d,?"
                           r"\s+when\b(?:[^;.]|(?<=\b[A-Z])\.){0,120}$")  # (an initial's stop: "George W. Bush")


# "the first such summit since X met Y in 2019": the people of a since-clause of meeting, its
# subject (the verb follows him) and those it met, are background.
_SINCE_MET_BEFORE = re.compile(r"\bsince\s+(?:(?:[A-Z][\w'’-]*|[A-Z]\.)\s+){1,5}?(?:met|visited|"
                               r"hosted|received)\b[^;.]{0,60}$")
_SINCE_SUBJECT = re.compile(r"\bsince\s+(?:(?:[A-Z][\w'’-]*|[A-Z]\.)\s+){0,3}$")
_MET_AFTER = re.compile(r"^\s+(?:met|visited|hosted|received)\b")


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
# "The summit will be held in Labuan Bajo": a name after where a gathering is held or a
# traveller arrives is a place the gazetteer lacks and the person model took for a name.
_PLACE_SLOT_BEFORE = re.compile(r"\b(?:held|hosted|opened|opens|convened|take place|takes place|"
                                r"took place|arrived|arrives|arrive|arriving)\s+in\s+$")
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
                or _outlet_reporter(info.sentence.text, p.start - at, p.end - at) \
                or _EARLIER_WHEN.search(info.sentence.text[:p.start - at]) \
                or _SINCE_MET_BEFORE.search(info.sentence.text[:p.start - at]) \
                or _SINCE_SUBJECT.search(info.sentence.text[:p.start - at]) \
                and _MET_AFTER.match(info.sentence.text[p.end - at:]) \
                or not p.role and _PLACE_SLOT_BEFORE.search(
                    info.sentence.text[max(0, p.start - at - 30):p.start - at]):
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
            elif term is None and p.role not in _leader_offices():
                continue  # a lone word the model took for a name, unresolved in the document
            elif term is None:
                # "President Okafor of Nigeria", "Prime Minister Kaja": a leader the text names
                # by office and surname, whom neither the article nor the table gives in full
                full = p
            else:
                full = PersonMention(p.start, p.end, term.name, p.role,
                                     p.country or term.country)
        actor = Actor(full.name, full.country or p.country, "person", full.role or p.role)
        if actor.name not in {x.name for x in out}:
            out.append(actor)
    return _without_rank_doubles(out)


@cache
def _leader_offices() -> frozenset[str]:
    """Offices that name a leader or minister by surname alone (data/titles.json)."""
    return frozenset(load_json("titles.json")["surname_heads"])


# Military ranks and titles the person model can take into a name ("Colonel Major X").
_RANK_WORDS = re.compile(rf"(?:(?:{_TITLE}|Colonel|Col\.?|Major|Lieutenant|Lt\.?|Brigadier|"
                         r"Brig\.?|Admiral|Adm\.?|Commander|Captain|Capt\.?|Marshal|Air|Vice|"
                         r"Rear|Field|Chief)\s+)+")


def _rank_double(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` (two words or more) after ranks or titles only."""
    return len(shorter.split()) >= 2 and longer.endswith(" " + shorter) \
        and _RANK_WORDS.fullmatch(longer[:-len(shorter)]) is not None


def _without_rank_doubles(people: list[Actor]) -> list[Actor]:
    """One person read twice, once with the rank or title the model took into the name
    ("counterpart, Colonel Major Barthelemy Simpore" and "Barthelemy Simpore"): keep the
    name without the rank, with the longer one's role and state. (Not a given name before a
    double surname: "Fernando Santos Alvite" is the full name of "Santos Alvite".)"""
    out: list[Actor] = []
    for a in people:
        shorter = next((b for b in people if b is not a and _rank_double(a.name, b.name)), None)
        if shorter is None:
            longer = next((b for b in people if b is not a and _rank_double(b.name, a.name)),
                          None)
            if longer is not None:
                a = Actor(a.name, a.country or longer.country, a.type, a.role or longer.role)
            out.append(a)
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


# How far after the sentence of the meeting a side's office-holder may be named: "held talks
# with his Peruvian counterpart on Thursday. Peruvian President X said the two leaders ..."
_COUNTERPART_REACH = 2


def named_nearby(ctx: DocContext, info: SentenceInfo, sides: list[str]) -> list[Actor]:
    """For each state the meeting's sentence names only by an office ("his Peruvian
    counterpart", "the Hungarian prime minister"), the one office-holder of that state the next
    sentences name (the blind audit: one side of a bilateral meeting dropped when its name is in
    another sentence). None when two of that state are named there: which one met is unknown."""
    out: list[Actor] = []
    here = info.sentence.index
    near = [s for s in ctx.sentences if here < s.sentence.index <= here + _COUNTERPART_REACH]
    for side in sides:
        found: dict[str, Actor] = {}
        for other in near:
            for p in _people(ctx, other):
                term = officeholders().resolve(p.name, ctx.published) \
                    if p.country is None or p.role is None else None
                actor = Actor(p.name, p.country or (term.country if term else None), "person",
                              p.role or (term.role if term else None))
                # (one the table of office-holders knows held an office, even with no role)
                if actor.country == side and (_holds_office(actor) or term is not None):
                    found.setdefault(p.name, actor)
        if len(found) == 1:
            out.extend(found.values())
    return out
