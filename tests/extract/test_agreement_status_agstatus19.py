"""Agreement status told of a definite reference to an instrument named before, round-29 audit
(agstatus19), on sentences of our own: "Peru strikes gas deal with Bolivia. The deal was
sealed ..." - the reference's own sentence names one side only, so the rules drop it as a
mention of its own, but the stage its verb tells (sealed, ratified) is the named deal's. A
reference with no stage cue, or with a stage not reached (discussed), adds nothing, and one
with nothing kept before it makes no record."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-06")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


_DISPUTE = (" three days after Bolivia cut off gas supplies in a price dispute that threatened "
            "the Peruvian economy.")


def test_the_deal_was_sealed_is_the_named_deals_signing() -> None:
    recs = _records("Peru strikes gas deal with Bolivia. Peru has agreed to pay Bolivia more "
                    "for its gas. The deal was sealed" + _DISPUTE)
    assert len(recs) == 1
    assert recs[0]["status"] == "signed"
    assert any("was sealed" in s["quote"] for h in recs[0]["history"] for s in h["sources"])


def test_the_deal_was_ratified_is_the_named_deals_ratification() -> None:
    recs = _records("Peru strikes gas deal with Bolivia. The deal was ratified" + _DISPUTE)
    assert len(recs) == 1
    assert recs[0]["status"] == "ratified"


def test_a_stage_not_reached_adds_nothing() -> None:
    recs = _records("Peru strikes gas deal with Bolivia. The deal was discussed" + _DISPUTE)
    assert [r["status"] for r in recs] == ["agreed"]


def test_a_reference_with_no_stage_adds_nothing() -> None:
    recs = _records("Peru strikes gas deal with Bolivia. Fishermen said they were happy with "
                    "the deal" + _DISPUTE)
    assert [r["status"] for r in recs] == ["agreed"]
    assert len(recs[0]["history"]) == 1


def test_no_antecedent_no_record() -> None:
    assert _records("The deal was sealed" + _DISPUTE) == []


def test_a_reference_under_a_preposition_adds_nothing() -> None:
    # ("Under the deal" reads an instrument that exists, a stage of no verb acting on it)
    recs = _records("Peru strikes gas deal with Bolivia. Under the deal, Bolivia will benefit "
                    "from improved quotas on exports of gas to Peru.")
    assert [r["status"] for r in recs] == ["agreed"]
    assert len(recs[0]["history"]) == 1


def test_a_present_tense_of_no_stage_adds_nothing() -> None:
    # ("The deal offers ...": the rules' default in-force reading of an instrument's own
    # subject, no words of force or effect)
    recs = _records("Peru strikes gas deal with Bolivia. The deal offers Bolivian firms a fee "
                    "if they sign early.")
    assert "in_force" not in [h["status"] for r in recs for h in r["history"]]


def test_a_stage_of_another_verb_adds_nothing() -> None:
    # ("denounced the signing ... seek to annul the deal": "annul" is the deal's verb)
    recs = _records("Peru strikes gas deal with Bolivia. Peru has agreed to pay Bolivia more "
                    "for its gas. Bolivia's opposition party denounced the signing in February "
                    "as a betrayal and said it would seek to annul the deal.")
    assert [r["status"] for r in recs] == ["agreed"]
