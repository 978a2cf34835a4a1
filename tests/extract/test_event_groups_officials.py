"""A gathering named by its noun whose people, named in the sentence, are of two states with an
office holder among them is a governmental one, though no word of governments is written
("Israeli defence official A held talks with Egyptian intelligence chief B")."""
from __future__ import annotations


def _candidates(text: str):
    """Every event candidate of the rules, kept or flagged, before a learned decision."""
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-05-04")])
    return extract_events(ctx, lenient=True)


def test_officials_of_two_states_make_their_talks_governmental() -> None:
    events = _candidates("Danish energy official Karen Holm held talks with Norwegian oil chief "
                         "Per Lund in Oslo on Monday to settle the gas terms.")
    talks = [e for e in events if e.kind.value == "talks"]
    assert talks and talks[0].missing == ()
    assert {p.country for p in talks[0].participants} == {"DNK", "NOR"}


def test_officials_of_one_state_say_nothing_of_governments() -> None:
    events = _candidates("Danish energy official Karen Holm held talks with Danish oil chief "
                         "Per Lund in Aarhus on Monday to settle the gas terms.")
    assert all("governmental" in e.missing for e in events if e.kind.value == "talks")
