"""A gathering's own place and date, from the words of its noun phrase ("the Paris monetary
conference", "the June 12 ministerial meeting"), beat an "in X" or a date of another clause
and the dateline's city. Sentences of our own."""
from __future__ import annotations

import pytest

from accords.pipeline import extract_batch
from accords.records import Document


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [(e.place, e.host_country, e.start) for e in ex.events]


@pytest.mark.parametrize("text,place,host,start", [
    # the place named before the noun, not the dateline's city
    ("BONN, March 10, 1987 - Bonn kept a pledge made at the Paris monetary conference in "
     "February, the finance ministry said.", "Paris", "FRA", "1987-02"),
    # a group's name between the place and the noun
    ("LONDON, March 10, 1987 - Lawson's policy, stated at the end of the Paris Group of Six "
     "meeting last month, was under threat, dealers said.", "Paris", "FRA", "1987-02"),
    # the date inside the noun phrase, not the date of the accord another clause tells of
    ("TOKYO, April 3, 1987 - The April 9 committee meeting in Geneva is expected to review the "
     "agreement reached by six industrial nations in Tokyo last month, officials said.",
     "Geneva", "CHE", "1987-04-09"),
])
def test_noun_phrase_place_and_date(text: str, place: str, host: str, start: str) -> None:
    assert (place, host, start) in _events(text)


def test_place_inside_another_name_is_no_venue() -> None:
    # "Georgetown University": a university, not the Guyanese capital
    text = ("WASHINGTON, March 6, 1987 - Finance ministers of Japan and Britain told a "
            "Georgetown University conference on financial markets that rules must converge.")
    assert all(host != "GUY" for _, host, _ in _events(text))


def test_season_in_the_name_is_no_date() -> None:
    # "1987/88": the crop year the talks are about; "on Monday" dates them
    text = ("TOKYO, April 27, 1987 - Japan and the United States held the 1987/88 price talks "
            "on Monday, officials said.")
    assert [start for _, _, start in _events(text)] == ["1987-04-27"]
