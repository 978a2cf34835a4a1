"""Event participants of the round-24 audit (branch evparts14), probed with invented articles:
a gathering named by its noun takes no one from a neighbour sentence that tells, by its verb,
another meeting of them ("X has met Y and Z to talk about ...", "he is due to meet President
Y"), while a neighbour that places the meeting where the gathering is, or one that follows the
article's lead gathering, still lends its people."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex) -> list:
    return [e for e in ex.events if e.kind.value in ("meeting", "talks", "summit", "conference")]


def test_people_of_talks_told_by_their_verb_are_not_lent_to_a_summit(extract) -> None:
    ex = extract("Leaders confer over Serbian EU bid\n\nDutch Prime Minister Pieter Vos has met "
                 "Spanish Prime Minister Luis Marin and Austrian Chancellor Karl Huber to talk "
                 "about Serbia joining the EU.\n\nThe talks in The Hague covered a range of "
                 "other topics ahead of an EU summit in Lisbon later in the week. Mr Vos is a "
                 "keen backer of talks on Serbian membership.")
    found = [e for e in _gatherings(ex) if e.kind.value == "summit"]
    assert found, [(e.title, _names(e)) for e in _gatherings(ex)]
    for e in found:
        assert not {"Luis Marin", "Karl Huber"} & _names(e), (e.title, _names(e))


def test_one_another_is_due_to_meet_is_not_lent_to_a_summit(extract) -> None:
    ex = extract("Kazakh trade bid gains ground\n\nTalks on Kazakhstan's bid to join the World "
                 "Trade Organisation are going well, officials said. President Mark Dalton said "
                 "the US backed Kazakh entry. His remarks come two days before he is due to meet "
                 "President Nursultan Abenov.\n\nKazakhstan has waited years to join. A decision "
                 "could come in October, when the WTO's members gather for a summit in Nairobi.")
    found = [e for e in _gatherings(ex) if e.kind.value == "summit"]
    assert found, [(e.title, _names(e)) for e in _gatherings(ex)]
    for e in found:
        assert "Nursultan Abenov" not in _names(e), (e.title, _names(e))


def test_a_meeting_placed_where_the_summit_is_still_lends(extract) -> None:
    ex = extract("Leaders confer in Lisbon\n\nEU leaders arrived for a summit in Lisbon "
                 "on Thursday. The summit is due to agree the budget. Dutch Prime Minister "
                 "Pieter Vos met Spanish Prime Minister Luis Marin in Lisbon before it opened.",
                 published="2005-06-16")
    assert any("Luis Marin" in _names(e) for e in _gatherings(ex) if e.kind.value == "summit"), \
        [(e.title, _names(e)) for e in _gatherings(ex)]


def test_a_meeting_after_the_lead_gathering_still_lends(extract) -> None:
    ex = extract("EC FARM MINISTERS SEEK DEAL\nBRUSSELS, May 12 - European Community agriculture "
                 "ministers hope to reach a deal on farm prices at a two-day meeting of EC farm "
                 "ministers in Brussels today.\n    Community officials said farm commissioner "
                 "Hans Vroom met Danish minister Jens Holm late last night to plan a new "
                 "initiative.\n", published="1987-05-12")
    assert any("Jens Holm" in _names(e) for e in _gatherings(ex) if "Two-day" in e.title), \
        [(e.title, _names(e)) for e in _gatherings(ex)]
