"""A serial list of sides the parse cuts at its first comma ("an accord with Britain, China,
France and Germany", "the pact between the U.S., Japan, Britain and France") names every side;
so does a list apposed to a group noun ("with six major powers - Britain, China, ...")
(round-29 audit, agparties26)."""
from __future__ import annotations

from accords.annotate.entities import actor_from_phrase
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_serial_list_after_with_names_every_side() -> None:
    # (on the base: Peru and Norway only, the list cut at its first comma)
    (rec,) = _records("Peru signed a fisheries agreement with Norway, Iceland, Denmark and "
                      "Canada on Tuesday.")
    assert {"NOR", "ISL", "DNK", "CAN"} <= set(rec["countries"])


def test_a_serial_list_after_between_names_every_side() -> None:
    (rec,) = _records("The fisheries pact between Norway and Iceland, Denmark, Sweden and "
                      "Finland was signed on Tuesday.")
    assert {"NOR", "ISL", "DNK", "SWE", "FIN"} <= set(rec["countries"])


def test_the_wire_capital_and_after_an_abbreviation_closes_the_list() -> None:
    (rec,) = _records("Peru signed a trade agreement with Chile, Canada, France, the U.S. And "
                      "West Germany on Tuesday.")
    assert {"PER", "CHL", "CAN", "FRA", "USA", "DEU"} <= set(rec["countries"])


def test_a_list_apposed_to_a_group_noun_after_with() -> None:
    # (on the base: Peru alone, "six major powers" being no name)
    (rec,) = _records("Peru signed a nuclear accord with four major powers - Britain, "
                      "China, France and Russia - on Tuesday.")
    assert {"GBR", "CHN", "FRA", "RUS"} <= set(rec["countries"])


def test_a_name_after_the_comma_that_opens_a_clause_is_no_side() -> None:
    # "with Britain, France said": one name, then a clause; France reports it
    (rec,) = _records("Peru signed a trade agreement with Britain, France said on Tuesday.")
    assert "FRA" not in rec["countries"]


def test_a_list_of_firms_after_the_comma_is_no_list_of_sides() -> None:
    recs = _records("Peru signed a trade agreement with Norway, Acme, Globex and Initech "
                    "on Tuesday.")
    assert all(set(r["countries"]) <= {"PER", "NOR"} for r in recs)
    assert not any(p["name"] == "Acme" for r in recs for p in r["parties"])


def test_an_abbreviation_at_the_phrase_end_keeps_its_period() -> None:
    a = actor_from_phrase("the U.S.", [])
    assert a is not None and a.country == "USA"
