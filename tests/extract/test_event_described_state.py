"""A visit to a state named by what it is (branch descref), a sentence of our own."""
from accords.vocab import EventKind


def test_a_visit_to_the_pacific_nation_is_a_visit_to_the_state_named_before(extract) -> None:
    ex = extract("NUKU'ALOFA, May 2, 2024 - Australian Foreign Minister Helen Marsh and "
                 "Tongan Prime Minister Siaosi Vea signed a fisheries pact in Nuku'alofa after "
                 "talks on Marsh's first visit to the Pacific nation.", published="2024-05-02")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and visits[0].host_country == "TON"
    assert visits[0].visiting_country == "AUS"
