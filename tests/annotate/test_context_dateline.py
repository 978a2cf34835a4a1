"""The date of a wire dateline is the report's, not the news's (SentenceInfo.own_dates), on
sentences of our own."""
from __future__ import annotations

from accords.annotate.context import build_contexts
from accords.records import Document


def test_an_ordinal_day_first_dateline_is_no_date_of_the_news() -> None:
    # "MUSCAT, 3rd May, 2023 (ONA) --": the report's day; the talks were on Tuesday
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "Oman and Yemen hold talks\nMUSCAT, 3rd May, 2023 (ONA) -- The foreign "
                 "ministers of Oman and Yemen held talks in Muscat on Tuesday.")])
    lead = next(s for s in ctx.sentences if "held talks" in s.sentence.text)
    assert [e.value for e in lead.own_dates()] == ["2023-05-02"]
