"""A visitor's talks with the hosts, reported without a place: where and when the visit was."""
from accords.vocab import EventKind


def test_talks_on_a_visit_are_where_the_visit_is_not_where_the_story_was_filed(extract):
    ex = extract("BANGKOK, Feb. 4, 2025 (Xinhua) -- Cambodia and Laos signed a new trade "
                 "protocol on Monday as Cambodian Prime Minister Sok Vanna paid an official "
                 "visit to Vientiane, state media reported.\n\nSok Vanna, who became prime "
                 "minister in 2023, held talks with his Lao counterpart Khamla Sisouk.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(talks) == 1 and len(visits) == 1
    t, v = talks[0], visits[0]
    assert (t.place, t.host_country) == ("Vientiane", "LAO")
    assert t.start == v.start == "2025-02-03"
    # those the visitor met take part in the visit
    assert "Khamla Sisouk" in {p.name for p in v.participants}


def test_the_host_at_a_summit_during_the_visit_takes_part_in_the_visit(extract):
    ex = extract("TOKYO, Oct. 10, 2025 (AP) - South Korean President Lee Jae-won arrived in "
                 "Tokyo on Wednesday for a three-day state visit to Japan, the first by a South "
                 "Korean leader in four years.\n\nJapanese Prime Minister Kenji Sato hosted a "
                 "dinner for Lee at the prime minister's office.\n\nThe two leaders signed a joint "
                 "declaration after summit talks on Thursday.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1
    assert "Kenji Sato" in {p.name for p in visits[0].participants}


def test_a_visit_that_began_on_a_day_for_n_days_ends_n_minus_one_days_later() -> None:
    from accords.extract.event_visits import stay_end
    text = "She arrived in Lima on Friday for a two-day state visit."
    assert stay_end(text, "2025-06-20", "2025-06-20") == "2025-06-21"
    # a sentence that does not say when it began keeps the end it had
    assert stay_end("On the second day of a three-day visit, she met X.", "2025-06-21",
                    "2025-06-21") == "2025-06-21"


def test_a_gathering_that_ended_on_its_date_began_its_length_before(extract):
    ex = extract("VIENNA, May 14, 2025 - Foreign ministers of Austria and Slovakia ended a "
                 "three-day meeting in Vienna yesterday with a joint call for a new pipeline.")
    assert [(e.start, e.end) for e in ex.events] == [("2025-05-11", "2025-05-13")]


def test_said_after_a_two_day_meeting_dates_both_days(extract):
    ex = extract("VIENNA, May 14, 2025 - Austrian Chancellor Karl Huber said after a two-day "
                 "meeting with Slovak Prime Minister Peter Kovac that the pipeline would be built.")
    assert [(e.start, e.end) for e in ex.events] == [("2025-05-13", "2025-05-14")]


def test_met_last_night_is_the_day_before(extract):
    ex = extract("VIENNA, May 14, 2025 - Austrian Foreign Minister Karl Huber met Slovak "
                 "Foreign Minister Peter Kovac late last night to prepare the summit.")
    assert [e.start for e in ex.events] == ["2025-05-13"]


def test_talks_that_opened_last_summer_are_dated_to_that_year(extract):
    ex = extract("VIENNA, May 14, 2025 - The talks between Austria and Slovakia on the "
                 "pipeline, which opened last summer, have stalled.")
    assert [e.start for e in ex.events] == ["2024"]


def test_the_visit_of_a_states_office_holder_to_a_place(extract):
    # the state after 'of' is the visitor's (by its office), the place after 'to' the visit's
    ex = extract("ACCRA, May 2, 2026 - The visit of Togo's prime minister to Ghana, planned "
                 "for June, has been postponed indefinitely, officials said.")
    (v,) = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert (v.host_country, v.visiting_country) == ("GHA", "TGO")


def test_a_host_receiving_another_states_office_holder_named_by_office(extract):
    ex = extract("RABAT, June 9, 2026 - Morocco's king received the prime minister of Senegal "
                 "at his palace on Monday, state media said.")
    (v,) = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert (v.host_country, v.visiting_country) == ("MAR", "SEN")
    # two guest states: no visit of one of them
    ex = extract("RABAT, June 9, 2026 - Morocco's king received the presidents of Mali and "
                 "Niger at his palace on Monday.")
    assert not [e for e in ex.events if e.kind == EventKind.VISIT]


def test_a_meeting_held_last_week_is_dated_to_that_week(extract):
    ex = extract("LISBON, June 10, 2026 - Portugal's prime minister held talks with Moroccan "
                 "Prime Minister Aziz Akhannouch last week on fishing rights.")
    (t,) = ex.events
    assert (t.start, t.end) == ("2026-06-01", "2026-06-07")
    # 'this week': no single day is told (the fourteenth audit judged the report's day wrong
    # here, round 21's the month): the report's week up to the day of filing
    ex = extract("LISBON, June 10, 2026 - Portugal's prime minister held talks with Moroccan "
                 "Prime Minister Aziz Akhannouch this week on fishing rights.")
    assert [(e.start, e.end) for e in ex.events] == [("2026-06-08", "2026-06-10")]


def test_a_visit_by_a_named_traveller_to_a_place(extract):
    # "a visit by X to Y": the traveller stands between the noun and its place
    ex = extract("Ties strained\nLUSAKA, May 6, 2024 - A visit by Botswanan President Duma "
                 "Boko to Lusaka was called off over a border row, officials said.")
    visits = [e for e in ex.events if e.kind.value == "visit"]
    assert len(visits) == 1, [e.title for e in ex.events]
    assert visits[0].host_country == "ZMB" and visits[0].visiting_country == "BWA"
    assert visits[0].status.value == "cancelled"


def test_a_day_marked_as_past_is_not_moved_a_year_ahead(extract):
    # "planned for last December", told in May: December of the year before, never the next one
    ex = extract("Ties strained\nLUSAKA, May 6, 2024 - Zambian President Hakainde Hichilema "
                 "met envoys on Monday. Botswanan President Duma Boko's visit to Lusaka, which "
                 "had been planned for last December, was called off.",
                 published="2024-05-06")
    assert not any((e.start or "").startswith("2024-12") for e in ex.events), \
        [(e.title, e.start) for e in ex.events]


def test_an_arrival_yesterday_of_a_leader_of_the_other_state_is_a_visit(extract):
    # filed where the visitor arrived; the visitor, named without a state, is of the
    # article's other state
    ex = extract("Singapore, Malaysia sign two MoUs\nKUALA LUMPUR, Jan 7, 2025 -- Singapore and "
                 "Malaysia today signed two memoranda of understanding covering the digital "
                 "economy and green energy.\n\nThe exchange of documents was witnessed by Prime "
                 "Minister Lawrence Wong and Prime Minister Anwar Ibrahim at Seri Perdana "
                 "here.\n\nWong, who arrived yesterday for a two-day official visit, will "
                 "return to Singapore tomorrow.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1, [e.title for e in ex.events]
    assert (visits[0].host_country, visits[0].visiting_country) == ("MYS", "SGP")
    assert visits[0].start == "2025-01-06"
