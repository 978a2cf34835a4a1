"""Agreement mentions of one document: each instrument phrase with its status, topics,
parties, signatories, date, place and the quote it came from."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from accords.annotate.context import WIRE_DATELINE as _WIRE_DATELINE
from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.dates import is_calendar
from accords.annotate.entities import (
    actor_from_phrase,
    body_topics,
    find_unnamed_roles,
    generic_ministries,
    split_pair,
)
from accords.annotate.gazetteer import gazetteer
from accords.data import load_json
from accords.extract.cues import status_after, status_before, topics_in
from accords.extract.instruments import Phrase, find_phrases, trim_to_parse
from accords.extract.quotes import quote_for
from accords.naming import proper_key
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Kind, Status, same_kind_family

_ANAPHORIC = re.compile(r"^(?:They|These|Those|Both|Among them|(?:The|Other) (?:agreements|accords|"
                        r"documents|deals|pacts|instruments))\s+(?:\w+\s+)?(?:included|include|were|are|comprise|covered|"
                        r"cover)\b|^Including\b|^Among (?:them|these|the (?:[\w-]+\s+){0,2}?(?:agreements|accords|"
                        r"documents|deals|pacts|memorand\w+|MoUs|instruments|texts))\b")
_SIGN_VERB = re.compile(r"\b(?:signed|inked|signs|sign|initial(?:l)?ed)\b(?! of)", re.I)
_EXCHANGE = re.compile(r"\bexchanged\s+(?:the\s+)?(?:pre-signed\s+|signed\s+)?(?:documents|"
                       r"instruments|agreements|texts)|\b(?:documents|instruments|agreements)\s+"
                       r"were\s+(?:signed|exchanged)\s+by\b|\bsigned\s+by\b|\bon behalf of\b",
                       re.I)
_PAIR_WORDS = re.compile(r"\b(?:two|both) (?:sides|countries|nations|governments|states|leaders|"
                         r"presidents|prime ministers|premiers|heads of state|delegations|"
                         r"foreign ministers|ministers)|"
                         r"\bthe countries\b|\bbilateral\b|\bthe sides\b", re.I)
_ITS = re.compile(r"\b(?:its|their) implementation\b|\bimplementing (?:it|them)\b", re.I)
_PLACE_CUE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_STATE_ACTOR = ("state", "government_body", "international_organization")
# Kinds whose head names the instrument well enough without a topic ("a joint working group").
_SELF_NAMED = (Kind.ARRANGEMENT, Kind.TREATY, Kind.PROTOCOL, Kind.DECLARATION)


@dataclass
class _SentenceState:
    """What a sentence said as a whole, for the next one's anaphora ("They included ...")."""

    status: Status | None
    date: str | None
    place: str | None
    kind: Kind | None
    mentions: list[AgreementMention]


def extract_agreements(ctx: DocContext, lenient: bool = False) -> list[AgreementMention]:
    """The instrument mentions the rules accept; with `lenient`, also those that fail a rule
    (no status verb, no topic, no state actor), each naming the rules it failed in
    `mention.missing`, for a learned decision to judge (extract/decide.py)."""
    out: list[AgreementMention] = []
    previous: _SentenceState | None = None
    for info in ctx.sentences:
        if not info.candidate:
            continue
        state = _sentence(ctx, info, previous, out, lenient)
        if _EXCHANGE.search(info.sentence.text) and not state.mentions and out:
            # "X and Y exchanged the documents": signatories of the instruments signed in the
            # sentence before (or, if it signed nothing, of the last signed ones just above).
            signers = _people_actors(ctx, info)
            recent = [m for m in out if m.sentence >= info.sentence.index - 3
                      and m.status == Status.SIGNED and not m.vague]
            last = max((m.sentence for m in recent), default=None)
            for m in recent:
                if m.sentence == last:
                    m.signatories = _merge_actors(m.signatories, signers)
            continue
        out.extend(state.mentions)
        if state.mentions or state.status:
            previous = state
    return out


def _sentence(ctx: DocContext, info: SentenceInfo, previous: _SentenceState | None,
              earlier: list[AgreementMention], lenient: bool = False) -> _SentenceState:
    text = info.sentence.text
    phrases = trim_to_parse(text, find_phrases(text), info.parse)
    anaphoric = bool(_ANAPHORIC.search(text)) and previous is not None
    sentence_date = _sentence_date(info)
    sentence_place = _sentence_place(text)
    statuses: list[Status | None] = []
    cue_at: list[int] = []
    wide: list[str] = []
    prev_end = prev_head_end = 0
    for p in phrases:
        found = status_before(text[prev_end:p.start]) if not p.vague else status_before(text[:p.start])
        if found:
            statuses.append(found[0])
            cue_at.append(prev_end + found[1])
        else:
            nxt = min([q.start for q in phrases if q.start > p.end] + [len(text)])
            statuses.append(status_after(text[p.end:nxt][:80]) or status_after(p.complement))
            cue_at.append(-1)
        # Last resort, when neither the phrase nor its enumeration has a verb: the verb may stand
        # in the previous phrase's complement ("That pact followed the IMF's approval of a
        # standby arrangement").
        wide.append(text[prev_head_end:p.start])
        head_at = text.find(p.head, p.start)
        prev_head_end = head_at + len(p.head) if head_at >= 0 else p.end
        prev_end = p.end
    # An enumeration shares its verb: an item without its own cue takes its neighbour's.
    for i in range(len(statuses)):
        if statuses[i] is None:
            statuses[i] = next((s for s in statuses[i - 1::-1] if s), None) if i else None
    for i in range(len(statuses) - 1, -1, -1):
        if statuses[i] is None and i + 1 < len(statuses):
            statuses[i] = statuses[i + 1]
    for i, window in enumerate(wide):
        if statuses[i] is None:
            found = status_before(window)
            statuses[i] = found[0] if found else None
    for i, p in enumerate(phrases):
        if p.status is not None:
            statuses[i] = p.status  # the verb's own tense ("will lend")
    negated = [_negation(text, p, cue_at[i]) for i, p in enumerate(phrases)]
    statuses = [negated_status(st, neg) if st and neg else st
                for st, neg in zip(statuses, negated, strict=True)]
    for i, p in enumerate(phrases):
        if statuses[i] is None and negated[i] == "not_yet" and _STAGE_VERB.search(
                text[p.end:p.end + 60]):
            statuses[i] = Status.NEGOTIATING  # "has yet to be finalised", "was not signed"
    sentence_status = next((s for s in statuses if s), None)
    generic_kind = next((p.kind for p in phrases if p.generic and p.kind != Kind.AGREEMENT), None)
    state = _SentenceState(sentence_status or (previous.status if anaphoric and previous else None),
                           sentence_date or (previous.date if anaphoric and previous else None),
                           sentence_place or (previous.place if anaphoric and previous else None),
                           generic_kind, [])
    signers_here = _subject_signers(ctx, info)
    for i, p in enumerate(phrases):
        status = statuses[i] or (previous.status if anaphoric and previous else None)
        missing: list[str] = []
        # Told as background, not as the news: "under the accord", "the existing pact", a
        # named accord in passing; such a stage has no date unless the sentence gives one.
        background = status is None or bool(
            cue_at[i] >= 0 and _BACKGROUND_CUE.match(text, cue_at[i])
            and status_after(text[p.end:p.end + 80]) is None)  # not "under a pact signed ..."
        if status is None and not p.weak and proper_key(_written_name(text, p)) \
                and _diplomatic_context(ctx, info, p.kind):
            # A treaty or accord known by its name, told in passing ("the Louvre accord was
            # still ..."): a record in its own right; the stage no verb gives is agreement.
            status = Status.AGREED
        if negated[i] == "absent":
            # "no declaration is expected", "without an agreement": there is no instrument.
            if not lenient:
                continue
            missing.append("negated")
        if status is None:
            if not lenient:
                continue
            status = Status.AGREED  # a placeholder the learned status decision replaces
            missing.append("status")
        if p.generic and not p.vague and not re.match(r"(?:between|with|on|in|for)\b", p.complement,
                                                      re.I):
            if not lenient:
                continue
            missing.append("generic")
        before = state.mentions[-1] if state.mentions else None
        if before is None and _DEFINITE.match(text[max(0, p.start - 4):p.start] + p.head) \
                and not p.modifiers and not topics_in(p.complement):
            # "The treaty, signed in January, ...": the article's last instrument of that kind.
            before = next((m for m in reversed(earlier) if same_kind_family(m.kind, p.kind)), None)
        mention = _mention(ctx, info, p, status, state, previous if anaphoric else None,
                           before, cue_at[i], missing if lenient else None, background)
        if mention is None:
            continue
        if signers_here and status == Status.SIGNED and not p.vague:
            mention.signatories = _merge_actors(mention.signatories, signers_here)
        if _EXCHANGE.search(text[p.end:]):
            mention.signatories = _merge_actors(mention.signatories,
                                                _people_actors(ctx, info, after=p.end))
        state.mentions.extend(_each_state(mention, p))
    return state


def _mention(ctx: DocContext, info: SentenceInfo, p: Phrase, status: Status,
             state: _SentenceState, antecedent: _SentenceState | None,
             before: AgreementMention | None, cue_at: int,
             missing: list[str] | None = None,
             background: bool = False) -> AgreementMention | None:
    """One mention, or None when a rule rejects it; given a `missing` list (lenient mode), a
    failed rule is noted there instead and the mention is built with a fallback."""
    kind = p.kind
    name = _written_name(info.sentence.text, p)
    if antecedent and antecedent.kind and p.head.lower() in ("agreements", "accords", "deals",
                                                             "pacts", "documents"):
        kind = antecedent.kind
    parties, sponsor_is_state = _parties(ctx, info, p, cue_at, anaphoric=antecedent is not None)
    if antecedent is not None and antecedent.mentions and not any(a.country for a in parties):
        # "Among the MoUs exchanged were those on ...": the parties of the sentence before
        parties = list(antecedent.mentions[-1].parties)
        sponsor_is_state = any(a.type in _STATE_ACTOR for a in parties)
    topics = topics_in(p.text)
    for a in parties:
        if a.type != "state":
            topics += [t for t in body_topics(a.name) if t not in topics]
    if before is not None and (_ITS.search(p.complement) or _is_reference(p)):
        topics = topics or list(before.topics)
    if not topics and not p.generic and not p.vague:
        # "the pact, by which OPEC maintained its ceiling at 16.6 mln bpd": the clause says it.
        topics = topics_in(info.sentence.text[p.start:])
    if not topics and not any(a.type != "state" for a in parties):
        # A named instrument ("the Louvre Accord") needs no topic; a bare "agreement" does.
        named = re.search(r"[A-Z]", p.modifiers or "") or kind in _SELF_NAMED
        if not named or p.vague or p.generic:
            if missing is None:
                return None
            missing.append("topic")
            topics = topics_in(info.sentence.text)[:2]
        topics = topics or ["other"]
    if not topics and missing is not None:
        topics = topics_in(info.sentence.text)[:2] or ["other"]
    has_state = any(a.type in _STATE_ACTOR for a in parties) or sponsor_is_state or (
        not p.weak and bool(proper_key(name)) and _diplomatic_context(ctx, info, kind))  # "the Plaza
    # accord": states made it
    if not has_state:
        if missing is None:
            return None
        missing.append("state")
    if p.weak and not (sponsor_is_state or any(a.type in _STATE_ACTOR for a in parties)):
        if missing is None:
            return None
        missing.append("weak")
    if p.status is not None and len({a.country for a in parties
                                     if a.country and not a.country.startswith("IGO:")}) < 2:
        # "Venezuela will lend Ecuador ...": the verb's subject and object are the parties.
        parties = _merge_actors(parties, [a for a in _sentence_states(info)
                                          if a.country not in {x.country for x in parties}])
    if not any(a.country for a in parties) and missing is not None:
        if not proper_key(name):
            missing.append("parties")
        # A named accord ("the Louvre accord") is known by its name; the article's states
        # are not its parties for that.
        parties = _sentence_states(info) or _sentence_states(info, least=1) or (
            [] if proper_key(name) else _pair_states(ctx))
    countries = sorted({a.country for a in parties if a.country})
    if not countries and not proper_key(name):
        return None  # an instrument with no party is only worth a record when it is named
    if len([c for c in countries if not c.startswith("IGO:")]) < 2 and not any(
            c.startswith("IGO:") for c in countries) and _DOMESTIC_NAME.search(
            f"{p.modifiers} {p.head} {p.complement}"):
        # "the Warwick Agreement with Labour", "a rescue package for the airlines", "the PN
        # pact": one state's politics or economy at home.
        if missing is None:
            return None
        missing.append("domestic")
    if p.weak and not p.modifiers and not p.complement and p.status is None and before is None \
            and len(countries) < 2:
        # "Loans", "the rescheduling", "a credit" with one state and nothing that says which
        # or with whom: a word, not an instrument.
        if missing is None:
            return None
        missing.append("bare")
    title = _title(p, kind, parties, before)
    date = state.date or (None if background else ctx.event_date)
    explicit = bool(state.date)
    if explicit and ctx.published and date and "X" not in date and date[:10] > ctx.published \
            and status not in (Status.PLANNED, Status.PROPOSED, Status.NEGOTIATING):
        # "Under the accord, the administration would end on December 20, 1999": a date
        # still to come is not when an instrument was signed or came into force.
        date, explicit = ctx.event_date, False
    if date and "X" not in date and len(date) < 4:
        date = None
    place = state.place or ctx.place
    valid = _valid_period(info, p)
    future = status in (Status.PLANNED, Status.PROPOSED) and bool(state.date) and bool(
        date and ctx.published and date > (ctx.published or ""))
    start, end = quote_for(ctx, info, p.start, p.end, cue_at)
    source = Source(ctx.document.id, ctx.document.text[start:end], start, end)
    precision = "day" if date and len(date) == 10 else ("month" if date and len(date) == 7 else "year")
    return AgreementMention(
        document=ctx.document.id, kind=kind, title=title, topics=topics, countries=countries,
        parties=parties, status=status, source=source, date=date, date_precision=precision,
        place=place, valid_period=valid, vague=p.vague or p.generic, future=future,
        explicit_date=explicit,
        sentence=info.sentence.index, missing=tuple(missing or ()),
        name=name, at=info.sentence.start + p.start)


# Negation and refusal around a status cue: "refused to sign", "has yet to be finalised",
# "did not ratify". A determiner "no" or "without" denies the instrument itself.
_REFUSAL = re.compile(r"\b(?:refus\w*|refusal|unwilling\w*|reluctan\w*|declin\w*|reject\w*|"
                      r"oppos\w*|won't|will not|would not)\b(?:\s+\w+){0,3}\s*$", re.I)
_NOT_YET = re.compile(r"\b(?:not|n't|never|yet to|failed to|fail to|fails to|no longer|"
                      r"has still to|have still to)\b(?:\s+\w+){0,3}\s*$", re.I)
_NOT_AFTER = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:has|have|had|is|are|was|were)\s+(?:not|never|"
                        r"yet to|still to)\b|^\W*(?:\w+\s+){0,2}?(?:hasn't|haven't|wasn't|"
                        r"weren't|isn't|aren't)\b", re.I)
_NOT_STATE_AFFAIRS = re.compile(
    r"\b(?:{})\b".format("|".join(load_json("decision_cues.json")["cues"][k]
                                   for k in ("sport", "entertainment"))), re.I)
# The words of a name or complement that make an instrument one state's business at home.
_DOMESTIC_NAME = re.compile(
    r"\b(?:part(?:y|ies)|coalition|opposition|(?:trade|labou?r) unions?|unions|tor(?:y|ies)|"
    r"conservatives?|liberals?|socialists?|"
    r"democrats?|republicans?|parliament(?:ary)?|congress(?:ional)?|senate|bill|stimulus|"
    r"bail-?outs?|rescue|wages?|pensions?|welfare|taxpayers?|mortgages?|homeowners|"
    r"students?|government-backed|state-backed|furlough|businesses|small firms|"
    r"households)\b", re.I)
_BACKGROUND_CUE = re.compile(r"(?:under|current|existing)\b", re.I)
_STAGE_VERB = re.compile(r"\b(?:sign|ratif|finali[sz]|conclud|approv|agree|initial)", re.I)
# ("no movement on the Teesta agreement" denies the movement, not the agreement)
_ABSENT = re.compile(r"\b(?:no|without(?:\s+(?:a|an|any))?|nor)\s+(?:(?!(?:on|of|for|about|over|"
                     r"with|in|to|from|by|at|under)\b)[\w-]+\s+){0,3}$", re.I)


def _negation(text: str, p: Phrase, cue_at: int) -> str | None:
    """'refused' (a party refuses it), 'not_yet' (the stage has not happened), 'hypothetical'
    (a condition: "if ... approves"), 'absent' (no such instrument), or None."""
    if _ABSENT.search(text[max(0, p.start - 30):p.start]) and not re.search(
            r"\bno\s+(?:longer|sooner)\b", text[max(0, p.start - 30):p.start], re.I):
        return "absent"
    if cue_at >= 0:
        before = text[max(0, cue_at - 40):cue_at]
        if re.search(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;]*$", text[:cue_at]):
            return "hypothetical"  # "if the cabinet approves the deal": nothing happened yet
        if _REFUSAL.search(before):
            return "refused"
        if _NOT_YET.search(before):
            return "not_yet"
    elif _NOT_AFTER.search(text[p.end:p.end + 60]):
        return "not_yet"
    return None


def negated_status(status: Status, negation: str) -> Status | None:
    """What a denied stage says: refusing to sign is a rejection; not yet signed (finalized,
    ratified) means still under negotiation; a denied plan is no plan."""
    if negation == "refused" and status.rank >= Status.PROPOSED.rank:
        return Status.REJECTED
    if negation == "hypothetical":
        return None
    if negation == "not_yet":
        if status in (Status.SIGNED, Status.FINALIZED, Status.AGREED):
            return Status.NEGOTIATING
        if status in (Status.RATIFIED, Status.IN_FORCE, Status.IMPLEMENTED):
            return Status.SIGNED
        if status in (Status.PLANNED, Status.PROPOSED, Status.NEGOTIATING):
            return None
    return status


_WITH_LENDERS = re.compile(r"^with\s+(?:their|its|the)?\s*(?:commercial|creditor|foreign|"
                           r"private)?\s*(?:bank\s+)?(?:banks|creditors|lenders|bondholders)\b",
                           re.I)


def _each_state(m: AgreementMention, p: Phrase) -> list[AgreementMention]:
    """'Venezuela, Chile and the Philippines have reached agreement with commercial banks':
    each state its own agreement with its own creditors, not one among the three."""
    states = [a for a in m.parties if a.type == "state" and a.country]
    if len(states) < 2 or len(m.countries) != len(states) or not _WITH_LENDERS.match(
            p.complement):
        return [m]
    name = re.split(r"\s+and\s+(?-i:[A-Z])", m.title.split(" between ")[0])[0]
    return [replace(m, title=f"{_possessive(a.name)} {name[:1].lower()}{name[1:]}", parties=[a],
                    countries=[a.country or ""]) for a in states]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _diplomatic_context(ctx: DocContext, info: SentenceInfo, kind: Kind) -> bool:
    """Where a named instrument ("the Plaza accord") can be taken as a state's without a party
    named beside it: a sentence not about sport or show business ("the Elite Player Squad
    agreement" is a rugby union's), in an article about states for an accord or a treaty, and
    naming a state itself for other kinds ("the Anti-Phishing Working Group", "the Internet
    Protocol" are not states' instruments)."""
    named_here = any(p.code for p in info.places
                     if p.form in ("name", "alias", "demonym", "igo", "capital"))
    if kind in (Kind.AGREEMENT, Kind.TREATY, Kind.DECLARATION):
        if not ctx.pair and not named_here:
            return False
    elif not named_here:
        return False
    return not _NOT_STATE_AFFAIRS.search(info.sentence.text)


# A capitalized name after the head ("Treaty of Peace and Friendship", "Agreement on the Path
# to Normalisation") is part of the instrument's name.
_PROPER_COMPLEMENT = re.compile(r"(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|on|and|for|"
                                r"the|to|in)\s+)*[A-Z][\w'’-]*)*")


def _written_name(text: str, p: Phrase) -> str:
    """Modifiers and head as the sentence writes them; a capital that only starts the sentence
    is not kept (it says nothing about a name)."""
    head_at = text.find(p.head, p.start)
    name = text[p.start:head_at + len(p.head)] if head_at >= 0 else p.text
    proper = _PROPER_COMPLEMENT.match(p.complement)
    if head_at >= 0 and proper and p.head[:1].isupper():
        name = f"{name} {proper.group(0)}"  # "the Treaty of Amity and Cooperation"
    if not text[:p.start].strip(" \"'“‘(") and name[:1].isupper() and name[1:2].islower():
        name = name[:1].lower() + name[1:]
    return name


_DEFINITE = re.compile(r"(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat)\s+\S+$")


def _is_reference(p: Phrase) -> bool:
    """A bare definite head ("the treaty") names an instrument mentioned before."""
    return not p.modifiers and not p.vague and not topics_in(p.complement) and \
        not re.search(r"\bbetween\b", p.complement)


_SINGULAR = {"treaties": "treaty", "memorandums": "memorandum", "memoranda": "memorandum",
             "mous": "MoU", "accords": "accord", "agreements": "agreement", "protocols": "protocol",
             "deals": "deal", "pacts": "pact", "contracts": "contract", "roadmaps": "roadmap",
             "arrangements": "arrangement", "programmes": "programme", "programs": "program"}


def _title(p: Phrase, kind: Kind, parties: list[Actor], before: AgreementMention | None) -> str:
    head = _SINGULAR.get(p.head.lower(), p.head)  # a record is one instrument
    if p.vague:  # "MoUs on trade, health and tourism": one "MoU on health" of several
        return f"{head[:1].upper()}{head[1:]} on {p.complement}"
    core = " ".join(x for x in (p.modifiers, head, p.complement) if x)
    if _ITS.search(p.complement) and before is not None:
        core = f"{head} on the implementation of the {before.title.split(' between ')[0].lower()}"
    elif before is not None and _is_reference(p) and same_kind_family(before.kind, kind):
        return before.title
    core = re.sub(r"\s+", " ", core).strip(" ,")
    if " between " not in core and len(parties) >= 2:
        core += " between " + " and ".join(a.name for a in parties[:3])
    return core[:1].upper() + core[1:]


def _parties(ctx: DocContext, info: SentenceInfo, p: Phrase, cue_at: int,
             anaphoric: bool = False) -> tuple[list[Actor], bool]:
    """The parties named in the phrase, else in the clause's subject, else the pair of states
    the document is about; and whether a state stands behind the instrument."""
    text = info.sentence.text
    gaz = gazetteer()
    actors: list[Actor] = []
    comp = p.complement
    m = re.search(r"\b(?:between|involving|among)\s+(.+)$", comp)
    if m:
        inner = re.split(r"\s+(?:to|for|on|under|aimed|in order)\s+(?=[a-z])", m.group(1))[0]
        generic = generic_ministries(inner)
        if generic:
            actors = [Actor(f"{generic[0][2]} ({gaz.name(c)})", c, "government_body")
                      for c in ctx.pair[:2]]
        elif _PAIR_WORDS.search(inner):
            actors = _pair_states(ctx)
        else:
            for part in split_pair(inner):
                a = actor_from_phrase(part, info.places)
                if a:
                    actors.append(a)
    wm = re.search(r"\bwith\s+(?:the\s+)?(.+)$", comp)
    if not actors and wm:
        # "with Vietnam to set up a joint company": the party, not the purpose.
        named = re.split(r"\s+(?:to|for|on|under|in order)\s+(?=[a-z])|,", wm.group(1))[0]
        a = actor_from_phrase(named, info.places)
        if a:
            actors.append(a)
    subject = text[:cue_at] if cue_at > 0 else text[:p.start]
    subject = re.split(r"[;:]\s+|,\s+(?=(?:while|and|but|as|the|The)\b)|\bwhile\b|\bas\b",
                       subject)[-1]
    subject_actors = _subject_actors(ctx, info, subject)
    sponsor_is_state = any(a.type in _STATE_ACTOR for a in subject_actors) or bool(
        _PAIR_WORDS.search(subject))
    if _COMPANY.search(subject) and not any(a.type in _STATE_ACTOR for a in actors):
        # "American Express signs debt/equity deal", "Everbright said it signed an accord with
        # a unit of Lotus": a company's deal with no state or government party.
        return [], False
    if not actors:
        actors = subject_actors
    if not actors:
        actors = _sentence_states(info, within=_argument_spans(info, p))
        sponsor_is_state = sponsor_is_state or len(actors) >= 2
    # "an agreement to open a European Community office": the organization the phrase names.
    for place in gaz.find(p.complement):
        if place.form == "igo" and place.code not in {a.country for a in actors} and not re.search(
                r"\b(?:violat\w*|under|breach\w*|rules? of)\s+(?:the\s+)?\S*$",
                p.complement[:place.start]):
            actors = [*actors, Actor(gaz.name(place.code), place.code,
                                     "international_organization")]
    # "A U.K. agreement with the SEC", "the U.S.-Japanese pact", "a World Bank loan": a country
    # or an international organization in the name is a party.
    for place in gaz.find(p.modifiers):
        if place.form in ("name", "alias", "demonym") and place.code not in {a.country for a in actors}:
            actors = [*actors, Actor(gaz.name(place.code), place.code, "state")]
        elif place.form == "igo" and place.code not in {a.country for a in actors}:
            actors = [*actors, Actor(gaz.name(place.code), place.code,
                                     "international_organization")]
    # "a loan to Argentina", "a credit line to Cuba": the borrower is a party.
    tm = re.match(r"(?:to|for)\s+(?:the\s+)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)", comp)
    if p.weak and tm:
        a = actor_from_phrase(tm.group(1), info.places)
        if a and a.country and a.country not in {x.country for x in actors}:
            actors = [*actors, a]
    # An international organization alone lends to, or agrees with, the state the article is about.
    if actors and all(a.type == "international_organization" for a in actors) and ctx.pair \
            and not ctx.pair[0].startswith("IGO:"):
        actors = [*actors, Actor(gaz.name(ctx.pair[0]), ctx.pair[0], "state")]
    elif len(actors) == 1 and actors[0].type == "state" and not _COMPANY.search(subject):
        actors = _merge_actors(subject_actors, actors)  # not "French bank X": a company's country
    # The states the article is about, when the clause names no party: only for a named kind
    # of instrument in an article about two states, or when the clause says "both sides".
    # An anaphoric item ("They included ... an extradition deal") has its antecedent's parties.
    sovereign = bool(_SOVEREIGN.search(text))
    if not actors and (_PAIR_WORDS.search(text) or (len(ctx.pair) >= 2 and not p.generic
                                                   and (not p.weak or anaphoric))):
        actors = _pair_states(ctx)
        sponsor_is_state = True
    elif not actors and sovereign and ctx.pair and not p.generic:
        # Wire copy on a country's debt: the loan or rescheduling is the state's.
        actors = _pair_states(ctx)[:1]
        sponsor_is_state = bool(actors)
    # A body named without its country, beside one with a country, belongs to the other state.
    if len(actors) == 2 and len(ctx.pair) >= 2 and all(a.type != "company" for a in actors):
        known = {a.country for a in actors if a.country}
        if len(known) == 1:
            other = next((c for c in ctx.pair[:2] if c not in known), None)
            actors = [a if a.country else Actor(a.name, other, a.type, a.role) for a in actors]
    return actors, sponsor_is_state


_COMPANY = re.compile(r"<[A-Z][A-Z0-9.]*>|\b(?:Inc|Corp|Corporation|Co|Ltd|Limited|plc|PLC|LLC|"
                      r"Holdings)\b|(?i:\b(?:company|companies|firms?|group|airline|carrier|maker|"
                      r"banks?)\b)(?<!central bank)(?<!World Bank)(?<!development bank)")
_SOVEREIGN = re.compile(r"\b(?:debt|reschedul\w*|eurocredit|euroloan|syndicated|sovereign|"
                        r"creditor banks|advisory committee|Paris Club|IMF|World Bank|central bank|"
                        r"state-owned|government)\b", re.I)


def _sentence_states(info: SentenceInfo, least: int = 2,
                     within: list[tuple[int, int]] | None = None) -> list[Actor]:
    """Two or more states named in the sentence ("for the Saudis to supply Brazil"), by name
    or by a people's plural; an adjective alone ("the French club") does not count. With
    `within`, only those inside these spans of the sentence (the instrument's own clause)."""
    gaz = gazetteer()
    seen: dict[str, Actor] = {}
    for place in info.places:
        if place.code.startswith("IGO:") or not place.code:
            continue
        if within is not None and not any(a <= place.start and place.end <= b
                                          for a, b in within):
            continue
        if place.form in ("name", "alias") or (place.form == "demonym" and place.text.endswith("s")):
            seen.setdefault(place.code, Actor(gaz.name(place.code), place.code, "state"))
    return list(seen.values()) if len(seen) >= least else []


def _argument_spans(info: SentenceInfo, p: Phrase) -> list[tuple[int, int]] | None:
    """Where in the sentence the instrument's parties can stand, by the parse (None without
    one: then anywhere)."""
    text = info.sentence.text
    head_at = text.find(p.head, p.start)
    if info.parse is None or head_at < 0:
        return None
    head = info.parse.token_at(head_at, head_at + len(p.head))
    return None if head is None else info.parse.argument_spans(head)


def _pair_states(ctx: DocContext) -> list[Actor]:
    """The two sides the article is about: its two states, or its state and the international
    organization it deals with ("Turkey ... the IMF ... the two sides")."""
    gaz = gazetteer()
    states = [Actor(gaz.name(c), c, "state") for c in ctx.pair[:2] if not c.startswith("IGO:")]
    if len(states) == 1:
        igo = _main_igo(ctx)
        if igo:
            states.append(Actor(gaz.name(igo), igo, "international_organization"))
    return states


def _main_igo(ctx: DocContext) -> str | None:
    counts: dict[str, int] = {}
    for info in ctx.sentences:
        for p in info.places:
            if p.code.startswith("IGO:") and p.form == "igo":
                counts[p.code] = counts.get(p.code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None




def _subject_actors(ctx: DocContext, info: SentenceInfo, subject: str) -> list[Actor]:
    # (Not narrowed by the parse: the small model's attachments are wrong too often on long
    # wire sentences, and "Brazil's refusal to sign" has its party outside any verb's subject.)
    gaz = gazetteer()
    subject = _WIRE_DATELINE.sub("", subject)  # "BAHRAIN, March 2 -" says where, not who
    generic = generic_ministries(subject)
    if generic:
        return [Actor(f"{generic[0][2]} ({gaz.name(c)})", c, "government_body") for c in ctx.pair[:2]]
    if _PAIR_WORDS.search(subject):
        return _pair_states(ctx)
    out: list[Actor] = []
    body = re.search(r"(?:\b(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Ministry|Committee|Authority|"
                     r"Fund|Foundation|Chamber|Bank|Corporation|Organization|Post)\b[^,;]*)", subject)
    if body:
        for part in split_pair(body.group(0)):
            a = actor_from_phrase(part, info.places)
            if a and a.country:
                out.append(a)
        if out:
            return out
    seen: set[str] = set()
    for place in gaz.find(subject):
        if re.match(r"\s+(?-i:[A-Z][a-z])", subject[place.end:]) and not re.match(
                r"\s+(?:and|or|on|in)\b", subject[place.end:]):
            continue  # "UK Athletics", "Pakistan Post": part of an organization's name
        if (place.form == "capital" or gaz.places.get(place.text) == place.code) and re.search(
                r"\b(?:in|at|from|to|near|outside)\s+$", subject[:place.start], re.I):
            continue  # "In Tokyo, a Canon spokesman said", "talks in Luxembourg": where, not who
        if place.form in ("name", "alias", "demonym", "capital") and place.code not in seen:
            seen.add(place.code)
            kind = "international_organization" if place.code.startswith("IGO:") else "state"
            out.append(Actor(gaz.name(place.code), place.code, kind))
        elif place.form == "igo" and place.code not in seen:
            seen.add(place.code)
            out.append(Actor(gaz.name(place.code), place.code, "international_organization"))
    return out


def _merge_actors(a: list[Actor], b: list[Actor]) -> list[Actor]:
    def key(x: Actor) -> str:
        return x.name.lower() or f"{x.country}:{x.role}"
    keys = {key(x) for x in a}
    return a + [x for x in b if key(x) not in keys]


def _people_actors(ctx: DocContext, info: SentenceInfo, after: int = 0) -> list[Actor]:
    out = []
    for p in info.people:
        if p.start - info.sentence.start < after:
            continue
        full = ctx.person(p.name) or p
        out.append(Actor(full.name, full.country or p.country, "person", full.role or p.role))
    for r in find_unnamed_roles(info.sentence.text, info.sentence.start, info.places, info.people):
        if r.start - info.sentence.start >= after:
            out.append(Actor("", r.country, "role", r.role))
    return out


def _subject_signers(ctx: DocContext, info: SentenceInfo) -> list[Actor]:
    """People who are the subject of a signing verb: 'Niyazov, who signed the contract',
    'Schroeder ... by signing a deal'. Not 'welcomed the signing of'."""
    text = info.sentence.text
    m = _SIGN_VERB.search(text)
    if not m:
        return []
    out = []
    for p in info.people:
        rel = p.start - info.sentence.start
        between = text[p.end - info.sentence.start:m.start()]
        if rel < m.start() and not re.search(
                r"\b(?:welcomed|witnessed|praised|said|during|with|meeting|met|after)\b|[;:]",
                between):
            full = ctx.person(p.name) or p
            out.append(Actor(full.name, full.country or p.country, "person", full.role or p.role))
    return out[-2:]


def _sentence_date(info: SentenceInfo) -> str | None:
    """The date the sentence gives its fact ("signed on Friday"); a wire dateline's date at
    its start says when the story was filed, and loses to it."""
    dates = info.own_dates()
    # The second year of a period ("for 2025-2027") is its own expression, marked as a range's
    # end only on the first one.
    ends = {e.range[1] for e in dates if e.range and len(e.range[1]) < 10}
    for e in dates:
        week = re.fullmatch(r"(\d{4})-W(\d\d)", e.value or "")
        if week:  # "last week": the month the week lies in (its Thursday's, across two)
            from datetime import date
            try:
                return date.fromisocalendar(int(week[1]), int(week[2]), 4).isoformat()[:7]
            except ValueError:
                continue
        if is_calendar(e.value):
            if e.range and len(e.range[1]) == 10:
                return e.range[1]
            if e.range or e.value in ends:
                continue  # a period ("for 2025-2027") is not when it happened
            return e.value
    return None


def _sentence_place(text: str) -> str | None:
    gaz = gazetteer()
    for m in _PLACE_CUE.finditer(text):
        name = m.group(1)
        if name in gaz.places:
            return name
        hit = gaz.lookup.get(name)
        # A country is the place only as a destination: "trip to Pakistan".
        if hit and hit[1] in ("name", "alias") and re.search(r"(?:trip|visit|tour)\s+to\s*$",
                                                             text[:m.start() + 3]):
            return gaz.name(hit[0])
    return None


def _valid_period(info: SentenceInfo, p: Phrase) -> tuple[str, str] | None:
    for e in info.dates:
        rel = e.start - info.sentence.start
        if e.range and len(e.range[0]) == 4 and p.start <= rel <= p.end + 40:
            return e.range
    return None
