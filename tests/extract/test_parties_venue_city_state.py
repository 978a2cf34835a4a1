"""A state named only after its venue city ("at their summit in Reykjavik, Iceland", "talks
in Geneva, Switzerland") says where, like the city, and is no side of the instrument the
sentence tells (agparties24, round-29 audit). Sentences invented for these tests."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _countries(text: str, published: str = "1987-03-04") -> list[set[str]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [set(a.to_dict()["countries"])
            for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


_HEAD = ("Arms talks resume\nWASHINGTON, March 3 - The United States and the Soviet Union "
         "will resume arms talks, officials said. ")


def test_the_state_after_a_venue_city_is_no_side() -> None:
    recs = _countries(_HEAD + "He said the draft followed the formula he agreed upon with "
                      "Gorbachev at their summit last October in Reykjavik, Iceland, which was "
                      "shelved when the Soviet leader insisted on linking approval of such a "
                      "pact to agreement on space weapons.")
    assert recs
    assert not any("ISL" in c for c in recs)


def test_a_state_named_as_a_side_beside_a_venue_city_stays() -> None:
    # (guard: the state's name is a side when it is not the city's apposition)
    recs = _countries("Fish pact\nOSLO, March 3 - Norway and Iceland signed a fisheries "
                      "agreement in Reykjavik on Tuesday, officials said.")
    assert any({"NOR", "ISL"} <= c for c in recs)


def test_a_city_and_another_states_name_after_a_comma_is_read_as_before() -> None:
    # (guard: only the city's own state is its apposition; "in Oslo, Iceland and Norway
    # signed" names Iceland as a side)
    recs = _countries("Fish pact\nOSLO, March 3 - Meeting in Oslo, Iceland and Norway signed "
                      "a fisheries agreement on Tuesday, officials said.")
    assert any("ISL" in c for c in recs)
