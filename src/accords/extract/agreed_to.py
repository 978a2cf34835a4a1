"""The agreed stage told by an agreeing verb with an infinitive and no instrument noun.

"OPEC agreed last December to limit production to 15.8 mln bpd", "Opec and its allies agreed
on Thursday to cut their oil output": the sentence names no instrument, but in an article that
tells of one its subject is a party to (the OPEC pact, the oil deal) it tells that instrument's
agreed stage, dated by the agreeing verb's own time ("last December", "on Thursday"); a time
of the infinitive's clause ("to cut output from May") is the content's, not the stage's.

Read on the parse: the verb ("agreed", data/status.json "agreed_to") is finite or perfect, not
under a modal nor denied, in a main or reported clause, with an infinitive complement ("to"
and a base verb) and a subject naming a state or an organization; the instrument is the
article's nearest one (by sentence) whose parties include a state or organization of that
subject, and not one the article dates before the agreeing time (a pact of 2015 is not what
was agreed last week). Without an own time the sentence tells nothing here: the news of the day
already dates the article's instruments."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.annotate.dates import day_of, is_calendar
from accords.annotate.gazetteer import Place, gazetteer
from accords.annotate.syntax import Parse
from accords.data import load_json
from accords.extract.quotes import quote_for
from accords.records import Actor, AgreementMention, Source
from accords.vocab import Status

# stages an agreement told later does not reopen
_CLOSED = (Status.TERMINATED, Status.SUSPENDED, Status.REJECTED)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# clauses an agreeing verb tells its fact in: the main clause, one coordinated with it, one
# reported ("said OPEC agreed ...")
_CLAUSES = ("ROOT", "conj", "ccomp")


@cache
def _verbs() -> re.Pattern[str]:
    return re.compile(rf"^(?:{load_json('status.json')['agreed_to']['verbs']})$", re.I)



def _agreeing_verb(parse: Parse) -> tuple[int, int, int] | None:
    """The agreeing verb with an infinitive complement: its token, its subject's and the
    infinitive's."""
    toks = parse.tokens
    for i, t in enumerate(toks):
        if not _verbs().match(t.text) or t.tag not in ("VBD", "VBZ", "VBP", "VBN") \
                or t.dep not in _CLAUSES:
            continue
        kids = parse.children(i)
        if any(toks[k].tag == "MD" or toks[k].dep == "neg" for k in kids):
            continue  # "would agree", "did not agree"
        if t.tag == "VBN" and not any(toks[k].text.lower() in ("has", "have", "had")
                                      for k in kids):
            continue
        # (the parser reads "agreed on Thursday to close" as an adverbial clause: with an
        # agreeing verb it is the same complement)
        comp = next((k for k in kids if toks[k].dep in ("xcomp", "advcl") and toks[k].tag == "VB"
                     and any(toks[a].tag == "TO" for a in parse.children(k))), None)
        if comp is None:
            continue
        subject = next((k for k in kids if toks[k].dep == "nsubj"), None)
        if subject is None and t.dep == "conj":  # "met on Monday and agreed to ..."
            subject = next((k for k in parse.children(t.head) if toks[k].dep == "nsubj"), None)
        if subject is not None:
            return i, subject, comp
    return None


def _content(parse: Parse, comp: int) -> set[str]:
    """The stems (five first letters) of the common nouns, adjectives and verbs of what was
    agreed ("to reintroduce fixed prices": reint, fixed, price)."""
    return {t.text.lower()[:5] for j, t in enumerate(parse.tokens)
            if parse.in_subtree(j, comp) and len(t.text) >= 4
            and t.tag in ("NN", "NNS", "JJ", "VB", "VBG", "VBN")}


def _stems(title: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", title)}


def _own_time(info: SentenceInfo, parse: Parse, verb: int) -> str | None:
    """The calendar date of a time expression whose clause is the agreeing verb's own."""
    base = info.sentence.start
    for e in info.own_dates():
        d = parse.token_at(e.start - base, e.end - base)
        if d is None or e.range:
            continue
        clause = next((j for j in [d, *parse.ancestors(d)]
                       if parse.tokens[j].tag.startswith("VB") or parse.tokens[j].tag == "MD"),
                      None)
        value = day_of(e).value
        if clause == verb and value and is_calendar(value):
            return value
    return None


# a place told as where the subject is ("ministers meeting in Vienna"), not who it is
_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


def _with_subject_sides(m: AgreementMention, named: list[Place]) -> list[Actor]:
    """The instrument's sides and every state or organization the agreeing verb's subject
    names that it lacks: "Opec and its allies led by Russia agreed on Thursday to cut their
    output" tells that OPEC is a side of the oil deal the article gave Russia and Saudi Arabia
    (one side in common is what made it that deal)."""
    have = _sides_of(m)
    gaz = gazetteer()
    out = list(m.parties)
    for p in named:
        if p.code and p.code not in have:
            have.add(p.code)
            out.append(Actor(gaz.name(p.code), p.code, "international_organization"
                             if p.code.startswith("IGO:") else "state"))
    return out


def _sides_of(m: AgreementMention) -> set[str]:
    return {a.country for a in m.parties if a.country} | set(m.countries)


def agreed_to_stages(ctx: DocContext, out: list[AgreementMention]) -> list[AgreementMention]:
    """The agreed stages the article's agreeing clauses without an instrument noun tell of
    its instruments (one mention each, quoting the agreeing sentence)."""
    told = {m.sentence for m in out}
    added: list[AgreementMention] = []
    for info in ctx.sentences:
        parse = info.parse
        if not info.candidate or parse is None or info.sentence.index in told:
            continue
        found = _agreeing_verb(parse)
        if found is None:
            continue
        verb, subject, comp = found
        when = _own_time(info, parse, verb)
        if when is None or (ctx.published and when[:10] > ctx.published):
            continue
        lo, hi = parse.subtree_span(subject)
        named = [p for p in info.places if p.code and lo <= p.start and p.end <= hi
                 and p.form in ("name", "alias", "igo", "demonym")
                 # (not a venue inside the subject: "ministers meeting in Vienna")
                 and not _VENUE_BEFORE.search(info.sentence.text[:p.start])]
        sides = {p.code for p in named if p.code}
        if not sides:
            continue
        # (an instrument of two sides or more: one side's own measure, "Brazil's moratorium",
        # is not what it agreed with others)
        theirs = [m for m in out if not m.vague and not m.future and not m.missing
                  and m.status not in _CLOSED and len(_sides_of(m)) >= 2 and sides & _sides_of(m)]
        if not theirs:
            continue
        k = info.sentence.index
        content = _content(parse, comp)
        # the instrument that shares most words with what was agreed ("to reintroduce fixed
        # prices": the price and output pact, not a discounts deal), then most of the sides,
        # then the nearest
        m = min(theirs, key=lambda x: (-len(content & _stems(x.title)), -len(sides & _sides_of(x)),
                                       abs(x.sentence - k), x.sentence > k))
        if len({x.title for x in theirs}) > 1 and not content & _stems(m.title):
            continue  # several instruments of these sides, none told by what was agreed
        same = [x for x in out if x.title == m.title]
        if any(x.explicit_date and x.date and "X" not in x.date
               and x.date[:len(when)] < when[:len(x.date)] for x in same) or any(
                y < when[:4] for x in same for y in _YEAR.findall(f"{x.name} {x.title}")):
            continue  # the instrument the article dates before ("the 2015 pact"): not what was
            # agreed then
        if any(x.status.rank < Status.AGREED.rank and (
                not x.date or "X" in x.date or x.date[:len(when)] > when[:len(x.date)])
               for x in same):
            continue  # still sought or talked about after that time, or at a time unknown
            # ("Brazil should seek an understanding with the IMF", "will discuss their customs
            # union agreement"): not what was agreed then
        # (the quote: the subject to the infinitive's clause, in a long sentence)
        start, end = quote_for(ctx, info, lo, parse.subtree_span(verb)[1])
        text = ctx.document.text[start:end]
        if not text.strip():
            continue
        # (the subject's sides are the instrument's: every mention coreference named alike
        # takes them, or the one instrument would stand as two of different sides)
        parties = _with_subject_sides(m, named)
        countries = sorted(set(m.countries) | {a.country for a in parties if a.country})
        if len(parties) > len(m.parties):
            for i, x in enumerate(out):
                if x.title == m.title:
                    more = _with_subject_sides(x, named)
                    out[i] = replace(x, parties=more, countries=sorted(
                        set(x.countries) | {a.country for a in more if a.country}))
        added.append(replace(
            m, status=Status.AGREED, parties=parties, countries=countries, date=when,
            date_precision="day" if len(when) == 10 else ("month" if len(when) == 7 else "year"),
            explicit_date=True, future=False, headline=info.sentence.role == "headline",
            source=Source(ctx.document.id, text, start, end), sentence=k, at=start,
            signatories=[], valid_period=None, missing=(), score=None, part=False))
        told.add(k)
    return added
