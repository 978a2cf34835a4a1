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
