"""A visitor's talks with the hosts, reported without a place: where and when the visit was."""
from accords.vocab import EventKind


def test_talks_on_a_visit_are_where_the_visit_is_not_where_the_story_was_filed(extract):
    ex = extract("BANGKOK, Feb. 4, 2025 (Xinhua) -- Cambodia and Laos signed a new trade "
                 "protocol on Monday as Cambodian Prime Minister Sok Vanna paid an official "
                 "visit to Vientiane, state media reported.\n\nSok Vanna, who became prime "
                 "minister in 2023, held talks with his Lao counterpart Khamla Sisouk.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(talks) == 1 and len(visits) == 1
    t, v = talks[0], visits[0]
    assert (t.place, t.host_country) == ("Vientiane", "LAO")
    assert t.start == v.start == "2025-02-03"
    # those the visitor met take part in the visit
    assert "Khamla Sisouk" in {p.name for p in v.participants}
