"""A gathering's own time (branch evdate3).

A time whose possessive owns a gathering's noun phrase is that gathering's own time: "tomorrow's
Group of Seven meeting" is tomorrow's and still to come, however many words of its name stand
between the possessive and the noun; "at last month's Nordic Council meeting" under a future verb
was held last month. A gathering of the article's news told with no day of its own takes the day
the lead gives the news ("SAMARKAND (AA) - ... on Friday"), not the publication day. Sentences are
invented; 12 May 2026 is a Tuesday."""
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


def test_an_undated_gathering_of_the_news_takes_the_leads_day(extract) -> None:
    # the lead dates the news ("on Friday"); the meeting told after it with no day of its own
    # is of that news, not of the publication day (a Saturday)
    ex = extract("Nordic states adopt declaration\n\nOSLO (NTB) - Leaders of the Nordic Council "
                 "adopted the Oslo Declaration at their summit in the Norwegian capital on "
                 "Friday.\n\nNorwegian Prime Minister Ola Hansen also held a bilateral meeting "
                 "with Swedish Prime Minister Karl Berg.", published="2026-05-16")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert (meeting.start, meeting.end) == ("2026-05-15", "2026-05-15")


def test_a_weekday_with_its_day_in_brackets_in_the_lead_dates_the_news(extract) -> None:
    ex = extract("Health chief warns\n\nGENEVA (XINHUA) - World Health Organization chief Anna "
                 "Berg said on Sunday (May 10) that the pandemic was not over.\n\nSpeaking at "
                 "the Group of 20 health ministers virtual meeting from Geneva, she said "
                 "countries must prepare.", published="2026-05-11")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.start == "2026-05-10"


def test_a_lead_year_of_history_does_not_date_the_news(extract) -> None:
    # near miss: the lead's first time is years back, so no news day is read from it
    ex = extract("Nordic states recall declaration\n\nOSLO (NTB) - Leaders of the Nordic "
                 "Council adopted the Oslo Declaration at a summit in March 2019, officials "
                 "recalled.\n\nNorwegian Prime Minister Ola Hansen held a bilateral meeting "
                 "with Swedish Prime Minister Karl Berg on Friday.", published="2026-05-16")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.start == "2026-05-15"




def test_a_bare_month_owning_a_gathering_ahead_stays_planned(extract) -> None:
    # near miss: "July's conference", told in March in a past-tense sentence, is July to come
    ex = extract("Latin American trade ministers agreed a joint position ahead of July's "
                 "conference in Geneva of the United Nations Conference on Trade and "
                 "Development.", published="2026-03-20")
    (conference,) = _of(ex, EventKind.CONFERENCE)
    assert conference.status == EventStatus.PLANNED
    assert conference.start == "2026-07"
