"""The days and status of gatherings (branch evdate): a length told with the first day spans
the gathering whatever its kind or status ("two days of talks starting on Thursday", "will
arrive on Monday for a three-day visit"); a gathering whose noun is the subject of a verb of
putting off is still ahead and has lost its day; one told in the past perfect with no day is
not dated the day the article was filed. Sentences are invented."""
from __future__ import annotations

from accords.extract.event_visits import stay_end
from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_a_planned_visit_of_n_days_ends_n_minus_one_days_after_its_first(extract) -> None:
    ex = extract("RIGA, May 8, 2026 - Estonian Prime Minister Kaja Tamm will arrive in Vilnius "
                 "on Monday for a three-day official visit.")
    (visit,) = _of(ex, EventKind.VISIT)
    assert visit.status == EventStatus.PLANNED
    assert (visit.start, visit.end) == ("2026-05-11", "2026-05-13")


def test_talks_of_n_days_starting_on_a_day_span_them(extract) -> None:
    ex = extract("OSLO, June 2, 2026 - Norwegian Foreign Minister Jonas Lie and his Icelandic "
                 "counterpart Bjarni Olafsson will hold two days of talks in Reykjavik starting "
                 "on Thursday.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert (talks.start, talks.end) == ("2026-06-04", "2026-06-05")


def test_a_summit_of_n_days_that_opened_today_spans_them(extract) -> None:
    ex = extract("QUITO, July 14, 2026 - The two-day summit of Andean presidents opened in Quito "
                 "today with talks on river trade between President Luis Vera of Ecuador and "
                 "President Ana Paz of Peru.")
    summits = _of(ex, EventKind.SUMMIT)
    assert summits and all((s.start, s.end) == ("2026-07-14", "2026-07-15") for s in summits)


def test_a_length_told_of_another_kind_of_gathering_is_not_this_ones() -> None:
    text = ("Ms Tamm, who arrived in Vilnius on Monday for a three-day visit, met President "
            "Lina Auk on Tuesday.")
    assert stay_end(text, "2026-05-12", "2026-05-12", EventKind.MEETING) == "2026-05-12"
    assert stay_end(text, "2026-05-11", "2026-05-11", EventKind.VISIT) == "2026-05-13"
    # a departure with where to, not one from where the visit was
    assert stay_end("She leaves for Lima tomorrow on a five-day visit.", "2026-05-12",
                    None) == "2026-05-16"
    assert stay_end("She left Lima on Sunday after a five-day visit.", "2026-05-10",
                    "2026-05-10") == "2026-05-10"


def test_a_meeting_put_off_is_planned_and_has_lost_its_day(extract) -> None:
    ex = extract("HANOI, April 10, 2026 - A meeting between Vietnamese Foreign Minister Tran Van "
                 "Long and Thai Foreign Minister Somchai Rattana, scheduled for next week in "
                 "Bangkok, has been postponed, officials said.")
    (meeting,) = [e for e in ex.events if e.kind in (EventKind.MEETING, EventKind.TALKS)]
    assert meeting.status == EventStatus.PLANNED
    assert (meeting.start, meeting.end) == (None, None)


def test_a_meeting_called_off_after_a_long_subject_is_cancelled(extract) -> None:
    ex = extract("HANOI, April 10, 2026 - The meeting of the foreign ministers of Vietnam and "
                 "Thailand on the disputed fishing grounds, planned in Bangkok, has been called "
                 "off.")
    meetings = [e for e in ex.events if e.kind in (EventKind.MEETING, EventKind.TALKS)]
    assert meetings and all(m.status == EventStatus.CANCELLED for m in meetings)


def test_a_meeting_told_in_the_past_perfect_with_no_day_is_undated(extract) -> None:
    ex = extract("ACCRA, March 25, 2026 - Ghana and Togo signed a border protocol today.\n\n"
                 "Ghanaian Foreign Minister Kofi Mensah had met Togolese Foreign Minister Komi "
                 "Agbo in Lome to discuss the border.")
    (meeting,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meeting.status == EventStatus.HELD
    assert meeting.start is None


def test_talks_in_the_past_perfect_of_an_undated_group_are_undated(extract) -> None:
    ex = extract("ACCRA, March 25, 2026 - Ghana and Togo signed a border protocol today. The "
                 "fishing rights had been one of the points of disagreement in the talks between "
                 "Ghanaian and Togolese negotiators.")
    talks = _of(ex, EventKind.TALKS)
    assert talks and all(t.start is None for t in talks)


def test_a_past_perfect_that_backshifts_a_report_keeps_the_day_of_the_news(extract) -> None:
    ex = extract("ACCRA, March 25, 2026 - Officials said Ghanaian Foreign Minister Kofi Mensah "
                 "had met Togolese Foreign Minister Komi Agbo in Lome to discuss the border.")
    (meeting,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meeting.start == "2026-03-25"
