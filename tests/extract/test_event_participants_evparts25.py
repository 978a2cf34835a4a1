"""evparts25: a list that is the complement of "include" whose subject is people arriving at,
attending or seen at a gathering ("Officials seen arriving included A, B and C"), or of "were"
after such a participle heading the sentence ("Also seen arriving were D and E"), names people
of the gathering the sentence before (or the same sentence, or the list before) told."""
from __future__ import annotations


def _names(event) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in event.participants if p.type == "person")


def _of_kind(ex, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in ex.events if e.kind.value == kind]


_LEAD = ("OTTAWA, June 3 - Trade ministers of the Andean states arrived at the Foreign Ministry "
         "this morning to begin a meeting of the Andean Pact council. ")


def test_officials_seen_arriving_included(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Officials seen arriving by reporters included Peruvian Trade Minister "
                    "Carlos Urrutia Vega and Bolivian Trade Minister Ana Lucia Mendoza. "
                    "Cold rain fell on the capital all day.")
    ex = extract(text, published="1991-06-03")
    names = _names(_of_kind(ex, "meeting")[0])
    assert "Carlos Urrutia Vega" in names and "Ana Lucia Mendoza" in names


def test_also_seen_arriving_were_after_a_list(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Officials seen arriving by reporters included Peruvian Trade Minister "
                    "Carlos Urrutia Vega. Also seen arriving were Colombian Trade Minister "
                    "Julia Restrepo Diaz and Ecuadorean Trade Minister Pablo Andrade Ruiz.")
    ex = extract(text, published="1991-06-03")
    names = _names(_of_kind(ex, "meeting")[0])
    assert "Julia Restrepo Diaz" in names and "Pablo Andrade Ruiz" in names


def test_a_list_of_what_the_talks_included_adds_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Topics discussed included tariffs proposed by Peruvian Trade Minister "
                    "Carlos Urrutia Vega.")
    ex = extract(text, published="1991-06-03")
    assert "Carlos Urrutia Vega" not in _names(_of_kind(ex, "meeting")[0])
