"""Event status and dates read from the event's own noun (branch evstatus23, round-29 audit):
an adjective judging how the gathering went ("a largely fruitless joint meeting") or a time
marked as gone by on its noun ("talks ... earlier this month") decide before the sentence's
first event word ("will meet", "is meeting"). Sentences are invented; 12 May 2026 is a
Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_fruitless_meeting_was_held_on_the_past_monday(extract) -> None:
    ex = extract("PARIS, May 12, 2026 - The Commission will meet in Brussels following what "
                 "officials described as a largely fruitless joint meeting of French and German "
                 "ministers in Strasbourg Monday.")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert meeting.start == "2026-05-11"


def test_hoped_fruitful_meeting_stays_ahead(extract) -> None:
    # near miss: "fruitful" is also hoped for; only verdicts on a result tell the past
    ex = extract("PARIS, May 12, 2026 - French and German ministers will hold a fruitful "
                 "meeting in Strasbourg on Monday, officials said.")
    meetings = _of(ex, EventKind.MEETING)
    assert meetings and meetings[0].status == EventStatus.PLANNED


def test_talks_earlier_this_month_under_a_present_verb(extract) -> None:
    ex = extract("SANTOS, May 12, 2026 - Trade minister Ana Lopes is meeting exporters and "
                 "analysts to assess Peru's position in the light of the failure of talks with "
                 "Chile in Lima earlier this month on fishing quotas.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD
    assert (talks.start, talks.end) == ("2026-05", "2026-05")
