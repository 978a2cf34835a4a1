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


def test_a_wrapped_wire_line_keeps_its_clauses_tense() -> None:
    # (agdate4) hard-wrapped wire copy: "expires" ends one line and "on June 30" begins the
    # next; the date's clause runs across the wrap, so June 30 is the one still to come
    text = ("PERU SETS NEWS CONFERENCE ON DEBT\n"
            "LIMA, March 24 - Peru will disclose later today new\n"
            "arrangements for the repayment of its foreign debt, the\n"
            "Finance Ministry said.\n"
            "    Sources close to the ministry said Peruvian negotiators\n"
            "had worked out a favourable agreement with Chile on the debt\n"
            "after a standstill agreement with its banks expires\n"
            "on June 30.\n")
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="1987-03-24")])
    lead = next(s for s in ctx.sentences if "standstill" in s.sentence.text)
    assert [e.value for e in lead.own_dates()] == ["1987-06-30"]
