""""May" and "March" are verbs too (and "May" a name), so they were read as the month only after
a few words ("in", "since", "by", "last", ...). Other words that take a month ("the end of
March", "from March to June", "during May", "That March, ...") now make them the month as
well, unless a name's "'s" or a capitalised word follows, or, after "that", anything but
punctuation (branch evdate9). Sentences are invented."""
from __future__ import annotations

import pytest

from accords.annotate.dates import find

PUBLISHED = "2026-06-10"


def _months(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in find(text, PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("That March, the two foreign ministers met in Vilnius.", ("March", "2026-03")),
    ("That May, the envoys of Peru and Chile held talks in Lima.", ("May", "2026-05")),
    ("The envoys held talks at the end of March in Quito.", ("March", "2026-03")),
    ("The ministers met three times during May.", ("May", "2026-05")),
    ("Talks ran from March until the summer.", ("March", "2026-03")),
    ("Before March the two delegations had not met.", ("March", "2026-03")),
])
def test_may_and_march_after_a_word_that_takes_a_month(text, expected) -> None:
    assert expected in _months(text)


@pytest.mark.parametrize("text", [
    "Analysts said that May would resign before the vote.",
    "Shares of May Department Stores rose two percent.",
    "A buyer took over the debts of May's bakery chain.",
    "The workers will march on May Street.",
    "The payment falls due on May one under the contract.",
    "He said that Jan Kowalski met them.",
])
def test_a_name_a_verb_or_a_day_in_words_is_no_month(text) -> None:
    assert not [e for e in find(text, PUBLISHED) if e.text in ("May", "March", "Jan")]


def test_that_july_still_a_month() -> None:
    assert ("July", "2025-07") in _months("That July, delegates of forty states met at the inn.")
