"""False events of the round-27 audit (branch evreal14): a conference an academic institution
holds, which an official only addresses ("told a conference, held by the University of X's
business school", "told a Y University conference"); a new meeting whose sentence names only
office-holders of one state and no other state ("At a meeting chaired by Premier X, the
country's task force decided ..."), whatever other state the article names elsewhere; "the
two sides" that a sentence before tells as a legislature's chambers ("Senate and House
negotiators"). Articles invented; the same sentences with a second state keep their event."""


def _kinds(ex):
    return sorted(e.kind.value for e in ex.events)


def test_a_conference_held_by_a_business_school_is_no_event(extract):
    text = ("ROME, May 4 - Trade minister Paolo Verdi said tariffs were rising again.\n"
            "He told a conference, held by the University of Turin's graduate business school, "
            "that governments were to blame for the slowdown in world trade.\n")
    assert extract(text, published="1991-05-04").events == []


def test_a_university_conference_an_official_addresses_is_no_event(extract):
    text = ("WASHINGTON, May 4 - The new capital rules agreed by Canada and Mexico gave a model "
            "to others, Federal Reserve governor Anna Brook told a Lakeside University "
            "conference on banking.\n")
    assert [e for e in extract(text, published="1991-05-04").events
            if e.kind.value in ("conference", "talks")] == []


def test_a_meeting_chaired_by_one_states_premier_is_its_own(extract):
    text = ("India tightens Nepal border checks\n\nNEW DELHI, May 4 - India will close three "
            "crossings on its border with Nepal.\n\nAt a meeting chaired by Indian Prime Minister "
            "Rajesh Kumar on Monday, India's flood task force decided to send more doctors to "
            "the border districts.\n\nNepal has reported 40 cases of cholera this month.\n")
    assert extract(text, published="2020-05-04").events == []


def test_a_meeting_with_the_other_states_minister_stays(extract):
    text = ("India tightens Nepal border checks\n\nNEW DELHI, May 4 - India will close three "
            "crossings on its border with Nepal.\n\nAt a meeting with Nepalese Foreign Minister "
            "Hari Thapa on Monday, Prime Minister Rajesh Kumar agreed to send more doctors to "
            "the border districts.\n")
    assert _kinds(extract(text, published="2020-05-04")) == ["meeting"]


def test_the_two_sides_of_one_legislature_are_one_states(extract):
    text = ("BUDGET DEAL SEEN NEAR\nWASHINGTON, May 4 - Senate and House negotiators, working "
            "on rival budget plans, have been stuck over taxes and farm spending.\n"
            "The two sides have not held a formal negotiating meeting since April 20.\n")
    assert extract(text, published="1987-05-04").events == []


def test_the_name_of_an_academic_gathering_is_a_private_audiences():
    from accords.extract.event_audience import private_gathering
    assert private_gathering("She told a conference, held by the University of Turin's graduate "
                             "business school, that tariffs were rising.")
    assert private_gathering("He told a Lakeside University conference on banking that rules "
                             "would change.")
    # (a meeting of ministers at a university is one of governments)
    assert not private_gathering("She told a conference of trade ministers, held by the "
                                 "University of Turin, that tariffs were rising.")


def test_the_two_sides_told_before_as_a_legislatures_chambers():
    from types import SimpleNamespace

    from accords.extract.event_nonevents import legislative_sides_back
    from accords.vocab import EventKind
    meeting = SimpleNamespace(kind=EventKind.MEETING, participants=[], source=SimpleNamespace(
        quote="The two sides have not held a formal negotiating meeting since April 20."))
    chambers = "Senate and House negotiators have been stuck over taxes and farm spending."
    states = "Canadian and U.S. negotiators have been stuck over lumber duties."
    assert legislative_sides_back(meeting, iter([chambers]))
    assert not legislative_sides_back(meeting, iter([states]))
    assert not legislative_sides_back(meeting, iter(["The talks began in March.", states]))



def test_a_meeting_abroad_is_no_home_meeting(monkeypatch):
    # (lead's merge review, round-28 articles run alone) a new meeting placed in another
    # state's city is no home meeting of the one state whose leader speaks ahead of it
    # ("ahead of a meeting in London to discuss Palestinian reforms, Mr Abbas said" had lost
    # the London meeting and the people the next sentences name at it)
    import accords.extract.event_groups as groups
    from accords.extract.event_home import one_state_meeting
    from accords.pipeline import extract_batch
    from accords.records import Document
    seen = []

    def spy(ctx, info, people, phrase):
        seen.append((phrase, [p.country for p in people], one_state_meeting(ctx, info, people,
                                                                            phrase)))
        return seen[-1][2]
    monkeypatch.setattr(groups, "one_state_meeting", spy)
    text = ("Egyptian leader rejects attacks\n\nEgyptian leader Ahmed Fathy has said he will not "
            "tolerate attacks such as last Friday's bombing in the city of Tel Aviv.\n\n"
            "In an interview ahead of a meeting in London to discuss Egyptian reforms, Mr Fathy "
            "said such attacks were against Egyptian interests.\n")
    extract_batch([Document.from_text("a.txt", text)])
    assert [(phrase, states, home) for phrase, states, home in seen if phrase] == [
        ("a meeting in London to discuss Egyptian reforms", ["EGY"], False)], seen
