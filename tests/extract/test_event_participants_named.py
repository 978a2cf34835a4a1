"""Event participants the article names outside the person model's reach: a surname alone
whose full name a skipped sentence gives with a title, an honorific beside another name, the
subject of "participated in", and those listed as due to attend."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_surname_given_in_full_in_a_sentence_of_no_event(extract) -> None:
    ex = extract("TOKYO, May 4, 2026 - Prime Minister Kenji Sato wants a larger navy.\n"
                 "Mr Sato, in a telephone summit with his Indian counterpart Ravi Mehta, said "
                 "their nations share the commitment of a free sea.", published="2026-05-04")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and {"Kenji Sato", "Ravi Mehta"} <= _names(calls[0])


def test_an_honorific_and_surname_beside_another_name(extract) -> None:
    ex = extract("DELHI, May 4, 2026 - Indian Prime Minister Ravi Mehta spoke by telephone on "
                 "Saturday with Brazilian President Joao Lima.\nDuring the telephone call, Mr "
                 "Lima urged Mr Mehta to release supplies of rice.", published="2026-05-04")
    assert ex.events and all({"Ravi Mehta", "Joao Lima"} <= _names(e) for e in ex.events)


def test_he_who_participated_in_a_conference_call(extract) -> None:
    ex = extract("LIMA, May 4, 2026 - Peruvian President Juan Soto has not been seen for weeks.\n"
                 "He was seen on April 2, when he participated in an online conference with "
                 "heads of state of the Andean Community to discuss the floods.",
                 published="2026-05-04")
    assert ex.events and "Juan Soto" in _names(ex.events[0])


def test_the_host_and_those_due_to_attend(extract) -> None:
    ex = extract("LONDON, May 4, 2026 - Foreign ministers from 20 countries will gather on "
                 "Tuesday for a meeting in London to discuss port reform.\nThe meeting is being hosted by British Foreign "
                 "Secretary Ann Bell.\nAlso due to attend are French Foreign Minister Paul "
                 "Roux and UN Secretary General Ada Kim.", published="2026-05-04")
    assert ex.events
    assert {"Ann Bell", "Paul Roux", "Ada Kim"} <= _names(ex.events[0])


def test_the_cochairs_of_a_meeting_named_with_an_honorific(extract) -> None:
    ex = extract("SANTIAGO, March 3, 2025 - Chile and Peru agreed to speed up talks on travel.\n"
                 "The two nations also had talks on trade during the meeting held by video "
                 "conference, the ministry said.\nHeld on Wednesday, the discussion during the "
                 "Chile-Peru Political Consultations was co-chaired by the permanent secretaries "
                 "of their foreign ministries: Mr Alberto Vargas of Chile and Mr Jorge Salazar of "
                 "Peru.", published="2025-03-05")
    assert any({"Alberto Vargas", "Jorge Salazar"} <= _names(e) for e in ex.events)


def test_one_whose_words_came_beside_a_meeting_did_not_sit_at_it(extract) -> None:
    ex = extract("LIMA, May 4, 2026 - Shares fell on Monday after a meeting of Andean trade "
                 "ministers in Quito and stern words from central bank governor Rosa Quispe.\n"
                 "Peruvian Trade Minister Juan Soto met his Ecuadorian counterpart Luis Vera at "
                 "the meeting.", published="2026-05-04")
    assert ex.events and all("Rosa Quispe" not in _names(e) for e in ex.events)
