"""What an instrument's title says about which instrument it is.

A title is rendered as "<modifiers> <head> <complement> between <parties>". Three views of it
decide identity, within an article (extract/coref.py) and across articles
(consolidate/agreements.py):
- `specific_words`: the name without the kind of instrument, amounts, function words and the
  parties' names ("Nuclear deal" -> "nuclear"; "Deal between the US and China" -> "");
- `proper_key`: the capitalized words of the name that are not a party or a kind of instrument
  ("the Louvre accord" -> "louvre"): a name that identifies one instrument across articles
  and years, whoever the article says took part.
"""
from __future__ import annotations

import re
from functools import cache

from accords.annotate.gazetteer import gazetteer
from accords.records import Actor, AgreementMention
from accords.vocab import Status

_FUNCTION = re.compile(r"\b(?:the|a|an|of|on|for|in|between|and|to|with|its|their|two|by|at|"
                       r"countries|cooperation|s)\b", re.I)
_GENERIC = re.compile(
    r"\b(?:accords?|deals?|pacts?|agreements?|treat(?:y|ies)|loans?|credits?|contracts?|"
    r"protocols?|memorand(?:um|ums|a)|mous?|understandings?|arrangements?|packages?|"
    r"conventions?|charters?|declarations?|communiqu[eé]s?|statements?|plans?|programm?e?s?|"
    r"road ?maps?|frameworks?|initiatives?|joint|working|groups?|commissions?|committees?|"
    r"councils?|mechanisms?|forums?|dialogues?|intergovernmental|bilateral|new|first|"
    r"recent|current|latest|this|that|last|year|month|week|mln|billion|bln|dlrs?|dlr|"
    r"landmark|historic|key|major|important|milestone|crucial|ambitious|controversial|"
    r"so-called|long-awaited|ground-?breaking|breakthrough|much-anticipated|meaningful|good|"
    r"bad|fair|better|best|worse|worst|possible|potential|eventual|elusive|kind|type|sort|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"\d[\d.,]*)\b", re.I)
_CAPITALIZED = re.compile(r"(?<![\w'’.])[A-Z][\w.'’-]*")


def instrument_name(title: str) -> str:
    """The title without its parties ("... between A and B")."""
    return title.split(" between ")[0]


@cache
def _without_places(text: str) -> str:
    text = re.sub(r"(?<=[\w.])-(?=\w)", " ", text)  # "U.S.-Japanese": two names
    for place in reversed(gazetteer().find(text)):
        if place.form in _PARTY_FORMS:
            text = text[:place.start] + " " + text[place.end:]
    return text


@cache
def specific_words(title: str) -> str:
    text = _without_places(instrument_name(title)).lower()
    text = re.sub(r"[^\w\s'-]", " ", text)
    return " ".join(_GENERIC.sub(" ", _FUNCTION.sub(" ", text)).split())


def name_words(title: str) -> set[str]:
    """The specific words of an instrument's name, hyphens split ("post-Brexit trade deal"
    and "Brexit trade deal" share both words)."""
    return set(specific_words(title).replace("-", " ").split())


@cache
def proper_key(written: str) -> str:
    """Capitalized words of a name as the article writes it ("the Louvre accord", "Kyoto
    protocol", "International Sugar Agreement"), minus the states and organizations that are
    its parties and the kinds of instrument: "" for most names. A city stays: it names the
    accord ("Paris accord"), where a country names a party ("the U.S.-Japanese pact")."""
    if not written or written.isupper():
        return ""  # a headline in capitals says nothing by its capitals
    gaz = gazetteer()
    text = written
    for place in reversed(gaz.find(written)):
        if place.form in _PARTY_FORMS:
            text = text[:place.start] + " " + text[place.end:]
    words = [w for w in _CAPITALIZED.findall(text)
             if not _GENERIC.fullmatch(w) and not _FUNCTION.fullmatch(w)
             and not _CURRENCY_UNIT.fullmatch(w)
             and not any((gaz.lookup.get(part) or gaz.lookup.get(part.rstrip(".")) or ("", ""))[1]
                         in _PARTY_FORMS for part in w.split("-") if part)]
    return " ".join(w.lower() for w in words)


_PARTY_FORMS = ("name", "alias", "demonym", "igo")
# The units of currency an amount is written in ("a 50 mln Swiss franc credit", "U.S. Dollar
# loans"), none of them also a common verb or noun ("won", "marks", "pounds" are): one list for
# every reader that must tell a state's name in an amount from the state itself
CURRENCY_UNITS = (r"dollars?|dlrs?|francs?|yen|sterling|guilders?|lire|lira|pesos?|yuan|roubles?|"
                  r"rubles?|rupees?|dinars?|riyals?|rials?|kronor|kroner|schillings?|escudos?|"
                  r"pesetas?|drachmas?")
# A currency unit the wire capitalizes ("U.S. Dollar loans", "100 mln Swiss Francs"): an
# amount's unit, no word of a name
_CURRENCY_UNIT = re.compile(rf"(?:{CURRENCY_UNITS})[.,]?", re.I)


_NEW_WORD = (r"\b(?:new|fresh|next|latest|future|proposed|draft|planned|revised|"
             r"successor)\b")
_OLD_WORD = (r"\b(?:current|existing|old|previous|earlier|former|last|expiring|original|"
             r"(?:1[89]|20)\d\d)\b")
_NEW = re.compile(_NEW_WORD + r"[^,;]{0,30}$", re.I)
_OLD = re.compile(_OLD_WORD + r"[^,;]{0,30}$", re.I)
# The age word among the name's own modifiers, however long the name after them ("a new
# bilateral fisheries agreement", "the current international natural rubber pact"): up to
# three words between it and the name, none of them a word of another phrase ("the latest
# round of talks on the agreement" tells no new agreement)
_MODIFIER_GAP = (r"(?:\s+(?!(?:of|on|in|to|for|with|at|by|from|between|under|over|and|or|the|"
                 r"an?|its|their|his|her|this|that)\b)[\w'’-]+){0,3}\s*$")
_NEW_BEFORE = re.compile(_NEW_WORD + _MODIFIER_GAP, re.I)
_OLD_BEFORE = re.compile(_OLD_WORD + _MODIFIER_GAP, re.I)
# An end told after the name, in a participle or relative clause: "the standstill agreement
# expiring on June 30", "the arrangement ending in June", "the pact, which expires in May"
# (not "an agreement ending the war", which needs a time after it; not the headline's finite
# "protocol expires", which is the news, not a predecessor).
_OLD_AFTER = re.compile(r"^\s*,?\s*(?:expiring\b|(?:due\s+to|set\s+to)\s+(?:expire|run\s+out)\b|"
                        r"(?:ending|running\s+out)\s+(?:in|on|at)\b|(?:which|that)\s+(?:expires|"
                        r"ends|runs\s+out|is\s+(?:due|set)\s+to\s+(?:expire|end|run\s+out))\b)",
                        re.I)


def instrument_age(m: AgreementMention, own_name: bool = True) -> str | None:
    """"new" for "the new deal", "old" for "the current (expiring, 1985) accord", else None:
    words before the name that tell an instrument from its predecessor. `own_name`: the
    title is the mention's own (not one it took from the instrument it refers to)."""
    prefix = m.source.quote[:m.at_in_quote][-40:]
    before = prefix + " " + (m.name or "")
    if _NEW.search(before) or _NEW_BEFORE.search(prefix) or (
            own_name and re.search(r"\bnew\b", instrument_name(m.title), re.I)):
        return "new"
    if _OLD.search(before) or _OLD_BEFORE.search(prefix):
        return "old"
    tail = m.source.quote[m.at_in_quote:]
    i = tail.lower().find(m.name.lower()) if m.name else -1
    if 0 <= i <= 12 and _OLD_AFTER.search(tail[i + len(m.name):][:40]):
        return "old"
    return None


_AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:-\s*)?(mln|million|m\b|billion|bln|bn|trillion)", re.I)
_SCALE = {"mln": 1e6, "million": 1e6, "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
          "trillion": 1e12}


def amounts(m: AgreementMention) -> set[float]:
    """The sums written around an instrument ("a 130 mln dlr loan", "$1.2bn deal"): two
    loans of different sums are two loans."""
    at = m.at_in_quote
    window = m.source.quote[max(0, at - 30):at + len(m.name or "") + 60]
    out = set()
    for number, unit in _AMOUNT.findall(window):
        try:
            out.add(round(float(number.replace(",", "")) * _SCALE[unit.lower()], -4))
        except ValueError:
            continue
    return out


# Heads that call one instrument by other words: "the Louvre accord" and "the Louvre agreement"
# are one accord; "the Kyoto protocol" and "the Kyoto agreement" may be two.
_HEAD_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"agreement", "accord", "pact", "deal"}),
    frozenset({"treaty", "convention"}),
)


def head_family(name: str) -> int | None:
    """Which family of synonymous heads a name's last word belongs to, if any."""
    words = re.findall(r"[a-z]+", name.lower())
    if not words:
        return None
    head = re.sub(r"s$", "", words[-1])
    return next((i for i, fam in enumerate(_HEAD_FAMILIES) if head in fam), None)


def named_alike(a: AgreementMention, b: AgreementMention) -> bool:
    """Two mentions of one proper name with no other words of their own and synonymous heads
    ("the Louvre agreement by the Group of Seven" / "the February 22 Louvre accord"): one
    instrument, whatever states or topics each sentence adds. "The Brexit trade deal" and "the
    Brexit withdrawal agreement" say more than their proper name, and differently: two."""
    if a.vague or b.vague:
        return False
    key = proper_key(a.name)
    return (bool(key) and key == proper_key(b.name)
            and name_words(a.name) == name_words(b.name)
            and head_family(a.name) is not None and head_family(a.name) == head_family(b.name))


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|" \
             r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# A date between the determiner and the name ("the February 22 Louvre accord", "their 1996
# treaty") or opening the name ("February pact"): when the instrument was made.
_DATE_BEFORE = re.compile(
    rf"\b(?:the|a|an|its|their|this|that|his|her|our|[A-Z][\w.]*'s)\s+(?P<d>{_MONTH_NAME}"
    rf"(?:\s+\d{{1,2}})?(?:,?\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)\s+$")
_DATE_OPENS = re.compile(rf"^(?P<d>{_MONTH_NAME}(?:\s+\d{{1,2}})?(?:,?\s+(?:1[89]|20)\d\d)?"
                             rf"|(?:1[89]|20)\d\d)\s+\w")


def dated_by_name(m: AgreementMention) -> bool:
    """The mention's date is written in the instrument's name ("the February 22 Louvre accord
    had produced stability"): the day the instrument was made, not the day of the stage its
    sentence tells."""
    if not (m.explicit_date and m.date):
        return False
    before = " ".join(m.source.quote[:m.at_in_quote][-40:].split()) + " "
    found = _DATE_BEFORE.search(before) or _DATE_OPENS.match(
        " ".join((m.name or "").split()))
    if not found:
        return False
    written = found["d"]
    year = re.search(r"(?:1[89]|20)\d\d", written)
    if year and not m.date.startswith(year[0]):
        return False
    month = re.match(r"[A-Za-z]+", written)
    if month:
        number = next((i + 1 for i, mo in enumerate(_MONTHS)
                       if mo.startswith(month[0].lower()[:3])), 0)
        if m.date[5:7] != f"{number:02d}":
            return False
    return True


def rank_at_date(m: AgreementMention) -> int:
    """The stage a mention's date tells, for comparing two dated mentions: a date written in
    the name is the instrument's making (signed at most), whatever later stage the sentence
    tells ("the February 22 accord had produced stability" in June: made in February)."""
    if dated_by_name(m):
        return min(m.status.rank, Status.SIGNED.rank)
    return m.status.rank


# ---- The record's title as shown (never read for identity) ----
# The views above (`specific_words`, `proper_key`, coref and consolidation) read the mentions'
# own titles; `readable_title` only renders the chosen title of a finished record, so a nicer
# title cannot merge or split records.

# "Another defence agreement", "a further swap accord": the article counts instruments of a
# series; the word is its telling, not the instrument's name
_SERIES_OPENER = re.compile(r"^(?:another|a\s+further|yet\s+another)\s+(?=\w)", re.I)
# "extend their defence pact by four years": the length of an extension is not the pact's name
_LENGTH_OF_EXTENSION = re.compile(
    r"\s+(?:by|for)\s+(?:a\s+|an\s+|another\s+|further\s+|\w+\s+)?(?:more\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?)$", re.I)


def readable_title(title: str, parties: list[Actor]) -> str:
    """The record's title without what repeats or tells the article's telling: a side named
    again under another of its names after "with" ("Accord with the IMF between International
    Monetary Fund and Egypt"), sides the name already carries ("Turkey-Libya maritime
    memorandum between Turkey and Libya"), a series word ("Another ...") and an extension's
    length ("... by four years")."""
    name, sep, sides = title.partition(" between ")
    gaz = gazetteer()
    codes = {a.country for a in parties if a.country}
    # (a space a tokenizer left after an abbreviation's point: "U.S. -Japan")
    name = re.sub(r"(?<=\.) -(?=[A-Z])", "-", name)
    if sep:
        # (the sides as written must name it: "arrangement with Malaysia to ease travel between
        # them" has no sides after its "between")
        in_sides = {p.code for p in gaz.find(sides)} & codes
        for place in reversed(gaz.find(name)):
            if place.code not in in_sides or place.form not in _PARTY_FORMS:
                continue
            before = name[:place.start]
            # ("loan of 200 million dollars for Ghana between World Bank and Ghana" too)
            with_ = re.search(r"\s+(?:with|for|to)\s+(?:the\s+)?$", before)
            after = name[place.end:]
            # only "with/for/to <side>" at the end of the name or before its topic ("on a loan")
            if with_ and re.match(r"^(?:$|\s+(?:on|to|for)\b)", after):
                name = before[:with_.start()] + after
        named = {p.code for p in gaz.find(name) if p.form in _PARTY_FORMS}
        stated = [a for a in parties if a.country]
        if len(stated) >= 2 and all(a.country in named for a in stated) and \
                len(stated) == len([a for a in parties if a.country or a.type != "organization"]):
            sep, sides = "", ""  # the name carries every side
    name = _LENGTH_OF_EXTENSION.sub("", name)
    name = _SERIES_OPENER.sub("", name)
    name = name.strip()
    if not name:
        return title
    return name[:1].upper() + name[1:] + sep + sides


# "signed an agreement on Monday to build a railway": a bare head whose purpose the article
# tells after the day or place of the signing (the phrase's parse stops at the adverbial, so
# the mention's title is "Agreement between ..."). The phrase's own words, an optional "with
# <counterpart>", one or two adverbials of time or place, then "to <verb> ..." or "aimed at ...".
_PURPOSE_AFTER_ADVERBIAL = re.compile(
    r"^[\w-]+(?:\s+with\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})?"
    r"(?:,?\s+(?:on|in|at|last|this|earlier\s+this)\s+(?:[A-Z][\w.'-]*|week|month|year)"
    r"(?:\s+\d{1,2})?(?:\s+[A-Z][\w.'-]*)?){1,2},?\s+"
    r"((?:to|aimed\s+at|intended\s+to|designed\s+to)\s+[^,.;:()\"]+)")
# (where the purpose's own words end: a clause of the article's telling)
_PURPOSE_END = re.compile(r"\s+(?:that|which|who|after|as|while|when|amid|following|before|"
                          r"in\s+a|the\s+\w+\s+said|said)\b.*$", re.I)


def purpose_told_after(m: AgreementMention) -> str:
    """'to build a railway linking their capitals' for "an agreement on Monday to build ...";
    "" when the phrase has words of its own or no purpose follows its adverbials."""
    found = _PURPOSE_AFTER_ADVERBIAL.match(m.source.quote[m.at_in_quote:])
    if not found:
        return ""
    purpose = _PURPOSE_END.sub("", found.group(1)).strip()
    words = purpose.split()
    return " ".join(words[:8]) if len(words) >= 2 else ""
