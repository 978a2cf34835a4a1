"""Event dates read from the time words of English news (branch evdate26, round-29 audit):
"held the first of a three-day meeting today" is that day to two days on. Sentences are
invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind

_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE, EventKind.VISIT)


def _of(ex):
    return [e for e in ex.events if e.kind in _GATHERINGS]


def test_first_of_a_three_day_meeting_spans_three_days(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Peruvian and Chilean fisheries officials held the first "
                 "of a three-day meeting today in Lima to discuss anchovy quotas, a ministry "
                 "spokesman said.")
    (meeting,) = _of(ex)
    assert (meeting.start, meeting.end) == ("2026-05-12", "2026-05-14")


def test_first_day_of_a_two_day_visit(extract) -> None:
    ex = extract("QUITO, May 12, 2026 - Peruvian President Luis Vega spent the first day of a "
                 "two-day visit to Ecuador today in talks with Ecuadorean President Ana Torres "
                 "on the border, officials said.")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and (visits[0].start, visits[0].end) == ("2026-05-12", "2026-05-13")


def test_first_of_several_rounds_tells_no_first_day(extract) -> None:
    # near miss: "the first of" after the length is an ordinal of rounds, not of days
    ex = extract("LIMA, May 12, 2026 - The two-day talks between Peru and Chile, the first of "
                 "three rounds, ended today in Lima, officials said.")
    (talks,) = _of(ex)
    assert talks.end == "2026-05-12"
