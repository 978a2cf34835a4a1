"""One record per gathering within an article: a short report of a call the article tells in
full (a headline naming one side) is that call, not a second one dated the day the story was
filed (blind audit, round 11). Texts are our own."""
import accords.extract.events as events_module
from accords.extract.events import extract_events
from accords.pipeline import build_contexts
from accords.records import Document
from accords.vocab import EventKind

CALL = ("Swedish Prime Minister Erik Lindqvist holds conference call on gas\n\n"
        "STOCKHOLM - Swedish Prime Minister Erik Lindqvist is holding a conference call with "
        "Finnish President Matti Koskinen and Norwegian Prime Minister Ola Haugen on gas "
        "supplies, an aide said on Thursday (May 7).")


def test_a_headline_of_the_call_told_below_is_not_a_second_call(monkeypatch) -> None:
    (ctx,) = build_contexts([Document.from_text("a.txt", CALL, published="2031-05-08")])
    merge = events_module._merge_within
    merged: list = []
    # (the merge's own output: later rules may drop the headline's call for other reasons)
    monkeypatch.setattr(events_module, "_merge_within",
                        lambda c, es: merged.extend(merge(c, es)) or list(merged))
    extract_events(ctx, lenient=True)
    calls = [e for e in merged if e.kind == EventKind.CALL]
    assert len(calls) == 1
    assert calls[0].start == "2031-05-07"
    assert {p.name for p in calls[0].participants} >= {"Erik Lindqvist", "Matti Koskinen"}


def test_a_call_of_another_day_with_one_of_them_stays_apart() -> None:
    text = CALL + " Lindqvist also held a phone call with Koskinen on May 4."
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2031-05-08")])
    calls = [e for e in extract_events(ctx, lenient=True) if e.kind == EventKind.CALL]
    assert len(calls) == 2 and len({e.start for e in calls}) == 2
