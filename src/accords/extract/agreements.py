"""Agreement mentions of one document: each instrument phrase with its status, topics,
parties, signatories, date, place and the quote it came from."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from accords.annotate.context import WIRE_DATELINE, DocContext, SentenceInfo
from accords.annotate.dates import FUTURE, TimeExpression, day_of, find, is_calendar, tense_at
from accords.annotate.entities import (
    body_topics,
    body_type,
)
from accords.annotate.gazetteer import gazetteer
from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.extract.agreed_to import agreed_to_stages
from accords.extract.cues import (
    cues,
    kind_of,
    sitting_body,
    status_after,
    status_before,
    status_of_modifiers,
    topics_in,
)
from accords.extract.instruments import (
    Phrase,
    _complement,
    find_phrases,
    head_token,
    staged_phrases,
    trim_to_parse,
)
from accords.extract.negation import DENIED_RELATIVE, STAGE_VERB, negated_status, negation, undenied
from accords.extract.parties import (
    STATE_ACTOR,
    counterparts,
    domestic_subject,
    instrument_parties,
    merge_actors,
    pair_states,
    parties_named_in_clause,
    people_actors,
    sentence_states,
    speaks_of_two_sides,
    states_staying_out,
    story_state_as_subject,
    subject_signers,
    two_way_home,
)
from accords.extract.quotes import quote_for
from accords.extract.stage_verb import (
    acted_under,
    argument_of_cue,
    in_principle,
    noun_at,
    object_relative_stage,
    object_relative_verb,
    one_side_considering,
    own_verb_stage,
    past_verb_at,
    pledged,
    realised_infinitive,
    started_in_own_clause,
    subject_of_another_verb,
    subject_of_own_verb,
    talked_of,
    talks_to_come,
    unrealised_stage,
    verb_of_another_object,
)
from accords.naming import CURRENCY_UNITS, proper_key
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Kind, Status, same_kind_family

# A sentence whose subject (or a fronted "among ...") links back to a set of instruments told
# before: a pronoun, or a definite plural of instrument words, counted or not, with an optional
# participle of its stage ("The other two pacts were ...", "The documents signed today include
# ...", "These include ...", "Among them were ..."); its instruments are that set's members and
# take the set's stage, date, place and parties.
_INSTRUMENT_PLURAL = (r"(?:agreements|accords|documents|deals|pacts|instruments|memorand\w+|MoUs|"
                      r"texts|protocols|treaties)")
_ANAPHORIC = re.compile(
    r"^(?:They|These|Those|Both|Among them|(?:The|These|Those|Other|Both)\s+(?:other\s+|remaining\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    + _INSTRUMENT_PLURAL + r"(?:\s+(?:signed|exchanged|inked|concluded|agreed))?)\s+"
    r"(?:\w+\s+)?(?:included|include|includes|were|are|comprise|comprised|covered|cover)\b"
    r"|^Including\b|^Among (?:them|these|the (?:[\w-]+\s+){0,2}?" + _INSTRUMENT_PLURAL + r")\b")
# "The agreements include one on civil aviation and one on visa exemption": "one" stands for
# an instrument of the set the subject names; the pronoun and its complement are a member.
_SET_HEAD = re.compile(r"^(?:\w+\s+){0,4}?(" + _INSTRUMENT_PLURAL + r")\b")
_ONE_OF_THE_SET = re.compile(r"\b(?:one|another)\s+(?=(?:on|for|with|to|in|between)\s)")
_NEXT_ONE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:one|another)\s+(?:on|for|with|to|in|between)\s")


def _members_told_by_one(text: str, phrases: list[Phrase]) -> list[Phrase]:
    """The "one on X" members of an anaphoric sentence whose subject names the set's plural
    instrument word, each with that word's singular as its head."""
    subject = _SET_HEAD.match(text)
    if not subject:
        return []
    plural = subject.group(1)
    singular = plural[:-1] if not plural.lower().startswith("memorand") else "memorandum"
    if plural.lower() == "treaties":
        singular = "treaty"
    out = []
    for m in _ONE_OF_THE_SET.finditer(text, subject.end()):
        if any(p.start <= m.start() < p.end for p in phrases):
            continue
        stop = _NEXT_ONE.search(text, m.end())
        rest = text[:stop.start()] if stop else text
        comp = _complement(rest, m.end() - 1)
        if not comp:
            continue
        out.append(Phrase(m.start(), m.end() + len(comp), singular, kind_of(singular), "", comp,
                          False, False))
    return out


_EXCHANGE = re.compile(r"\bexchanged\s+(?:the\s+)?(?:pre-signed\s+|signed\s+)?(?:documents|"
                       r"instruments|agreements|texts)|\b(?:documents|instruments|agreements)\s+"
                       r"were\s+(?:signed|exchanged)\s+by\b|"
                       # (where or when may stand between: "signed in Addis Ababa by"; initialling is no signing)
                       r"\b(?:signed|inked)\s+(?:(?:in|at|on)\s+[^,;.]{1,40}?\s+)?by\b|"
                       r"\bon behalf of\b",
                       re.I)
# A signer told by the side they signed for, in a sentence naming no instrument: "X signed
# for Kenya and Y for Uganda", "signing on behalf of their governments".
_SIGNED_FOR_A_SIDE = re.compile(r"\bsign(?:ed|ing)\s+(?:for|on\s+behalf\s+of)\s+"
                                r"(?:the\s+|their\s+|his\s+|her\s+)?[A-Z]", re.I)


def _signers_of_recent(out: list[AgreementMention], index: int, signers: list[Actor]) -> None:
    """Signatories of the instruments signed in the sentence before (or, if it signed nothing,
    of the last signed ones just above)."""
    recent = [m for m in out if m.sentence >= index - 3
              and m.status == Status.SIGNED and not m.vague]
    last = max((m.sentence for m in recent), default=None)
    for m in recent:
        if m.sentence == last:
            m.signatories = merge_actors(m.signatories, signers)


_ITS = re.compile(r"\b(?:its|their) implementation\b|\bimplementing (?:it|them)\b", re.I)
_PLACE_CUE = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Kinds whose head names the instrument well enough without a topic ("a joint working group").
_SELF_NAMED = (Kind.ARRANGEMENT, Kind.TREATY, Kind.PROTOCOL, Kind.DECLARATION, Kind.ROADMAP)


@dataclass
class _SentenceState:
    """What a sentence said as a whole, for the next one's anaphora ("They included ...")."""

    status: Status | None
    date: str | None
    place: str | None
    kind: Kind | None
    mentions: list[AgreementMention]
    # the states that told the set together ("A and B signed five documents"): the parties of
    # the set's members a later sentence lists ("The documents signed include ...")
    parties: list[Actor] = field(default_factory=list)


# A stage told by a verb, not by a noun ("signed", "agreed", "initialled", "the accord reached
# over the weekend", "the protocol expired on Monday"; not "the agreement", "its signature", "the signatories", "approval",
# "initially"): the lead that tells one is the news of the stage whose day
# `DocContext.lead_day` reads.
_STAGE_TOLD = re.compile(r"\b(?:sign(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|finali[sz](?:e|es|ed|ing)|"
                         r"conclud(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|agree(?:s|d|ing)?|"
                         r"initial(?:l?ed|l?ing)|reached|clinched|struck|sealed|inked|expired|lapsed|"
                         r"terminated|suspended)\b", re.I)


@dataclass(frozen=True)
class _Article:
    """What the whole article tells every mention of it, read once: the day its lead dates its
    news (`DocContext.lead_day` with a stage told by a verb), whether it is a story of one
    state's elections and parties, and the states it says stay out of an instrument
    (extract/parties.states_staying_out)."""
    news_day: str | None
    party_politics: bool
    staying_out: dict[str, int]


def extract_agreements(ctx: DocContext, lenient: bool = False) -> list[AgreementMention]:
    """The instrument mentions the rules accept; with `lenient`, also those that fail a rule
    (no status verb, no topic, no state actor), each naming the rules it failed in
    `mention.missing`, for a learned decision to judge (extract/decide.py)."""
    out: list[AgreementMention] = []
    previous: _SentenceState | None = None
    article = _Article(ctx.lead_day(_STAGE_TOLD), _party_politics(ctx), states_staying_out(ctx))
    collective: tuple[int, Status] | None = None  # the last stage told of documents together
    for info in ctx.sentences:
        told = _collective_stage(info.sentence.text)
        if not info.candidate:
            if told:
                collective = (info.sentence.index, told)
                # "Sweden and Ghana signed 9 documents. Among the texts were ...": a set told
                # only by its count is no candidate, but its states, stage and date are those of
                # the members a following "Among the texts were" / "They included" lists
                previous = _SentenceState(told, _sentence_date(info),
                                          _sentence_place(info.sentence.text), None, [],
                                          sentence_states(info))
            continue
        antecedent = previous
        if previous is not None and collective and _ANAPHORIC.search(info.sentence.text) \
                and info.sentence.index - collective[0] <= 2:
            # "They included ...": they are the documents the sentence just before signed (or
            # whose signing it told), not the instrument its first verb was about ("agreed to
            # speed up talks on a trade deal, as the two sides signed a series of documents")
            antecedent = replace(previous, status=collective[1])
        state = _sentence(ctx, info, antecedent, out, lenient, article)
        if told:
            collective = (info.sentence.index, told)
        if (_EXCHANGE.search(info.sentence.text) or _SIGNED_FOR_A_SIDE.search(
                info.sentence.text)) and not state.mentions and out:
            # "X and Y exchanged the documents", "Signing for Kenya was X, while Y signed for
            # Ethiopia": signatories of the instruments signed in the sentence before (or, if
            # it signed nothing, of the last signed ones just above).
            _signers_of_recent(out, info.sentence.index, people_actors(ctx, info))
            continue
        out.extend(_own_modifier_states(state.mentions))
        if state.mentions or state.status or told:
            # (a set told only by its count, "A and B signed five documents", is still the
            # antecedent of "The documents signed include ...": its stage, date and states)
            previous = state
    out.extend(agreed_to_stages(ctx, out))
    _dates_of_the_same_stage(out)
    return _split_aggregates(ctx, out)


# Several loans told by their count and sum: "three loans to India totalling 929 mln dlrs"
_AGGREGATE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
                        r"(?:[\w-]+\s+){0,2}?(?P<head>loans|credits)\b[^.;]{0,80}?"
                        r"\b(?:totall?ing|a\s+total\s+of)\b", re.I)
# One loan told with its own sum: "a 485 mln dlr loan", "a bank loan of 53 mln dlrs"
_PART = re.compile(r"(?:an?\s+|the\s+)?(?:[\w$.,'’-]+\s+){0,4}?(?:loan|credit)\b"
                   r"(?:\s+of\s+(?:about\s+|some\s+)?[$]?[\d.,]+\s+(?:mln|million|billion|bln|bn)\b)?",
                   re.I)
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:mln|million|billion|bln|bn)\b", re.I)
# What a part told only by its sum lacks and takes from the sum it is part of
_TAKEN_FROM_THE_SUM = frozenset({"status", "state", "weak", "parties", "domestic", "bare"})
_PARTS_WITHIN = 6  # sentences after the sum


def _split_aggregates(ctx: DocContext, out: list[AgreementMention]) -> list[AgreementMention]:
    """Each loan of a sum the article then breaks down is an instrument of its own (GUIDE:
    each instrument gets its own item): "The World Bank said it has extended three loans to
    India totalling 929 mln dlrs ... One power project will be supported by a 485 mln dlr
    loan ... supported by a 375 mln dlr loan": the sum is no instrument (audit round 21), and
    each loan told with its own sum takes the sum's sides, stage and date. A sum the article
    does not break down (two parts at least) stays one record, as the gold reads it."""
    text = {info.sentence.index: info.sentence for info in ctx.sentences}
    result = list(out)
    for i, agg in enumerate(out):
        sentence = text.get(agg.sentence)
        if sentence is None or not agg.name or agg.name.lower().split()[-1] not in (
                "loans", "credits") or len(agg.countries) > 2:
            # (loans from two lenders or to two borrowers: which part is whose is not read)
            continue
        told = _AGGREGATE.search(sentence.text)
        if told is None or not told.start("head") <= agg.at - sentence.start < told.end("head") \
                and not told.start() <= agg.at - sentence.start <= told.start("head"):
            continue
        parts = []
        for k, m in enumerate(out):
            if not agg.sentence < m.sentence <= agg.sentence + _PARTS_WITHIN or not m.name or \
                    m.name.lower().split()[-1] not in ("loan", "credit") or m.kind != agg.kind \
                    or not set(m.countries) <= set(agg.countries):
                # (a loan with a side of its own, "a loan from Japan", is not one of the sum's)
                continue
            own = text.get(m.sentence)
            phrase = _PART.match(own.text, m.at - own.start) if own is not None else None
            if phrase and _AMOUNT.search(phrase.group()):
                parts.append(k)
        if len(parts) < 2:
            continue
        result[i] = replace(agg, missing=(*agg.missing, "aggregate"))
        for k in parts:
            m = out[k]
            result[k] = replace(
                m, countries=list(agg.countries), parties=list(agg.parties),
                status=agg.status if "status" in m.missing else m.status, date=agg.date,
                date_precision=agg.date_precision, explicit_date=agg.explicit_date,
                missing=tuple(r for r in m.missing if r not in _TAKEN_FROM_THE_SUM), part=True)
    return result


def _own_modifier_states(mentions: list[AgreementMention]) -> list[AgreementMention]:
    """The items of one plural head with coordinated modifiers ("the Canadian and Israeli
    pacts", "the Mexican and Brazilian loans with the banks") are one instrument per modifier:
    a state that only another item's modifier names is that item's side, not this one's (the
    US-Israel pact does not have Canada as a party). States named elsewhere in the sentence
    (the common counterpart) stay with every item."""
    gaz = gazetteer()
    items: dict[tuple[int, str], list[AgreementMention]] = defaultdict(list)
    for m in mentions:
        items[(m.at, m.name)].append(m)
    out = []
    for m in mentions:
        siblings = [x for x in items[(m.at, m.name)] if x.title != m.title]
        if not siblings:
            out.append(m)
            continue
        own = {p.code for p in gaz.find(_item_words(m))}
        others = {p.code for x in siblings for p in gaz.find(_item_words(x))} - own
        if not own or not others:
            out.append(m)
            continue
        parties = [a for a in m.parties if a.country not in others]
        out.append(replace(m, parties=parties,
                           countries=[c for c in m.countries if c not in others]))
    return out


def _item_words(m: AgreementMention) -> str:
    """An item's own words: its title before the parties the rules wrote after it."""
    return m.title.split(" between ")[0]


# How far before the article's day the text may date a stage that another sentence tells as
# the day's news: the same stage of the same instrument within this many days ("have signed a
# memorandum" in the lead, "the MoU was signed on Sunday" below it) is that stage's date; one
# further back ("first signed in 1995") is an earlier signature, not today's news.
_SAME_STAGE_DAYS = 62


def _dates_of_the_same_stage(mentions: list[AgreementMention]) -> None:
    """An undated mention of a stage (dated by the article's day only: the lead's "have signed
    a memorandum", a later "The agreement, reached on the sidelines, ...") takes the date
    another sentence of the article gives the same stage of the same instrument (the same
    title: a reference takes the title of the one it refers to): "the MoU was signed on
    Sunday", "Last month, they struck a deal". The sentence that tells when is more specific
    than the article's day. Only a day or a month, at or shortly before the undated one's day.
    The headline, which tells the lead's news in other words, then takes the date of the
    same stage of the same kind in the lead (not one told further down: "parliament ratifies
    the deal" is not the other side's approval told below)."""
    given = [x for x in mentions if x.explicit_date and not x.future and not x.headline
             and not x.vague and x.date and "X" not in x.date and len(x.date) in (7, 10)]
    undated = [m for m in mentions if not m.explicit_date and not m.future and m.date
               and len(m.date) == 10 and "X" not in m.date]
    for m in undated:
        if m.headline:
            continue
        best: str | None = None
        day = m.date or ""
        for x in given:
            if x is m or x.status != m.status or x.title.lower() != m.title.lower() \
                    or x.date is None or x.date[:len(day)] > day:
                continue
            end = x.date if len(x.date) == 10 else x.date + "-28"
            try:
                gap = (date.fromisoformat(day) - date.fromisoformat(end)).days
            except ValueError:
                continue
            if gap <= _SAME_STAGE_DAYS and (best is None or len(x.date) > len(best)):
                best = x.date  # the most specific of the dates given
        if best:
            m.date = best
            m.date_precision = "day" if len(best) == 10 else "month"
    body = sorted({x.sentence for x in mentions if not x.headline})
    lead = set(body[:2])
    for m in undated:
        if not m.headline:
            continue
        day = m.date or ""
        told = [x for x in mentions if x.sentence in lead and x.status == m.status
                and same_kind_family(x.kind, m.kind) and not x.future and x.date
                and "X" not in x.date and x.date[:len(day)] <= day]
        if told and told[0].date != m.date and (told[0].explicit_date or told[0] in undated):
            m.date = told[0].date
            m.date_precision = told[0].date_precision


# "signed a defence accord on Monday, the latest such pact in the region": a description that
# a comma and a ranking word set after an instrument re-describes it; it is no second one.
_APPOSITION_BEFORE = re.compile(
    r"[^,;.]{0,80},\s*(?:the|its|their|a|an)\s+(?:latest|newest|most\s+recent|first|second|"
    r"third|fourth|fifth|last|biggest|largest|broadest|widest|only)\s+(?:such\s+)?"
    r"(?:[\w’'-]+\s+){0,3}", re.I)


def _sentence(ctx: DocContext, info: SentenceInfo, previous: _SentenceState | None,
              earlier: list[AgreementMention], lenient: bool = False,
              article: _Article | None = None) -> _SentenceState:
    text = info.sentence.text
    phrases = trim_to_parse(text, find_phrases(text), info.parse)
    phrases = sorted(phrases + staged_phrases(text, info.parse, phrases), key=lambda p: p.start)
    phrases = [p for i, p in enumerate(phrases)
               if not (i and _APPOSITION_BEFORE.fullmatch(text, phrases[i - 1].end, p.start))]
    anaphoric = bool(_ANAPHORIC.search(text)) and previous is not None
    if anaphoric:
        phrases = sorted(phrases + _members_told_by_one(text, phrases), key=lambda p: p.start)
    sentence_date = _sentence_date(info)
    sentence_place = _sentence_place(text)
    statuses: list[Status | None] = []
    cue_at: list[int] = []
    told_after: list[bool] = []  # the stage is told by a verb after the phrase
    told_of: list[bool] = []  # the stage is told by the phrase's own predicate
    wide: list[str] = []
    wide_at: list[int] = []  # where each wide window starts
    prev_end = prev_head_end = 0
    for p in phrases:
        found = status_before(text[prev_end:p.start]) if not p.vague else status_before(text[:p.start])
        # (the head's last word: "loan", "credit line")
        lending = found is None and not p.vague and p.head.lower().rsplit(" ", 1)[-1] in _LENDING_HEADS
        got = _LOAN_RECEIVED.search(text, prev_end, p.start) if lending else None
        if got:
            # "Ethiopia received a $2 billion loan from ...": a loan one side has is one the
            # lender granted (the verb's object is the loan itself, nothing between)
            found = (Status.AGREED, got.start() - prev_end)
        given = _LOAN_GIVEN.search(text, prev_end, p.start) if lending and not got else None
        if given:
            # "X will extend a credit line to Y" (planned), "X extended a loan to Y" (agreed):
            # the lender's own verb whose object is the loan
            found = (Status.PLANNED if given.group("will") else Status.AGREED,
                     given.start() - prev_end)
        own = _PREVIOUS_RELATIVE.search(text[prev_end:p.start])
        if found and not p.vague and own and found[1] < own.end():
            # ", which the fund's board approved in April, and a loan that is still awaiting
            # approval": the verb of the previous instrument's relative clause is not this one's
            found = status_before(text[prev_end + own.end():p.start])
            found = (found[0], found[1] + own.end()) if found else None
        if found and _GOVERNS_ANOTHER.search(text, prev_end + found[1], p.start):
            # "replaces arrangements dating back to the 1977 Treaty": the verb's object is
            # another noun, of which the instrument is only the origin
            found = None
        if found and not p.vague and verb_of_another_object(
                info.parse, text.find(p.head, p.start), prev_end + found[1]) and not (
                subject_of_own_verb(info.parse, text.find(p.head, p.start))
                and _told_after(text[:min([q.start for q in phrases if q.start > p.end]
                                          + [len(text)])], p.end)):
            # "Mexico halted the debt-equity program on Feb. 25, and said it would resume once
            # the loan is disbursed": the verb before has an object of its own, and the
            # instrument hangs on another verb; that stage is the other noun's (an instrument
            # whose own verb tells a stage is left to the weighing of the two verbs below)
            found = None
        relative = text[p.end:p.end + 80]
        counterfactual = bool(_COUNTERFACTUAL_RELATIVE.match(relative))
        # "a new pact to replace the current one, which expires in October": the clause
        # after tells the stage of the one replaced, not of this instrument
        replaced_ones_clause = bool(_REPLACED_ONES_CLAUSE.search(text, p.start, min(
            len(text), p.end + 60)))
        if found and not counterfactual and not replaced_ones_clause and re.match(r"\W*(?:which|that)\b", relative) \
                and status_after(relative) \
                and not (found[0] in _ENDED_STAGES and status_after(relative) == Status.IN_FORCE) \
                and not (status_after(relative) == Status.PLANNED
                         and found[0] in (Status.AGREED, Status.FINALIZED, Status.SIGNED)
                         and past_verb_at(info.parse, prev_end + found[1])):
            # "said the resulting deal, which was announced by the banks": the instrument's own
            # clause tells its stage better than a verb before it ("in the latest negotiations");
            # but what the instrument does ("terminated an agreement which limits ...") only
            # describes it, and does not undo its ending
            # (but a past act before the instrument keeps its stage when the clause after
            # only tells one still to come: "initialled an accord which is expected to be
            # signed next month" was initialled all the same)
            found = None
        reduced = status_after(relative) if found and _REDUCED_RELATIVE.match(relative) else None
        if found and reduced and (reduced.rank >= found[0].rank
                                  or _REPLACING.match(text, prev_end + found[1])):
            # "an accord reached at the Tokyo summit": a stage the instrument reached, which a
            # verb before it ("a forum for considering") does not undo; a later stage before it
            # still holds ("violated the pact signed in 1990"). (The verb before still ends the
            # clause's subject: "Australia, which has sent police under a treaty signed ...".)
            # Replacing is the new instrument's act, told of the old one only as background:
            # "the new accord replaces a pact signed in 1986" leaves that pact signed in 1986.
            found = (reduced, found[1])
        nxt = min([q.start for q in phrases if q.start > p.end] + [len(text)])
        after = None if counterfactual or replaced_ones_clause else _told_after(text[:nxt], p.end)
        if after is None and not counterfactual and not replaced_ones_clause:
            # "the Brexit deal that Prime Minister Boris Johnson agreed with the EU last
            # autumn": an object relative clause whose subject is longer than the surface
            # patterns take, read on the parse
            after = _object_relative(info, p)[1]
        if after in _ENDED_STAGES and _TALKS_ABOUT.search(text, 0, p.start):
            # "Talks ... on a maritime border deal broke down": the talks broke down, not a deal
            after = None
        if found and after == Status.PLANNED and found[0].rank > Status.PLANNED.rank and \
                _STAGE_AS_SUBJECT.match(text, prev_end + found[1]):
            # "The signing of the trade accord is scheduled for March 15": the act named before
            # the instrument is the subject of a verb that puts it still to come
            found = (after, found[1])
        if found and after and (_CLAUSE_BREAK.search(text, prev_end + found[1], p.start) or (
                after != found[0] and subject_of_another_verb(
                    info.parse, text.find(p.head, p.start), prev_end + found[1]))):
            # "a memorandum was also signed, while a joint committee was agreed": the verb
            # before belongs to the clause before; the instrument's own verb tells its stage
            # (so too when the parse makes the instrument the subject of a verb of its own
            # that tells another stage: "signing dates had to be scrapped ... after the loan
            # was agreed"; when both tell the same stage, the verb before still names whose
            # it is: "Washington answered by renewing ...: the amended compact was signed")
            found = None
        if found and told_after and told_after[-1] \
                and subject_of_own_verb(info.parse, text.find(p.head, p.start)):
            # "accords were reached with Ecuador, an accord with Colombia seems close at
            # hand": an instrument that is the subject of a verb after it is in a clause of its
            # own; the verb before it told the stage of the instrument before, its subject
            found = None
        if found is None and after is None and _WHEN_STARTS.match(text, p.end) and re.search(
                r"\bwhen\s+(?:(?:the|a|its|their)\s+)?$", text[:p.start], re.I):
            # "from 2006 when the free trade agreement starts": a start still to come
            after = Status.PLANNED
        background_cue = bool(found and _BACKGROUND_CUE.match(text, prev_end + found[1]))
        if found and after and background_cue:
            # "under a pact reached last July", "the current loan agreement expires in
            # February": a background word says only that the instrument exists; the verb the
            # instrument governs tells its stage.
            found = (after, found[1])
        told_after.append(bool(after) and (found is None or background_cue))
        # (the stage told by the phrase's own predicate: the verb right after it, or a verb
        # before it whose subject or object it is)
        told_of.append(bool(after) and (found is None or background_cue) or bool(
            found and argument_of_cue(info.parse, text.find(p.head, p.start),
                                      prev_end + found[1])))
        if found:
            statuses.append(found[0])
            cue_at.append(prev_end + found[1])
        else:
            statuses.append(after or status_after(p.complement))
            cue_at.append(-1)
        # Last resort, when neither the phrase nor its enumeration has a verb: the verb may stand
        # in the previous phrase's complement ("That pact followed the IMF's approval of a
        # standby arrangement").
        wide.append(text[prev_head_end:p.start])
        wide_at.append(prev_head_end)
        head_at = text.find(p.head, p.start)
        prev_head_end = head_at + len(p.head) if head_at >= 0 else p.end
        prev_end = p.end
    for i, p in enumerate(phrases):
        if statuses[i] is None:
            # "a deal with Argentina could be reached in two weeks", "arrangements being made":
            # the instrument's own verb of making, in a form that tells the stage is not reached
            # (a modal, "to", a progressive passive), is its stage, not a neighbour's verb
            own_stage = own_verb_stage(info.parse, text.find(p.head, p.start))
            if own_stage is not None:
                statuses[i] = own_stage
                told_after[i] = True
    # An enumeration shares its verb: an item without its own cue takes its neighbour's. Not
    # across a semicolon ("ink seven MoUs; Teesta deal still elusive"), and not forward from a
    # verb the earlier item governs ("the current loan agreement expires in February and the
    # new deal would ...": that verb is the first one's alone).
    for i in range(len(statuses)):
        if statuses[i] is None and i:
            j = next((k for k in range(i - 1, -1, -1) if statuses[k]), None)
            between = text[phrases[j].end:phrases[i].start] if j is not None else ";"
            # (nor what the instrument before does to this one: "signed a protocol amending
            # their 1999 agreement" signed the protocol, not the older agreement)
            if j is not None and not told_after[j] and ";" not in between \
                    and not _GOVERNS_ANOTHER.search(between) \
                    and not _LATER_STAGE.search(between) \
                    and not (cue_at[j] >= 0 and _ENTRY_INTO_FORCE_OF.search(
                        text, cue_at[j], phrases[j].start)):  # (not an enumeration)
                # ("with the entry into force of the treaty, the 1978 agreement ceases to
                # apply": a stage named as a noun is its own complement's alone)
                statuses[i] = statuses[j]
    for i in range(len(statuses) - 1, -1, -1):
        if statuses[i] is None and i + 1 < len(statuses) and not re.search(
                rf";|{_GOVERNS_ANOTHER.pattern}", text[phrases[i].end:phrases[i + 1].start], re.I) \
                and not (told_after[i + 1] and re.match(r"\W*(?:which|that)\b",
                                                        text[phrases[i + 1].end:])) \
                and not (cue_at[i + 1] >= phrases[i].end and noun_at(info.parse, cue_at[i + 1])):
            # ("not a grant, but a loan from X, which Y is still repaying": the relative
            # clause tells the stage of its own antecedent only; nor a stage noun between the
            # two, whose complement is the next one: "applauded last week's agreement ...,
            # saying negotiation of other commodity accords would help" tells the talks on the
            # other accords, not on the agreement before; a verb there may still be the
            # earlier one's predicate: "a treaty giving ... has come into force, the two
            # governments said in a joint statement")
            statuses[i] = statuses[i + 1]
            told_after[i] = told_after[i + 1]
    for i, window in enumerate(wide):
        # (not for an instrument that is the subject of a verb of its own after it: "...,
        # an accord with Colombia seems close at hand" takes no neighbour's stage)
        if statuses[i] is None and not subject_of_own_verb(
                info.parse, text.find(phrases[i].head, phrases[i].start)):
            found = status_before(window)
            statuses[i] = found[0] if found and not _GOVERNS_ANOTHER.search(
                window, found[1]) and not (not phrases[i].vague and verb_of_another_object(
                    info.parse, text.find(phrases[i].head, phrases[i].start),
                    wide_at[i] + found[1])) else None
    for i, p in enumerate(phrases):
        if statuses[i] in (None, Status.IN_FORCE) and not p.vague and started_in_own_clause(
                info.parse, text.find(p.head, p.start)):
            # "Under the accord, which began in January, ...": its own clause says it is
            # running, in force (not the signature a bare "under the accord" is read as)
            statuses[i] = Status.IN_FORCE
            continue
        if statuses[i] == Status.IN_FORCE and cue_at[i] >= 0 and _UNDER_CUE.match(
                text, cue_at[i]) and (_UNDER_YEAR.search(p.modifiers)
                                      or not (p.modifiers.strip() or p.complement.strip())):
            statuses[i] = Status.SIGNED
    for i, p in enumerate(phrases):
        if p.status is not None:
            statuses[i] = p.status  # the verb's own tense ("will lend")
        elif statuses[i] is None and p.content_status is not None:
            statuses[i] = p.content_status  # "last week's agreement to reschedule the debt"
    negated = [negation(text, p, cue_at[i]) for i, p in enumerate(phrases)]
    for i in range(len(phrases)):
        if negated[i] == "not_yet" and statuses[i] == Status.IN_FORCE and cue_at[i] >= 0 \
                and _KEEPING.match(text, cue_at[i]):
            # "Japan did not honor an agreement": a breach of a pact in force, not a stage unmet
            negated[i] = None
    pledges = [False] * len(phrases)
    for i, p in enumerate(phrases):
        told = statuses[i]
        if told is not None and negated[i] is None and p.status is None:
            # "agreed to sign and ratify the accord", "urged Chile to ratify the pact": the
            # cue's verb is a signing or ratification still to come
            unrealised = unrealised_stage(info.parse, text, cue_at[i], told)
            # ("Singapore is considering arrangements with other countries": floated by one side)
            # ("formal talks on signing a trade pact": a signing talked about, not done)
            # ("Yugoslavia is to negotiate a restructuring": talks still to come)
            # ("officials started to sign agreements": the infinitive's stage is reached;
            # "the loan it has approved in principle": agreed in principle)
            statuses[i] = unrealised or talked_of(info.parse, cue_at[i], told) \
                or one_side_considering(info.parse, cue_at[i], told) \
                or talks_to_come(info.parse, text, cue_at[i], told) \
                or realised_infinitive(info.parse, text, cue_at[i], told) \
                or in_principle(info.parse, text, cue_at[i], told,
                                phrases[i].end if told_after[i] else -1) or told
            # ("committed to implementing the protocol": the protocol was made, told in passing)
            pledges[i] = pledged(told, unrealised)
    # A later stage denied ("failed to ratify the pact on Thursday", "was never ratified")
    # leaves the signature, whose date is not the denied stage's (see below)
    lowered = [neg == "not_yet" and st in (Status.RATIFIED, Status.IN_FORCE, Status.IMPLEMENTED)
               for st, neg in zip(statuses, negated, strict=True)]
    statuses = [negated_status(st, neg) if st and neg else st
                for st, neg in zip(statuses, negated, strict=True)]
    for i, p in enumerate(phrases):
        if statuses[i] is None and negated[i] == "not_yet" and STAGE_VERB.search(
                text[p.end:p.end + 60]):
            statuses[i] = Status.NEGOTIATING  # "has yet to be finalised", "was not signed"
        elif statuses[i] is None and negated[i] == "reached_then":
            # "the agreement wasn't ratified until 1946": the stage was reached then
            statuses[i] = status_after(undenied(text[p.end:p.end + 80]))
    sentence_status = next((s for s in statuses if s), None)
    own_dates = _phrase_dates(ctx, info, phrases, statuses, cue_at)
    for i, p in enumerate(phrases):
        if lowered[i]:
            # the signature keeps only a date its own clause gives ("the accord Italy signed
            # in 2017 was never ratified"); the day of the failed vote is not when it was signed
            nxt = min([q.start for q in phrases if q.start > p.end] + [len(text)])
            signed = _earlier_dated_stage(info, p, nxt)
            own_dates[i] = (signed[1], True) if signed and signed[0] == Status.SIGNED \
                else (None, False)
    generic_kind = next((p.kind for p in phrases if p.generic and p.kind != Kind.AGREEMENT), None)
    if phrases:  # what the sentence's instruments took, not a year in a name beside them
        sentence_date = next((d for d, given in own_dates if d and given), None)
    state = _SentenceState(sentence_status or (previous.status if anaphoric and previous else None),
                           sentence_date or (previous.date if anaphoric and previous else None),
                           sentence_place or (previous.place if anaphoric and previous else None),
                           generic_kind, [],
                           sentence_states(info) or (previous.parties if anaphoric and previous else []))
    signers_here = subject_signers(ctx, info)
    # (the day of a gathering the sentence before told, when this one ties its stage to it)
    gathering_day = _gathering_day_before(ctx, info) if not anaphoric and any(
        d is None for d, _ in own_dates) else None
    for i, p in enumerate(phrases):
        status = statuses[i] or (previous.status if anaphoric and previous else None)
        missing: list[str] = []
        # Told as background, not as the news: "under the accord", "the existing pact", a
        # named accord in passing; such a stage has no date unless the sentence gives one.
        background = status is None or lowered[i] or pledges[i] or bool(
            cue_at[i] >= 0 and _BACKGROUND_CUE.match(text, cue_at[i])
            and _told_after(text, p.end) is None) or (  # not "under a pact signed"
            # "violated the treaty", "the pact, which expires in 2026": a state of things, not
            # the news of the day ("came into force" is)
            status == Status.IN_FORCE and not _PRESENT_STATE_TOLD.match(text, p.end)
            and not _COMING_INTO_FORCE.search(
                text[max(cue_at[i], 0):p.end + 80] if cue_at[i] >= 0 else text[p.end:p.end + 80])) \
            or _in_since_clause(text, p, cue_at[i]) or (
                # "disbursing the loan that it has approved in principle": a stage told in
                # the instrument's restrictive relative clause, with no time of its own, says
                # which instrument is meant (presupposed, not the news of the day)
                told_after[i] and not own_dates[i][1] and status in _PRESUPPOSED_STAGES
                and _restrictive_relative(info, p)) or (
                # "He pointed out that Chile and Peru have all reached agreement": known, told
                # in passing; a time of the stage's own still dates it (see _mention)
                not own_dates[i][1] and status not in (Status.NEGOTIATING, Status.PLANNED,
                                                       Status.PROPOSED)
                and (_remarked_background(text, p, cue_at[i]) or _known_past(info, cue_at[i])
                     or _only_seeming(info, cue_at[i]))) or (
                # "a deal agreed ahead of the 1997 handover": only a bound, so no day at all
                own_dates[i][0] is None and status not in _PAST_STAGES and bool(
                    _BEFORE_DATED_EVENT.search(text, p.end, min(len(text), p.end + 100))))
        if pledges[i]:
            own_dates[i] = (None, False)  # the day of the pledge is no stage's
        sitting = p.kind == Kind.ARRANGEMENT and not p.by_verb and not p.vague \
            and negated[i] is None and status not in _ENDINGS and sitting_body(text, p.start, p.end)
        if sitting:
            # "agreed to hold the 4th session of the Joint Commission", "signed 27 agreements
            # at the 22nd session of the High Joint Commission", "the Joint Commission will hold
            # its 11th meeting": a body at work is in force (GUIDE: agreed mechanisms), told
            # as background; the verb's stage and day are the sitting's or other instruments'
            status, background, own_dates[i] = Status.IN_FORCE, True, (None, False)
        told_day, told_here = own_dates[i]
        if background and status == Status.IN_FORCE and told_here and told_day \
                and not _dated_in_own_clause(info, p, told_day):
            # "announced the tariffs on March 27 to retaliate for Japan's failure to honor an
            # agreement": a state of things told in passing takes no date of another clause
            own_dates[i] = (None, False)
        if gathering_day and own_dates[i] == (None, False) and not background \
                and status in (Status.AGREED, Status.FINALIZED, Status.SIGNED):
            # "Ruto held talks with Hassan on Wednesday. The two leaders later signed a
            # memorandum": the stage took place at the gathering, on its day
            own_dates[i] = (gathering_day, True)
        if status is None and negated[i] is None and not p.vague:
            # "the long-suspended agreement on ...", "the recently signed accord": an adjective
            # of the instrument's own tells the state it is in, as background
            status = status_of_modifiers(p.modifiers)
        if status is None and not p.weak and proper_key(_written_name(text, p)) \
                and _diplomatic_context(ctx, info, p.kind):
            # A treaty or accord known by its name, told in passing ("the Louvre accord was
            # still ..."): a record in its own right; the stage no verb gives is agreement, and
            # for a treaty or protocol known by its name, its signature ("the Treaty of Rome").
            status = Status.SIGNED if p.kind in (Kind.TREATY, Kind.PROTOCOL) else Status.AGREED
            own_day = own_dates[i][0]
            if not own_dates[i][1] or (own_day and ctx.published and own_day[:10] > ctx.published[:10]) \
                    or (own_day and not _dated_in_own_clause(info, p, own_day, direct=True)):
                # (nor does a date of another clause: "West Germany, whose currency has not
                # risen since the Paris Agreement, appears from yesterday's statement to ...")
                # told in passing, it is not the day's news: a date still to come ("to meet
                # the Paris Agreement's target by 2030") gives it neither that date nor the
                # article's
                own_dates[i] = (None, False)
        aged = status is None and negated[i] is None and not p.vague and not p.generic and \
            bool(_AGE.search(p.modifiers))
        if status is None and negated[i] is None and not p.vague and not p.generic:
            # (a date after the noun only where the sentence names a side of its own: "the
            # revised UN Convention ... of June 2003" alone takes the article's states, and the
            # ratifying states a reference to it names below are lost)
            own_side = bool(sentence_states(info))
            status = _dated_or_aged(p, ctx.published, own_side)
            name_date = _date_in_name(p, own_side)
            if status is not None and name_date and own_dates[i][0] is None:
                # The stage the year gives ("a directive amends the 1973 Convention": signed
                # in 1973) is dated by it: the year a verb of a later stage set aside in
                # _phrase_dates is when the instrument was made, and that is the stage here.
                own_dates[i] = (name_date, True)
        if aged:
            own_dates[i] = (None, False)  # ("will review their two-year-old pact next month")
        if status is None and (_EXISTING.search(p.modifiers)
                               or _PAST_POSSESSIVE.search(text, max(0, p.start - 30), p.start)
                               or _attributive_weekend(text, p)):
            # "the recent U.S.-U.K. agreement on capital", "the 1985 accord": one that exists,
            # told as background; so too one a past day owns ("last week's agreement",
            # "Friday's accord"): it was reached then
            status = Status.AGREED
            weekend = _attributive_weekend_day(info, p)
            if weekend:  # ("the weekend OPEC accord" beside "this morning": the weekend's day)
                own_dates[i] = (weekend, True)
        if status is None and negated[i] is None and not p.vague and not p.generic:
            made_then = _time_right_after(ctx, info, p)
            if made_then:
                # "in connection with a bilateral agreement between Mexico and Peru earlier
                # this year", "under an accord late last year": the time the noun phrase ends
                # with is when it was reached, as in "last year's agreement"
                status, own_dates[i] = Status.AGREED, (made_then, True)
        if negated[i] == "absent":
            # "no declaration is expected", "without an agreement": there is no instrument.
            if not lenient:
                continue
            missing.append("negated")
        defaulted = False
        if status is None and negated[i] is None and not p.vague and not p.generic \
                and not _is_reference(p):
            status = _main_argument_stage(info, p)
            defaulted = status is not None
        if status is None:
            if not lenient:
                continue
            status = Status.AGREED  # a placeholder the learned status decision replaces
            missing.append("status")
        if p.generic and not p.vague and not re.match(r"(?:between|with|on|in|for)\b", p.complement,
                                                      re.I) and not topics_in(p.modifiers) \
                and not (_one_more(text, p) and state.mentions):
            # A generic head says which instrument by its counterpart or subject after it, or
            # by a subject word before it ("a reciprocal green lane arrangement", "a debt
            # arrangement"); a weak one still needs a state among its parties (_mention).
            if not lenient:
                continue
            missing.append("generic")
        before = state.mentions[-1] if state.mentions else None
        if before is None and _DEFINITE.match(text[max(0, p.start - 4):p.start] + p.head) \
                and (not p.modifiers or p.modifiers.lower() in _HEDGES) \
                and not topics_in(p.complement):
            # "The treaty, signed in January, ...": the article's last instrument of that kind.
            last = next((m for m in reversed(earlier) if same_kind_family(m.kind, p.kind)), None)
            # ("The tentative accord": a word that only hedges its stage still points back to
            # that deal for what it is, though not for its title or sides)
            before = None if p.modifiers else last
            if last is not None and lenient and (
                    (_no_states_deal(last) or _home_deal(last)) and not _names_a_side(info)
                    # (a firms' deal: a state it already had is no new side, "Under the
                    # agreement, Nippon will receive ..." after "reached by Shearson and Nippon
                    # Life")
                    or _firms_deal(last) and not _names_a_side(info, frozenset(last.countries))) \
                    and not proper_key(_written_name(text, p)):
                # "Workers approved an agreement reached with management. The agreement calls
                # for ...": the bare definite head is that deal, so it is no more a state's
                # than the deal itself, which has no state for a side and is a firm's, a
                # union's or one state's business at home (not "the Treaty of Rome")
                missing.extend(r for r in last.missing if r in _NOT_STATES_DEAL
                               and r not in missing)
        if before is not None and _no_states_deal(before) and _BOTH_SIDES.search(p.complement) \
                and lenient and not _names_a_side(info):
            # "a working group of representatives from both sides" of a deal just told: the
            # sides are that deal's, and so is what they are (firms, a union, home bodies)
            missing.extend(r for r in before.missing if r in _NOT_STATES_DEAL
                           and r not in missing)
        if before is None and _SIMILAR.search(p.modifiers) and re.match(r"(?:with|between)\b",
                                                                         p.complement):
            # "similar access agreements with Australia": like the one the article told before,
            # with a counterpart of its own
            before = next((m for m in reversed([*earlier, *state.mentions])
                           if same_kind_family(m.kind, p.kind)), None)
        if before is None and _one_more(text, p):
            # "A further accord, signed in Riyadh a year earlier, ...": one more of the series
            # the article told, between the same sides, on the same matter (a new instrument)
            before = next((m for m in reversed(earlier) if same_kind_family(m.kind, p.kind)
                           and len(m.countries) >= 2), None)
        mention = _mention(ctx, info, p, status, state, previous if anaphoric else None,
                           before, cue_at[i], missing if lenient else None, background,
                           own_dates[i], article)
        if mention is None:
            continue
        if told_of[i] and statuses[i] == mention.status:
            mention = replace(mention, told_of=True)
        if sitting and mention.date:
            # ("The documents were signed during the annual meeting of the intergovernmental
            # committee": nor the day of the sentence before, which an anaphoric one takes)
            mention = replace(mention, date=None, date_precision="year", explicit_date=False)
        if defaulted and (len(mention.countries) < 2 and not proper_key(mention.name or "")
                          and not _BETWEEN_A_PAIR.match(p.complement)
                          and not _organization_own_text(info, p, mention.countries)
                          or "parties" in mention.missing):
            # a stage read from the sentence's main verb only holds for an instrument that says
            # whose it is: two parties in its own clause, or a name
            if not lenient:
                continue
            mention = replace(mention, missing=(*mention.missing, "status"))
        if signers_here and status == Status.SIGNED and not p.vague:
            mention.signatories = merge_actors(mention.signatories,
                                                subject_signers(ctx, info, p.start))
        if _EXCHANGE.search(text[p.end:]) or _SIGNED_FOR_A_SIDE.search(text[p.end:]):
            mention.signatories = merge_actors(mention.signatories,
                                                people_actors(ctx, info, after=p.end))
        made = _each_counterpart(mention, p, info, ctx) or _each_state(
            mention, p, info, (article.news_day if article else None) or ctx.event_date)
        state.mentions.extend(made)
        nxt = min([q.start for q in phrases if q.start > p.end] + [len(text)])
        later = _coordinated_stage(info, p.end, nxt)
        if later and later[0].rank > mention.status.rank and not negated[i]:
            # "the treaty was signed in 2001 and entered into force in 2004": the second verb
            # shares the instrument as its subject and tells a later stage, with its own date
            # ("remains in force": the state of things on the report's day)
            day, precision = later[1] or (None, "unknown")
            if day == NOW:
                day = ctx.published[:10] if ctx.published else None
                precision = precision if day else "unknown"
            state.mentions.extend(replace(m, status=later[0], date=day, date_precision=precision,
                                          explicit_date=day is not None, future=False)
                                  for m in made)
        acted = acted_under(info.parse, text.find(p.head, p.start)) if not p.vague else None
        if acted is not None and info.parse is not None and not negated[i] and not mention.future \
                and Status.AGREED.rank <= mention.status.rank < Status.IMPLEMENTED.rank:
            # "relief goods were sent under the agreement the two countries signed in June":
            # an act done under an instrument already made tells it is being applied
            # (implemented), on the day the act's own clause gives, or as news of the day
            # (a date still to come in the act's clause makes it the instrument's terms:
            # "Hong Kong reverts to Chinese rule in 1997 under a 1984 agreement", told in 1987)
            lo = info.sentence.start + info.parse.tokens[acted].start
            day, precision = _calendar_date_in(info, lo, info.sentence.start + p.start) or (
                ctx.published[:10] if ctx.published else None, "on_or_before")
            if not (day and ctx.published and day[:10] > ctx.published[:len(day[:10])]):
                state.mentions.extend(replace(m, status=Status.IMPLEMENTED, date=day,
                                              date_precision=precision if day else "unknown",
                                              explicit_date=day is not None, future=False)
                                      for m in made)
        own_earlier = _earlier_dated_stage(info, p, nxt)
        if own_earlier and not negated[i] and (
                own_earlier[0].rank < mention.status.rank
                and mention.status not in (*_PAST_STAGES, Status.IN_FORCE)
                or mention.status in _LATER_ACTS_ON_OLDER
                and own_earlier[0] in _PAST_STAGES_TOLD):
            # "ratified the pact signed in 2019", "are implementing the deal signed in 2021":
            # the instrument's own clause tells an earlier stage with its own date, which the
            # verb before it (the stage kept above) does not undo; the article reports both
            earlier = [replace(m, status=own_earlier[0], date=own_earlier[1],
                               date_precision=own_earlier[2], explicit_date=True,
                               future=False) for m in made]
            if mention.status == Status.NEGOTIATING and own_earlier[0].rank > mention.status.rank:
                # talks about a pact signed before ("met to discuss the accord they signed
                # in 2016") are not a stage of its making: it stays signed
                state.mentions[len(state.mentions) - len(made):] = earlier
            else:
                state.mentions.extend(earlier)
    return state


def _mention(ctx: DocContext, info: SentenceInfo, p: Phrase, status: Status,
             state: _SentenceState, antecedent: _SentenceState | None,
             before: AgreementMention | None, cue_at: int,
             missing: list[str] | None = None,
             background: bool = False,
             own_date: tuple[str | None, bool] = (None, False),
             article: _Article | None = None) -> AgreementMention | None:
    """One mention, or None when a rule rejects it; given a `missing` list (lenient mode), a
    failed rule is noted there instead and the mention is built with a fallback."""
    article = article or _Article(None, False, {})
    kind = p.kind
    name = _written_name(info.sentence.text, p)
    if antecedent and antecedent.kind and p.head.lower() in ("agreements", "accords", "deals",
                                                             "pacts", "documents"):
        kind = antecedent.kind
    parties, sponsor_is_state = instrument_parties(ctx, info, p, cue_at, anaphoric=antecedent is not None)
    told_set = list(antecedent.mentions[-1].parties) if antecedent is not None and antecedent.mentions \
        else list(antecedent.parties) if antecedent is not None else []
    own_states = {a.country for a in parties if a.country}
    if told_set and len(own_states) < 2 and own_states <= {a.country for a in told_set}:
        # "Among the MoUs exchanged were those on ...", "The documents signed include ...":
        # the parties of the set the sentence before told (by its instruments, or by the states
        # that signed a counted set), unless this sentence names other sides of its own
        parties = told_set
        sponsor_is_state = any(a.type in STATE_ACTOR for a in parties)
    topics = topics_in(p.text)
    for a in parties:
        if a.type != "state":
            topics += [t for t in body_topics(a.name) if t not in topics]
    if before is not None and (_ITS.search(p.complement) or _is_reference(p)
                               or _SIMILAR.search(p.modifiers)):
        topics = topics or list(before.topics)
    if before is not None and _one_more(info.sentence.text, p):
        # "a further accord": the sides and matter of the series it adds to (a broker after
        # "brokered by" stays beside them)
        topics = topics or list(before.topics)
        if len({a.country for a in parties if a.country in before.countries}) < 2:
            parties = merge_actors(list(before.parties), parties)
            sponsor_is_state = sponsor_is_state or any(a.type in STATE_ACTOR for a in parties)
    elif before is not None and _is_reference(p) and not p.complement \
            and ((_opens_its_clause(info.sentence.text, p)
                  and p.head.lower() in _BARE_REFERENCE_HEADS)
                 or (cue_at < 0 and _dated_by_own_participle(info, p, before))) \
            and len(own_states) < 2 \
            and len(before.countries) >= 2 and own_states <= set(before.countries) \
            and own_date[0] is not None and own_date[1]:
        # "Ghana and Togo have a security pact. The accord was signed on May 2.": a bare
        # definite head opening its sentence names the instrument told before, so its sides
        # are that one's (the sentence names at most one of them, often by a place only).
        # Its sentence or the clause a frame of saying opens ("The minister said the accord
        # was signed in 1984", "told MPs the treaty, signed last year, ...": agdate8).
        # Only when the sentence dates the stage: that date is what it adds (an undated "The
        # deal was sealed ..." made the consolidation fold a similar deal into the first)
        parties = list(before.parties)
        sponsor_is_state = sponsor_is_state or any(a.type in STATE_ACTOR for a in parties)
    if not topics and not p.generic and not p.vague:
        # "the pact, by which OPEC maintained its ceiling at 16.6 mln bpd": the clause says it.
        # ("another 5.8 billion dlrs, rescheduled in a 1985 accord": else the verb it
        # depends on; not the words of other clauses, nor the article's)
        topics = topics_in(info.sentence.text[p.start:]) or _governing_verb_topics(info, p)
    # ("an interim arrangement between Pretoria and Windhoek": its two sides name it)
    between_two = kind in _SELF_NAMED and bool(re.match(r"between\b", p.complement)) and len(
        {a.country for a in parties if a.country}) >= 2
    # ("the intergovernmental agreement signed by A, B and C in 2017", "a memorandum it
    # signed with the Ruritanian government last year": an instrument whose own clause names
    # two or more state parties and tells a stage from a cue is one instrument, topic or not;
    # a bare "the agreement" with no parties, or a stage only read off the sentence's main
    # verb, still needs its topic)
    own_parties = not p.vague and cue_at >= 0 and (missing is None or "status" not in missing) \
        and len({a.country for a in parties if a.country and a.type in STATE_ACTOR}) >= 2 \
        and parties_named_in_clause(ctx, info, p)
    if not topics and not any(a.type != "state" for a in parties):
        # A named instrument ("the Louvre Accord") needs no topic; a bare "agreement" does.
        named = re.search(r"[A-Z]", p.modifiers or "") or kind in _SELF_NAMED or own_parties
        if not named or p.vague or (p.generic and not between_two and not own_parties):
            if missing is None:
                return None
            missing.append("topic")
            topics = topics_in(info.sentence.text)[:2]
        elif own_parties and not re.search(r"[A-Z]", p.modifiers or ""):
            # ("the railway project under the agreement signed by A, B and C"): the topic
            # the sentence gives, if any
            topics = topics_in(info.sentence.text)[:2]
        topics = topics or ["other"]
    if not topics and missing is not None:
        topics = topics_in(info.sentence.text)[:2] or ["other"]
    has_state = any(a.type in STATE_ACTOR for a in parties) or sponsor_is_state or (
        not p.weak and bool(proper_key(name)) and _diplomatic_context(ctx, info, kind))  # "the Plaza
    # accord": states made it
    if not has_state:
        if missing is None:
            return None
        missing.append("state")
    if p.weak and not (sponsor_is_state or any(a.type in STATE_ACTOR for a in parties)):
        if missing is None:
            return None
        missing.append("weak")
    said = info.sentence.text
    lent = p.head.lower().rsplit(" ", 1)[-1] in _LENDING_HEADS and bool(
        _LOAN_GIVEN.search(said, 0, p.start) or _LOAN_RECEIVED.search(said, 0, p.start))
    # ("Kuwait will provide Jordan a soft loan", "India extended a credit line of $50m to
    # Ghana": the lender's verb with the loan as its object has the borrower as its other
    # argument, as "will lend" has)
    if (p.status is not None or lent) and len({a.country for a in parties
                                     if a.country and not a.country.startswith("IGO:")}) < 2:
        # "Venezuela will lend Ecuador ...": the verb's subject and object are the parties.
        # (a lender that is a body, "the Saudi Fund for Development will lend Jordan", names
        # its state inside its own name: the one state the sentence names is the borrower)
        lender_body = any(a.type in ("government_body", "international_organization")
                          and a.country for a in parties)
        # (not a state in the source's clause after: "..., the Ghana embassy said")
        # (nor one in a dateline: "OSAKA, Japan, April 27 - India, which received ...")
        source_clause = _SOURCE_CLAUSE.search(said, p.end)
        wire_dateline = _DATELINE_START.match(said)
        within = [(wire_dateline.end() if wire_dateline else 0,
                   source_clause.start() if source_clause else len(said))]
        parties = merge_actors(parties, [a for a in sentence_states(info, 1 if lender_body else 2,
                                                                    within)
                                          if a.country not in {x.country for x in parties}])
    if not any(a.country for a in parties) and missing is not None:
        if not proper_key(name):
            missing.append("parties")
        # A named accord ("the Louvre accord") is known by its name; the article's states
        # are not its parties for that.
        parties = sentence_states(info) or two_way_home(
            ctx, p, sentence_states(info, least=1)) or (
            [] if proper_key(name) else pair_states(ctx))
    staying_out = {c for c, at in article.staying_out.items() if at != info.sentence.index}
    if staying_out:
        # "Iraq has again refused to be a party to the agreement": a state the article says
        # stays out of an instrument is none of the sides its other mentions take (from the
        # article's pair or the sentence's states); the refusal's own mention keeps it
        parties = [a for a in parties if a.country not in staying_out]
    countries = sorted({a.country for a in parties if a.country})
    if not countries and not proper_key(name):
        return None  # an instrument with no party is only worth a record when it is named
    if not countries and _named_for_firm(ctx.clean.text, p.modifiers):
        # "the Bandai agreement" where the article names "Bandai Co Ltd", "the AAA accord"
        # after "<Arabian Auto Agency>, known as AAA": a firm's deal, not states' (audit of
        # round 15: commercial contracts outside state relations)
        if missing is None:
            return None
        missing.append("company")
    if kind == Kind.ARRANGEMENT and _PRIVATE_MEMBERS.match(p.complement):
        # "the joint committee of the country's soybean importers": a body of firms, not a
        # mechanism between states
        if missing is None:
            return None
        missing.append("company")
    if not countries and _DOMESTIC_NAME.search(info.sentence.text):
        # "a 56-point deal with the party's leadership over holidays and pensions - the X
        # Agreement": a named instrument that no state makes, among words of home politics
        if missing is None:
            return None
        missing.append("domestic")
    if len([c for c in countries if not c.startswith("IGO:")]) < 2 and not any(
            c.startswith("IGO:") for c in countries) and _DOMESTIC_NAME.search(
            f"{p.modifiers} {p.head} {p.complement}"):
        # "the Warwick Agreement with Labour", "a rescue package for the airlines", "the PN
        # pact": one state's politics or economy at home.
        if missing is None:
            return None
        missing.append("domestic")
    if len(countries) < 2 and not any(c.startswith("IGO:") for c in countries) and (
            article.party_politics or _ELECTORAL.search(info.sentence.text)) and not _abroad(
            info, countries[0] if countries else ""):
        # "the PN pact", "the so-called Warisan Plus pact" in a story on a state election:
        # a pact between one state's parties, named or not
        if missing is None:
            return None
        missing.append("domestic")
    if domestic_subject(info.sentence.text, p, cue_at) and not _foreign_counterpart(p):
        # "Top opposition leaders issued a joint statement": parties at home, not states.
        # (Lawmakers ratifying "an agreement with Egypt" give the state's consent to an
        # instrument with another state: its ratified stage, not home politics.)
        if missing is None:
            return None
        missing.append("domestic")
    if _home_government_measure(info, p, name):
        # "Firmer prices, government aid packages and spending cuts will help Canada's oil
        # industry": aid from "the government" with no other state or organization in its
        # sentence is one state's measure at home, whatever sides the article is about
        if missing is None:
            return None
        missing.append("domestic")
    if _at_home(info, p, countries, name) and not any(
            a.type == "organization" and not a.country for a in parties):
        # (spared: a state's deal with its creditor banks, which parties.creditor_group names)
        # "a loan to Renault", "cheap loans for exporters", "a budgetary accord": an
        # instrument of one state, with no other state, organization or creditor in its
        # sentence, is business at home
        if missing is None:
            return None
        missing.append("domestic")
    if len([c for c in countries if not c.startswith("IGO:")]) < 2 and not any(
            c.startswith("IGO:") for c in countries) and _passed_at_home(info, p):
        # "the Development Loan Bill approved by parliament", "the Senate passed a $58
        # billion aid package": a law one state's legislature passes, with no foreign side
        if missing is None:
            return None
        missing.append("domestic")
    if _COMPANY_COUNTERPART.match(p.complement):
        # "a distribution agreement with <Gandalf Technologies Inc>": the wire's angle
        # brackets mark a company, so the other side is a firm, not a state
        if missing is None:
            return None
        missing.append("company")
    if "company" not in (missing or ()) and (
            _in_firm_name(info.sentence.text, p) or _firm_borrower(info, p)
            or _firm_side(p.complement or info.sentence.text[p.end:])
            or _firm_subject(ctx, info, p) or _firm_agents(ctx, info, p)):
        # A firm's deal, with no organization of states or government body named as a side
        # (audit rounds 5-21: company deals): the instrument word is part of a firm's name
        # ("notes of General Electric Credit Corp", "<Bankhaus Centrale Credit AG>"); a firm
        # borrows ("a syndicated loan to power company <Hidruna>", "the loan for <National
        # Aluminium Co Ltd>"); a firm is its other side ("a contract with Ford Motor Co
        # <F.N>", "a cooperation contract signed last year with the French petrochemical
        # concern <Petro Chemie>") or signs it ("Mazda Motor Corp <MAZT.T> has signed an
        # agreement to import coal")
        if missing is None:
            return None
        missing.append("company")
    if _quoted_plural_term(info.sentence.text, p):
        # 'student protests against the "Unequal Treaties"': a plural name set in quotation
        # marks is a term for a class of instruments, not one of them (audit rounds 17, 18)
        if missing is None:
            return None
        missing.append("generic")
    if _non_state_side(p.complement or info.sentence.text[p.end:]):
        # "under a deal struck with Canadian Actors' Equity", "an agreement with the leaders of
        # Germany's 16 states": the other side is a union, a club or one state's own regions,
        # none of them a state, a government body or an organization of states (audit round 18)
        if missing is None:
            return None
        missing.append("private")
    if kind == Kind.DECLARATION and not proper_key(name) and _PROCLAIMED.match(
            re.sub(r"^of\s+", "", p.complement)) and p.complement.startswith("of"):
        # "the 1981 declaration of martial law in Poland", "a declaration of a state of
        # emergency": a state of things one state proclaims, a unilateral act with no other
        # side (round-24 audit), whatever states the sentence names
        if missing is None:
            return None
        missing.append("domestic")
    if not proper_key(name) and _COMPARISON.search(p.complement):
        # "a trading arrangement with the EU like Australia's", "a deal similar to Canada's":
        # an instrument told only by a model another holds is a kind, not one instrument
        # (round-23 and round-24 audits)
        if missing is None:
            return None
        missing.append("generic")
    if not proper_key(name) and _CLASS_COUNTERPART.match(p.complement) and (
            p.head.lower().endswith("s") or re.match(r"\S+\s+(?:each|every)\b", p.complement,
                                                     re.I)):
        # "framework agreements with each sub-Saharan African country", "IDB approves trade,
        # project loans to members": one instrument per member of a class no sentence names is
        # a kind of instruments or a sum of them, not one (round-25 audit); a singular for a
        # membership ("a moratorium for its member states") may be one instrument and stays
        if missing is None:
            return None
        missing.append("generic")
    called = _CALLED_FOR.search(info.sentence.text[:p.start])
    if called and not proper_key(name) and ((not _COUNTERPART_WORD.match(p.complement) and len(
            [c for c in countries if not c.startswith("IGO:")]) < 2)
            or _third_party_call(info, called.start(), countries)):
        # "called for debt relief for poorer states", "urged a global ceasefire": a measure
        # someone asks for, with no other side named, is a demand, not an instrument (round 13);
        # so is one a body outside its sides asks for, whatever states the sentence names ("to
        # accept a Security Council call for a ceasefire", round-24 audit)
        if missing is None:
            return None
        missing.append("call")
    if not proper_key(name) and _idea_or_body(info, p):
        # "ways to provide liquidity support", "export credit agencies": an idea of a measure,
        # or a body named by its trade, is no instrument (round-28 audit)
        if missing is None:
            return None
        missing.append("generic")
    if (p.weak or p.head.lower().split()[-1] in _LENDING_HEADS) and not proper_key(name) \
            and (_LENDING_FIGURE.search(info.sentence.text) or (
                p.head.lower().endswith("s") and _LENDING_TOTAL.search(info.sentence.text))
                or _lending_stock(info, p, parties)):
        # "has lent Indonesia 10.7 billion dlrs over the past 20 years", "credit lines have
        # more than doubled": a sum over years or a trend is a figure, not one instrument;
        # so is a stock of lending ("the ending of foreign loans to the country", "lines of
        # credit for import financing"), see _lending_stock
        if missing is None:
            return None
        missing.append("figure")
    if p.weak and not p.modifiers and not p.complement and p.status is None and before is None \
            and len(countries) < 2 and not _GIVEN_TO_STATE.match(info.sentence.text, p.end):
        # "Loans", "the rescheduling", "a credit" with one state and nothing that says which
        # or with whom: a word, not an instrument.
        if missing is None:
            return None
        missing.append("bare")
    # ("a further accord" is a new instrument, not the one before under its title)
    title = _title(p, kind, parties, None if _one_more(info.sentence.text, p) else before)
    # The phrase's own date (see _phrase_dates); in an anaphoric sentence ("They included
    # ..."), the one before's.
    given = own_date[0] if own_date[1] else (antecedent.date if antecedent is not None else None)
    # Undated news of the article ("The documents, signed in the presence of ...") happened
    # the day its lead gives ("signed five agreements on Thursday"), else the article's day.
    reported = article.news_day if status not in (Status.PLANNED, Status.PROPOSED) else None
    # (an instrument in force told as background with only a date still to come, "the
    # treaty, which expires in 2031", is undated too: the article's day is not when it was
    # made; "under the accord, the territory would pass to X in 1999" may be the day's news)
    date = given or (None if background and (not own_date[0] or (
        status == Status.IN_FORCE and not own_date[1])) else reported or ctx.event_date)
    explicit = bool(given)
    if explicit and ctx.published and date and "X" not in date and date[:10] > ctx.published \
            and status not in (Status.PLANNED, Status.PROPOSED, Status.NEGOTIATING):
        # "Under the accord, the administration would end on December 20, 1999": a date
        # still to come is not when an instrument was signed or came into force.
        date, explicit = ctx.event_date, False
    if date and "X" not in date and len(date) < 4:
        date = None
    # (the dateline's city stays the place of a stage the sentence does not place: gating it
    # on "here"/"today", as GUIDE's convention reads, lost the place of 33 matched gold stages
    # on the development sets, whose golds place a visit's signings at the visit's city; see
    # docs/learned.md, datelines)
    place = state.place or ctx.place
    valid = _valid_period(info, p)
    future = status in (Status.PLANNED, Status.PROPOSED) and bool(given) and bool(
        date and ctx.published and date > (ctx.published or ""))
    start, end = quote_for(ctx, info, p.start, p.end, cue_at)
    source = Source(ctx.document.id, ctx.document.text[start:end], start, end)
    precision = "day" if date and len(date) == 10 else ("month" if date and len(date) == 7 else "year")
    return AgreementMention(
        document=ctx.document.id, kind=kind, title=title, topics=topics, countries=countries,
        parties=parties, status=status, source=source, date=date, date_precision=precision,
        place=place, valid_period=valid, vague=p.vague or (p.generic and not between_two and not own_parties), future=future,
        explicit_date=explicit,
        sentence=info.sentence.index, missing=tuple(missing or ()),
        name=name, at=info.sentence.start + p.start, headline=info.sentence.role == "headline")


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
    r"households|from the (?:\w+ )?government|restructuring plan)\b", re.I)
# A legislature of one state passing or approving something ("approved by parliament", "the
# Senate on Wednesday passed"), and a law's own noun right after a phrase ("... Loan Bill").
_LEGISLATURE = r"(?:parliament|senate|congress|house|diet|national assembly|legislature|lawmakers)"
_LEGISLATURE_PASSED = re.compile(
    rf"\b{_LEGISLATURE}\b[^.;]{{0,40}}?\b(?:passed|approved|adopted|voted\s+through)\b|"
    rf"\b(?:passed|approved|adopted)\s+by\s+(?:the\s+)?(?:\w+\s+)?{_LEGISLATURE}\b", re.I)
_LAW_NOUN_AFTER = re.compile(r"\s*(?-i:Bill|Act)\b")
# What a legislature passes as money at home: packages, loans, aid, budgets.
_LEGISLATED_HEADS = {"package", "packages", "loan", "loans", "aid", "budget", "credit", "credits",
                     "fund", "bill", "stimulus"}


# The instrument's own words naming its other side: "an agreement with Egypt", "the accord
# between Athens and Cairo", "a treaty with the European Union".
_COUNTERPART_WORD = re.compile(r"(?:with|between|among|involving)\b", re.I)


def _foreign_counterpart(p: Phrase) -> bool:
    """Does the phrase name a state or an organization of states as its counterpart ("with
    Egypt")? Then whoever approves or ratifies it at home, it is an instrument between states."""
    if not _COUNTERPART_WORD.match(p.complement):
        return False
    return any(pl.code and pl.form in ("name", "alias", "igo")
               for pl in gazetteer().find(p.complement[:60]))


def _passed_at_home(info: SentenceInfo, p: Phrase) -> bool:
    """Is the phrase a bill ("the Development Loan Bill") or a money package its legislature
    passed ("the Senate passed a $58 billion aid package")? (A treaty a parliament ratifies
    keeps its foreign side, which the caller's count of states spares.)"""
    text = info.sentence.text
    if not _LEGISLATURE_PASSED.search(text):
        return False
    return bool(_LAW_NOUN_AFTER.match(text, p.end)) or p.head.lower().split()[-1] in _LEGISLATED_HEADS


# The instrument's other side right after "with": a union, a club, one state's regions
# (data/instruments.json, non_state_sides)
_WITH_SIDE = re.compile(r"(?:(?:struck|signed|reached|agreed|made|concluded|sealed|negotiated)\s+)?"
                        r"with\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?", re.I)
_NON_STATE_SIDES = {k: re.compile(v, re.I) for k, v in load_json("instruments.json")[
    "non_state_sides"].items()}


def _side_after(opening: re.Pattern[str], after: str) -> str | None:
    """The side named right after the words `opening` matches ("with", "struck with", "between
    the two"), up to the end of its name; None when they do not open the text."""
    with_side = opening.match(after.lstrip())
    if not with_side:
        return None
    side = after.lstrip()[with_side.end():]
    return re.split(r"[,;(]|\s(?:and|or|to|that|which|who|under|over|on|for|in|at)\s", side,
                    maxsplit=1)[0]


def _non_state_side(after: str) -> bool:
    """Is the side named after "with" right after the phrase (its complement, or "struck
    with" after a bare head) a labour union, a sports club or the regions of one state (its
    "16 states", "the country's provinces") and nothing else of states?"""
    side = _side_after(_WITH_SIDE, after)
    if side is None:
        return False
    for key in ("labour", "sport"):
        if _NON_STATE_SIDES[key].match(side):
            return not any(pl.code and pl.form in ("name", "alias", "igo")
                           for pl in gazetteer().find(side))
    regions = _NON_STATE_SIDES["regions"].match(side)
    if not regions:
        return False
    owner = regions.group("owner")
    return owner is None or any(pl.code and not pl.code.startswith("IGO:") and pl.form in (
        "name", "alias") and pl.start == 0 and pl.end == len(owner) for pl in gazetteer().find(owner))


# The other side after "with", also past a short time between the verb and "with" ("signed
# last year with")
_WITH_FIRM = re.compile(r"(?:(?:struck|signed|reached|agreed|made|concluded|sealed|negotiated)"
                        r"(?:\s+(?:last|this|next|in|early|late)\s+[\w-]+)?\s+)?"
                        r"(?:with|between)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|both\s+|"
                        r"two\s+|the\s+two\s+)?", re.I)


def _firm_side(after: str) -> bool:
    """Is the side named after "with" (or "between": "the agreement between the two
    companies") right after the phrase a firm ("Ford Motor Co <F.N>",
    "the French petrochemical concern <Petro Chemie>", "a U.S. company") and no organization of
    states or government body ("the International Finance Corporation")?"""
    side = _side_after(_WITH_FIRM, after)
    if side is None or not _NON_STATE_SIDES["firm"].match(side):
        return False
    return not any(pl.code and pl.form in ("igo", "body") for pl in gazetteer().find(side))


# The borrower right after a lending head: "to power company <X>", "for <X Co Ltd>", "to the
# state-owned firm X" (the side itself is read by the `firm` pattern of non_state_sides)
_TO_BORROWER = re.compile(r"(?:to|for)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:state-owned\s+|"
                          r"state-run\s+|private\s+)?", re.I)
_BORROWED_HEADS = frozenset({
    "loan", "loans", "credit", "credits", "facility", "facilities", "euroloan", "euroloans",
    "eurocredit", "eurocredits", "line", "lines"})


def _firm_borrower(info: SentenceInfo, p: Phrase) -> bool:
    """Is the phrase a loan or credit whose borrower, right after "to" or "for", is a firm
    ("a syndicated loan to power company <Hidruna>", "the loan for <Nalco Co Ltd>"), in a
    sentence that names no organization of states or government body (a World Bank loan to a
    state firm stays: the Bank is a side)?"""
    if p.head.lower().split()[-1] not in _BORROWED_HEADS:
        return False
    text = info.sentence.text
    at = text.find(p.head, p.start)
    after = text[at + len(p.head) if at >= 0 else p.end:].lstrip()
    to = _TO_BORROWER.match(after)
    if not to or not _NON_STATE_SIDES["firm"].match(after[to.end():]):
        return False
    return not any(pl.code and pl.form in ("igo", "body") for pl in info.places)


def _in_firm_name(text: str, p: Phrase) -> bool:
    """Is the phrase's head a word of a firm's name: a company suffix right after it ("General
    Electric Credit Corp", "Centrale Credit AG") or inside the wire's ticker brackets?"""
    at = text.find(p.head, p.start)
    if at < 0 or not p.head[:1].isupper():
        return False
    end = at + len(p.head)
    if re.match(_FIRM_SUFFIX_AFTER_NAME, text[end:]):
        return True
    opened, closed = text.rfind("<", 0, at), text.rfind(">", 0, at)
    return opened > closed and text.find(">", end) >= 0 and text.find("<", end, text.find(">", end)) < 0


def _firm_subject(ctx: DocContext, info: SentenceInfo, p: Phrase) -> bool:
    """Does a firm sign or reach the instrument ("Mazda Motor Corp <MAZT.T> has signed an
    agreement", or a short name the article gives a firm: "MAZDA SIGNS ... AGREEMENT"), in a
    sentence that names no organization of states or government body, nor a state as the
    phrase's own counterpart?"""
    text = info.sentence.text
    start = text.rfind(" - ", 0, p.start)  # (after a wire's dateline)
    start = start + 3 if start >= 0 else 0
    if not _FIRM_SUBJECT.search(text, start, p.start):
        short = _SHORT_SUBJECT.search(text, start, p.start)
        if not short or not _firm_known_as(ctx.clean.text, short.group(1)):
            return False
    if _foreign_counterpart(p):
        return False
    return not any(pl.code and pl.form in ("igo", "body") for pl in info.places)


# The makers of an instrument told in the passive after it: "an agreement was reached by
# Shearson and Nippon Life providing for a joint venture" (up to a clause, a preposition or
# the sentence's end)
_BY_AGENTS = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                        r"(?:reached|signed|concluded|struck|initialled|sealed|agreed|negotiated)"
                        r"\s+by\s+(?P<who>[A-Z][\w&.'’-]*(?:(?:\s+|,\s+|\s+and\s+)"
                        r"[A-Z][\w&.'’-]*)*)")


def _firm_agents(ctx: DocContext, info: SentenceInfo, p: Phrase) -> bool:
    """The instrument's makers, named as the agent of its passive right after it ("an agreement
    was reached by Shearson and Nippon Life"), are no state, organization of states, government
    body or person, and at least one of them is a firm the article names by its company suffix
    or ticker brackets ("Shearson Lehman Brothers Inc"): the deal is between companies, whatever
    state regulates it (GUIDE: company-to-company deals are no items)."""
    text = info.sentence.text
    m = _BY_AGENTS.match(text, p.end)
    if m is None or _foreign_counterpart(p):
        return False
    parts = [w for w in re.split(r",?\s+and\s+|,\s+", m.group("who")) if w]
    if len(parts) < 2:
        return False
    base = m.start("who")
    for part in parts:
        at = info.sentence.start + text.find(part, base)
        # (a state is the whole part; a state's name inside a firm's is the firm's: "Nippon
        # Life")
        if any(q.text == part or q.form in ("igo", "body") for q in gazetteer().find(part)) \
                or body_type(part) == "government_body" or any(
                q.start <= at < q.end for q in info.people):
            return False
    return any(_firm_known_as(ctx.clean.text, part.split()[0]) for part in parts)


def _firm_known_as(text: str, word: str) -> bool:
    """Does the article name `word` ("Mazda", "MAZDA") as a firm: followed by at most three
    capitalized words and a company suffix ("Mazda Motor Corp"), or inside ticker brackets?"""
    name = re.escape(word.title() if word.isupper() else word)
    text = " ".join(text.split())
    return re.search(rf"\b{name}(?:\s+[A-Z][\w&.'’-]*){{0,3}}?{_FIRM_SUFFIX_AFTER_NAME}|"
                     rf"<[^<>]*\b{name}\b[^<>]*>", text) is not None


# A call for a measure right before the phrase: "called for debt relief", "calls for a global"
# (at most two plain words between; not "called for reform of the EU's stability pact", whose
# instrument exists and is only to change)
# "declaration of martial law", "... of a state of emergency": a state of things one state
# proclaims (data/instruments.json "proclaimed"); "like Australia's": a model another holds
_PROCLAIMED = re.compile(load_json("instruments.json")["proclaimed"], re.I)
_COMPARISON = re.compile(load_json("instruments.json")["comparison"])
# Words before a definite head that only hedge its stage ("the tentative accord"): it is still
# the deal the article told (data/instruments.json "hedges")
_HEDGES = frozenset(load_json("instruments.json")["hedges"])
# A counterpart told only as a class, one by one or as a body's membership: "framework
# agreements with each sub-Saharan African country", "loans to its member countries", "trade
# loans to members". Each member would hold an instrument of its own and none is named, so the
# phrase tells a kind of instruments (or a sum of them), not one. Not "each other", "each
# side", "each of the two states" (those name or count the sides), nor "members of the Paris
# Club" (a named body's members: a set the article can tell).
_CLASS_COUNTERPART = re.compile(
    r"(?:with|to|for|between)\s+(?:(?:each|every)\s+(?!other\b|side\b|party\b|of\b)"
    r"|(?:its\s+|their\s+|the\s+)?(?:members\b|member\s+(?:countries|states|nations|"
    r"governments)\b)(?!\s+of\b))", re.I)
_CALLED_FOR = re.compile(r"\b(?:call(?:ed|s|ing)?|appeal(?:ed|s|ing)?)\s+for\s+(?:(?:a|an)\s+)?"
                         r"(?:[a-z-]+\s+){0,2}$", re.I)
_CALLER_DEPS = {"nsubj", "poss", "compound", "nmod"}


def _third_party_call(info: SentenceInfo, call_at: int, countries: list[str]) -> bool:
    """Is the call (or appeal) that starts at `call_at` made by a body outside the instrument's
    sides: the noun's owner ("a Security Council call for", "the UN's appeal for") or the
    verb's subject ("the OAU called for"), when it names an organization or a state and none
    of the instrument's states or organizations. A caller the sentence does not name so (a
    person, "he") tells nothing; nor does the wire's dateline."""
    parse = info.parse
    k = parse.token_starting(call_at) if parse is not None else None
    if parse is None or k is None:
        return False
    toks = parse.tokens
    if not toks[k].tag.startswith(("NN", "VB")):
        return False
    callers = [j for j, t in enumerate(toks) if t.head == k and j != k and t.dep in _CALLER_DEPS
               and (t.dep == "nsubj" if toks[k].tag.startswith("VB") else j < k)]
    # (not a wire's dateline the parse took for the subject: "CAIRO, June 2 - The League ...")
    body = info.dateline_end()
    spans = [(max(a, body), b) for a, b in (parse.subtree_span(j) for j in callers) if b > body]
    if not spans:
        return False
    codes = {pl.code for pl in info.places
             if any(a <= pl.start and pl.end <= b for a, b in spans)}
    named = bool(codes) or any(a <= s and e <= b for s, e in info.organizations for a, b in spans)
    return named and not codes & set(countries)


# The wire's mark for a company, "<Gandalf Technologies Inc>", as the other side
_COMPANY_COUNTERPART = re.compile(r"(?:with|between)\s+<[^>]+>")
# Lending told as a sum over years or as a trend: "over the past 20 years", "have more than
# doubled to 430 mln dollars"
# The reporting clause at a sentence's end: ", the Ghana embassy said", ", according to ..."
_SOURCE_CLAUSE = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:said|says|told|"
                            r"reported|announced)\b[^,]*$|,\s+according\s+to\b")
_DATELINE_START = re.compile(r"(?-i:[A-Z][A-Z.'’ -]+),[^-–—\n]{0,60}?\s[-–—]\s")
_LENDING_HEADS = {"loan", "loans", "credit", "credits", "lines", "line", "lending"}
# a borrower's verb whose object is the loan: "received a soft loan", "was granted a credit"
_LOAN_RECEIVED = re.compile(r"\b(?:received|receives|has been granted|have been granted|"
                            r"was granted|were granted)\s+(?:an?\s+|the\s+|its\s+)?"
                            r"(?:[\w$.,'’-]+\s+){0,4}$", re.I)
# a lender's verb whose object is the loan: "will extend a credit line", "granted a loan"
_LOAN_GIVEN = re.compile(r"\b(?:(?P<will>(?:will|would|is to|are to|plans? to|agreed to)\s+)"
                         r"(?:extend|provide|grant|give)|extended|granted|gave)\s+"
                         r"(?:\w+\s+)?(?:an?\s+|the\s+)?(?:[\w$.,'’-]+\s+){0,4}$", re.I)
_LENDING_FIGURE = re.compile(
    r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years|decades)\b|"
    r"\b(?:have|has|had)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|"
    r"quadrupled|halved)\b|"
    # "has lent more than $40 billion to India since 1950": a sum since a year is a total
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:lent|loaned|disbursed|provided|extended|committed)\b"
    r"[^.;]{0,80}?\bsince\s+(?:1[89]|20)\d\d\b", re.I)
_STOCK = load_json("instruments.json")["lending_stock"]
_STOCK_HEADS = frozenset(_STOCK["heads"])
_ONE_SET = frozenset(_STOCK["one_set"])
_ACTS_ON = frozenset(_STOCK["acts_on"])
_SERVICED = frozenset(_STOCK["serviced"])
_NAMED_LENDER = ("from", "by")


def _lending_stock(info: SentenceInfo, p: Phrase, parties: list[Actor]) -> bool:
    """A plural lending noun that tells a stock of lending, not one instrument (agreal7's
    class, agreal8's re-take): "the ending of foreign loans to the country", "has increased
    its lines of credit for food imports", "failing to obtain new credits". Not when a word
    before it tells one set ("the loans", "two new credits", "its first loans", "any
    concessional credits"), when a sum or an act holds it ("3 billion dlrs in loans", "an
    extension of credit lines"), when its words are named or counted (a capital or a digit),
    when its sides are two states or hold an organization of states, nor when the sentence
    names a lender ("loans from the ADB", "credits granted by Japan")."""
    head = p.head.lower()
    modifiers = p.modifiers or ""
    if not info.sentence.text[:p.start].strip(" \"'“‘(") and modifiers[1:2].islower():
        # (a capital that only starts the sentence names nothing: "Trade credit lines were
        # 880 mln dlrs in 1982")
        modifiers = modifiers[:1].lower() + modifiers[1:]
    if head not in _STOCK_HEADS or re.search(r"[A-Z0-9]", modifiers):
        return False
    if len({a.country for a in parties if a.country and not a.country.startswith("IGO:")}) > 1 \
            or any((a.country or "").startswith("IGO:")
                   or a.type == "international_organization" for a in parties):
        return False
    text = info.sentence.text
    parse = info.parse
    at = text.find(p.head, p.start)
    if parse is None or at < 0:
        return False
    # the head word: "loans", "credits", the "lines" of "credit lines" / "lines of credit"
    word_at = at if head.startswith("lines") else at + len(p.head) - len(head.rsplit(" ", 1)[-1])
    k = parse.token_starting(word_at)
    if k is None:
        return False
    toks = parse.tokens
    if any(t.head == k and j != k and t.start < toks[k].start
           and (t.text.lower() in _ONE_SET or t.tag == "CD") for j, t in enumerate(toks)):
        return False
    if _debt_serviced(parse, k):
        return True
    while toks[k].dep == "conj" and toks[k].head < k:
        # ("2.5 billion dlrs in grants and soft loans": the first conjunct's place)
        k = toks[k].head
    if toks[k].dep == "pobj" and toks[toks[k].head].text.lower() in ("in", "of"):
        gov = toks[toks[k].head].head
        if toks[gov].tag == "CD" or toks[gov].text.lower() in _ACTS_ON or any(
                t.head == gov and t.tag == "CD" for t in toks) or toks[gov].text.lower() in (
                "dlrs", "dollars", "million", "billion", "mln", "bln"):
            return False
    # a named lender in the sentence: "from the ADB", "by Japan"
    return not any(t.text.lower() in _NAMED_LENDER and any(
        u.head == j and u.dep == "pobj" and u.tag in ("NNP", "NNPS") for u in toks)
        for j, t in enumerate(toks))


def _debt_serviced(parse: Parse, k: int) -> bool:
    """The lending word comes after a noun of servicing a debt and its "on" in the same clause
    ("was current on interest payments on short-term debt, including trade credit lines and on
    about 750 mln dlrs in ... credits"): debt a borrower pays on, outstanding, not one
    instrument (no finite verb between: "payments on the debt resumed after loans were
    signed" is another clause's)."""
    toks = parse.tokens
    for j in range(k - 1, 0, -1):
        if toks[j].tag in ("VBD", "VBZ", "VBP", "MD"):
            return False
        if toks[j].text.lower() == "on" and toks[j - 1].text.lower() in _SERVICED:
            return True
    return False


_IDEA_NOUNS = frozenset(load_json("instruments.json")["idea_nouns"])
_BODY_NOUNS = frozenset(load_json("instruments.json")["body_nouns"])
_GIVING_HEADS = frozenset({"lending", "support", "aid", "assistance", "relief"})
_IDEA_CLAUSES = frozenset({"relcl", "acl", "xcomp", "advcl"})
_BARGAINING = re.compile(r"(?:agree|negotiat|discuss|bargain|haggl|settl)", re.I)


def _idea_or_body(info: SentenceInfo, p: Phrase) -> bool:
    """The instrument word names no instrument (round-28 audit, agreal14): it modifies a noun
    of a body that deals in such instruments ("official export credit agencies", "loan
    officers"); or, for lending and aid, it is the object of a clause that modifies a noun
    of a means still sought ("looking at ways to provide additional liquidity support",
    "solutions that would allow lending to countries"): an idea of a measure, with nobody
    agreeing anything."""
    parse = info.parse
    if parse is None or p.vague:
        return False
    # (a phrase told by a verb, "would allow lending", starts at its word)
    i = head_token(info.sentence.text, p, parse) if p.status is None \
        else parse.token_starting(p.start)
    if i is None:
        return False
    toks = parse.tokens
    j = i
    while toks[j].dep == "compound" and toks[j].head != j:
        j = toks[j].head
    if j != i and p.status is None and toks[j].text.lower() in _BODY_NOUNS:
        return True
    last = p.head.lower().split()[-1]
    if not (p.weak or last in _LENDING_HEADS or last in _GIVING_HEADS):
        return False
    # up from the word to the first clause that modifies a noun; an idea when that noun is
    # a means ("ways", "solutions", "options"), not when a verb of its own comes first that
    # tells a stage of the instrument ("ways to implement the loan agreement" is told above)
    k, seen = i, {i}
    while toks[k].head not in seen:
        up = toks[k].head
        if toks[k].dep in _IDEA_CLAUSES and toks[k].tag.startswith("VB"):
            if toks[up].text.lower() not in _IDEA_NOUNS or toks[k].dep not in ("relcl", "acl"):
                return False
            # (sides that agree or negotiate on ways to provide debt relief are bargaining
            # over a measure between them: left to the other rules)
            gov = toks[up].head
            if toks[gov].dep == "prep" or toks[up].dep == "pobj":
                gov = toks[gov].head
            return not _BARGAINING.match(toks[gov].text)
        seen.add(up)
        k = up
    return False


# Many loans told as one sum: a span of years ("received 118 loans ... between 1968 and 1986"),
# a running count ("has so far received credits", "95 loans"), lending to a class of borrowers
# ("a total of 115 mln dlrs of loans to its member countries"). Read only for a plural head
# ("loans", "credits"): one loan may well name a span ("a loan ... to support it between 2005
# and 2007"). Audit round 15.
_LENDING_TOTAL = re.compile(
    r"\b(?:between|from)\s+(?:1[89]|20)\d\d\s+(?:and|to)\s+(?:(?:1[89]|20)?\d\d)\b|"
    r"\bso\s+far\b|\bto\s+date\b|\b(?:[3-9]|[1-9]\d+)\s+(?:loans|credits)\b|"
    r"\bto\s+(?:its\s+|their\s+|\d+\s+)?(?:[\w-]+\s+){0,2}(?:countries|nations|borrowers|"
    r"member\s+states)\b|"
    # lending from a class of lenders ("aid and loans from donor countries", "credits from
    # Western governments"): no one instrument, no one lender (audit round 18). (Not "two
    # loans to India totalling 250 mln dlrs": train's gold counts such a pair.)
    r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:donors|donor\s+(?:countries|nations|governments)|"
    r"(?:industriali[sz]ed|western|rich|wealthy|foreign)\s+(?:countries|nations|governments))\b",
    re.I)
# An instrument's year or age before its noun: "a 1985 accord", "the 1973 European Patent
# Convention", "its six-month-old price pact", "the decades-old treaty" (the year is the first
# of the modifiers, see extract/instruments.py).
_YEAR_FIRST = re.compile(r"((?:1[89]|20)\d\d)\b")
# A date after the noun that names the instrument, as a year before it does: "the Convention on
# Seafarers' Identity Documents of June 2003", "the fisheries treaty of 1984 with Chile", "the
# accord of 6 March 1985" (the date ends the name or comes before its parties; not a period)
_NAMED_BY_DATE = re.compile(
    r"\bof\s+((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d\d"
    r"(?=\s*$|\s*[,;)]|\s+(?:with|between|among|by|and)\b)")
_AGE = re.compile(r"\b(?:[\w]+-)?(?:years?|months?|decades?|weeks?|centur(?:y|ies))-old\b", re.I)
# Kinds that are set up by agreeing rather than by a signature ("the 1990 joint commission")
_YEAR_AGREED_KINDS = {Kind.ARRANGEMENT}
_EXISTING = re.compile(r"\b(?:recent|existing|current|previous|earlier|former|original)\b", re.I)
# A past day that owns the instrument, right before it: "last week's agreement", "Friday's
# accord" (not a day still to come: "next week's")
_PAST_POSSESSIVE = re.compile(
    r"\b(?:(?:last|past)\s+(?:week|weekend|month|year)|(?:the|last|past)\s+weekend|yesterday|"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))['’]s\s+$", re.I)
# A past time as the first attributive word of the instrument's noun, after the article: "the
# weekend OPEC accord", "the weekend accord" (English puts a time noun there as it does a
# possessive, "the weekend's accord"): the instrument was reached then.
_ATTRIBUTIVE_WEEKEND = re.compile(r"\bthe\s+(?:weekend\s+)?$", re.I)
# The stages a restrictive relative clause presupposes (a stage still to come, or talks, are
# told as what is planned or under way, not as a known fact)
_PRESUPPOSED_STAGES = (Status.AGREED, Status.FINALIZED, Status.SIGNED, Status.RATIFIED)


def _restrictive_relative(info: SentenceInfo, p: Phrase) -> bool:
    """Whether the instrument's own stage verb stands in a restrictive relative clause right
    after it: "the loan that it has approved", "the accord which they signed" (no comma before
    the relative word), or a contact clause the parse reads ("the accord his government
    signed")."""
    text = info.sentence.text
    if re.match(r"\s+(?:that|which)\s", text[p.end:]):
        return True
    return _object_relative(info, p)[0] is not None and not re.match(r"\s*,", text[p.end:])


def _attributive_weekend_day(info: SentenceInfo, p: Phrase) -> str | None:
    """The day of the weekend that stands attributively before the instrument's noun ("the
    weekend OPEC accord"), as the dates of the sentence resolve it; None for another phrase."""
    text = info.sentence.text
    if not _attributive_weekend(text, p):
        return None
    at = info.sentence.start + text.rfind("weekend", 0, p.start + 8)
    return next((e.value for e in map(day_of, info.own_dates())
                 if e.start <= at < e.end and is_calendar(e.value)), None)


def _attributive_weekend(text: str, p: Phrase) -> bool:
    """Whether the instrument's noun opens on "weekend" after "the" ("the weekend OPEC
    accord"): the weekend owns it as "the weekend's accord" does."""
    if re.match(r"weekend\b", p.modifiers, re.I):
        return bool(_ATTRIBUTIVE_WEEKEND.search(text, max(0, p.start - 6), p.start))
    # (the parse may leave the time noun out of the phrase: "the weekend | OPEC accord")
    return bool(re.search(r"\bthe\s+weekend\s+$", text[max(0, p.start - 14):p.start], re.I))


# A past participle right after the instrument, with its agent, time or place: "a pact
# reached last July", "the treaty signed in 1990 by ...".
_REDUCED_RELATIVE = re.compile(
    r"\W{0,2}(?:first |originally |recently |already |formally |jointly )?(?:signed|inked|sealed|"
    r"reached|struck|agreed|concluded|initial(?:l)?ed|ratified|adopted|hammered out|made)\s+"
    r"(?:in|on|at|last|by|with|between|here|earlier|this|during|early|late)\b", re.I)
# The end of the previous instrument's relative clause: "..., which X approved in April, and a"
_PREVIOUS_RELATIVE = re.compile(r"^\W*(?:which|that)\b.*(,\s*and\b|,)", re.S)
# keeping a pact in force ("did not honour / adhere to / keep to the pact": a breach)
# (and breaching it, denied: "not breaching / violating the pact" says it binds)
_KEEPING = re.compile(r"(?:honou?r|abid|compl[yi]|adher|uphold|upheld|keep|kept|stick|stuck|"
                      r"breach|violat|contraven)", re.I)
_COMING_INTO_FORCE = re.compile(r"\b(?:came|come|comes|coming|entered|enter|enters|entering|entry|"
                                r"went|goes|gone|going)\s+into\s+(?:force|effect)|"
                                r"\bt(?:ook|akes|aken)\s+effect|"
                                r"\bbec(?:ame|omes?)\s+(?:effective|operational)", re.I)
# A stage told in a since-clause ("Since it signed the declaration, X has spent ...", "trade
# has doubled since the accord was signed") is the start of a state of things the main clause
# tells, not the day's news: the clause opens with "since", its subject and the verb, with no
# comma between (not "Since then, the two signed ...").
_SINCE_OPENING = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,5}$", re.I)


def _in_since_clause(text: str, p: Phrase, cue_at: int) -> bool:
    """Whether the instrument's stage verb (or the phrase, for a passive told after it) is
    in a clause opened by "since"."""
    anchor = cue_at if 0 <= cue_at < p.start else p.start
    return bool(_SINCE_OPENING.search(text[max(0, anchor - 60):anchor]))


# A stage told in the perfect right before its verb: "have all reached", "had signed", "has
# already been ratified" (at most two adverbs between; "been" for the passive)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|'ve)\s+(?:[a-z]+ly\s+|(?:all|both|long|already|also|"
                             r"just|since|now|each)\s+){0,2}(?:been\s+)?$", re.I)
# a clause break between the remarking verb and the stage: the stage is another clause's
_REMARK_BREAK = re.compile(r"[;:()\"“”]|,\s*(?:but|while|and|although|though|whereas)\b", re.I)


@cache
def _remarking() -> re.Pattern[str]:
    return re.compile(load_json("status.json")["remarked_background"], re.I)


def _remarked_background(text: str, p: Phrase, cue_at: int) -> bool:
    """Whether the instrument's stage is told in the perfect in the clause a verb of remarking
    opens ("He pointed out that Chile and Peru have all reached agreement with the banks"):
    something brought up as known, background with no time of its own (data/status.json:
    remarked_background). The stage verb is the cue before the phrase."""
    if not 0 <= cue_at < p.start or not _PERFECT_BEFORE.search(text, 0, cue_at):
        return False
    remark = next(reversed(list(_remarking().finditer(text, 0, cue_at))), None)
    return remark is not None and cue_at - remark.end() <= 150 \
        and not _REMARK_BREAK.search(text, remark.end(), cue_at)


def _stage_verb_at(info: SentenceInfo, cue_at: int) -> tuple[Parse, int] | None:
    """The parse and the token of the stage verb whose cue starts at `cue_at`, past an
    auxiliary the cue may open on ("has signed", "have agreed"); None without either."""
    parse = info.parse
    if parse is None or cue_at < 0:
        return None
    v = parse.token_starting(cue_at)
    if v is None:
        return None
    toks = parse.tokens
    if toks[v].dep in ("aux", "auxpass") and toks[toks[v].head].tag.startswith("VB"):
        v = toks[v].head
    return parse, v


@cache
def _seeming_verbs() -> frozenset[str]:
    return frozenset(load_json("status.json")["seeming"])


def _only_seeming(info: SentenceInfo, cue_at: int) -> bool:
    """Whether the stage verb at `cue_at` is the infinitive of a verb of seeming, by the parse
    ("the United States now appeared to have agreed to play by the rules of the accord",
    "Japan seems to have signed"): someone's reading of how things look, with no time of the
    stage's own, not the news of the day (data/status.json: seeming; round-28 audit)."""
    found = _stage_verb_at(info, cue_at)
    if found is None:
        return False
    parse, v = found
    toks = parse.tokens
    head = toks[v].head
    return toks[v].dep == "xcomp" and head != v and toks[head].text.lower() in _seeming_verbs()


@cache
def _known_past_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    data = load_json("status.json")["known_past"]
    return (frozenset(data["adverbs"]), frozenset(data["ranks"]),
            re.compile(r"(?:{})$".format(data["becoming"]), re.I))


def _known_past(info: SentenceInfo, cue_at: int) -> bool:
    """Whether the stage verb at `cue_at` is told as something long known, by the parse: an
    adverb of indefinite past on the verb ("Turkey has in the past rejected the basis", "has
    long rejected"), or a doer ranked among those that reached the stage in a finite relative
    clause ("the only Arab country which has signed a peace treaty"), not under "become"
    (data/status.json: known_past). Background with no time anchor."""
    found = _stage_verb_at(info, cue_at)
    if found is None:
        return False
    parse, v = found
    toks = parse.tokens
    if not toks[v].tag.startswith("VB"):
        return False
    adverbs, ranks, becoming = _known_past_words()

    def words(i: int) -> str:
        return " ".join(t.text.lower() for j, t in enumerate(toks) if parse.in_subtree(j, i))

    children = [j for j, t in enumerate(toks) if t.head == v and j != v]
    if any(toks[j].dep in ("advmod", "prep", "npadvmod") and words(j) in adverbs for j in children):
        return True
    if toks[v].dep != "relcl" or any(toks[j].text.lower() == "to" for j in children):
        return False  # (a finite relative clause: "... country which has signed")
    noun = toks[v].head
    ranked = any(t.head == noun and k != noun and t.dep in ("amod", "advmod", "det")
                 and t.text.lower() in ranks for k, t in enumerate(toks))
    governor = toks[toks[noun].head]
    return ranked and not becoming.match(governor.text)


_BACKGROUND_CUE = re.compile(r"(?:under|current|existing)\b", re.I)
# "under the X" says the instrument governs something now: in force ("allowed under the
# stability pact", "under the accord covering 1990-95"). But a year before the head dates its
# making ("created under the 1991 Treaty of Asuncion": signed), and a bare "under the deal"
# points back to the instrument just told, whose own stage stands (signed, as before).
_UNDER_CUE = re.compile(r"under\b", re.I)
_UNDER_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A start told in the present after "when": "when the accord starts", "when the pact
# kicks in" (its coming into force is "comes into force", an in-force cue).
_WHEN_STARTS = re.compile(r"\s*(?:starts|begins|kicks\s+in|takes\s+effect)\b", re.I)
# Words that tie a verb's own object to an instrument it only comes from: "replaces
# arrangements dating back to the 1977 Treaty", "a levy based on the accord".
_GOVERNS_ANOTHER = re.compile(r"\b(?:dating (?:back )?(?:to|from)|based on|rooted in|stemming from|"
                              r"derived from|inherited from|going back to)\b", re.I)
# A verb of replacing before an older instrument: "the new accord replaces a pact signed in ..."
_REPLACING = re.compile(r"(?:replac|supersed)", re.I)
# A relative clause with its own subject and no "which/that" (a contact clause): "the
# security pact the two countries signed in December", "the accord Peru and Chile agreed",
# "a $1 billion loan the World Bank approved for Kenya" (a lender's board approving a loan
# is its signed stage, as status.json's 'approved' after the phrase says).
# The verb has no object of its own (the instrument is it): "under the deal Peru signed a
# loan" is a main clause after the phrase, not the instrument's clause.
_CONTACT_CLAUSE = re.compile(
    r"\s+(?:(?:the|both|their|its)(?:\s+[\w-]+){1,3}?|(?-i:they|we|it|he|she|[A-Z][\w.-]*"
    r"(?:\s+and\s+[A-Z][\w.-]*)?))\s+(?:(?:had|have|has|recently|jointly|formally|later)\s+)?"
    r"(?=(?:signed|inked|sealed|agreed|reached|struck|concluded|initial(?:l)?ed|adopted|approved)\b"
    r"(?!\s+(?:to|on|upon|a|an|the|this|that|these|those|its|their|his|her|our|new|several|"
    r"\d+)\b))", re.I)
# A boundary between two clauses: a verb before it belongs to the clause before ("a memorandum
# was signed, officials said, while a joint committee was agreed").
# An instrument's own "to replace the current one, which ...": the relative clause is the
# replaced one's (its "one" is the antecedent of "which")
_REPLACED_ONES_CLAUSE = re.compile(r"\b(?:to\s+)?(?:replac\w*|succeed\w*|supersed\w*)\s+(?:the|its|"
                                   r"their|an?)\s+(?:[\w-]+\s+){0,2}?one\s*,?\s*(?:which|that)\b",
                                   re.I)
_CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but|although|though)\b|;")


# Documents told together, in the plural, that a following "They included ..." lists.
_COLLECTIVE = re.compile(r"\b(?:documents|agreements|accords|deals|pacts|instruments|texts|"
                         r"memorand(?:a|ums)|MoUs)\b", re.I)


def _collective_stage(text: str) -> Status | None:
    """The stage a verb right before the sentence's last plural of documents tells ("signed a
    series of cooperation documents", "witnessed the signing of 19 documents"), or None."""
    last = next(reversed(list(_COLLECTIVE.finditer(text))), None)
    if last is None:
        return None
    found = status_before(text[max(0, last.start() - 60):last.start()])
    return found[0] if found else None


@dataclass(frozen=True)
class _CoordinatedStages:
    verb: re.Pattern[str]
    stages: tuple[Status, ...]
    present: tuple[bool, ...]  # the stage holds on the report's day ("remains in force")


_COORDINATED: list[_CoordinatedStages] = []
NOW = "now"  # a coordinated stage that holds on the report's day


def _coordinated_stages() -> _CoordinatedStages:
    """The verbs of a later stage coordinated with the instrument's own predicate
    (data/status.json: coordinated), as one pattern with a group per stage."""
    if not _COORDINATED:
        table = load_json("status.json")
        rows = [(s, p, False) for s, p in table["coordinated"]] + [
            (s, p, True) for s, p in table["coordinated_present"]]
        # (after "and", or a second relative "and which"; or the main verb after a clause set
        # off by commas: "the pact, signed in 2006, was suspended two months later"; or the
        # instrument's own relative clause after its adjuncts: "a defence pact in 2019, which
        # took effect in 2021")
        verb = re.compile(r"(?:\s+and\s+(?:(?:which|that)\s+)?|\s*,\s*|,?\s*(?:which|that)\s+)"
                          r"(?:(?:later|then|subsequently|eventually|finally)\s+)?(?:"
                          + "|".join(f"(?P<s{k}>{p})" for k, (_, p, _) in enumerate(rows))
                          + r")\b", re.I)
        _COORDINATED.append(_CoordinatedStages(verb, tuple(Status(s) for s, _, _ in rows),
                                               tuple(now for _, _, now in rows)))
    return _COORDINATED[0]


# A stage named as a noun before the instrument ("the signing of", "the announcement of"), which
# can be the subject of a verb of its own
_STAGE_AS_SUBJECT = re.compile(r"(?:signing|signature|ratification|conclusion|announcement)(?:\s+ceremony)?"
                               r"\s+(?:of|for)\b", re.I)


@cache
def _coordinated_on_object() -> tuple[re.Pattern[str], tuple[Status, ...]]:
    """The verbs of a later stage coordinated with the verb before the instrument, which take
    it again as a pronoun object (data/status.json: coordinated_object): "agreed a pact on
    Monday and signed it on Wednesday". The conjunct has no subject of its own ("and Benin
    ratified it" is another side's act) and stays in the clause (no ; : or brackets)."""
    rows = load_json("status.json")["coordinated_object"]
    verb = re.compile(r"[^;:()]{0,60}?\s+and\s+(?:(?:later|then|subsequently|eventually|"
                      r"finally|formally)\s+)?(?:"
                      + "|".join(f"(?P<s{k}>{p})" for k, (_, p) in enumerate(rows))
                      + r")\s+(?:it|them)\b", re.I)
    return verb, tuple(Status(s) for s, _ in rows)


def _coordinated_stage(info: SentenceInfo, end: int, stop: int
                       ) -> tuple[Status, tuple[str, str] | None] | None:
    """A later stage the instrument's own predicate is coordinated with ("the treaty was
    signed in 2001 and entered into force in 2004"): the instrument's predicate must follow it
    (`status_after`), the coordinated verb comes right after "and" with no subject of its own,
    before the next instrument; with the date told in that conjunct (its value and
    precision), if any."""
    text = info.sentence.text
    # the instrument's own relative clause, after a date or place of its own: "signed a
    # defence pact in 2019, which took effect in 2021"
    adjunct = re.match(r"(?:\s+(?:in|on|at|last|this|earlier)\b[^,;:()]{0,40}?)?(?=,?\s*"
                       r"(?:which|that)\s)", text[end:stop])
    if status_after(text[end:end + 80]) is None and adjunct is None:
        obj_verb, obj_stages = _coordinated_on_object()
        o = obj_verb.match(text[:stop], end)
        if o is None:
            return None
        k = next(k for k in range(len(obj_stages)) if o.group(f"s{k}"))
        tail = re.search(r"[,;]|\s+(?:and|but|while)\s", text[o.end():stop])
        lo = info.sentence.start + o.start(f"s{k}")
        hi = info.sentence.start + (o.end() + tail.start() if tail else stop)
        return obj_stages[k], _calendar_date_in(info, lo, hi)
    table = _coordinated_stages()
    # the instrument's own predicate runs to the first "and" of this clause, or its clause set
    # off by commas to the second comma
    clause = re.match(r"[^;:()]*?(?=\s+and\s)", text[end:stop])
    if clause and re.search(r"[,]\s*(?:but|while|whereas)\b", clause.group(0)):
        clause = None
    m = table.verb.match(text, end + clause.end()) if clause else None
    if m is None:
        aside = re.match(r"\s*,\s*[^,;:()]{1,100}(?=,)", text[end:stop])
        m = table.verb.match(text, end + aside.end()) if aside else None
    if m is None and adjunct is not None:
        m = table.verb.match(text, end + adjunct.end())
    if m is None:
        return None
    k = next(k for k in range(len(table.stages)) if m.group(f"s{k}"))
    stage = table.stages[k]
    tail = re.search(r"[,;]", text[m.end():stop])
    hi = info.sentence.start + (m.end() + tail.start() if tail else stop)
    lo = info.sentence.start + m.start()
    told = _calendar_date_in(info, lo, hi)
    if told:
        return stage, told
    if table.present[k]:
        return stage, (NOW, "on_or_before")  # the caller puts the report's day
    return stage, None


# A modal or an infinitive before the participle of the instrument's own clause: "a deal that
# will be signed next month", "which is to be ratified in June" (a stage still to come).
_STILL_TO_COME_IN_CLAUSE = re.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|"
                                      r"to)\s+(?:\w+\s+)?be\b|\w'll\b", re.I)


def _earlier_dated_stage(info: SentenceInfo, p: Phrase, stop: int
                         ) -> tuple[Status, str, str] | None:
    """A past stage told, with a calendar date, in the instrument's own reduced relative or
    contact clause ("the pact signed in 2019", "the accord Oslo had signed in 1976"): the
    stage, its date and the date's precision."""
    text = info.sentence.text
    # (a participle the phrase took in as the end of its complement: "a multilateral pact on
    # these debts reached | in December"; the complement stops before the other participles)
    swallowed = re.search(r"\s+(?=(?:signed|inked|sealed|concluded|reached|ratified)$)",
                          text[p.start:p.end])
    own = _OWN_CLAUSE.match(text, p.start + swallowed.start() if swallowed else p.end, stop)
    if own is None:
        return None
    told = status_before(text[own.start():own.end()])
    if told is None or told[0] in _PAST_STAGES or told[0] in _ENDED_STAGES or re.search(
            r"\b(?:not|never|yet|still)\b|n't\b", text[own.start():own.end()], re.I):
        return None  # ("which has yet to be ratified": a stage denied, not told)
    if _STILL_TO_COME_IN_CLAUSE.search(text, own.start(), own.end()):
        return None  # ("a deal that will be signed next month": no stage told yet)
    tail = re.search(r"[,;:(]|\s+(?:and|but|while|which|who)\s", text[own.end():stop])
    lo = info.sentence.start + own.start()
    hi = info.sentence.start + (own.end() + tail.start() if tail else stop)
    dated = _calendar_date_in(info, lo, hi)
    return (told[0], *dated) if dated else None


def _calendar_date_in(info: SentenceInfo, lo: int, hi: int) -> tuple[str, str] | None:
    """The first calendar date of the sentence's own that starts in [lo, hi) (document
    offsets), with its precision."""
    for e in info.own_dates():
        if lo <= e.start < hi and e.value and is_calendar(e.value) and not e.value.startswith("X"):
            v = e.value[:10]
            return v, "day" if len(v) == 10 else "month" if len(v) == 7 else "year"
    return None


# A relative clause told as a counterfactual: "a loan to fund dams which would otherwise have
# been scrapped" (what would have happened without it, to the dams, not a stage of the loan).
_COUNTERFACTUAL_RELATIVE = re.compile(r"^\W*(?:which|that)\s+(?:would|could|might)\s+(?:\w+\s+)?"
                                      r"have\s+been\b", re.I)


def _told_after(text: str, end: int) -> Status | None:
    """The stage a verb right after the instrument tells: its predicate or relative clause
    (`status_after`), or a contact clause ("the pact the two countries signed in 2020")."""
    relative = DENIED_RELATIVE.match(text, end)
    if relative:  # "the agreement, which has yet to be ratified, was signed": the main verb's
        told = status_after(text[relative.end():relative.end() + 80])
        if told:
            return told
    window = text[end:end + 80]
    found = status_after(window)
    if found is None:
        # "the agreement between Mexico, Canada and the United States came into force": the
        # rest of the enumeration of sides the phrase began stands before its own verb
        m = _REST_OF_SIDES.match(text, end) if _SIDES_BEGUN.search(text, 0, end) else None
        found = status_after(text[m.end():m.end() + 80]) if m else None
    if found is None:
        m = _CONTACT_CLAUSE.match(window)
        found = status_after(window[m.end():]) if m else None
    if found is None:
        # "the 1980 accord, whose fund ran dry in 1983, expired last year": a clause about
        # something of the instrument's, set off by commas, sits between it and its own verb
        m = _WHOSE_CLAUSE.match(text, end)
        found = status_after(text[m.end():m.end() + 80]) if m else None
    return found


_REST_OF_SIDES = re.compile(
    r"(?:\s*,\s*(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3})*,?\s+and\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}(?=\s+[a-z])")
_SIDES_BEGUN = re.compile(r"\b(?:between|among|with)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)"
                          r"(?:\s+(?-i:[A-Z][\w.'’-]*)){0,3}$", re.I)
_WHOSE_CLAUSE = re.compile(r"\s*,\s*whose\s+[^,;()]{1,100},\s*", re.I)


# A state's dealings with its foreign creditors: sovereign debt, one state named.
_SOVEREIGN_DEBT = re.compile(r"\b(?:reschedul\w*|restructur\w*|creditors?|Paris Club|moratorium|"
                             r"syndicat\w*|eurocredits?|euroloans?|standstill|bondholders?|"
                             r"debt relief|steering committee|advisory committee|bank(?:s|ers)? "
                             r"(?:committee|group))\b", re.I)


# The private side an instrument is for ("loans to heavily indebted producers", "aid for
# exporters"): one state's own people or firms, not another state.
_PRIVATE_BENEFICIARY = re.compile(
    r"\b(?:to|for)\s+(?:(?:the|its|their|heavily|highly|indebted|small|struggling|local|"
    r"hard-hit|domestic|[\w-]+-hit)\s+)*(?:producers|farmers|growers|winemakers|vintners|"
    r"exporters|importers|firms|companies|businesses|manufacturers|fishermen|households|"
    r"homeowners|industries)\b", re.I)


# The members of a body of firms: "(committee) of Taiwan's soybean importers"
_PRIVATE_MEMBERS = re.compile(
    r"(?:of|for)\s+(?:[\w'’-]+\s+){0,3}?(?:importers|exporters|producers|companies|firms|"
    r"traders|manufacturers|industries|businesses|suppliers|growers|mills|refiners|"
    r"shipowners|airlines|carriers|insurers|banks)\b", re.I)


# "government aid packages", "federal loans": a measure of a government named by no state, its
# word right before the head (not "government-to-government", "intergovernmental")
_HOME_GOVERNMENT = re.compile(r"(?<![\w-])(?:government|federal|provincial)\s+(?:[\w-]+\s+)?$",
                              re.I)


def _home_government_measure(info: SentenceInfo, p: Phrase, name: str) -> bool:
    """An aid or lending measure the written name gives to "government" alone ("..., government
    aid packages and ..."), with no state in the phrase, no counterpart after it and no second
    state or organization in its sentence: one state's measure at home."""
    head = p.head.lower().split()[-1]
    if head not in _HOME_MEASURE_HEADS or not name.lower().endswith(p.head.lower()) \
            or not _HOME_GOVERNMENT.search(name[:len(name) - len(p.head)]) \
            or re.match(r"(?:with|between|involving|among|from|to)\b", p.complement):
        return False
    dateline = WIRE_DATELINE.match(info.sentence.text)
    after = dateline.end() if dateline else 0
    if any(p.start <= pl.start < p.end for pl in info.places):
        return False  # ("the Japanese government loans": a state's, abroad or not)
    named = {pl.code for pl in info.places if pl.code and pl.start >= after
             and pl.form in ("name", "alias", "demonym", "capital", "igo")}
    return len(named) <= 1 and not any(c.startswith("IGO:") for c in named)


_HOME_MEASURE_HEADS = frozenset({"package", "packages", "loan", "loans", "credit", "credits",
                                 "aid", "subsidy", "subsidies", "guarantee", "guarantees"})


def _at_home(info: SentenceInfo, p: Phrase, countries: list[str], name: str) -> bool:
    """One state's instrument, unnamed, with nobody abroad in its sentence and no creditor:
    a loan, deal or arrangement is business at home; another kind is, unless it names its
    counterpart ("with neighbouring Benin") or its field is one of states' dealings with each
    other (defence, extradition, trade ...)."""
    if len(countries) > 1 or any(c.startswith("IGO:") for c in countries):
        return False
    if _ARMED_SERVICE.search(p.modifiers) and not re.match(
            r"(?:with|between|involving|among)\b", p.complement) and not (
            countries and _abroad(info, countries[0])):
        # "it won a 734 mln dlr U.S. Air Force pact for up to 20 rockets", "a Navy contract to
        # build frigates": an armed service names the buyer of a procurement contract; with
        # nobody abroad in the sentence and no counterpart named, the other side is a
        # supplier at home, whatever the defence field says (round-28/29 audits)
        return True
    # (A name spares a treaty or an accord, not a body of one state: "the Presidential
    # Working Group on Financial Markets" is no mechanism between states.)
    if proper_key(name) and p.kind != Kind.ARRANGEMENT:
        return False
    text = info.sentence.text
    if countries and _PRIVATE_BENEFICIARY.search(p.text) and not _abroad(info, countries[0]):
        # "preferential loans to heavily indebted producers to reschedule their payments":
        # aid to one state's own farmers or firms, whatever debt words it carries
        return True
    if (countries and _abroad(info, countries[0])) or _SOVEREIGN_DEBT.search(text) \
            or speaks_of_two_sides(text):
        return False
    if p.kind == Kind.ACTION_PLAN and not re.search(r"\b(?:joint|bilateral|common)\b", p.modifiers,
                                                    re.I) \
            and not re.match(r"(?:with|between|involving|among)\b", p.complement):
        # "Italy to get economic action plan": one state's plan, not one made with another
        return True
    # (Not spared for an article about that state and another side: "the UK's treaty
    # obligations" in a story on the UK and the EU is no instrument; measured, the spared
    # ones were mostly such.)
    if p.weak or p.generic:
        return True
    return not re.match(r"(?:with|between|involving|among)\b", p.complement) and not (
        set(topics_in(p.text)) & cues().between_states)


# A state's armed services and its defence department as the owner of an instrument: they buy
# (a procurement contract with a supplier); states' defence pacts are made by governments
_ARMED_SERVICE = re.compile(r"\b(?:Air\s+Force|Navy|Army|Marine\s+Corps|Coast\s+Guard|Pentagon|"
                            r"Defen[cs]e\s+(?:Department|Ministry))\b")


# The words of elections and party politics: an instrument of one state among them is a pact
# between its parties or candidates.
_ELECTORAL = re.compile(r"\b(?:candidates?|(?:general |state |snap |by-|local )?elections?|electoral|"
                        r"polls\b|ballot box|seats\b|constituenc\w+|coalition (?:government|partners?)|"
                        r"political part(?:y|ies)|chief minister|campaign trail)", re.I)


def _party_politics(ctx: DocContext) -> bool:
    """Is the article about one state's elections and parties (three sentences or more in
    their words, and no second state it is about)?"""
    return len(ctx.pair) < 2 and sum(
        1 for info in ctx.sentences if _ELECTORAL.search(info.sentence.text)) >= 3


def _abroad(info: SentenceInfo, country: str) -> bool:
    """Does the sentence name another state or an international organization (not in its
    wire dateline)?"""
    text = info.sentence.text
    dateline = WIRE_DATELINE.match(text)
    after = dateline.end() if dateline else 0
    return any(pl.code and pl.code != country and pl.start >= after
               and pl.form in ("name", "alias", "demonym", "capital", "igo")
               and not _CURRENCY_NAMED.match(text, pl.end)
               for pl in info.places)


# A state's name that only names a currency ("financed by U.S. Dollar loans", "a 50 mln Swiss
# franc credit"): money, not somebody abroad (the words that are no verb too: not "won", "marks")
_CURRENCY_NAMED = re.compile(rf"\s*-?\s*(?:{CURRENCY_UNITS})\b", re.I)


_WITH_LENDERS = re.compile(r"^with\s+(?:their|its|the)?\s*(?:commercial|creditor|foreign|"
                           r"private)?\s*(?:bank\s+)?(?:banks|creditors|lenders|bondholders)\b",
                           re.I)


def _each_state(m: AgreementMention, p: Phrase, info: SentenceInfo | None = None,
                today: str | None = None) -> list[AgreementMention]:
    """'Venezuela, Chile and the Philippines have reached agreement with commercial banks':
    each state its own agreement with its own creditors, not one among the three; '... and
    Argentina was in the midst of negotiations': one more state's, still negotiated."""
    states = [a for a in m.parties if a.type == "state" and a.country]
    if len(states) < 2 or len(m.countries) != len(states) or not _WITH_LENDERS.match(
            p.complement):
        return [m]
    name = re.split(r"\s+and\s+(?-i:[A-Z])", m.title.split(" between ")[0])[0]
    lenders = [a for a in m.parties if not a.country]  # each state's own creditor banks
    tail = _STILL_NEGOTIATING.match(info.sentence.text, p.end) if info else None
    if tail and info:
        known = {a.country for a in states}
        gaz = gazetteer()
        states += [Actor(gaz.name(pl.code), pl.code, "state") for pl in info.places
                   if tail.start("who") <= pl.start < tail.end("who") and pl.code not in known
                   and not pl.code.startswith("IGO:") and pl.form in ("name", "alias")][:1]
    out = [replace(m, title=f"{_possessive(a.name)} {name[:1].lower()}{name[1:]}",
                   parties=[a, *lenders], countries=[a.country or ""]) for a in states]
    if len(out) > len(m.countries):
        # (talks told in the present of the story are the day's, even when the deals the
        # list tells are background: "He pointed out that ... have all reached agreement")
        day = m.date or today
        out[-1] = replace(out[-1], status=Status.NEGOTIATING, date=day, date_precision=(
            "day" if day and len(day) == 10 else "month" if day and len(day) == 7 else "year"))
    return out


# "... and Argentina was in the midst of negotiations": the next state's deal of the same kind
# (a clause joined to a per-state list of deals with creditor banks), still being negotiated
_STILL_NEGOTIATING = re.compile(
    r"[^.;]{0,60}?\band\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])[\w.'-]*){0,2})\s+"
    r"(?:was|is|were|are|has been|had been)\s+(?:still\s+)?(?:(?:in\s+the\s+midst\s+of|holding|"
    r"conducting|engaged\s+in)\s+(?:[\w-]+\s+){0,2}?(?:negotiations|talks)|negotiating)\b", re.I)


def _each_counterpart(m: AgreementMention, p: Phrase, info: SentenceInfo,
                      ctx: DocContext | None = None) -> list[AgreementMention]:
    """'Japan has similar access agreements with Australia and Britain': one instrument with
    each (a plural head; a singular one with two states is one instrument among three)."""
    if p.head.lower() not in _SINGULAR:
        return []
    others = counterparts(p, info.places, info.sentence.text[p.end:])
    sponsor = [a for a in m.parties if a.country not in {o.country for o in others}]
    if others and not sponsor and ctx is not None:
        # "The government is negotiating similar agreements with A, B and C": the subject
        # stands for the state the story is about
        sponsor = story_state_as_subject(ctx, info, p, others)
    if not others or not sponsor:
        return []
    name = re.sub(r"\s+with\s+.*$", "", m.title.split(" between ")[0])
    return [replace(m, title=f"{name} between {' and '.join(a.name for a in [*sponsor, o])}",
                    parties=[*sponsor, o],
                    countries=sorted({a.country for a in [*sponsor, o] if a.country}))
            for o in others]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# A firm's name as an article introduces it: "Bandai Co Ltd", "Amoco Corp <AN>", inside a
# ticker bracket "<Amoco Corp>", or "<Arabian Auto Agency>, known as AAA". The suffix follows
# the name itself: "Plaza Hotel Corp" does not make the Plaza accord a firm's.
_FIRM_SUFFIX_AFTER_NAME = (r"\s+(?:Co|Corp|Corporation|Inc|Ltd|Limited|plc|"
                           r"PLC|AG|GmbH|SA|NV|Holdings|Pty|Pte|Bhd|LLC)\b")
# A firm as the subject of the verb that makes the instrument: "Mazda Motor Corp <MAZT.T> has
# signed an agreement", "Centocor Inc said it entered into an agreement" (a name with a company
# suffix, or the wire's ticker brackets)
_FIRM_SUBJECT = re.compile(r"(?:<[^<>]+>|(?:[A-Z][\w&.'’-]*\s+){1,4}?[A-Z][\w&.'’-]*"
                           + _FIRM_SUFFIX_AFTER_NAME + r"\.?(?:\s+<[^<>]+>)?)"
                           r"(?:\s+(?:said|says)\s+(?:it|they))?"
                           r"(?:\s+(?:has|have|had|will|would|also|today|yesterday))*"
                           r"\s+(?:signed|entered\s+into|reached|concluded|won|initialled|struck|"
                           r"sealed|agreed\s+on)\s+(?:[\w$.'’-]+\s+){0,4}$")
# A one-word subject ("MAZDA SIGNS AUSTRALIAN COAL IMPORT AGREEMENT", "Centocor said it
# signed"), a firm when the article names it so (`_firm_known_as`)
_SHORT_SUBJECT = re.compile(r"(?:^|(?<=\s))([A-Z][\w&'’-]+)(?:\s+(?i:said|says)\s+(?i:it|they))?"
                            r"(?:\s+(?i:has|have|had|will|would|also|today|yesterday))*"
                            r"\s+(?i:signs?|signed|enters\s+into|entered\s+into|reache[sd]|"
                            r"conclude[sd]|wins|won|initials|initialled|struck|seals|sealed)"
                            r"\s+(?:[\w$.'’-]+\s+){0,4}$")


def _named_for_firm(text: str, modifiers: str | None) -> bool:
    """The capitalized modifier of an instrument ("the Bandai agreement") is a company the
    article names by its company suffix or ticker brackets: the instrument is that firm's."""
    words = [w for w in (modifiers or "").split() if re.match(r"[A-Z]", w)]
    if len(words) != 1:
        return False
    name = re.escape(words[0].rstrip("'’s"))
    text = " ".join(text.split())
    return re.search(rf"\b{name}{_FIRM_SUFFIX_AFTER_NAME}|<[^<>]*\b{name}\b[^<>]*>|"
                     rf"<[^<>]+>,?\s+(?:known\s+as|or)\s+{name}\b", text) is not None


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


_SIMILAR = re.compile(r"\b(?:similar|such|same kind of|like)\b", re.I)
# One more instrument of a series the article told: "a further accord", "another pact", "an
# earlier agreement" (an indefinite article: not "the previous agreement", which refers)
_ONE_MORE = re.compile(r"\b(?:an?\s+(?:further|earlier|previous|prior)|another)\s+$"
                       # "which replaces an agreement signed in 1994": the one replaced, an
                       # instrument of its own between the same sides on the same matter
                       r"|\b(?:replac(?:e|es|ed|ing)|supersed(?:e|es|ed|ing))\s+an?\s+$",
                       re.I)


def _one_more(text: str, p: Phrase) -> bool:
    """A bare head ("a further accord", no name, no counterpart after it) that adds one more
    instrument to those the article told."""
    head_at = text.find(p.head, p.start)
    return head_at >= 0 and not p.complement and not re.search(r"[A-Z0-9]", p.modifiers) \
        and bool(_ONE_MORE.search(text[max(0, head_at - 30):head_at]))
_DEFINITE = re.compile(r"(?:^|\s)(?:[Tt]he|[Tt]his|[Tt]hat)\s+\S+$")
# The rules that say a deal is no state's (a firm's, a union's or a club's, one state's business at
# home), which a reference to that deal shares
_NOT_STATES_DEAL = frozenset({"company", "domestic", "private"})


def _home_deal(m: AgreementMention) -> bool:
    """A candidate a rule says is one state's business at home, with at most that one state
    and no organization of states ("their preliminary accord" of two congressional
    committees' counsels): a bare definite head after it is that deal (agreal9)."""
    return "domestic" in m.missing and not any(c.startswith("IGO:") for c in m.countries) \
        and len(m.countries) <= 1


def _firms_deal(m: AgreementMention) -> bool:
    """A candidate a rule says is a firm's deal (real17), with at most one state (the firms'
    home, or a state's word inside a firm's name: "Nippon Life") and no organization of
    states."""
    return "company" in m.missing and len(m.countries) <= 1 \
        and not any(c.startswith("IGO:") for c in m.countries)


def _no_states_deal(m: AgreementMention) -> bool:
    """A candidate with no state for a side that a rule says is a firm's, a union's or one
    state's business at home."""
    return "state" in m.missing and any(r in _NOT_STATES_DEAL for r in m.missing)


# A name opened by a quotation mark right before its first word (after "the")
_OPEN_QUOTE = re.compile(r"[\"“‘]\s*$")
_CLOSE_QUOTE = re.compile(r"[\"”’]")


def _quoted_plural_term(text: str, p: Phrase) -> bool:
    """A plural instrument name wholly inside quotation marks ('the "Unequal Treaties"'), with
    nothing after it: a term for many instruments (not "the Oslo Accords", written plainly)."""
    head_at = text.find(p.head, p.start)
    if head_at < 0 or p.head.lower().split()[-1] not in _SINGULAR or p.complement:
        return False
    start = p.start + (4 if text[p.start:p.start + 4].lower() == "the " else 0)
    return bool(_OPEN_QUOTE.search(text[max(0, start - 2):start])) and bool(
        _CLOSE_QUOTE.match(text, head_at + len(p.head)))


def _names_a_side(info: SentenceInfo, besides: frozenset[str] = frozenset()) -> bool:
    """Does the sentence name a state or an organization of states outside its wire dateline
    ("Pompeo said Iran had breached many of the deal's limits": the deal may be theirs)? A
    place after "in" ("will conduct clinical tests of the drug in Japan") is where, not who."""
    text = info.sentence.text
    dateline = WIRE_DATELINE.match(text)
    after = dateline.end() if dateline else 0
    return any(pl.code and pl.code not in besides and pl.start >= after
               and not _WHERE_BEFORE.search(text, 0, pl.start)
               and not _of_a_lender(text, pl.start, pl.end) for pl in info.places)


_WHERE_BEFORE = re.compile(r"\b[Ii]n\s+(?:the\s+)?$")
# A state that only says whose a lender is: "State Bank of India", "Bankers Trust Co (Hong
# Kong)", "eight Indian and foreign banks" (a bank's name, its branch, the banks' nationality)
_LENDER_NAME_BEFORE = re.compile(r"\bBank\s+of\s+(?:the\s+)?$")
_LENDERS_AFTER = re.compile(r"(?:\s+and\s+[\w-]+)?\s+(?:commercial\s+|private\s+|creditor\s+)?"
                            r"(?:banks|lenders|creditors)\b", re.I)


def _of_a_lender(text: str, start: int, end: int) -> bool:
    """Does the place at text[start:end] only tell a lender's name, branch or nationality?"""
    return bool(_LENDER_NAME_BEFORE.search(text, 0, start) or _LENDERS_AFTER.match(text, end) or (
        text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")))


# "representatives from both sides", "of the two sides": the sides of the instrument just told
_BOTH_SIDES = re.compile(r"\b(?:both|the\s+two)\s+sides\b", re.I)
# Heads that, bare and definite at the start of a sentence ("The accord was signed ..."), can
# only mean the instrument told before (not "The package", "The contract", a thing of its own)
_BARE_REFERENCE_HEADS = frozenset({"agreement", "accord", "pact", "treaty", "deal", "memorandum",
                                   "mou", "protocol"})


# A frame of saying before a clause of reported speech: "The minister said (that)", "told
# reporters", "Officials added on Monday that" (no comma or semicolon: one clause before it)
_SAYING_FRAME = re.compile(
    r"^[^,;:]{0,80}?\b(?:said|says|saying|told(?:\s+[\w-]+){1,2}|added|announced|confirmed|"
    r"noted|stated|reported)(?:\s+(?:on|last)\s+\w+)?(?:\s+that)?\s+(?:the|this|that)\s+$", re.I)


def _opens_its_clause(text: str, p: Phrase) -> bool:
    """A bare reference opening its sentence ("The accord was signed ...", after a quote mark
    or "But") or the reported clause a frame of saying opens, as its own head, not a
    possessive ("said the pact's chances depended on ...")."""
    return p.start < 8 or (bool(_SAYING_FRAME.match(text[:p.start]))
                           and not re.match(r"\s*['\u2019]s?\b", text[p.end:]))


def _dated_by_own_participle(info: SentenceInfo, p: Phrase, before: AgreementMention) -> bool:
    """A bare reference anywhere in its sentence whose own past participle dates its stage, by
    the parse ("would veto any bid to reduce the rebate secured by the prime minister in 1984",
    "defend the accord signed in 1984"): the participle modifies the head word and the date
    hangs from it. The head is one that can only mean the instrument told before
    (`_BARE_REFERENCE_HEADS`) or that one's own head word ("the rebate" after "Britain's EU
    rebate"). Only when its stage is read after it, from that participle (the caller's cue_at
    < 0): "abide by the agreement reached last July" is in force now, not dated by "reached"."""
    parse = info.parse
    head = p.head.lower()
    if parse is None or (head not in _BARE_REFERENCE_HEADS
                         and head != (before.name.split() or [""])[-1].lower()):
        return False
    i = _instrument_token(info.sentence.text, p, parse)
    if i is None:
        return False
    toks = parse.tokens
    exprs = [e for e in map(day_of, info.own_dates()) if e.value]
    return any(t.head == i and j != i and t.dep == "acl" and t.tag == "VBN"
               and _dates_under_verb(info, parse, exprs, j)
               for j, t in enumerate(toks))


def _is_reference(p: Phrase) -> bool:
    """A bare definite head ("the treaty") names an instrument mentioned before."""
    return not p.modifiers and not p.vague and not p.by_verb and not topics_in(p.complement) and \
        not re.search(r"\bbetween\b", p.complement)


_SINGULAR = {"treaties": "treaty", "memorandums": "memorandum", "memoranda": "memorandum",
             "mous": "MoU", "accords": "accord", "agreements": "agreement", "protocols": "protocol",
             "deals": "deal", "pacts": "pact", "contracts": "contract", "roadmaps": "roadmap",
             "arrangements": "arrangement", "programmes": "programme", "programs": "program"}


def _title(p: Phrase, kind: Kind, parties: list[Actor], before: AgreementMention | None) -> str:
    head = _SINGULAR.get(p.head.lower(), p.head)  # a record is one instrument
    if p.modifiers.lower().startswith("package of"):
        head = p.head  # ("a package of agreements" is that one instrument)
    if p.vague:  # "MoUs on trade, health and tourism": one "MoU on health" of several
        return f"{head[:1].upper()}{head[1:]} on {p.complement}"
    core = " ".join(x for x in (p.modifiers, head, p.complement) if x)
    if _ITS.search(p.complement) and before is not None:
        core = f"{head} on the implementation of the {before.title.split(' between ')[0].lower()}"
    elif before is not None and _is_reference(p) and same_kind_family(before.kind, kind):
        return before.title
    core = re.sub(r"\s+", " ", core).strip(" ,")
    # (an adverb of where or when the phrase's words ran into, "an agreement on railway
    # cooperation here", is the article's telling, not the instrument's name)
    core = _TITLE_ADVERB.sub("", core)
    # ("an agreement for next year" cut before its date leaves no dangling "for")
    core = re.sub(r"(?:\s+(?:for|from|with|on|of|in|to|by|at|under|between|the|a|an|and|or))+$",
                  "", core)
    # (a state's creditor banks, named by the article in its own words, are no name of the
    # instrument: "the debt rescheduling", not "... between Chile and commercial banks")
    named = [a for a in parties if a.country or a.type != "organization"]
    if " between " not in core and len(named) >= 2:
        core += " between " + " and ".join(a.name for a in named[:3])
    elif " " not in core and len(parties) >= 2:
        # A bare "Protocol" or "Agreement" says nothing by itself: its sides, creditors
        # included, are all that tells it from another ("Agreement between Venezuela and
        # the 13-member debt steering committee")
        core += " between " + " and ".join(a.name for a in parties[:3])
    core = _without_counterpart_twice(core, parties)
    # Words that judge the instrument or stand for the article's own view ("a proper trade
    # deal", "their own treaty", "a detailed agreement") are not part of its name
    core = _JUDGING_WORDS.sub("", core)
    name, sep, sides = core.partition(" between ")
    if name.isupper():  # a headline in capitals: "DEBT DEAL WITH SPAIN", "Debt deal with Spain"
        # (its sides after "between" are the parties' own names, not the capitals)
        core = _sentence_case(name) + sep + sides
    return core[:1].upper() + core[1:]


_TITLE_ADVERB = re.compile(r"\s+(?:here|there|today|tonight|yesterday)\b(?=\s|$)")


def _without_counterpart_twice(core: str, parties: list[Actor]) -> str:
    """'... cooperation with Kenya between the United Kingdom and Kenya': a state named after
    'with' and again among the sides after 'between' is said once, by the sides. (A body
    named after 'with', "agreement with the U.S. Securities and Exchange Commission", is
    part of the instrument's name and stays.)"""
    head, sep, sides = core.partition(" between ")
    if not sep:
        return core
    for a in parties:
        if a.type != "state" or not re.search(rf"\b{re.escape(a.name)}\b", sides):
            continue
        head = re.sub(rf"\s+with\s+(?:the\s+)?{re.escape(a.name)}(?=$|\s+on\b)",
                      "", head)
    return head + sep + sides


def _sentence_case(words: str) -> str:
    """Capitals kept only for the names of places, states and organizations."""
    lookup = gazetteer().lookup
    return " ".join(w.title() if lookup.get(w.title()) or lookup.get(w) else w.lower()
                    for w in words.split(" "))


# (in lower case only: a capital makes the word part of a proper name, "the Final Status
# Agreement", "the Full Employment Accord")
_JUDGING_WORDS = re.compile(r"^(?:(?:proper|own|detailed|full|fully-fledged|full-fledged|"
                            r"real|genuine|actual|formal|final|overall|broad|wide-ranging)\s+)+"
                            r"(?=\S+\s+\S)")


# A stage told as part of a gathering the sentence before dated: "On its margins", "On the
# sidelines of the summit", "During the talks", "At the end of the meeting", "After the talks",
# "at the session", or one told right after it ("The two leaders later signed", "also
# approved", "then signed").
_GATHERING_NOUNS = r"(?:talks|meeting|meetings|summit|session|visit|conference|forum|consultations|" \
    r"discussions|gathering|encounter|negotiations|commission|committee)"
_TIED_TO_GATHERING = re.compile(
    r"\b(?:on|at)\s+(?:the\s+)?(?:its|their|his|her|the)\s+(?:sidelines|margins?)\b|"
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\s+(?:the|this|that|their|his|her|its)\b|"
    rf"\b(?:during|after|following|at\s+the\s+end\s+of|at\s+the\s+close\s+of|at|in\s+the\s+course\s+of)"
    rf"\s+(?:the|their|his|her|its|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_GATHERING_NOUNS}\b"
    rf"(?!\s+(?:on|in|of|next|last|due|scheduled|planned)\b)|"
    r"\b(?:later|also|then|subsequently|afterwards)\s+(?:\w+\s+)?(?:signed|sealed|inked|initialled|"
    r"initialed|concluded|approved|adopted|agreed|reached|struck|finalized|finalised|clinched)\b",
    re.I)
# A gathering told in a sentence: someone met, held talks, hosted, received, visited, sat or
# convened, or a summit, session or meeting was held.
_GATHERING_TOLD = re.compile(
    r"\b(?:met|held\s+(?:[\w-]+\s+){0,3}?(?:talks|meeting|summit|session|consultations|discussions)|"
    r"hosted|received|visited|sat|convened|gathered|talks|summit|session|meeting)\b", re.I)


def _gathering_day_before(ctx: DocContext, info: SentenceInfo) -> str | None:
    """The day (or month, or year) of the gathering the sentence just before told, when this sentence ties its
    stage to it ("King X hosted the Africa-Gulf summit on Thursday. On its margins, Morocco
    and Oman signed a maritime MoU"; "Ruto held talks with Hassan on Wednesday. The two leaders
    later signed a memorandum"): a signing there took place that day, not on the day the story
    was filed. Only a past day, before the article's own, that the sentence before gives its
    gathering; None otherwise."""
    text = info.sentence.text
    published = (ctx.published or "")[:10]
    if not published or not _TIED_TO_GATHERING.search(text):
        return None
    before = ctx.sentence_before(info)
    if before is None or before.sentence.role == "headline" or not _GATHERING_TOLD.search(before.sentence.text):
        return None
    found = ctx.dates_read(before)
    days = []
    for e in map(day_of, found):
        value = e.range[1] if e.range and len(e.range[1]) == 10 else (e.value or "")
        if len(value) not in (4, 7, 10) or "X" in value or not value[:4].isdigit() or (
                e.range and len(e.range[1]) != 10):
            continue  # (a period, "for 2025-2027", is not when it met)
        if tense_at(ctx.document.text, e.start, e.end) == FUTURE:
            return None  # a gathering still to come
        days.append(value)
    # (days a few apart are one gathering's, "sat on Tuesday and Wednesday": its stages are
    # told at its close; days further apart are different facts)
    if not days or not max(days) < published[:len(max(days))]:
        return None
    if len({len(d) for d in days}) > 1 or (len(days[0]) == 10 and (
            date.fromisoformat(max(days)) - date.fromisoformat(min(days))).days > 3) or (
            len(days[0]) < 10 and len(set(days)) > 1):
        return None
    return max(days)


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


# A clause right after an instrument that tells its own stage ("a treaty signed in 2017",
# "an agreement reached last September", "the accord, which was initialled on Friday"): the
# dates in it are that instrument's, not another's in the sentence.
# Stages a main clause tells of an instrument made before, whose own clause dates its
# making ("will reschedule the loan it granted Sudan in 2010"): the plan, talks or new
# agreement is today's; the making keeps its own stage and date.
_LATER_ACTS_ON_OLDER = (Status.PROPOSED, Status.PLANNED, Status.NEGOTIATING, Status.AGREED)
# A stage named as a noun with the instrument as its complement ("the entry into force of")
_ENTRY_INTO_FORCE_OF = re.compile(r"\bentry\s+into\s+(?:force|effect)\s+of\b", re.I)
# Stages that happen once, on a day (a state of things or talks last: "in force since 2014",
# "talks that have dragged on since 2002")
_ONE_TIME_STAGES = (Status.PROPOSED, Status.AGREED, Status.FINALIZED, Status.SIGNED,
                    Status.RATIFIED, Status.TERMINATED, Status.REJECTED)
_PAST_STAGES_TOLD = (Status.SIGNED, Status.RATIFIED)
_OWN_CLAUSE = re.compile(
    # (not through a verb of replacing: "..., which replaces an agreement signed in 1994" is
    # the replaced one's participle)
    r"\s*,?\s*(?:(?:which|that)\s+(?:(?!replac|supersed)\w+\s+){0,3}?|(?:it|they|we|the\s+two\s+\w+|"
    r"(?-i:[A-Z][\w.-]*(?:\s+and\s+[A-Z][\w.-]*)?))\s+(?:had\s+|has\s+|"
    r"have\s+)?|(?:first|originally|formally|previously|"
    r"only|finally|already)\s+)?(?:signed|reached|struck|agreed|concluded|initial(?:l)?ed|"
    r"ratified|adopted|made|sealed|finali[sz]ed|approved|negotiated|dating|launched|created|"
    r"set\s+up|established|brokered|announced|hammered\s+out|worked\s+out|clinched|inked|"
    r"granted|lent|came|entered|took\s+effect)\b", re.I)
# A year a plan or programme is for ("the 2024 Cooperation Plan", "a programme for
# 2019-2022"): the period it covers, not when it was adopted.
_PLAN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:plan|programme|program|budget|calendar|"
                         r"agenda|strategy)\b", re.I)
# A year that starts an instrument's name ("the 1998 fisheries treaty")
_NAMES_INSTRUMENT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:treaty|treaties|agreements?|accords?|"
                               r"pacts?|deals?|protocols?|memorand\w+|MoUs?|conventions?|"
                               r"charters?|loans?|credits?)\b", re.I)
# "for the third and fourth quarters of 1987", "for 2024": a period an instrument covers
_FOR_PERIOD = re.compile(r"\bfor\s+(?:(?:both|the|first|second|third|fourth|last|next|and|of|"
                         r"quarters?|half|halves|years?|period|fiscal|calendar|months?|"
                         r"season)\s+)*$", re.I)
# A day set for what is still to come ("the signing is scheduled for March 15"): not a period
_SCHEDULED_FOR = re.compile(r"\b(?:scheduled|slated|set|planned|fixed|pencil?led in)\s+for\s+$",
                            re.I)
# Verbs of a later stage done to an instrument that exists ("suspended a 2022 defence
# agreement", "extended a 2019 accord", "replaces the Agreement of 1999"): the year in
# its name is when it was made, not when this happened to it.
_LATER_STAGE = re.compile(r"\b(?:suspend(?:ed|s|ing)?|revok(?:ed|es|ing)|revoke|scrap(?:ped|s|ping)?|"
                          r"terminat(?:ed|es|ing|e)|withdr[ae]w(?:s|ing)?\s+from|pull(?:ed|s|ing)?\s+out\s+of|"
                          r"quit(?:s|ting)?|abandon(?:ed|s|ing)?|renew(?:ed|s|ing)?|extend(?:ed|s|ing)?|"
                          r"prolong(?:ed|s|ing)?|replac(?:ed|es|ing|e)|supersed(?:ed|es|ing|e)|"
                          r"revis(?:ed|es|ing|e)|amend(?:ed|s|ing)?|breach(?:ed|es|ing)?|"
                          r"violat(?:ed|es|ing|e)|denounc(?:ed|es|ing|e)|tore\s+up|tear(?:s|ing)?\s+up|"
                          r"dissolv(?:ed|es|ing|e)|reject(?:ed|s|ing)?|repudiat(?:ed|es|ing|e))\b(?:\s+[\w-]+){0,4}\s*$", re.I)
# A deadline: "before September", "by the end of March", "no later than June"
_DEADLINE_BEFORE = re.compile(r"\b(?:before|by|until|till|no\s+later\s+than)\s+(?:the\s+(?:end|"
                              r"start|beginning|middle)\s+of\s+)?$", re.I)
# "ahead of the 1997 handover", "before the 2008 election": a year naming another event that
# came after the stage (with its determiner: "the", so not a bare deadline "before 1990").
_BEFORE_EVENT_WORDS = (r"\b(?:ahead\s+of|before|prior\s+to|in\s+the\s+run-?up\s+to|"
                       r"on\s+the\s+eve\s+of)\s+(?:the|a|an|its|their|his|her)\s+")
_BEFORE_ANOTHER_EVENT = re.compile(_BEFORE_EVENT_WORDS + r"$", re.I)
# ... and one dated by its own year: "ahead of the 1997 handover"
_BEFORE_DATED_EVENT = re.compile(_BEFORE_EVENT_WORDS + r"(?:1[89]|20)\d\d\s+[a-z]", re.I)
_PAST_STAGES = (Status.PROPOSED, Status.PLANNED, Status.NEGOTIATING)
# stages that end an instrument or deny it: a sitting of its body does not undo them
_ENDINGS = (Status.SUSPENDED, Status.TERMINATED, Status.REJECTED)
# A time clause after a comma ("..., two years after they signed", "..., before Ghana
# ratified"): the clause of its own verb, whose date is its own
_TIME_CLAUSE_BEFORE = re.compile(r",\s+(?:[\w-]+\s+){0,3}?(?:after|before|when|once)\s+(?=[^,;:]*$)",
                                 re.I)
# The instrument as what talks are about: a verb after it has the talks as its subject.
_TALKS_ABOUT = re.compile(r"\b(?:talks|negotiations|discussions|consultations|dialogue)\b[^.;:]{0,80}?"
                          r"\b(?:on|over|about|for|towards?)\s+(?:(?:a|an|the|its|their)\s+)?$", re.I)
_ENDED_STAGES = (Status.SUSPENDED, Status.TERMINATED, Status.REJECTED)
# The instrument's own verb saying that it holds now, as the news of the day ("the 1999 treaty
# remains in force, the ministry said", "the ceasefire agreement is still being applied"):
# dated on or before the report's day, unlike a state of things told in passing ("violated
# the treaty", "the pact, which expires in 2026")
_PRESENT_STATE_TOLD = re.compile(
    r"\s*(?:,[^,;]{1,60},\s*)?(?:remains?|stays?|continues? to be|(?:is|are)(?: still| now|"
    r" currently| fully)?)\s+(?:still\s+|now\s+|currently\s+|fully\s+)?(?:in (?:force|effect|"
    r"place)|valid|binding|operational|being (?:implemented|applied|enforced))\b", re.I)
# The instrument's own verb told in the present or present perfect right after it ("the 1999
# treaty remains in force", "... is still being applied", "... has been ratified by both
# parliaments"): a state that holds on the day of the report, not one of the year in its name
_PRESENT_STATE_AFTER = re.compile(
    r"\s*(?:,[^,;]{1,60},\s*)?(?:(?:is|are|has|have)\b|(?:remains?|stays?|continues?)\b)", re.I)


# An article or possessive before a date that premodifies the phrase right after it ("the
# January 11 EMS accord", "Britain's March 1985 accord")
_NAME_ARTICLE = re.compile(r"(?:\b(?:the|a|an|its|their|this|that)|['’]s)\s+$", re.I)


def _phrase_dates(ctx: DocContext, info: SentenceInfo, phrases: list[Phrase],
                  statuses: list[Status | None], cue_at: list[int]
                  ) -> list[tuple[str | None, bool]]:
    """The date each instrument of the sentence takes from it: first one in its own name
    ("a 1984 agreement") or in its own clause ("signed in 2017"), then the sentence's others,
    never one in another instrument's name or clause ("the 1996 Ganga Water Treaty" does not
    date the shared vision adopted beside it). Each comes with whether the text gives it: a
    sentence that only names dates still to come ("would end on December 20, 1999") tells
    news of the article's day, which it then takes."""
    text = info.sentence.text
    base = info.sentence.start
    exprs = [e for e in map(day_of, info.own_dates()) if is_calendar(e.value)
             or re.fullmatch(r"\d{4}-(?:W\d\d|Q[1-4])", e.value or "")]
    if not exprs:
        return [(None, False)] * len(phrases)
    names: list[tuple[int, int]] = []
    clauses: list[tuple[int, int]] = []
    # Whether the phrase's own clause tells an earlier stage than the phrase's ("ratified the
    # treaty it signed in 2025"): that clause's date is the earlier stage's, not this one's.
    earlier_stage: list[bool] = []
    for k, p in enumerate(phrases):
        head_at = text.find(p.head, p.start)
        head_end = head_at + len(p.head) if head_at >= 0 else p.end
        of = re.match(r"\s+(?:of|for)\s+(?:\w+\s+){0,2}?(?=\d{4}\b)", text[head_end:p.end + 20])
        # (a year right before the phrase is in its name: "a 2019 trade accord")
        year_before = re.search(r"\b\d{4}\s+$", text[max(0, p.start - 6):p.start])
        name_start = p.start - (len(year_before.group(0)) if year_before else 0)
        # (so is a calendar date between the article and the phrase: "the January 11 EMS
        # accord", "the March 1985 agreement" name it by the day or month it was made)
        name_start = min([name_start] + [e.start - base for e in exprs if e.end - base <= p.start
            and not text[e.end - base:p.start].strip() and _NAME_ARTICLE.search(text, 0, e.start - base)])
        name_end = head_end + (of.end() + 4 if of else 0)
        dated = _NAMED_BY_DATE.search(p.complement)
        if dated:  # ("the Convention on Seafarers' Identity Documents of June 2003")
            name_end = max(name_end, min(p.end, head_end + 1 + dated.end()))
        names.append((name_start, name_end))
        own = _OWN_CLAUSE.match(text, p.end)
        if own:
            nxt = min([q.start for q in phrases[k + 1:] if q.start >= own.end()] + [len(text)])
            stop = re.search(r"[,;:(]|\s+(?:and|but|while)\s", text[own.end():nxt])
            clauses.append((p.end, _own_clause_end(info.parse, own.start(), own.end(),
                                                   own.end() + stop.start() if stop else nxt)))
            told = status_before(text[own.start():own.end()])
            stage = statuses[k]
            # (a state of things keeps the date its clause gives: "violating the accord
            # signed in 1990", "already has an arrangement with Fiji signed in 2022")
            # An older instrument named in a clause about something else ("will reschedule
            # the loan it granted in 2010", "agreed to extend the accord they signed in
            # 1983", "met to discuss the pact signed in 2016"): the clause's date is the
            # clause's past stage, not the plan, talks or agreement of the main clause.
            earlier_stage.append(bool(told and stage and stage != Status.IN_FORCE and (
                told[0].rank < stage.rank or (
                    stage in _LATER_ACTS_ON_OLDER and told[0] in _PAST_STAGES_TOLD))))
        else:
            clauses.append((p.end, p.end))
            earlier_stage.append(False)
    # The second year of a period ("from 1981 to 1985") is its own expression: found here by
    # where it stands, not by its value (a 1985 loan beside it is a date).
    pair_ends = {id(b) for a in exprs if a.range and len(a.range[1]) < 10 for b in exprs
                 if b is not a and b.value == a.range[1] and 0 < b.start - a.end <= 12}

    def inside(e: TimeExpression, span: tuple[int, int]) -> bool:
        return span[0] <= e.start - base < span[1]

    published = ctx.published or ""
    out: list[tuple[str | None, bool]] = []
    for i in range(len(phrases)):
        status = statuses[i]
        mine = [e for e in exprs if inside(e, names[i]) or inside(e, clauses[i])]
        others = [e for e in exprs if e not in mine and any(
            inside(e, names[k]) or inside(e, clauses[k]) for k in range(len(phrases)) if k != i)]
        later = bool(_LATER_STAGE.search(
            text[max(0, names[i][0] - 60):names[i][0]]))
        chosen, ahead = None, False
        # ("signed a trade pact on Tuesday, two years after they signed a security pact in
        # 2022": a date after the phrase inside the time clause the phrase stands in is that
        # clause's verb's, before the main clause's day)
        sub = _TIME_CLAUSE_BEFORE.search(text, 0, phrases[i].start)
        if sub and not re.search(r"[,;:]", text[sub.end():phrases[i].start]):
            stop = re.search(r"[,;:]|\s(?:and|but|while)\s", text[phrases[i].end:])
            end = phrases[i].end + (stop.start() if stop else len(text))
            local = [e for e in exprs if e not in mine and e not in others
                     and inside(e, (phrases[i].end, end))]
            mine = [*mine, *local]
        mine = [*mine, *_dates_of_object_relative(info, phrases[i], statuses[i],
                                                  [e for e in exprs if e not in mine])]
        rest = [e for e in exprs if e not in mine and e not in others]
        # ("Japan said on Friday it had signed the accord last year", "moved on Thursday,
        # though it abandoned that agreement two years ago": a date of the past verb the
        # instrument hangs from is its stage's, before one of a verb above it)
        governed = _dates_of_own_past_verb(info, phrases[i], rest)
        if status is None and _made_before_by_modifier(phrases[i]):
            # "expressed satisfaction at the recent rescheduling of the debt during a meeting
            # here yesterday", "welcomed the recent accord at a meeting on Tuesday": an
            # instrument no verb of the sentence makes, whose own adjective says it was made
            # before, is told in passing; a time outside its own words and clause is another
            # act's (the remark's, the meeting's), not a stage of its making
            governed, rest = [], []
        for e in [*mine, *governed, *(e for e in rest if e not in governed)]:
            rel = e.start - base
            if later and inside(e, names[i]):
                continue  # "suspended a 2022 defence agreement": made in 2022, not suspended
            if status is not None and status.rank > Status.SIGNED.rank and inside(e, names[i]) \
                    and any(not inside(x, names[i]) and x.start - base >= names[i][1]
                            and (x.value or "")[:4].isdigit()
                            and (x.value or "")[:10] <= (ctx.published or "9999")[:10]
                            for x in exprs if x not in others):
                continue  # "the 1965 fisheries agreement was terminated in January": the year
                # in its name is when it was made; the date after it is this later stage's
            if status is not None and status.rank > Status.SIGNED.rank and inside(e, names[i]) \
                    and _PRESENT_STATE_AFTER.match(text, phrases[i].end):
                continue  # "the 1999 border treaty remains in force": made in 1999, in force
                # now (news of the day)
            if status in _ENDED_STAGES and inside(e, names[i]):
                continue  # "the 2015 truce was abandoned", "its 1975 treaty is no longer
                # valid": the year in its name is when it was made, never when it ended
            if later and inside(e, clauses[i]) and status in _ENDED_STAGES:
                continue  # "terminated an agreement, reached in 1992": when it was made
            if earlier_stage[i] and inside(e, clauses[i]):
                continue  # "ratified the treaty it signed with Albania in 2025"
            if status in _ONE_TIME_STAGES and not inside(e, names[i]) and re.search(
                    r"\bsince\s+$", text[max(0, rel - 8):rel], re.I):
                continue  # "agreed to revive the joint commission, which has not met since
                # 2017": a since-date starts a state of things, never a one-time stage
            if id(e) in pair_ends or (e.range and len(e.range[1]) < 10):
                continue  # a period ("for 2025-2027") is not when it happened
            if len(e.value or "") == 4 and _PLAN_AFTER.match(text, rel + len(e.text)):
                continue  # "the 2024 Cooperation Plan": the year it is for
            if e not in mine and len(e.value or "") == 4 and re.search(
                    r"\b(?:the|a|an|its|their|this|that)\s+$", text[max(0, rel - 8):rel], re.I) \
                    and _NAMES_INSTRUMENT.match(text, rel + len(e.text)):
                continue  # "the 1998 fisheries treaty": another's, even one not read as a phrase
            if status not in _PAST_STAGES and _BEFORE_ANOTHER_EVENT.search(
                    text[max(0, rel - 40):rel]) and not _NAMES_INSTRUMENT.match(
                    text, rel + len(e.text)):
                continue  # "a deal agreed ahead of the 1997 handover": the year of another
                # event the stage came before, not when it was made
            if _FOR_PERIOD.search(text[max(0, rel - 60):rel]) and not _SCHEDULED_FOR.search(
                    text[max(0, rel - 40):rel]):
                continue  # "for the third and fourth quarters of 1987" (but "is scheduled for
                # March 15" is the day of the stage still to come)
            value = e.range[1] if e.range else (e.value or "")
            if inside(e, names[i]) and published and value[:4].isdigit() and "X" not in value \
                    and not re.search(r"\d{4}", e.text) and value[:10] > published[:10]:
                # "will meet to review their February 22 Paris pact": a day without its year in
                # the instrument's name is when it was made, the last one gone by, whatever
                # the tense of the clause it stands in
                value = str(int(value[:4]) - 1) + value[4:]
            if status not in _PAST_STAGES and published and "X" not in value \
                    and value[:4] >= published[:4] and value[:len(published[:len(value)])] \
                    >= published[:len(value)] and tense_at(ctx.document.text, e.start, e.end) \
                    == FUTURE:
                ahead = True
                continue  # "agreed to set up a commission, which will meet before the end
                # of the year": the date of what is still to come
            if status == Status.NEGOTIATING and published and value[:4].isdigit() \
                    and value[:len(published)] > published[:len(value)]:
                # "difficult to get the agreement needed ahead of a summit on December 6"
                # (filed in October): talks are held now; a day still to come is a deadline
                ahead = True
                continue
            if status in _PAST_STAGES and _DEADLINE_BEFORE.search(text[max(0, rel - 40):rel]):
                if status == Status.NEGOTIATING:
                    continue  # "reaching an agreement before September appears unlikely":
                    # a deadline of the talks, not when they were held
                if e.relative and published and value[:4].isdigit() \
                        and value < published[:len(value)] and value[5:] != "02-29":
                    # "hope to sign before September" (filed in March): a deadline is ahead;
                    # a bare month read as the last one gone by is the next one
                    value = str(int(value[:4]) + 1) + value[4:]
            if e not in mine and _date_of_another_clause(
                    info, phrases[i], rel, rel + len(e.text), cue_at[i],
                    tuple((x.start - base, x.end - base) for x in exprs if x is not e)):
                continue  # "a pact with Malaysia, which has a dispute that escalated in June"
            week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
            if week:  # "last week": the month the week lies in (its Thursday's, across two)
                try:
                    value = date.fromisocalendar(int(week[1]), int(week[2]), 4).isoformat()[:7]
                except ValueError:
                    continue
            if re.fullmatch(r"\d{4}-Q[1-4]", value):
                value = value[:4]  # "in the first quarter": the year is what a stage keeps
            chosen = value
            if inside(e, names[i]) and not earlier_stage[i] and not later:
                # "the 1987 accord signed in January": the year of its name and the month of
                # its own clause are one date, told as precisely as the clause tells it
                finer = [x.value for x in exprs if x is not e and inside(x, clauses[i])
                         and not x.range and id(x) not in pair_ends and x.value
                         and x.value.startswith(value) and len(x.value) > len(value)
                         and x.value[:10] <= (published or "9999")[:10]]
                chosen = finer[0] if finer else value
            break
        out.append((chosen, True) if chosen else (ctx.event_date if ahead else None, False))
    return out


def _own_clause_end(parse: Parse | None, start: int, verb_end: int, end: int) -> int:
    """Where an instrument's own clause ends: at `end`, or sooner where the parse ends the
    clause of its verb, when that verb hangs from a noun (a reduced or full relative clause):
    in "A loan signed in Tokyo in December was followed in February with a World Bank loan"
    the clause is "signed in Tokyo in December"; "in February" is the main verb's, the date of
    the loan that followed."""
    if parse is None:
        return end
    verb = next((i for i, t in enumerate(parse.tokens) if start <= t.start and t.end <= verb_end
                 and t.tag in ("VBN", "VBD") and t.dep in ("acl", "relcl")), None)
    if verb is None:
        return end
    return max(verb_end, min(end, parse.subtree_span(verb)[1]))


def _made_before_by_modifier(p: Phrase) -> bool:
    """Whether the instrument's own modifiers say it was made before the time told ("the
    recent accord", "the previous pact"): `_EXISTING` or a stage adjective
    (`status_of_modifiers`). (A stage participle the cue reads, "the recently signed accord",
    or "the existing accord", read as in force, already has a status and is not asked.)"""
    return bool(p.modifiers) and not p.vague and (
        bool(_EXISTING.search(p.modifiers)) or status_of_modifiers(p.modifiers) is not None)


def _object_relative(info: SentenceInfo, p: Phrase) -> tuple[int | None, Status | None]:
    """The verb of the instrument's object relative clause (`object_relative_verb`) and the
    stage it tells, when the clause's subject is one who acts for a state: a person the
    sentence names, an office, a government or state word, a state or organization of states
    the gazetteer knows, or a pronoun ("the accord that Prime Minister X signed", "the deal
    that Johnson's government reached", "the accord his government recently signed"). A firm
    or a name nothing marks as official ("a contract Los Andes signed last year with a Korean
    battery maker") tells no stage of a state's instrument."""
    parse = info.parse
    text = info.sentence.text
    found = object_relative_verb(parse, text.find(p.head, p.start))
    if parse is None or found is None:
        return None, None
    verb, subject = found
    a, b = parse.subtree_span(subject)
    base = info.sentence.start
    words = text[a:b]
    official = parse.tokens[subject].tag == "PRP" or any(
        m.start < base + b and base + a < m.end for m in info.people) or bool(
        _OFFICIAL_SUBJECT.search(words) or _offices().search(words)) or any(
        g.form in ("name", "alias", "demonym", "capital", "igo") for g in gazetteer().find(words))
    if not official:
        return None, None
    return verb, object_relative_stage(parse, verb, text)


_OFFICIAL_SUBJECT = re.compile(r"\b(?:governments?|countries|states|nations|sides|parties|"
                               r"administration|cabinet|ministry|ministries|officials)\b", re.I)


@cache
def _offices() -> re.Pattern[str]:
    """The office words of data/titles.json (heads and role nouns), as whole words."""
    raw = load_json("titles.json")
    words = sorted({w for w in [*raw["heads"], *raw["role_nouns"]]}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.I)


def _verb_at_or_above(parse: Parse, k: int) -> int | None:
    """The nearest verb (or modal) at or above token k: the clause k belongs to."""
    toks = parse.tokens
    return next((j for j in [k, *parse.ancestors(k)]
                 if toks[j].tag.startswith("VB") or toks[j].tag == "MD"), None)


def _dates_under_verb(info: SentenceInfo, parse: Parse, exprs: list[TimeExpression],
                      verb: int) -> list[TimeExpression]:
    """Those of the dates whose clause, by the parse, is the one of the verb at token `verb`."""
    base = info.sentence.start
    return [e for e in exprs
            if (d := parse.token_at(e.start - base, e.end - base)) is not None
            and _verb_at_or_above(parse, d) == verb]


def _dates_of_object_relative(info: SentenceInfo, p: Phrase, status: Status | None,
                              exprs: list[TimeExpression]) -> list[TimeExpression]:
    """Those of the dates that hang from the verb of the instrument's object relative clause
    ("the Brexit deal that Prime Minister Boris Johnson agreed with the EU last autumn":
    `object_relative_verb`), when that clause tells the very stage the instrument takes: the
    clause's own time, before any other of the sentence ("made the comment Tuesday"). Empty
    without a parse or such a clause (a shorter subject is `_OWN_CLAUSE`'s)."""
    parse = info.parse
    verb, stage = _object_relative(info, p)
    if parse is None or verb is None or status is None or stage != status:
        return []
    return _dates_under_verb(info, parse, exprs, verb)


def _dates_of_own_past_verb(info: SentenceInfo, p: Phrase, exprs: list[TimeExpression]
                            ) -> list[TimeExpression]:
    """Those of the dates that hang from the verb the instrument hangs from (the nearest verb
    above its head word), when that verb is told in the past ("it had signed a pact last
    year", "abandoned that agreement two years ago"); empty without a parse."""
    parse = info.parse
    i = _instrument_token(info.sentence.text, p, parse) if parse is not None else None
    if parse is None or i is None:
        return []
    toks = parse.tokens
    own = _verb_at_or_above(parse, i)
    if own is None or _tense_of(parse, own) != "past":
        return []
    # (the instrument is the verb's object, not inside its subject: "announced the conclusion
    # of talks on a trade pact, years after talks were launched in 2007", parsed with the
    # conclusion as the subject of "launched", is no pact launched in 2007)
    path = [i, *parse.ancestors(i)]
    if any(toks[k].dep.startswith("nsubj") for k in path[:path.index(own)]):
        return []
    return _dates_under_verb(info, parse, exprs, own)


def _dated_in_own_clause(info: SentenceInfo, p: Phrase, value: str, direct: bool = False) -> bool:
    """Whether a date of that value stands in the instrument's own words or clause: in its
    phrase ("the 1985 accord"), with the verb the instrument hangs from ("violated the pact
    in March"), in a clause on the instrument ("under a memorandum it signed last year"), or
    with no verb at all. True without a parse. With `direct`, the verb the instrument hangs
    from must act on it, not on another noun it only qualifies ("by Wednesday, the dollar
    climbed to ... above its levels the Friday before the G-6 accord": the time of a market's
    move, not of the accord; round-28 audit)."""
    parse = info.parse
    i = _instrument_token(info.sentence.text, p, parse) if parse is not None else None
    if parse is None or i is None:
        return True
    base = info.sentence.start
    own = _verb_at_or_above(parse, i)
    if direct and own is not None and _through_another_noun(parse, i, own):
        own = None
    for e in map(day_of, info.own_dates()):
        if e.value and p.start - 12 <= e.start - base < p.end and (
                value.startswith(e.value[:4]) or not re.search(r"\d{4}", e.text)):
            return True  # (in its name: "their February 22 pact", its year the one gone by)
        if not e.value or not value.startswith(e.value[:4]):
            continue
        d = parse.token_at(e.start - base, e.end - base)
        v = _verb_at_or_above(parse, d) if d is not None else None
        # (or in a clause on the instrument: "under a memorandum it signed last year")
        if v is None or v == own or i in parse.ancestors(v):
            return True
    return False


@cache
def _landmark_prepositions() -> frozenset[str]:
    return frozenset(load_json("status.json")["landmark_prepositions"])


def _through_another_noun(parse: Parse, i: int, verb: int) -> bool:
    """Whether the instrument at token i hangs from the verb only as a landmark of time, the
    object of a preposition of time ("the dollar climbed by Wednesday ... before the accord",
    "has not risen since the Paris Agreement"), or through two other nouns or more ("climbed
    to ... above its levels of the day of the accord"): the verb acts on something else. One
    noun between is still the instrument's ("violated the terms of the pact")
    (data/status.json: landmark_prepositions)."""
    toks = parse.tokens
    path = []
    for j in parse.ancestors(i):
        if j == verb:
            break
        path.append(j)
    else:
        return False
    landmarks = _landmark_prepositions()
    return any(toks[j].dep == "prep" and toks[j].text.lower() in landmarks for j in path) or sum(
        1 for j in path if toks[j].tag.startswith("NN") or toks[j].tag in ("PRP", "CD")) >= 2


def _tense_of(parse: Parse, k: int) -> str:
    """A verb's tense from its tag and its auxiliaries: "future" with a modal ("will sign"),
    "past" (signed, was signed, has signed), "present" (plan, enters, is expected)."""
    toks = parse.tokens
    children = [t for j, t in enumerate(toks) if j != k and t.head == k]
    if any(t.tag == "MD" for t in children):
        return "future"
    if toks[k].tag == "VBD" or any(t.tag == "VBD" for t in children):
        return "past"
    if toks[k].tag == "VBN" and (any(t.text.lower() in ("has", "have", "had") for t in children)
                                 or not any(t.tag in ("VBZ", "VBP") for t in children)):
        return "past"  # ("has signed", "has been postponed", "signed": past; "is expected":
        # present)
    return "present"


def _instrument_token(sentence: str, p: Phrase, parse: Parse) -> int | None:
    """The parse's token of the instrument: its head word, or for one member of a set told by
    one head ("agreements covering scientific and cultural exchanges": the member phrases
    begin after it) the nearest head word before the member."""
    i = head_token(sentence, p, parse)
    if i is None and p.head:
        at = sentence.rfind(p.head, 0, p.start)
        i = parse.token_at(at, at + len(p.head)) if at >= 0 else None
    return i


# Subordinators that place their clause's event before or after the time of the verb they
# modify (not "when", "as", "during": at the same time)
_APART_IN_TIME = frozenset({"after", "before", "until", "till"})


def _date_of_another_clause(info: SentenceInfo, p: Phrase, start: int, end: int,
                            cue: int = -1, others: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether a date of the sentence (at [start, end) in it) belongs to a clause that does not
    tell the instrument's stage: the date's clause (the nearest verb above it) neither contains
    the instrument nor hangs off it through clauses only. A clause beside it ("would lend
    crude under a loan agreement and ship it back in repayment in May"), one of another
    noun ("a pact with Malaysia, which has a dispute that escalated in June") or of
    another event ("wants a treaty before he leaves office in 1990") dates that, not the
    instrument. False without a parse, or when the date's token or clause is not found."""
    parse = info.parse
    if parse is None:
        return False
    i = _instrument_token(info.sentence.text, p, parse)
    d = parse.token_at(start, end)
    if i is None or d is None:
        return False
    toks = parse.tokens

    def up(k: int) -> list[int]:  # k and its heads, to the root
        return [k, *parse.ancestors(k)]

    def verb(k: int) -> bool:
        return toks[k].tag.startswith("VB") or toks[k].tag == "MD"

    holds = set(up(i))  # the clauses the instrument stands in

    def _opens_an_act(k: int) -> bool:
        # what a preposition of time takes: an act ("after renewing the accord") or the
        # instrument itself ("before the accord"), not a span ("broke down after eight days
        # when they failed to reach agreement": the days are the talks' own)
        return k == i or verb(k)
    v = next((k for k in up(d) if verb(k)), None)
    if v is None:
        return False
    if v in holds:
        path = up(i)
        # The instrument stands in a time clause of the date's verb ("expects to sell 900,000
        # tonnes this year after renewing its supply agreement", "left on Monday after the
        # accord was signed"): "after"/"before"/"until" place that stage apart from the
        # verb's time, so the verb's date is not the stage's.
        between = set(path[1:path.index(v)])
        # (the subordinator opens the clause the instrument is in, so it stands before it: in
        # "the conclusion of talks on a free trade agreement, 19 years after talks were
        # launched in 2007", parsed with "conclusion" the subject of "launched", it does not)
        # (only when that verb's act is not told as past: "expects to sell ... this year
        # after renewing" dates a sale still to come; "speaking yesterday before the debt
        # agreement, said" is a past day the news-of-the-day stage may share)
        if any(t.text.lower() in _APART_IN_TIME and t.start < toks[i].start and (
                (j in between and t.dep == "prep" and _opens_an_act(path[path.index(j) - 1]))
                or (t.head in between and t.dep == "mark")) for j, t in enumerate(toks)):
            # (the tense asked only then: the finite verb above the date's, or its modal)
            finite = next((k for k in up(v) if toks[k].tag in ("VBD", "VBZ", "VBP", "MD")
                           or any(t.head == k and t.tag == "MD" for t in toks)), v)
            if _tense_of(parse, finite) != "past":
                return True
        # The date's verb is above the instrument, but across a conjunct: "signed a fisheries
        # pact last week and will sign a customs protocol in July" (the protocol's verb is a
        # conj of "signed"). A date after that first verb and before the conjunct is the first
        # verb's alone when the conjunct is told in another tense or has a date of its own;
        # one before the first verb ("On Monday, they signed X and agreed Y"), one shared by
        # verbs of one tense ("held talks on Monday and said a treaty was being
        # negotiated"), or one of the verb that tells the stage ("were exchanged on 7 June,
        # and the treaty enters into force 30 days after") stays the instrument's.
        c = next((k for k in path[:path.index(v)] if verb(k) and toks[k].dep == "conj"
                  and toks[k].head == v), None)
        if c is None:
            return False
        begins = min(toks[j].start for j in range(len(toks)) if c in up(j))  # its "will"
        if not toks[v].start < toks[d].start < begins or 0 <= cue < begins:
            return False
        dated = any(parse.token_at(a, b) is not None and c in up(parse.token_at(a, b) or 0)
                    for a, b in others)
        return dated or _tense_of(parse, v) != _tense_of(parse, c)
    chain = up(v)
    nested = False  # whether the date's clause hangs off another clause on the way
    for n, k in enumerate(chain[1:], 1):
        c = chain[n - 1]
        if k in holds:
            if not verb(k):
                # A clause on the instrument's words is its own ("an arrangement with the
                # IMF, which its board approved in April"), unless it hangs off a clause of
                # another noun there ("a pact with Malaysia, which has a dispute that
                # escalated in June"), or its subject is another thing of the instrument's
                # ("the 1980 cocoa pact, whose buffer stock ran out of money in 1983,
                # expired last September": when the stock ran out, not the pact's stage)
                return nested or any(
                    t.head == c and t.dep.startswith("nsubj")
                    and t.text.lower() not in cues().own_parts
                    and any(w.head == j and w.tag == "WP$" for w in toks)
                    for j, t in enumerate(toks))
            # One on another noun of the instrument's clause tells something else ("Kohl,
            # who wants a treaty before he leaves office in 1990, said ..."), and so does
            # one beside it (a conj or advcl of its verb), unless its subject is the
            # instrument again ("..., but it would become effective from April 1").
            subjects = {t.text.lower() for t in toks if t.head == c and t.dep.startswith("nsubj")}
            if not verb(c) and toks[c].dep.startswith("nsubj") and p.start > toks[k].start:
                # a clause on the subject of the instrument's clause dates that subject: "its
                # Bill, published on Wednesday, is designed to undo part of the Protocol" (the
                # instrument in the predicate, after the verb: one inside the subject's words
                # may be the clause's own, attached wrongly)
                return True
            return nested or (toks[c].dep in ("conj", "advcl")
                              and not subjects & {"it", "they", "which", "that"})
        if verb(k) and toks[c].dep != "xcomp":
            nested = True
    return False


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


# The object of a preposition ("in connection with a bilateral agreement", "under the accord"),
# whose noun phrase a time right after it ends; and what may stand between the two
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|under|of|to|from|on|by|since|through|following|after|in|at|for|about|over|"
    r"behind|against)\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_LENT = re.compile(r"(?:loan|credit|bond|facilit)", re.I)
_BEFORE_TIME = re.compile(r"\s+(?:(?:in|during)\s+)?")


def _time_right_after(ctx: DocContext, info: SentenceInfo, p: Phrase) -> str | None:
    """A past time that ends the instrument's noun phrase, with no verb to take it, when the
    phrase is a preposition's object ("the loan is tied to a bilateral agreement between Peru
    and Chile earlier this year": agreed in that year); not after a verb's object ("he
    criticised the agreement last year": the time is the verb's)."""
    text = info.sentence.text
    base = info.sentence.start
    if _LENT.match(p.head) or p.kind == Kind.CONTRACT \
            or not _AFTER_PREPOSITION.search(text, max(0, p.start - 60), p.start):
        return None  # (a sum lent is drawn, repaid, raised: "repayment of the loan in 1979")
    published = ctx.published or ""
    for e in map(day_of, info.own_dates()):
        rel = e.start - base
        value = e.value or ""
        if rel < p.end or not _BEFORE_TIME.fullmatch(text, p.end, rel):
            continue
        if e.range or not is_calendar(value) or "X" in value or not published \
                or value[:10] > published[:len(value[:10])] or (
                    value[:10] == published[:len(value[:10])]
                    and tense_at(ctx.document.text, e.start, e.end) == FUTURE):
            return None  # (a time still to come: "a deal later this year")
        return value
    return None


def _date_in_name(p: Phrase, after: bool = True) -> str | None:
    """The date the instrument's name gives it, when it was made: a year before its noun ("the
    1973 European Patent Convention") or a date after it ("the Convention on ... of June 2003":
    2003-06)."""
    year = _YEAR_FIRST.match(p.modifiers)
    if year:
        return year.group(1)
    named = _NAMED_BY_DATE.search(p.complement) if after else None
    if named is None:
        return None
    if named.group(1) is None:
        return named.group(0)[-4:]
    told = [e.value for e in find(named.group(0)[2:].strip()) if is_calendar(e.value)]
    return told[0] if told and "X" not in (told[0] or "") else None


def _dated_or_aged(p: Phrase, published: str | None, after: bool = True) -> Status | None:
    """The stage of an instrument whose year or age stands before its noun, with no verb to
    tell it: one with an age exists, in force ("its six-month-old output pact"); one of a past
    year was made then, agreed (signed, for a treaty or protocol: "the 1973 European Patent
    Convention"). A year still to come ("the 2030 agenda") tells a plan, not a stage: None."""
    if _AGE.search(p.modifiers):
        return Status.IN_FORCE
    made = _date_in_name(p, after)
    if made is None or (published and made[:4] > published[:4]):
        return None
    # Any formal instrument dated by a past year was concluded then: "a 1985 accord",
    # "a 1985 World Bank loan" are signed, as the gold sets and the audits read them
    return Status.SIGNED if p.kind not in _YEAR_AGREED_KINDS else Status.AGREED


def _governing_verb_topics(info: SentenceInfo, p: Phrase) -> list[str]:
    """Topics of the verb the instrument depends on, as its object or through a preposition
    ("rescheduled in a 1985 accord": finance); [] without a parse or such a verb."""
    parse = info.parse
    if parse is None:
        return []
    i = head_token(info.sentence.text, p, parse)
    if i is None:
        return []
    t = parse.tokens[i]
    v = parse.tokens[t.head].head if t.dep == "pobj" else t.head if t.dep in (
        "dobj", "nsubjpass") else None
    if v is None or not parse.tokens[v].tag.startswith("VB"):
        return []
    return topics_in(parse.tokens[v].text)


# "an agreement between the two countries": a pair the text says is two states, even when both
# map to one code (Scotland and England) or the names stand in another sentence; the stage read
# from the main verb holds for it as for two named parties
_BETWEEN_A_PAIR = re.compile(r"between (?:the|both) (?:two )?(?:countries|nations|states|"
                             r"governments|neighbou?rs|kingdoms)\b", re.I)
# "the first loans made to India in 1986": a reduced relative that names who received the
# instrument says which one it is, as a complement would (not "loans made to farmers": the
# recipient must be a capitalized name)
_GIVEN_TO_STATE = re.compile(r",?\s+(?:made|granted|extended|given|provided|approved|disbursed) "
                             r"(?:to|for) (?:the )?[A-Z]")

_MAIN_VERB_PRESENT = {"VBZ", "VBP"}
_CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "conj"}
_UNREAL_MARKS = {"if", "unless", "until", "before", "once", "whether", "lest", "till"}
# Verbs that say what the instrument would be, not what it does ("an agreement seems unlikely",
# "the deal was equity linked")
_MAIN_VERB_LINKING = {"is", "are", "was", "were", "be", "been", "seems", "seem", "seemed", "appears",
            "appear", "appeared", "looks", "look", "looked", "remains", "remain", "remained",
            "becomes", "become", "became"}


def _organization_own_text(info: SentenceInfo, p: Phrase, countries: list[str]) -> bool:
    """Does a communique or declaration name, before its head, the one organization that is its
    only party ("The Asean communique noted ...", "an OPEC statement said ...")? Such a text is
    the organization's own, issued by it alone: its words say whose it is, as two parties in
    its clause or a name do (a pact or loan an organization makes has another side)."""
    if p.kind != Kind.DECLARATION or len(countries) != 1 or not countries[0].startswith("IGO:"):
        return False
    head_at = info.sentence.text.find(p.head, p.start)
    return any(x.form == "igo" and x.code == countries[0] and p.start <= x.start and x.end <= head_at
               for x in info.places)


def _main_argument_stage(info: SentenceInfo, p: Phrase) -> Status | None:
    """The stage of an instrument the sentence is about when no verb tells it: the subject of
    the sentence's main verb ("The green lane arrangement between A and B allows travel ...",
    "The Asean communique noted ..."). A verb in the present (or present perfect) tells an
    instrument at work, in force (passive: agreed); one in the past, one agreed. None when the
    instrument is not the main verb's subject (as its object - "welcomed the road deal", "sees
    new accord" - it is often one still to come, or one told better elsewhere), when the verb
    only links it to a quality ("seems unlikely"), is a modal or future one, or in a headline
    (its parse is unreliable)."""
    parse = info.parse
    if parse is None:
        return None
    text = info.sentence.text
    i = head_token(text, p, parse)
    if i is None:
        return None
    t = parse.tokens[i]
    if t.dep not in ("nsubj", "nsubjpass") or text.isupper() or info.sentence.role == "headline":
        return None
    v = t.head
    verb = parse.tokens[v]
    if not verb.tag.startswith("VB") or verb.text.lower() in _MAIN_VERB_LINKING:
        return None
    aux = [c for c in parse.tokens if c.head == v and c.dep in ("aux", "auxpass")]
    if verb.dep != "ROOT":
        # The subject of a clause of its own in the past tells what the instrument did, so
        # that it was made: "in 1551, when an agreement between the two countries prompted
        # the building of a dike". Not a condition or a time still to come ("if a deal
        # opened markets", "before an accord ended ..."), nor any other tense.
        marks = {c.text.lower() for c in parse.tokens if c.head == v and c.dep == "mark"}
        if verb.dep not in _CLAUSE_DEPS or verb.tag != "VBD" or aux or t.dep != "nsubj" \
                or marks & _UNREAL_MARKS:
            return None
    if any(a.tag == "MD" or a.text.lower() in ("to",) for a in aux) or verb.tag in ("VB", "VBG"):
        return None
    tags = {verb.tag, *(a.tag for a in aux)}
    if verb.tag in _MAIN_VERB_PRESENT or (verb.tag == "VBN" and tags & _MAIN_VERB_PRESENT):
        return Status.IN_FORCE if t.dep == "nsubj" else Status.AGREED
    if verb.tag == "VBD" or (verb.tag == "VBN" and "VBD" in tags):
        return Status.AGREED
    return None

