"""Event participants of the round-18 audit's classes (branch evparts2), probed with invented
sentences: the named speaker of a gathering the article has just told of ("X told the meeting",
"X is to speak during the opening ceremony", "he said in an opening speech to a meeting"), and
the chief negotiators who "will lead an opening session", named by surname after the article
gave them in full. Near misses: a person the speech is about, a surname the article never gives
in full, a speaker with no name before the verb."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def _gatherings(ex):
    return [e for e in ex.events if e.kind.value != "visit"]


def test_the_one_who_told_the_meeting_took_part(extract) -> None:
    ex = extract("LOME, May 4 - Coastal states must pool their fisheries, Togolese fisheries "
                 "minister Koffi Amegan said. Catches had fallen by a third, he said in an "
                 "opening speech to a meeting of West African fisheries ministers in Lome. "
                 "Mariam Sow, the executive secretary of the regional fisheries commission, "
                 "told the meeting that stocks were at risk.", published="1988-05-04")
    found = _gatherings(ex)
    assert found and {"Koffi Amegan", "Mariam Sow"} <= _names(found[0])


def test_one_named_in_the_speech_is_no_participant(extract) -> None:
    ex = extract("LOME, May 4 - Coastal states must pool their fisheries, Togolese fisheries "
                 "minister Koffi Amegan said. Catches had fallen by a third, he said in an "
                 "opening speech to a meeting of West African fisheries ministers in Lome. "
                 "Mariam Sow told the meeting that a plan drawn "
                 "up by Senegalese fisheries minister Ousmane Diallo had failed.",
                 published="1988-05-04")
    found = _gatherings(ex)
    assert found and "Mariam Sow" in _names(found[0])
    assert not any("Ousmane Diallo" in _names(e) for e in found)


def test_the_speaker_of_the_opening_ceremony_took_part(extract) -> None:
    ex = extract("Tuesday's virtual meeting brings together envoys from 120 member states of "
                 "the World Meteorological Organization. Brazilian President Ana Ribeiro, who "
                 "has pressed for more funding, is to speak during Tuesday's opening ceremony.",
                 published="2021-06-07")
    found = _gatherings(ex)
    assert found and "Ana Ribeiro" in _names(found[0])


def test_negotiators_named_by_surname_lead_the_opening_session(extract) -> None:
    ex = extract("OSLO - Norway and the European Union will resume fisheries talks on Monday "
                 "after a break of two months. Their chief negotiators, Lars Haugen and Pia "
                 "Lindqvist, met last in January. Officials say little progress has been made. "
                 "Haugen and Lindqvist will lead an opening session on Monday afternoon.",
                 published="2021-03-01")
    talks = [e for e in ex.events if e.kind.value == "talks"]
    assert talks and {"Lars Haugen", "Pia Lindqvist"} <= _names(talks[0])


def test_surnames_the_article_never_gives_in_full_are_not_taken(extract) -> None:
    ex = extract("OSLO - Norway and the European Union will resume fisheries talks on Monday "
                 "after a break of two months. Haugen and Lindqvist will lead an opening "
                 "session on Monday afternoon.", published="2021-03-01")
    assert not any({"Haugen", "Lindqvist"} & _names(e) for e in ex.events)


def test_a_clause_of_saying_before_the_verb_names_no_speaker(extract) -> None:
    ex = extract("LOME, May 4 - West African fisheries ministers opened a meeting in Lome on "
                 "Monday. Officials said Mariam Sow told the meeting that stocks were at risk.",
                 published="1988-05-04")
    assert not any("Officials" in " ".join(_names(e)) for e in ex.events)
