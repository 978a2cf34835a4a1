"""False events of recurring audit families (branch pevprec), sentences of our own: a
gathering only weighed under may / might / could, a class of sittings rather than one, an
official's visit to a territory of his own state; and near misses that stay events."""
from accords.vocab import EventKind, EventStatus


def test_a_meeting_an_analyst_says_producers_may_need_is_none(extract) -> None:
    ex = extract("VIENNA, May 4, 2025 (Reuters) - Cocoa producers may need an emergency "
                 "meeting next month to halt the slide, a trader in Paris said.",
                 published="2025-05-04")
    assert ex.events == []


def test_a_summit_that_could_help_is_none(extract) -> None:
    ex = extract("DELHI, May 4, 2025 (PTI) - Commentators said a summit between Nepal and "
                 "Bhutan could help calm the river dispute.", published="2025-05-04")
    assert ex.events == []


def test_a_meeting_that_might_take_place_far_in_the_clause_is_none(extract) -> None:
    ex = extract("LIMA, May 4, 2025 (AFP) - Diplomats said a meeting between the two foreign "
                 "ministers of Peru and Chile might take place later this year.",
                 published="2025-05-04")
    assert ex.events == []


def test_a_meeting_that_will_take_place_stays_planned(extract) -> None:
    ex = extract("LIMA, May 4, 2025 (AFP) - Peruvian Foreign Minister Ana Ruiz will meet Chilean "
                 "Foreign Minister Pablo Soto in Arica on Friday, officials said.",
                 published="2025-05-04")
    assert [e.status for e in ex.events] == [EventStatus.PLANNED]


def test_a_class_of_meetings_called_off_is_none(extract) -> None:
    ex = extract("GENEVA, March 12, 2025 (Reuters) - The International Labour Organization "
                 "called off all in-person meetings until the end of May.",
                 published="2025-03-12")
    assert ex.events == []


def test_a_bodys_own_meetings_suspended_are_none(extract) -> None:
    ex = extract("ADDIS ABABA, March 12, 2025 (ENA) - The regional bloc suspended its "
                 "meetings for three weeks.", published="2025-03-12")
    assert ex.events == []


def test_one_summit_called_off_stays_cancelled(extract) -> None:
    ex = extract("ADDIS ABABA, March 12, 2025 (ENA) - The African Union called off Friday's "
                 "summit of heads of state in Addis Ababa.", published="2025-03-12")
    assert [e.status for e in ex.events] == [EventStatus.CANCELLED]


def test_a_visit_to_a_territory_of_the_visitors_own_state_is_none(extract) -> None:
    ex = extract("PARIS, March 12, 2025 (AFP) - French Interior Minister Paul Girard visited "
                 "Martinique on Tuesday to inspect the storm damage.", published="2025-03-12")
    assert [e for e in ex.events if e.kind == EventKind.VISIT] == []


def test_a_visit_to_a_territory_of_another_state_stays(extract) -> None:
    ex = extract("TOKYO, March 12, 2025 (Kyodo) - Japanese Foreign Minister Ken Mori visited "
                 "Hong Kong on Tuesday.", published="2025-03-12")
    assert [e.host_country for e in ex.events if e.kind == EventKind.VISIT] == ["HKG"]


def test_talks_told_as_set_that_may_yield_statements_stay(extract) -> None:
    ex = extract("BONN, May 4, 2025 (Reuters) - German Chancellor Karl Berg will hold talks with "
                 "Austrian Chancellor Eva Holm in Bonn on Friday. The talks may yield a joint "
                 "statement on energy, officials said.", published="2025-05-04")
    assert EventStatus.PLANNED in {e.status for e in ex.events if e.kind == EventKind.TALKS}


def test_a_bodys_own_meetings_of_next_week_stay_one_gathering(extract) -> None:
    ex = extract("WASHINGTON, April 2, 2025 (Reuters) - The Asian Development Bank, which holds "
                 "its annual meetings with finance ministers of its member states next week, "
                 "raised its growth forecast.", published="2025-04-02")
    assert len(ex.events) == 1


def test_a_meeting_proposed_in_a_long_letter_clause_is_none(extract) -> None:
    ex = extract("SEOUL, March 30, 2025 (Yonhap) - Prime Minister Park Min-ho proposed in a "
                 "letter to his Japanese counterpart Taro Ishikawa that they meet to discuss "
                 "fisheries.", published="2025-03-30")
    assert ex.events == []


def test_a_meeting_proposed_with_its_day_is_planned(extract) -> None:
    ex = extract("SEOUL, March 30, 2025 (Yonhap) - Park proposed that the two prime ministers "
                 "of South Korea and Japan meet for talks in Busan on April 23.",
                 published="2025-03-30")
    assert [e.status for e in ex.events] == [EventStatus.PLANNED]


def test_a_meeting_held_before_a_suggestion_stays(extract) -> None:
    ex = extract("ATHENS, March 30, 2025 - The Greek foreign minister met his Turkish "
                 "counterpart on Tuesday and suggested that the dispute go to court.",
                 published="2025-03-30")
    assert [e.status for e in ex.events] == [EventStatus.HELD]


def test_a_states_creditor_bank_committee_sitting_alone_is_none(extract) -> None:
    ex = extract("NEW YORK, March 9, 2025 (Reuters) - Ghana's bank advisory committee meets "
                 "tomorrow to discuss its response to a proposal by finance minister Kofi Mensah "
                 "to pay part of the interest in bonds, bankers said.", published="2025-03-09")
    assert ex.events == []
