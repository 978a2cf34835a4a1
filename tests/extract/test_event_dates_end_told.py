"""A gathering's last day told ahead (branch evdate2, round-19 audit): "The meeting is due to
end on Thursday", in the gathering's own sentence or in a later one, moves its end out to that
day; "adjourned until Thursday" is the Thursday to come, the day it resumes, not the one gone
by. Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.annotate.dates import find
from accords.vocab import EventKind


def _of(ex, kinds):
    return [e for e in ex.events if e.kind in kinds]


_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE)


def test_end_told_by_a_later_sentence(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Delegates of the Andean Coffee Council, whose members "
                 "are Peru, Ecuador and Bolivia, opened a closed meeting here on Monday on "
                 "export quotas, officials said.\nThe sources said prices had been the main "
                 "topic.\nThe meeting here is due to end tomorrow evening.")
    (meeting,) = _of(ex, _GATHERINGS)
    assert (meeting.start, meeting.end) == ("2026-05-11", "2026-05-13")


def test_end_told_in_the_gathering_own_clause(extract) -> None:
    ex = extract("QUITO, May 12, 2026 - Ecuadorean Foreign Minister Ana Torres and Peruvian "
                 "Foreign Minister Luis Vega are holding talks here on the border dispute, "
                 "which are scheduled to end on Thursday.")
    (talks,) = _of(ex, _GATHERINGS)
    assert (talks.start, talks.end) == ("2026-05-12", "2026-05-14")


def test_end_sentence_is_not_a_second_gathering_ahead(extract) -> None:
    # "The talks are scheduled to end on Thursday" read alone is talks planned for Thursday:
    # it tells the end of the talks held since Monday
    ex = extract("QUITO, May 12, 2026 - Ecuadorean Foreign Minister Ana Torres and Peruvian "
                 "Foreign Minister Luis Vega held talks here on Monday on the border dispute. "
                 "The talks are scheduled to end on Thursday.")
    (talks,) = _of(ex, _GATHERINGS)
    assert (talks.status.value, talks.start, talks.end) == ("held", "2026-05-11", "2026-05-14")


def test_end_far_beyond_the_start_is_not_the_gathering(extract) -> None:
    # near miss: a day weeks away is not the end of a meeting of this week
    ex = extract("LIMA, May 12, 2026 - Ministers of Peru and Ecuador met here on Monday on "
                 "fishing rights, officials said.\nThe talks are expected to conclude on "
                 "September 30.")
    (meeting,) = _of(ex, _GATHERINGS)
    assert (meeting.start, meeting.end) == ("2026-05-11", "2026-05-11")


def test_adjourned_until_a_weekday_is_the_one_to_come() -> None:
    text = ("LIMA, May 12 - A council meeting of the coffee body has been\nadjourned until "
            "Thursday, officials said.")
    (day,) = [e for e in find(text, "2026-05-12") if e.text == "Thursday"]
    assert day.value == "2026-05-14"


def test_went_on_until_a_weekday_stays_past() -> None:
    # near miss: a sitting gone on until a day gone by
    text = "LIMA, May 12 - The talks went on until Thursday, officials said."
    (day,) = [e for e in find(text, "2026-05-12") if e.text == "Thursday"]
    assert day.value == "2026-05-07"


def test_talks_earlier_this_year_are_of_the_year_not_the_day_of_filing(extract) -> None:
    # a year before a verb of saying is no day of the remark either
    ex = extract("LIMA, May 12, 2026 - Peruvian Trade Minister Luis Vega, who led his country "
                 "at the talks with Ecuador earlier this year, said no new round was planned.")
    (talks,) = _of(ex, _GATHERINGS)
    assert (talks.start, talks.end) == ("2026", "2026")


def test_visit_of_last_month_before_told_keeps_the_month(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Ana Torres, head of an Ecuadorean government trade "
                 "mission which visited Peru in April, told reporters the fund would be "
                 "launched soon.")
    (visit,) = _of(ex, (EventKind.VISIT,))
    assert visit.start == "2026-04"


def test_talks_next_week_with_no_date_are_undated(extract) -> None:
    # an article of no date: "the talks next week" is the talks' own time, resolved by nothing;
    # a year later in the sentence is another thing's
    ex = extract("Britain's rebate is not up for renegotiation at next week's European Council "
                 "summit, Jack Straw said. The foreign secretary said he hoped the talks next "
                 "week could produce a date in 2027 for the beginning of negotiations with "
                 "Turkey about possible EU membership.")
    talks = _of(ex, (EventKind.TALKS,))
    assert talks and all((t.start, t.end) == (None, None) for t in talks)
