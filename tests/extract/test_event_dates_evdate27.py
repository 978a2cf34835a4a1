"""Event days and stage read from English news (branch evdate27, round-28/29 audits): a
gathering that a past coming-together was "to begin" is under way that day; a span of named
days ("which runs from May 17 to 20") says more than a weekend read from "flies there this
weekend". Sentences are invented; 14 May 2026 is a Thursday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def test_arrived_to_begin_a_meeting_is_held_that_day(extract) -> None:
    ex = extract("LIMA, May 12 - Finance ministers of Peru, Chile and Ecuador arrived at the "
                 "central bank to begin a meeting of the Andean Group. Officials seen arriving "
                 "included Peruvian Finance Minister Luis Vega and Chilean Finance Minister "
                 "Ana Torres.", published="2026-05-12")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and meetings[0].status == EventStatus.HELD
    assert (meetings[0].start, meetings[0].end) == ("2026-05-12", "2026-05-12")


def test_agreed_to_begin_talks_stays_ahead(extract) -> None:
    # near miss: an agreeing verb's infinitive is an intention, not a beginning under way
    ex = extract("LIMA, May 12 - Peru and Chile agreed to begin talks on a fisheries treaty, "
                 "Peruvian Foreign Minister Luis Vega and Chilean Foreign Minister Ana Torres "
                 "said.", published="2026-05-12")
    assert all(e.status != EventStatus.HELD for e in ex.events if e.kind == EventKind.TALKS)


def test_named_span_beats_a_weekend_of_the_same_trip(extract) -> None:
    ex = extract("BONN, May 14 - Economics Minister Hans Weber, who flies to Washington this "
                 "weekend for talks, said German growth was steady.\n    He said exports were "
                 "strong.\n    During his trip to Washington, which runs from May 17 to 20, "
                 "Weber will meet Treasury Secretary John Miller and trade envoy Paul Adams.",
                 published="2026-05-14")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and (visits[0].start, visits[0].end) == ("2026-05-17", "2026-05-20")


def test_weekend_trip_alone_keeps_its_weekend(extract) -> None:
    # guard: with no named days, the weekend stays the trip's days
    ex = extract("BONN, May 14 - Economics Minister Hans Weber, who flies to Washington this "
                 "weekend for talks with Treasury Secretary John Miller, said German growth was "
                 "steady.", published="2026-05-14")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and (visits[0].start, visits[0].end) == ("2026-05-16", "2026-05-17")


def test_dateline_alone_does_not_join_named_meeting_to_body_gathering(extract) -> None:
    # the held gathering of a body and a meeting of two named people the night before, placed
    # only by the dateline, stay two meetings with their own days
    ex = extract("LIMA, May 12 - Finance ministers of Peru, Chile and Ecuador arrived at the "
                 "central bank to begin a meeting of the Andean Group.\n    Officials seen "
                 "arriving included Peruvian Finance Minister Luis Vega and Chilean Finance "
                 "Minister Ana Torres.\n    There was no immediate sign of Bolivian officials. "
                 "Monetary sources have said a communique is expected at 6 p.m.\n    "
                 "Ecuadorean sources said Ecuadorean Finance Minister Jorge Paz met Bolivian "
                 "Finance Minister Carlos Rios last night.", published="2026-05-12")
    days = sorted((e.start, e.end) for e in ex.events if e.kind == EventKind.MEETING)
    assert ("2026-05-11", "2026-05-11") in days and ("2026-05-12", "2026-05-12") in days
