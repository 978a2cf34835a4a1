"""Event participants of the round-21 audit (branch evparts8), probed with invented sentences:
an office standing for its holder ("the FAO chief", "the Peruvian prime minister") at a
gathering is the one person the article names with that office's title elsewhere; not when two
people hold such a title, nor when the owner is another state's."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


def test_a_body_chief_speaking_at_a_long_named_meeting_is_its_director_general(extract) -> None:
    ex = extract("ROME (AP) - Food and Agriculture Organization (FAO) Director-General Marta "
                 "Eskola said on Monday that grain stocks were falling.\n\n"
                 "Speaking at the Group of 77 (G-77) Farm Ministers virtual meeting from Rome, the "
                 "FAO chief said poorer states needed seed credits.\n\n"
                 "\"We cannot wait,\" she said.", published="2021-03-02")
    found = _gatherings(ex)
    assert found and any("Marta Eskola" in _names(e) for e in found), [_names(e) for e in found]


def test_a_prime_minister_chairing_a_summit_is_the_titled_prime_minister(extract) -> None:
    ex = extract("LIMA, June 3 - Peruvian Prime Minister Jorge Salcedo said on Tuesday the Andean "
                 "states would agree a common tariff.\n\n"
                 "The Andean summit in Cusco - chaired by the prime minister - will open on "
                 "Friday, with the presidents of Bolivia, Ecuador and Colombia.",
                 published="1991-06-03")
    found = _gatherings(ex)
    assert found and any("Jorge Salcedo" in _names(e) for e in found), [_names(e) for e in found]


def test_an_office_subject_telling_the_meeting_is_its_holder(extract) -> None:
    ex = extract("OTTAWA, Sept 9 - Canadian Foreign Minister Helen Marchand said on Monday that "
                 "salmon stocks were at their lowest in decades.\n\n"
                 "Canadian and Chilean fisheries officials held talks in Ottawa on Monday on "
                 "salmon quotas.\n\n"
                 "The Canadian foreign minister told the talks that quotas would be cut by a "
                 "fifth.", published="1992-09-09")
    found = _gatherings(ex)
    assert found and any("Helen Marchand" in _names(e) for e in found), [_names(e) for e in found]


def test_an_office_held_by_two_named_people_gives_no_one(extract) -> None:
    ex = extract("GENEVA, May 5 - Swiss President Anna Keller and Austrian President Karl Moser "
                 "discussed Alpine transit on Monday.\n\n"
                 "Speaking after the talks, the president said lorries would pay more.",
                 published="1994-05-05")
    for e in _gatherings(ex):
        assert not {"Anna Keller", "Karl Moser"} - _names(e) or len(_names(e)) != 1, _names(e)


def test_another_states_office_does_not_resolve_to_a_holder_of_a_different_state(extract) -> None:
    ex = extract("NAIROBI, Feb 4 - Kenyan Finance Minister Daniel Otieno met World Bank officials "
                 "on Tuesday for talks on a road loan.\n\n"
                 "Speaking after the talks, the Ugandan finance minister said his country would "
                 "join the scheme.", published="1988-02-04")
    for e in _gatherings(ex):
        assert "Daniel Otieno" not in _names(e) or "Ugandan" not in e.source.quote, _names(e)
