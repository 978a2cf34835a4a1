"""Status and dates of a gathering told as under way, as before another past act, or as no
longer to be held (branch evdate22, round-27 audit). Sentences are invented; 12 May 2026 is a
Tuesday."""
from __future__ import annotations

from accords.extract.event_status import event_status
from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_acting_at_this_weeks_gathering_is_under_way_and_held(extract) -> None:
    # "are waging a battle at this week's meeting": the act goes on inside the gathering, which
    # is under way on the day of filing: held, on the days of the week told (no day of it)
    ex = extract("OSLO, May 12 - Norway and Sweden are waging a quiet battle at this week's "
                 "African Development Bank meeting over voting shares, Norwegian and Swedish "
                 "delegates said.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert (meeting.start, meeting.end) == ("2026-05-11", "2026-05-17")


def test_holding_talks_this_week_stays_planned(extract) -> None:
    # near miss: the gathering's own verb in the progressive with "this week" is news style's
    # arranged future (evstatus3), not an act inside a gathering under way
    ex = extract("OSLO, May 12 - Norwegian Foreign Minister Lars Dahl is holding talks with "
                 "Swedish Foreign Minister Eva Lind this week on fishing quotas in the Baltic.",
                 published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED


def test_a_gathering_in_the_past_perfect_has_no_day(extract) -> None:
    # "who had just attended the meeting": before another past act, its day untold; not the
    # day of the neighbour's arrival nor the day of filing
    ex = extract("CAIRO, May 12 - Kuwaiti Oil Minister Ali al-Sabah arrived in Alexandria last "
                 "night for a visit to Egypt, the state news agency said.\n"
                 "It said Sabah, who had just attended the Arab League ministerial meeting in "
                 "Tunis, would stay for several days.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert (meeting.start, meeting.end) == (None, None)


def test_talks_already_held_before_have_no_day(extract) -> None:
    ex = extract("OSLO, May 12 - Norwegian Foreign Minister Lars Dahl had already held talks "
                 "with Swedish Foreign Minister Eva Lind on the quotas, officials said.",
                 published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert (talks.start, talks.end) == (None, None)


def test_a_past_perfect_with_its_own_day_keeps_it(extract) -> None:
    # near miss: the sentence tells the gathering's day
    ex = extract("OSLO, May 12 - Norwegian Foreign Minister Lars Dahl, who had met Swedish "
                 "Foreign Minister Eva Lind on Friday, left for Helsinki.",
                 published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert (meeting.start, meeting.end) == ("2026-05-08", "2026-05-08")


def test_no_longer_to_be_held_is_cancelled() -> None:
    assert event_status("The regional summit of Andean leaders will no longer be held in Quito "
                        "in July as scheduled.", EventKind.SUMMIT) == EventStatus.CANCELLED
    assert event_status("The annual conference on Baltic fishing would no longer take place "
                        "this year, the hosts said.", EventKind.CONFERENCE) \
        == EventStatus.CANCELLED


def test_no_longer_held_keeps_the_days_it_was_set_for(extract) -> None:
    ex = extract("QUITO, May 12 - The regional summit of Andean leaders will no longer be held "
                 "in Quito from June 5 to 7 as scheduled because of the floods.",
                 published="2026-05-12")
    (summit,) = _of(ex, EventKind.SUMMIT)
    assert summit.status == EventStatus.CANCELLED
    assert (summit.start, summit.end) == ("2026-06-05", "2026-06-07")


def test_still_to_be_held_stays_planned() -> None:
    # near miss: "will be held" with no "no longer"
    assert event_status("The regional summit of Andean leaders will be held in Quito in July "
                        "as scheduled.", EventKind.SUMMIT) == EventStatus.PLANNED

