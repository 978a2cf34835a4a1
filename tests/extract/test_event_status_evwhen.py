"""A gathering's status and days from the tense and aspect of its own verb (branch evwhen).

A weekday governed by a verb in the present progressive or the present simple ("are holding
talks on Wednesday and Thursday", "visits Hungary on Thursday") tells, in news style, an
arranged future: the next such days, planned; it was read back to the week before and held.
A gathering's word in an opening adjunct of a participle ("After travelling this week to
...,") is not the main clause's gathering: the main clause's own word gives its tense and time.
Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_present_progressive_with_weekdays_ahead_is_planned(extract) -> None:
    ex = extract("GENEVA, May 12, 2026 - The foreign ministers of Austria and Hungary are "
                 "holding talks in Vienna on Wednesday and Thursday.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert (talks.start, talks.end) == ("2026-05-13", "2026-05-14")


def test_present_simple_visit_on_a_weekday_is_planned(extract) -> None:
    ex = extract("GENEVA, May 12, 2026 - Austrian Chancellor Karl Berg visits Hungary on "
                 "Thursday for talks with Prime Minister Peter Kovacs.")
    (visit,) = _of(ex, EventKind.VISIT)
    assert visit.status == EventStatus.PLANNED
    assert visit.start == "2026-05-14"


def test_meeting_of_today_and_tomorrow_in_present_progressive_is_planned(extract) -> None:
    ex = extract("The foreign ministers of Austria and Hungary are holding talks in Vienna on "
                 "Monday and Tuesday.", published="2026-05-11")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert (talks.start, talks.end) == ("2026-05-11", "2026-05-12")


def test_group_meeting_on_friday_in_progressive_is_planned(extract) -> None:
    ex = extract("GENEVA, May 12, 2026 - Finance ministers of the Group of Seven are meeting "
                 "in Rome on Friday to discuss the dollar, officials said.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert meeting.start == "2026-05-15"


def test_past_verb_with_weekday_stays_held(extract) -> None:
    # near miss: the past tense reads the weekday back
    ex = extract("GENEVA, May 12, 2026 - Austrian Chancellor Karl Berg met Hungarian Prime "
                 "Minister Peter Kovacs in Vienna on Thursday.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert meeting.start == "2026-05-07"


def test_weekday_of_a_past_relative_clause_stays_held(extract) -> None:
    # near miss: "Monday" hangs from "began", not from the present verb
    ex = extract("GENEVA, May 12, 2026 - The talks between Austria and Hungary, which began "
                 "on Monday, are continuing in Vienna.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD
    assert talks.start == "2026-05-11"


def test_present_progressive_of_today_only_stays_held(extract) -> None:
    # near miss: a gathering of the day of filing alone may be under way
    ex = extract("The foreign ministers of Austria and Hungary are holding talks in Vienna on "
                 "Monday.", published="2026-05-11")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD


def test_main_clause_visit_after_an_opening_participle_is_its_own(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Foreign Minister Ana Silva travelled this week to "
                 "Chile and Peru. After travelling to Chile and Peru, Foreign Minister Ana "
                 "Silva will visit Canada next week.")
    canada = [e for e in _of(ex, EventKind.VISIT) if e.place == "Canada"]
    assert canada and all(v.status == EventStatus.PLANNED for v in canada)
    assert all(v.start == "2026-05-18" for v in canada)


def test_returning_from_a_visit_on_a_weekday_ahead_is_under_way(extract) -> None:
    # the verb leaves the visit: under way (held), its last day the weekday ahead
    ex = extract("LISBON, May 15, 2026 - President Ana Costa, who returns from a visit to "
                 "Brazil on Sunday, now faces the task of forming a new government.")
    (visit,) = _of(ex, EventKind.VISIT)
    assert visit.status == EventStatus.HELD
    assert (visit.start, visit.end) == ("2026-05-17", "2026-05-17")


def test_active_put_off_is_dated_the_day_its_verb_governs(extract) -> None:
    # "postponed a Monday meeting until May 21": May 21, not the Monday the noun's phrase holds
    ex = extract("VIENNA, May 12, 2026 - Austria and Hungary have postponed a Monday meeting "
                 "of their foreign ministers until May 21, diplomats said.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert (meeting.start, meeting.end) == ("2026-05-21", "2026-05-21")


def test_active_put_off_with_no_new_day_is_undated(extract) -> None:
    ex = extract("VIENNA, May 12, 2026 - Austria and Hungary postponed the talks of their "
                 "foreign ministers, which had been set for Friday.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert talks.start is None


def test_a_trip_in_the_present_simple_of_today_is_planned(extract) -> None:
    ex = extract("GENEVA, May 12, 2026 - Trade Minister Karl Berg, who flies to Brussels today "
                 "for talks with European Union officials, told Reuters the plan was sound.")
    visits = _of(ex, EventKind.VISIT)
    assert visits and all(v.status == EventStatus.PLANNED for v in visits)


def test_a_trip_in_the_past_of_today_stays_held(extract) -> None:
    # near miss: the past tense tells the trip made
    ex = extract("GENEVA, May 12, 2026 - Trade Minister Karl Berg flew to Brussels today for "
                 "talks with European Union officials.")
    visits = _of(ex, EventKind.VISIT)
    assert visits and all(v.status == EventStatus.HELD for v in visits)


def test_active_put_off_until_a_day_after_an_infinitive(extract) -> None:
    ex = extract("VIENNA, May 12, 2026 - The oil ministers of Norway and Mexico have postponed "
                 "a Monday meeting to discuss output cuts until May 21, sources said.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert (meeting.status, meeting.start) == (EventStatus.PLANNED, "2026-05-21")
