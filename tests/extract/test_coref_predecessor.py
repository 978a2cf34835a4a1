"""A new instrument and the one it replaces, told by a bare reference ("the current
agreement"), are two items (GUIDE: each instrument mentioned, background too); the age word
of a long name counts ("a new bilateral fisheries agreement"). Sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.extract.coref import corefer
from accords.naming import instrument_age
from accords.pipeline import extract_batch
from accords.records import Actor, AgreementMention, Document, Source
from accords.vocab import Kind, Status

_HEAD = "Ghana and Togo review ties\nACCRA, March 7, 2023 (GNA) - "


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _m(quote: str, name: str, sentence: int, countries: tuple[str, ...] = ("GHA", "TGO"),
       topics: tuple[str, ...] = ("fisheries",), missing: tuple[str, ...] = (),
       status: Status = Status.FINALIZED, title: str = "") -> AgreementMention:
    start = sentence * 1000
    return AgreementMention(
        document="d1", kind=Kind.AGREEMENT, title=title or name.capitalize(),
        topics=list(topics), countries=list(countries),
        parties=[Actor(c, c, "state") for c in countries], status=status,
        source=Source("d1", quote, start, start + len(quote)), sentence=sentence,
        at=start + quote.find(name), name=name, missing=missing)


def test_an_age_word_before_a_long_name() -> None:
    new = _m("The leaders welcomed a new bilateral fisheries agreement.", "fisheries agreement", 1)
    old = _m("They said the current bilateral fisheries agreement expires in May.",
             "fisheries agreement", 2)
    assert instrument_age(new) == "new"
    assert instrument_age(old) == "old"
    # another phrase between the word and the name: no age of this instrument
    talks = _m("The latest round of talks on the fisheries agreement ended.",
               "fisheries agreement", 1)
    assert instrument_age(talks) is None


def test_the_current_agreement_is_the_new_one_s_predecessor() -> None:
    new = _m("The leaders welcomed a new bilateral fisheries agreement.", "fisheries agreement", 1,
             title="Fisheries agreement between Ghana and Togo")
    old = _m("The current agreement, concluded in 1995, expires in June.", "agreement", 2,
             countries=("GHA",), topics=("other",), missing=("topic", "parties"))
    out = corefer([new, old], kept=lambda m: not m.missing)
    assert len(out) == 2
    pred = next(m for m in out if m.sentence == 2)
    assert pred.title != out[0].title or pred.sentence != out[0].sentence
    assert sorted(pred.countries) == ["GHA", "TGO"]
    assert pred.topics == ["fisheries"]


def test_the_predecessor_keeps_its_own_other_rules() -> None:
    # a rule the successor does not speak for (no stage) still drops it
    new = _m("The leaders welcomed a new bilateral fisheries agreement.", "fisheries agreement", 1)
    old = _m("The current agreement was discussed.", "agreement", 2, topics=("other",),
             missing=("topic", "status"))
    out = corefer([new, old], kept=lambda m: not m.missing)
    assert [m.sentence for m in out] == [1]


def test_another_state_s_old_agreement_is_not_the_predecessor() -> None:
    new = _m("The leaders welcomed a new bilateral fisheries agreement.", "fisheries agreement", 1)
    old = _m("Benin's current agreement with Niger expires in June.", "agreement", 2,
             countries=("BEN", "NER"), topics=("other",), missing=("topic",))
    out = corefer([new, old], kept=lambda m: not m.missing)
    assert [m.sentence for m in out] == [1]


def test_an_article_with_a_new_deal_and_the_one_it_replaces() -> None:
    recs = _records("Ghana and Togo held talks in Lome on Monday and welcomed a new bilateral "
                    "fisheries agreement, initialled last month. The current agreement, "
                    "concluded in 1995, expires in June.")
    stages = sorted([h["status"], h["date"]] for r in recs for h in r["history"])
    assert ["finalized", "1995"] in stages
    assert len([r for r in recs if sorted(r["countries"]) == ["GHA", "TGO"]]) == 2


def test_two_references_to_one_predecessor_are_one_instrument() -> None:
    new = _m("Delegates hope to adopt a new international cocoa agreement.", "cocoa agreement", 1,
             countries=("GHA", "CIV"), topics=("agriculture",))
    by_year = _m("Ghana said the 1993 agreement had served its purpose.", "1993 agreement", 2,
                 countries=("GHA",), topics=("other",), missing=("topic",),
                 status=Status.IN_FORCE)
    current = _m("Importers said the current agreement had worked well.", "agreement", 3,
                 countries=(), topics=("other",), missing=("topic", "state"),
                 status=Status.IN_FORCE)
    out = corefer([new, by_year, current], kept=lambda m: not m.missing)
    assert len(out) == 3
    assert out[1].title == out[2].title and out[1].title != out[0].title
