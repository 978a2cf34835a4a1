"""Reviews applied as a view: merges, splits and verdicts never change the stored record."""
from __future__ import annotations

import copy

from accords.curate import Curation


def _agreement(rid: str, docs: list[str], date: str, status: str = "signed") -> dict:
    sources = [{"document": d, "quote": f"quote {d}", "start": 0, "end": 7} for d in docs]
    return {"id": rid, "kind": "agreement", "title": f"Agreement {rid}", "topics": ["trade"],
            "countries": ["PAK", "BLR"], "parties": [{"name": "Pakistan", "country": "PAK",
                                                        "type": "state"}],
            "signatories": [], "status": status,
            "history": [{"status": status, "date": date, "place": None, "sources": sources}],
            "valid_period": None, "sources": docs, "conflicts": [], "confidence": 0.8}


def _review(record: str, verdict: str, value=None, field=None) -> dict:
    return {"id": 1, "record": record, "record_type": "agreement", "verdict": verdict,
            "field": field, "value": value, "note": None, "reviewer": "t", "at": "2026"}


STORE = {"a": _agreement("a", ["d1", "d2"], "2025-04-11"),
         "b": _agreement("b", ["d3"], "2025-08-27", "ratified"),
         "c": _agreement("c", ["d4"], "2025-01-01", "planned")}


def test_no_review_leaves_records_as_stored_plus_an_empty_log():
    cur = Curation({}, STORE)
    view = cur.view("a", STORE.get, "agreement")
    assert view is not None
    assert {k: v for k, v in view.items() if k not in ("reviews", "curation")} == STORE["a"]
    assert view["reviews"] == [] and view["curation"]["state"] == "unreviewed"


def test_the_last_verdict_sets_the_state_and_corrections_sit_beside():
    reviews = {"a": [_review("a", "rejected"), _review("a", "corrected", "treaty", "kind")]}
    view = Curation(reviews, STORE).view("a", STORE.get, "agreement")
    assert view["curation"]["state"] == "corrected"
    assert view["curation"]["corrections"] == {"kind": "treaty"}
    assert view["kind"] == "agreement"


def test_a_merge_folds_one_record_into_another_without_touching_the_store():
    before = copy.deepcopy(STORE)
    cur = Curation({"a": [_review("a", "merged", {"into": "b"})]}, STORE)
    assert cur.expand(["a", "b", "c"]) == ["b", "c"]
    merged = cur.view("b", STORE.get, "agreement")
    assert merged["sources"] == ["d3", "d1", "d2"]
    assert [h["date"] for h in merged["history"]] == ["2025-04-11", "2025-08-27"]
    assert merged["status"] == "ratified"
    assert merged["curation"]["merged_from"] == ["a"]
    assert cur.view("a", STORE.get, "agreement")["curation"]["merged_into"] == "b"
    assert STORE == before


def test_merge_chains_end_at_the_last_record_and_cycles_are_ignored():
    chain = Curation({"a": [_review("a", "merged", {"into": "b"})],
                      "b": [_review("b", "merged", {"into": "c"})]}, STORE)
    assert chain.expand(["a", "b", "c"]) == ["c"]
    assert chain.view("c", STORE.get, "agreement")["curation"]["merged_from"] == ["a", "b"]
    cycle = Curation({"a": [_review("a", "merged", {"into": "b"})],
                      "b": [_review("b", "merged", {"into": "a"})]}, STORE)
    assert cycle.expand(["a", "b"]) == ["a", "b"]


def test_a_merge_into_a_record_that_is_gone_is_ignored():
    cur = Curation({"a": [_review("a", "merged", {"into": "zzz"})]}, STORE)
    assert cur.expand(["a"]) == ["a"]


def test_a_split_lists_a_new_record_after_its_origin():
    cur = Curation({"a": [_review("a", "split", {"documents": ["d2"]})]}, STORE)
    assert cur.expand(["a", "b"]) == ["a", "a~1", "b"]
    part = cur.view("a~1", STORE.get, "agreement")
    rest = cur.view("a", STORE.get, "agreement")
    assert part["id"] == "a~1" and part["sources"] == ["d2"]
    assert rest["sources"] == ["d1"]
    assert part["curation"]["split_from"] == "a" and rest["curation"]["split_into"] == ["a~1"]
    assert cur.view("a~2", STORE.get, "agreement") is None
    assert cur.view("a~x", STORE.get, "agreement") is None
