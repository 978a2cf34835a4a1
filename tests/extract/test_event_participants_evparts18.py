"""evparts18: one the article titles elsewhere, told by surname as going to a gathering it told
before ("X, but not Y, is due to attend the summit", "X will go to <the summit's city>"), takes
part in it."""
from __future__ import annotations

_SUMMIT = ("LIMA, March 2 - Peru may come under pressure at next week's Andean summit in Quito "
           "to cut its copper tariffs, officials said. President Alan Ferreira said exports "
           "were weak, and central bank governor Luis Bustamante agreed. Copper output fell "
           "in January. ")


def _people(ex) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [sorted(p.name for p in e.participants if p.type == "person") for e in ex.events]


def _summit(ex):  # type: ignore[no-untyped-def]
    return next(e for e in ex.events if e.kind.value == "summit")


def test_a_surname_due_to_attend_the_summit_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(_SUMMIT + "Ferreira, but not Bustamante, is due to attend the summit.",
                 published="1987-03-02")
    assert [p.name for p in _summit(ex).participants] == ["Alan Ferreira"]


def test_a_surname_going_to_the_summits_city_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(_SUMMIT + "Ferreira will go to Quito only days after the figures are out.",
                 published="1987-03-02")
    assert [p.name for p in _summit(ex).participants] == ["Alan Ferreira"]


def test_going_to_another_city_or_commenting_adds_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    for tail in ("Ferreira will go to Cusco only days after the figures are out.",
                 "Ferreira said the summit would be difficult.",
                 "The fact that Ferreira is not attending the summit has surprised traders."):
        ex = extract(_SUMMIT + tail, published="1987-03-02")
        assert "Alan Ferreira" not in [p.name for p in _summit(ex).participants]


def test_one_with_no_office_does_not_attend_by_surname(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("LIMA, March 2 - Peru may come under pressure at next week's Andean summit in Quito "
            "to cut its copper tariffs, officials said. Marta Quispe, who sells copper, said "
            "exports were weak. Quispe is due to attend the summit.")
    ex = extract(text, published="1987-03-02")
    assert all("Marta Quispe" not in names for names in _people(ex))
