"""Agreement status, round-26 audit (agstatus15), on sentences of our own: an instrument that
"went into effect", "has gone / come / entered into force", "has taken effect" right after it
(or in its own relative clause, or coordinated with its own earlier stage) is in force; one that
"will go into effect" is agreed, a start still to come. Before this change these verb forms told
no stage at all (only "came / entered into force" and "took effect" were read)."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(str(h["status"]), h.get("date")) for r in recs for h in r["history"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The fisheries agreement between Ghana and Togo went into effect in 2017.",
     [("in_force", "2017")]),
    ("The fisheries agreement between Ghana and Togo, which went into effect in 2017, covers "
     "tuna.", [("in_force", "2017")]),
    ("The road transport treaty between Ghana and Togo went into force on Monday.",
     [("in_force", "2021-04-26")]),
])
def test_went_into_effect_is_in_force(sentence: str, expected: list) -> None:
    assert _history("ACCRA, May 2 - " + sentence) == expected


@pytest.mark.parametrize("verb", ["has gone into effect", "has entered into force",
                                  "has come into force", "has taken effect"])
def test_a_present_perfect_start_is_in_force_as_news_of_the_day(verb: str) -> None:
    assert _history(f"ACCRA, May 2 - The fisheries agreement between Ghana and Togo {verb}, "
                    "officials said.") == [("in_force", "2021-05-02")]


def test_a_coordinated_went_into_effect_keeps_its_own_date() -> None:
    assert _history("ACCRA, May 2 - The border treaty between Ghana and Togo was signed in 2012 "
                    "and went into effect in 2015.") == [("signed", "2012"), ("in_force", "2015")]


def test_a_relative_went_into_force_after_the_signing_is_a_later_stage() -> None:
    assert _history("ACCRA, May 2 - Ghana and Togo signed a customs agreement in 2012, which went "
                    "into force in 2014.") == [("signed", "2012"), ("in_force", "2014")]


def test_will_go_into_effect_is_a_start_still_to_come() -> None:
    assert [s for s, _ in _history("ACCRA, May 2 - The fisheries agreement between Ghana and Togo "
                                   "will go into effect in June.")] == ["agreed"]


def test_entering_into_an_agreement_is_no_start() -> None:
    # "has entered into an agreement": the verb is before the instrument, read as before
    assert "in_force" not in [s for s, _ in _history(
        "ACCRA, May 2 - Ghana has entered into an agreement with Togo on fisheries, officials "
        "said.")]
