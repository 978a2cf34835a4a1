"""The person model (ppeople): a leader named by office and surname alone, whom no table knows;
a monarch's regnal number; the state of a chamber's president; streets named after people.
Sentences of our own."""
from accords.annotate.entities import find_people
from accords.annotate.gazetteer import gazetteer


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.country)
            for p in find_people(text, 0, gazetteer().find(text), [], "2031-05-04")]


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_leader_named_by_office_and_surname_is_a_person() -> None:
    people = _people("Prime Minister Varga of Hungary met President Odhiambo in Budapest.")
    assert ("Varga", "Prime Minister", "HUN") in people
    assert ("Odhiambo", "President", None) in people


def test_a_foreign_secretary_by_surname_is_a_person() -> None:
    assert _people("Foreign Secretary Pellow flew to Oslo.") == [
        ("Pellow", "Foreign Secretary", None)]


def test_a_street_or_a_company_office_gives_no_person() -> None:
    assert _people("Crowds gathered on President Street on Friday.") == []
    assert _people("Marlow Holdings President Okeke opened a plant.") == []
    assert not any(n == "Rashid Road" for n, _, _ in
                   _people("The envoys met at a hotel on Sheikh Rashid Road."))


def test_a_regnal_number_ends_a_monarchs_name() -> None:
    assert ("Faisal III", "King", "JOR") in _people("King Faisal III of Jordan met the envoys.")


def test_a_chambers_president_has_the_state_before_the_chamber() -> None:
    assert ("Marta Quiroga", "Senate President", "CHL") in _people(
        "Chilean Senate President Marta Quiroga arrived in Lima.")


def test_a_leader_by_surname_takes_part_in_talks(extract) -> None:
    ex = extract("Leaders meet\nNAIROBI, March 7, 2031 (Reuters) - President Odhiambo held talks "
                 "with visiting President Adeyemi of Nigeria at State House on Monday.",
                 published="2031-03-07")
    assert ex.events and {"Odhiambo", "Adeyemi"} <= _names(ex.events[0])


def test_an_office_in_apposition_replaces_a_courtesy_title() -> None:
    assert ("Khalid bin Rashid Al Mansoori", "President of the UAE", "ARE") in _people(
        "Sheikh Khalid bin Rashid Al Mansoori, President of the UAE, arrived in Rome.")
