"""evparts29: a surname with a closed-up prefix before a second capital ("MacGregor",
"McNamara", "DeConcini") is read whole, not cut at the prefix; a state set off from a title by
a comma ("struck with the UAE, Prime Minister X said") is not the state of that office."""
from accords.annotate.entities import find_people
from accords.annotate.gazetteer import gazetteer


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    # (no model spans: the title rule alone must find the name)
    return [(p.name, p.role, p.country)
            for p in find_people(text, 0, gazetteer().find(text), [], None)]


def test_mac_prefix_keeps_the_whole_surname():
    found = _people("Canadian farm minister Donald MacLeod said the plan was fair.")
    assert ("Donald MacLeod", "farm minister", "CAN") in found


def test_mc_prefix_keeps_the_whole_surname():
    found = _people("Australian Foreign Minister Peter McNamara met officials in Rome.")
    assert [n for n, _, _ in found] == ["Peter McNamara"]


def test_a_prefix_that_is_the_whole_word_is_no_prefix():
    found = _people("Irish Foreign Minister Dermot Mack said the plan was fair.")
    assert [n for n, _, _ in found] == ["Dermot Mack"]


def test_a_state_before_a_comma_is_not_the_state_of_the_title():
    found = _people("The deal was struck with Canada, Prime Minister Giulio Ferri said.")
    assert found == [("Giulio Ferri", "Prime Minister", None)]


def test_a_state_right_before_the_title_is_its_state():
    found = _people("The deal was struck, Canadian Prime Minister Giulio Ferri said.")
    assert found == [("Giulio Ferri", "Prime Minister", "CAN")]


def test_an_abbreviation_before_the_title_is_its_state():
    found = _people("The deal was struck, U.S. Trade Representative Carl Hills said.")
    assert ("Carl Hills", "Trade Representative", "USA") in found


def test_a_body_before_its_bracketed_acronym_owns_the_title():
    found = _people("Food and Agriculture Organization (FAO) Director-General Ana Ruiz said so.")
    assert [n for n, _, _ in found] == ["Ana Ruiz"]
