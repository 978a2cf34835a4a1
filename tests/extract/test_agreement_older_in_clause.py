"""An older instrument named inside a clause about something else: its own clause ("the
accord they signed in 1983") dates its making, and the main clause's plan, talks or new
agreement on it keeps today's date, in one record (sentences of our own)."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _history(records: list[dict], word: str) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    (rec,) = [r for r in records if word in r["title"].lower()]
    return [(h["status"], h["date"]) for h in rec["history"]]


def test_an_extension_agreed_today_keeps_the_year_of_the_signing_apart() -> None:
    recs = _records("Ferry pact\nTALLINN, June 9, 2024 (Reuters) - Estonia and Finland agreed on "
                    "Monday to extend by three years the ferry accord they signed in 2011.",
                    published="2024-06-09")
    assert _history(recs, "ferry") == [("signed", "2011"), ("agreed", "2024-06-03")]


def test_talks_about_a_pact_signed_before_leave_it_signed() -> None:
    recs = _records("Border talks\nDAKAR, April 3, 2024 (AFP) - Senegal's foreign minister met his "
                    "Gambian counterpart on Tuesday to discuss the border agreement the two "
                    "countries signed in 2017.", published="2024-04-03")
    assert _history(recs, "border") == [("signed", "2017")]


def test_a_plan_for_a_loan_granted_before_keeps_the_granting_apart() -> None:
    recs = _records("Loan talks\nRIYADH, May 2, 2024 (SPA) - Saudi Arabia will reschedule the 250 million "
                    "dollar loan it granted Jordan in 2015, the finance ministry said.",
                    published="2024-05-02")
    assert _history(recs, "loan")[0] == ("signed", "2015")
