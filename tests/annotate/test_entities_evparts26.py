"""evparts26: an office one is chosen for and not yet in ("Prime Minister-designate X",
"President-elect Y") is read as the title before the name, as the office alone is."""
from accords.annotate.entities import find_people
from accords.annotate.gazetteer import gazetteer


def _people(text: str) -> list[tuple[str, str | None]]:
    # (no model spans: the title rule alone must find the name)
    return [(p.name, p.role) for p in find_people(text, 0, gazetteer().find(text), [], None)]


def test_designate_after_the_office_keeps_the_name_and_the_office():
    found = _people("Japanese Prime Minister-designate Kenji Tanaka said ties were good.")
    assert ("Kenji Tanaka", "Prime Minister-designate") in found


def test_elect_after_the_office_keeps_the_name_and_the_office():
    found = _people("Bolivian President-elect Jaime Ruiz Zamora will visit Lima.")
    assert ("Jaime Ruiz Zamora", "President-elect") in found


def test_a_hyphened_word_that_is_no_such_suffix_names_no_one():
    assert _people("The Prime Minister-led Cabinet Office said ties were good.") == []
