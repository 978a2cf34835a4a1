"""Firms named beside their home state are no states (probes of task pnegatives, sentences of
our own): a firm's legal form or trade word ("Japanese carmaker X", "Y AG"), a state's
possessive before a firm's name ("Egypt's X"), chambers of commerce and universities; and a
lender's sum since a year is a figure, not one loan."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Probe report\nACCRA, March 7, 2024 (GNA) - "


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


@pytest.mark.parametrize("text", [
    "Japanese carmaker Hikari Motors and Germany's Brandt AG signed a joint venture agreement "
    "to produce batteries in Poland.",
    "Indian drugmaker Sunrise Pharma signed a licensing agreement with a Brazilian laboratory.",
    "South Korea's Daejin Heavy Industries signed a $500 million contract with Qatar's Gulf Gas "
    "Company to build tankers.",
    "Egypt's Orascom and Saudi Arabia's ACWA Power signed an agreement to build a wind farm.",
    "Britain's BP and Senegal's Petrosen signed a gas sales agreement.",
    "Brazil's Vale signed a long-term iron ore supply contract with China's Baowu Steel.",
    "The Kenyan and Ugandan chambers of commerce signed an agreement to promote trade.",
    "The university of Ghana and Peking University signed an academic cooperation agreement.",
    "The World Bank has lent more than $40 billion to India since 1950.",
])
def test_firms_and_their_home_states_make_no_record(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    "Germany's KfW and Ghana signed a grant agreement for rural electrification.",
    "Japan's JICA signed a loan agreement with Ghana worth $50 million for a new bridge.",
    "China's Exim Bank signed a $300 million loan agreement with Kenya for a railway.",
    "The education ministers of Ghana and Egypt signed an agreement on university exchanges.",
    "Russia's Putin and China's Xi signed an agreement on energy cooperation.",
])
def test_a_state_or_its_lender_beside_a_possessive_still_makes_one(text: str) -> None:
    assert len(_records(text)) == 1
