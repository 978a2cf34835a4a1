"""A gathering dated by a month with no year that the date resolver put in the year before the
report's (no tense word near it, or a reporting verb's past after it: "..., officials said"),
told by a verb in the present simple or the future, is the next such month and still ahead
(branch evstatus6). A verb in the past, or "since", keeps the month gone by. Sentences are
invented."""
from __future__ import annotations

from accords.vocab import EventStatus


def _dated(ex):
    return [(e.status, e.start, e.end) for e in ex.events]


def test_ministers_who_meet_again_in_september_meet_this_year(extract) -> None:
    ex = extract("The foreign ministers of Chile and Peru meet again in September to settle the "
                 "border dispute, officials said.", published="2026-06-18")
    assert _dated(ex) == [(EventStatus.PLANNED, "2026-09", "2026-09")]


def test_a_month_next_after_the_report_is_ahead(extract) -> None:
    ex = extract("The foreign ministers of Chile and Peru meet again in July to settle the "
                 "border dispute, officials said.", published="2026-06-18")
    assert _dated(ex) == [(EventStatus.PLANNED, "2026-07", "2026-07")]


def test_a_month_told_in_the_past_stays_gone_by(extract) -> None:
    # near misses: the gathering's verb is in the past
    for text in ("Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis Paz met "
                 "again in September to settle the border dispute, officials said.",
                 "Border tension has eased since Chilean Foreign Minister Ana Soto met Peruvian "
                 "Foreign Minister Luis Paz in September, officials said."):
        assert _dated(extract(text, published="2026-06-18")) == [
            (EventStatus.HELD, "2025-09", "2025-09")]
