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
from accords.records import AgreementMention

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
             and not any((gaz.lookup.get(part) or gaz.lookup.get(part.rstrip(".")) or ("", ""))[1]
                         in _PARTY_FORMS for part in w.split("-") if part)]
    return " ".join(w.lower() for w in words)


_PARTY_FORMS = ("name", "alias", "demonym", "igo")


_NEW = re.compile(r"\b(?:new|fresh|next|latest|future|proposed|draft|planned|revised|"
                  r"successor)\b[^,;]{0,30}$", re.I)
_OLD = re.compile(r"\b(?:current|existing|old|previous|earlier|former|last|expiring|original|"
                  r"(?:1[89]|20)\d\d)\b[^,;]{0,30}$", re.I)


def instrument_age(m: AgreementMention, own_name: bool = True) -> str | None:
    """"new" for "the new deal", "old" for "the current (expiring, 1985) accord", else None:
    words before the name that tell an instrument from its predecessor. `own_name`: the
    title is the mention's own (not one it took from the instrument it refers to)."""
    before = m.source.quote[:m.at_in_quote][-40:] + " " + (m.name or "")
    if _NEW.search(before) or (own_name and re.search(r"\bnew\b", instrument_name(m.title),
                                                      re.I)):
        return "new"
    if _OLD.search(before):
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
