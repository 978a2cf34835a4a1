"""Features of a candidate mention: what the rules found (and failed to find), cues of negation
and modality, the actors, and the words around it. Names, not positions, so a model stays
readable: `agreement_features(...)["missing=status"] == 1.0`."""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.context import DocContext, SentenceInfo
from accords.data import load_json
from accords.naming import proper_key, specific_words
from accords.records import AgreementMention, EventMention

Features = dict[str, float]

@cache
def _cue_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Named cue classes (negation, modality, company, sport ...) from data/decision_cues.json."""
    table = load_json("decision_cues.json")["cues"]
    return tuple((name, re.compile(rf"\b(?:{pattern})\b", re.I)) for name, pattern in table.items())


def _cues(text: str, prefix: str) -> Features:
    return {f"{prefix}{name}": 1.0 for name, p in _cue_patterns() if p.search(text)}


def _bucket(n: int, edges: tuple[int, ...] = (0, 1, 2, 4, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _context(ctx: DocContext, info: SentenceInfo) -> Features:
    text = info.sentence.text
    f: Features = {"bias": 1.0}
    f[f"sent_pos={_bucket(info.sentence.index)}"] = 1.0
    f[f"role={info.sentence.role}"] = 1.0
    f[f"doc_states={_bucket(len(ctx.pair), (0, 1, 2, 3))}"] = 1.0
    states = {p.code for p in info.places if p.code and not p.code.startswith("IGO:")}
    igos = {p.code for p in info.places if p.code.startswith("IGO:")}
    f[f"sent_states={_bucket(len(states), (0, 1, 2, 3))}"] = 1.0
    if igos:
        f["sent_igo"] = 1.0
    if info.people:
        f["sent_person"] = 1.0
    f.update(_cues(text, "cue="))
    return f


def agreement_features(ctx: DocContext, m: AgreementMention) -> Features:
    info = ctx.sentences[m.sentence]
    f = _context(ctx, info)
    for rule in m.missing:
        f[f"missing={rule}"] = 1.0
    if not m.missing:
        f["rules_accept"] = 1.0
    f[f"kind={m.kind.value}"] = 1.0
    if "status" not in m.missing:
        f[f"status={m.status.value}"] = 1.0
    for t in m.topics:
        f[f"topic={t}"] = 1.0
    f[f"countries={_bucket(len(m.countries), (1, 2, 3))}"] = 1.0
    for p in m.parties:
        f[f"party={p.type}"] = 1.0
    if m.vague:
        f["vague"] = 1.0
    if m.explicit_date:
        f["dated"] = 1.0
    if m.signatories:
        f["signatories"] = 1.0
    if re.search(r"\b[A-Z][a-z]+", m.title.split(" between ")[0][1:]):
        f["named"] = 1.0  # a capitalized word inside the name: "the Louvre accord"
    head = m.title.split(" between ")[0].split()[-1].lower() if m.title else ""
    f[f"head={head}"] = 1.0
    before = info.sentence.text[:max(0, m.at - info.sentence.start)]
    f.update(_cues(before[-80:], "before="))  # the clause leading to it: its subject and verb
    if re.search(r"<[A-Z][A-Z0-9.]*>|\b(?:Inc|Corp|Co|Ltd|plc|PLC|LLC|AG|SA|NV)\b",
                 info.sentence.text):
        f["company_name"] = 1.0
    f.update(_cues(m.name, "name_cue="))  # "a plea deal", "a film deal" in the name itself
    if proper_key(m.name):
        f["proper_name"] = 1.0
    if not specific_words(m.title):
        f["bare"] = 1.0
    # Which words surround it is left to the sentence embedding: word features memorize the
    # few hundred training articles (the names of their countries and companies).
    return f


_OFFICE = re.compile(r"\b(?:minister|president|premier|chancellor|king|queen|prince|emir|sheikh|"
                     r"sultan|secretary|ambassador|envoy|commissioner|senator|governor|"
                     r"counterpart|foreign|vice|deputy|head)\b", re.I)


def event_features(ctx: DocContext, m: EventMention) -> Features:
    info = ctx.sentences[m.sentence]
    f = _context(ctx, info)
    f[f"ekind={m.kind.value}"] = 1.0
    f[f"estatus={m.status.value}"] = 1.0
    for rule in m.missing:
        f[f"emissing={rule}"] = 1.0
    if not m.missing:
        f["rules_accept"] = 1.0
    # Office-holders of different states (or with an organization) make a diplomatic event; a
    # coach, a singer or two ministers of one government do not.
    officials = [p for p in m.participants if _OFFICE.search(p.role or "")]
    f[f"officials={_bucket(len(officials), (0, 1, 2))}"] = 1.0
    official_states = {p.country for p in officials if p.country}
    f[f"official_states={_bucket(len(official_states), (0, 1, 2))}"] = 1.0
    if _OFFICE.search(info.sentence.text):
        f["office_word"] = 1.0
    if m.group:
        # "the OPEC conference", "EC farm ministers' meeting": a gathering the text names
        named = not m.title.startswith(f"{m.kind.value.title()} of ")
        f["named_gathering" if named else "unnamed_gathering"] = 1.0
        if named and re.search(r"\b[A-Z][\w-]*[A-Z0-9]\b|\b[A-Z][a-z]+\b", m.title[1:]):
            f["proper_in_name"] = 1.0
    if info.own_dates():
        f["own_date"] = 1.0
    if m.group:
        f["group"] = 1.0
    f[f"participants={_bucket(len(m.participants), (0, 1, 2, 3))}"] = 1.0
    countries = {p.country for p in m.participants if p.country}
    countries |= {c for c in (m.host_country, m.visiting_country) if c}
    f[f"ecountries={_bucket(len(countries), (0, 1, 2))}"] = 1.0
    if any(p.role for p in m.participants):
        f["role"] = 1.0
    if m.place:
        f["place"] = 1.0
    if m.start:
        f["dated"] = 1.0
    if m.host_country and m.visiting_country and m.host_country != m.visiting_country:
        f["two_sides"] = 1.0
    return f
