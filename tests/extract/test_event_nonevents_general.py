"""Candidates that report no gathering of states, read from how the sentence is built: a run of
market sessions, a rate-setting meeting, talks in
general yet to come, a legislature's session. Sentences invented; each gave an event before."""
import pytest


def test_a_run_of_sessions_is_a_market_not_a_meeting(extract):
    ex = extract("OSLO, June 3, 2025 - Copper futures rose for a third session on Tuesday on "
                 "signs that OPEC members were keeping to the output accord reached in Vienna "
                 "last month, traders said.")
    assert ex.events == []


@pytest.mark.xfail(strict=True, reason="known limit: a frequency after the verb ('will meet "
                   "monthly') was read as a standing arrangement, but the rule removed a real "
                   "meeting on the held-out batch S and was withdrawn")
def test_a_frequency_after_the_verb_is_a_standing_arrangement(extract):
    ex = extract("NAIROBI, June 3, 2025 - Kenya and Uganda signed a border accord on Tuesday. A "
                 "joint committee of foreign ministers from the region will meet monthly to "
                 "monitor its implementation, officials said.")
    assert ex.events == []


def test_a_sitting_told_beside_the_habit_stays(extract):
    ex = extract("VIENNA, June 3, 2025 - The council of foreign ministers of Austria and Hungary "
                 "is meeting in Vienna, where it meets once a year.")
    assert len(ex.events) == 1


def test_a_rate_setting_meeting_is_a_central_banks_own(extract):
    ex = extract("QUITO, June 3, 2025 (PNA) -- The Monetary Board of the Banco Central kept its "
                 "key policy rate at 5 percent during its policy meeting on Tuesday, governor Ana "
                 "Ruiz said.")
    assert ex.events == []


def test_future_talks_in_general_are_no_gathering(extract):
    ex = extract("LISBON, June 3, 2025 - Portugal and Morocco signed a maritime accord in Rabat "
                 "on Tuesday. Lisbon says the accord partly delimits the sea border and leaves "
                 "the rest to future talks.")
    assert ex.events == []


def test_a_legislatures_session_is_its_own(extract):
    ex = extract("RIGA, June 3, 2025 (Xinhua) -- Latvia's parliament, the Saeima, on Tuesday "
                 "approved the 2026 state budget after a marathon session, with lawmakers "
                 "agreeing to cut spending on government cars and foreign trips.")
    assert ex.events == []


def test_talks_of_firms_named_by_legal_form_are_business(extract):
    ex = extract("TORONTO, June 3, 2025 - Meanwhile <Ridgeway Coal Co> of Canada has agreed on a "
                 "Korean proposal to set a provisional price of 80.20 Canadian dlrs on and after "
                 "July shipment following the failure of the 2025/26 price talks, they said.")
    assert ex.events == []


def test_talks_of_a_firm_with_a_minister_stay(extract):
    ex = extract("SEOUL, June 3, 2025 - Canadian Trade Minister Paul Gagnon held talks with "
                 "Korean Trade Minister Kim Jae-won on Tuesday about coal supplies from Ridgeway "
                 "Coal Co.")
    assert len(ex.events) == 1
