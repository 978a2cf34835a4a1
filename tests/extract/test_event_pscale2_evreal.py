"""A state's talks with its commercial bank creditors told through the bankers' side: "the
talks" whose nearest earlier sentence about talks names only bankers, and the banks' own
meeting with the debtor's minister or a central banker (branch pscale2-evreal, Reuters full
run); meetings licensed or barred by a rule. Sentences invented; each removal test gave an
event before but the unnamed "mandating ... to seek approval" one (kept as a guard)."""

import pytest

BANKS_SIDE = [
    "MANILA, March 15 - Indonesian Finance Minister Radius Prawiro said he expected an accord on "
    "rescheduling with commercial bank creditors as he prepared for the second week of talks "
    "starting Monday. Bankers declined to comment ahead of their next meeting with Prawiro on "
    "Monday. Still at the heart of the talks is Prawiro's offer to pay part of the interest in "
    "notes.",
    "NEW YORK, April 9 - Bankers said they would put a new offer to Venezuela's negotiators at "
    "their next meeting with Finance Minister Manuel Azpurua on Friday.",
]

MEETINGS_UNDER_A_RULE = [
    "MOSCOW, Sept 10, 2020 (Reuters) - The decree issued on Monday bars civil servants from "
    "meeting foreign diplomats without clearance.",
    "WASHINGTON, Sept 10, 2020 (Reuters) - The secretary of state introduced the restrictions on "
    "Wednesday, including mandating Russian diplomats to seek approval to visit universities or "
    "meet local officials.",
]

STAY = [
    "JAKARTA, Sept 10, 2020 (Reuters) - US Secretary of State Mike Pompeo met Indonesian Foreign "
    "Minister Retno Marsudi on Thursday.",
    "BEIJING, Sept 10, 2020 (AFP) - The British ambassador sought permission to meet Chinese "
    "Foreign Minister Wang Yi on Friday.",
    "BONN, March 3 - Brazilian Finance Minister Dilson Funaro met West German Finance Minister "
    "Gerhard Stoltenberg today. Bankers said the meeting went well. The talks will continue "
    "over dinner.",
    "TOKYO, June 8 - Finance Minister Kiichi Miyazawa will meet U.S. Treasury Secretary James "
    "Baker on Monday, bankers said, after their meeting last month.",
    "NEW YORK, May 6 - Mexico's Finance Minister Gustavo Petricioli met bankers in New York. He "
    "then met U.S. Treasury Secretary James Baker to discuss the debt. The talks lasted two "
    "hours, officials said.",
]


@pytest.mark.parametrize("text", BANKS_SIDE)
def test_talks_and_meetings_on_the_bankers_side_are_no_event(extract, text):
    assert extract(text).events == []


@pytest.mark.parametrize("text", STAY)
def test_sittings_of_two_states_stay(extract, text):
    assert extract(text).events


@pytest.mark.parametrize("text", MEETINGS_UNDER_A_RULE)
def test_meetings_licensed_or_barred_by_a_rule_are_no_event(extract, text):
    assert extract(text).events == []
