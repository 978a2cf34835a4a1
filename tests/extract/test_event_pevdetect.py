"""Events the tool did not detect at all (branch pevdetect), sentences of our own: a guest
named after an apposition or as the leader of a delegation, a host whose state only the place
gives, military chiefs and a parliament's Speaker as officials, an arrival told by the flight
("landed in", "touched down in", "flew into"); and what must stay no event."""
from accords.vocab import EventKind


def _visits(ex):
    return [e for e in ex.events if e.kind == EventKind.VISIT]


def test_an_ambassador_received_named_after_an_apposition(extract) -> None:
    ex = extract("LOME, May 6, 2025 (ATOP) - Foreign Minister Kofi Mensah received the new "
                 "Ambassador of Brazil, Paulo Ramos, in Lome on Tuesday.", published="2025-05-06")
    visits = _visits(ex)
    assert len(visits) == 1 and visits[0].visiting_country == "BRA"
    assert "Paulo Ramos" in {p.name for p in visits[0].participants}


def test_a_delegation_led_by_a_named_official(extract) -> None:
    ex = extract("LOME, May 6, 2025 (ATOP) - Prime Minister Ama Kodjo received a delegation led "
                 "by Deputy Foreign Minister Ivan Petrov of Bulgaria on Tuesday.",
                 published="2025-05-06")
    visits = _visits(ex)
    assert len(visits) == 1 and visits[0].visiting_country == "BGR"


def test_a_delegation_of_farmers_is_no_event(extract) -> None:
    ex = extract("LOME, May 6, 2025 (ATOP) - The Minister of Agriculture received a delegation "
                 "of farmers from the Plateaux Region on Tuesday.", published="2025-05-06")
    assert not ex.events


def test_a_host_whose_state_the_place_gives(extract) -> None:
    ex = extract("DOHA, May 6, 2025 (QNA) - Emir Sheikh Hamad bin Khalid Al Mansour received the "
                 "Peruvian foreign minister in Doha on Monday.", published="2025-05-06")
    visits = _visits(ex)
    assert len(visits) == 1
    assert (visits[0].host_country, visits[0].visiting_country) == ("QAT", "PER")


def test_an_army_chief_is_an_official(extract) -> None:
    ex = extract("CAIRO, May 6, 2025 (MENA) - Egyptian President Omar Fathy received Libyan army "
                 "chief Salem Haddad in Cairo on Monday.", published="2025-05-06")
    assert len(_visits(ex)) == 1


def test_a_landing_tells_the_arrival(extract) -> None:
    ex = extract("LISBON, May 6, 2025 (Lusa) - Chilean President Rosa Fuentes landed in Lisbon "
                 "on Monday for a three-day state visit.", published="2025-05-06")
    visits = _visits(ex)
    assert len(visits) == 1
    assert (visits[0].start, visits[0].end) == ("2025-05-05", "2025-05-07")


def test_a_team_flying_into_a_city_is_no_event(extract) -> None:
    ex = extract("LAGOS, May 6, 2025 (NAN) - The national football team flew into Lagos on "
                 "Sunday for a friendly match.", published="2025-05-06")
    assert not ex.events
