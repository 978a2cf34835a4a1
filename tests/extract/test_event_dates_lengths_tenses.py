"""The days and status of gatherings (branch evdate): a length told with the first day spans
the gathering whatever its kind or status ("two days of talks starting on Thursday", "will
arrive on Monday for a three-day visit"); a gathering whose noun is the subject of a verb of
putting off is still ahead and has lost its day (of calling off, cancelled); an infinitive of
a verb that says whether a thing came about ("failed to reach agreement at the talks") is not
a plan. Sentences are invented."""
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


def test_a_length_without_its_hyphen_and_a_first_day_told_by_from() -> None:
    from accords.extract.event_visits import span_back
    # "a two day meeting" that the statement came after: its last day is the report's
    assert span_back("Donors pledged 2 billion dlrs, a statement issued after a two day meeting "
                     "of the aid group said.", "2026-06-18", "2026-06-18") == (
        "2026-06-17", "2026-06-18")
    # "two-day talks ... from April 1": April 1 and 2
    assert stay_end("The plan will dominate two-day energy talks between officials of the two "
                    "countries in Quito from April 1.", "2026-04-01", "2026-04-01",
                    EventKind.TALKS) == "2026-04-02"
    # "from" before something else than a day tells no first day
    assert stay_end("Two-day talks between officials from the two countries were held on "
                    "April 1.", "2026-04-01", "2026-04-01", EventKind.TALKS) == "2026-04-01"
    # nor "the start of" a season, a noun
    assert stay_end("Ministers failed to agree at two days of talks on prices paid from the start "
                    "of the crop year.", "2026-04-01", "2026-04-01",
                    EventKind.TALKS) == "2026-04-01"


def test_talks_at_which_ministers_failed_to_agree_were_held(extract) -> None:
    ex = extract("BRUSSELS, March 31, 2026 - Farm ministers of the European Union failed to "
                 "reach agreement at two days of talks on the prices to be paid to farmers from "
                 "the start of the new crop year on May 1.")
    talks = _of(ex, EventKind.TALKS)
    assert talks and all(t.status == EventStatus.HELD for t in talks)
    # an intention still is a plan
    ex = extract("BRUSSELS, March 31, 2026 - Farm ministers of the European Union will try to "
                 "reach agreement at talks on farm prices next week.")
    talks = _of(ex, EventKind.TALKS)
    assert talks and all(t.status == EventStatus.PLANNED for t in talks)


def test_a_visit_put_off_to_a_later_time_takes_that_time(extract) -> None:
    ex = extract("SUVA, May 6, 2026 - A planned visit to Apia by Fijian Prime Minister Ratu "
                 "Tevita Naivalu, which had been due to take place this month, has been "
                 "postponed to later in the year, officials said.")
    (visit,) = _of(ex, EventKind.VISIT)
    assert visit.status == EventStatus.PLANNED
    assert visit.start == "2026"


def test_this_weekend_said_on_a_weekday_is_the_one_to_come_and_its_gathering_ahead(extract):
    # a Thursday: "this weekend" is Saturday 4 and Sunday 5 April, and the meeting is ahead
    ex = extract("THE HAGUE, April 2, 2026 - European Community finance ministers hold an "
                 "informal meeting in the Netherlands this weekend.")
    meetings = [e for e in ex.events if e.kind in (EventKind.MEETING, EventKind.CONFERENCE)]
    assert meetings and all((m.start, m.end) == ("2026-04-04", "2026-04-05")
                            for m in meetings)
    assert all(m.status == EventStatus.PLANNED for m in meetings)



def test_a_weekend_told_by_a_verb_in_the_past_is_the_one_over(extract):
    # a Tuesday: "over the weekend" of a meeting told by "said during" is the one just past,
    # whatever the "would" of what was said
    ex = extract("LIMA, June 2, 2026 - Peru said during a meeting of cocoa producers in Quito "
                 "over the weekend that it would consider leaving the group, Ecuadorean Trade "
                 "Minister Rosa Vera told reporters.")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert all(m.start is None or m.start <= "2026-06-02" for m in meetings)


def test_a_meeting_that_could_be_postponed_is_not_put_off() -> None:
    from accords.extract.event_status import predicate_status
    from accords.pipeline import build_contexts
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "HANOI, April 10, 2026 - Vietnamese Foreign Minister Tran Van Long said the "
        "meeting with Thai Foreign Minister Somchai Rattana could be postponed.",
        published="2026-04-10")], True)
    info = next(i for i in ctx.sentences if i.parse is not None)
    assert predicate_status(info.sentence.text, EventKind.MEETING, info.parse) is None
