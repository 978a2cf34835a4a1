"""Sittings whose other side is the leader's own government or private friends (news2020 audit,
branch pevreal). Sentences invented; each removal test but the Facebook one gave an event before."""

import pytest

OWN_GOVERNMENT = [
    "MOSCOW, March 7, 2023 (Reuters) - Russian President Vladimir Putin discussed the crisis in "
    "Belarus on Friday with his security chiefs.",
    "NEW DELHI, March 7, 2023 (Reuters) - Prime Minister Narendra Modi held a meeting with his "
    "top ministers on Sunday to review the border row with China.",
    "PRETORIA, March 7, 2023 (Reuters) - President Cyril Ramaphosa met with his national "
    "security council on Tuesday about the unrest in Mozambique.",
    "TOKYO, March 7, 2023 (Reuters) - Japanese Prime Minister Fumio Kishida met senior members "
    "of his ruling party on Thursday to discuss ties with South Korea.",
    "ANKARA, March 7, 2023 (Reuters) - Turkish President Recep Tayyip Erdogan held talks with "
    "his army commanders on Saturday about operations in Syria.",
]

FRIENDS = [
    "AUSTIN, March 7, 2023 - The bartender hosted his friends on a Facebook Live session on "
    "Saturday from Mexico.",
    "BANGKOK, March 7, 2023 - We decided to head north, meeting up with a friend from our "
    "hometown in Chiang Mai.",
]

STAY = [
    "NAIROBI, March 7, 2023 (Reuters) - Kenyan Foreign Minister Alfred Mutua met his Ugandan "
    "counterpart in Nairobi on Monday.",
    "NAIROBI, March 7, 2023 (Reuters) - President Ruto held talks with visiting Chinese Foreign "
    "Minister Wang Yi on Tuesday.",
    "NAIROBI, March 7, 2023 (Reuters) - UN Secretary-General Antonio Guterres visited Nairobi on "
    "Friday and met President William Ruto.",
    "SINGAPORE, March 7, 2023 (Reuters) - Singapore Foreign Minister Vivian Balakrishnan spoke "
    "by phone with his Indonesian counterpart on Monday.",
]


@pytest.mark.parametrize("text", OWN_GOVERNMENT)
def test_a_leader_with_his_own_government_is_no_event(extract, text):
    assert extract(text).events == []


@pytest.mark.parametrize("text", FRIENDS)
def test_a_sitting_of_friends_is_no_event(extract, text):
    assert extract(text).events == []


@pytest.mark.parametrize("text", STAY)
def test_sittings_of_two_states_stay(extract, text):
    assert extract(text).events


CROWD_ARRIVING = [
    "PARIS, March 7, 2023 (Reuters) - Home Office minister Chris Philp said the government was "
    "trying to return 1,000 people who had arrived in the UK after claiming asylum in France.",
    "MADRID, March 7, 2023 (Reuters) - Transport Secretary Grant Shapps said travellers must fill "
    "out the form on arrival in the UK from Spain.",
    "KYIV, March 7, 2023 (Reuters) - Interior Minister Nancy Faeser said 20,000 refugees had "
    "arrived in Germany from Ukraine since Monday.",
]


@pytest.mark.parametrize("text", CROWD_ARRIVING)
def test_a_crowd_arriving_is_no_visit_of_the_minister_quoted(extract, text):
    assert extract(text).events == []


def test_a_leader_arriving_stays_a_visit(extract):
    ex = extract("LONDON, March 7, 2023 (Reuters) - Kenyan President William Ruto arrived in "
                 "London on Monday for talks with British Prime Minister Rishi Sunak.")
    assert any(e.kind.value == "visit" for e in ex.events)
