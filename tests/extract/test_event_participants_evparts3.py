"""Event participants of the round-18 audit's classes (branch evparts3), probed with invented
sentences: the speaker of a main clause opened by "Speaking after a summit meeting", the host
who spoke before or after hosting a gathering. Near misses: a speaker after a gathering of no
state (a shareholders' meeting), a speaker who is no person."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex):
    return [e for e in ex.events if e.kind.value != "visit"]


def test_the_pronoun_speaker_after_a_summit_meeting_took_part(extract) -> None:
    ex = extract("Portuguese Prime Minister Rui Tavares has called the Dutch fishing quota "
                 "unfair. Speaking after a summit meeting of EU leaders he said unless the quota "
                 "was reviewed the bloc would never agree on its fisheries policy.")
    found = _gatherings(ex)
    assert found and any("Rui Tavares" in _names(e) for e in found)


def test_the_named_speaker_after_the_summit_took_part(extract) -> None:
    ex = extract("BRUSSELS, March 3 - Speaking to reporters after the summit of EU leaders in "
                 "Brussels, Portuguese Prime Minister Rui Tavares said the fishing quota was "
                 "unfair.", published="2005-03-03")
    found = _gatherings(ex)
    assert found and any("Rui Tavares" in _names(e) for e in found)


def test_the_host_who_spoke_before_hosting_the_meeting_took_part(extract) -> None:
    ex = extract("BRUSSELS, May 6 - Dutch Finance Minister Pieter Smeets said the exchange "
                 "rate system needed reform. Smeets was speaking before hosting an informal "
                 "meeting of European Community finance ministers in the Netherlands this "
                 "weekend.", published="1988-05-06")
    found = _gatherings(ex)
    assert found and any("Pieter Smeets" in _names(e) for e in found)


def test_a_speaker_after_a_shareholders_meeting_makes_no_gathering(extract) -> None:
    ex = extract("LONDON, May 9 - The tunnel company will raise 700 mln stg this year, "
                 "chairman Alan Ross said. Speaking to reporters after a shareholders meeting, "
                 "he said the company would offer new shares.", published="1988-05-09")
    assert not any("Alan Ross" in _names(e) for e in _gatherings(ex))


def test_a_leader_who_only_says_the_summit_will_find_it_hard_is_no_participant(extract) -> None:
    ex = extract("MADRID, June 29 - Prime Minister Luis Ortega has attacked the fishing "
                 "quotas proposed by the European Commission, saying they ignore the coastal "
                 "regions, and added that divisions over the issue would be hard to resolve "
                 "at this week's EC summit.", published="1988-06-29")
    assert not any("Luis Ortega" in _names(e) for e in _gatherings(ex))


def test_a_minister_who_says_what_the_summit_will_discuss_is_no_participant(extract) -> None:
    ex = extract("OTTAWA, June 1 - Finance Minister Paul Girard said next week's economic "
                 "summit in Venice will discuss currencies.", published="1987-06-01")
    assert not any("Paul Girard" in _names(e) for e in _gatherings(ex))


def test_a_leader_who_says_he_will_raise_it_at_the_summit_takes_part(extract) -> None:
    ex = extract("OTTAWA, June 1 - Prime Minister Paul Girard said he would raise the issue "
                 "of farm subsidies at next week's economic summit in Venice.",
                 published="1987-06-01")
    found = _gatherings(ex)
    assert found and "Paul Girard" in _names(found[0])


def test_a_leader_preparing_to_depart_for_the_summit_takes_part(extract) -> None:
    ex = extract("OTTAWA, June 1 - Prime Minister Paul Girard, preparing to depart for the "
                 "Venice economic summit on Wednesday, said the allies must keep their "
                 "promises on exchange rates.", published="1987-06-01")
    found = _gatherings(ex)
    assert found and "Paul Girard" in _names(found[0])


def test_the_chair_who_speaks_of_a_later_summit_keeps_his_meeting(extract) -> None:
    ex = extract("BRUSSELS, June 15 - EC farm and finance ministers met in Luxembourg "
                 "yesterday. Dutch finance minister Pieter Smeets, who chaired yesterday's "
                 "joint meeting of ministers, said afterwards some parts of the farm package "
                 "will have to be referred to the summit.", published="1987-06-15")
    assert any("Pieter Smeets" in _names(e) for e in _gatherings(ex))
