"""A state's adjective that only says where a place or thing is (agparties11, round-23 audit):
"a hard Irish border", "Greek waters" in the clause's subject are topics, not sides of the
instrument; a state's government or people named by the adjective still are."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_border_named_by_a_states_adjective_is_no_side() -> None:
    # (the subject of "would harm" is a move about the border; Ireland is no side of the
    # trade deal with the UK)
    recs = _records("Lawmakers in Canada have long argued that any move to build a hard Irish "
                    "border would harm the signing of a trade deal with the UK.")
    assert recs and all("IRL" not in r["countries"] for r in recs)
    assert any("GBR" in r["countries"] for r in recs)


def test_waters_named_by_a_states_adjective_are_no_side() -> None:
    recs = _records("Fishing boats seen in Greek waters last month will be covered by a new "
                    "fisheries accord with Norway, officials said on Monday.")
    assert all("GRC" not in r["countries"] for r in recs)


def test_a_states_government_named_by_its_adjective_is_still_a_side() -> None:
    recs = _records("The Irish government signed a trade deal with the UK on Monday.")
    assert any({"IRL", "GBR"} <= set(r["countries"]) for r in recs)
