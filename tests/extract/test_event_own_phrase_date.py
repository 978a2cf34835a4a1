"""A gathering dated in its own phrase keeps that date and no place of another clause
(sentences of our own)."""
from accords.vocab import EventKind


def test_a_summit_planned_for_its_own_days_is_not_dated_by_another_clause(extract) -> None:
    ex = extract("BRUSSELS, Aug 21, 2031 - EU and British negotiators ended another round of "
                 "trade talks in Brussels on Friday. The next round of talks will be held in "
                 "London Sept 7, with an EU summit planned for Oct 15-16 seen as the deadline "
                 "for a deal.", published="2031-08-21")
    (summit,) = [e for e in ex.events if e.kind == EventKind.SUMMIT]
    assert (summit.start, summit.end) == ("2031-10-15", "2031-10-16")
    assert summit.place != "London"


# Branch evreal2: a time told right after the gathering's noun ("the last council session in
# November") dates the gathering, not a day an earlier clause with no event word gives ("prices
# on Tuesday dropped ..."); a day told with the sentence's own event verb still wins.

def test_a_month_right_after_the_session_beats_an_earlier_day_of_another_clause(extract) -> None:
    ex = extract("KUALA LUMPUR, Feb 18, 2031 - Rubber prices on Tuesday dropped below the floor "
                 "designated in the natural rubber pact, which came into force at the last INRO "
                 "council session in November.", published="2031-02-18")
    (session,) = [e for e in ex.events if e.kind in (EventKind.MEETING, EventKind.CONFERENCE)]
    assert (session.start, session.end) == ("2030-11", "2030-11")


def test_a_meeting_dated_by_its_own_verb_keeps_its_day(extract) -> None:
    ex = extract("LIMA, May 9, 2031 - Peruvian Foreign Minister Ana Ruiz met her Chilean "
                 "counterpart Jorge Soto in Lima on Tuesday to review the Andean summit in "
                 "March.", published="2031-05-09")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and meetings[0].start == "2031-05-06"
