"""Dates of a gathering whose clause tells another thing's time (branch evdate23, round-28
audit). Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_a_year_of_what_the_gathering_reviews_is_not_its_date(extract) -> None:
    # "a meeting which reviews the 1961 quota": the year is the quota's; the meeting is the
    # day's news
    ex = extract("OSLO, May 12 - Lars Dahl, Norway's envoy to the Nordic Council, raised the "
                 "complaint at a special yearly meeting which reviews the 1961 Danish fishing "
                 "quota.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert (meeting.start, meeting.end) == ("2026-05-12", "2026-05-12")


def test_a_day_the_gathering_clause_tells_of_itself_stays(extract) -> None:
    # near miss: the time is the clause's own adverbial, the gathering's day
    ex = extract("OSLO, May 12 - Lars Dahl, Norway's envoy to the Nordic Council, raised the "
                 "complaint at a special yearly meeting of the council which opened on Friday "
                 "in Bergen.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.start == "2026-05-08"


def test_a_stay_so_far_to_attend_a_gathering_finds_it_held(extract) -> None:
    # "who has been in London to attend the meeting": the stay has lasted to now, so the
    # gathering it was for is no longer ahead
    ex = extract("Lars Dahl, the Norwegian finance minister, who has been in London to attend "
                 "the meeting of Nordic finance ministers, said prices would fall.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD


def test_a_stay_ahead_to_attend_a_gathering_stays_planned(extract) -> None:
    # near miss: the stay is still ahead
    ex = extract("Lars Dahl, the Norwegian finance minister, who will be in London to attend "
                 "the meeting of Nordic finance ministers, said prices would fall.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
