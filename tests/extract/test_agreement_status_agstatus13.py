"""Agreement status, round-25 audit (agstatus13), on sentences of our own: one side hoping or
wanting to get an instrument ("Canada is hoping to secure fishing agreements with several
countries", "the ministry wants to get a loan") wishes for it, no talks are told: proposed, as
one side weighing one is (`stage_verb.one_side_considering`). Both sides as the subject, a
joint act ("hopes to strike a deal") or an effort ("is trying to secure") keep negotiating.
An adverb before the auxiliary of the instrument's own stage verb ("for which agreement also
was reached in March", "the accord finally was ratified") tells the stage as "was also
reached" does."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _statuses(text: str) -> set[str]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2026-05-04")])
    return {a.status.value for a in consolidate(ex.agreements, ex.events, ex.people).agreements}


@pytest.mark.parametrize("text", [
    "Officials told reporters that Canada is hoping to secure fishing agreements with several "
    "countries, such as Norway and Iceland.",
    "Officials said Canada wants to secure a fishing agreement with Norway.",
    "OTTAWA, May 4 - Canada hopes to get a fishing agreement with Norway, officials said.",
])
def test_one_side_hoping_to_get_an_instrument_floats_it(text: str) -> None:
    assert _statuses(text) == {"proposed"}


@pytest.mark.parametrize("text", [
    "Officials said Canada and Norway hope to secure a fishing agreement this year.",
    "Officials said Canada is trying to secure a fishing agreement with Norway.",
    "Officials said Canada hopes to strike a fishing agreement with Norway.",
])
def test_both_sides_a_joint_act_or_an_effort_keep_negotiating(text: str) -> None:
    assert _statuses(text) == {"negotiating"}


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2026-05-04")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(h["status"], h.get("date")) for r in recs for h in r["history"]]


def test_an_adverb_before_the_auxiliary_still_tells_the_instruments_own_stage() -> None:
    assert _history("LAGOS, May 4 - Chile's payments to Peru were one of the conditions "
                    "required under a rescheduling of Chile's debt to Peru, for which agreement "
                    "also was reached in March between Chile and a committee of the banks.") \
        == [("agreed", "2026-03")]
    assert ("ratified", "2026-04-28") in _history(
        "LIMA, May 4 - Peru and Chile signed a fishing accord in January. The accord finally "
        "was ratified by Peru's congress on Tuesday.")
