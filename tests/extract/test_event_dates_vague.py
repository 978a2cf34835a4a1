"""An event told 'this week' or 'recently' claims no day: the report's month (sentences of our
own)."""
import pytest


@pytest.mark.parametrize("when", ["this week", "earlier this week", "recently"])
def test_a_meeting_told_without_its_day_is_dated_to_the_month(extract, when) -> None:
    ex = extract(f"LONDON, March 20, 2031 - British Foreign Secretary Ann Hale met {when} with "
                 f"French Foreign Minister Luc Morel in London, officials said.",
                 published="2031-03-20")
    (e,) = ex.events
    assert (e.start, e.end) == ("2031-03", "2031-03")


def test_weeks_of_talks_are_no_week_of_the_report(extract) -> None:
    ex = extract("LONDON, March 20, 2031 - British Foreign Secretary Ann Hale ended three weeks "
                 "of talks with French Foreign Minister Luc Morel in London on Wednesday.",
                 published="2031-03-20")
    assert all(len(e.start or "") == 10 for e in ex.events)
