"""Gatherings of a one-state story that the learned decision kept though the rules flagged them
`international` (no second state, no organization of states, no word of several nations): that
state's own sittings, unless the sentence itself says several states sit (branch evreal, Reuters
full run of round 11). Sentences invented."""

import pytest

ONE_STATE_OWN = [
    "PARIS, April 9 - French government ministers will meet next Tuesday in Paris to discuss "
    "measures to cover the deficit of the state pension fund, Prime Minister Jacques Chirac's "
    "adviser Marie Dubois said.",
    "WASHINGTON, March 11 - Democrats on the House Budget Committee, meeting behind closed "
    "doors on Tuesday to draft next year's budget, say their work is slow. Chairman William "
    "Gray said the talks would go on.",
    "ABHA, Saudi Arabia, March 16 - Prince Khaled al-Faisal, governor of the Asir region "
    "hosting the four-day conference, accused businessmen of ingratitude on Monday.",
]

# (each kept by the learned decision before the change as well: guards)
SEVERAL_STATES = [
    "TOKYO, April 9 - Japan will not cut its discount rate again, a senior official said. He "
    "said Japan intended to carry out the policies announced at the Paris meeting of finance "
    "ministers to stimulate its economy.",
    "CARACAS, April 2 - Venezuela will keep paying its debt. Speaking here after a meeting of "
    "the 11-nation Cartagena group, Finance Minister Hector Hurtado said he saw no reason to "
    "stop payments.",
    # (its participants are of two states, named in the sentence before)
    "BONN, Oct 20 - West German Finance Minister Gerhard Stoltenberg declined to comment on "
    "whether target zones had been changed as a result of the meeting on Monday with U.S. "
    "Treasury Secretary James Baker. Stoltenberg referred to a statement released after "
    "Monday's meeting, which said continuing cooperation was aimed at promoting currency "
    "stability.",
]


@pytest.mark.parametrize("text", ONE_STATE_OWN)
def test_a_one_state_storys_own_gathering_is_no_event(extract, text):
    assert extract(text).events == []


@pytest.mark.parametrize("text", SEVERAL_STATES)
def test_a_gathering_its_sentence_tells_of_several_states_stays(extract, text):
    assert extract(text).events


# A conference whose sentence has no word of governments and whose name has no word of states
# and no place: a trade's or a firm's (each kept by the learned decision before the change).
PRIVATE_CONFERENCES = [
    "LONDON, April 9 - Medium-term notes will become the main instrument for raising funds, "
    "John Harris, a vice president of Lehman International, predicted at a recent Euromoney "
    "conference on bonds here.",
    "TURIN, March 31 - Carlo Rossi, senior vice-president of international sales, told a "
    "conference that the company was fully aware that cars would not be a fast growing "
    "business in Italy.",
]


@pytest.mark.parametrize("text", PRIVATE_CONFERENCES)
def test_a_conference_named_with_no_word_of_states_is_no_event(extract, text):
    assert extract(text).events == []


def test_a_conference_named_by_its_city_stays(extract):
    text = ("LONDON, Feb 2 - Britain's foreign secretary said a renewed drive to reform the "
            "Palestinian Authority would come at a London conference in March.")
    assert [e.title for e in extract(text).events] == ["London conference in March"]


# A minister named with his state's possessive and a portfolio the title table does not know
# ("Greece's European Affairs Minister X") serves that state; his meeting set with his own
# prime minister ("X, is due to meet ...", "X will meet ...") is one government's own.
OWN_PRIME_MINISTER = [
    "BRUSSELS, March 26 - Greece's European Affairs Minister Nikos Petrou will arrive here on "
    "Saturday to set a date for the application, diplomats said. Petrou, is due to meet Greek "
    "Prime Minister Andreas Papandreou in London today to decide on the date, they added.",
    "BRUSSELS, March 26 - Greece's European Affairs Minister Nikos Petrou will meet Prime "
    "Minister Andreas Papandreou in London today to decide on the date of the application.",
]


@pytest.mark.parametrize("text", OWN_PRIME_MINISTER)
def test_a_minister_set_to_meet_his_own_prime_minister_is_no_event(extract, text):
    assert extract(text).events == []


def test_a_minister_set_to_meet_another_states_prime_minister_stays(extract):
    text = ("ANKARA, March 26 - Turkey's European Affairs Minister Ali Bozer will meet Greek "
            "Prime Minister Andreas Papandreou in Athens on Monday.")
    (event,) = extract(text).events
    assert {p.country for p in event.participants} == {"TUR", "GRC"}


def test_a_chambers_own_session_is_no_event_whatever_states_it_hears_of(extract):
    # (kept by the learned decision before the change: the sentence names six states)
    text = ("TOKYO, April 9 - Japan sees no need to change the currency pact, Finance Minister "
            "Kiichi Miyazawa said. Miyazawa told an Upper House session the six nations -- "
            "Britain, Canada, France, Japan, the U.S. And West Germany -- are abiding by the "
            "Paris accord.")
    assert [e for e in extract(text).events if "session" in e.title.lower()] == []


# (a relaxed "meetings in general" rule, a place from the dateline alone, was tried and
# dropped: at scale it took the IMF's and World Bank's semi-annual meetings and the EC Special
# Committee's meetings with the one ICO passing plural it was for; these stay as guards)
@pytest.mark.parametrize("text", [
    "WASHINGTON, April 7 - The IMF and World Bank meetings opened here today with finance "
    "ministers of the Group of Seven in attendance.",
    "LONDON, March 2 - Cocoa prices fell. Traders were waiting for meetings of the "
    "International Cocoa Organization next week.",
    "NEW DELHI, June 7 - India hosted the leaders of five Central Asian states. Modi held "
    "separate bilateral meetings with each of the five leaders on Monday and Tuesday.",
])
def test_meetings_told_with_their_time_or_place_stay(extract, text):
    assert extract(text).events


# A gathering as the object of a negated verb of expecting ("does not foresee a meeting"): no
# meeting held or set. A gathering after another object ("did not expect a breakthrough at the
# talks") is still told.
@pytest.mark.parametrize("text", [
    "NEW YORK, April 7 - Coffee futures were firmer. Traders said reports that the U.S. State "
    "Department does not foresee a meeting with Brazil before the next coffee council session "
    "in September did not affect the market.",
    "TOKYO, May 2 - Japanese officials said they do not expect any new talks with the United "
    "States on chips before June.",
])
def test_a_gathering_not_expected_is_no_event(extract, text):
    assert [e for e in extract(text).events if e.kind.value in ("meeting", "talks")] == []


def test_a_gathering_where_something_was_not_expected_stays(extract):
    text = ("GENEVA, March 2 - U.S. and Soviet officials did not expect a breakthrough at the "
            "arms talks in Geneva on Monday.")
    assert [e.title for e in extract(text).events] == ["Arms talks in Geneva"]


def test_met_as_received_is_no_meeting(extract):
    text = ("PARIS, Nov 5 - Blair said Europe should work with the United States. His words "
            "about President Bush met a cool reception from French President Jacques Chirac.")
    assert extract(text).events == []



def test_a_counted_group_of_states_is_several_states() -> None:
    from accords.extract.event_nonevents import COUNTED_STATES
    for text in ("A meeting of six Central American banana producers ended",
                 "the five Gulf states met", "talks among 12 coffee exporters"):
        assert COUNTED_STATES.search(text), text
    assert not COUNTED_STATES.search("the six-hour meeting of the board")
