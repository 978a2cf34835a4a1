"""'A met B on the sidelines of the G20 summit': the organization's gathering was held too, as
an event of its own beside the pair's meeting; 'a summit in X' names no organization."""
from __future__ import annotations


def _candidates(text: str):
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-05-04")])
    return extract_events(ctx, lenient=True)


def test_the_summit_on_whose_sidelines_they_met_is_its_own_event() -> None:
    events = _candidates("LIMA, May 4, 2026 - Peruvian President Ana Rojas met Chilean President "
                         "Luis Fuentes on the sidelines of the G20 summit in Lima on Monday.")
    kinds = sorted(e.kind.value for e in events if not e.missing)
    assert kinds == ["meeting", "summit"]
    (summit,) = [e for e in events if e.kind.value == "summit"]
    assert summit.start == "2026-05-04" and not summit.participants


def test_a_summit_of_no_named_organization_is_not_added() -> None:
    events = _candidates("LIMA, May 4, 2026 - Peruvian President Ana Rojas met Chilean President "
                         "Luis Fuentes on the sidelines of a summit in Lima on Monday.")
    assert not any(e.kind.value == "summit" and not e.participants for e in events)
