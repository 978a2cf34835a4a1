"""A stage told in the instrument's restrictive relative clause with no time of its own says
which instrument is meant (background: no date); a weekend before the instrument's noun ("the
weekend accord") dates it as "the weekend's accord" does. Sentences of our own."""
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


def test_a_stage_in_a_restrictive_relative_clause_is_undated() -> None:
    recs = _records("WASHINGTON - The IMF said banks must commit funds before it starts "
                    "disbursing the 900 mln dlr standby loan that it has approved in principle "
                    "for Uruguay.", published="2027-06-19")
    assert _dates(recs, "standby") == [None]


def test_a_restrictive_relative_clause_keeps_its_own_time() -> None:
    recs = _records("WASHINGTON - The IMF said banks must commit funds before it starts "
                    "disbursing the 900 mln dlr standby loan that it approved on Tuesday "
                    "for Uruguay.", published="2027-06-19")
    assert _dates(recs, "standby") == ["2027-06-15"]


def test_the_weekend_before_the_instruments_noun_dates_it() -> None:
    recs = _records("TOKYO - Traders digested the weekend OPEC accord on crude output, "
                    "dealers said.", published="2027-06-29")
    assert _dates(recs, "opec") == ["2027-06-27"]


def test_the_attributive_weekend_outranks_other_days_of_the_sentence() -> None:
    recs = _records("TOKYO - Share prices ended higher on Saturday and fell this morning in "
                    "reaction to the weekend OPEC accord.", published="2027-06-28")
    assert _dates(recs, "opec") == ["2027-06-27"]
