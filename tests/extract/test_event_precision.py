"""Event records that are no diplomatic event (GUIDE: events between officials of different
states or with officials of organizations of states): private people, briefings, 'meet' as
satisfy."""
from __future__ import annotations


def test_private_people_meeting_is_no_event(extract) -> None:
    ex = extract("VIENNA, May 4, 2026 - Our wedding was to be held at a palace. Anna Keller "
                 "met her fiance in Vienna.")
    assert ex.events == []


def test_meeting_long_named_requirements_is_no_meeting(extract) -> None:
    ex = extract("WASHINGTON, March 5, 2026 - Under the rule announced today by Transport "
                 "Secretary Anne Ward, carmakers will have to meet federal crash safety "
                 "requirements by 2028.")
    assert ex.events == []


def test_a_conference_call_with_journalists_is_a_briefing(extract) -> None:
    ex = extract("MANILA, June 2, 2026 - Growth in the region could slow sharply this year, "
                 "Mr Tomas Reyes, the Asian Development Bank's chief economist, told journalists "
                 "on Monday in a conference call.")
    assert ex.events == []


def test_an_opposition_leaders_trip_for_treatment_is_no_visit(extract) -> None:
    ex = extract("BERLIN, July 8, 2026 - The ailing Belarusian opposition leader Ivan Petrov "
                 "has arrived in Austria from Minsk for medical treatment.")
    assert ex.events == []


def test_a_meeting_with_the_heads_of_the_states_own_regions_is_domestic(extract) -> None:
    ex = extract("VIENNA, May 6, 2026 - Schools will reopen next week, Chancellor Karl Huber "
                 "said after a video meeting with the governors of Austria's nine provinces.")
    assert ex.events == []


# Third round (branch evprec3): sentences that name a meeting, visit or talks word but report
# no gathering of two states.
def test_travel_advice_is_no_visit(extract) -> None:
    ex = extract("OSLO, June 3, 2026 - Norway's foreign minister, Kari Lund, said her country "
                 "will advise against nonessential travel to Portugal until the summer.")
    assert ex.events == []


def test_the_writers_own_arrival_is_no_visit(extract) -> None:
    ex = extract("LISBON, June 3, 2026 - I arrived in Lisbon and found the airport empty, as "
                 "Prime Minister Rui Costa had asked travellers to stay at home.")
    assert ex.events == []


def test_demands_met_is_no_meeting(extract) -> None:
    ex = extract("LAGOS, May 2, 2026 - Dockers' union secretary Femi Adebayo told reporters "
                 "the workers would stay out until their demands were met.")
    assert ex.events == []


def test_talks_held_from_time_to_time_are_a_habit(extract) -> None:
    ex = extract("SEOUL, May 2, 2026 - Finance Minister Park Min-ho said he talks with the "
                 "Australian treasurer from time to time on trade.")
    assert ex.events == []


def test_meetings_named_in_general_are_no_event(extract) -> None:
    ex = extract("GENEVA, May 2, 2026 - The agency says the island's absence from meetings of "
                 "member states does not stop the sharing of data.")
    assert ex.events == []


def test_a_central_banks_own_meetings_are_domestic(extract) -> None:
    ex = extract("OTTAWA, May 2, 2026 - The Bank of Canada cut its rates at two emergency "
                 "meetings last month while buying government bonds.")
    assert ex.events == []


def test_one_states_officials_meeting_among_themselves_is_domestic(extract) -> None:
    ex = extract("MADRID, May 2, 2026 - Spanish officials have been meeting since Sunday on a "
                 "response to the attack on a Moroccan ferry.")
    assert ex.events == []


def test_labour_and_takeover_talks_are_no_event(extract) -> None:
    ex = extract("LONDON, May 2, 2026 - Talks aimed at averting national strikes over pay will "
                 "take place this weekend. Two rival exchanges held talks with the Madrid bourse "
                 "last week over a possible offer.")
    assert ex.events == []


def test_a_group_of_seven_meeting_keeps_the_groups_name() -> None:
    from accords.extract.event_titles import noun_title
    text = "Dealers waited for tomorrow's Group of Seven finance ministers' meeting."
    at = text.index("meeting")
    assert noun_title(text, at, at + 7) == "Group of Seven finance ministers' meeting"


def test_a_real_meeting_with_regular_talks_stays(extract) -> None:
    ex = extract("ROME, May 2, 2026 - Italian Foreign Minister Marco Galli met his Greek "
                 "counterpart Nikos Pappas in Rome on Friday and they agreed to talk regularly.")
    assert len(ex.events) == 1


def test_meetings_between_two_states_commanders_stay(extract) -> None:
    ex = extract("HANOI, May 2, 2026 - Meetings between Vietnamese and Cambodian border "
                 "commanders have helped to calm the situation, officials said.")
    assert [e.kind.value for e in ex.events] == ["meeting"]


def test_one_states_officials_meeting_the_other_side_stay() -> None:
    from accords.extract.event_nonevents import _ONE_STATE_MEETING
    assert not _ONE_STATE_MEETING.search("Ecuadorean officials will meet major aid donors in June")
    assert not _ONE_STATE_MEETING.search("Peruvian And Chilean officials met in Lima last week")
    assert _ONE_STATE_MEETING.search("Peruvian officials met on Sunday to weigh a response")
