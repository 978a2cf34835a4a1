"""Event participants of the round-20 audit's classes (branch evparts6), probed with invented
sentences: the speaker of a sentence that opens with words said at a gathering the article
told of before or tells of right after ("Speaking after the latest round of talks, X said", "In
her opening remarks at the summit, Ms X said"), and the chair of a gathering named in another
sentence ("X, who chaired the meeting", "the chairman of the working party, Ambassador X",
"It was chaired by X"). Near misses: a news conference, a firm's meeting, an office alone."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex):
    return [e for e in ex.events if e.kind.value != "visit"]


def test_the_speaker_after_the_latest_round_of_talks_sat_at_the_round_told_after(extract) -> None:
    ex = extract("Chile and Peru are far apart on fishing rights, Chile's envoy has said. Speaking "
                 "after the latest round of talks, Marta Quiroga said she was \"disappointed\". "
                 "Her counterpart Luis Benavides spoke of slow progress. Fishing boats stayed in "
                 "port all week. In a statement released after the fourth round of talks between "
                 "Chile and Peru, Mr Benavides said the differences were wide.")
    found = _gatherings(ex)
    assert found and any("Marta Quiroga" in _names(e) for e in found), [_names(e) for e in found]


def test_the_speaker_in_her_opening_remarks_at_the_summit_took_part(extract) -> None:
    ex = extract("About 30 states took part in an online summit hosted by the African Union on "
                 "Monday. Pledges reached $2bn. AU Commission chair Amina van der Berg said the "
                 "money would fund clinics. Kenya and Ghana pledged more than others did. In her "
                 "opening remarks at the summit, Ms van der Berg said every state must give.",
                 published="2021-03-02")
    found = _gatherings(ex)
    assert found and any("Amina van der Berg" in _names(e) for e in found)


def test_one_who_chaired_the_meeting_took_part_in_it(extract) -> None:
    ex = extract("OSLO, June 2 - Finance ministers of the Nordic states met in Bergen today to "
                 "discuss budget rules. \"Many delegations found the report too gloomy,\" said "
                 "Norwegian Finance Minister Lars Hovland, who chaired the meeting.",
                 published="1988-06-02")
    found = _gatherings(ex)
    assert found and all("Lars Hovland" in _names(e) for e in found)


def test_the_chairman_of_the_working_party_took_part_in_the_talks(extract) -> None:
    ex = extract("Talks between Norway and Iceland on fishing quotas held in Geneva made good "
                 "progress on Monday, officials said. But the chairman of the working party, "
                 "Ambassador Anton Grimsson of Denmark, warned that much work remained.",
                 published="1988-06-02")
    found = _gatherings(ex)
    assert found and all("Anton Grimsson" in _names(e) for e in found)


def test_a_meeting_it_says_was_chaired_by_a_prime_minister(extract) -> None:
    ex = extract("The foreign ministers of Chile, Peru and Bolivia met in Lima on Tuesday to "
                 "discuss a border treaty. It was chaired by Peruvian Prime Minister Rosa Alarcon.",
                 published="2021-03-03")
    found = _gatherings(ex)
    assert found and all("Rosa Alarcon" in _names(e) for e in found)


def test_the_speaker_at_the_news_conference_after_a_meeting_is_no_participant(extract) -> None:
    ex = extract("LIMA, May 4 - Peru's Finance Minister Ramon Quispe met Chilean Finance Minister "
                 "Pablo Ortiz in Lima on Monday. Bolivia's trade minister Carla Vidal met the press "
                 "in La Paz. Speaking at the news conference afterwards, Trade Minister Carla "
                 "Vidal said the talks in Lima had gone well.", published="1988-05-04")
    found = _gatherings(ex)
    assert found and not any("Carla Vidal" in _names(e) for e in found)


def test_a_chair_by_office_only_is_no_name(extract) -> None:
    ex = extract("The foreign ministers of Chile, Peru and Bolivia met in Lima on Tuesday to "
                 "discuss a border treaty. It was chaired by the Peruvian prime minister.",
                 published="2021-03-03")
    found = _gatherings(ex)
    assert found and not any("Peruvian" in " ".join(_names(e)) for e in found)
