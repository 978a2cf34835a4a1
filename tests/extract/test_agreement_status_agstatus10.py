"""Agreement status, round-23 audit (agstatus10), on sentences of our own: money a lender
"lent" was handed over, so the loan was carried out (implemented, as "disbursed"), whether the
verb is the clause's ("the bank lent Peru ..."); a participle after a sum ("90 mln dlrs lent to
Peru from 2001 to 2005") stays signed, and a loan still to be lent keeps the tense before the
verb."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "LIMA, May 4 - Japan lent Peru 90 mln dlrs last year to rebuild its coastal roads, the "
    "finance ministry said.",
    "LIMA, May 4 - The World Bank approved a road loan to Peru in 2001 "
    "and lent Peru 90 mln dlrs last year to rebuild its coastal roads, officials said.",
])
def test_money_lent_is_implemented(text: str, agreement_history) -> None:
    assert "implemented" in [s for s, _ in agreement_history(text)]


def test_a_sum_lent_told_in_passing_stays_signed(agreement_history) -> None:
    # a participle after the sum: money told in passing, whose mention often joins another
    # instrument of the sentence; it keeps the reading it had (signed)
    text = ("LIMA, May 4 - Critics in Congress cited the 90 mln dlrs lent to Peru by Japan "
            "from 2001 to 2005 for coastal roads.")
    assert "implemented" not in [s for s, _ in agreement_history(text)]


def test_money_still_to_be_lent_is_planned(agreement_history) -> None:
    text = ("LIMA, May 4 - Japan will lend Peru 90 mln dlrs next year to rebuild its coastal "
            "roads, the finance ministry said.")
    assert "implemented" not in [s for s, _ in agreement_history(text)]


def test_money_lent_in_another_loans_complement_leaves_it_signed(agreement_history) -> None:
    # the sum lent to Nepal is no stage of the 2015 loan to Laos, which was made in 2015
    text = ("MANILA, May 4 - Critics cited a 2015 Asian Development Bank loan to Laos to "
            "build rural roads and 200 mln dlrs lent to Nepal from 2010 to 2014 for dams.")
    assert ("signed", "2015") in agreement_history(text)


def test_a_stage_asked_in_a_question_is_not_reached(agreement_history) -> None:
    # the tagger reads the verb of an inverted question as present tense; under its modal it
    # is a ratification still to come, not one done
    text = ('The proposed question for the vote is: "Should the Kingdom of Norway approve the '
            'Treaty establishing an Energy Union with the European Union?"')
    statuses = [s for s, _ in agreement_history(text)]
    assert statuses and "signed" not in statuses
