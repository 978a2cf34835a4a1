"""A multi-day gathering spans its days: a span across two months told on the gathering's noun
("At the May 30-June 2 meeting of the board") gives its start and end, and a sentence telling the
gathering begins on a day ("The gathering begins tonight with a dinner") moves its start back to
that day (branch evspan21, round-27 audit). Sentences are invented; 15 May 2026 is a Friday."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.vocab import EventKind

_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE, EventKind.SUMMIT)


def _records(ex):
    return [r for r in consolidate(ex.agreements, ex.events, ex.people).events
            if r.kind in _GATHERINGS]


def test_a_span_across_two_months_dates_the_gathering(extract) -> None:
    ex = extract("VIENNA, May 12, 2026 - Gas prices fell again.\nAt the May 30-June 2 "
                 "meeting of the OPEC board, Iran and Nigeria will discuss quotas, delegates "
                 "said.")
    (record,) = _records(ex)
    assert (record.start, record.end) == ("2026-05-30", "2026-06-02")


def test_a_gathering_that_begins_tonight_starts_today(extract) -> None:
    ex = extract("LISBON, May 15, 2026 - Finance ministers of Portugal and Spain meet in "
                  "Porto this weekend to discuss the Iberian power market.\nThe two ministers "
                  "want a joint position before the autumn.\nThe gathering begins tonight with "
                  "a dinner but the main discussions will take place tomorrow.")
    (record,) = _records(ex)
    assert (record.start, record.end) == ("2026-05-15", "2026-05-17")


def test_another_kind_of_gathering_that_starts_before_is_its_own(extract) -> None:
    # guard: a preparatory meeting told to start before the summit keeps its own day and does
    # not move the summit's start
    ex = extract("LISBON, May 12, 2026 - Leaders of Portugal and Spain will hold a summit in "
                  "Porto on Thursday.\nA preparatory meeting of their foreign ministers starts "
                  "on Wednesday in Porto.")
    days = sorted((r.kind, r.start, r.end) for r in _records(ex))
    assert (EventKind.SUMMIT, "2026-05-14", "2026-05-14") in days

