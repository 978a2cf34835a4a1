"""An instrument told only by a verb of giving or lending (GUIDE: loan/credit agreements
between governments or state lenders): "agreed to extend a grant of ... to X", "has offered to
lend X ...", "pledged to give X a loan". The verb's tense gives the stage: one side's offer or
proposal is proposed, a pledge is agreed. "lend its support" lends no money. Sentences of our
own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Ghana and Togo review ties\nACCRA, March 7, 2023 (GNA) - "


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _summary(recs: list[dict]) -> list[tuple]:
    return [(r["kind"], r["status"], r["title"], sorted(r["countries"])) for r in recs]


def test_a_grant_a_state_agreed_to_extend_is_an_agreement_between_the_two() -> None:
    recs = _records("Ghana agreed to extend a grant of 40 million dollars to Togo for rural "
                    "clinics.")
    grants = [r for r in recs if "grant" in r["title"].lower()]
    assert len(grants) == 1, _summary(recs)
    assert grants[0]["status"] == "agreed"
    assert sorted(grants[0]["countries"]) == ["GHA", "TGO"]


def test_a_grant_a_state_will_provide_is_planned() -> None:
    recs = _records("Ghana will provide Togo with a grant of 15 million dollars for school "
                    "meals, the minister said.")
    grants = [r for r in recs if "grant" in r["title"].lower()]
    assert [(g["status"], sorted(g["countries"])) for g in grants] == [
        ("planned", ["GHA", "TGO"])], _summary(recs)


def test_a_loan_a_lender_offered_is_proposed() -> None:
    recs = _records("Ghana has offered to lend Togo 120 million dollars for a new power "
                    "line if Lome cuts its fuel subsidies.")
    loans = [r for r in recs if "loan" in r["title"].lower()]
    assert [(r["status"], sorted(r["countries"])) for r in loans] == [
        ("proposed", ["GHA", "TGO"])], _summary(recs)


def test_a_loan_a_state_pledged_to_give_is_agreed() -> None:
    recs = _records("Ghana pledged to give Togo a 25 million dollar loan for power lines.")
    loans = [r for r in recs if "loan" in r["title"].lower()]
    assert [(r["status"], sorted(r["countries"])) for r in loans] == [
        ("agreed", ["GHA", "TGO"])], _summary(recs)


def test_a_zone_one_side_proposed_creating_is_proposed() -> None:
    # ("creating": the verb's -ing form of a verb ending in e)
    recs = _records("Togo proposed creating a free economic zone with Ghana along the coast.")
    zones = [r for r in recs if "zone" in r["title"].lower()]
    assert [(r["kind"], r["status"]) for r in zones] == [("arrangement", "proposed")], \
        _summary(recs)


def test_lending_support_is_no_loan() -> None:
    recs = _records("Ghana will lend its full support to Togo's bid for a seat on the "
                    "Security Council, the minister said.")
    assert not [r for r in recs if "loan" in r["title"].lower()], _summary(recs)
