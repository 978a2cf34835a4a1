"""The people an event's sentence names as taking part: its named persons less commentators,
sources, reporters and names used as modifiers, office-holders named by honorific or title,
and people of the article found again by surname."""
from __future__ import annotations

import calendar
import re
from functools import cache

from accords.annotate.context import EVENT_TRIGGER, DocContext, SentenceInfo, nlp
from accords.annotate.entities import PersonMention, _title_words
from accords.annotate.gazetteer import gazetteer, officeholders
from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.extract.event_common import _MEET_SATISFY, _OFFICIAL, _TITLE, _holds_office, _union
from accords.records import Actor, EventMention

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


_GATHERING_NOUN = re.compile(r"\b(?:meetings?|talks|conferences?|summits?|sessions?|discussions|"
                             r"negotiations)\b", re.I)
# A noun phrase that points back at a gathering told before: a definite or possessive word and
# lower-case modifiers only ("the meeting", "this week's talks", "the two-day session").
# ("Monday's meeting", "last week's talks": one dated by a time of the report points back too)
_POINTS_BACK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|"
                          r"[A-Za-z][a-z]+day['’]s|(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|month)['’]s|"
                          r"[Yy]esterday['’]s|[Tt]oday['’]s)\s+"
                          r"(?:[a-z][\w'’-]*\s+){0,3}$")
_NAMED_AFTER = re.compile(r"^\s+(?:of|between|with|on|in)\s+(?:the\s+)?(?P<name>[A-Z][\w-]*)")
_CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")
_NO_NAME_WORDS = frozenset(("The", "A", "An", "This", "That", "At", "In", "On", "Mr", "Mrs",
                            "Ms", "But", "And", "He", "She", "It", "They"))


@cache
def _time_names() -> frozenset[str]:
    """Weekdays and months, in full ("monday", "april") and by the abbreviations of
    data/time_words.json ("apr")."""
    raw = load_json("time_words.json")
    return frozenset((*raw["weekdays"], *raw["months"], *(m.lower() for m in calendar.month_name
                                                          if m)))


def _time_name(word: str) -> bool:
    return word.lower().rstrip(".") in _time_names()


def names_in(text: str) -> set[str]:
    """The capitalized words of a text that may name a gathering's body, place or people (not a
    weekday or a month: two gatherings of one week share those), a hyphened name by its parts
    ("the China-Singapore Joint Meeting" names China and Singapore)."""
    out = set()
    for m in _CAPITALIZED.finditer(text):
        for word in re.sub(r"['’]s?$", "", m.group(0)).split("-"):
            if word[:1].isupper() and word not in _NO_NAME_WORDS and not _time_name(word):
                out.add(word)
    return out


def points_back(text: str, start: int, end: int) -> bool:
    """The gathering noun at [start, end) of the text refers back to one told before ("the
    meeting", "this week's talks"), with no name of its own ("the National Coffee Committee
    meeting", "the meeting of OPEC")."""
    named = _NAMED_AFTER.match(text[end:end + 30])
    # (a month or a weekday is no name: "the April meeting" points back as "the meeting" does)
    before = _CAPITALIZED.sub(lambda w: w.group(0).lower() if _time_name(w.group(0))
                              else w.group(0), text[max(0, start - 60):start])
    return bool(_POINTS_BACK.search(before)) \
        and not (named and names_in(named.group("name")))


def at_another_gathering(info: SentenceInfo, name: str, own: str, by_verb: bool = True,
                         phrase_only: bool = False) -> bool:
    """A neighbour sentence names the person as one of a gathering other than the one whose
    noun phrase is `own` (which has a name, a place or an article of its own: not "the
    meeting"): the host or a side of a gathering it introduces as a new one ("a conference
    hosted by X", "to start four days of talks tomorrow with officials ..., including X") or
    names on its own ("X, talking to reporters at the end of the weekly National Coffee
    Committee meeting, said"), when the neighbour names nothing the gathering's own phrase names
    (its body, its place, one of its people). Such a person sat at that other gathering, not at
    this one (the round-23 audit: the host of another conference, a minister at a domestic
    committee, the people of the talks to begin tomorrow lent to the sentence's meeting). The
    parse ties the person to the noun: inside its phrase, the noun inside the person's, or a
    subject or a "with" side of the verb it is an argument of (not a subject's possessor:
    "X's intervention comes ahead of a meeting"); and, when `by_verb`, a side of a meeting the
    neighbour tells by its verb (`_met_elsewhere`). `phrase_only`: inside the noun's own phrase
    only ("asked for a meeting with A, B and C"; not the subject of "X told a news conference",
    whom a pronoun of the gathering's sentence may stand for)."""
    text, parse = info.sentence.text, info.parse
    words = name.split()
    if parse is None or not words:
        return False
    where = re.search(rf"\b{re.escape(words[-1])}\b", text)
    person = parse.token_at(where.start(), where.end()) if where else None
    if person is None:
        return False
    shared = names_in(own) & names_in(text)
    if shared:
        return by_verb and not phrase_only and _met_elsewhere(parse, person, shared)
    for n in _GATHERING_NOUN.finditer(text):
        noun = parse.token_at(n.start(), n.end())
        if noun is None or points_back(text, n.start(), n.end()) \
                or parse.tokens[noun].dep in ("attr", "oprd"):
            continue  # (nor a judgement of one told before: "called it a good meeting")
        if parse.in_subtree(person, noun) or parse.in_subtree(noun, person):
            return True
        if phrase_only:
            continue
        at = parse.tokens[person].start
        path = [person, *parse.ancestors(person)]
        if any(a <= at < b for a, b in parse.argument_spans(noun)[1:]) \
                and not any(parse.tokens[k].dep == "poss" for k in path):
            return True
    return by_verb and not phrase_only and _met_elsewhere(parse, person, set())


@cache
def _owner_present() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns whose owner and the verbs whose agent are at the thing they name
    (data/event_sides.json)."""
    raw = load_json("event_sides.json")
    return frozenset(raw["owner_present_nouns"]), frozenset(raw["agent_present_verbs"])


# A pronoun that may stand for the owner as a side of the gathering ("at X's residence, where he
# will host Y").
_SIDE_PRONOUN = re.compile(r"^(?:he|she|his|her|him|they|their|them)$", re.I)


# Words of telling others about a thing ("a briefing by X on the meeting", "X reported on the
# talks"): whoever tells about a gathering is not by that said to have sat at it.
_TELLS_ABOUT = frozenset({"brief", "briefs", "briefed", "briefing", "briefings", "debriefing",
                          "report", "reports", "reported", "reporting"})


def reports_on(info: SentenceInfo, name: str, start: int, end: int) -> bool:
    """The sentence names the person only as the one who briefs or reports on the gathering
    whose noun is at [start, end) ("a briefing by the delegate X on a recent producers
    meeting", "X briefed the cabinet on the summit", "X reported on the talks"): by the parse,
    the noun hangs from an "on" / "about" of a word of telling about (`_TELLS_ABOUT`), and
    each mention of the person is inside that word's phrase and outside the "on" phrase (GUIDE:
    reporting on it afterwards is no taking part). Not "X would report to the meeting"."""
    parse, words = info.parse, name.split()
    if parse is None or not words:
        return False
    toks = parse.tokens
    noun = parse.token_at(start, end)
    if noun is None:
        return False
    about = next((a for a in parse.ancestors(noun) if toks[a].dep == "prep"
                  and toks[a].text.lower() in ("on", "about")), None)
    if about is None or toks[toks[about].head].text.lower() not in _TELLS_ABOUT:
        return False
    teller = toks[about].head
    hits = [parse.token_at(m.start(), m.end())
            for m in re.finditer(rf"\b{re.escape(words[-1])}\b", info.sentence.text)]
    return bool(hits) and all(h is not None and parse.in_subtree(h, teller)
                              and not parse.in_subtree(h, about) for h in hits)


def owner_only(info: SentenceInfo, name: str) -> bool:
    """The gathering's sentence names the person only as the owner of a thing in an adjunct of
    it: the possessor of a noun that is the object of a preposition ("talks begin at X's country
    residence"), or the agent of a participle or relative clause of such a noun ("a meeting for
    the reply to a message sent by X"), the noun no gathering's or trip's (not "X's visit"), the
    person not named again in another place of the sentence and no pronoun there that may stand
    for him. Such a person owns the venue or sent the thing the gathering is about; the text
    does not say he took part (the round-24 audit: the sender of the message a meeting answered,
    the owner of the residence the talks were held at). Not the owner of what puts him there:
    "at X's invitation", "a delegation led by X" (`_owner_present`)."""
    parse, words = info.parse, name.split()
    if parse is None or not words:
        return False
    nouns, verbs = _owner_present()
    toks = parse.tokens
    if any(_SIDE_PRONOUN.match(t.text) for t in toks):
        return False
    found = False
    for m in re.finditer(rf"\b{re.escape(words[-1])}\b", info.sentence.text):
        person = parse.token_at(m.start(), m.end())
        if person is None:
            return False
        tok = toks[person]
        thing: int | None = None
        if tok.dep == "poss":
            thing = tok.head
        elif tok.dep == "pobj" and toks[tok.head].dep == "agent":
            verb = toks[tok.head].head
            if toks[verb].dep in ("acl", "relcl") and toks[verb].text.lower() not in verbs:
                thing = toks[verb].head
        if thing is None or not toks[thing].tag.startswith("NN") \
                or toks[thing].text.lower() in nouns or EVENT_TRIGGER.fullmatch(toks[thing].text) \
                or not _in_adjunct(parse, thing):
            return False
        found = True
    return found


def _in_adjunct(parse: Parse, noun: int) -> bool:
    """The noun stands in a chain of prepositional phrases hanging from a verb ("begin at X's
    residence", "meet ... for the reply to a message"), not in a subject or an apposition ("one
    of X's allies", "X's office said")."""
    toks = parse.tokens
    for _ in range(8):
        if toks[noun].dep != "pobj" or toks[toks[noun].head].dep not in ("prep", "agent"):
            return False
        above = toks[toks[noun].head].head
        if toks[above].tag.startswith("VB"):
            return True
        noun = above
    return False


# A verb of meeting ("X met Y", "he is due to meet Y", "after meeting with Y").
_MEET_VERBS = frozenset(("meet", "meets", "met", "meeting"))
# The parts of a meeting's clause that tell what it was about or what followed, not where or
# whose it was.
_ASIDE_DEPS = frozenset(("advcl", "xcomp", "ccomp", "relcl", "conj"))
_TOPIC_PREPS = frozenset(("about", "over", "on", "concerning", "regarding"))
# Words of a verb of meeting that place it at a gathering told before ("met X there", "met on
# the sidelines"): then it is no other gathering.
_AT_ONE_TOLD = re.compile(r"^(?:there|sidelines|margins?|fringes?)$", re.I)


def _met_elsewhere(parse: Parse, person: int, shared: set[str]) -> bool:
    """The person is a side of a meeting the neighbour tells by its verb, with no gathering noun
    of its own nor a word placing it at one told ("Tony Blair has met X and Y to talk about
    ...", "three days before he is due to meet President X"): its subject, object, or one met
    "with" (not a possessor: "X's spokesman met Y"), when a name the gathering's own phrase
    (`shared`) names stands in the meeting's clause only in what it was about. Such a person sat
    at that meeting, not at this one (the round-24 audit: the people of Downing Street talks and
    of a planned Bush-Putin meeting lent to an EU and a WTO summit)."""
    path = [person, *parse.ancestors(person)]
    for k, tok in enumerate(path[1:], 1):
        if not parse.tokens[tok].tag.startswith("VB") \
                or parse.tokens[tok].text.lower() not in _MEET_VERBS:
            continue
        below = path[:k]
        arg = parse.tokens[below[-1]]
        side = arg.dep in ("nsubj", "nsubjpass", "dobj") or (
            arg.dep == "prep" and arg.text.lower() == "with")
        if not side or any(parse.tokens[j].dep == "poss" for j in below):
            return False
        # (the whole chain of its clause: "arrived in Brussels for the summit and met X")
        top = tok
        while parse.tokens[top].dep in ("conj", "xcomp") and parse.tokens[top].head != top \
                and parse.tokens[parse.tokens[top].head].tag.startswith("VB"):
            top = parse.tokens[top].head
        told = any(parse.in_subtree(j, top) and (
            _GATHERING_NOUN.fullmatch(parse.tokens[j].text)
            or _AT_ONE_TOLD.match(parse.tokens[j].text)) for j in range(len(parse.tokens)))
        # a name the gathering's own phrase names, in the meeting's own words ("met X in
        # Brussels") and not only in what it was about ("to talk about Turkey entering the EU")
        aside = [c for c in range(len(parse.tokens)) if c != tok and parse.tokens[c].head == tok
                 and (parse.tokens[c].dep in _ASIDE_DEPS
                      or parse.tokens[c].text.lower() in _TOPIC_PREPS)]
        placed = any(parse.in_subtree(j, top) and not any(parse.in_subtree(j, c) for c in aside)
                     and re.sub(r"['’]s?$", "", parse.tokens[j].text) in shared
                     for j in range(len(parse.tokens)))
        return not told and not placed
    return False


# The one who speaks to or at the gathering the article has just told of: "X told the
# meeting that ...", "X addressed the conference", "X is to speak during Monday's opening
# ceremony" (the blind audit: a gathering's named speakers missing). Only the people named
# before the verb (its subject), not those the speech is about.
SPOKE_AT = re.compile(r"\b(?:told|addressed|addresses|tells)\s+(?:the|this)\s+"
                      # (not "told the news conference": a briefing)
                      r"(?!(?:news|press|telephone|video)\b)(?:[\w-]+\s+)?"
                      r"(?:meetings?|summits?|conferences?|talks|sessions?|assembly|assemblies|gatherings?)\b|"
                      # "Commissioner X told ministers today", "X told his EC colleagues", "X
                      # told fellow leaders": the gathering's own people as the audience (the
                      # round-22 audit: the EC council's speaker missing). A body's acronym may
                      # qualify them, no other name ("told House leaders": a domestic audience).
                      r"\b(?:told|addressed|briefed)\s+(?:(?:his|her|their|fellow|other|the)\s+){0,2}"
                      r"(?:[A-Z][A-Z0-9]+\s+)?(?:(?:fellow|other|visiting|foreign|finance|trade|"
                      r"agriculture|farm|energy|oil|industry)\s+)?"
                      r"(?:ministers|delegates|delegations|colleagues|counterparts|leaders|"
                      r"heads\s+of\s+(?:state|government))\b"
                      # (not those of a place or a body named after them: "told ministers of the
                      # provinces", "told delegates from the unions", "told leaders in Congress")
                      r"(?!\s+(?:of|from|in|at\s+(?:an?|the)\s+(?:news|press))\b)|"
                      r"\b(?:is|are|was|were|will\s+be)\s+(?:due\s+|set\s+|expected\s+|scheduled\s+)?"
                      r"to\s+(?:speak|address)\s+(?:(?:at|during|to)\s+)?"
                      r"(?:the|this|[A-Z][a-z]+day(?:'s|’s))\s+(?:(?:opening|closing|first|plenary|final)\s+)?(?:ceremony|session|meeting|"
                      r"summit|conference|assembly)\b|"
                      # "X and Y will lead an opening session on Monday"
                      r"\b(?:(?:will|would)\s+)?(?:lead|leads|led|chair|chairs|chaired|open|opens|"
                      r"opened)\s+(?:the|an?|this)\s+(?:opening|closing|first|final|plenary|"
                      r"concluding)\s+session\b")


# An office standing for its holder, "the WHO chief", "the Japanese prime minister", "the
# prime minister" (the audits: the holder, named with his title elsewhere in the article, was
# missing): the owner is a body or a state, and the head the office's lower-case noun.
_OFFICE_FOR_HOLDER = (r"(?P<office>[Tt]he\s+(?:(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+)?"
                      r"(?P<head>prime\s+minister|premier|president|chancellor|chief|head|"
                      r"secretary[- ]general|director[- ]general|managing\s+director|chairman|"
                      r"chairwoman|foreign\s+minister|foreign\s+secretary|finance\s+minister|"
                      r"trade\s+minister|secretary\s+of\s+state)(?![\w-]))")
# The roles of the titled holder each such head stands for: a body's "chief" or "head" is its
# director-general, secretary-general, managing director, president or chair.
_HEAD_OF_BODY = r"director[- ]general|secretary[- ]general|managing\s+director|president|chair\w*|chief|head"
_HOLDER_ROLES = {"chief": _HEAD_OF_BODY, "head": _HEAD_OF_BODY,
                 "prime minister": r"prime\s+minister|premier", "premier": r"prime\s+minister|premier"}
# (not the holder's deputy, nor one who held it once)
_NOT_THE_HOLDER = re.compile(r"\b(?:deputy|vice|former|acting|ex|first\s+deputy|assistant|under)\b",
                             re.I)


_OFFICE_SUBJECT = re.compile(rf"(?:(?:But|And|Later|Meanwhile|However),?\s+)?{_OFFICE_FOR_HOLDER}")


def office_holder(ctx: DocContext, owner: str | None, head: str) -> Actor | None:
    """The one person the article names with the title of that office (its owner's when one is
    given: "the WHO chief" is WHO's Director-General X; "the Japanese prime minister" Japan's);
    none when the owner is no known body or state, a "chief" or "head" has no owner, or no one
    or two people hold it. The holders are those the person model found in candidate sentences
    and those a title introduces in the others."""
    head = " ".join(head.lower().replace("-", " ").split())
    if head in ("chief", "head") and not owner:
        return None  # (a chief of what: the body must be named)
    roles = _HOLDER_ROLES.get(head) or r"[- ]".join(re.escape(w) for w in head.split())
    want = re.compile(rf"\b(?:{roles})\b", re.I)
    code = None
    if owner:
        hits = [p for p in gazetteer().find(owner)
                if p.form in ("name", "demonym", "alias", "igo") and p.start == 0]
        if not hits:
            return None
        code = hits[0].code
    people = list(ctx.people.values()) + [p for found in ctx.titled_in_skipped.values()
                                          for p in found]
    holders = {p.name: p for p in people
               if p.role and want.search(p.role) and not _NOT_THE_HOLDER.search(p.role)
               and len(p.name.split()) >= 2 and (code is None or p.country == code)}
    if len(holders) != 1:
        return None
    held = next(iter(holders.values()))
    return Actor(held.name, held.country, "person", held.role)


# A sentence that opens with its speaker's words at a gathering the article tells of by a
# definite noun: "Speaking after the latest round of talks, X said ...", "In her opening remarks
# at the summit, Ms X said ..." (the round-20 audit: Barnier, von der Leyen missing). The
# speaker of the main clause sat at it. (An indefinite "Speaking at a news conference" or one
# of the sentence's own gathering is the sentence's event, event_roles._SPEAKING_AFTER.)
SPEAKING_AT_THE = re.compile(
    r"^\W*(?:(?:Speaking|Talking)\s+(?:to\s+(?:reporters|journalists|the\s+press)\s+)?"
    r"(?:after|following|at|during|at\s+the\s+(?:end|close)\s+of)|"
    r"(?:In|During)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:remarks|speech|address|statement)\s+"
    r"(?:at|to))\s+(?:the|this|(?:this|last)\s+week(?:'s|’s)|[A-Z][a-z]+day(?:'s|’s))\s+"
    # (not a briefing: "Speaking at the news conference afterwards")
    # (a body's name may run long and hold its acronym: "the Group of 20 (G-20) Health
    # Ministers virtual meeting")
    r"(?:(?!news\b|press\b|shareholders)[\w’'()-]+\s+){0,8}?(?P<noun>talks|negotiations|meetings?|"
    r"summit|conference|session|assembly)\b[^,;.:\"“”]{0,60},\s*"
    # (the main clause's subject, a name with its honorific or title, or an office standing
    # for its holder, then its verb of saying)
    r"(?:(?P<who>(?:(?:[A-Z][\w’'.-]+|de|van|von|der|den|du|la|le|al|bin)\s+){0,5}[A-Z][\w’'-]+)|"
    rf"{_OFFICE_FOR_HOLDER})"
    r"\s+(?:also\s+)?(?:said|says|told|added|warned|stressed|insisted|urged)\b")
# The kinds of gathering each noun of such an opening can refer back to.
_NOUN_KINDS = {"talks": ("talks", "meeting"), "negotiations": ("talks", "meeting"),
               "meeting": ("meeting", "talks", "summit", "conference"),
               "meetings": ("meeting", "talks", "summit", "conference"),
               "summit": ("summit", "meeting"), "conference": ("conference", "meeting"),
               "session": ("meeting", "talks", "summit", "conference"),
               "assembly": ("meeting", "conference", "summit")}


# The one who chairs a gathering the article tells of (the audits: a chair missing): "X, who
# chaired the meeting, said", "X will chair the meeting", "Sir X of Grenada chaired the meeting",
# "the chairman of the working party, Ambassador X of Iceland, warned", "X, chairman of the
# renegotiation conference, said", "It was chaired by Prime Minister X".
_NAME = (r"(?P<who>(?:(?:[A-Z][\w’'.-]+|de|van|von|der|den|du|la|le|al|bin)\s+){0,5}[A-Z][\w’'-]+)"
         r"(?:\s+of\s+[A-Z][\w-]+)?")
_CHAIRED_NOUN = (r"(?:the|this|that|an?|(?:yesterday|today|[A-Z][a-z]+day)(?:'s|’s))\s+"
                 r"(?:[\w’'-]+\s+){0,4}?(?P<noun>talks|negotiations|meetings?|summit|conference|"
                 r"session|assembly|working\s+party)\b")
CHAIRED = tuple(re.compile(form) for form in (
    rf"{_NAME}\s*,\s+who\s+(?:(?:has|had|will|would|is\s+to|was\s+to)\s+)?(?:co-)?"
    rf"(?:chaired|chairs|chair|presided\s+over|presides\s+over)\s+{_CHAIRED_NOUN}",
    rf"{_NAME}\s+(?:(?:will|would|is\s+to|was\s+to|is\s+due\s+to)\s+)?(?:co-)?"
    rf"(?:chaired|chairs|chair|presided\s+over)\s+{_CHAIRED_NOUN}",
    rf"{_NAME}\s*,\s+(?:the\s+)?(?:co-)?(?:chairman|chairwoman|chair)\s+of\s+{_CHAIRED_NOUN}",
    rf"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair)\s+of\s+{_CHAIRED_NOUN}[^,;.]{{0,60}},\s+"
    rf"{_NAME}\s*[,.]",
    rf"(?:^\W*|\b)(?:It|which|(?P<noun>meeting|talks|summit|conference|session|negotiations))"
    rf"\s+(?:(?:was|is|were|will\s+be)\s+)?(?:co-)?chaired\s+by\s+{_NAME}",
    # (by an office standing for its holder: "the G8 summit in Gleneagles - chaired by the
    # prime minister -", "The meeting was chaired by the WHO chief")
    rf"(?:^\W*|\b)(?:It|which|(?P<noun>meeting|talks|summit|conference|session|negotiations)"
    rf"(?:\s+(?:in|at)\s+[A-Z][\w-]+){{0,2}}\s*[-–—,]?)"
    rf"\s+(?:(?:was|is|were|will\s+be)\s+)?(?:co-)?chaired\s+by\s+{_OFFICE_FOR_HOLDER}"))


def speaking_at_the(ctx: DocContext, text: str) -> tuple[tuple[str, ...], Actor] | None:
    """The kinds of gathering and the speaker of a sentence that opens "Speaking after the
    talks, X said" or "In her remarks at the summit, X said", or its chair ("X, who chaired
    the meeting"): the person the article names in full by that name or surname; none for
    anyone else (an office, a firm)."""
    flat = " ".join(text.split())
    m = SPEAKING_AT_THE.match(flat) or next(
        (found for form in CHAIRED if (found := form.search(flat))), None)
    if not m:
        return None
    noun = (m.group("noun") or "session").lower()
    noun = "talks" if noun == "working party" else noun
    if m.groupdict().get("office"):
        holder = office_holder(ctx, m.group("owner"), m.group("head"))
        return (_NOUN_KINDS[noun], holder) if holder is not None else None
    words = m.group("who").split()
    while words and (_ITEM_TITLE_WORD.match(words[0]) or _state_word(words[0])):
        words = words[1:]
    if not words or words[0] in _NOT_A_GIVEN_NAME:
        return None
    # (a surname with its particles, "Ms von der Leyen": the given name the article puts before
    # all of them)
    particles = next((k for k, w in enumerate(words) if w.islower()), None)
    full = ctx.person(" ".join(words))
    if full is None and particles is None and len(words) >= 2:
        # (a name given in full here that the person model missed: all of it, "Nguyen Xuan
        # Phuc", not the surname's one full form elsewhere)
        return _NOUN_KINDS[noun], Actor(" ".join(words), None, "person", None)
    full = full or _full_name(ctx, " ".join(words[particles:]) if particles is not None
                              else words[-1])
    if full is None or len(full.name.split()) < 2:
        return None
    return _NOUN_KINDS[noun], Actor(full.name, full.country, "person", full.role)


def _lent_people(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """The officials a neighbour sentence lends: its people but the visitor of a trip it tells of
    ("the talks were in line with agreements made during President X's visit": X came on that
    visit, not to these talks)."""
    at, text = info.sentence.start, info.sentence.text
    trip_owners = {(ctx.person(m.name) or m).name for m in info.people
                   if _OWN_TRIP_AFTER.match(text[m.end - at:])}
    # (of one who told the meeting something, the speaker only, not those the speech names)
    spoke = SPOKE_AT.search(text)
    return [p for p in _people(ctx, info)
            if _OFFICIAL.search(p.role or "") and p.name not in trip_owners
            and not owner_only(info, p.name)
            and not (spoke and not 0 <= text.find(p.name.split()[-1]) < spoke.start())]
# The titles a monarch or a royal is named by, with one name ("King Salman", "Emir Tamim",
# "Crown Princess Mary").
_MONARCH = re.compile(r"(?:King|Queen|Emir|Sultan|Crown Prince|Crown Princess|Princess|Prince)$")


@cache
def _COMMENTATOR() -> tuple[re.Pattern[str], re.Pattern[str]]:  # noqa: N802 - compiled once
    words = load_json("event_status.json")["commentators"]
    # "Jan Berger, an analyst at ...", "Eva Lind, a professor of economics", and the wires'
    # form with no article, "Jan Berger, economist with Nordbank" (round-23 audit)
    after = re.compile(rf"^\s*,\s*(?:(?:an?|the|one|chief|senior|lead|head)\s+(?:[\w.&’'-]+\s+){{0,3}}?"
                       rf"(?:{words})\b|(?:{words})\s+(?:with|at|for|of)\s)", re.I)
    before = re.compile(rf"\b(?:{words})\s+(?:at\s+[\w.&’'-]+(?:\s+[A-Z][\w.&’'-]*)*\s+)?$", re.I)
    return after, before


def _commentator(info: SentenceInfo, p: PersonMention) -> bool:
    """The sentence names the person as one who comments on the event: an analyst, an
    economist, a professor (data/event_status.json: commentators)."""
    after, before = _COMMENTATOR()
    text, at = info.sentence.text, info.sentence.start
    return bool(after.match(text[p.end - at:]) or before.search(text[max(0, p.start - at - 60):
                                                                      p.start - at]))


def _commentator_in_article(ctx: DocContext, name: str) -> bool:
    """The article names the person, by the same last name, as a commentator somewhere ("Giles
    Keating, economist with a bank in London, said ...", then "..., Keating noted"): one named
    by surname in another sentence is that commentator, no one who sat at a gathering (the
    round-23 audit)."""
    words = name.split()
    if not words:
        return False
    after, before = _COMMENTATOR()
    text = ctx.document.text
    return any(after.match(text[m.end():m.end() + 80])
               or before.search(text[max(0, m.start() - 60):m.start()])
               for m in re.finditer(rf"\b{re.escape(words[-1])}\b", text))


# The clause that closes a wire sentence by naming its source: ", X said.", ", said X.",
# ", X told reporters in an interview."
_SOURCE_CLAUSE = re.compile(r"\b(?:said|says|told|added|stated|according to)\b", re.I)
_SPEAKER_IN_EVENT = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|I|[Ww]e|[Oo]ur|[Mm]y)\b")
# ("hosted his Namibian counterpart X, ... spokesman Y said": the possessive of a counterpart is
# the host's, no pronoun of the speaker)
_COUNTERPART_OF = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[A-Z][\w'’-]*\s+){0,2}counterparts?\b")
_SESSION = re.compile(r"\b(?:sessions?|after|following|during)\b", re.I)
# A conjunction that joins names into one list of speakers ("X, Y and Z said").
_LIST_JOIN = re.compile(r"\b(?:and|or)\b|&")


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
        and not _SPEAKER_IN_EVENT.search(_COUNTERPART_OF.sub("", text[:comma])) \
        and not _another_speaker(info, p, comma + 1 + said.start())


def _another_speaker(info: SentenceInfo, p: PersonMention, verb: int) -> bool:
    """The verb of saying at `verb` (a sentence offset) has a subject of its own, set off from
    the person by a comma and joined to him by no "and" / "or": the words between that comma and
    the verb, not closed by a comma of their own ("a meeting with officials, including Finance
    Minister X, Volcker said": Volcker is the source, X one met; "..., including X, officials
    said"). Not a list of speakers ("X, Y and Z said") nor an apposition of the person's office
    ("X, the finance minister, said")."""
    text = info.sentence.text
    end = p.end - info.sentence.start
    if verb <= end:
        return False  # ("according to X": the verb comes first)
    comma = text.find(",", end, verb)
    if comma < 0:
        return False
    subject = text[comma + 1:verb].strip()
    return bool(subject) and not subject.endswith(",") and len(subject.split()) <= 6 \
        and not _LIST_JOIN.search(subject)


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


# "ministry spokesman X said in a statement ...": one who speaks for a side, named as the source
# of what the sentence tells (the blind audit: a spokesman in Bonn made the participant of a
# meeting his minister attended in New Zealand).
_SPOKESMAN = re.compile(r"\b(?:spokes(?:man|woman|person)|press\s+secretary)\b", re.I)
_SAYING_AFTER = re.compile(r"^(?:\s*,[^,;]{1,60},)?\s+(?:said|says|told|added|stated)\b")


# "X, Y and Z are not attending the meeting": people the sentence says stay away (the subject
# list runs on to the negated verb with no verb of its own between; within one sentence a stop
# is an abbreviation's, "U.S.").
_NOT_ATTENDING_AFTER = re.compile(
    r"^(?:(?!\b(?:met|meets|said|says|told|held|will\s+meet)\b)[^;:]){0,160}?\b(?:(?:are|is|was|"
    r"were|will|would|did|does|do)\s+not|(?:are|is|was|were|will|would|did|does|do)n[’']t|never)"
    r"\s+(?:be\s+)?(?:attend\w*|tak(?:e|es|ing)\s+part|participat\w*|go(?:ing)?\s+to\s+the)\b")


@cache
def _absent_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str],
                             frozenset[str]]:
    """The verbs by which a subject stays away from a gathering (data/event_sides.json)."""
    raw = load_json("event_sides.json")
    return (frozenset(raw["absent_verbs"]), frozenset(raw["refusing_verbs"]),
            frozenset(raw["attending_verbs"]), dict(raw["away_particles"]),
            frozenset(raw["saying_verbs"]))


def _verb_stays_away(parse: Parse, verb: int, depth: int = 0, own: bool = True) -> bool:
    """The verb, or one it governs through a chain of open complements ("is expected to skip",
    "has decided to boycott"), tells that its subject stays away: a verb of staying away
    ("boycotted", "skipped"), a refusal of a verb of attending ("refused to attend", "declined
    to join"), a negated verb of attending ("will not attend"), a verb with its particle of
    leaving ("pulled out of", "stayed away from"), or a clause of saying whose complement, its
    subject a pronoun, tells one of these ("said he would not attend"). Not `own`: only the
    complements (the verb's subject is its passive one: "is expected to pull out", where "was
    snubbed at the summit" was there)."""
    absent, refusing, attending, away, saying = _absent_words()
    toks = parse.tokens
    kids = [k for k, t in enumerate(toks) if t.head == verb and k != verb]
    word = toks[verb].text.lower()
    if own and word in absent:
        return True
    if own and any(toks[k].dep == "neg" for k in kids) and word in attending:
        return True
    # (the parse takes the particle for a preposition or an adverb: "pulled out of")
    if own and word in away and any(toks[k].dep in ("prt", "advmod", "prep")
                                    and toks[k].text.lower() == away[word] for k in kids):
        return True
    for k in kids:
        if toks[k].dep != "xcomp":
            continue
        if own and word in refusing and toks[k].text.lower() in attending:
            return True
        if depth < 3 and _verb_stays_away(parse, k, depth + 1):
            return True
    if own and word in saying and depth == 0:
        for k in kids:
            if toks[k].dep == "ccomp" and any(
                    toks[s].head == k and toks[s].dep == "nsubj" and toks[s].tag == "PRP"
                    for s in range(len(toks))) and _verb_stays_away(parse, k, depth + 1):
                return True
    return False


def stays_away(info: SentenceInfo, p: PersonMention) -> bool:
    """The sentence names the person as the subject of a verb of staying away from a gathering
    ("X refused to attend the summit", "X will boycott the talks", "X, the president, said he
    would not attend"): one who did not take part, whichever gathering the sentence lends its
    people to. Read by the parse: the name's head is the subject (or a conjunct of the subject)
    of such a verb; one who is only the antecedent of another clause's subject ("X, who
    boycotted last year's summit, met Y") is not."""
    parse = info.parse
    if parse is None:
        return False
    at = info.sentence.start
    person = parse.token_at(p.start - at, p.end - at)
    if person is None:
        return False
    toks = parse.tokens
    for _ in range(4):  # (a conjunct of the subject: "X and Y boycotted the summit")
        if toks[person].dep != "conj" or toks[person].head == person:
            break
        person = toks[person].head
    if toks[person].dep not in ("nsubj", "nsubjpass"):
        return False
    return _verb_stays_away(parse, toks[person].head, own=toks[person].dep == "nsubj")


def _spokesman_saying(text: str, start: int, end: int, role: str | None) -> bool:
    """A spokesman (by role or by the words before the name) who says what the sentence tells."""
    return bool((role and _SPOKESMAN.search(role) or _SPOKESMAN.search(text[max(0, start - 40):
                                                                          start]))
                and _SAYING_AFTER.match(text[end:]))


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
# The subject of a sentence whose own predicate holds the gathering with someone ("X arrived
# here on Saturday and will have talks with Y tomorrow", "X held talks with Y"): a surname the
# person model leaves untitled there, given in full with a title elsewhere in the article. Not
# across a verb of saying or a relative clause (the talks are then someone else's).
_SUBJECT_SLOT = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+)\s+(?:(?!(?:said|says|told|tells|that|who|which|whom)\b)"
    r"[\w,’'-]+\s+){0,8}?(?:(?:will|would|is\s+to|was\s+to|to)\s+)?"
    r"(?:have|has|had|hold|holds|held|open|opened|began|begin)\s+"
    r"(?:(?:further|more|two-day|separate)\s+)?talks\s+with\b")
# The same subject told by a relative clause on it ("X, who also had private talks with Y,
# said ..."): "who" right after the name's comma is the name, so the talks are his (the clause
# of a later name is not read: "X said Y, who had talks with Z, ...").
_RELATIVE_SUBJECT_SLOT = re.compile(
    r"^(?P<name>[A-Z][\w'’-]+),\s+who\s+(?:(?:also|earlier|later|then|already)\s+)?"
    r"(?:(?:has|had)\s+)?(?:have|has|had|hold|holds|held|opened|began)\s+"
    r"(?:(?!no\b)[a-z][\w-]*\s+){0,2}?talks\s+with\b")


# A plural title before the first of conjoined names ("Foreign Ministers X and Y"): the person
# model gives it to the first name only.
_PLURAL_TITLE = re.compile(r"(?:Ministers|Presidents|Secretaries|Premiers|Ambassadors|Envoys|"
                           r"Governors|Commissioners)$")
_CONJUNCT_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+")


def _people(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    out: list[Actor] = []
    at = info.sentence.start
    found = list(info.people)
    # (only where the person model read the sentence: a skipped one's people are not its event's)
    slots = [m for m in _SLOT_SURNAME.finditer(info.sentence.text)
             if _MEETING_SLOT.search(info.sentence.text[:m.start("name")])]
    subject = _SUBJECT_SLOT.match(info.sentence.text) \
        or _RELATIVE_SUBJECT_SLOT.match(info.sentence.text)
    for m in [*_HONORIFIC_SURNAME.finditer(info.sentence.text if info.candidate else ""),
              *(slots if info.candidate else []),
              *([subject] if subject and info.candidate else [])]:
        start, end = at + m.start("name"), at + m.end("name")
        known = ctx.person(m.group("name")) or _titled_elsewhere(ctx, m.group("name"))
        # ("Mrs X met with ..." where the person model took no name: the honorific's surname,
        # when the article gives it in full once, resolved below as one the model found)
        if known is None and m.re is _HONORIFIC_SURNAME:
            known = _full_name_in_office(ctx, m.group("name"))
        # ("X, who had talks with Y" after "finance minister Z X", a name the person model
        # did not read: the article's one full form of the surname, given with an office)
        relative = known is None and m.re is _RELATIVE_SUBJECT_SLOT
        if relative:
            known = _full_name_in_office(ctx, m.group("name"))
        single = None if known or m is subject else _titled_leader_alone(ctx, m.group("name"))
        if (known or single) and not any(p.start < end and start < p.end for p in found):
            # ("talks with Suharto" after "President Suharto" in a skipped sentence: a leader
            # known by one name keeps the title that makes him one)
            found.append(PersonMention(start, end,
                                       known.name if relative and known else m.group("name"),
                                       single.role if single else None,
                                       single.country if single else None))
    plural_title: tuple[int, str] | None = None  # (end, title) of the last "Ministers X"
    for p in sorted(found, key=lambda p: p.start):
        if _commentator(info, p) or _source_only(info, p) or not _OFFICIAL.search(p.role or "") \
                and _commentator_in_article(ctx, p.name) or _WORDS_FROM.search(
                info.sentence.text[max(0, p.start - at - 60):p.start - at]) \
                or _NAME_AS_MODIFIER.match(info.sentence.text[p.end - at:]) \
                or _ALIAS_BEFORE.search(info.sentence.text[max(0, p.start - at - 30):p.start - at]) \
                or _outlet_reporter(info.sentence.text, p.start - at, p.end - at) \
                or _EARLIER_WHEN.search(info.sentence.text[:p.start - at]) \
                or _SINCE_MET_BEFORE.search(info.sentence.text[:p.start - at]) \
                or _SINCE_SUBJECT.search(info.sentence.text[:p.start - at]) \
                and _MET_AFTER.match(info.sentence.text[p.end - at:]) \
                or not p.role and _PLACE_SLOT_BEFORE.search(
                    info.sentence.text[max(0, p.start - at - 30):p.start - at]) \
                or _spokesman_saying(info.sentence.text, p.start - at, p.end - at, p.role) \
                or _NOT_ATTENDING_AFTER.match(info.sentence.text[p.end - at:]) \
                or stays_away(info, p) or _employer_only(info, p, found) \
                or _sender_only(info, p):
            continue  # "said Jan Berger, an analyst at ...": not one who took part
        # ("Mr Abe" given in full only in a skipped sentence; a surname with no honorific may
        # be a place's or a thing's name, "Johnson ends the year")
        # (nor may a surname right after a gathering's "with"/"between" or after "met": "a
        # meeting between Poehl, Finance Minister X and ...", whom a skipped sentence titles)
        before = info.sentence.text[:p.start - at]
        # ("Mr X" whom the article gives in full with no title, in a sentence the person model
        # skipped: "P X, India's finance minister, argued ... Mr X is attending the meeting".
        # The honorific makes the surname a person's; the article's one full form is his.)
        # (the model's mention may hold the honorific: "Mrs X" read as the person X)
        titled = re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", before) or re.match(
            r"(?:Mr|Mrs|Ms|Dr)\.?\s+\S+$", info.sentence.text[p.start - at:p.end - at])
        honorific = titled or _MEETING_SLOT.search(before)
        full = ctx.person(p.name) or (_titled_elsewhere(ctx, p.name) if honorific else None) \
            or (_full_name_in_office(ctx, p.name) if titled and len(p.name.split()) == 1
                and _clause_argument(info, p) else None) or p
        alone = _titled_leader_alone(ctx, p.name) if honorific and full is p and not p.role \
            else None
        if alone:  # "talks with Suharto" after "President Suharto" in a skipped sentence
            p = full = PersonMention(p.start, p.end, p.name, alone.role, alone.country)
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
        if _names_a_state(full.name):
            continue  # "the President of the United States": an office, no one's name
        role = full.role or p.role
        if role is None and plural_title is not None and _CONJUNCT_GAP.fullmatch(
                info.sentence.text[plural_title[0] - at:p.start - at]):
            role = plural_title[1]  # "Transport Ministers X and Y": Y holds the title too
        plural_title = (p.end, role) if role and _PLURAL_TITLE.search(role) else None
        actor = Actor(full.name, full.country or p.country, "person", role)
        if actor.name not in {x.name for x in out}:
            out.append(actor)
    return _without_rank_doubles(out)


# The relations by which a name is one of its clause's own actors (the subject, an object, the
# object of "with"/"between", a conjunct of one), not a modifier of another noun ("Mr X's speech
# ahead of the meeting": the speech's owner, not one said to sit at it).
_ARGUMENT_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "conj", "ROOT"))


@cache
def _message_nouns() -> frozenset[str]:
    """Nouns of a written or spoken message (data/time_words.json "message_nouns")."""
    return frozenset(load_json("time_words.json")["message_nouns"])


def _sender_only(info: SentenceInfo, p: PersonMention) -> bool:
    """The sentence names the person only as the sender of a message ("met President Y and
    handed him a message from Soviet leader X", "delivered X's letter"): the one who sends word
    by another is not at the gathering where it is handed over. Every mention of his surname is
    the object of "from" hanging from a message noun, or that noun's possessor."""
    parse = info.parse
    if parse is None:
        return False
    toks, nouns = parse.tokens, _message_nouns()
    hits = [parse.token_at(m.start(), m.end())
            for m in re.finditer(rf"\b{re.escape(p.name.split()[-1])}\b", info.sentence.text)]
    if not hits:
        return False
    for h in hits:
        if h is None:
            return False
        tok = toks[h]
        head = toks[tok.head]
        noun = head.head if tok.dep == "pobj" and head.text.lower() == "from" \
            and head.dep == "prep" else tok.head if tok.dep == "poss" else None
        if noun is None or toks[noun].text.lower() not in nouns:
            return False
    return True


# "X's press secretary Y", "X's chief of staff, Y": the words between a possessive name and
# the next person's name, which then name that person's office (nouns and adjectives, "of").
_OFFICE_BETWEEN = re.compile(r"^(?:'s|’s)\s+(?P<office>(?:[\w.-]+\s+){0,4}?[\w.-]+),?\s+$")
_OFFICE_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "IN"))


def _employer_only(info: SentenceInfo, p: PersonMention, found: list[PersonMention]) -> bool:
    """The sentence names the person only as the possessor of another named person's office
    ("Brazilian President X's press secretary Y and other officials met Z"): he is whose
    secretary, spokesman or envoy Y is, and the sentence does not say he took part himself.
    Not when his surname stands again elsewhere in the sentence ("X's spokesman Y said X met
    Z"), and not when the words between are no office (a gathering's or a thing's noun, a verb:
    "X's talks with Y", "X's message to Y")."""
    parse, text, at = info.parse, info.sentence.text, info.sentence.start
    if parse is None:
        return False
    nxt = next((q for q in sorted(found, key=lambda q: q.start) if q.start >= p.end), None)
    if nxt is None:
        return False
    m = _OFFICE_BETWEEN.match(text[p.end - at:nxt.start - at])
    if m is None:
        return False
    lo, hi = p.end - at + m.start("office"), p.end - at + m.end("office")
    between = [t for t in parse.tokens if t.start >= lo and t.end <= hi]
    if not between or any(t.tag not in _OFFICE_TAGS or t.tag == "IN" and t.text.lower() != "of"
                          or EVENT_TRIGGER.fullmatch(t.text) for t in between):
        return False
    surname = p.name.split()[-1]
    return len(re.findall(rf"\b{re.escape(surname)}\b", text)) == 1


def _clause_argument(info: SentenceInfo, p: PersonMention) -> bool:
    """By the sentence's parse, the mention is an argument of its clause (`_ARGUMENT_DEPS`)."""
    if info.parse is None:
        return False
    at = info.sentence.start
    i = info.parse.token_at(p.start - at, p.end - at)
    return i is not None and info.parse.tokens[i].dep in _ARGUMENT_DEPS


def _names_a_state(name: str) -> bool:
    """The whole name is a state's or an organization's ("United States" read as a person after
    "the President of the")."""
    hit = gazetteer().lookup.get(name) or gazetteer().lookup.get(name.lower())
    return bool(hit and hit[1] in ("name", "alias", "igo"))


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


def _titled_leader_alone(ctx: DocContext, name: str) -> PersonMention | None:
    """A leader the article's skipped sentences title by one name only ("President Suharto"),
    when they title one person of that name, with a leader's office."""
    if len(name.split()) != 1:
        return None
    hits = {(p.role, p.country): p for people in ctx.titled_in_skipped.values() for p in people
            if p.name == name and p.role in _leader_offices()}
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


def named_nearby(ctx: DocContext, info: SentenceInfo, sides: list[str],
                 partners: list[Actor] | None = None) -> list[Actor]:
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
        elif not found and len(sides) == 1 and partners:
            # "held talks with his Ghanaian counterpart ... Lavrov and X discussed": the one
            # the next sentence joins to a participant by "and", of no other state known
            out.extend(_conjoined_next(ctx, near[:1], partners, side))
    return out


def _conjoined_next(ctx: DocContext, near: list[SentenceInfo], partners: list[Actor],
                    side: str) -> list[Actor]:
    """The one person a sentence names conjoined with a participant's surname ("Lavrov and X
    discussed ...", "X and Lavrov agreed ..."), whose state, where known, is the side's."""
    surnames = {p.name.split()[-1] for p in partners}
    out: dict[str, Actor] = {}
    for other in near:
        text = " ".join(other.sentence.text.split())
        for p in _people(ctx, other) if other.candidate else _titled_actors(ctx, other):
            if p.name.split()[-1] in surnames or p.country not in (None, side):
                continue
            name = re.escape(p.name.split()[-1])
            for surname in surnames:
                pair = rf"\b{re.escape(surname)}\s+and\s+(?:[\w.'’-]+\s+){{0,4}}?{name}\b|" \
                       rf"\b{name}\s+and\s+(?:[\w.'’-]+\s+){{0,4}}?{re.escape(surname)}\b"
                if re.search(pair, text):
                    out.setdefault(p.name, Actor(p.name, p.country or side, "person", p.role))
    return list(out.values()) if len(out) == 1 else []


# What a gathering produces, whose signers sat at it: "It was signed by Energy Ministers X and Y"
# right after "... signed an accord at the close of the joint meeting".
_GATHERING_PRODUCT = (r"(?:accords?|agreements?|memorand(?:um|a)|deals?|protocols?|declarations?|"
                      r"statements?|communiqu[eé]s?|treat(?:y|ies)|pacts?|documents?|conventions?|"
                      r"charters?|minutes|roadmap|plan)")
_SIGNED_BY_NEXT = re.compile(rf"^\W*(?:It|They|(?:The|Both)\s+(?:[\w-]+\s+){{0,3}}?{_GATHERING_PRODUCT})"
                             r"\s+(?:was|were)\s+(?:also\s+|jointly\s+)?(?:signed|initialled|inked)"
                             r"\s+by\s+(?P<list>[^;]+)$")
# "It brought together Foreign Ministers X and Y": the gathering's own sentence of who sat at it.
_BROUGHT_TOGETHER_NEXT = re.compile(r"^\W*(?:It|The\s+(?:meeting|talks|session|summit|conference|"
                                    r"consultations))\s+(?:brought\s+together|gathered)\s+"
                                    r"(?P<list>[^;]+)$")
# "The delegations were led by Foreign Ministers X and Y", "The Zambian delegation was headed by
# X and the Malawian delegation by Y", "Present were X and Y": who led or attended the gathering.
_LED_BY_NEXT = re.compile(r"^\W*(?:The\s+(?:two\s+|[\w-]+\s+)?(?:delegations?|sides?|talks|meeting|"
                          r"session|consultations|negotiations)\s+(?:was|were|is|are|will\s+be|(?:is|are|was|were)\s+to\s+be|"
                          r"ha(?:s|ve|d)\s+been)\s+(?:led|headed|"
                          r"co-led|chaired|co-chaired)\s+by|(?:Also\s+)?(?:Present|Attending|Taking\s+"
                          r"part)\s+(?:were|was))\s+(?P<list>[^;]+)$")
# (the second side's leader named in the same clause: "... and the Malawian delegation by Y")
_OTHER_SIDE_BY = re.compile(r",?\s+(?:and|while)\s+the\s+(?:[\w-]+\s+)?(?:delegation|side)\s+"
                            r"(?:was\s+(?:led|headed)\s+)?by\s+")
# A verb whose subject, named right after a gathering's sentence, sat at it: "Water ministers X
# and Y led the talks", "X and Y discussed Ukraine", "... co-chaired the session", "... signed ten
# agreements", "... issued a joint statement after the talks", "were among those present".
_SAT_AT_VERB = (r"(?:also\s+)?(?:(?:will|would|are\s+to|were\s+to)\s+(?:also\s+)?(?:co-)?(?:lead|head|"
                r"chair|attend|take\s+part)|led|headed|co-chaired|chaired|signed|initialled|discussed|agreed|"
                r"issued|adopted|reviewed|exchanged|reaffirmed|pledged|were\s+among\s+those\s+"
                r"(?:present|attending)|took\s+part|attended)\b")
# "The two prime ministers, X and Y, agreed ...": the role word's apposition names them.
_ROLE_APPOSITION_NEXT = re.compile(r"^\W*The\s+(?:two\s+|three\s+|four\s+|five\s+)?(?:[\w-]+\s+){0,2}?"
                                   r"(?:ministers|leaders|presidents|premiers|heads\s+of\s+"
                                   r"(?:state|government)|envoys|negotiators|co-chairs)"
                                   # ("the ministers of foreign affairs, X and Y,")
                                   r"(?:\s+of\s+(?:[a-z]+\s+){0,3}?[a-z]+)?\s*,\s*"
                                   rf"(?P<list>[^;]+?)\s*,\s+{_SAT_AT_VERB}")
# A subject that is a list of titled names and nothing else, ending at one of those verbs.
_LIST_SUBJECT_NEXT = re.compile(rf"^\W*(?P<list>[A-Z][^;:\"“”]+?)\s+{_SAT_AT_VERB}")
# One item of such a list: titles, a state's adjective, "his Sudanese counterpart", then the name.
_LIST_ITEM_NAME = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]+\s+)(?:(?:bin|ibn|al|el|de|da|van|von|"
                             r"[A-Z][\w'’.-]+)\s+){0,3}[A-Z][\w'’-]+)\s*$")
_YEAR_IN_NEXT = re.compile(r"\b(?:1[89]|20)\d\d\b")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Words of a title or a side that open a list item and are no part of a name.
_ITEM_TITLE_WORD = re.compile(rf"^(?:{_TITLE}s?|Ministers|Prime|Deputy|Vice|Foreign|Finance|Trade|"
                              r"Interior|Energy|Defence|Defense|Water|Industry|Commerce|Economy|"
                              r"Economic|Health|Justice|Agriculture|Transport|Mr|Mrs|Ms|Dr|Sir|"
                              r"Chief|Crown|Supreme|Leader|State|Counsellor|Chairman|Chair|Head|Under|"
                              r"Assistant|Associate)\.?$")


def _state_word(word: str) -> bool:
    """The word names a state or its people ("Zambian", "Egypt"), as a side before a name."""
    return any(p.form in ("name", "demonym", "alias", "igo") for p in gazetteer().find(word))


def _list_item_names(items: str) -> list[str]:
    """The person names of a list ("Energy Ministers X and Y", "Egyptian Foreign Minister X and
    his Sudanese counterpart Y"): each item's last run of capitalized words, less the title and
    side words before the name. An item that is anything else (a state, a lower-case phrase)
    makes the list no list of people."""
    names: list[str] = []
    for item in _LIST_SPLIT.split(items.strip()):
        m = _LIST_ITEM_NAME.search(item)
        if not m:
            return []
        words = m.group("name").split()
        while words and (_ITEM_TITLE_WORD.match(words[0]) or _state_word(words[0])):
            words = words[1:]
        # (a city's name is a given name often enough, "Nancy", "Stanley"; a state's is not)
        if len(words) < 2 or any(_state_word(w) for w in words):
            return []
        names.append(" ".join(words))
    return names


# An apposition or relative clause after the subject's name: "X, the executive secretary of
# the commission, told ...", "X, who has defended ..., is to speak".
_SUBJECT_ASIDE = re.compile(r",\s+(?:the|an?|who|whose|his|her)\b[^,]*,?\s*$")
_NOT_A_GIVEN_NAME = frozenset(("But", "And", "Yet", "So", "Then", "Meanwhile", "However",
                               "Also", "The", "A", "An", "In", "On", "At"))
_ONE_WORD = re.compile(r"(?P<name>[A-Z][\w'’-]+)\s*$")


def subject_people(ctx: DocContext, subject: str) -> list[Actor]:
    """The people a clause's subject names, `subject` being the sentence up to its verb ("X and
    Y will lead", "Chinese President X, who ..., is to speak"): each item of its list ends in a
    name, a surname alone being the person the article names in full elsewhere. Empty when any
    item is something else ("He said she", "The minister")."""
    subject = _SUBJECT_ASIDE.sub("", " ".join(subject.split())).strip()
    if (office := _OFFICE_SUBJECT.fullmatch(subject)) is not None:  # "The WHO chief told ..."
        holder = office_holder(ctx, office.group("owner"), office.group("head"))
        return [holder] if holder is not None else []
    out: list[Actor] = []
    for item in _LIST_SPLIT.split(subject) if subject else []:
        m = _LIST_ITEM_NAME.search(item) or _ONE_WORD.search(item)
        if not m or m.start() > 0 and not all(
                _ITEM_TITLE_WORD.match(w) or _state_word(w) for w in item[:m.start()].split()):
            return []  # (words before the name that are no title: "Officials say X")
        words = m.group("name").split()
        # (the name is what follows the last title word: "But FERC Chairman X Y" is "X Y")
        titled = [k for k, w in enumerate(words) if _ITEM_TITLE_WORD.match(w) or _state_word(w)]
        if titled:
            words = words[titled[-1] + 1:]
        if not words or words[0] in _NOT_A_GIVEN_NAME or any(_state_word(w) for w in words):
            return []
        full = ctx.person(" ".join(words)) or (_full_name(ctx, words[0]) if len(words) == 1
                                               else None)
        if full is not None:
            out.append(Actor(full.name, full.country, "person", full.role))
        elif len(words) >= 2:
            out.append(Actor(" ".join(words), None, "person", None))
        else:
            return []
    return out


def _full_name(ctx: DocContext, surname: str) -> PersonMention | None:
    """The one person the article's text names in full by that surname ("Michel Barnier" for
    "Barnier"), given name first; none when two do or none does."""
    fulls = {m.group(0) for m in re.finditer(rf"\b[A-Z][\w'’.-]+\s+{re.escape(surname)}\b",
                                             ctx.document.text)
             if not _ITEM_TITLE_WORD.match(m.group(0).split()[0])
             # (a state's possessive is no given name: "North Korea's Kim Jong-un")
             and not _state_word(re.sub(r"['’]s$", "", m.group(0).split()[0]))
             and m.group(0).split()[0] not in ("The", "And", "But", "As", "In", "On", "At")
             # (nor a weekday or a sentence's first word: "Yesterday X", "He X")
             and m.group(0).split()[0] not in _NO_NAME_WORDS
             and not _time_name(m.group(0).split()[0])}
    if len(fulls) != 1:
        return None
    return PersonMention(0, 0, fulls.pop(), None, None)


# An office word of an apposition after a full name ("X Y, India's finance minister,", "X Y,
# the country's main opposition leader") or right before it ("Federal Reserve chairman X Y").
_OFFICE_WORD = (r"(?:minister|president|premier|chancellor|secretary|ambassador|envoy|"
                r"commissioner|governor|leader|chairman|chairwoman|chief|head|director|king|queen|"
                r"emir|sultan)")
_OFFICE_APPOSITION = re.compile(rf"^\s*,\s*[^,.;:\"“”]{{0,80}}?\b{_OFFICE_WORD}\b", re.I)
_OFFICE_BEFORE = re.compile(rf"\b{_OFFICE_WORD}\s+$", re.I)


def _full_name_in_office(ctx: DocContext, surname: str) -> PersonMention | None:
    """`_full_name`, when the article gives that full name with an office, in an apposition or
    right before it: an honorific's surname is then an office-holder's, one who may sit at a
    gathering (not a mayor's, a reporter's or a campaigner's told with no office)."""
    full = _full_name(ctx, surname)
    if full is None:
        return None
    text = ctx.document.text
    for m in re.finditer(rf"(?<![\w-]){re.escape(full.name)}(?![\w-])", text):
        if _OFFICE_APPOSITION.match(text[m.end():m.end() + 120]) \
                or _OFFICE_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            return full
    return None


def people_named_next(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """The people a sentence names as those who sat at the gathering of the sentence before it:
    as signers of what it produced, as the role word's apposition ("the two leaders, X and Y,"),
    or as the list of names that is the subject of a verb of taking part ("Water ministers X and
    Y led the talks"). Undated articles need them most: with no date, an event without its
    participants cannot match. Empty when the sentence is none of these."""
    text = " ".join(info.sentence.text.split())
    if _YEAR_IN_NEXT.search(text):
        return []  # "The 1995 treaty was signed by X and Y": signers of another, earlier time
    if (m := _SIGNED_BY_NEXT.match(text) or _BROUGHT_TOGETHER_NEXT.match(text)
            or _LED_BY_NEXT.match(text)):
        items = re.split(r"\s+(?:at|in|on|during|after|before|following|who|which|,\s*(?:who|"
                         r"which|witnessed|in\s+the\s+presence))\b",
                         _OTHER_SIDE_BY.sub(" and ", m.group("list").rstrip(". ")))[0]
        need = 1
    elif (m := _ROLE_APPOSITION_NEXT.match(text) or _LIST_SUBJECT_NEXT.match(text)):
        items, need = m.group("list"), 2  # (one name before a verb is often a speaker's)
    else:
        return []
    names = _list_item_names(items)
    if len(names) < need:
        return []
    found = {p.name: p for p in (_people(ctx, info) if info.candidate else _titled_actors(ctx, info))}
    out = []
    for name in names:
        # (the person model's reading where it has one: its role and state)
        known = next((a for n, a in found.items() if n == name or n.endswith(" " + name)
                      or name.endswith(" " + n)), None)
        known_full = ctx.person(name)
        out.append(known or Actor(known_full.name if known_full else name,
                                  known_full.country if known_full else None, "person",
                                  known_full.role if known_full else None))
    return out


# "His UK counterpart David Frost said ...", "Her counterpart, Foreign Minister X, said ...":
# the sentence right after a gathering's opens on the counterpart of the one it names.
_COUNTERPART_NEXT = re.compile(r"^\W*(?:His|Her)\s+(?:[A-Z][\w'’.-]*\s+){0,2}?counterpart,?\s+"
                               r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}?[A-Z][\w'’-]*)(?=[\s,;:]|$)")


def counterpart_next(ctx: DocContext, info: SentenceInfo, partner: Actor) -> Actor | None:
    """The person a sentence opens on as "his/her counterpart" right after a gathering's
    sentence that names one person, `partner`: the other side of that gathering (GUIDE: the
    counterpart took part as much as the one named). None when the sentence opens otherwise,
    the name is no person's or is the partner's own, or it is of the partner's state."""
    text = " ".join(info.sentence.text.split())
    m = _COUNTERPART_NEXT.match(text)
    if not m:
        return None
    names = _list_item_names(m.group("name"))
    if len(names) != 1 or names[0].split()[-1] == partner.name.split()[-1]:
        return None
    name = names[0]
    found = {p.name: p for p in (_people(ctx, info) if info.candidate else _titled_actors(ctx, info))}
    known = next((a for n, a in found.items() if n == name or n.endswith(" " + name)
                  or name.endswith(" " + n)), None)
    full = ctx.person(name)
    actor = known or Actor(full.name if full else name, full.country if full else None, "person",
                           full.role if full else None)
    if actor.country is not None and actor.country == partner.country:
        return None  # ("his deputy"-like: one of the partner's own side)
    return actor


# Where the list of companions after "accompanied by" ends: a clause of saying, a preposition
# or a relative pronoun after the names ("..., officials said", "on the trip", "who will ...").
_COMPANIONS_END = re.compile(r"[.;:]|,\s*(?:[\w'’-]+\s+){0,3}?(?:said|says|added|told)\b|"
                             r"\s+(?:at|in|on|during|for|to|from|who|which|as|when)\s")


def companions(after: str) -> list[Actor]:
    """The people a list after "accompanied by" names, each with the title before the name in
    any case ("central bank president X and director of public finance Y"); none unless every
    item ends in a name."""
    end = _COMPANIONS_END.search(" ".join(after.split()) + ".")
    items = " ".join(after.split())[:end.start() if end else None]
    return [Actor(name, None, "person", None) for name in _list_item_names(items)]


# "The two ministers held talks", "the two leaders met": a gathering's subject that stands for
# the two office-holders the sentence before named ("The delegations were led by Interior
# Ministers X and Y. The two ministers held talks in Minsk").
_THE_TWO = re.compile(r"\b[Tt]he\s+two\s+(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|"
                      r"premiers|heads\s+of\s+(?:state|government)|envoys|negotiators|"
                      r"foreign\s+secretaries|secretaries|chancellors|monarchs|delegation\s+heads)\b")


def the_two_before(ctx: DocContext, index: int) -> list[Actor]:
    """The two office-holders of different states the sentence before names, when the
    gathering's sentence calls its people "the two ministers" (or leaders, presidents ...) and
    names no one; none unless there are exactly two such people."""
    if index < 1 or not _THE_TWO.search(ctx.sentences[index].sentence.text):
        return []
    before = ctx.sentences[index - 1]
    named = _people(ctx, before) if before.candidate else _titled_actors(ctx, before)
    officials = [p for p in named if _holds_office(p)]
    if len(officials) != 2 or (officials[0].country and officials[0].country
                               == officials[1].country):
        return []
    return officials


@cache
def _portfolio_words() -> frozenset[str]:
    """Words of a portfolio (data/titles.json), none of them also a word of an office's head
    ("Trade" is, of "Trade Representative", but "King" is no portfolio word)."""
    raw = load_json("titles.json")
    heads = {w for h in raw["heads"] for w in h.split()}
    return frozenset({w for p in raw["portfolios"] for w in p.split()} - heads
                     | set(raw["portfolio_words"]))


_NAME_GLUE = frozenset(("of", "and", "the", "for", "&"))


def no_person_name(name: str, text: str = "") -> bool:
    """A participant's "name" that names no person: only words of an office, a portfolio or a
    state ("International Cooperation" of a minister's long title, "Nicaragua's External Trade
    Minister"), a state or a capital, a city the article's `text` names as a place ("in Siem
    Reap"; a town may be a person's whole name: "Paulo Ramos"), or a state's name cut short
    ("Papua New")."""
    gaz = gazetteer()
    words = [re.sub(r"['’]s$", "", w) for w in name.split()]
    if not words:
        return True
    office = [w for w in words if w in _title_words() or w in _portfolio_words()]
    if office and all(w in _NAME_GLUE or w in office or gaz.lookup.get(w, ("", ""))[1]
                      in ("name", "alias", "demonym") for w in words):
        return True
    form = (gaz.lookup.get(name) or gaz.lookup.get(name.lower()) or ("", ""))[1]
    if form in ("name", "alias", "capital") or form == "city" and re.search(
            rf"\b(?:in|to|at|from|near)\s+{re.escape(name)}\b", text):
        return True
    return len(words) >= 2 and any(n.startswith(name + " ") for n in gaz.names.values())


def person_name(actor: Actor) -> Actor:
    """The participant with the words of a title left before the name taken off, when two words
    or more remain: portfolio words ("Cooperation U Kyaw Tin" of "Minister of ... International
    Cooperation U Kyaw Tin"), or two words or more that end in an office's or a portfolio's word
    ("Central Bank President Hernan Anzola", "Public Finance Jorge Marcano"; not one title word,
    "Sultan bin Saad Al-Muraikhi", "King Fahd")."""
    words = actor.name.split()
    lead = 0
    while lead < len(words) and words[lead] in _portfolio_words():
        lead += 1
    titled = [k + 1 for k, w in enumerate(words[:-2])
              if k >= 1 and (w in _title_words() or w in _portfolio_words())]
    if titled:
        lead = max(lead, titled[-1])
    if not lead or len(words) - lead < 2:
        return actor
    return Actor(" ".join(words[lead:]), actor.country, actor.type, actor.role)


# Verbs of going to a gathering: "X is due to attend the summit", "X will go to Venice".
_ATTEND_FORMS = frozenset({"attend", "attends", "attending", "attended"})
_GO_FORMS = frozenset({"go", "goes", "going", "went", "travel", "travels", "travelling",
                       "traveling", "travelled", "traveled", "fly", "flies", "flying", "flew"})
# Verbs of setting off whose purpose infinitive tells where their subject goes ("X left Brazil
# today to attend the meeting", "X arrived in Y to attend the summit").
_LEAVE_FORMS = frozenset({"leave", "leaves", "leaving", "left", "arrive", "arrives", "arriving",
                          "arrived", "come", "comes", "coming", "came", "head", "heads", "heading",
                          "headed"})
_GOING_TO = re.compile(r"\b(?:go|goes|going|went)\s+to\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# The words that tell one is bound for it: "is due / expected / scheduled / set to attend".
_BOUND_FOR = frozenset({"due", "expected", "scheduled", "set", "is", "are", "was", "were", "be",
                        "will", "going", "likely"})
_NOUN_KIND = {"summit": "summit", "summits": "summit", "conference": "conference",
              "meeting": "meeting", "talks": "talks", "session": "meeting"}
# Verbs whose subject sat at the gathering that is their object ("X chaired the meeting", "X
# addressed the summit") or the object of their "at" ("X spoke at the summit", "X was at the
# summit", "X was at the sidelines of the summit"): being there, not talking about it.
_SAT_AT_OBJECT = frozenset({"chair", "chairs", "chaired", "chairing", "address", "addresses",
                            "addressed", "addressing", "open", "opens", "opened", "opening"})
# Nouns in apposition to a person that make them one of the gathering that is the object of
# their "of" ("X, another co-host of the conference, said", "X, chairman of the meeting, ..."):
# one who hosts or chairs a gathering takes part in it.
_HOST_NOUNS = frozenset({"host", "co-host", "cohost", "chairman", "chairwoman", "chairperson",
                         "chair", "co-chair", "co-chairman"})
# A verb's "-ing" clause without a subject of its own, under one of these words, tells what the
# subject of the verb it hangs from does ("In opening the meeting, X said": X opened it); not
# "instead of / without attending".
_GERUND_OF_SUBJECT = frozenset({"in", "after", "while", "when", "on", "upon", "by", "before"})
_SAT_AT_PREP = frozenset({"speak", "speaks", "speaking", "spoke", "is", "are", "was", "were",
                          "be", "been"})
_SIDELINES = frozenset({"sidelines", "margins", "margin", "fringes"})
# Verbs whose subject sat at the gathering that is the object of their "to" ("X would report to
# the meeting", "X reported to the summit"): one tells the gathering itself, there.
_SAT_AT_TO = frozenset({"report", "reports", "reported", "reporting"})
_RELATIVE_SUBJECT = frozenset({"who", "that"})


def _subjects_of(parse: Parse, verb: int) -> list[int]:
    """The subject tokens of a verb, or of the verbs it is the complement of ("X is due to
    attend", "X will be able to go"), and the subject's conjuncts not negated ("X, but not Y")."""
    at, hops = verb, 0
    while hops < 3:
        if any(t.head == at and t.dep == "neg" for t in parse.tokens):
            return []  # "X is not attending the meeting", "X will not go to Y"
        subj = [i for i, t in enumerate(parse.tokens) if t.head == at and i != at
                and t.dep in ("nsubj", "nsubjpass")]
        if subj and parse.tokens[subj[0]].text.lower() in _RELATIVE_SUBJECT \
                and parse.tokens[at].dep == "relcl" and parse.tokens[at].head != at:
            # "X, who had just attended the meeting, ...": the relative's antecedent
            subj = [parse.tokens[at].head]
        if subj:
            out, first = [subj[0]], parse.tokens[subj[0]]
            for i, t in enumerate(parse.tokens):
                if t.head == subj[0] and t.dep == "conj" and not any(
                        u.text.lower() == "not" and first.end <= u.start < t.start
                        for u in parse.tokens):
                    out.append(i)
            return out
        tok = parse.tokens[at]
        if hops == 0 and tok.tag == "VBG" and tok.head != at:
            up = parse.tokens[tok.head]
            if tok.dep == "pcomp" and up.dep == "prep" and up.text.lower() in _GERUND_OF_SUBJECT \
                    and up.head != tok.head and parse.tokens[up.head].tag.startswith("VB"):
                at, hops = up.head, hops + 1  # "In opening the meeting, X said"
                continue
            if tok.dep == "advcl" and up.tag.startswith("VB") and not any(
                    t.head == at and t.dep == "mark" and t.text.lower() not in _GERUND_OF_SUBJECT
                    for t in parse.tokens):
                at, hops = tok.head, hops + 1  # "Opening the meeting, X said"
                continue
        if tok.dep in ("advcl", "xcomp") and tok.head != at and any(
                t.head == at and t.dep == "aux" and t.text.lower() == "to" for t in parse.tokens) \
                and parse.tokens[tok.head].text.lower() in _LEAVE_FORMS | _GO_FORMS:
            at, hops = tok.head, hops + 1  # "X left Brazil early today to attend the meeting"
            continue
        if tok.dep not in ("xcomp", "acomp") or tok.head == at \
                or parse.tokens[tok.head].text.lower() not in _BOUND_FOR:
            return []  # (not "X refused to attend", "X hopes to go to Y")
        at, hops = tok.head, hops + 1
    return []


def _gathering_at(parse: Parse, verb: int) -> int | None:
    """The gathering noun a verb of being there tells: its object ("chaired the meeting"), or
    the object of its "at" ("spoke at the summit", "was at the summit"), through "the
    sidelines of" ("was at / on the sidelines of the summit"); none for any other phrase
    ("spoke about the summit", "said the summit would ..."); the "to" object of reporting
    ("would report to the meeting"; not "reported on the meeting")."""
    word = parse.tokens[verb].text.lower()
    kids = [i for i, t in enumerate(parse.tokens) if t.head == verb and i != verb]
    if word in _SAT_AT_OBJECT:
        return next((i for i in kids if parse.tokens[i].dep == "dobj"), None)
    if word in _SAT_AT_TO:
        to = next((i for i in kids if parse.tokens[i].dep == "prep"
                   and parse.tokens[i].text.lower() == "to"), None)
        return next((i for i, t in enumerate(parse.tokens) if to is not None and t.head == to
                     and t.dep == "pobj"), None)
    if word not in _SAT_AT_PREP:
        return None
    at = next((i for i in kids if parse.tokens[i].dep == "prep"
               and parse.tokens[i].text.lower() in ("at", "on")), None)
    if at is None:
        return None
    obj = next((i for i, t in enumerate(parse.tokens) if t.head == at and t.dep == "pobj"), None)
    if obj is None:
        return None
    if parse.tokens[obj].text.lower() in _SIDELINES:
        of = next((i for i, t in enumerate(parse.tokens) if t.head == obj and t.dep == "prep"
                   and t.text.lower() == "of"), None)
        return next((i for i, t in enumerate(parse.tokens) if of is not None and t.head == of
                     and t.dep == "pobj"), None)
    return obj if parse.tokens[at].text.lower() == "at" else None


def attends_elsewhere(ctx: DocContext, info: SentenceInfo, events: list[EventMention]
                      ) -> list[tuple[EventMention, Actor]]:
    """Who a sentence tells goes to a gathering the article told before: the subject of "attend"
    whose object is a gathering noun pointing back ("Y, but not Z, is due to attend the
    summit": the last gathering of that kind told), or of "go / travel / fly to" the place of
    the one summit or conference the article told there ("Y will go to Venice" after "next
    week's summit in Venice"). The subject is a surname or a name the article gives elsewhere
    with an office (GUIDE: named as taking part); none when the sentence has no parse."""
    parse, text = info.parse, info.sentence.text
    before = [e for e in events if e.sentence < info.sentence.index]
    if parse is None:
        # (the candidate gate reads no "go to": such a sentence is parsed here, only when it
        # names the place of a summit or a conference told before)
        places = {e.place for e in before if e.group and e.place
                  and e.kind.value in ("summit", "conference")}
        going = _GOING_TO.search(text)
        if not going or going.group("place") not in places:
            return []
        parse = Parse.of(nlp()(text))
    out: list[tuple[EventMention, Actor]] = []
    for v, tok in enumerate(parse.tokens):
        word = tok.text.lower()
        if not tok.tag.startswith("VB") or word not in (
                _ATTEND_FORMS | _GO_FORMS | _SAT_AT_OBJECT | _SAT_AT_PREP | _SAT_AT_TO):
            continue
        target = None
        if word not in _GO_FORMS:
            obj, kind = _gathering_of_verb(parse, v)
            if obj is None or kind is None:
                continue
            o = parse.tokens[obj]
            if not points_back(text, o.start, o.end):
                continue
            target = next((e for e in reversed(before) if e.kind.value == kind and e.group), None)
        else:
            to = next((i for i, t in enumerate(parse.tokens) if t.head == v and t.dep == "prep"
                       and t.text.lower() == "to"), None)
            place = next((i for i, t in enumerate(parse.tokens) if to is not None and t.head == to
                          and t.dep == "pobj" and t.tag == "NNP"), None)
            if place is None:
                continue
            start, end = parse.subtree_span(place)
            name = text[start:end]
            there = [e for e in before if e.group and e.kind.value in ("summit", "conference")
                     and e.place == name]
            target = there[0] if len(there) == 1 else None
        if target is None:
            continue
        out.extend((target, full) for s in _subjects_of(parse, v)
                   if (full := _attendee(ctx, parse, s)) is not None)
    for n, gathering, kind in _hosts_of(parse):
        o = parse.tokens[gathering]
        if not points_back(text, o.start, o.end):
            continue
        target = _told_gathering(before, kind)
        if target is not None and (full := _attendee(ctx, parse, parse.tokens[n].head)) is not None:
            out.append((target, full))
    return out


def _hosts_of(parse: Parse) -> list[tuple[int, int, str]]:
    """Each host noun in apposition to a name (`_HOST_NOUNS`: "X, another co-host of the
    conference"), with the gathering noun that is the object of its "of" and the kind that noun
    names."""
    out: list[tuple[int, int, str]] = []
    for n, tok in enumerate(parse.tokens):
        if tok.dep != "appos" or tok.head == n or parse.tokens[tok.head].tag != "NNP":
            continue
        word = tok.text.lower()
        if word == "host" and n >= 2 and parse.tokens[n - 1].text == "-":
            word = parse.tokens[n - 2].text.lower() + "-host"  # ("co - host" in three tokens)
        if word not in _HOST_NOUNS:
            continue
        of = next((i for i, t in enumerate(parse.tokens) if t.head == n and t.dep == "prep"
                   and t.text.lower() == "of"), None)
        obj = next((i for i, t in enumerate(parse.tokens) if of is not None and t.head == of
                    and t.dep == "pobj"), None)
        kind = _NOUN_KIND.get(parse.tokens[obj].text.lower()) if obj is not None else None
        if obj is not None and kind is not None:
            out.append((n, obj, kind))
    return out


def _told_gathering(before: list[EventMention], kind: str) -> EventMention | None:
    """The last gathering of `kind` told by its noun before; for a conference or a summit with
    none of its kind, the one gathering of the other of the two told ("an online summit" ...
    "the conference"): the two nouns name the same sort of gathering."""
    same = next((e for e in reversed(before) if e.kind.value == kind and e.group), None)
    if same is not None or kind not in ("summit", "conference"):
        return same
    other = "conference" if kind == "summit" else "summit"
    others = [e for e in before if e.kind.value == other and e.group]
    return others[0] if len(others) == 1 else None


def _gathering_of_verb(parse: Parse, verb: int) -> tuple[int | None, str | None]:
    """The gathering noun a verb of being there tells (the object of "attend", else
    `_gathering_at`'s) and the kind its noun names; (None, None) for none."""
    word = parse.tokens[verb].text.lower()
    obj = next((i for i, t in enumerate(parse.tokens) if t.head == verb and t.dep == "dobj"),
               None) if word in _ATTEND_FORMS else _gathering_at(parse, verb)
    kind = _NOUN_KIND.get(parse.tokens[obj].text.lower()) if obj is not None else None
    return (obj, kind) if kind is not None else (None, None)


def _surname_of(full: str, surname: str) -> bool:
    """`surname` is the last word of `full`, or the part of it after a particle's hyphen
    ("Oteiba" of "Mana Said al-Oteiba")."""
    last = full.split()[-1]
    return last == surname or last.split("-")[-1] == surname and last[:1].islower()


def _attendee(ctx: DocContext, parse: Parse, s: int) -> Actor | None:
    """The person a subject token names: a surname or a name the article gives elsewhere with
    an office (GUIDE: named as taking part); none for anyone else."""
    st = parse.tokens[s]
    surname = st.text
    # (a surname alone can be tagged a common noun at the head of a sentence)
    if st.tag not in ("NNP", "NN") or not surname[:1].isupper():
        return None
    found = ctx.person(surname) or _titled_elsewhere(ctx, surname)
    titled = {a.name: a for a in ([] if found else _article_people(ctx))
              if _surname_of(a.name, surname) and a.role}
    full = Actor(found.name, found.country, "person", found.role) if found else (
        next(iter(titled.values())) if len(titled) == 1 else None)
    if full is None or not _OFFICIAL.search(full.role or "") or \
            len(full.name.split()) < 2 or not _surname_of(full.name, surname):
        return None
    return full


def attends_own(ctx: DocContext, info: SentenceInfo, own: list[EventMention]
                ) -> list[tuple[EventMention, Actor]]:
    """Who a sentence tells sat at the gathering it names itself: the subject of a verb of
    being there whose object is the gathering's noun, naming it anew ("X, who had just attended
    the OPEC ministerial meeting in Vienna, ...", "X spoke at a conference of ... in Y"), when
    the sentence tells one gathering of that kind by its noun (`group`). The subject is resolved
    as `attends_elsewhere`'s; none when the sentence has no parse."""
    parse = info.parse
    if parse is None or not own:
        return []
    out: list[tuple[EventMention, Actor]] = []
    for v, tok in enumerate(parse.tokens):
        if not tok.tag.startswith("VB") or tok.text.lower() not in (
                _ATTEND_FORMS | _SAT_AT_OBJECT | _SAT_AT_PREP | _SAT_AT_TO):
            continue
        obj, kind = _gathering_of_verb(parse, v)
        if obj is None:
            continue
        o = parse.tokens[obj]
        if points_back(info.sentence.text, o.start, o.end):
            continue  # (the one told before: attends_elsewhere)
        targets = [e for e in own if e.group and e.kind.value == kind]
        if len(targets) != 1:
            continue
        out.extend((targets[0], full) for s in _subjects_of(parse, v)
                   if (full := _attendee(ctx, parse, s)) is not None)
    return out


# A list of who was seen at a gathering: "Officials seen arriving included A, B and C", "Also
# seen arriving were D and E", "Delegates attending the session included F": the complement of
# "include" whose subject is people arriving / attending / seen, or of "were" after such a
# participle at the head of the sentence, names people there (GUIDE: named as taking part).
_ARRIVAL_FORMS = frozenset({"arrive", "arrives", "arriving", "arrived", "attend", "attends",
                            "attending", "attended", "seen"})
_INCLUDE_FORMS = frozenset({"include", "includes", "included"})
_BE_FORMS = frozenset({"were", "was", "are", "is"})
_ARRIVAL_CUE = re.compile(r"\b(?:arriv|attend|seen\b)", re.I)
_LIST_CUE = re.compile(r"\b(?:include[sd]?|were|was|are|is)\b")


def _arrival_list_start(parse: Parse) -> int | None:
    """Where the list of people a sentence tells arriving at / attending a gathering begins:
    after "include" whose subject has a participle of arriving, attending or being seen
    ("Officials seen arriving included ..."), or after "were" that follows such a participle
    heading the sentence ("Also seen arriving were ..."); none for any other sentence."""
    toks = parse.tokens
    for v, tok in enumerate(toks):
        word = tok.text.lower()
        if word in _INCLUDE_FORMS and tok.tag.startswith("VB"):
            subj = next((i for i, t in enumerate(toks) if t.head == v and i != v
                         and t.dep == "nsubj" and i < v), None)
            if subj is None or toks[subj].tag not in ("NNS", "NNPS"):
                continue
            told = [i for i, t in enumerate(toks) if i < v and t.head == subj and i != subj
                    and t.dep in ("acl", "relcl") and t.tag.startswith("VB")]
            told += [i for i, t in enumerate(toks) if i < v and t.head in told and t.dep == "xcomp"]
            if any(toks[i].text.lower() in _ARRIVAL_FORMS for i in told):
                return v + 1
        elif word in _BE_FORMS:
            lead = [t for t in toks[:v] if t.dep not in ("advmod", "punct")]
            if lead and all(t.tag in ("VBN", "VBG") and t.text.lower() in _ARRIVAL_FORMS
                            for t in lead) and not any(t.dep in ("nsubj", "nsubjpass")
                                                       for t in toks[:v]):
                return v + 1
    return None


def arrivals_listed(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """The people a sentence lists as arriving at / attending / seen at a gathering
    (`_arrival_list_start`): each name of the list an office-holder the article names
    (`_attendee`); none when the sentence has no such list."""
    text = info.sentence.text
    if not _ARRIVAL_CUE.search(text) or not _LIST_CUE.search(text):
        return []
    parse = info.parse or Parse.of(nlp()(text))
    start = _arrival_list_start(parse)
    if start is None:
        return []
    out: list[Actor] = []
    for s in range(start, len(parse.tokens)):
        t = parse.tokens[s]
        if t.tag != "NNP" or t.dep == "compound" or t.dep == "poss":
            continue
        full = _attendee(ctx, parse, s)
        if full is not None and all(a.name != full.name for a in out):
            out.append(full)
    return out
