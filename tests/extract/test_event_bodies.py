"""Sittings of a joint body of two states and initialled or witnessed signings (branch
evbodies), sentences of our own."""
from accords.vocab import EventKind, EventStatus


def test_a_joint_commission_of_two_states_holding_a_session_is_a_meeting(extract) -> None:
    ex = extract("NAIROBI, March 2, 2024 - Trade officials said on Saturday that the "
                 "Kenyan-Ugandan Joint Trade Committee will hold its third session in Entebbe "
                 "in May.", published="2024-03-02")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    m = meetings[0]
    assert m.place == "Entebbe" and m.host_country == "UGA" and m.visiting_country == "KEN"
    assert m.status == EventStatus.PLANNED and m.start == "2024-05"


def test_an_intergovernmental_commission_named_by_its_states_after_it(extract) -> None:
    ex = extract("TASHKENT, Oct 9, 2023 - The intergovernmental commission of Uzbekistan and "
                 "Kazakhstan met in Tashkent on Monday to review rail tariffs.",
                 published="2023-10-09")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    assert meetings[0].host_country == "UZB" and meetings[0].visiting_country == "KAZ"


def test_a_joint_commission_that_does_not_sit_is_no_event(extract) -> None:
    ex = extract("TASHKENT, Oct 9, 2023 - The Uzbek-Kazakh joint commission was set up to "
                 "settle rail tariffs.", published="2023-10-09")
    assert not ex.events


def test_an_initialling_before_a_witness_by_the_two_ministers_is_a_ceremony(extract) -> None:
    ex = extract("Published: 2024-06-20\nThe Belgium-Nigeria trade accord was initialled by the "
                 "two trade ministers, "
                 "Ilse Vandermeer and Tomas Okonkwo, at the White House on Tuesday, in the "
                 "presence of U.S. President Joe Biden.", published="2024-06-20")
    ceremonies = [e for e in ex.events if e.kind == EventKind.CEREMONY]
    assert len(ceremonies) == 1
    assert ceremonies[0].place == "Washington" and ceremonies[0].host_country == "USA"
    assert {p.name for p in ceremonies[0].participants} >= {"Ilse Vandermeer", "Tomas Okonkwo",
                                                             "Joe Biden"}


def test_talks_told_before_a_visit_are_their_own_event_with_the_host_named_before(
        extract) -> None:
    ex = extract("HANOI, May 14, 2024 - Chilean President Gabriel Boric told Vietnamese Prime "
                 "Minister Pham Minh Chinh on Tuesday that Chile will sign a rice supply "
                 "agreement.\n"
                 "The two sides settled the rice quota during talks in the government "
                 "guesthouse on the first day of Boric's three-day visit to Vietnam, "
                 "officials said.", published="2024-05-14")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert len(talks) == 1
    assert [p.name for p in talks[0].participants] == ["Gabriel Boric", "Pham Minh Chinh"]
    assert talks[0].host_country == "VNM" and talks[0].place == "Hanoi"
    assert [e for e in ex.events if e.kind == EventKind.VISIT]


def test_a_first_session_of_a_commission_the_two_states_agree_to_set_up(extract) -> None:
    # (the body's states are the clause's subject; "and to hold" hangs from "agreed": planned,
    # dated and placed by its own phrase)
    ex = extract("LOME, Jun 7, 2024 - Togo and Benin agreed on Friday to create a joint "
                 "committee on border trade and to hold its first session in Cotonou in "
                 "September.", published="2024-06-07")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    m = meetings[0]
    assert m.status == EventStatus.PLANNED and m.start == "2024-09"
    assert m.place == "Cotonou" and m.host_country == "BEN" and m.visiting_country == "TGO"
    titles = [a.title.lower() for a in ex.agreements]
    assert not any("session" in t for t in titles), titles


def test_the_next_meeting_of_the_states_own_commission_named_with_a_possessive(
        extract) -> None:
    ex = extract("ACCRA, Feb 2, 2024 - Ghana and Burkina Faso agreed on Thursday to convene "
                 "their joint commission's next meeting in Ouagadougou in 2025.",
                 published="2024-02-02")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(meetings) == 1
    assert meetings[0].status == EventStatus.PLANNED and meetings[0].start == "2025"
    assert {meetings[0].host_country, meetings[0].visiting_country} == {"BFA", "GHA"}
