"""Event recall for gatherings told in passing (branch evrecall5), sentences of our own: a
visit named by its place before the noun ("his Canberra visit") is a visit."""
from accords.vocab import EventKind, EventStatus


def test_a_visit_named_by_its_place_before_the_noun(extract) -> None:
    ex = extract("TOKYO, May 2, 2025 - Japanese Prime Minister Kenji Sato said the economy was "
                 "sound. Aides said Sato hopes to settle the beef dispute before or during his "
                 "three-day Canberra visit from May 20, when Australia may open its market.",
                 published="2025-05-02")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert len(visits) == 1
    v = visits[0]
    assert (v.place, v.host_country, v.visiting_country) == ("Canberra", "AUS", "JPN")
    assert v.status == EventStatus.PLANNED
    assert [p.name for p in v.participants] == ["Kenji Sato"]


def test_a_trip_at_home_named_by_its_place_is_no_visit(extract) -> None:
    ex = extract("TOKYO, May 2, 2025 - Japanese Prime Minister Kenji Sato said the economy was "
                 "sound. Aides said Sato will discuss the beef dispute with farmers during his "
                 "two-day Osaka trip next week, Japan's broadcaster reported.",
                 published="2025-05-02")
    assert not [e for e in ex.events if e.kind == EventKind.VISIT]
