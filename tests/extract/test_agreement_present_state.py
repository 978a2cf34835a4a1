"""The present state of an older instrument told as the news of the day (sentences of our
own): it holds on or before the report's day, not in the year its name gives."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Officials review ties\nACCRA, March 7, 2023 (GNA) - "


def _history(sentence: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + sentence)])
    (rec,) = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(h["status"], h["date"]) for h in rec["history"]]


def test_a_named_year_does_not_date_a_state_that_holds_now() -> None:
    assert _history("The 1999 border treaty between Ghana and Togo remains in force, the "
                    "foreign ministry said.") == [("in_force", "2023-03-07")]
    assert _history("The 2001 cultural agreement between Ghana and Egypt is still "
                    "valid.") == [("in_force", "2023-03-07")]


def test_a_present_perfect_later_stage_is_news_of_the_day() -> None:
    assert _history("The 1999 border treaty between Ghana and Togo has been ratified by both "
                    "parliaments.") == [("ratified", "2023-03-07")]


def test_still_being_applied_is_implemented() -> None:
    assert _history("The ceasefire agreement between Sudan and South Sudan is still being "
                    "applied, officials said.") == [("implemented", "2023-03-07")]
    assert _history("The education agreement between Ghana and China is currently being "
                    "implemented.") == [("implemented", "2023-03-07")]


def test_became_operational_is_in_force_with_its_date() -> None:
    assert _history("The transport agreement between Ghana and Togo became operational in "
                    "2020.") == [("in_force", "2020")]


def test_being_finalised_is_still_negotiating() -> None:
    assert _history("The fisheries agreement between Ghana and Senegal is being finalized, "
                    "the ministry said.")[0][0] == "negotiating"


def test_since_a_date_keeps_that_date() -> None:
    assert _history("The air services agreement between Ghana and Kenya has been in force "
                    "since 2019.") == [("in_force", "2019")]


def test_a_signing_scheduled_is_still_to_come_on_its_day() -> None:
    assert _history("The signing of the trade accord between Ghana and Togo is scheduled for "
                    "March 15.") == [("planned", "2023-03-15")]
    assert _history("The signing ceremony of the energy accord between Ghana and Egypt will "
                    "take place on Friday.") == [("planned", "2023-03-10")]
    assert _history("The signing of the trade deal between Ghana and Togo has been postponed "
                    "to April.") == [("planned", "2023-04")]


def test_has_been_suspended_since_is_suspended_then() -> None:
    assert _history("The fisheries agreement between Ghana and the EU has been suspended since "
                    "2020.") == [("suspended", "2020")]
