"""A gathering's record title: templates rendered again from the record's fields, phrases of
the text kept without time words and cut-off words (consolidate/event_titles.py)."""
from __future__ import annotations

from tests.consolidate.test_events import _events

from accords.consolidate.event_titles import record_title
from accords.records import Actor
from accords.vocab import EventKind

OSLO = Actor("Ingrid Solberg", "NOR", "person")
LIMA = Actor("Mateo Quispe", "PER", "person")
LIMA_2 = Actor("Rosa Huaman", "PER", "person")


def test_template_of_states_names_the_people_of_both_sides_and_the_place() -> None:
    title = record_title(EventKind.TALKS, "Talks of Norway and Peru", [OSLO, LIMA], "Lima",
                         "PER", "NOR")
    assert title == "Talks between Ingrid Solberg and Mateo Quispe in Lima"


def test_one_sides_people_meet_the_other_state() -> None:
    title = record_title(EventKind.TALKS, "Talks of Peru", [LIMA, LIMA_2], None, "NOR", "PER")
    assert title == "Talks of Mateo Quispe and Rosa Huaman with Norway"


def test_one_person_at_a_gathering_of_many_is_its_attendee_not_a_side() -> None:
    title = record_title(EventKind.SUMMIT, "Summit of Ingrid Solberg", [OSLO], "Venice",
                         "ITA", None)
    assert title == "Summit in Venice attended by Ingrid Solberg"


def test_no_one_named_two_states_between_them() -> None:
    title = record_title(EventKind.MEETING, "Meeting of Peru and Norway", [], None, "NOR", "PER")
    assert title == "Meeting between Peru and Norway"


def test_a_phrase_of_the_text_is_kept_without_its_time_words() -> None:
    assert record_title(EventKind.MEETING, "Brussels meeting on Monday", [], None, None,
                        None) == "Brussels meeting"
    assert record_title(EventKind.MEETING, "World Bank meetings in Washington earlier", [],
                        None, None, None) == "World Bank meetings in Washington"
    assert record_title(EventKind.SUMMIT, "EU summit in Brussels later this week", [], None,
                        None, None) == "EU summit in Brussels"
    assert record_title(EventKind.MEETING, "Online meeting on Monday and Tuesday", [], None,
                        None, None) == "Online meeting"


def test_a_cut_phrase_loses_its_dangling_words() -> None:
    assert record_title(EventKind.SUMMIT, "Summit of leaders of the", [], None, None,
                        None) == "Summit of leaders"
    assert record_title(EventKind.MEETING, "Meeting of ministers of their", [], None, None,
                        None) == "Meeting of ministers"
    assert record_title(EventKind.SUMMIT, "July's G8 summit in Gleneagles -", [], None, None,
                        None) == "July's G8 summit in Gleneagles"


def test_a_phrase_naming_a_body_is_no_template() -> None:
    title = record_title(EventKind.MEETING, "Meeting of the Andean Council of Ministers", [LIMA],
                         "Quito", "ECU", None)
    assert title == "Meeting of the Andean Council of Ministers"


def test_the_record_of_a_call_names_both_leaders() -> None:
    (event,) = _events("OSLO, May 4, 2026 - Norwegian Prime Minister Ingrid Solberg held talks "
                       "with Peruvian President Mateo Quispe in Oslo on Monday, her office said.")
    assert "Ingrid Solberg" in event["title"] and "Mateo Quispe" in event["title"]
    assert " of Norway" not in event["title"]



def test_the_other_state_of_the_template_is_kept_when_the_record_has_no_sides() -> None:
    title = record_title(EventKind.SUMMIT, "Summit of Norway and Peru", [OSLO], None, None, None)
    assert title == "Summit of Ingrid Solberg with Peru"


def test_a_person_of_no_known_state_is_given_no_other_side() -> None:
    title = record_title(EventKind.TALKS, "Talks of Norway and Peru", [Actor("Ola Berg")], "Lima",
                         "PER", "NOR")
    assert title == "Talks of Ola Berg in Lima"


def test_a_phrase_naming_no_one_takes_the_records_two_sides_and_place() -> None:
    title = record_title(EventKind.TALKS, "Private talks", [OSLO, LIMA], "Lima", "PER", "NOR")
    assert title == "Private talks between Ingrid Solberg and Mateo Quispe in Lima"
    title = record_title(EventKind.MEETING, "Working meeting at Casa Rosada", [OSLO, LIMA],
                         None, None, None)
    assert title == "Working meeting between Ingrid Solberg and Mateo Quispe at Casa Rosada"


def test_a_phrase_naming_no_one_takes_its_one_attendee() -> None:
    title = record_title(EventKind.MEETING, "Meeting in Lima", [OSLO], "Lima", "PER", None)
    assert title == "Meeting in Lima attended by Ingrid Solberg"
    assert record_title(EventKind.MEETING, title, [OSLO], "Lima", "PER", None) == title
    # a gathering of many is not identified by the few attendees the record names
    assert record_title(EventKind.SUMMIT, "Landmark summit", [OSLO, LIMA], "Lima", "PER",
                        None) == "Landmark summit"


def test_a_phrase_naming_no_one_takes_the_two_states_when_no_one_is_named() -> None:
    title = record_title(EventKind.TALKS, "Fisheries talks", [], None, "PER", "NOR")
    assert title == "Fisheries talks between Norway and Peru"
    # a host state that may be no more than the venue's, a gathering of many: no two sides
    assert record_title(EventKind.TALKS, "Fisheries talks in Geneva", [], "Geneva", "CHE",
                        "NOR") == "Fisheries talks in Geneva"
    assert record_title(EventKind.CONFERENCE, "Donors' conference", [], None, "PER",
                        "NOR") == "Donors' conference"
    # one state only (the place's): nothing to add
    assert record_title(EventKind.CONFERENCE, "Online conference", [], None, "PER",
                        None) == "Online conference"


def test_a_phrase_naming_a_side_is_kept_as_the_text_gave_it() -> None:
    for phrase in ("OPEC meeting", "Norwegian talks", "Meeting of fishing ministers",
                   "Fisheries talks of the Nordic states"):
        assert record_title(EventKind.MEETING, phrase, [OSLO, LIMA], "Lima", "PER",
                            "NOR") == phrase
    # a city's name says where, not who
    assert record_title(EventKind.TALKS, "Lima talks", [OSLO, LIMA], "Lima", "PER",
                        "NOR") == "Lima talks between Ingrid Solberg and Mateo Quispe"


def test_sides_the_text_leaves_unnamed_are_the_records_people() -> None:
    title = record_title(EventKind.CALL, "Call of the two sides", [OSLO, LIMA], None, None, None)
    assert title == "Call between Ingrid Solberg and Mateo Quispe"


def test_talks_of_one_sides_person_name_the_visiting_state() -> None:
    title = record_title(EventKind.TALKS, "Private talks", [LIMA], "Lima", "PER", "NOR")
    assert title == "Private talks of Mateo Quispe with Norway in Lima"
    # people of one side are not "between" one another
    title = record_title(EventKind.TALKS, "Fisheries talks", [LIMA, LIMA_2], None, None, "NOR")
    assert title == "Fisheries talks of Mateo Quispe and Rosa Huaman with Norway"
    # a host that may be only the venue's state is no side
    title = record_title(EventKind.TALKS, "Talks in Lima", [OSLO], "Lima", "PER", None)
    assert title == "Talks of Ingrid Solberg in Lima"


def test_a_gathering_of_members_has_no_two_states() -> None:
    assert record_title(EventKind.TALKS, "Fisheries talks", [], None, "PER", "NOR",
                        sides=False) == "Fisheries talks"
