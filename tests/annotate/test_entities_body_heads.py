"""An intergovernmental body's head written in news style before the name ("IMF boss X", "WHO
chief X") is a titled person with no state (branch evparts12, round-23 audit: a skipped
sentence's "IMF boss" named no one, so the "He" of the next sentence's meeting had no
antecedent); a state's officer to a body ("Pakistan's U.N. representative X") and a body's
member ("EU trade commissioner X") are not read as its head."""
from accords.annotate.entities import find_people
from accords.annotate.gazetteer import gazetteer


def _titled(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.role, p.country)
            for p in find_people(text, 0, gazetteer().find(text), [], None)]


def test_a_bodys_boss_before_a_name_is_a_titled_person() -> None:
    assert ("Marcel Dufrene", "boss", None) in _titled(
        "IMF boss Marcel Dufrene was asked by finance ministers to write a report.")


def test_a_bodys_chief_before_a_name_is_a_titled_person() -> None:
    assert [name for name, _, _ in _titled(
        "WHO chief Anna Lindqvist warned that the outbreak was far from over.")] == [
        "Anna Lindqvist"]


def test_a_states_officer_to_a_body_is_not_its_head() -> None:
    assert not any(role == "representative" for _, role, _ in _titled(
        "Ruritania's acting U.N. representative Karel Novy wrote to the Council."))


def test_a_bodys_member_is_not_read_as_its_head() -> None:
    assert _titled("EU trade commissioner Jon Haldane flew home on Friday.") == []

