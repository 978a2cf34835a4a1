"""A minister with her own head of state, a state's own council or cabinet sitting, a meeting
told by its decision: one government among itself (branch pevdomestic). Sentences invented;
each removal test gave an event before."""

import pytest

ONE_STATE_PEOPLE = [
    "NAIROBI, May 9, 2023 (KNA) - Kenyan Foreign Minister Grace Wanjiru met President Uhuru "
    "Kenyatta at State House on Thursday to discuss the situation in Somalia.",
    "ABUJA, May 9, 2023 (NAN) - Nigeria's Finance Minister Hauwa Bello met President Muhammadu "
    "Buhari in Abuja on Friday to discuss the budget and the loan from China.",
    "ANKARA, May 9, 2023 (AA) - Turkish Trade Minister Emre Kaya met President Recep Tayyip "
    "Erdogan on Monday to discuss exports to Iraq.",
]

OWN_SITTINGS = [
    "TOKYO, May 9, 2023 (Kyodo) - Japan's National Security Council held an emergency meeting "
    "on Wednesday over China's naval drills near Taiwan.",
    "MANILA, May 9, 2023 (PNA) - The meeting today decided to extend the curfew in Manila until "
    "May 21, a presidential spokesman said.",
]

STAY = [
    "NAIROBI, May 9, 2023 (KNA) - Kenyan Foreign Minister Grace Wanjiru met her Ugandan "
    "counterpart in Nairobi on Monday.",
    "ANKARA, May 9, 2023 (AA) - Turkish Foreign Minister Mevlut Cavusoglu met his Greek "
    "counterpart Nikos Dendias in Ankara on Monday.",
    "BEIJING, May 9, 2023 (Xinhua) - Chinese Premier Li Keqiang met IMF Managing Director "
    "Kristalina Georgieva in Beijing on Monday.",
    "WASHINGTON, May 9, 2023 (AP) - President Joe Biden spoke by phone with Chinese President "
    "Xi Jinping on Wednesday.",
]


@pytest.mark.parametrize("text", ONE_STATE_PEOPLE)
def test_a_minister_with_her_own_head_of_state_is_no_event(extract, text):
    assert extract(text).events == []


@pytest.mark.parametrize("text", OWN_SITTINGS)
def test_a_states_own_council_or_decision_meeting_is_no_event(extract, text):
    assert extract(text).events == []


@pytest.mark.parametrize("text", STAY)
def test_sittings_of_two_states_stay(extract, text):
    assert extract(text).events
