"""Event participants probed with invented agency sentences (branch pparticipants): a rank the
person model took into a name, a source named after "according to", people of an earlier
time's "when" clause."""
import pytest


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_rank_read_into_the_name_gives_one_person(extract) -> None:
    ex = extract("LOME, May 4, 2026 (GNA) - The Minister of Defence, Kofi Mensah, met his Malian "
                 "counterpart, Colonel Major Issa Traore, in Lome on Monday.",
                 published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Kofi Mensah", "Issa Traore"}


def test_the_source_after_according_to_is_no_participant(extract) -> None:
    ex = extract("ACCRA, May 4, 2026 (GNA) - President Kwame Boateng met Togolese President "
                 "Ekue Amegah in Lome on Monday, according to a statement signed by Yaw Darko, "
                 "Director of Communications at the Presidency.", published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Kwame Boateng", "Ekue Amegah"}


def test_people_of_an_earlier_when_clause_are_background(extract) -> None:
    ex = extract("NAIROBI, May 4, 2026 - President Daniel Kariuki hosted Ghanaian President "
                 "Kwame Boateng in Nairobi on Monday, the first such visit since 2009, when "
                 "John W. Otieno hosted Liberia's Samuel Doe Tubman.", published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Daniel Kariuki", "Kwame Boateng"}


def test_people_of_an_earlier_since_clause_of_meeting_are_background(extract) -> None:
    ex = extract("SEOUL, May 4, 2026 - South Korean President Park Min-ho met Japanese Prime "
                 "Minister Taro Ishikawa in Seoul on Monday, the first such summit since Ken "
                 "Aoki met Lee Dong-hyun in 2015.", published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Park Min-ho", "Taro Ishikawa"}


def test_a_spokesman_after_his_counterpart_is_only_the_source(extract) -> None:
    ex = extract("PRETORIA, May 4, 2026 - South African President Thabo Nkosi hosted his "
                 "Zambian counterpart Peter Banda in Pretoria on Monday, presidential "
                 "spokesman Sipho Dlamini said in a statement.", published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Thabo Nkosi", "Peter Banda"}


def test_accompanied_by_in_the_next_sentence_joins_that_side(extract) -> None:
    ex = extract("DAKAR, May 4, 2026 - Ghanaian President Kwame Boateng met Senegalese President Amadou "
                 "Diop in Dakar on Monday.\nDiop was accompanied by Foreign Minister Fatou "
                 "Ndiaye.", published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Kwame Boateng", "Amadou Diop", "Fatou Ndiaye"}


def test_accompanied_by_after_an_unrelated_sentence_adds_no_one(extract) -> None:
    ex = extract("DAKAR, May 4, 2026 - Ghanaian President Kwame Boateng met Senegalese President Amadou "
                 "Diop in Dakar on Monday.\nThe city hosts a jazz festival each spring.\n"
                 "Diop was accompanied by Foreign Minister Fatou Ndiaye.", published="2026-05-04")
    assert ex.events and _names(ex.events[0]) == {"Kwame Boateng", "Amadou Diop"}


@pytest.mark.xfail(strict=True, reason="known limit: the speaker after an opening 'Speaking "
                   "after talks with X,' took part, but reading him in split a Reuters talks "
                   "record from the next sentence's report of the same talks (event_merge joins "
                   "two-person meetings only when both people match); withdrawn at the merge")
def test_the_speaker_after_speaking_after_talks_took_part(extract) -> None:
    ex = extract("ACCRA, May 4, 2026 (GNA) - Ghana's Trade Minister Kofi Owusu said the border "
                 "would reopen soon.\nSpeaking after trade talks with Nigerian trade minister "
                 "Bello Musa, Owusu said the two had agreed on a timetable.",
                 published="2026-05-04")
    assert ex.events and {"Kofi Owusu", "Bello Musa"} <= _names(ex.events[-1])
