"""Denials around an instrument, on sentences of our own."""
from __future__ import annotations

from accords.extract.instruments import find_phrases
from accords.extract.negation import negated_status, negation
from accords.vocab import Status


def _denial(sentence: str, cue: str | None = None) -> str | None:
    (phrase,) = find_phrases(sentence)
    return negation(sentence, phrase, sentence.find(cue) if cue else -1)


def test_refusal_before_the_verb() -> None:
    assert _denial("Chile refused to sign the border treaty.", "sign") == "refused"


def test_a_stage_not_yet_reached() -> None:
    assert _denial("Peru has yet to ratify the border treaty.", "ratify") == "not_yet"


def test_a_condition() -> None:
    assert _denial("If Congress approves, Peru will sign the border treaty.", "sign") \
        == "hypothetical"


def test_no_instrument_at_all() -> None:
    assert _denial("No border treaty is expected this year.") == "absent"


def test_no_before_another_noun_denies_that_noun() -> None:
    assert _denial("There was no progress on the border treaty.") is None


def test_what_a_denial_makes_of_a_stage() -> None:
    assert negated_status(Status.SIGNED, "refused") == Status.REJECTED
    assert negated_status(Status.SIGNED, "not_yet") == Status.NEGOTIATING
    assert negated_status(Status.RATIFIED, "not_yet") == Status.SIGNED
    assert negated_status(Status.SIGNED, "hypothetical") is None


def test_a_clause_of_time_still_to_come() -> None:
    # the main clause's modal, or the clause's own present tense, says the stage is to come
    assert _denial("Oslo would release the grant as soon as Quito reached a loan agreement "
                   "with the fund.", "reached") == "hypothetical"
    assert _denial("The aid stays frozen until Peru signs the loan accord.", "signs") \
        == "hypothetical"
    assert _denial("Lima will open the border once Quito ratifies the border treaty.",
                   "ratifies") == "hypothetical"


def test_a_clause_of_time_in_the_past_is_a_fact() -> None:
    assert _denial("Talks went on until Peru signed the border treaty on Friday.",
                   "signed") is None
    assert _denial("Once again Peru signed a border treaty with Chile.", "signed") is None


def test_a_wish_to_leave_is_no_leaving() -> None:
    text = "Gabon wants to pull out of the oil quota accord, the minister said."
    assert _denial(text, "pull") == "wished"
    assert negated_status(Status.TERMINATED, "wished") == Status.IN_FORCE


def test_considering_withdrawal_is_no_withdrawal() -> None:
    assert _denial("Angola is considering withdrawing from the output pact.", "withdrawing") \
        == "wished"


def test_a_plan_to_sign_is_not_a_wish_to_leave() -> None:
    assert _denial("Angola plans to sign the output pact.", "sign") is None


def test_a_leaving_gerund_opening_the_sentence_is_talked_of() -> None:
    text = "Leaving the fisheries convention would hurt the fleet, the minister said."
    assert _denial(text, "Leaving") == "wished"


def test_a_threatened_leaving_is_no_leaving() -> None:
    assert _denial("Ruritania threatened pulling out of the grain pact.", "pulling") == "wished"


def test_a_leaving_after_its_subject_is_one() -> None:
    assert _denial("After quitting the grain pact in 2019, Ruritania sold more wheat.",
                   "quitting") is None


def test_not_willing_is_a_refusal_and_no_plans_deny_the_plan() -> None:
    assert _denial("Chile is not willing to sign the border treaty.", "sign") == "refused"
    assert _denial("Peru is not prepared to ratify the border treaty.", "ratify") == "refused"
    assert _denial("Chile has no plans to sign the border treaty.", "plans") == "not_yet"
    assert _denial("Chile plans to sign the border treaty.", "plans") is None


def test_a_stage_in_a_before_clause_a_need_governs_is_still_to_come() -> None:
    assert _denial("Oslo said talks were needed before Norway extended the loan agreement.",
                   "extended") == "hypothetical"
    assert _denial("Norway and Sweden talked for years before they signed the border treaty "
                   "in 2019.", "signed") is None


def test_a_dateline_month_is_no_modal() -> None:
    assert _denial("OSLO, May 12 - Norway and Sweden talked for years before they signed the "
                   "border treaty in 2019.", "signed") is None
