"""A gathering named by a demonstrative with no time of its own ("At that meeting, ...",
"That meeting, the ... Conference, ...") is the one the sentence right before told of, and
takes its time, not the day of filing nor a year of the paragraph (branch evdate8, round-23
audit); a span told by its first and last day ("beginning March 30
and ending on Sunday") spans them; talks a sentence dates only by their opening ("opened talks
last summer") run to the day of the report. Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.vocab import EventKind

_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE)


def _records(ex):
    return [r for r in consolidate(ex.agreements, ex.events, ex.people).events
            if r.kind in _GATHERINGS]


def test_that_meeting_takes_the_day_told_just_before(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - The central bank said its purchases of soles were "
                 "in line with the joint statement issued by Peruvian Finance Minister Ana "
                 "Torres and Chilean Finance Minister Luis Vega after their April 3 "
                 "consultations.\nAt that meeting, Peru and Chile pledged to cooperate on exchange "
                 "rates.")
    dates = {(e.start, e.end) for e in ex.events if e.kind in _GATHERINGS}
    assert dates == {("2026-04-03", "2026-04-03")}


def test_that_meeting_takes_the_month_of_a_story_of_the_past(extract) -> None:
    ex = extract("OSLO, May 12, 2026 - The old hotel keeps its ballroom as it was.\nAs the "
                 "winter of 1951 began, the fishing dispute between Norway and Iceland was "
                 "still open.\nThat October, ministers of Norway and Iceland secretly met here "
                 "at the Fjord Hotel to settle the catch quotas.\nThat meeting, later known as "
                 "the Fjord Conference, ended with a treaty on fishing zones.")
    (record,) = [r for r in _records(ex) if any("That meeting" in s.quote for s in r.sources)]
    assert (record.start, record.end) == ("1951-10", "1951-10")


def test_a_meeting_not_pointed_back_keeps_the_day_of_filing(extract) -> None:
    # guard: "the meeting" with no demonstrative, after a sentence with an earlier day, is
    # not taken for it
    ex = extract("LIMA, May 12, 2026 - Peruvian Finance Minister Ana Torres and Chilean "
                 "Finance Minister Luis Vega signed a currency swap on April 3.\nPeruvian "
                 "Trade Minister Rosa Diaz met Chilean Trade Minister Pedro Soto here today.")
    days = {(e.start, e.end) for e in ex.events if e.kind in _GATHERINGS}
    assert ("2026-05-12", "2026-05-12") in days


def test_calls_told_by_first_and_last_day_span_them(extract) -> None:
    # "beginning May 1 and ending on Sunday": a participle clause of its own gives the span
    ex = extract("LIMA, May 12, 2026 - The two states agreed on a new border crossing.\n"
                 "Peruvian President Ana Torres and Chilean President Luis Vega spoke by "
                 "telephone three times over ten days, beginning May 1 and ending on Sunday.")
    (call,) = [e for e in ex.events if e.kind == EventKind.CALL]
    assert (call.start, call.end) == ("2026-05-01", "2026-05-10")


def test_a_beginning_with_no_last_day_is_no_span(extract) -> None:
    # guard: one day and a month, not two days, stay as before
    ex = extract("LIMA, May 12, 2026 - Peruvian President Ana Torres and Chilean President "
                 "Luis Vega held talks on Monday on a trade pact, beginning a process "
                 "lasting until June.")
    days = {(e.start, e.end) for e in ex.events if e.kind in _GATHERINGS}
    assert days == {("2026-05-11", "2026-05-11")}


def test_talks_opened_long_ago_run_to_the_report(extract) -> None:
    # the time dates only the opening: the talks are under way at the day of the report
    ex = extract("OTTAWA, May 12, 2026 - Canadian and Mexican negotiators opened talks last "
                 "summer aimed at dismantling trade barriers between the two countries.")
    (talks,) = [e for e in ex.events if e.kind in _GATHERINGS]
    assert (talks.start, talks.end) == ("2025", "2026-05-12")


def test_talks_opened_and_ended_keep_their_time(extract) -> None:
    # guard: an end told in the sentence
    ex = extract("OTTAWA, May 12, 2026 - Canadian and Mexican negotiators opened talks last "
                 "summer aimed at dismantling trade barriers, but the talks collapsed.")
    (talks,) = [e for e in ex.events if e.kind in _GATHERINGS]
    assert (talks.start, talks.end) == ("2025", "2025")
