"""Event participants of the round-23 audit (branch evparts11), probed with invented sentences:
one named before "a meeting / talks between A, B and C" who only reacts to it or says something
of it ("welcomed the outcome of", "said ... would resume") is no participant; the sides the
gathering names are; one who speaks of talks "between him and B" is a side."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


def test_one_who_welcomed_the_outcome_is_no_participant(extract) -> None:
    ex = extract("OSLO, May 4 - Norwegian Finance Minister Ingrid Haldorsen welcomed on "
                 "Thursday the outcome of a meeting between Swedish Finance Minister Lars "
                 "Ekdahl and Danish Economy Minister Mette Skov in Copenhagen.",
                 published="1988-05-04")
    found = _gatherings(ex)
    assert found, ex.events
    for e in found:
        assert "Ingrid Haldorsen" not in _names(e), _names(e)
    assert any({"Lars Ekdahl", "Mette Skov"} <= _names(e) for e in found), \
        [_names(e) for e in found]


def test_one_who_praised_talks_between_others_is_no_participant(extract) -> None:
    ex = extract("ROME, May 4 - Italian Foreign Minister Paolo Venturi praised the talks "
                 "between Greek Prime Minister Nikos Dimou and Turkish Prime Minister Kemal "
                 "Arslan held in Geneva on Wednesday.", published="1988-05-04")
    for e in _gatherings(ex):
        assert "Paolo Venturi" not in _names(e), _names(e)


def test_one_who_speaks_of_talks_between_him_and_another_is_a_side(extract) -> None:
    ex = extract("OSLO, May 4 - Norwegian Foreign Minister Ingrid Haldorsen said a meeting "
                 "between her and Swedish Foreign Minister Lars Ekdahl in Stockholm on "
                 "Wednesday had been useful.", published="1988-05-04")
    found = _gatherings(ex)
    assert any("Ingrid Haldorsen" in _names(e) for e in found), [_names(e) for e in found]


def test_one_who_spoke_at_a_meeting_between_others_was_there(extract) -> None:
    ex = extract("LAGOS, May 4 - \"Our exports have fallen in value,\" Ghanaian Finance "
                 "Minister Kwame Boateng told a news conference at a meeting between West "
                 "African finance ministers and World Bank officials.", published="1988-05-04")
    # (he was there: a gathering read with people keeps him)
    assert all(not e.participants or "Kwame Boateng" in _names(e) for e in _gatherings(ex)), \
        [_names(e) for e in _gatherings(ex)]
