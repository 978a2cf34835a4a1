"""Event recall (branch evrecall, round 14), sentences of our own: a visit to come told by its
visitor's name before the noun ("during X's visit next month"), by where the visitor is due
("is due in New Delhi on April 12 for a three-day visit"), by a long office and name between
"visit of" and "to"; one on a visit told by a surname alone; a joint body named by its own
capitalized name; a body the article named before that sits again."""
from accords.vocab import EventKind, EventStatus


def _visits(ex):
    return [e for e in ex.events if e.kind == EventKind.VISIT]


def test_a_visit_owned_by_a_name_with_no_place_after_it(extract) -> None:
    ex = extract("OTTAWA, May 2 - Canada will lend Ghana 300 million dollars under an accord "
                 "to be signed during Ghanaian President Kwame Asante's visit next month, "
                 "officials said.", published="2025-05-02")
    (v,) = _visits(ex)
    assert [p.name for p in v.participants] == ["Kwame Asante"]
    assert v.host_country == "CAN" and v.visiting_country == "GHA"
    assert v.status == EventStatus.PLANNED and v.start == "2025-06"


def test_a_visit_owned_by_a_firm_is_none(extract) -> None:
    ex = extract("OTTAWA, May 2 - The contract was signed during Bombardier's visit to the "
                 "plant last week.", published="2025-05-02")
    assert not _visits(ex)


def test_a_visitor_due_in_a_city_on_a_day_for_a_visit_of_days(extract) -> None:
    ex = extract("NAIROBI, May 2 - Kenya and Norway signed a fisheries accord on Thursday. "
                 "Norwegian Prime Minister Ola Brekke is due in Nairobi on June 10 for a "
                 "three-day visit.", published="2025-05-02")
    (v,) = _visits(ex)
    assert v.participants[0].name == "Ola Brekke" and v.host_country == "KEN"
    assert v.status == EventStatus.PLANNED
    assert (v.start, v.end) == ("2025-06-10", "2025-06-12")


def test_a_visit_of_a_long_office_and_name_to_a_state(extract) -> None:
    ex = extract("ASTANA, May 2 - The ministers discussed preparations for the coming state "
                 "visit of the Emir of Qatar Sheikh Tamim bin Hamad Al Thani to Kazakhstan.",
                 published="2025-05-02")
    (v,) = _visits(ex)
    assert v.host_country == "KAZ" and "Tamim" in v.participants[0].name


def test_one_on_a_visit_told_by_surname_after_his_full_name(extract) -> None:
    ex = extract("HANOI, May 2 - Vietnam and Peru signed a trade accord after talks between "
                 "Vietnamese President Luong Cuong and Peruvian President Jorge Quispe. "
                 "Quispe is on a state visit to Vietnam from May 1 to 4.",
                 published="2025-05-02")
    (v,) = _visits(ex)
    assert v.participants[0].name == "Jorge Quispe" and v.host_country == "VNM"


def test_a_joint_body_named_by_its_own_name_holds_a_meeting(extract) -> None:
    ex = extract("QUITO, May 2 - The Ecuadorian-Colombian Coordination Council held its fifth "
                 "meeting in Quito today, co-chaired by Ecuadorian Foreign Minister Ana Ruiz "
                 "and Colombian Foreign Minister Luis Mora.", published="2025-05-02")
    (m,) = ex.events
    assert m.kind == EventKind.MEETING and m.start == "2025-05-02"
    assert {p.name for p in m.participants} == {"Ana Ruiz", "Luis Mora"}


def test_a_business_council_of_two_states_is_no_meeting_of_them(extract) -> None:
    ex = extract("QUITO, May 2 - The Ecuadorian-Colombian Business Council held its fifth "
                 "meeting in Quito today.", published="2025-05-02")
    assert not any("Council" in e.title for e in ex.events)


def test_the_next_session_of_a_commission_named_before(extract) -> None:
    ex = extract("QUITO, May 2 - Ecuador and Colombia signed four accords at the fifth session "
                 "of their joint commission in Quito on Wednesday. The next session of the "
                 "commission will be held in Bogota in 2026.", published="2025-05-02")
    planned = [e for e in ex.events if e.status == EventStatus.PLANNED]
    (m,) = planned
    assert m.kind == EventKind.MEETING and m.start == "2026" and m.place == "Bogota"
    assert {m.host_country, m.visiting_country} == {"COL", "ECU"}


def test_the_next_session_of_a_commission_no_one_named_is_none(extract) -> None:
    ex = extract("QUITO, May 2 - Ecuador's election commission will hold its next session "
                 "in Quito in June. The next session of the commission will review the "
                 "vote count.", published="2025-05-02")
    assert not ex.events
