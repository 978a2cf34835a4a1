"""Agreement status, round-27 audit (agstage22), on sentences of our own: an instrument told
only as the thing a reform, revision, amendment, overhaul or renegotiation is "of" or "to"
("called for reform of the EU's growth pact", "proposed amendments to the fisheries
agreement") already exists: in force, as "the pact is due to be revised" already reads. A call
for its change is the change's stage, not the instrument's, so the instrument is no longer read
as proposed by the verb before the noun of change."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _statuses(text: str) -> list[str]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [str(r["status"]) for r in recs]


@pytest.mark.parametrize("sentence", [
    "France's president has called for radical reform of the EU's fiscal pact to give "
    "members more room over their debts.",
    "Ghana proposed amendments to the fisheries agreement with Togo.",
    "Ghana asked for a revision of the fisheries agreement with Togo.",
    "Ghana wants changes to its fisheries agreement with Togo.",
])
def test_a_change_called_for_is_of_an_instrument_in_force(sentence: str) -> None:
    assert _statuses("PARIS, May 2 - " + sentence) == ["in_force"]


def test_a_draft_under_revision_stays_negotiated() -> None:
    assert _statuses("ACCRA, May 2 - Ghana and Togo discussed a revision of the draft "
                     "fisheries agreement.") == ["negotiating"]


def test_a_proposed_instrument_stays_proposed() -> None:
    assert _statuses("ACCRA, May 2 - Ghana proposed a fisheries agreement with Togo.") \
        == ["proposed"]


def test_changes_made_on_the_day_stay_the_day_s_agreed_stage() -> None:
    # "announced amendments to" an instrument: the amended instrument is agreed that day, the
    # noun of change is no call for one
    assert _statuses("ACCRA, May 2 - Ghana announced amendments to its fisheries agreement "
                     "with Togo.") == ["agreed"]
