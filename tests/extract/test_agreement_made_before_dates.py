"""An instrument no verb of its sentence makes, whose own adjective says it was made before
("the recent rescheduling", "the recent accord"), takes no time of another act of the
sentence (a remark, a meeting); its own clause still dates it. Sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _dates(records: list[dict], word: str) -> list[str | None]:  # type: ignore[type-arg]
    (rec,) = [r for r in records if word in r["title"].lower()]
    return [h["date"] for h in rec["history"]]


def test_a_meetings_day_does_not_date_a_recent_rescheduling() -> None:
    recs = _records("LIMA - Finance Minister Juan Ortiz said Brazilian Finance Minister Pedro "
                    "Souza expressed satisfaction at the recent rescheduling of Peru's 4.2 "
                    "billion dlr foreign debt during a meeting here yesterday.",
                    published="2027-04-27")
    assert _dates(recs, "rescheduling") == [None]


def test_the_day_of_a_welcome_does_not_date_a_recent_accord() -> None:
    recs = _records("QUITO - Ecuador's foreign minister on Tuesday welcomed the recent "
                    "fisheries accord between Ecuador and Colombia at a meeting with "
                    "Colombian officials.", published="2027-04-29")
    assert _dates(recs, "fisheries") == [None]


def test_a_made_before_instrument_keeps_its_own_clauses_date() -> None:
    recs = _records("QUITO - Ecuador's foreign minister on Tuesday welcomed the recent "
                    "fisheries accord between Ecuador and Colombia, signed in March 2027.",
                    published="2027-04-29")
    assert _dates(recs, "fisheries") == ["2027-03"]

