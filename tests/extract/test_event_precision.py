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
