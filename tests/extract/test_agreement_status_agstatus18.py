"""Agreement status the sentence itself tells, round-29 audit (agstatus18), on sentences of our
own: a signing told as the infinitive of a verb of starting that is done ("started to sign")
is reached; a stage verb qualified by "in principle" ("approved in principle") is agreed;
a start still to come ("will start to sign") stays planned."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _statuses(text: str) -> list[str]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-06")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [str(h["status"]) for r in recs for h in r["history"]]


def test_started_to_sign_is_signed() -> None:
    st = _statuses("LIMA, May 6 - Peruvian officials and representatives of Chile started to "
                   "sign a fisheries agreement on Thursday, the foreign ministry said.")
    assert "signed" in st and "planned" not in st


def test_has_managed_to_sign_is_signed() -> None:
    st = _statuses("LIMA, May 6 - Peru has managed to sign a fisheries agreement with Chile "
                   "after years of talks, the foreign ministry said.")
    assert "signed" in st and "planned" not in st


def test_a_start_still_to_come_stays_planned() -> None:
    st = _statuses("LIMA, May 6 - Peru and Chile will start to sign a fisheries agreement "
                   "next week, the foreign ministry said.")
    assert "signed" not in st


def test_approved_in_principle_is_agreed() -> None:
    st = _statuses("LIMA, May 6 - The World Bank will disburse the 300 mln dlr loan that it "
                   "has approved in principle for Peru once banks commit new money, the "
                   "finance minister said.")
    assert st and "signed" not in st


def test_a_loan_signed_in_principle_is_agreed() -> None:
    st = _statuses("LIMA, May 6 - A fisheries agreement between Peru and Chile was signed in "
                   "principle on Thursday, the foreign ministry said.")
    assert "agreed" in st and "signed" not in st


def test_signed_without_principle_stays_signed() -> None:
    st = _statuses("LIMA, May 6 - A fisheries agreement between Peru and Chile was signed "
                   "on Thursday, the foreign ministry said.")
    assert "signed" in st
