"""Dates and status of events after the tenth audit (accords.extract.event_status and the date
rules of accords.extract.events): a day before 'said' dates the report; a date that modifies an
instrument or is the period an amount is for is not the gathering's; a gathering 'under
consideration', 'coming up' or whose visit was announced is ahead; a gathering its own date puts
before the article is held; 'today' is never moved a year on. Sentences are invented."""
from __future__ import annotations

from accords.extract.event_status import _forward, event_status
from accords.vocab import EventKind, EventStatus


def test_day_before_said_dates_the_report(extract) -> None:
    ex = extract("ROME, May 6, 2026 - Statements issued by Chile and Peru on Sunday said the "
                 "Chilean trade minister and Peru's foreign minister spoke by phone on Friday.")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and all(e.start == "2026-05-01" for e in calls)


def test_date_of_an_accord_is_not_the_meetings(extract) -> None:
    ex = extract("OSLO, April 9, 2026 - The March 3 Lisbon accord was on the agenda when Danish "
                 "Finance Minister Lars Holm met Swedish Finance Minister Eva Berg here.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all(e.start == "2026-04-09" for e in meetings)


def test_years_an_amount_is_for_do_not_date_talks(extract) -> None:
    ex = extract("ACCRA, March 10, 2026 - Ghana has just completed a new round of talks with the "
                 "International Monetary Fund and has raised enough loans to pay its arrears for "
                 "2024 and 2025, officials said.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and all(e.start != "2025" and e.start != "2024" for e in talks)


def test_under_consideration_after_a_long_modifier_is_planned() -> None:
    assert event_status("A senior official said a visit to Lima by U.S. Secretary of State Ann "
                        "Cole for trade talks was under consideration.",
                        EventKind.VISIT) == EventStatus.PLANNED


def test_coming_up_is_planned() -> None:
    assert event_status('"With my meeting with Prime Minister Vik and the Oslo summit coming '
                        'up, it is vital to keep my options open," the president said.',
                        EventKind.MEETING) == EventStatus.PLANNED


def test_announcement_of_a_visit_is_planned() -> None:
    assert event_status("Traders read the announcement of his visit to Hanoi as a signal.",
                        EventKind.VISIT) == EventStatus.PLANNED
    # the results of a visit are not its announcement
    assert event_status("The ministry announced the results of his visit to Hanoi.",
                        EventKind.VISIT) == EventStatus.HELD


def test_talks_dated_before_the_article_are_held(extract) -> None:
    ex = extract("TOKYO, April 8, 2026 - The finance minister said the yen's fall was within the "
                 "ranges the nations agreed to defend in the February talks.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and all(e.status == EventStatus.HELD and e.start == "2026-02" for e in talks)


def test_today_is_never_a_year_on() -> None:
    assert _forward(("2026-04-03", "2026-04-03"), "today", "2026-04-05") is None
