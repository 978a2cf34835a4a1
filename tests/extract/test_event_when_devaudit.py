"""Dates and status of events after the development audit (accords.extract.event_status and
the date rules of accords.extract.events): a gathering with a participle of timing after a
long modifier ('expected in Lima tomorrow') is ahead; 'earlier in the day' is the day the
sentence before told of; a gathering owned by today or yesterday ('a record of today's talks')
is held whatever future the other verb is in. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def test_meeting_expected_tomorrow_after_a_long_modifier_is_planned(extract) -> None:
    ex = extract("QUITO, May 6, 2026 - Traders said a meeting of the Andean finance ministers "
                 "and central bankers expected in Lima tomorrow may calm the markets.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all(e.status == EventStatus.PLANNED and e.start == "2026-05-07"
                            for e in meetings)


def test_earlier_in_the_day_is_the_day_told_before(extract) -> None:
    ex = extract("OSLO, May 6, 2026 - Prime Minister Anna Lund left Oslo late yesterday after a "
                 "dinner with the royal family. She had flown to Norway from talks with Swedish "
                 "Prime Minister Erik Berg in Stockholm earlier in the day.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and all(e.start == "2026-05-05" for e in talks)


def test_todays_talks_under_a_future_verb_are_held(extract) -> None:
    ex = extract("GENEVA, May 6, 2026 - The trade panel will send a record of today's talks "
                 "between Chile and Peru to the council.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and all(e.status == EventStatus.HELD and e.start == "2026-05-06"
                         for e in talks)
    # a weekday's possessive may be ahead: "ahead of Monday's summit" stays planned
    ex = extract("BERLIN, May 6, 2026 - The foreign minister of Chile will fly to Berlin ahead "
                 "of Monday's summit of Chile and Germany.")
    summits = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert all(e.status == EventStatus.PLANNED for e in summits)
