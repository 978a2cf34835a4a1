"""Events told in modern agency prose, second pass (branch pevents2), sentences of our own: a
titled leader named without a state under a home dateline, destinations of more than two
words, 'the visit of <office> of X <name> to Y', a weekday with a part of the day, a
visit's later sentence dated by another thing's year."""
from accords.vocab import EventKind, EventStatus


def test_a_home_leader_without_a_state_meets_a_foreign_one(extract) -> None:
    ex = extract("KUALA LUMPUR, June 2, 2025 (Bernama) - Prime Minister Aziz Rahman held talks "
                 "with Thai Prime Minister Somchai Wongsa in Songkhla on Sunday.",
                 published="2025-06-02")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert len(talks) == 1
    assert {p.name for p in talks[0].participants} == {"Aziz Rahman", "Somchai Wongsa"}


def test_a_visit_to_a_state_of_three_words(extract) -> None:
    ex = extract("WELLINGTON, June 2, 2025 (RNZ) - New Zealand Prime Minister Tom Harper will "
                 "visit Papua New Guinea and Fiji next week.", published="2025-06-02")
    visits = {e.host_country for e in ex.events if e.kind == EventKind.VISIT}
    assert visits == {"PNG", "FJI"}


def test_a_visit_to_a_state_named_with_of(extract) -> None:
    ex = extract("LUANDA, June 2, 2025 (Reuters) - Angolan President Mario Tavares will pay a "
                 "state visit to the Democratic Republic of the Congo next week.",
                 published="2025-06-02")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert [v.host_country for v in visits] == ["COD"]


def test_the_visit_of_an_office_of_a_state_to_a_place(extract) -> None:
    ex = extract("ASHGABAT, June 2, 2025 - The official visit of President of Kazakhstan Erlan "
                 "Serikov to the Republic of Korea ended yesterday.", published="2025-06-02")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert [v.host_country for v in visits] == ["KOR"]
    assert visits[0].participants[0].name == "Erlan Serikov"


def test_a_weekday_with_a_part_of_the_day_dates_a_planned_meeting(extract) -> None:
    ex = extract("PARIS, June 6, 2025 (AFP) - French President Paul Mercier will meet Belgian "
                 "Prime Minister Jan Peeters next Monday afternoon.", published="2025-06-06")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1 and meetings[0].status == EventStatus.PLANNED
    assert meetings[0].start == "2025-06-09"


def test_a_named_visit_put_off_is_planned(extract) -> None:
    ex = extract("NAIROBI, June 2, 2025 (KNA) - The visit of Ugandan Prime Minister Ruth Okello "
                 "to Rwanda has been postponed.", published="2025-06-02")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert all(v.status == EventStatus.PLANNED for v in visits)
