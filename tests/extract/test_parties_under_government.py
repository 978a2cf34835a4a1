"""An instrument made "under X's government / presidency / leadership" has X's state as a side
(round-29 audit, agparties25: "the signing of the Maastricht Treaty, under John Major's
government")."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_pact_signed_under_a_leaders_government_has_his_state() -> None:
    # (on the base: Mexico alone, the only state the sentence names)
    (rec,) = _records("Canadian Prime Minister Brian Mulroney arrived in Mexico on Monday. "
                      "Critics said the trade pact with Mexico, signed under Brian Mulroney's "
                      "government, hurt farmers.")
    assert {"MEX", "CAN"} <= set(rec["countries"])


def test_a_pact_under_a_leaders_presidency_has_his_state() -> None:
    (rec,) = _records("Brazilian President Jose Sarney was in Buenos Aires on Monday. Officials "
                      "praised the trade pact with Argentina, signed under Jose Sarney's "
                      "presidency, for doubling exports.")
    assert {"ARG", "BRA"} <= set(rec["countries"])
