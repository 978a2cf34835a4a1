"""A meeting's kind read from the noun the article gives the occasion: 'meet X for a summit'
is a summit, 'that meeting, the ... Conference' and 'the meeting' told right after a
conference are the conference; a meeting on the sidelines of a summit, one that prepares a
summit and 'the meeting between A and B' stay meetings."""
from __future__ import annotations


def _events(text: str):
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-05-04")])
    return extract_events(ctx, lenient=True)


def test_meeting_for_a_summit_is_a_summit() -> None:
    events = _events("PARIS, May 4 - On Tuesday, French President Paul Dubois and Italian Prime "
                     "Minister Marco Rossi will meet Japan's Prime Minister Kenji Sato for a "
                     "summit by video link.")
    assert events and all(e.kind.value == "summit" for e in events)


def test_a_meeting_that_prepares_a_summit_is_not_the_summit() -> None:
    events = _events("PARIS, May 4 - French Foreign Minister Paul Dubois will meet Italian "
                     "Foreign Minister Marco Rossi on Tuesday to settle the agenda for the "
                     "autumn summit.")
    assert not any(e.kind.value == "summit" for e in events)


def test_meeting_named_a_conference_is_a_conference() -> None:
    events = _events("WASHINGTON, May 4 - In July 1950, delegates of 30 governments gathered in "
                     "a hotel in Maine. That meeting, the International Conference on Fisheries "
                     "and Trade, resulted in the formation of the International Fisheries Fund "
                     "and the World Bank.")
    assert any(e.kind.value == "conference" for e in events)
    assert not any(e.kind.value == "meeting" and "Conference" in e.source.quote
                   for e in events)


def test_the_meeting_after_a_conference_is_the_conference() -> None:
    events = _events("GENEVA, May 4 - Delegates of 120 governments ended a four-week conference "
                     "on radio frequencies in Geneva on Saturday. The meeting, which finished "
                     "over the weekend, also allocated new bands to France and Brazil.")
    assert not any(e.kind.value == "meeting" for e in events)
