"""Event recall (branch evrecall9), sentences of our own: an organization's council named head
first and dated after its act; a visit told in a relative clause on the one who meets; a visit
told by its visitor after "by"."""

from accords.vocab import EventKind, EventStatus


def test_council_of_an_organization_agreeing_on_a_day_sat(extract) -> None:
    ex = extract("VIENNA, March 5 - The council of the International Coffee Organization (ICO) "
                 "approved new export quotas late on Wednesday after a week of haggling, "
                 "delegates said.", published="2025-03-05")
    (e,) = ex.events
    assert e.kind == EventKind.MEETING and "ICO" in e.title
    assert e.status == EventStatus.HELD and e.start == "2025-03-05"


def test_council_of_an_organization_with_no_day_is_no_sitting(extract) -> None:
    ex = extract("VIENNA, March 5 - The council of the International Coffee Organization (ICO) "
                 "agreed that quotas should stay, delegates said.", published="2025-03-05")
    assert not ex.events


def test_one_states_own_council_is_none(extract) -> None:
    ex = extract("ROME, March 5 - The council of the Italian Red Cross approved a budget "
                 "on Monday.", published="2025-03-05")
    assert not ex.events


def test_one_on_a_visit_told_in_a_relative_clause_who_met_a_premier(extract) -> None:
    ex = extract("RIGA, April 8 - Latvian Foreign Minister Anna Berzina and Lithuanian Foreign "
                 "Minister Tomas Kairys signed a border treaty today. Minister Kairys, who is on "
                 "a two-day visit to Latvia, also met Prime Minister Janis Ozols.",
                 published="2025-04-08")
    kinds = sorted(e.kind.value for e in ex.events)
    assert "visit" in kinds and "meeting" in kinds
    (m,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert [p.name for p in m.participants][:2] == ["Tomas Kairys", "Janis Ozols"]


def test_a_visit_where_he_met_stays_one_visit(extract) -> None:
    ex = extract("RIGA, April 8 - Lithuanian Foreign Minister Tomas Kairys ended a visit to "
                 "Latvia, where he met Prime Minister Janis Ozols.", published="2025-04-08")
    assert [e.kind for e in ex.events] == [EventKind.VISIT]


def test_a_visit_by_a_named_visitor_is_his(extract) -> None:
    ex = extract("LIMA, May 6 - The loan was signed by Chilean Finance Minister Pablo Rojas and "
                 "Peruvian Finance Minister Luis Paredes in Lima during a three-day visit by "
                 "Rojas that ended yesterday.", published="2025-05-06")
    (v,) = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert [p.name for p in v.participants][0] == "Pablo Rojas"
    assert (v.host_country, v.visiting_country) == ("PER", "CHL")
