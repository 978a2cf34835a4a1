"""Dates of a gathering held "on the eve of" another occasion (accords.extract.event_dates
._eve_of): the day told inside the eve's phrase is the other occasion's; the gathering's is the
day before it, and a weekday is the one whose eve is on or before the report. Sentences are
invented."""
from __future__ import annotations

from accords.vocab import EventKind


def _meetings(ex):
    return [(e.start, e.end) for e in ex.events if e.kind == EventKind.MEETING]


def test_met_on_the_eve_of_talks_on_a_weekday_is_the_day_before(extract) -> None:
    # published Sunday 2026-05-10: the talks are on Monday the 11th, the meeting the 10th
    ex = extract("The foreign ministers of Chile and Peru met in Lima on the eve of talks "
                 "in Quito on Monday on a new fishing accord.", published="2026-05-10")
    assert _meetings(ex) == [("2026-05-10", "2026-05-10")]


def test_met_on_the_eve_of_a_summit_on_a_day_of_the_month(extract) -> None:
    ex = extract("The foreign ministers of Chile and Peru met in Lima on the eve of the "
                 "regional summit on May 7 to settle a fishing dispute.", published="2026-05-10")
    assert _meetings(ex) == [("2026-05-06", "2026-05-06")]


def test_a_day_outside_the_eve_phrase_stays_the_gatherings(extract) -> None:
    ex = extract("The foreign ministers of Chile and Peru met in Lima on Thursday, on the eve "
                 "of the regional summit, to settle a fishing dispute.", published="2026-05-10")
    assert _meetings(ex) == [("2026-05-07", "2026-05-07")]
