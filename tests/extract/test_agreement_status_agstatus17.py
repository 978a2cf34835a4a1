"""Agreement status from modality, round-28 audit (agstatus17), on sentences of our own: talks
still to come ("is to negotiate", "plans to negotiate", "will send a team to negotiate") are
planned, not under way; asked of another side they are proposed; talks that happen ("met to
negotiate", "trying to negotiate") stay negotiating."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _statuses(text: str) -> list[str]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-06")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [str(h["status"]) for r in recs for h in r["history"]]


def test_is_to_negotiate_is_talks_still_to_come() -> None:
    st = _statuses("LIMA, May 6 - Peru is to negotiate a long-term rescheduling of its debt "
                   "with the Paris Club of creditor governments, the finance minister said.")
    assert st and "negotiating" not in st
    assert "planned" in st


def test_plans_to_negotiate_is_planned() -> None:
    st = _statuses("LIMA, May 6 - Peru plans to negotiate a fisheries agreement with Chile, "
                   "the foreign ministry said.")
    assert st and "negotiating" not in st
    assert "planned" in st


def test_a_purpose_still_to_come_is_planned() -> None:
    st = _statuses("LIMA, May 6 - Peru will send a team to Santiago next week to negotiate a "
                   "fisheries agreement with Chile, the foreign ministry said.")
    assert st and "negotiating" not in st


def test_talks_asked_of_another_side_are_proposed() -> None:
    st = _statuses("LIMA, May 6 - Peru urged Chile to negotiate a fisheries agreement, the "
                   "foreign ministry said.")
    assert st and "negotiating" not in st


def test_a_purpose_of_an_act_done_keeps_negotiating() -> None:
    st = _statuses("LIMA, May 6 - Peruvian and Chilean officials met in Santiago on Tuesday to "
                   "negotiate a fisheries agreement between the two countries.")
    assert "negotiating" in st


def test_an_effort_to_negotiate_keeps_negotiating() -> None:
    st = _statuses("LIMA, May 6 - Peru is trying to negotiate a fisheries agreement with Chile, "
                   "the foreign ministry said.")
    assert "negotiating" in st


def test_talks_the_sides_agree_to_hold_keep_negotiating() -> None:
    st = _statuses("LIMA, May 6 - Peru and Chile agreed on Tuesday to negotiate a fisheries "
                   "agreement, officials said.")
    assert "negotiating" in st
