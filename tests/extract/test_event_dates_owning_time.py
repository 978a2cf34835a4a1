"""A time whose possessive owns a gathering's noun phrase is that gathering's own time (branch
evdate3): "tomorrow's Group of Seven meeting" is tomorrow's and still to come, however many words
of its name stand between the possessive and the noun; "at last month's Nordic Council meeting"
under a future verb was held last month. Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_tomorrows_meeting_with_a_long_name_is_planned_for_tomorrow(extract) -> None:
    ex = extract("Dealers are now awaiting news which may emerge from tomorrow's Group of "
                 "Seven meeting in Washington.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert (meeting.start, meeting.end) == ("2026-05-13", "2026-05-13")


def test_last_months_meeting_under_a_future_verb_is_held_last_month(extract) -> None:
    ex = extract("Ministers will review the progress made at last month's Nordic Council "
                 "meeting in Oslo.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert (meeting.start, meeting.end) == ("2026-04", "2026-04")


def test_a_possessive_of_another_noun_owns_no_gathering(extract) -> None:
    # near miss: "yesterday's gains on the bond market" is not the meeting's phrase
    ex = extract("Dealers said yesterday's gains on the bond market were balanced by talks "
                 "between the finance ministers of Austria and Hungary in Vienna tomorrow.",
                 published="2026-05-12")
    for e in ex.events:
        assert e.start != "2026-05-11"
