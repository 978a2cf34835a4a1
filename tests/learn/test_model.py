"""The learned decision: features name what the rules saw, the model file round-trips, and the
pipeline keeps what the model believes and drops what it does not."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from accords.learn.model import NO_DECISIONS, Decisions, LinearDecision, decisions
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document

LOAN = ("NAIROBI, May 4 - Kenya and Ethiopia signed a 40 mln dlr loan agreement on Tuesday "
        "to finance a road between the two countries, officials said.\n\n"
        "Ethiopia's finance minister said talks on a second loan would start next year.\n")


def test_lenient_candidates_name_the_rules_they_fail() -> None:
    (p,) = propose_batch([Document.from_text("a.txt", LOAN)], lenient=True)
    (strict,) = propose_batch([Document.from_text("a.txt", LOAN)], lenient=False)
    assert len(p.extraction.agreements) >= len(strict.extraction.agreements) >= 1
    accepted = [f for m, f in zip(p.extraction.agreements, p.agreement_features, strict=True)
                if not m.missing]
    assert accepted and all(f.get("rules_accept") == 1.0 for f in accepted)
    for m, f in zip(p.extraction.agreements, p.agreement_features, strict=True):
        for rule in m.missing:
            assert f[f"missing={rule}"] == 1.0


def test_model_round_trips_through_json(tmp_path: Path) -> None:
    model = LinearDecision({"rules_accept": 2.0, "cue=negation": -1.5}, None, -0.5, 0.6,
                           {"examples": 3}, rule_threshold=0.1)
    model.save(tmp_path / "m.json")
    back = LinearDecision.from_dict(__import__("json").loads((tmp_path / "m.json").read_text()))
    assert back == model
    assert back.probability({"rules_accept": 1.0}) > 0.8
    assert back.probability({"cue=negation": 1.0}) < 0.2


def test_model_decides_what_is_kept() -> None:
    doc = Document.from_text("a.txt", LOAN)
    keep_all = Decisions(LinearDecision({}, None, 10.0, 0.5, {}), None)
    keep_none = Decisions(LinearDecision({}, None, -10.0, 0.5, {}, rule_threshold=0.5), None)
    (kept,) = extract_batch([doc], models=keep_all)
    (dropped,) = extract_batch([doc], models=keep_none)
    assert kept.agreements and all(m.score and m.score > 0.99 for m in kept.agreements)
    assert dropped.agreements == []
    (rules,) = extract_batch([doc], models=NO_DECISIONS)
    assert all(m.score is None and not m.missing for m in rules.agreements)


def test_rule_threshold_keeps_what_the_rules_accept() -> None:
    model = LinearDecision({}, None, -10.0, 0.5, {}, rule_threshold=0.0)
    assert model.keeps(0.01, rules_accept=True)
    assert not model.keeps(0.01, rules_accept=False)
    assert not replace(model, rule_threshold=0.5).keeps(0.01, rules_accept=True)


def test_shipped_model_loads_and_uses_named_features() -> None:
    model = decisions().agreement
    assert model is not None
    assert "rules_accept" in model.weights and model.weights["rules_accept"] > 0
    assert model.meta["examples"] > 100


EVENTS = ("OSLO, June 2, 2026 - Norwegian Prime Minister Lars Haugen will meet Polish Prime "
          "Minister Piotr Nowak in Warsaw next month.\n\n"
          "CANBERRA, May 6, 2026 - Australian Treasurer Ruth Malley met Australian Trade "
          "Minister Colin Barrow on Tuesday to discuss the budget.\n")


def test_event_candidates_name_the_rules_they_fail_and_their_status() -> None:
    (p,) = propose_batch([Document.from_text("e.txt", EVENTS)])
    assert p.extraction.events
    for m, f in zip(p.extraction.events, p.event_features, strict=True):
        assert f[f"estatus={m.status.value}"] == 1.0
        assert all(f[f"emissing={rule}"] == 1.0 for rule in m.missing)
        assert (f.get("rules_accept") == 1.0) == (not m.missing)
    assert any(m.missing for m in p.extraction.events)  # a domestic meeting
    (ex,) = extract_batch([Document.from_text("e.txt", EVENTS)], models=NO_DECISIONS)
    assert ex.events and not any(m.missing for m in ex.events)  # the rules alone: no flagged


def test_event_model_decides_which_event_candidates_are_kept() -> None:
    doc = Document.from_text("e.txt", EVENTS)
    keep_all = Decisions(None, LinearDecision({}, None, 5.0, 0.5, {}))
    drop_all = Decisions(None, LinearDecision({}, None, -5.0, 0.5, {}, rule_threshold=0.5))
    (kept,) = extract_batch([doc], models=keep_all)
    (dropped,) = extract_batch([doc], models=drop_all)
    (p,) = propose_batch([doc])
    assert len(kept.events) == len(p.extraction.events)
    assert dropped.events == []
    assert decisions().event is not None  # the shipped model


def test_coreference_does_not_wait_for_a_model() -> None:
    """Rules alone still join the other party named in the next sentence."""
    doc = Document.from_text("a.txt", "ACCRA, June 9 - Ghana signed a defence cooperation "
                             "agreement on Monday.\nThe agreement was signed with Togo's "
                             "defence minister in the capital.")
    (ex,) = extract_batch([doc], models=NO_DECISIONS)
    assert ex.agreements and all(set(m.countries) == {"GHA", "TGO"} for m in ex.agreements)
