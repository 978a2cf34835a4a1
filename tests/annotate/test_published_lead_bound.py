"""An undated article's news day is a day its lead tells the news on, never a deadline or a
bound of a span that the lead mentions (evdate10)."""

import pytest

from accords.annotate.published import document_dates


@pytest.mark.parametrize("lead", [
    # the end of a period, a deadline
    "Fishing crews are unready for the end of the quota period on 30 June, their union has "
    "warned.",
    "Farmers face a deadline of 14 October to file their claims, the ministry said.",
    # a bound of a span
    "The regional council extended its curfew until 9 May, saying cases were still rising.",
    "The ferry line said it would stop sailing to the islands from 3 August.",
    "Members of the river commission must file their water figures by 12 March, it said.",
    "The commission's mandate expires on 2 April, diplomats noted.",
])
def test_a_deadline_or_a_bound_is_no_news_day(lead: str) -> None:
    dates = document_dates(f"## Headline\n\n{lead}\n\nMore text follows here.\n")
    assert dates.published is None
    assert dates.event_date is None


@pytest.mark.parametrize("lead, day", [
    ("The two river states signed a water compact in Porto on 22 November, officials said.",
     "XXXX-11-22"),
    ("Fishing ministers met in Oslo on 3 August to review the quotas.", "XXXX-08-03"),
    # "by" of an agent is no bound: only right before the day
    ("The compact was signed by both ministers on 5 May, officials said.", "XXXX-05-05"),
])
def test_a_day_the_news_happened_on_stays_the_news_day(lead: str, day: str) -> None:
    dates = document_dates(f"## Headline\n\n{lead}\n\nMore text follows here.\n")
    assert dates.event_date == day
