"""Events sentences of our own: one told 'recently' claims no day nor month (null), one
told 'this week' the days of the report's week up to the day of filing; talks of two states'
offices with no names are kept."""
import pytest


def test_a_meeting_told_recently_has_no_date(extract) -> None:
    # (round 24's audit: "Recently, ... after their meeting" in an article of 3 April claims no
    # month; the report's month was a guess, evdate12)
    ex = extract("LONDON, March 20, 2031 - British Foreign Secretary Ann Hale met recently with "
                 "French Foreign Minister Luc Morel in London, officials said.",
                 published="2031-03-20")
    (e,) = ex.events
    assert (e.start, e.end) == (None, None)


@pytest.mark.parametrize("when", ["this week", "earlier this week"])
def test_a_meeting_held_this_week_spans_the_week_up_to_the_report(extract, when) -> None:
    # (round 21's audit: "held grain talks ... earlier this week", filed on a Thursday, is
    # Monday to Thursday of that week; the month alone leaves the relative time unresolved)
    ex = extract(f"LONDON, March 20, 2031 - British Foreign Secretary Ann Hale met {when} with "
                 f"French Foreign Minister Luc Morel in London, officials said.",
                 published="2031-03-20")
    (e,) = ex.events
    assert (e.start, e.end) == ("2031-03-17", "2031-03-20")


def test_a_meeting_held_this_week_across_a_month_starts_on_its_monday(extract) -> None:
    ex = extract("Ministers meet\nOSLO, April 2, 2031 - Norwegian Foreign Minister Kari Dahl held "
                 "talks this week with Swedish Foreign Minister Erik Lund in Oslo, aides said.",
                 published="2031-04-02")
    (e,) = ex.events
    assert (e.start, e.end) == ("2031-03-31", "2031-04-02")


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


def test_this_weeks_gathering_and_a_sundays_this_week_keep_the_month(extract) -> None:
    # a possessive names the week's gathering without telling whether its days are gone by;
    # on a Sunday "this week" is as often the week beginning (near misses of the week span)
    ex = extract("LONDON, March 20, 2031 - This week's talks between British Foreign Secretary "
                 "Ann Hale and French Foreign Minister Luc Morel in London produced little, "
                 "officials said.", published="2031-03-20")
    assert [(e.start, e.end) for e in ex.events] == [("2031-03", "2031-03")]
    ex = extract("LONDON, March 23, 2031 - British Foreign Secretary Ann Hale held talks this "
                 "week with French Foreign Minister Luc Morel in London, officials said.",
                 published="2031-03-23")
    assert [(e.start, e.end) for e in ex.events] == [("2031-03", "2031-03")]
