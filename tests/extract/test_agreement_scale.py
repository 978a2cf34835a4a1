"""Records that full runs made of things no state agreed (blind audit round 5), each on a
sentence of our own: the article's two states given to an instrument its sentence never ties
to a state, and the like."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


_TWO_STATES = ("QUITO, May 4 - Ecuador and Peru reopened their border on Monday. Ecuador's "
               "president said Peru and Ecuador would keep testing travellers. ")


def test_an_instrument_in_a_sentence_that_speaks_of_no_state_is_not_the_articles_pair() -> None:
    text = _TWO_STATES + ("I either signed the agreement on health cooperation or I left the "
                          "house the next day, she says.")
    assert not any("health" in r["title"].lower() for r in _records(text, "2021-05-04"))


def test_an_instrument_with_a_word_of_government_is_still_the_pair() -> None:
    text = _TWO_STATES + "Officials also signed an agreement on health cooperation on Monday."
    (rec,) = [r for r in _records(text, "2021-05-04") if "health" in r["title"].lower()]
    assert set(rec["countries"]) == {"ECU", "PER"}
