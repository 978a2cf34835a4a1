"""Event participants and places of the round-16 audit's classes and of 60 full-run records
(branch evparts), probed with invented sentences: companions titled in lower case, "the two
ministers" of the sentence before, a counterpart joined by "and" in the next sentence, "the
secretary" resolved to the article's Secretary of State, a spokesman who only reports, who will
represent or lead each side, people not attending, a delegation's head, a speaker after the
talks, an office read as a name, a capital named by its state's adjective, a state as the only
place, two places named together, a trip's purpose, a meeting told as virtual next."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_companions_with_lower_case_titles_join_the_visit(extract) -> None:
    ex = extract("CARACAS, April 20 - Finance Minister Pedro Salas said he will visit Japan in "
                 "mid-May to discuss credits. Salas told reporters he will be accompanied by "
                 "central bank president Luis Moreno and director of public finance Carlos Ruiz.",
                 published="1987-04-20")
    visits = [e for e in ex.events if e.kind.value == "visit"]
    assert visits and _names(visits[0]) == {"Pedro Salas", "Luis Moreno", "Carlos Ruiz"}


def test_the_two_ministers_are_the_delegation_heads_named_before(extract) -> None:
    ex = extract("The delegations were led by Pakistani Interior Minister Ali Naqvi and "
                 "Belarusian Interior Minister Ivan Kubrak. The two ministers held talks in "
                 "Minsk on Tuesday.", published="2025-04-10")
    assert ex.events and _names(ex.events[0]) == {"Ali Naqvi", "Ivan Kubrak"}


def test_the_two_ministers_of_one_state_are_not_taken(extract) -> None:
    ex = extract("The delegation was led by Kenyan Trade Minister Ruth Wanjiku and Kenyan "
                 "Finance Minister Peter Otieno. The two ministers held talks with Ugandan "
                 "officials in Kampala on Tuesday.", published="2025-04-10")
    assert not any(_names(e) == {"Ruth Wanjiku", "Peter Otieno"} for e in ex.events)


def test_a_counterpart_joined_by_and_in_the_next_sentence(extract) -> None:
    ex = extract("Russian Foreign Minister Sergei Lavrov held talks with his Ghanaian "
                 "counterpart in Moscow on Monday. Lavrov and Shirley Botchey discussed trade "
                 "and security.", published="2021-03-03")
    assert ex.events and _names(ex.events[0]) == {"Sergei Lavrov", "Shirley Botchey"}


def test_the_secretary_is_the_secretary_of_state_named_before(extract) -> None:
    ex = extract("U.S. Secretary of State George Shultz met Soviet Foreign Minister Eduard "
                 "Shevardnadze in Moscow on Tuesday. The secretary also met Soviet leader "
                 "Mikhail Gorbachev.", published="1987-04-15")
    assert any(_names(e) == {"George Shultz", "Mikhail Gorbachev"} for e in ex.events)


def test_a_spokesman_reporting_a_meeting_is_no_participant(extract) -> None:
    ex = extract("BONN, March 23 - Economics Ministry spokesman Dieter Vogt said in a statement "
                 "the minister had called him from New Zealand, where he is attending a GATT "
                 "ministerial meeting.", published="1987-03-23")
    assert not any("Dieter Vogt" in _names(e) for e in ex.events)


def test_the_host_at_his_own_residence_still_takes_part(extract) -> None:
    ex = extract("Turkish President Kemal Aydin held talks with Russian President Ivan Petrov "
                 "at his residence in Sochi on Monday.", published="2021-03-03")
    assert ex.events and _names(ex.events[0]) == {"Kemal Aydin", "Ivan Petrov"}


def test_who_will_represent_each_side_sits_at_the_talks(extract) -> None:
    ex = extract("Talks on the future of the islands will open in London on Wednesday between "
                 "British and Spanish officials. Chief Minister Peter Karuna will represent the "
                 "islanders, while Europe Director Dominic Chilton will represent Britain.",
                 published="2005-02-02")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and {"Peter Karuna", "Dominic Chilton"} <= _names(talks[0])


def test_a_capital_named_by_its_state_adjective_is_the_place(extract) -> None:
    ex = extract("Iranian Foreign Minister Ali Rezaei met his Saudi counterpart Faisal Omar in "
                 "the Qatari capital on Monday. Doha has hosted several rounds of such talks "
                 "since 2019.", published="2021-03-03")
    assert ex.events and ex.events[0].place == "Doha"


def test_the_capital_the_dateline_names_is_the_place(extract) -> None:
    ex = extract("MANILA, July 8 (Reuters) - Japanese Foreign Minister Yoko Kamikawa held talks "
                 "with Philippine Foreign Secretary Enrique Manalo in the Philippine capital on "
                 "Monday.", published="2024-07-08")
    assert ex.events and ex.events[0].place == "Manila" and ex.events[0].place_stated


def test_a_capital_the_article_does_not_name_is_not_guessed(extract) -> None:
    ex = extract("Iranian Foreign Minister Ali Rezaei met his Saudi counterpart Faisal Omar in "
                 "the Qatari capital on Monday.", published="2021-03-03")
    assert ex.events and ex.events[0].place is None


def test_capital_markets_are_no_place(extract) -> None:
    ex = extract("Iranian Foreign Minister Ali Rezaei met his Saudi counterpart Faisal Omar on "
                 "Monday to discuss investment in the Saudi capital markets.",
                 published="2021-03-03")
    assert ex.events and ex.events[0].place is None


def test_a_state_is_the_place_when_no_city_is_given(extract) -> None:
    ex = extract("Pakistani Prime Minister Imran Ali held talks with Turkish President Kemal "
                 "Aydin in Turkey on Monday.", published="2019-11-13")
    assert ex.events and ex.events[0].place == "Turkey"


def test_a_state_the_talks_are_about_is_no_place(extract) -> None:
    ex = extract("Russian Foreign Minister Sergei Lavrov held talks with Turkish Foreign "
                 "Minister Mevlut Celik on the crisis in Syria on Monday.", published="2019-11-13")
    assert ex.events and ex.events[0].place is None


def test_an_office_read_as_a_name_is_no_participant(extract) -> None:
    ex = extract("WASHINGTON, June 29 - Soviet Agriculture Secretary Viktor Nikolov met U.S. "
                 "Agriculture Secretary Richard Lang on Monday. Nikolov said wheat was not "
                 "something to discuss at a meeting with the President of the United States.",
                 published="1987-06-29")
    assert ex.events and not any("United States" in _names(e) for e in ex.events)


def test_people_the_sentence_says_are_not_attending_are_no_participants(extract) -> None:
    ex = extract("LONDON, March 30 - Brazilian institute president Jorge Dantas and Assistant "
                 "U.S. Trade Representative John Rosen are not attending the coffee board's "
                 "meeting, which opens in London on Tuesday, delegates said. The board will "
                 "discuss export quotas at the meeting.", published="1987-03-30")
    assert ex.events and not any(_names(e) & {"Jorge Dantas", "John Rosen"} for e in ex.events)


def test_the_head_of_a_delegation_to_the_talks_sat_at_them(extract) -> None:
    ex = extract("WASHINGTON, March 4 - Failure of talks on coffee export quotas in London last "
                 "week may put pressure on the United States, officials said. John Rosen, "
                 "assistant U.S. trade representative and head of Washington's delegation to the "
                 "talks, told Reuters the United States is willing to resume negotiations.",
                 published="1987-03-04")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and "John Rosen" in _names(talks[0])


def test_the_speaker_at_a_briefing_after_the_talks_took_part(extract) -> None:
    ex = extract("KYOTO, April 26 - Ministers from the major trading nations agreed to review "
                 "farm trade, Canadian Trade Minister Patricia Carlsen said. \"We think we can get "
                 "some movement on this,\" she told reporters at a briefing following informal "
                 "talks with the U.S., Japanese and European trade ministers here.",
                 published="1987-04-26")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and "Patricia Carlsen" in _names(talks[0])


def test_the_city_a_leader_heads_to_for_a_meeting_is_its_place(extract) -> None:
    ex = extract("KIEV, Feb 21 - Ukraine is to review dozens of state asset sales, President "
                 "Viktor Yurchenko said on Monday. The comments came as Yurchenko prepared to head "
                 "to Brussels to meet with US President George W Bush and other Nato leaders.",
                 published="2005-02-21")
    assert ex.events and ex.events[0].place == "Brussels" and ex.events[0].place_stated


def test_two_places_named_together_are_no_venue(extract) -> None:
    ex = extract("Indian Foreign Minister Raj Kumar met Pakistani Foreign Minister Ali Khan on "
                 "Monday and both sides agreed to reopen their consulates in Karachi and Mumbai.",
                 published="2005-02-21")
    assert ex.events and ex.events[0].place is None


def test_a_meeting_the_next_sentence_says_was_virtual_has_no_dateline_city(extract) -> None:
    ex = extract("WASHINGTON, Sept 11 (Reuters) - Secretary of State Mark Porter met Japanese "
                 "Foreign Minister Taro Kano on Friday to discuss the South China Sea. The meeting "
                 "took place virtually because of the pandemic.", published="2020-09-11")
    assert ex.events and not ex.events[0].place_stated


def test_a_meeting_followed_by_other_news_keeps_the_dateline_city(extract) -> None:
    ex = extract("WASHINGTON, Sept 11 (Reuters) - Secretary of State Mark Porter met Japanese "
                 "Foreign Minister Taro Kano here on Friday to discuss the South China Sea. The "
                 "two men later spoke to reporters.", published="2020-09-11")
    assert ex.events and ex.events[0].place == "Washington" and ex.events[0].place_stated


def test_the_heads_of_each_side_named_in_the_next_sentence_sat_at_the_talks(extract) -> None:
    ex = extract("Ghana and Togo held talks in Lome on Monday on border security. Defence "
                 "Minister Kofi Mensah led the Ghanaian delegation, while Foreign Minister Robert "
                 "Dusset headed the Togolese side.", published="2025-04-08")
    assert ex.events and _names(ex.events[0]) == {"Kofi Mensah", "Robert Dusset"}


def test_those_also_present_sat_at_the_meeting(extract) -> None:
    ex = extract("Kenyan President William Kariuki met Ugandan President John Okello in Kampala "
                 "on Friday. Also present were Kenyan Foreign Minister Ruth Wanjiku and her "
                 "Ugandan counterpart Henry Oryem.", published="2025-04-05")
    assert ex.events and {"Ruth Wanjiku", "Henry Oryem"} <= _names(ex.events[0])


def test_delegates_at_a_conference_still_tell_the_conference(extract) -> None:
    ex = extract("GENEVA, March 16 - Delegates at the rubber renegotiation conference, held under "
                 "the auspices of the United Nations, said the talks would go on until Friday.",
                 published="1987-03-16")
    assert ex.events
