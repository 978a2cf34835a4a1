"""Whether a reported event took place: held, planned, cancelled, or not an event at all
(negated or only imagined), and when a planned one is to take place. Cue words are data
(data/event_status.json), read around the word that names the event."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from accords.annotate.context import WIRE_DATELINE, DocContext, SentenceInfo
from accords.annotate.dates import TimeExpression, is_calendar
from accords.annotate.syntax import Parse, Token
from accords.data import load_json
from accords.records import EventMention
from accords.vocab import EventKind, EventStatus

# Words that name an event of each kind; the first of the kind's family in a sentence is the
# event's trigger, around which the status cues are read.
_TRIGGERS: dict[EventKind, str] = {
    EventKind.VISIT: r"visit\w*|trips?|tour(?:s|ed|ing)?|arriv\w*|travel\w*|hosted|received|welcomed"
                     r"|landed|touched\s+down|flew\s+into"
                     r"|go|went|fl(?:y|ies|ew)|headed",
    EventKind.MEETING: r"meet(?:s|ing|ings)?|met|discuss\w*|conferred|gathered|convened|session",
    EventKind.TALKS: r"talks|consultations",
    EventKind.CALL: r"(?:tele)?phoned?|call|spoke|talked",
    EventKind.SUMMIT: r"summit",
    EventKind.CONFERENCE: r"conference|session",
    EventKind.CEREMONY: r"ceremony",
}
_ANY_TRIGGER = re.compile(r"\b(?:" + "|".join(_TRIGGERS.values()) + r")\b", re.I)


@dataclass(frozen=True)
class _Cues:
    before: int
    after: int
    past: re.Pattern[str]
    classes: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    clause: int


@cache
def _cues() -> _Cues:
    table = load_json("event_status.json")
    return _Cues(int(table["window_before"]), int(table["window_after"]),
                 re.compile(rf"^(?:{table['past_triggers']})$", re.I),
                 tuple((name, re.compile(rf"\b(?:{b})\b", re.I), re.compile(rf"\b(?:{a})\b", re.I))
                       for name, b, a in table["classes"]),
                 int(table["window_after_cancelled"]))


# Where the event's clause ends: a semicolon, or a comma before a new clause ("..., but talks
# went ahead"). A predicate after the noun and before it is the event's own.
# (not the full stop of an initial or abbreviation: "a visit by U.S. Secretary of State X")
_CLAUSE_END = re.compile(r";|,\s+(?:but|and|while|whereas|although)\b|(?<!\b[A-Z])\.\s", re.I)


# An adjunct of a participle that opens the sentence, up to its comma ("After travelling this
# week to France, ...", "Before meeting the premier, ..."): it tells a step before or beside
# the main clause's, in its own time.
_OPENING_ADJUNCT = re.compile(r"\W*(?:After|Before|While|Since|Following|Besides|Upon|On|"
                              r"Having)\s+(?:(?-i:[a-z])\w+ing|been|had)\b[^,;]*,")


def trigger(text: str, kind: EventKind) -> re.Match[str] | None:
    """The word of the sentence that names an event of this kind (or any event word); not one
    in an opening adjunct of a participle when the main clause has a word of the kind of its
    own ("After travelling this week to France, X hopes to visit Canada next week": the
    visit's word is "visit", whose tense and time are the visit's)."""
    family = re.compile(rf"\b(?:{_TRIGGERS[kind]})\b", re.I)
    own = family.search(text)
    if own:
        line = WIRE_DATELINE.match(text)
        lead = _OPENING_ADJUNCT.match(text, line.end() if line else 0)
        if lead and own.start() < lead.end():
            return family.search(text, lead.end()) or own
    return own or _ANY_TRIGGER.search(text)


def names_event(text: str) -> bool:
    """The text has a word that names a visit, meeting or other event."""
    return _ANY_TRIGGER.search(text) is not None


# A sentence that opens with a condition and names the event right after its comma ("But if
# any member objects to the new rules, a meeting would be called"): the event is imagined. The
# condition is often longer than the window of cues before the event's word; a condition of
# three words or more ("If anything, the meeting ..." is no condition).
_CONDITIONAL_LEAD = re.compile(
    r"^\W*(?:but\s+|and\s+)?(?:if|unless)(?:\s+[^\s,;:]+){3,},\s*(?:[\w'’-]+\s+){0,3}$", re.I)


# A trip told in the present simple with a day ("the minister flies on to Oslo on Friday",
# "heads to Hanoi tomorrow"): in news style a stop still ahead. (A past trip is told in the past.)
_PRESENT_TRAVEL = re.compile(r"(?:travels|flies|heads|leaves|departs|goes)", re.I)
# ("flies to Brussels today for talks": the present simple of a trip with the day of filing is
# its timetable, still ahead; a trip made is told in the past)
_ON_WEEKDAY = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)|tomorrow|tonight|today|this\s+(?:afternoon|evening)|"
                           r"next\s+(?:week|month))\b", re.I)


# An infinitive coordinated with an earlier one ("agreed to set up a commission and to hold
# its first session"): both hang from the first one's verb ("agreed"), which may stand further
# back than the window of cues before the event's word.
_SECOND_INFINITIVE = re.compile(r"\s+and\s+to\s+(?-i:[a-z])\w+\s+(?:[\w'’-]+\s+){0,4}$")
_FIRST_INFINITIVE = re.compile(r"\bto\s+(?-i:[a-z])\w+\b")


# (up to eight words: "the visit of Ethiopian Prime Minister Abiy Ahmed to Kenya has been
# postponed" names the visitor and the place before the predicate)
_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,8}?"
                        r"(?=(?:is|are|was|were|will|would|has|have|had)\b)", re.I)


def _without_first_conjunct(text: str, start: int) -> str:
    """The sentence with the first of two coordinated infinitives dropped, so that the second,
    which governs the event's word at `start`, follows their common verb; else the text."""
    second = _SECOND_INFINITIVE.search(text[:start])
    if not second:
        return text
    clause = re.split(r"[;:]", text[:second.start()])[-1]
    offset = second.start() - len(clause)
    first = next(_FIRST_INFINITIVE.finditer(clause), None)
    if first is None:
        return text
    return text[:offset + first.start()] + text[second.start():].lstrip()[len("and "):]


def event_status(text: str, kind: EventKind) -> EventStatus | None:
    """The status of the event of this kind the sentence reports; None when the sentence
    negates it or only imagines it ('did not meet', 'could visit', 'invited him to visit')."""
    cues = _cues()
    at = trigger(text, kind)
    if at:
        text = _without_first_conjunct(text, at.start())
        at = trigger(text, kind)
    start, end = (at.start(), at.end()) if at else (0, len(text))
    before = text[max(0, start - cues.before):end]
    # ("the 5th session of the intergovernmental commission is scheduled for October": the
    # noun's of-phrase stands between it and its predicate; the window reaches past it)
    of_phrase = _OF_PHRASE.match(text, end)
    after = text[end:(of_phrase.end() if of_phrase else end) + cues.after]
    past = bool(at and cues.past.match(at.group(0)))
    # "The conference scheduled for next week in Vienna has been called off": the predicate of
    # an event's noun may come after a long modifier; a cancellation anywhere in the rest of
    # the clause is the event's own.
    clause = text[end:end + cues.clause]
    cut = _CLAUSE_END.search(clause)
    clause = clause[:cut.start()] if cut else clause
    if _CONDITIONAL_LEAD.match(text[:start]):
        return None
    if not past and words("proposed").search(before):
        # "called for an urgent meeting", "moves for a summit", "would require him to enter
        # into talks": only asked for; planned once the clause gives it a day (ninth audit)
        return EventStatus.PLANNED if words("proposed_day").search(clause) else None
    for name, b, a in cues.classes:
        if past and name in ("hypothetical", "planned"):
            continue
        if b.search(before) or a.search(clause if name == "cancelled" else after):
            if name in ("negated", "hypothetical"):
                return None
            return EventStatus(name)
    if not past and words("planned_clause").search(clause):
        return EventStatus.PLANNED  # "talks ... begin at the residence later on Wednesday"
    if at and _PRESENT_TRAVEL.fullmatch(at.group(0)) and _ON_WEEKDAY.search(clause):
        return EventStatus.PLANNED  # "she flies on to Lima on Friday": news present, ahead
    return EventStatus.HELD


_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "’ll"})
# Verbs whose infinitive tells whether a thing came about, in their own tense ("failed to
# reach agreement at the talks", "managed to", "tried to"): not an intention ahead.
_IMPLICATIVE = frozenset({"failed", "fails", "managed", "manages", "tried", "tries",
                          "attempted", "attempts", "struggled", "struggles", "sought"})
# A clause in the present that opens with one of these and hangs from a verb in the future or
# under a modal tells of a time ahead ("A deal could come in May, when the members gather for
# a summit"); the modals that say so there, beyond the future's own.
_WHEN_WORDS = frozenset({"when", "once", "until", "before"})
_WHEN_MODALS = _FUTURE_AUX | {"could", "may", "might"}


def governed_by_future(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's word hangs, by the parse, from a verb in the future or an infinitive
    ("July's G8 summit ... will use the report", "he would seek ... backing at the Venice
    summit"): the event is still ahead."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return False
    toks = parse.tokens
    i = parse.token_at(at.start(), at.end())
    seen = set()
    via_prep = False  # (the gathering reached through a preposition: "At the meeting, ...")
    while i is not None and i not in seen:
        seen.add(i)
        if toks[i].dep == "prep" and not toks[i].tag.startswith("VB"):
            via_prep = True
        if toks[i].tag.startswith("VB"):
            children = [c for k, c in enumerate(toks) if k != i and c.head == i]
            if toks[i].tag == "VB" and toks[i].dep == "conj" and not any(
                    c.dep in ("aux", "auxpass") for c in children):
                # "would try to resolve the dispute and discuss the summit": a bare verb
                # joined to another takes that one's tense
                i = toks[i].head if toks[i].head != i else None
                continue
            if toks[i].tag == "VB" and toks[i].dep == "xcomp" and toks[i].head != i \
                    and toks[toks[i].head].text.lower() in _tense_giving():
                # "failed to reach agreement at two days of talks", "continued to oppose the
                # scheme at a meeting": the infinitive of a verb that says whether it came
                # about, of a verb of aspect or of ability ("were unable to agree at the
                # meeting"), takes that verb's tense, not the future
                i = toks[i].head
                continue
            if toks[i].tag == "VB" and toks[i].dep in ("xcomp", "advcl") and toks[i].head != i \
                    and _stay_so_far(parse, toks[i].head):
                # "who has been in the UK to attend the G7 meeting": the purpose of a stay
                # that has lasted to now; the gathering is no longer ahead (evdate23)
                i = toks[i].head
                continue
            if toks[i].tag == "VB" and toks[i].dep in ("xcomp", "advcl") and toks[i].head != i \
                    and toks[i].text.lower() in _BEGINNING \
                    and toks[toks[i].head].tag == "VBD" \
                    and toks[toks[i].head].text.lower() in _COMING_TOGETHER:
                # "Top officials arrived at the Treasury to begin a meeting": the beginning
                # that a past coming-together was for follows it at once; the gathering is
                # under way on that act's day, not ahead (not "agreed to begin talks", an
                # intention)
                i = toks[i].head
                continue
            if toks[i].tag == "VB" and toks[i].dep in ("ccomp", "xcomp") \
                    and toks[i].head != i and toks[toks[i].head].tag.startswith("VB") \
                    and not any(c.dep in ("aux", "auxpass") for c in children):
                # "is determined to see Taiwan participate in the meetings": a bare
                # infinitive has no tense of its own; it takes that of the verb it is the
                # complement of (evstatus7)
                i = toks[i].head
                continue
            if toks[i].tag == "VBG" and toks[i].head != i and not any(
                    c.dep in ("aux", "auxpass") for c in children) \
                    and toks[i].text.lower() not in _PREPOSITIONAL_PARTICIPLES:
                # "agreed to open debate, starting with consultations and then holding a
                # special session in July": a bare participle has no tense of its own; it
                # takes that of the verb it hangs from
                i = toks[i].head
                continue
            if via_prep and _future_frame(toks, i, children):
                # "At the first meeting of X, China is set to be challenged" (not a gathering
                # that is the frame's subject: "the conference, which resumed today, is
                # scheduled to last until March 20" is under way)
                return True
            if toks[i].tag in ("VBZ", "VBP") and toks[i].dep in ("advcl", "relcl") and any(
                    c.dep in ("advmod", "mark") and c.text.lower() in _WHEN_WORDS
                    for c in children):
                return _modal_above(parse, i)
            if toks[i].tag == "VBD" or toks[i].tag in ("VBZ", "VBP") and not any(
                    c.dep == "aux" and c.text.lower() in _FUTURE_AUX for c in children):
                return False  # a verb in the past or present tells it happened or happens
            return any(c.dep == "aux" and (c.text.lower() in _FUTURE_AUX or c.tag == "TO")
                       for c in children)
        i = toks[i].head if toks[i].head != i else None
    return False


# Past verbs of coming together in one place, and the verbs of beginning whose purpose
# infinitive after them opens the gathering there and then.
_COMING_TOGETHER = frozenset({"arrived", "gathered", "assembled", "convened", "met", "came"})
_BEGINNING = frozenset({"begin", "start", "open"})


def _stay_so_far(parse: Parse, i: int) -> bool:
    """Token i is "been" in the present perfect ("has been in London", "have been here"): a
    stay that has lasted to now."""
    toks = parse.tokens
    return toks[i].text.lower() == "been" and toks[i].tag == "VBN" and any(
        c.head == i and c.dep == "aux" and c.text.lower() in ("has", "have", "'ve", "’ve")
        for c in toks)


@cache
def _tense_giving() -> frozenset[str]:
    """Verbs whose to-infinitive happens in their own tense: the implicatives and the verbs
    of aspect and raising of event_status.json ("continued to oppose", "appeared to make")."""
    return _IMPLICATIVE | frozenset(load_json("event_status.json")["tense_of_infinitive"]
                                    .split("|"))


# Participles that serve as prepositions and tell no step of their own ("following a meeting",
# "including talks"): what they govern keeps its own time.
_PREPOSITIONAL_PARTICIPLES = frozenset({
    "following", "including", "regarding", "concerning", "according", "excluding", "pending",
    "barring", "considering", "during", "notwithstanding", "preceding"})
# The present auxiliaries of a frame of timing ("is set to", "are due to").
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})


@cache
def _frame_words() -> frozenset[str]:
    return frozenset(load_json("event_status.json")["future_frames"].split("|"))


def _future_frame(toks: tuple[Token, ...], i: int, children: list[Token]) -> bool:
    """Token i is a word of timing in the present with a to-infinitive of its own ("China is
    set to be challenged", "ministers are due to sign", "is expected to press"), or the
    present copula of such an adjective ("are due to"): what hangs from it, a gathering where
    the infinitive is to happen, is still ahead. (The parse often hangs the gathering's phrase
    from the frame's word or its copula, not from the infinitive.)"""
    frames = _frame_words()
    if toks[i].text.lower() in _PRESENT_BE and toks[i].tag in ("VBZ", "VBP"):
        # ("At the summit, ministers are due to sign": the phrase hangs from the copula)
        return any(c.dep == "acomp" and c.text.lower() in frames
                   and _to_infinitive(toks, toks.index(c)) for c in children)
    if toks[i].text.lower() not in frames:
        return False
    return any(c.dep in ("aux", "auxpass") and c.text.lower() in _PRESENT_BE
               for c in children) and _to_infinitive(toks, i)


def _to_infinitive(toks: tuple[Token, ...], i: int) -> bool:
    """Token i has an infinitive with "to" of its own, not a perfect one ("is said to have
    met" tells the past)."""
    for k, c in enumerate(toks):
        if c.head == i and k != i and c.dep == "xcomp" and c.tag in ("VB", "VBN"):
            marks = [a.text.lower() for j, a in enumerate(toks) if a.head == k and j != k
                     and a.dep in ("aux", "auxpass")]
            if "to" in marks and "have" not in marks:
                return True
    return False


# Modals that only weigh a chance ("may need an emergency meeting", "a summit ... could help
# ease tensions", "a meeting ... might take place later this year"): not "would" or "will",
# which report a plan.
_HEDGE_MODALS = frozenset({"may", "might", "could"})
_INDEFINITE = frozenset({"a", "an", "another", "any"})
# Words between the gathering's noun and the modal's verb that tell the gathering as set.
_TOLD_AS_SET = re.compile(r"expected|scheduled|set|due|planned|slated|called|convened|"
                          r"announced|tomorrow|today|tonight", re.I)


def hedged_by_modal(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's word, with an indefinite article, is the subject or object of the nearest verb
    above it by the parse, and that verb stands under may / might / could with no negation ("could not agree at the
    meeting" tells of a sitting held): the gathering is only weighed, none is held or set."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return False
    toks = parse.tokens
    i = parse.token_at(at.start(), at.end())
    if i is None or toks[i].tag.startswith("VB"):
        return False  # a verb trigger ("could meet") is the status patterns' own
    if toks[i].dep not in ("nsubj", "nsubjpass", "dobj"):
        return False
    # only a gathering first told here, with an indefinite article ("a summit ... could help"):
    # "The talks may yield agreed statements", "the meeting could be postponed" weigh what a
    # gathering told as set will bring, not whether it is held
    if not any(c.head == i and c.dep == "det" and c.text.lower() in _INDEFINITE
               for k, c in enumerate(toks) if k != i):
        return False
    j = toks[i].head
    if j == i or not toks[j].tag.startswith("VB"):
        return False
    lo, hi = sorted((i, j))
    if any(_TOLD_AS_SET.fullmatch(toks[k].text) for k in range(lo + 1, hi)):
        return False  # "a meeting ... expected in Lima tomorrow may calm the markets": set
    children = [c for k, c in enumerate(toks) if k != j and c.head == j]
    return not any(c.dep == "neg" for c in children) and any(
        c.dep == "aux" and c.text.lower() in _HEDGE_MODALS for c in children)


# Verbs and nouns of proposing: a gathering in the clause they govern is only put forward
# ("proposed in a letter to his counterpart that they meet", "suggested that the two
# ministers hold talks", "Papandreou's offer that the two countries meet").
_PROPOSING = re.compile(r"propos(?:e|es|ed|ing|als?)|suggest(?:s|ed|ing|ions?)?|"
                        r"recommend(?:s|ed|ing|ations?)?|offers?", re.I)


def proposed_by_clause(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's word (or the verb it hangs from) is a bare verb in the present or infinitive
    whose clause is the complement of a verb or noun of proposing, or the event's noun is the
    object of such a verb: a proposal, by the parse, however many words stand between (the
    status patterns read a short window only)."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return False
    toks = parse.tokens
    i = parse.token_at(at.start(), at.end())
    steps = 0
    while i is not None and not toks[i].tag.startswith("VB") and steps < 3:
        if toks[i].dep == "dobj" and _PROPOSING.fullmatch(toks[toks[i].head].text):
            return True  # "will propose to the bloc a summit with the president"
        if toks[i].dep == "pobj" and toks[toks[i].head].text.lower() in ("for", "of") \
                and toks[toks[i].head].dep == "prep" and toks[toks[toks[i].head].head].tag in (
                    "NN", "NNS") and _PROPOSING.fullmatch(toks[toks[toks[i].head].head].text):
            return True  # "agreed to a proposal for talks", "an offer of talks": put forward
        i = toks[i].head if toks[i].head != i else None
        steps += 1
    if i is None or toks[i].tag not in ("VB", "VBP") or toks[i].dep not in ("ccomp", "xcomp",
                                                                            "acl", "relcl"):
        return False
    # up to the nearest verb above: "proposed in a letter to X that they meet" is parsed as a
    # clause of "letter"; the proposing verb stands above the noun
    j, seen = toks[i].head, {i}
    while j not in seen and len(seen) < 6:
        if _PROPOSING.fullmatch(toks[j].text):
            return True
        if toks[j].tag.startswith("VB"):
            return False
        seen.add(j)
        j = toks[j].head
    return False


def _modal_above(parse: Parse, i: int) -> bool:
    """The verb a 'when' clause hangs from is in the future, under a modal or an infinitive."""
    toks = parse.tokens
    seen = {i}
    j = toks[i].head
    while j not in seen and not toks[j].tag.startswith("VB"):
        seen.add(j)
        j = toks[j].head
    if not toks[j].tag.startswith("VB") or j in seen:
        return False
    return any(c.head == j and k != j and c.dep == "aux"
               and (c.text.lower() in _WHEN_MODALS or c.tag == "TO")
               for k, c in enumerate(toks))


@cache
def words(key: str) -> re.Pattern[str]:
    """One word list of event_status.json as a pattern (whole words, any case)."""
    return re.compile(rf"\b(?:{load_json('event_status.json')[key]})\b", re.I)


def no_date_set(text: str) -> bool:
    """The sentence says its gathering has no date yet ('no date has been set for such a
    meeting'): the gathering is ahead and undated."""
    return words("no_date").search(text) is not None


def process_talks(text: str) -> bool:
    """The sentence's talks are a negotiation over months or years ('will start accession
    talks with X in April', 'after more than 200 rounds of talks'), not a sitting of officials
    that an event record can date and place."""
    return words("process_talks").search(text) is not None


# A day that dates the report, not the event: "his office said Friday", "officials told
# reporters on Monday" (the day the news was told; the event has a day of its own or none).
_REPORTING_DAY = re.compile(r"\b(?:said|says|announced|confirmed|reported|told\s+(?:reporters|"
                            r"journalists|parliament|the\s+\w+))\s+(?:on\s+|late\s+|early\s+)?$")


# ... or comes right before one: "Statements issued by both governments on Sunday said the
# ministers spoke by phone last Friday", "the ministry on Tuesday said" (tenth audit). (Not
# "announced": "X and Y on Tuesday announced the end of their talks" is the talks' own day.)
_DAY_THEN_SAYING = re.compile(r"^\s*,?\s*(?:said|says|told)\b")


def report_day(info: SentenceInfo, e: TimeExpression) -> bool:
    """The time expression follows or precedes a verb of saying: when the report was made."""
    at = e.start - info.sentence.start
    end = e.end - info.sentence.start
    # (a year or a month before the verb is no day of a remark: "X, a member of the delegation
    # to the talks earlier this year, said": the talks' year)
    return (_REPORTING_DAY.search(info.sentence.text[max(0, at - 60):at]) is not None
            or _DAY_THEN_SAYING.match(info.sentence.text[end:end + 20]) is not None
            and not re.fullmatch(r"\d{4}(?:-\d\d)?", e.value or ""))


# A verb's dependents that are clauses of their own: what is said, not who said it, to whom
# or where.
_SAID_CLAUSES = {"ccomp", "xcomp", "advcl", "conj", "parataxis", "relcl", "acl", "cc", "punct"}


def said_on(info: SentenceInfo, e: TimeExpression) -> bool:
    """The nearest verb above the time expression in the parse is a verb of saying
    (event_status.json saying_verbs) whose own subject, objects and adjuncts name no gathering:
    the day dates the remark ("X said in Canberra last Friday the talks ...", "told reporters
    here on Tuesday that the visit ..."), not the gathering it tells of. Not "told the meeting
    on Friday", "said at the summit on Monday": the gathering's own day."""
    parse = info.parse
    if parse is None:
        return False
    at = info.sentence.start
    line = WIRE_DATELINE.match(info.sentence.text)
    if (line and e.start - at < line.end()) or (
            e.start - at < 60 and re.match(r"\s*(?:--|[–—-])\s", info.sentence.text[e.end - at:])):
        return False  # the dateline's day ("WINSTON-SALEM, N.C., March 4 - "): the day of
        # filing, not a remark's
    i = parse.token_at(e.start - at, e.end - at)
    if i is None:
        return False
    toks = parse.tokens
    verb = next((a for a in parse.ancestors(i) if toks[a].tag.startswith("VB")), None)
    if verb is None or not words("saying_verbs").fullmatch(toks[verb].text):
        return False
    text = info.sentence.text
    for k, c in enumerate(toks):
        if c.head == verb and k != verb and c.dep not in _SAID_CLAUSES:
            a, b = parse.subtree_span(k)
            if names_event(text[a:b]):
                return False
    return True


# A date that names another thing than the gathering: a modifier of a noun of an instrument or
# a poll ("declined to discuss the February 22 Paris accord before a meeting of ministers"), or
# the period an amount is for ("paid its arrears for 1985 and 1986 after talks") (tenth audit).
_DATED_THING = re.compile(
    r"^(?:\s+(?:[A-Z][\w.'’-]*|of|and|\d[\w.-]*))*?\s+(?:accords?|agreements?|deals?|pacts?|"
    r"treaty|treaties|declarations?|communiqu[eé]s?|statements?|plans?|package|elections?|polls?|"
    r"deadlines?|budgets?|targets?|quotas?|figures?|data|accounts?|decisions?|proposals?|"
    r"speech|letter|report)\b")
_PERIOD_FOR = re.compile(r"\b(?:arrears|payments?|debts?|obligations?|budgets?|targets?|"
                         r"quotas?|figures?|forecasts?|growth|deficits?|surplus(?:es)?|output|"
                         r"exports?|imports?|requirements?|needs|accounts?|results?|profits?|"
                         r"interest|dues)\s+(?:due\s+)?for\s+(?:the\s+(?:years?\s+)?)?"
                         r"(?:\d{4}\s*(?:,|and|or|to|-|–)\s*)*$", re.I)

# The years an instrument runs for, its noun a few words before ("a roadmap on industrial
# cooperation for 2024-2026", "the action plan for the period 2025-2027"): the plan's
# period, not when the gathering that is to adopt it meets.
_INSTRUMENT_PERIOD_FOR = re.compile(
    r"\b(?:road\s?maps?|(?:action\s+)?plans?|programmes?|programs?|strateg(?:y|ies)|"
    r"memorand(?:um|a)|protocols?|agreements?)\b(?:\s+[\w-]+){0,5}?\s+for\s+"
    r"(?:the\s+(?:years?|period)\s+(?:of\s+)?)?(?:\d{4}\s*(?:-|–|to)\s*)*$", re.I)


def names_other_thing(info: SentenceInfo, e: TimeExpression) -> bool:
    """The date belongs to an instrument, a poll, an amount or a message named with it, not to
    the gathering the sentence tells of."""
    text, at = info.sentence.text, info.sentence.start
    return (_DATED_THING.match(text[e.end - at:e.end - at + 60]) is not None
            or _PERIOD_FOR.search(text[max(0, e.start - at - 40):e.start - at]) is not None
            or _INSTRUMENT_PERIOD_FOR.search(text[max(0, e.start - at - 90):e.start - at])
            is not None or _message_dated(info, e) or _thing_of_gathering_clause(info, e))


# Relations by which a time modifies a noun ("the 1955 waiver", "March's rules").
_NOUN_MODIFIER = frozenset({"nummod", "compound", "amod", "nmod", "poss"})


def _time_top(info: SentenceInfo, e: TimeExpression) -> tuple[Parse, int] | None:
    """The parse and the token of the time expression `e` that hangs outside it ("March
    1955": the month, on which the year hangs); None without a parse or a token."""
    parse, k = info.parse, info.token_of(e.start, e.end)
    if parse is None or k is None:
        return None
    at = info.sentence.start
    toks = parse.tokens
    while toks[k].head != k and e.start - at <= toks[toks[k].head].start < e.end - at:
        k = toks[k].head
    return parse, k


def _thing_of_gathering_clause(info: SentenceInfo, e: TimeExpression) -> bool:
    """By the parse, the time only modifies a noun that is no gathering's, and that noun stands
    in a clause told of a gathering's noun ("a special meeting which reviews the 1955 waiver",
    "a conference reviewing the 1992 rules"): the time of the thing the gathering deals with,
    not of the gathering. A time that is the clause's own adverbial ("the talks, which began
    on March 9") is not a noun's modifier and stays. False without a parse."""
    top = _time_top(info, e)
    if top is None:
        return False
    parse, k = top
    toks = parse.tokens
    h = toks[k].head
    if toks[k].dep not in _NOUN_MODIFIER or h == k or not toks[h].tag.startswith("NN") \
            or names_event(toks[h].text):
        return False
    i = h
    for _ in range(8):
        token = toks[i]
        if token.head == i:
            return False
        if token.dep in ("relcl", "acl") and token.tag.startswith("VB"):
            return _noun_of_gathering(parse, token.head)
        i = token.head
        if names_event(toks[i].text) or toks[i].dep in _OWN_CLAUSE - {"relcl", "acl"}:
            return False  # in the gathering's own phrase ("the 1987 budget talks"), or a
            # clause of another kind
    return False


# Nouns of a written or spoken message (data/time_words.json "message_nouns").
_MESSAGE_NOUNS = frozenset(load_json("time_words.json")["message_nouns"])


def _message_dated(info: SentenceInfo, e: TimeExpression) -> bool:
    """The time hangs, by the parse, on a message's noun ("proposed that the ministers meet for
    talks in a letter on March 17", "a message Tuesday"): the day the message was written or
    given, not the day of a gathering it tells of. False without a parse."""
    top = _time_top(info, e)
    if top is None:
        return False
    parse, k = top
    toks = parse.tokens
    h = toks[k].head
    if toks[k].dep == "pobj" and toks[h].dep == "prep" and toks[h].text.lower() in ("on", "of"):
        h = toks[h].head
    elif toks[k].dep not in ("npadvmod", "nmod", "compound"):
        return False
    if h == k or not toks[h].tag.startswith("NN") or toks[h].text.lower() not in _MESSAGE_NOUNS:
        return False
    # (not a message given at a gathering, "a statement on Friday at the end of the summit":
    # its day is one of the gathering's)
    return not any(t.head == h and t.dep == "prep" and t.text.lower() in _AT_GATHERING
                   and any(names_event(u.text) for j, u in enumerate(toks)
                           if j != p and parse.in_subtree(j, p))
                   for p, t in enumerate(toks))


# Prepositions that put a message at a gathering ("a statement at the end of the summit").
_AT_GATHERING = frozenset({"at", "during", "after", "following"})


# Clauses of their own inside a sentence: a relative clause ("trade which fell last year"),
# a clause told or recommended ("said the debt due this year would be rescheduled", "that a
# further session be held in May"), an adverbial clause ("after prices fell on Friday") and a
# participle after a noun ("terms better than those granted last year", "an accord reached
# with the creditors in December").
_OWN_CLAUSE = {"relcl", "ccomp", "advcl", "acl"}


def other_clause(info: SentenceInfo, e: TimeExpression) -> bool:
    """The time expression stands in a clause of its own that tells of no gathering: the
    smallest clause of the parse that holds it names no event word, nor is it a clause about
    a gathering's noun ("the talks, which ended on Friday"). Such a time dates that clause's
    thing ("high on the agenda is trade, which dropped by a third last year"), not the
    gathering of the sentence. False without a parse, or when the time is in the main clause."""
    parse = info.parse
    if parse is None:
        return False
    at = info.sentence.start
    i = parse.token_at(e.start - at, e.end - at)
    if i is None:
        return False
    # (a time told within a few words after a gathering's noun, with no comma between, is the
    # gathering's, however the parse hangs it: "at a meeting of EC envoys here yesterday, X")
    # (or right before a gathering's noun: "gathers on Monday for an annual meeting")
    near = re.split(r"[,;]", info.sentence.text[max(0, e.start - at - 50):e.start - at])[-1]
    after = re.split(r"[,;]", info.sentence.text[e.end - at:e.end - at + 50])[0]
    if names_event(near) or names_event(after):
        return False
    for c in [i, *parse.ancestors(i)]:
        token = parse.tokens[c]
        if token.dep not in _OWN_CLAUSE:
            continue
        a, b = parse.subtree_span(c)
        if names_event(info.sentence.text[a:b]):
            return False
        if not names_event(info.sentence.text[:a] + " " + info.sentence.text[b:]):
            return False  # no gathering's word outside it either: the clause tells the
            # gathering by words of its own ("The WTO Council yesterday adopted ..., an
            # official said")
        if _GATHERING_BEFORE.search(info.sentence.text[max(0, a - 40):a]):
            return False  # "the next meeting, starting in Brussels on May 18": the meeting's
        return not (token.dep in ("relcl", "acl") and _noun_of_gathering(parse, token.head))
    return False


# Relations through which a noun stays in the phrase of the noun above it ("the president's
# visit to Kuwait, which is planned for May": the clause hangs from Kuwait, in the visit's
# phrase).
_IN_PHRASE = {"pobj", "prep", "poss", "compound", "appos", "nmod", "conj", "cc", "case"}


# A gathering's noun right before a clause, with at most a comma between.
_GATHERING_BEFORE = re.compile(r"\b(?:meetings?|talks|sessions?|summits?|conferences?|visits?|"
                               r"negotiations|consultations|trip|tour|call)\s*,?\s*$", re.I)


def _noun_of_gathering(parse: Parse, i: int) -> bool:
    """The noun a clause hangs from is a gathering's word or in the phrase of one."""
    for _ in range(8):
        token = parse.tokens[i]
        if names_event(token.text):
            return True
        if token.head == i or token.tag.startswith("VB") or token.dep not in _IN_PHRASE:
            return False
        i = token.head
    return False


def planned_dates(ctx: DocContext, info: SentenceInfo,
                   kind: EventKind) -> tuple[str | None, str | None]:
    """When a planned event is to take place: the sentence's own date on or after the
    article's ('next week', 'in June'), the nearest to the event's word first; two dates
    joined ('in May or June', 'tomorrow and Friday') span both; none when the sentence gives
    no date."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    at = trigger(info.sentence.text, kind)
    where = info.sentence.start + (at.start() if at else 0)
    exprs = info.own_dates()
    second = {id(f) for e in exprs if (f := joined_date(info, e)) is not None}
    owner = owning_time(info, kind)
    for e in sorted(exprs, key=lambda e: (e is not owner, abs(e.start - where))):
        if id(e) in second:
            continue  # read with the date it is joined to
        if at and not e.value and e.relative and _OWN_TIME.fullmatch(
                info.sentence.text[at.end():max(at.end(), e.start - info.sentence.start)]):
            # "the talks next week" in an article of no date: the gathering's own time, which
            # nothing resolves (GUIDE: null), not another thing's year later in the sentence
            # ("could produce a date in 2005")
            return None, None
        span = _ahead(e, info, reported)
        if span:
            f = joined_date(info, e)
            last = _ahead(f, info, reported) if f else None
            if last and len(last[1]) == len(span[0]) and last[1] >= span[0]:
                span = (span[0], last[1])
            return span
    return None, None


# What may stand between a gathering's word and its own time: nothing but a preposition.
_OWN_TIME = re.compile(r"\s*(?:(?:on|in|at|for|of|from)\s+)?")


def _ahead(e: TimeExpression, info: SentenceInfo,
           reported: str | None) -> tuple[str, str] | None:
    """The span of a date of a planned event, read forward from the article's date; None when
    it is not a calendar date, is the report's own day, or lies before the article."""
    value = e.range[0] if e.range else e.value
    if not value or report_day(info, e) or names_other_thing(info, e) or other_clause(info, e):
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\dT(?:[A-Z]+|\d\d:\d\d)", value):
        # a part of the day ("next Monday afternoon": 2024-03-11TAF) or a clock time ("is
        # set for 1900 hours": 1987-03-02T19:00): its day, as event_dates._calendar reads it
        value = value[:10]
    span = _week(value) if "-W" in value else (e.range if e.range else (value, value))
    if not span or not is_calendar(span[0]):
        return None
    if reported and span[1] < reported[:len(span[1])]:
        if _PAST_MARK.search(info.sentence.text[:max(0, e.start - info.sentence.start)]):
            return None  # "planned for last December": a day gone by, never the next one
        span = _forward(span, e.text, reported)
    if span and (not reported or span[1] >= reported[:len(span[1])]):
        return span
    return None


# A word that puts the date after it in the past ("last December", "the previous Friday").
_PAST_MARK = re.compile(r"\b(?:last|past|previous|preceding)\s+$", re.I)


# Two dates joined into one span: "in May or June", "tomorrow and Friday", "on Monday and
# Tuesday": the event falls on either or across both.
_JOINED_DATES = re.compile(r"\s*(?:or|and|to|through|until|-|–)\s+(?:on\s+|in\s+)?", re.I)


def joined_date(info: SentenceInfo, e: TimeExpression) -> TimeExpression | None:
    """The sentence's date right after `e`, joined to it by 'or', 'and' or 'to'."""
    after = [f for f in info.own_dates() if f.start >= e.end]
    if not after:
        return None
    f = min(after, key=lambda f: f.start)
    text, at = info.sentence.text, info.sentence.start
    return f if _JOINED_DATES.fullmatch(text[e.end - at:f.start - at]) else None


# Days named relative to the article's own: read from its date, never moved a week or a year on.
_DAY_WORD = re.compile(r"\b(?:today|tonight|tomorrow|yesterday)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _forward(span: tuple[str, str], text: str, reported: str) -> tuple[str, str] | None:
    """A day read as past that a future-tense sentence means ahead: 'on Friday' is the next
    Friday, 'on March 17' with no year the next March 17 (as the annotation guide says)."""
    if re.search(r"\d{4}", text) or _DAY_WORD.search(text):
        return None  # a year is a year; "today and tomorrow" are never a year on
    if len(span[0]) == len(span[1]) == 7 and re.fullmatch(r"\d{4}-\d\d", span[0]) and re.search(
            r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", text):
        # "the June summit", said in March 1987 of one ahead: June 1987
        return f"{int(span[0][:4]) + 1}{span[0][4:]}", f"{int(span[1][:4]) + 1}{span[1][4:]}"
    if len(span[0]) != 10 or len(span[1]) != 10 or not re.search(
            r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|day\b", text):
        return None
    a, b = date.fromisoformat(span[0]), date.fromisoformat(span[1])
    if _WEEKDAY.search(text):
        return (a + timedelta(days=7)).isoformat(), (b + timedelta(days=7)).isoformat()
    try:
        return a.replace(year=a.year + 1).isoformat(), b.replace(year=b.year + 1).isoformat()
    except ValueError:  # 29 February
        return None


# Between a time's possessive and the gathering's noun it owns: the 's and the noun's own
# modifiers, names of several words among them ("tomorrow's Group of Seven meeting", "next
# week's International Monetary Fund meetings", "this week's semi-annual IMF and World Bank
# talks"); no article, preposition but "of", verb or comma, which would start another phrase
# ("yesterday's gains on the bond market ... meeting").
_OWNER_GAP = re.compile(r"['’]s\s+(?:(?:[\w.-]+|&)\s+){0,7}?")
_OWNER_GAP_WORDS = re.compile(r"\b(?-i:the|a|an|on|at|in|to|for|with|by|from|after|before|"
                              r"which|that|this|these|those|is|are|was|were|will|would|has|"
                              r"have|had|said|says)\b")
_OWNER_GAP_TAGS = frozenset({"DT", "PRP", "PRP$", "MD", "VBD", "VBZ", "VBP", "VB", "TO", "WDT",
                             "WP", "RB", "IN", ",", ":"})


def owning_time(info: SentenceInfo, kind: EventKind) -> TimeExpression | None:
    """The time whose possessive owns the event's noun phrase ("tomorrow's Group of Seven
    meeting", "last month's meeting of major nations"): the gathering's own time, however many
    words of its name stand between, and in whatever clause the phrase is."""
    text, at0 = info.sentence.text, info.sentence.start
    at = trigger(text, kind)
    if not at:
        return None
    for e in info.own_dates():
        if e.end - at0 >= at.start():
            break
        gap = text[e.end - at0:at.start()]
        if not _OWNER_GAP.fullmatch(gap) or _OWNER_GAP_WORDS.search(gap[2:]):
            continue
        lo, hi = e.end - at0 + 2, at.start()
        if info.parse and any(lo <= t.start and t.end <= hi and t.tag in _OWNER_GAP_TAGS
                              and t.text.lower() not in ("of", "and", "&")
                              for t in info.parse.tokens):
            continue
        return e
    return None


def owned_span(ctx: DocContext, info: SentenceInfo,
               kind: EventKind) -> tuple[str, str] | None:
    """The days of the time owning the event's noun (`owning_time`) when they lie wholly before
    the article's date: a day, a month, a year, or a past week as its Monday and Sunday
    ("last month's meeting" of a report of 30 March: February); None otherwise (ahead, the
    report's own week or day, or no such time)."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    e = owning_time(info, kind)
    if not reported or e is None or not e.value:
        return None
    value = e.value[:10] if re.fullmatch(r"\d{4}-\d\d-\d\dT\w+", e.value) else e.value
    span = _week(value) if re.fullmatch(r"\d{4}-W\d\d", value) else (
        e.range if e.range else (value, value))
    if not span or "X" in span[0] or "X" in span[1] or not is_calendar(span[0]) \
            or not is_calendar(span[1]):
        return None
    if span[1] >= reported[:len(span[1])]:
        return None
    return span


def dated_ahead(ctx: DocContext, info: SentenceInfo, kind: EventKind) -> bool:
    """The event's word is dated, right beside it, after the article's date."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    at = trigger(info.sentence.text, kind)
    if not reported or not at:
        return False
    owner = owning_time(info, kind)
    value = (owner.range[0] if owner.range else owner.value) if owner else None
    if value and is_calendar(value) and "X" not in value \
            and value[:len(reported)] > reported[:len(value)]:
        return True  # "tomorrow's Group of Seven meeting": its own time, however long the name
    lo, hi = info.sentence.start + at.start() - 25, info.sentence.start + at.end() + 45
    # A noun with a long modifier and a participle of timing after it ("a meeting of the
    # Group of Five industrial nations expected in Washington tomorrow"): the date the
    # participle governs is the event's own, to the end of the noun's clause.
    text = info.sentence.text
    clause = text[at.end():]
    cut = _CLAUSE_END.search(clause)
    clause = clause[:cut.start()] if cut else clause
    timed = _TIMING_PARTICIPLE.search(clause)
    if timed:
        hi = max(hi, info.sentence.start + at.end() + len(clause))
    for e in info.own_dates():
        value = e.range[0] if e.range else e.value
        if value and lo <= e.start <= hi and is_calendar(value) and "X" not in value \
                and value[:len(reported)] > reported[:len(value)]:
            return True
    return False


# A participle that says when a gathering is to be, hanging from its noun with no finite verb
# between ("talks scheduled for", "a meeting expected in Washington tomorrow").
_TIMING_PARTICIPLE = re.compile(
    r"^(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|said|says)\b)[\w'’.-]+){0,9}?\s+"
    r"(?:expected|scheduled|planned|slated|due|set)\b(?!\s+to\b)", re.I)


def _day_possessive(ctx: DocContext, info: SentenceInfo,
                    kind: EventKind) -> tuple[str, str] | None:
    """The event's noun owned by a day not after the article's ("today's talks", "yesterday's
    meeting"): that day and the sentence's words before the day's expression."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    at = trigger(info.sentence.text, kind)
    if not reported or not at:
        return None
    for e in info.own_dates():
        value = e.value[:10] if e.value else None
        gap = info.sentence.text[e.end - info.sentence.start:at.start()]
        if value and len(value) == 10 and is_calendar(value) and value <= reported \
                and _SURE_PAST_DAY.fullmatch(e.text) and _POSSESSIVE_GAP.fullmatch(gap):
            return value, info.sentence.text[:e.start - info.sentence.start]
    return None


def _still_ahead(ctx: DocContext, owned: tuple[str, str]) -> bool:
    """The day of filing's gathering, governed by a word that puts what the sentence tells
    before it ("the dollar was quiet ahead of today's meeting"): it is still to come."""
    value, before = owned
    return value == ctx.event_date and _STILL_AHEAD.search(before) is not None


def day_possessive_past(ctx: DocContext, info: SentenceInfo, kind: EventKind) -> bool:
    """The event's noun is owned by a day not after the article's ("a record of today's
    talks", "yesterday's meeting agreed"): the gathering of that day, held (or under way)
    whatever future the sentence's other verb is in ("will send a record of ..."); not today's
    gathering that the sentence tells as still ahead ("ahead of today's meeting")."""
    owned = _day_possessive(ctx, info, kind)
    if owned is not None and not _still_ahead(ctx, owned):
        return True
    # "will build on last month's meeting of Nordic ministers": a time owning the noun that its
    # own words put before the article (not a bare weekday or month, which the annotator reads
    # back by default: "ahead of July's conference", said in March, is July to come)
    owner = owning_time(info, kind)
    return owner is not None and _SURE_PAST_OWNER.search(owner.text) is not None \
        and owned_span(ctx, info, kind) is not None


# Words of a time that put it before the report whatever the tense: "last month", "yesterday",
# "the previous week", a year.
_SURE_PAST_OWNER = re.compile(r"\b(?:last|past|previous|yesterday|earlier)\b|\d{4}", re.I)


def day_possessive_ahead(ctx: DocContext, info: SentenceInfo, kind: EventKind) -> bool:
    """The event's noun is owned by the day of filing and governed by a word of what comes
    before it ("traders stayed cautious before today's talks", "awaiting today's summit"):
    planned, whatever tense the sentence's verb is in."""
    owned = _day_possessive(ctx, info, kind)
    return owned is not None and _still_ahead(ctx, owned)


# Days whose side of the article's date the words fix: not a bare weekday, which the annotator
# reads back by default ("ahead of Monday's summit" may be the Monday to come).
_SURE_PAST_DAY = re.compile(r"today|yesterday|last\s+night", re.I)
# Words that govern a gathering's noun phrase and put what the sentence tells before the
# gathering ("ahead of today's meeting", "on the eve of tonight's summit", "awaiting today's
# talks"): a gathering of the day of filing so governed has not taken place yet.
_STILL_AHEAD = re.compile(r"\b(?:ahead\s+of|before|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to|"
                          r"in\s+advance\s+of|prior\s+to|await(?:s|ed|ing)?(?:\s+the\s+"
                          r"(?:outcome|results?)\s+of)?|in\s+preparation\s+for|"
                          r"(?:to\s+)?prepar(?:e|es|ed|ing)\s+for)\s+$", re.I)
# Between a day's possessive and its gathering: the 's and at most two modifiers ("today's
# scheduled", "yesterday's second round of").
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:round\s+of\s+)?", re.I)


_FUTURE_WORD = re.compile(r"\b(?:will|would|shall)\b|'ll\b|’ll\b", re.I)


def dated_before(ctx: DocContext, info: SentenceInfo, kind: EventKind) -> bool:
    """The event's word is dated, right beside it, before the article's date ("the currency
    ranges the nations agreed to defend in the February talks", said in April): a gathering
    past, whatever tense the verb it hangs from is in."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    at = trigger(info.sentence.text, kind)
    if not reported or not at or _FUTURE_WORD.search(info.sentence.text):
        return False  # "July's summit ... will use the report" (said in January): July ahead
    lo, hi = info.sentence.start + at.start() - 25, info.sentence.start + at.end() + 45
    for e in info.own_dates():
        value = e.range[-1] if e.range else e.value
        if value and lo <= e.start <= hi and is_calendar(value) and "X" not in value \
                and not report_day(info, e) and not names_other_thing(info, e) \
                and value[:len(reported)] < reported[:len(value)]:
            return True
    return False


def _week(value: str) -> tuple[str, str] | None:
    """'2026-W23' -> its Monday and Sunday."""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if not m:
        return None
    monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


# Verbs that put a gathering off to a later day or call it off, as the predicate its noun is
# the subject of ("A meeting of the two ministers, scheduled for next week in Beijing, has been
# postponed"): the noun and its predicate may stand further apart than the cue windows read.
_PUT_OFF = frozenset({"postponed", "deferred", "delayed", "rescheduled"})
_CALLED_OFF = frozenset({"cancelled", "canceled", "scrapped", "abandoned", "shelved"})
# phrasal verbs: the verb and its particle ("put off", "called off", "pushed back")
_PUT_OFF_PHRASAL = frozenset({("put", "off"), ("put", "back"), ("pushed", "back")})
_CALLED_OFF_PHRASAL = frozenset({("called", "off")})
# the active verb's other forms ("OPEC has postponed / will postpone a meeting"; _active_put_off)
_PUT_OFF_ACTIVE = _PUT_OFF | frozenset({
    "postpone", "postpones", "postponing", "defer", "defers", "deferring", "delay", "delays",
    "delaying", "reschedule", "reschedules", "rescheduling"})
_PUT_OFF_ACTIVE_PHRASAL = frozenset({("put", "off"), ("puts", "off"), ("putting", "off"),
                                     ("push", "back"), ("pushes", "back"), ("pushing", "back")})


def _predicate(text: str, kind: EventKind, parse: Parse | None
               ) -> tuple[EventStatus, int] | None:
    """The status the passive verb of putting off or calling off says, of which the event's
    noun is the subject, and where that verb ends in the sentence; None for any other."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return None
    toks = parse.tokens
    i = parse.token_at(at.start(), at.end())
    if i is not None and not toks[i].tag.startswith("VB") and toks[i].dep == "dobj":
        return _active_put_off(parse, i)
    if i is None or toks[i].tag.startswith("VB") or toks[i].dep not in ("nsubjpass", "nsubj"):
        return None
    j = toks[i].head
    if j == i or toks[j].tag != "VBN":
        return None
    verb = toks[j].text.lower()
    if any(k != j and c.head == j and c.dep == "aux" and c.text.lower() in _HEDGE_MODALS
           for k, c in enumerate(toks)):
        return None  # "the meeting could be postponed": only weighed
    particles = {c.text.lower() for k, c in enumerate(toks) if k != j and c.head == j
                 and c.dep == "prt"}
    if verb in _PUT_OFF or any((verb, p) in _PUT_OFF_PHRASAL for p in particles):
        return EventStatus.PLANNED, toks[j].end
    if verb in _CALLED_OFF or any((verb, p) in _CALLED_OFF_PHRASAL for p in particles):
        return EventStatus.CANCELLED, toks[j].end
    return None


def _active_put_off(parse: Parse, i: int) -> tuple[EventStatus, int] | None:
    """The gathering's noun (token i) is the object of an active verb of putting off, neither
    negated nor under a modal of chance ("OPEC and Russia have postponed a Monday meeting until
    April 9"): planned, and where the verb is (`put_off_to` takes the day the verb governs)."""
    toks = parse.tokens
    j = toks[i].head
    if j == i or not toks[j].tag.startswith("VB"):
        return None
    children = [c for k, c in enumerate(toks) if k != j and c.head == j]
    if any(c.dep == "neg" or c.dep == "aux" and c.text.lower() in _HEDGE_MODALS
           for c in children):
        return None  # "did not postpone the talks", "may postpone the summit"
    verb = toks[j].text.lower()
    particles = {c.text.lower() for c in children if c.dep == "prt"}
    if verb in _PUT_OFF_ACTIVE or any((verb, p) in _PUT_OFF_PHRASAL
                                       or (verb, p) in _PUT_OFF_ACTIVE_PHRASAL for p in particles):
        return EventStatus.PLANNED, -1 - j  # (negative: the verb's index, an active verb)
    return None


_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.I)


def _governed_by(parse: Parse, j: int, v: int) -> bool:
    """Token j hangs from verb v through a preposition or as an adverb of time of its own
    ("postponed ... until May 21", "put off the talks to Friday"), not through the verb's
    object ("postponed a Monday meeting": the day of the meeting put off)."""
    toks = parse.tokens
    seen: set[int] = set()
    while j not in seen and toks[j].head != j:
        seen.add(j)
        if toks[j].head == v:
            return toks[j].dep in ("prep", "npadvmod", "tmod")
        if toks[toks[j].head].tag.startswith("VB"):
            return False
        j = toks[j].head
    return False


# The bare and present forms of the phrasal verbs of putting off, read in the active.


# Past forms that are no verb of the gathering's own telling: "was", "were" ("were to meet",
# "was in doubt") and the auxiliaries of a negation or an emphasis.
_NOT_OWN_PAST = frozenset({"was", "were", "had", "did"})


def own_past_verb(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's noun phrase is followed, by the parse, by a verb in the simple past that has
    no subject of its own ("Talking will not stop the slide and the February meeting (of finance
    ministers) produced scant promise"): the gathering is that verb's subject and was held,
    whatever future another clause before it is in (the small model often hangs such a verb
    from the other clause's, and the noun as an object of it)."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return False
    toks = parse.tokens
    i = parse.token_at(at.start(), at.end())
    if i is None or not toks[i].tag.startswith("NN"):
        return False
    k = next((k for k in range(i + 1, len(toks)) if i not in parse.ancestors(k)), None)
    if k is None or toks[k].tag != "VBD" or toks[k].text.lower() in _NOT_OWN_PAST \
            or toks[k].dep in ("acl", "relcl", "amod", "xcomp"):
        return False
    if toks[k].dep == "advcl" and not _past_time_clause(parse, k):
        return False
    return not any(c.head == k and j != k and j != i
                   and c.dep in ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
                   for j, c in enumerate(toks))


# Conjunctions of time that open a clause whose own tense tells when its verb happened ("before
# the talks began", "after the meeting ended", "when the summit opened"); not "if", "unless",
# "as if", whose past is only supposed.
_TIME_MARKS = frozenset({"before", "after", "when", "until", "till", "since", "once", "while",
                         "as"})


def _past_time_clause(parse: Parse, k: int) -> bool:
    """The past verb k opens an adverbial clause of time ("However, before the talks began,
    Tanjug said ...") whose head is not in the future nor under a modal ("he would leave
    before the talks began" tells a time still ahead, in the past of reported speech)."""
    toks = parse.tokens
    if not any(c.head == k and j != k and c.dep in ("mark", "advmod")
               and c.text.lower() in _TIME_MARKS for j, c in enumerate(toks)):
        return False
    return not _modal_above(parse, k)


def predicate_status(text: str, kind: EventKind, parse: Parse | None) -> EventStatus | None:
    """PLANNED when the event's noun is, by the parse, the subject of a passive verb of putting
    off ('has been postponed', 'was put back'), CANCELLED when of one of calling off ('was
    called off', 'has been scrapped'); None otherwise (the status patterns decide)."""
    found = _predicate(text, kind, parse)
    return found[0] if found else None


def put_off_to(ctx: DocContext, info: SentenceInfo,
               kind: EventKind) -> tuple[str | None, str | None]:
    """The days a gathering put off was put off to: the sentence's first date ahead after the
    verb ("has been postponed to later in the year", "was put back to May 3"); none when it
    gives only the days it was set for ("scheduled for next week ... has been postponed")."""
    found = _predicate(info.sentence.text, kind, info.parse)
    if found is None:
        return None, None
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    parse = info.parse
    for e in sorted(info.own_dates(), key=lambda e: e.start):
        if found[1] < 0:
            # an active verb: the day it governs ("postponed a Monday meeting until April
            # 9": April 9, not Monday, which the noun's phrase holds)
            j = parse.token_at(e.start - info.sentence.start, e.end - info.sentence.start) \
                if parse else None
            before = info.sentence.text[:e.start - info.sentence.start]
            if j is None or parse is None or report_day(info, e) or j < -1 - found[1] \
                    or not (_governed_by(parse, j, -1 - found[1]) or _UNTIL.search(before)):
                continue  # ("until" after the verb, however the parse hangs it: "postponed
                # a Monday meeting to discuss output until April 9")
            span = _ahead(e, info, reported)
            if span:
                return span
        elif e.start - info.sentence.start >= found[1]:
            span = _ahead(e, info, reported)
            if span:
                return span
    return None, None


def all_days_ahead(ctx: DocContext, e: EventMention) -> bool:
    """The event's first day, a day of the calendar, is after the article's, and its word is
    no verb of the past ('met', 'visited'): a gathering still ahead, whatever the status cues
    read ("Eyskens was speaking before hosting an informal meeting ... this weekend", said on
    a Thursday). A gathering under way (begun, ending later) is not."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    if not reported or len(reported) != 10 or not e.start or len(e.start) != 10 \
            or "X" in e.start or e.start <= reported:
        return False
    at = trigger(ctx.sentences[e.sentence].sentence.text, e.kind)
    return not (at and _cues().past.match(at.group(0))) \
        and not left_gathering(ctx.sentences[e.sentence], e.kind)


def _first_event_verb(info: SentenceInfo) -> tuple[Parse, int] | None:
    """The parse and the nearest verb at or above the sentence's first event word; None
    without a parse, an event word or a verb above it."""
    at = _ANY_TRIGGER.search(info.sentence.text)
    parse = info.parse
    if parse is None or at is None:
        return None
    i = _verb_above(parse, at.start(), at.end())
    return None if i is None else (parse, i)


def told_in_past(info: SentenceInfo) -> bool:
    """The sentence's first event word hangs, by the parse, from a verb in the past tense
    ('said during a meeting ... over the weekend'): the nearest verb above it, or itself."""
    found = _first_event_verb(info)
    return found is not None and found[0].tokens[found[1]].tag == "VBD"


def under_other_verb(info: SentenceInfo, e: TimeExpression) -> bool:
    """By the parse, the nearest verb above the time expression governs no gathering's word:
    the time is that verb's ("will continue their meetings today but will not issue a
    statement before returning home at the weekend": the return's weekend). False without a
    parse, or when the time hangs from no verb."""
    parse, i = info.parse, info.token_of(e.start, e.end)
    if parse is None or i is None:
        return False
    v = _verb_above(parse, parse.tokens[i].start, parse.tokens[i].end)
    if v is None:
        return False
    a, b = parse.subtree_span(v)
    return not names_event(info.sentence.text[a:b])


def told_as_hoped(info: SentenceInfo) -> bool:
    """The sentence's first event word hangs, by the parse, from a past verb of hoping,
    awaiting or planning ("said he hoped for wide-ranging talks at the weekend meeting"): the
    gathering is ahead of that verb, though the verb is in the past."""
    found = _first_event_verb(info)
    return found is not None and found[0].tokens[found[1]].tag == "VBD" and _looking_ahead(*found)


@cache
def _looking_ahead_words() -> frozenset[str]:
    return frozenset(load_json("event_status.json")["looking_ahead"].split("|"))


def _looking_ahead(parse: Parse, i: int) -> bool:
    """Token i is a past verb of hoping, awaiting or planning ("hoped for talks at the weekend
    meeting", "looked forward to talks"): what it governs is still ahead of it."""
    word = parse.tokens[i].text.lower()
    if word not in _looking_ahead_words():
        return False
    return word != "looked" or any(t.head == i and t.text.lower() == "forward"
                                   for t in parse.tokens)


def _verb_above(parse: Parse, start: int, end: int) -> int | None:
    """The token of the nearest verb at or above the word at start:end in the parse (None when
    the walk up the heads finds none)."""
    toks = parse.tokens
    i = parse.token_at(start, end)
    seen: set[int] = set()
    while i is not None and i not in seen and not toks[i].tag.startswith("VB"):
        seen.add(i)
        i = toks[i].head if toks[i].head != i else None
    return None if i is None or i in seen else i


def governed_by_past(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's own word is, or hangs by the parse from, a verb in the simple past ("said
    ..., after a meeting with his German counterpart", "met"): the sentence tells the
    gathering as gone by, not held only for want of a future word ("The trip is part of
    regular meetings" is in the present)."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return False
    toks = parse.tokens
    i = _verb_above(parse, at.start(), at.end())
    if i is None or _modal_above(parse, i):
        return False
    if toks[i].tag == "VBD":
        return True
    # a participle with a subject of its own and no auxiliary is a simple past the tagger
    # took for a participle ("after the latest round of talks wrapped up")
    deps = {c.dep for k, c in enumerate(toks) if c.head == i and k != i}
    return toks[i].tag == "VBN" and "nsubj" in deps and not deps & {"aux", "auxpass"}


def future_of_another_verb(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The event's word hangs from a verb in the simple past, and the sentence reads as held
    once the future auxiliaries of verbs that do not govern it are set aside ('Barnier said
    "trust will be key", after the latest round of talks wrapped up in London'): the window
    of cues saw another clause's future, not the gathering's."""
    if parse is None or not governed_by_past(text, kind, parse):
        return False
    at = trigger(text, kind)
    i = parse.token_at(at.start(), at.end()) if at else None
    if i is None:
        return False
    above = set(parse.ancestors(i)) | {i}
    masked = text
    for t in parse.tokens:
        if t.dep == "aux" and t.text.lower() in _FUTURE_AUX and t.head not in above:
            masked = masked[:t.start] + " " * (t.end - t.start) + masked[t.end:]
    return masked != text and event_status(masked, kind) == EventStatus.HELD


# The auxiliaries of the present progressive ("are holding talks", "is meeting"); not "was"
# or "were", nor "been" ("have been meeting": a gathering under way since before).
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re"})


def _gathering_verb(parse: Parse, i: int) -> int | None:
    """The verb the event's word is or hangs from, by the parse: itself when a verb, else the
    nearest verb above it."""
    toks = parse.tokens
    seen: set[int] = set()
    while i not in seen and not toks[i].tag.startswith("VB"):
        seen.add(i)
        if toks[i].head == i:
            return None
        i = toks[i].head
    return i if toks[i].tag.startswith("VB") else None


def _present_aspect(parse: Parse, v: int) -> bool:
    """The verb is in the present progressive ("are holding", "is visiting") or the present
    simple with no auxiliary ("visits", "meet"): news style's tenses of an arranged future
    when a day is told with them."""
    toks = parse.tokens
    aux = [c for k, c in enumerate(toks) if k != v and c.head == v and c.dep in ("aux",
                                                                                "auxpass")]
    if toks[v].tag == "VBG":
        return bool(aux) and all(c.text.lower() in _PRESENT_BE for c in aux)
    return toks[v].tag in ("VBZ", "VBP") and not aux


def _left_from(parse: Parse, i: int, v: int) -> bool:
    """The gathering's noun (token i) is the object of "from" under its verb v ("returns from
    a visit to Brazil"): the verb leaves a gathering under way."""
    toks = parse.tokens
    return i != v and toks[i].dep == "pobj" and toks[toks[i].head].text.lower() == "from" \
        and toks[toks[i].head].head == v


# Adjectives that put a gathering in the present ("at the current meeting here", "the
# ongoing talks", "the present session"): under way on the day of filing, whatever tense the
# clause about it is in ("will take a place on the board at the current meeting": held).
_NOW_ADJECTIVES = frozenset({"current", "ongoing", "present"})


def under_way_noun(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """The gathering's noun has an adjective of the present ("the current meeting", "the
    ongoing talks"): the gathering is under way when the story is filed, not ahead."""
    at = trigger(text, kind)
    if parse is None or at is None:
        return False
    i = parse.token_at(at.start(), at.end())
    return i is not None and any(
        parse.tokens[c].dep == "amod" and parse.tokens[c].text.lower() in _NOW_ADJECTIVES
        for c in parse.children(i))


# Prepositions that put an ongoing act inside a gathering ("are waging a battle at this week's
# meeting", "is lobbying hard during the talks")
_INSIDE = frozenset({"at", "during"})


def _acting_inside(parse: Parse, i: int, v: int) -> bool:
    """The gathering's noun (token i) is the object of "at" or "during" that hangs from the
    verb v in the present progressive, directly or through the verb's own object ("are waging
    a battle at this week's meeting"): an act going on inside the gathering, which is under
    way on the day of filing, not still to come."""
    toks = parse.tokens
    if i == v or toks[v].tag != "VBG" or toks[i].dep != "pobj":
        return False
    prep = toks[i].head
    if toks[prep].text.lower() not in _INSIDE:
        return False
    up = toks[prep].head
    return up == v or toks[up].head == v and toks[up].dep in ("dobj", "obj")


def left_gathering(info: SentenceInfo, kind: EventKind) -> bool:
    """The sentence's verb of the gathering leaves it ("who returns from a visit to Brazil on
    Sunday"): the gathering is under way, whatever day the verb is dated."""
    at = trigger(info.sentence.text, kind)
    parse = info.parse
    if parse is None or at is None:
        return False
    i = parse.token_at(at.start(), at.end())
    v = _gathering_verb(parse, i) if i is not None else None
    return i is not None and v is not None and _left_from(parse, i, v)


# A period that holds the day of filing and runs on past it ("this week", "this weekend"):
# told with a verb in the present progressive or simple, a gathering not over on that day.
_COMING_PERIOD = re.compile(r"(?:this|later\s+this)\s+(?:week|weekend)", re.I)


def present_ahead(ctx: DocContext, info: SentenceInfo,
                  kind: EventKind) -> tuple[str | None, str | None, bool] | None:
    """The gathering's verb is in the present progressive or present simple ("the ministers
    are holding talks on Wednesday and Thursday", "X visits Hungary on Thursday", "are meeting
    on Monday and Tuesday" of a Monday), and a weekday that the verb governs, read forward from
    the article's date as the future of news style, ends after that date: a gathering still to
    come, whatever day the annotator read the weekday back to (a weekday with "last" stays in
    the past). Its first and last days, and whether the verb leaves the gathering ("returns
    from a visit to Brazil on Sunday": under way, ending that day); else None. A period holding
    the day of filing and running past it ("is meeting British officials this week") counts as
    the weekday does; in an article of no date such a time gives no days (None, None, False).
    An act the progressive tells inside the gathering ("are waging a battle at this week's
    meeting", `_acting_inside`) finds it under way: its period's days, held (True)."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    parse = info.parse
    text = info.sentence.text
    at = trigger(text, kind)
    if parse is None or at is None or reported is not None and len(reported) != 10:
        return None
    i = parse.token_at(at.start(), at.end())
    v = _gathering_verb(parse, i) if i is not None else None
    if i is None or v is None or not _present_aspect(parse, v):
        return None
    # "are waging a battle at this week's meeting": an act inside a gathering under way, held
    # on its period's days, as one the verb leaves
    leaves = _left_from(parse, i, v)
    inside = _acting_inside(parse, i, v)
    # a period is the gathering's own with its own verb ("are meeting this week") or its
    # possessive ("this week's G-7 meeting provides"); not with another verb that only places
    # the gathering ("the announcement follows a visit here this week": told as done)
    period_own = i == v or parse.tokens[v].tag == "VBG"
    owner = owning_time(info, kind)
    for e in info.own_dates():
        if _COMING_PERIOD.fullmatch(e.text):
            k = parse.token_at(e.start - info.sentence.start, e.end - info.sentence.start)
            if not (period_own or e is owner or k is not None and parse.in_subtree(k, i)
                    and parse.tokens[k].dep == "poss"):
                continue
        elif not _WEEKDAY.search(e.text):
            continue
        if report_day(info, e):
            continue
        j = parse.token_at(e.start - info.sentence.start, e.end - info.sentence.start)
        if j is None or _gathering_verb(parse, j) != v:
            continue  # a weekday of another verb ("the talks, which began on Monday, are ...")
        if reported is None:
            # an article of no date ("EU finance ministers meet on Thursday", "is meeting
            # officials this week"): news style's arranged future, ahead or under way, its
            # days unknown; not a weekday the words put in the past ("last Monday")
            before = text[:max(0, e.start - info.sentence.start)]
            if _PAST_MARK.search(before) or leaves:
                continue
            return None, None, inside
        span = _ahead(e, info, reported)
        if span is None:
            continue
        f = joined_date(info, e)
        last = _ahead(f, info, reported) if f else None
        end = last[1] if last and len(last[1]) == len(span[1]) and last[1] >= span[1] else span[1]
        if end > reported[:len(end)]:
            if inside:
                return span[0], end, True
            return (end, end, True) if leaves else (span[0], end, False)
    return None


# Words before a month that tell which one it is, gone by or ahead ("last September", "since
# March", "this May", "next June"): the resolver's reading of them stands.
_MONTH_CUE = re.compile(r"\b(?:last|previous|past|earlier|since|this|that|next|coming|"
                        r"until|till|through|by)\b", re.I)


def month_ahead(ctx: DocContext, info: SentenceInfo, kind: EventKind,
                start: str | None) -> tuple[str, str] | None:
    """The gathering's date is a month its sentence names with no year, that the date resolver
    put in the year before the report's (for want of a tense word, news tells the past more
    than the future; or by a reporting verb's past, "..., the official said"), while the verb
    the gathering's word is or hangs from is in the present simple or the future ("gives some
    hope of a compromise at the quota meeting in September" of a June report, "ministers meet
    again in September"): the month is the next one after the report, and its (first, last)
    month is returned. None when a verb of the past, a perfect, a passive, an infinitive or a
    word of time ("last September", "since March") tells otherwise."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    parse, text = info.parse, info.sentence.text
    at = trigger(text, kind)
    if not reported or not start or parse is None or at is None \
            or not re.fullmatch(r"\d{4}-\d\d", start):
        return None
    nxt = f"{int(start[:4]) + 1}{start[4:]}"
    if not start < reported[:7] < nxt:
        return None  # (not the report's month: its year is the report's)
    own = [e for e in info.own_dates() if e.value == start and not e.range
           and not re.search(r"\d", e.text)]
    if not own or any(_MONTH_CUE.search(text[max(0, e.start - info.sentence.start - 12):
                                             e.end - info.sentence.start]) for e in own):
        return None
    i = parse.token_at(at.start(), at.end())
    v = _gathering_verb(parse, i) if i is not None else None
    if v is None:
        return None
    aux = [c.text.lower() for k, c in enumerate(parse.tokens)
           if k != v and c.head == v and c.dep in ("aux", "auxpass")]
    present = parse.tokens[v].tag in ("VBZ", "VBP") and not aux
    future = bool(aux) and aux[0] in _FUTURE_AUX
    return (nxt, nxt) if present or future else None


@cache
def _outcome_adjectives() -> frozenset[str]:
    return frozenset(load_json("event_status.json")["outcome_adjectives"])


def judged_outcome(text: str, kind: EventKind, parse: Parse | None) -> bool:
    """A noun of the kind's family in the sentence carries, by the parse, an adjective that
    judges how the gathering went ("following what diplomats described as a largely fruitless
    special joint meeting ... in Luxembourg Monday", "after inconclusive talks"): that
    gathering has sat, whatever future the sentence's first event word ("will meet") is in."""
    if parse is None:
        return False
    family = re.compile(rf"(?:{_TRIGGERS[kind]})", re.I)
    adjectives = _outcome_adjectives()
    toks = parse.tokens
    for i, t in enumerate(toks):
        if not t.tag.startswith("NN") or not family.fullmatch(t.text):
            continue
        if any(toks[c].dep in ("amod", "compound") and toks[c].text.lower() in adjectives
               for c in parse.children(i)):
            return True
    return False


# A time marked as gone by ("earlier this month", "last week", "yesterday", "the previous day").
_GONE_BY = re.compile(r"(?:the\s+)?(?:earlier|last|past|previous|preceding|yesterday)\b", re.I)


def own_past_time(ctx: DocContext, info: SentenceInfo,
                  kind: EventKind) -> tuple[str, str] | None:
    """The days of a time marked as gone by that hangs, by the parse, from the event's own noun
    with no verb between ("the failure of talks in London earlier this month", "the meeting in
    Lima last week"): the gathering's own time, whatever tense the sentence's main verb is in
    ("is meeting ministers ... in the light of the failure of talks ... earlier this month").
    A month or week still running ("earlier this month") is that month or week; None when no
    such time or it does not lie before the article's date."""
    reported = ctx.event_date if ctx.event_date and "X" not in ctx.event_date else None
    parse = info.parse
    at = trigger(info.sentence.text, kind)
    if not reported or parse is None or at is None:
        return None
    toks = parse.tokens
    i = parse.token_at(at.start(), at.end())
    if i is None or not toks[i].tag.startswith("NN"):
        return None
    at0 = info.sentence.start
    for e in info.own_dates():
        if not e.value or not _GONE_BY.match(e.text):
            continue
        j = parse.token_at(e.start - at0, e.end - at0)
        if j is None or j == i:
            continue
        up = parse.ancestors(j)
        if i not in up or any(toks[k].tag.startswith("VB") for k in up[:up.index(i)]):
            if not _hung_past_noun(parse, i, j):
                continue
        value = e.value[:10] if re.fullmatch(r"\d{4}-\d\d-\d\dT\w+", e.value) else e.value
        span = _week(value) if re.fullmatch(r"\d{4}-W\d\d", value) else (
            e.range if e.range else (value, value))
        if not span or not all(is_calendar(s) and "X" not in s for s in span) \
                or span[0] > reported[:len(span[0])]:
            continue
        return span
    return None


def _hung_past_noun(parse: Parse, i: int, j: int) -> bool:
    """The gone-by time j follows straight on the phrase of the event's noun i but the parse
    hangs it from a verb above that a past time cannot date, one not in the past ("is meeting
    ... to assess ... the failure of talks in London earlier this month": not "to assess" earlier
    this month): the time is the noun's."""
    toks = parse.tokens
    first = min(k for k in range(len(toks)) if parse.in_subtree(k, j))
    last = max(k for k in range(len(toks)) if parse.in_subtree(k, i) and k < first) \
        if i < first else None
    if last is None or last + 1 != first or parse.in_subtree(j, i):
        return False
    verb = next((k for k in parse.ancestors(j) if toks[k].tag.startswith("VB")), None)
    return verb is not None and i in [k for k in range(len(toks)) if parse.in_subtree(k, verb)] \
        and toks[verb].tag not in ("VBD", "VBN")
