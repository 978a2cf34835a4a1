"""Event participants of the round-22 audit (branch evparts9), probed with invented sentences:
the untitled surname that is the subject of a sentence holding talks with someone ("X arrived on
Monday and will have talks with Y") is the person the article titles in full elsewhere; a
leader the article titles by one name only ("President Nkemba") is the one met after "talks
with"; not the subject of a verb of saying nor one never titled."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


_LEAD = ("LUSAKA, May 12 - Asian Development Bank President Alden Fairbank should urge the "
         "government of President Nkemba to cut farm subsidies, a local weekly said.\n\n"
         "The weekly said the ministry of finance had been slow to act on copper prices.\n\n")


def test_the_subject_of_a_coordinated_talks_predicate_takes_part(extract) -> None:
    ex = extract(_LEAD + "Fairbank arrived here on Sunday and will have talks with Nkemba "
                 "tomorrow.", published="1989-05-12")
    found = _gatherings(ex)
    assert found and any("Alden Fairbank" in _names(e) for e in found), [_names(e) for e in found]


def test_a_leader_titled_by_one_name_elsewhere_is_the_one_met(extract) -> None:
    ex = extract(_LEAD + "Fairbank arrived here on Sunday and will have talks with Nkemba "
                 "tomorrow.", published="1989-05-12")
    found = _gatherings(ex)
    assert found and any("Nkemba" in _names(e) for e in found), [_names(e) for e in found]


def test_the_subject_of_a_verb_of_saying_is_not_made_a_participant(extract) -> None:
    ex = extract(_LEAD + "Fairbank said the minister would have talks with Nkemba tomorrow.",
                 published="1989-05-12")
    for e in _gatherings(ex):
        assert "Alden Fairbank" not in _names(e), _names(e)
