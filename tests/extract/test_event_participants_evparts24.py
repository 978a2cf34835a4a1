"""evparts24: named attendees a sentence tells in other words than "met": "X, another co-host
of the conference, said" and "In opening the meeting, X said" (a gathering told before), "X
left Y to attend the meeting" (a purpose infinitive of setting off), "During his trip to Y, X
will meet A, B and C" (the traveller is the subject after the trip's phrase; every one met
takes part), and a name the model ends on a particle ("Anna von der" + "Linden")."""
from __future__ import annotations

from accords.annotate.entities import _rejoined_at_particles


def _names(event) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in event.participants if p.type == "person")


def _group(ex, kind: str):  # type: ignore[no-untyped-def]
    return next(e for e in ex.events if e.kind.value == kind and e.group)


_PLEDGE = ("About 30 countries took part in an online summit hosted by the African Union on "
           "Tuesday to raise money for malaria research. AU Commission Chairperson Moses "
           "Kabila said the money would fund new trials. Malaria killed more people last year "
           "than the year before. ")


def test_co_host_of_the_conference_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _PLEDGE + ("Ghanaian President Kwame Asante, another co-host of the conference, "
                      "said the pledges showed what unity could do.")
    ex = extract(text, published="2021-03-10")
    assert "Kwame Asante" in _names(_group(ex, "summit"))


_TEA = ("COLOMBO, June 3 - A meeting of six Asian tea producers ended with a call for joint "
        "export quotas, delegates said. Representatives at the meeting said the talks would "
        "go on. Tea prices fell again in May. ")


def test_in_opening_the_meeting_the_speaker_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _TEA + ("In opening the meeting, Sri Lankan President Ranil Perera said low prices "
                   "had cost the region millions.")
    ex = extract(text, published="1991-06-03")
    assert "Ranil Perera" in _names(_group(ex, "meeting"))


def test_left_home_to_attend_the_meeting_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _TEA + ("Indian Commerce Minister Arjun Mehta, who left New Delhi early today to "
                   "attend the meeting, said India backed the quotas.")
    ex = extract(text, published="1991-06-03")
    assert "Arjun Mehta" in _names(_group(ex, "meeting"))


_OTTAWA = ("OTTAWA, May 2 - Trade Minister Henrik Solberg of Norway, who flies to Ottawa this "
           "weekend for talks on fisheries, said quotas would not be cut. Fish prices fell again "
           "in April. ")


def test_during_his_trip_the_subject_travels_and_all_met_take_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _OTTAWA + ("During his trip to Ottawa, which runs from May 4 to 6, Solberg will meet "
                      "Foreign Minister Claire Dubois, Fisheries Minister Roy Fraser, World "
                      "Bank President Andrew Whitcombe and Paul Hartley, Governor of the Bank "
                      "of Canada.")
    ex = extract(text, published="1988-05-02")
    visits = [e for e in ex.events if e.kind.value == "visit"]
    assert visits and all("Henrik Solberg" in _names(v) for v in visits)
    assert any({"Claire Dubois", "Roy Fraser", "Andrew Whitcombe", "Paul Hartley"}
               <= set(_names(v))
               for v in visits)


def test_name_ended_on_a_particle_runs_on_to_the_surname() -> None:
    text = "Commission president Anna von der Linden and others"
    start = text.index("Anna")
    assert _rejoined_at_particles(text, [(start, start + len("Anna von der"))]) == [
        (start, start + len("Anna von der Linden"))]
    assert _rejoined_at_particles(text, [(start, start + len("Anna von"))]) == [
        (start, start + len("Anna von der Linden"))]
    # (a span the model gave the surname alone is inside the name carried on)
    s2 = text.index("Linden")
    assert _rejoined_at_particles(text, [(start, start + len("Anna von der")),
                                         (s2, s2 + len("Linden"))]) == [
        (start, start + len("Anna von der Linden"))]


def test_name_list_with_a_particle_name_keeps_every_conjunct(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("BRUSSELS - On Monday, German Chancellor Olaf Brenner, EU Commission president "
            "Ursula von der Leyen and Council president Pieter Claes will meet Japan's Prime "
            "Minister Kenji Sato for a summit through a video link.")
    ex = extract(text, published="2022-05-08")
    assert any("Ursula von der Leyen" in _names(e) and "Olaf Brenner" in _names(e)
               for e in ex.events)
