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
