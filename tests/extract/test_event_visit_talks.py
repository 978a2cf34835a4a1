"""A visit and the talks held on it, told in one sentence, are two events; a trip told in the
present with a day is ahead; 'the same meeting' is no new gathering (sentences of our own)."""
from accords.vocab import EventKind, EventStatus


def test_talks_held_on_a_visit_with_no_place_give_the_visit_as_well(extract) -> None:
    ex = extract("NAIROBI, May 7, 2025 - Kenyan President Daniel Mwangi and Ghanaian President "
                 "Kofi Asante agreed on Wednesday to expand trade as the West African leader "
                 "held talks here on a three-day official visit that began Tuesday.",
                 published="2025-05-07")
    kinds = sorted(e.kind.value for e in ex.events)
    assert kinds == ["talks", "visit"]
    visit = next(e for e in ex.events if e.kind == EventKind.VISIT)
    assert (visit.host_country, visit.visiting_country) == ("KEN", "GHA")
    assert visit.participants[0].name == "Kofi Asante"


def test_talks_held_after_an_arrival_clause_are_talks_too(extract) -> None:
    ex = extract("LIMA, May 6, 2025 - Chilean President Alberto Vargas, who arrived here on "
                 "Monday for a state visit, held talks with Peruvian President Jorge Salazar "
                 "at the government palace.", published="2025-05-06")
    kinds = sorted(e.kind.value for e in ex.events)
    assert kinds == ["talks", "visit"]


def test_people_met_where_the_visit_went_stay_in_the_visit(extract) -> None:
    ex = extract("LIMA, May 6, 2025 - Chilean President Alberto Vargas arrived in Lima on "
                 "Monday for a state visit, where he held talks with Peruvian President Jorge "
                 "Salazar.", published="2025-05-06")
    assert [e.kind for e in ex.events] == [EventKind.VISIT]


def test_a_trip_in_the_present_with_a_day_is_planned() -> None:
    from accords.extract.event_status import event_status
    assert event_status("The minister flies on to Oslo on Friday.",
                        EventKind.VISIT) == EventStatus.PLANNED
    assert event_status("The minister flew on to Oslo on Friday.",
                        EventKind.VISIT) == EventStatus.HELD


def test_the_same_meeting_is_no_new_gathering(extract) -> None:
    ex = extract("ROME, May 9, 2025 - Italy and Tunisia signed a migration accord on Friday, "
                 "but a gas deal both governments had hoped to conclude at the same meeting "
                 "was put off.", published="2025-05-09")
    assert not [e for e in ex.events if "same" in e.title.lower()]


def test_their_talks_are_the_talks_of_those_named_just_before(extract):
    # "their" is the two ministers the clause names, not a leader named earlier in the sentence
    ex = extract("Currency note\nTOKYO, Feb 3, 1988 - The move came a day after President "
                 "Ortega's speech and followed the statement made by Canadian finance minister "
                 "Paul Durand and Mexican finance minister Jorge Salas after their January 28 "
                 "consultations.", published="1988-02-03")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert len(talks) == 1, [e.title for e in ex.events]
    assert {p.name for p in talks[0].participants} == {"Paul Durand", "Jorge Salas"}
    assert talks[0].start == "1988-01-28"
