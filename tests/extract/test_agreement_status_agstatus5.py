"""Agreement status, round-20 audit classes (agstatus5), each on sentences of our own:
- a stage denied in the past only up to a time was reached then: "the charter wasn't ratified
  until 1961", "was not signed until March", "did not ratify the pact until 2001"; a denial
  up to a condition or still to come ("will not be signed until parliament approves it") stays
  one;
- a denial written "didn't" / "hasn’t" (a contraction, straight or curly apostrophe) denies the
  stage as "did not" / "has not" does;
- talks or negotiations that "will / would / are expected to begin" on an instrument have not
  begun: planned, not negotiating (an instrument that starts is not talks that start)."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.extract.instruments import find_phrases
from accords.extract.negation import negation, undenied
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2022-09-14")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _history(text: str) -> list[tuple[str, str | None]]:
    return [(h["status"], h.get("date")) for r in _records(text) for h in r["history"]]


@pytest.mark.parametrize(("text", "stage"), [
    ("OSLO, Sept 14 - The Nordic fisheries agreement between Norway and Iceland wasn't ratified "
     "until 1961, officials recalled.", ("ratified", "1961")),
    ("OSLO, Sept 14 - The Nordic fisheries agreement between Norway and Iceland wasn’t ratified "
     "until 1961.", ("ratified", "1961")),
    ("OSLO, Sept 14 - Norway did not ratify the fisheries agreement with Iceland until 1961, "
     "officials recalled.", ("ratified", "1961")),
])
def test_a_past_denial_up_to_a_time_tells_the_stage_then(text: str, stage: tuple) -> None:
    assert _history(text) == [stage]


def test_a_past_denial_up_to_a_day_is_no_denial() -> None:
    text = ("OSLO, Sept 14 - The fishing rights treaty between Norway and Iceland was not "
            "signed until March, diplomats said.")
    assert [s for s, _ in _history(text)] == ["signed"]


@pytest.mark.parametrize("text", [
    # a denial up to a condition still to come
    "OSLO, Sept 14 - The fisheries agreement between Norway and Iceland will not be signed until "
    "parliament approves it.",
    # a denial with no time
    "OSLO, Sept 14 - The fisheries agreement between Norway and Iceland was not ratified by the "
    "Althing, officials said.",
])
def test_a_denial_up_to_a_condition_or_with_no_time_stays_one(text: str) -> None:
    assert "ratified" not in [s for s, _ in _history(text)]
    assert "signed" not in [s for s, _ in _history(text)]


def test_reached_then_is_told_apart_from_not_yet() -> None:
    text = "The Nordic fisheries agreement wasn't ratified until 1961."
    (p,) = [p for p in find_phrases(text) if "agreement" in p.head]
    assert negation(text, p, -1) == "reached_then"
    text = "The Nordic fisheries agreement wasn't ratified by Iceland."
    (p,) = [p for p in find_phrases(text) if "agreement" in p.head]
    assert negation(text, p, -1) == "not_yet"
    assert undenied(" wasn’t ratified until 1961") == " was ratified until 1961"


@pytest.mark.parametrize("text", [
    "OSLO, Sept 14 - Norway didn't sign the fisheries agreement with Iceland, officials said.",
    "OSLO, Sept 14 - Norway didn’t sign the fisheries agreement with Iceland, officials said.",
])
def test_a_contracted_denial_denies_the_stage(text: str) -> None:
    assert "signed" not in [s for s, _ in _history(text)]


@pytest.mark.parametrize("text", [
    "OSLO, Sept 14 - The minister said he hoped negotiations would begin in the next few weeks "
    "on a fisheries agreement between Norway and Iceland.",
    "OSLO, Sept 14 - Officials said talks were expected to start in October on a new "
    "fisheries agreement between Norway and Iceland.",
])
def test_talks_still_to_begin_are_planned(text: str) -> None:
    assert [s for s, _ in _history(text)] == ["planned"]


@pytest.mark.parametrize("text", [
    # talks that began (already under way)
    "OSLO, Sept 14 - Negotiations began last week on a fisheries agreement between Norway and "
    "Iceland, officials said.",
    "OSLO, Sept 14 - Norway and Iceland are holding talks on a fisheries agreement that would "
    "start in October, officials said.",
])
def test_talks_under_way_stay_negotiating(text: str) -> None:
    assert [s for s, _ in _history(text)] == ["negotiating"]
