"""A head that names an instrument only when a stage verb acts on it (a partnership, a
framework, a plan, a charter: cues' staged_heads) is read beside an instrument the lexicon
names when the parse keeps the two apart - objects of two verbs ("has yet to ratify the
framework it signed ..., and refused to sign the declaration ...") - and not when one is in
apposition to the other or inside its phrase (the same instrument told again, or a part of it),
nor when one verb takes both. Sentences of our own."""
from __future__ import annotations

from accords.annotate.context import nlp
from accords.annotate.syntax import Parse
from accords.consolidate.run import consolidate
from accords.extract.instruments import find_phrases, staged_phrases
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Ghana and Togo deepen ties\nACCRA, March 7, 2023 (GNA) - "


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _summary(recs: list[dict]) -> list[tuple]:
    return [(r["kind"], r["status"], r["title"], sorted(r["countries"])) for r in recs]


def _staged(sentence: str) -> list[str]:
    parse = Parse.of(nlp()(sentence))
    return [p.head for p in staged_phrases(sentence, parse, find_phrases(sentence))]


def test_a_plan_one_verb_takes_with_a_protocol_is_left_to_the_protocol() -> None:
    # (two conjoined objects of one verb were tried as two instruments: in probes one was
    # named again by another sentence and the other joined another article's record)
    assert _staged("Ghana and Togo signed a border protocol and an annual cooperation "
                   "plan.") == []


def test_a_framework_one_verb_tells_beside_a_declaration_another_verb_tells() -> None:
    recs = _records("Togo has yet to ratify the energy framework it signed with Ghana in 2019, "
                    "and Lome refused to sign the declaration on coastal erosion that the other "
                    "West African states adopted in Dakar in 2021.")
    frameworks = [r for r in recs if "framework" in r["title"].lower()]
    assert [sorted(r["countries"]) for r in frameworks] == [["GHA", "TGO"]], _summary(recs)


def test_a_charter_with_an_instrument_in_apposition_is_not_read_twice() -> None:
    assert _staged("Ghana and Togo signed the Volta Charter, a mutual defence pact, in "
                   "Lome.") == []
    assert _staged("In May, Ghana and Togo signed the Volta Charter, creating a Coastal "
                   "Alliance, a mutual defence pact.") == []


def test_a_plan_whose_own_phrase_holds_the_instrument_is_a_part_of_it() -> None:
    assert _staged("Ghana and Togo signed a plan to implement the trade agreement.") == []


def test_a_framework_inside_an_instruments_phrase_is_no_instrument() -> None:
    assert _staged("Ghana and Togo signed an agreement on a framework for trade.") == []
