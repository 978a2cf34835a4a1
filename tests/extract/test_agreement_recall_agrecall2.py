"""Instruments whose own words say they are the two states' though the sentence names none or
one of them (sentences of our own): an "intergovernmental" instrument, and one whose contact
clause has "the two governments" renew or extend it."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Ghana and Togo review ties\nACCRA, March 7, 2023 (GNA) - "
_PAIR = ("Ghana's foreign minister met his Togolese counterpart in Lome on Monday, and Togo "
         "and Ghana pledged closer trade. ")


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _countries(text: str, word: str) -> list[list[str]]:
    return [sorted(r["countries"]) for r in _records(text) if word in r["title"].lower()]


def test_an_intergovernmental_instrument_is_the_pair_s() -> None:
    # no state named in its sentence: the two the article is about
    assert _countries(_PAIR + "The plan builds on an intergovernmental agreement on cooperation "
                      "in fisheries signed in February, the statement said.", "fisheries") == [
        ["GHA", "TGO"]]
    # one of the pair named in a compound the gazetteer does not read: the other joins it
    assert _countries(_PAIR + "The ministers agreed to raise the Volta-Togo intergovernmental "
                      "joint committee to the level of deputy ministers.", "committee") == [
        ["GHA", "TGO"]]


def test_a_capitalized_intergovernmental_body_is_no_cue() -> None:
    # a name ("Intergovernmental Authority ...") says nothing of the instrument's sides
    recs = _records(_PAIR + "The Intergovernmental Authority on Fisheries signed an agreement "
                    "on research in February.")
    assert all(sorted(r["countries"]) != ["GHA", "TGO"] for r in recs)


def test_the_two_governments_renewed_it() -> None:
    assert _countries(
        "Traders in Lome said the city depended on power imported from Ghana, supplied under an "
        "agreement that the two governments renewed in January. Togo's grid is weak, and Togo "
        "has asked for more.", "agreement") == [["GHA", "TGO"]]


_SUMMIT = ("Turkic leaders meet in Baku\nBAKU, May 4, 2024 - The presidents of Kazakhstan, "
           "Kyrgyzstan and Uzbekistan met in Baku on Friday for a summit of the Organization of "
           "Turkic States. ")


def test_a_strategy_adopted_by_a_gathering_of_states() -> None:
    recs = [r for r in _records(_SUMMIT + "The summit approved the OTS Strategy 2025-2030 and "
                                "a new customs deal.") if "Strategy" in r["title"]]
    assert [(r["kind"], r["status"]) for r in recs] == [("programme", "signed")]
    assert "IGO:OTS" in recs[0]["countries"]
    # beside another instrument of the sentence: the organization's own strategy by its name
    recs = [r for r in _records(_SUMMIT + "The leaders signed the Baku Declaration and approved "
                                "the OTS development strategy until 2040.")
            if "strategy" in r["title"].lower()]
    assert [r["kind"] for r in recs] == ["programme"]


def test_a_state_adopting_its_own_strategy_is_no_instrument() -> None:
    assert not [r for r in _records(_SUMMIT + "Kazakhstan's cabinet approved a new export "
                                    "strategy on Tuesday, the ministry said.")
                if "strategy" in r["title"].lower()]
    assert not [r for r in _records(_SUMMIT + "Uzbekistan adopted a lighter strategy for its "
                                    "cotton exports.") if "strategy" in r["title"].lower()]
