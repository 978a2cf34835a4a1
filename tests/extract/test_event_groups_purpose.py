"""'Leaders gathered in X for a summit': the noun of the purpose phrase after the verb says what
kind of gathering it was; a meeting 'to decide an agenda for the summit' stays a meeting."""
from __future__ import annotations


def _candidates(text: str):
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-05-04")])
    return extract_events(ctx, lenient=True)


def test_leaders_gathered_for_a_summit_is_a_summit() -> None:
    events = _candidates("LISBON, May 4 - African Union leaders gathered in Lisbon on Monday "
                         "for a three-day summit on water.")
    assert any(e.kind.value == "summit" for e in events)


def test_a_meeting_that_prepares_a_summit_is_not_the_summit() -> None:
    events = _candidates("LISBON, May 4 - Senior officials of the member countries will meet "
                         "next week to settle the agenda for the autumn summit.")
    assert not any(e.kind.value == "summit" for e in events)


def test_a_two_day_summit_that_gathered_on_a_day_ends_the_next() -> None:
    events = _candidates("LISBON, May 4, 2026 - African Union leaders gathered in Lisbon on "
                         "Monday for a two-day summit on water.")
    (summit,) = [e for e in events if e.kind.value == "summit"]
    assert (summit.start, summit.end) == ("2026-05-04", "2026-05-05")
