"""One party leaving an instrument of more than two sides is its rejection, not the end of it."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _statuses(text: str) -> list[str]:
    exs = extract_batch([Document.from_text("0.txt", text)])
    result = consolidate([m for e in exs for m in e.agreements], [m for e in exs for m in e.events],
                         [p for e in exs for p in e.people])
    return [a.status.value for a in result.agreements]


def test_one_party_leaving_a_multilateral_pact_rejects_it() -> None:
    assert _statuses("Headline\nACCRA, March 7, 2023 (Reuters) - The United States withdrew "
                     "from the 2015 Paris climate agreement in 2020.") == ["rejected"]
    assert _statuses("Headline\nACCRA, March 7, 2023 (Reuters) - Washington abandoned the "
                     "nuclear accord between Iran and six world powers in 2018.") == ["rejected"]
    assert _statuses("Headline\nACCRA, March 7, 2023 (Reuters) - Britain quit the Energy "
                     "Charter Treaty last year, the ministry said.") == ["rejected"]


def test_leaving_a_bilateral_pact_or_ending_it_still_terminates_it() -> None:
    assert _statuses("Headline\nACCRA, March 7, 2023 (Reuters) - Togo withdrew from its "
                     "defence pact with Ghana on Monday.") == ["terminated"]
    assert _statuses("Headline\nACCRA, March 7, 2023 (Reuters) - Ghana cancelled the "
                     "fisheries agreement with Togo on Monday.") == ["terminated"]


def test_leaving_a_pact_whose_quote_names_three_states_rejects_it() -> None:
    # (the parties resolved may be two only; the quote's other states tell more sides)
    assert _statuses("Headline\nACCRA, March 7, 2023 (Reuters) - Togo withdrew from the "
                     "regional customs pact with Ghana, Benin and Niger on Monday.") == ["rejected"]
