"""Visits of leaders the officeholders table does not know (it stops in 2014), and tours of
several states (extract/event_trips.py)."""
from accords.vocab import EventKind


def _visits(ex):
    return sorted(((e.host_country, e.visiting_country) for e in ex.events
                   if e.kind == EventKind.VISIT), key=str)


def test_a_leader_without_nationality_travels_from_the_datelines_state(extract):
    ex = extract("CANBERRA, March 9, 2025 - Prime Minister Harriet Calloway will visit Vanuatu "
                 "next week, her office said on Sunday.")
    assert _visits(ex) == [("VUT", "AUS")]


def test_never_of_the_datelines_state_when_it_is_the_destination(extract):
    ex = extract("PORT VILA, March 9, 2025 - Prime Minister Harriet Calloway will visit Vanuatu "
                 "next week, her office said on Sunday.")
    assert ("VUT", "VUT") not in _visits(ex)
    assert all(v != "VUT" for _, v in _visits(ex))


def test_conjoined_destinations_are_one_visit_per_state(extract):
    ex = extract("CANBERRA, March 9, 2025 - Prime Minister Harriet Calloway will visit Vanuatu "
                 "and Fiji next week, her office said on Sunday.")
    assert _visits(ex) == [("FJI", "AUS"), ("VUT", "AUS")]
    ex = extract("OTTAWA, May 2, 2025 - Canadian Foreign Minister Paul Aubertin will begin a "
                 "tour of Chile, Peru and Colombia on Monday.")
    assert _visits(ex) == [("CHL", "CAN"), ("COL", "CAN"), ("PER", "CAN")]


def test_a_possessive_after_and_is_not_another_destination(extract):
    ex = extract("CANBERRA, March 9, 2025 - Prime Minister Harriet Calloway visited Vanuatu "
                 "and Fiji's leader praised the trip on Sunday.")
    assert ("FJI", "AUS") not in _visits(ex)


def test_flying_on_keeps_the_state_of_the_earlier_visit(extract):
    ex = extract("Apia, July 7, 2025 (AFP) - Samoa and Australia signed a fisheries accord on "
                 "Monday during Prime Minister Harriet Calloway's visit to Samoa.\n\n"
                 "Calloway's government also pledged aid.\n\nCalloway flies on to Fiji on "
                 "Wednesday.")
    assert ("FJI", "AUS") in _visits(ex)


def test_visited_and_met_is_a_visit_and_a_meeting(extract):
    # (GUIDE: visits and meetings each get a record; the meeting in a verb of its own after
    # the visit, not "a visit ..., where he met", whose people take part in the visit)
    ex = extract("CANBERRA, March 9, 2025 - Australian Prime Minister Harriet Calloway visited "
                 "Vanuatu on Monday and met Vanuatu Prime Minister Jotham Napat.")
    kinds = sorted(e.kind.value for e in ex.events)
    assert kinds == ["meeting", "visit"]
    meeting = next(e for e in ex.events if e.kind == EventKind.MEETING)
    assert {p.name for p in meeting.participants} == {"Harriet Calloway", "Jotham Napat"}


def test_a_dateline_after_a_headline_in_mixed_case_is_where_the_story_was_filed(extract):
    ex = extract("Calloway to visit Vanuatu\n\nCanberra, March 9, 2025 (AAP) - Prime Minister "
                 "Harriet Calloway will visit Vanuatu next week, her office said on Sunday.")
    assert _visits(ex) == [("VUT", "AUS")]


def test_a_state_the_sentence_names_before_the_visit_comes_before_the_dateline(extract):
    ex = extract("GENEVA, May 4, 2025 - Trade Minister Idris Hamzah, who will sign the pact on "
                 "Malaysia's behalf when he visits Ottawa next week, said it was important.")
    assert ("CAN", "CHE") not in _visits(ex)
