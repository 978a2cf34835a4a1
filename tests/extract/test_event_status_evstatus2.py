"""The day of filing's gathering told as still to come (branch evstatus2): a gathering owned by
"today" ("today's meeting") was read as held whatever governed it; governed by a word that puts
what the sentence tells before it ("ahead of", "before", "on the eve of", "in preparation
for"), it has not taken place yet: planned, dated the day of filing. Yesterday's gathering and
a record of today's talks stay held. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_ahead_of_todays_meeting_is_planned(extract) -> None:
    ex = extract("ZURICH, May 12, 2026 - The franc traded narrowly ahead of today's meeting of "
                 "the finance ministers of Austria, Hungary and Slovenia in Vienna, dealers "
                 "said.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert (meeting.start, meeting.end) == ("2026-05-12", "2026-05-12")


def test_before_todays_talks_is_planned_though_the_verb_is_past(extract) -> None:
    ex = extract("OSLO, June 3, 2026 - Fishing exporters stayed cautious before today's talks "
                 "between the fisheries ministers of Norway and Iceland in Bergen.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert talks.start == "2026-06-03"


def test_a_paper_prepared_for_todays_summit_is_planned(extract) -> None:
    ex = extract("LISBON, Oct 5, 2026 - In a paper prepared for today's summit of Iberian "
                 "leaders, Portugal proposed a joint water authority for the Douro, diplomats "
                 "said.")
    (summit,) = _of(ex, EventKind.SUMMIT)
    assert summit.status == EventStatus.PLANNED


def test_a_record_of_todays_talks_stays_held(extract) -> None:
    # near miss: no word of before-ness governs the gathering (branch of b93da1a)
    ex = extract("OSLO, June 3, 2026 - The ministry will publish a record of today's talks "
                 "between the fisheries ministers of Norway and Iceland in Bergen.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD


def test_ahead_of_yesterdays_meeting_is_not_made_planned(extract) -> None:
    # near miss: yesterday's gathering is over, whatever the sentence told before it
    ex = extract("ZURICH, May 12, 2026 - The franc had traded narrowly ahead of yesterday's "
                 "meeting of the finance ministers of Austria, Hungary and Slovenia in Vienna, "
                 "dealers said.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert meeting.start == "2026-05-11"
