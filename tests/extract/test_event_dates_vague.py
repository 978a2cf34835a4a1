"""Events sentences of our own: one told 'this week' or 'recently' claims no day (the
report's month); talks of two states' offices with no names are kept."""
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


def test_talks_of_two_states_offices_with_no_names_are_kept(extract) -> None:
    # GUIDE: participants may be empty when nobody is named; the offices name both sides
    ex = extract("Morocco, Spain hold talks\nRABAT, May 5, 2031 - Moroccan and Spanish foreign "
                 "ministers held talks in Rabat on Thursday.", published="2031-05-05")
    (e,) = ex.events
    assert e.kind.value == "talks" and not e.participants
