"""Agreement status, round-21 audit class "stops short of a stage the text supports"
(agstatus6), on sentences of our own: a bare reference ("the deal", "the agreement") to the
instrument between two states the article just told, in a sentence whose subject is one of
those states ("Ukraine signed the deal on Monday"), is that instrument's later stage, not one
state's business at home; a bare reference to a one-state deal, or an instrument of its own,
still is."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2022-09-14")])
    return [(h["status"], h.get("date")) for a in consolidate(ex.agreements, ex.events, ex.people)
            .agreements for h in a.to_dict()["history"]]


@pytest.mark.parametrize("text", [
    "RIGA, Sept 14 - Latvia reached a timber agreement with Belarus on Friday. Latvia signed "
    "the agreement on Monday, officials said.",
    "RIGA, Sept 14 - Latvia struck a timber deal with Belarus on Friday. Belarus signed the "
    "deal on Monday.",
])
def test_one_side_signing_the_deal_told_before_is_its_signed_stage(text: str) -> None:
    assert _history(text) == [("agreed", "2022-09-09"), ("signed", "2022-09-12")]


def test_a_bare_reference_to_a_deal_at_home_stays_at_home() -> None:
    text = ("RIGA, Sept 14 - Latvia's government reached a wage deal with its nurses on Friday. "
            "Latvia signed the deal on Monday.")
    assert _history(text) == []
