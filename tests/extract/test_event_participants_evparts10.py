"""Event participants of the round-22 audit (branch evparts10), probed with invented sentences:
one who "told ministers", "told his EC colleagues", "told her fellow ministers" in another
sentence than the gathering's addressed the gathering's own people, so sat at it; not at a
gathering set for a later day than the one he spoke on, nor a gathering's people named after a
place or a body ("told leaders in Congress")."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


_COUNCIL = ("MONTEVIDEO, May 12 - Agriculture ministers of the Andean Community met today to "
            "discuss a plan to cut dairy subsidies.\n\n"
            "The plan was drawn up by a regional growers' federation.\n\n")


def test_one_who_told_ministers_sat_at_their_meeting(extract) -> None:
    ex = extract(_COUNCIL + "Officials said Andean Secretary-General Tomas Arbelaiz told "
                 "ministers today that the plan went too far.", published="1989-05-12")
    found = _gatherings(ex)
    assert found and any("Tomas Arbelaiz" in _names(e) for e in found), \
        [_names(e) for e in found]


def test_one_who_told_her_fellow_ministers_sat_at_their_meeting(extract) -> None:
    ex = extract(_COUNCIL + "Peruvian Agriculture Minister Hilda Quispe told her "
                 "fellow ministers that Lima would not accept deeper cuts.", published="1989-05-12")
    found = _gatherings(ex)
    assert found and any("Hilda Quispe" in _names(e) for e in found), \
        [_names(e) for e in found]


def test_not_at_a_gathering_set_for_a_later_day(extract) -> None:
    ex = extract("MONTEVIDEO, May 12 - Agriculture ministers of the Andean Community will meet "
                 "again in Quito on June 20 to approve a plan to cut dairy subsidies, officials "
                 "said.\n\nAndean Secretary-General Tomas Arbelaiz told ministers the plan went "
                 "too far.", published="1989-05-12")
    for e in _gatherings(ex):
        if e.start and e.start > "1989-05-12":
            assert "Tomas Arbelaiz" not in _names(e), _names(e)


def test_not_the_leaders_of_a_named_body(extract) -> None:
    ex = extract(_COUNCIL + "Senator Paul Whitcombe told leaders in Congress that the plan "
                 "would hurt American farmers.", published="1989-05-12")
    for e in _gatherings(ex):
        assert "Paul Whitcombe" not in _names(e), _names(e)

