"""A bare reference anywhere in its sentence whose own past participle dates its stage ("veto
any bid to cut the levy secured by the premier in 1979") keeps that dated stage, read on the
parse; with no date under its participle it adds nothing. Sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _history(text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return sorted(((h["status"], h["date"]) for r in
                   consolidate(ex.agreements, ex.events, ex.people).agreements
                   for h in r.to_dict()["history"]), key=str)


def test_a_reference_in_object_position_keeps_the_date_of_its_own_participle() -> None:
    hist = _history("Norway's fisheries accord with Iceland is not up for renegotiation, the "
                    "Norwegian minister said. He said Oslo would resist any attempt to weaken "
                    "the accord signed by the late prime minister in 1979.")
    assert ("signed", "1979") in hist


def test_the_antecedents_own_head_word_is_a_reference_too() -> None:
    hist = _history("Norway's EU rebate is not up for discussion, the Norwegian minister said. "
                    "He said Oslo would resist any attempt to cut the rebate secured by the "
                    "late prime minister in 1979.")
    assert ("agreed", "1979") in hist


def test_a_reference_with_an_undated_participle_adds_no_stage() -> None:
    hist = _history("Norway's fisheries accord with Iceland is not up for renegotiation, the "
                    "Norwegian minister said. He said Oslo would resist any attempt to weaken "
                    "the accord signed by the late prime minister.")
    assert all(date is None for _, date in hist)


def test_the_dated_announcement_of_an_agreement_dates_its_agreed_stage() -> None:
    # "the announcement of" names the act of making it known, as "announced" does
    hist = _history("The first cargo ship follows the June 4 announcement of a fisheries "
                    "agreement between Chile and Peru.", published="2031-06-20")
    assert hist == [("agreed", "2031-06-04")]


def test_an_announcement_still_to_come_is_planned() -> None:
    hist = _history("The announcement of a fisheries agreement between Chile and Peru is "
                    "scheduled for next week.", published="2031-06-20")
    assert [status for status, _ in hist] == ["planned"]


def test_a_stage_read_before_the_reference_takes_no_date_of_its_participle() -> None:
    # "abide by" tells the accord is in force now; "reached in 1979" dates another stage
    hist = _history("Norway's fisheries accord with Iceland is not up for renegotiation, the "
                    "Norwegian minister said. He urged Iceland to abide by the accord reached "
                    "in 1979 governing catches of cod.")
    assert ("in_force", "1979") not in hist
