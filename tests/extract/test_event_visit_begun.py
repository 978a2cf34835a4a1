"""A visit told only by its beginning or end, with no place named ("King X of Y begins a
four-day state visit on Tuesday", under a dateline of another state): a visit to the state the
story is filed from, as an arrival with no place is (branch evdate25, round-28 events line 1).
A visitor known by one name after a title ("King Hamad") is found by that name. Sentences are
invented; 12 May 2026 is a Tuesday."""
from accords.vocab import EventKind, EventStatus


def _visits(ex):
    return [e for e in ex.events if e.kind == EventKind.VISIT]


def test_a_state_visit_begun_is_a_visit_to_the_dateline_state(extract) -> None:
    ex = extract("PARIS, May 10, 2026 - King Hamad of Bahrain begins a four-day state visit on "
                 "Tuesday which will focus on trade and investment.")
    (v,) = _visits(ex)
    assert (v.host_country, v.visiting_country) == ("FRA", "BHR")
    assert v.status == EventStatus.PLANNED
    assert (v.start, v.end) == ("2026-05-12", "2026-05-15")
    assert "King Hamad" in {p.name for p in v.participants}


def test_a_visit_ended_is_read_as_well(extract) -> None:
    ex = extract("PARIS, May 12, 2026 - Peruvian President Rosa Diaz ended a three-day official "
                 "visit today with a call for closer trade ties.")
    (v,) = _visits(ex)
    assert (v.host_country, v.visiting_country) == ("FRA", "PER")


def test_a_visit_begun_at_home_names_no_host(extract) -> None:
    # guard: filed from the visitor's own state, the visit's destination is not told
    ex = extract("LIMA, May 10, 2026 - Peruvian President Rosa Diaz begins a four-day state "
                 "visit on Tuesday which will focus on trade.")
    assert not [v for v in _visits(ex) if v.host_country == "PER"]


def test_a_visit_begun_to_a_place_named_is_that_place(extract) -> None:
    # guard: "begins a visit to Japan" is read by the visit to the place named
    ex = extract("PARIS, May 10, 2026 - King Hamad of Bahrain begins a four-day state visit to "
                 "Japan on Tuesday.")
    assert {v.host_country for v in _visits(ex)} == {"JPN"}


def test_the_host_a_visitor_arrived_here_to_see_takes_part(extract) -> None:
    # "X arrived here today for talks with President Y": Y, of the host state, is in the visit
    # (found once the visitor is; before, the visitor alone)
    ex = extract("LIMA, May 12, 2026 - Chile's Foreign Minister Luis Vega arrived here today for "
                 "talks with President Rosa Diaz on fishing quotas.")
    (v,) = _visits(ex)
    assert {"Luis Vega", "Rosa Diaz"} <= {p.name for p in v.participants}
