"""Where a gathering was (evplace): the city the parse hangs on the gathering itself (its noun's
own modifier, an "in/at" phrase on its noun or verb), not the first "in X" of the sentence
(blind audit, round 22: a lab's city given to a Geneva assembly, a White House meeting left
unplaced). Sentences of our own."""
from __future__ import annotations

from accords.pipeline import extract_batch
from accords.records import Document


def _stated(text: str, published: str) -> set[str | None]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return {e.place for e in ex.events if e.place_stated}


def test_the_in_phrase_of_the_gathering_beats_an_earlier_city_of_another_clause() -> None:
    text = ("LONDON, May 4, 2020 - Although the dispute started at a warehouse in the port city "
            "of Mombasa, the trade ministers of Kenya and Uganda will gather on Monday for a "
            "special meeting in Kampala, officials said.")
    stated = _stated(text, "2020-05-04")
    assert "Kampala" in stated
    assert "Mombasa" not in stated


def test_a_seat_of_government_naming_the_meeting_places_it_in_the_capital() -> None:
    text = ("Chancellor Helga Brandt of Germany said during a White House meeting with "
            "President Tom Harris of the United States in June that tariffs would fall.")
    assert "Washington" in _stated(text, "2020-08-01")
