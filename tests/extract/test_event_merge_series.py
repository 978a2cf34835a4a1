"""Gatherings one article tells that are not one occasion (blind audits rounds 27 and 28): two days joined by "and" ("rounds arranged for May 12 and June 2") are two
gatherings, not one that lasts from the first to the second; a call and a meeting told by "met"
are two occasions, though they share a person. Articles invented for this test."""
from __future__ import annotations

from accords.vocab import EventKind

SERIES = (
    "Peru and Kenya discuss coffee prices\n\n"
    "LIMA, June 20 - President Rosa Quispe of Peru and Kenyan President Daniel Mwangi spoke on "
    "the phone at least five times over a three-week period, beginning May 25 and ending on "
    "Sunday, officials said.\n"
    "The two countries are among the largest coffee growers in their regions.\n"
)

ONE_CALL = (
    "Peru and Kenya discuss coffee prices\n\n"
    "LIMA, June 20 - President Rosa Quispe of Peru and Kenyan President Daniel Mwangi spoke on "
    "the phone on Sunday, officials said.\n"
    "The two countries are among the largest coffee growers in their regions.\n"
)

ROUNDS = (
    "Norway and Chile resume fisheries talks\n\n"
    "OSLO, April 20 - Norway and Chile will resume talks on fishing quotas on Monday, with time "
    "running out for a deal.\n"
    "Ola Berg, the Norwegian negotiator, and Pedro Soto, his Chilean counterpart, met in Oslo at "
    "the start of March.\n"
    "Two more video-conference rounds are planned for May 12 and June 2.\n"
)

SPAN = ROUNDS.replace("for May 12 and June 2", "from May 12 to May 15")

CALL_AND_MET = (
    "Canada backs Portuguese currency plan\n\n"
    "OTTAWA, Nov 3 - Prime Minister Jean Tremblay said Portuguese Prime Minister Rui Matos told "
    "him in a telephone conversation on Tuesday that stable exchange rates were his priority.\n"
    "Tremblay noted that Finance Minister Claire Dubois met with Brazilian financial officials "
    "and reaffirmed their commitment to the currency accord.\n"
)


def _people(e) -> set[str]:
    return {p.name for p in e.participants}


def test_calls_told_as_a_series_keep_one_call_over_their_span(extract) -> None:
    # The lead kept evdate8's reading over evfuse22's: calls told "five times" over a span are
    # still calls between the two leaders (real, the round-28 auditor said), dated by the span;
    # dropping them loses the only record that the two spoke.
    ex = extract(SERIES, published="2026-06-20")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert [(e.start, e.end) for e in calls] == [("2026-05-25", "2026-06-14")], \
        [(e.kind, e.start, e.end) for e in ex.events]


def test_one_call_told_once_stays(extract) -> None:
    ex = extract(ONE_CALL, published="2026-06-20")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and calls[0].start == "2026-06-14", [(e.kind, e.start) for e in ex.events]


def test_two_days_joined_by_and_are_two_gatherings(extract) -> None:
    ex = extract(ROUNDS, published="2020-04-20")
    days = sorted((e.start, e.end) for e in ex.events if (e.start or "") >= "2020-05")
    assert days == [("2020-05-12", "2020-05-12"), ("2020-06-02", "2020-06-02")], \
        [(e.kind, e.start, e.end) for e in ex.events]


def test_a_span_from_one_day_to_another_stays_one(extract) -> None:
    ex = extract(SPAN, published="2020-04-20")
    days = sorted((e.start, e.end) for e in ex.events if (e.start or "") >= "2020-05")
    assert days == [("2020-05-12", "2020-05-15")], [(e.kind, e.start, e.end) for e in ex.events]


def test_a_call_does_not_take_in_a_meeting_told_by_met(monkeypatch) -> None:
    # The mentions as extraction gives them, then as the Reuters report that failed had them:
    # the caller alone on the call (the other end's name missed) and the caller, who told of
    # the meeting, lent to the meeting. Merging keeps the two occasions apart.
    import accords.extract.events as events
    from accords.extract.event_merge import _merge_within
    from accords.pipeline import extract_batch
    from accords.records import Document

    seen = []
    real = events._merge_within
    monkeypatch.setattr(events, "_merge_within",
                        lambda ctx, found: seen.append((ctx, list(found))) or real(ctx, found))
    extract_batch([Document.from_text("a.txt", CALL_AND_MET, published="1987-11-03")])
    ctx, found = seen[0]
    call = next(e for e in found if e.kind == EventKind.CALL)
    met = next(e for e in found if e.kind == EventKind.MEETING and "met" in e.source.quote)
    tremblay = next(p for p in call.participants if p.name == "Jean Tremblay")
    call.participants = [tremblay]
    met.participants = [*met.participants, tremblay]
    call.missing = met.missing = ()
    merged = _merge_within(ctx, [call, met])
    assert not any(e.kind == EventKind.CALL and "Claire Dubois" in _people(e)
                   for e in merged), [(e.kind, _people(e)) for e in merged]
