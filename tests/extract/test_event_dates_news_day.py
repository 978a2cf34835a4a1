"""An undated gathering after a lead whose only day is a price's (branch evdate4): the lead
dates no news, so the gathering keeps the report's day (`DocContext.news_day`). Invented
sentences; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind


def test_an_undated_meeting_after_a_price_lead_keeps_the_report_day(extract) -> None:
    ex = extract(
        "Euro steady\n\nFRANKFURT (DPA) - The central bank stayed out of the market as the euro "
        "was fixed at 1.0912 dollars after 1.0950 yesterday, dealers said.\n\nFinance "
        "ministers of France and Germany held a meeting in Paris, officials said.",
        published="2026-05-12")
    (meeting,) = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meeting.start != "2026-05-11"
