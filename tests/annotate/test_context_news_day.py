"""The lead's day of the news reads only a time of the lead's main clause (branch evdate4).

`DocContext.news_day` (evdate3) takes the first full day the lead gives after its dateline; a
day that belongs to a price, a figure or a clause of its own under the news ("as the euro was
fixed ... after 1.0950 yesterday", "above yesterday's close") dates no news, and the report's
date stays the day of an undated gathering. Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

import re

from accords.annotate.context import build_contexts
from accords.records import Document


def _news_day(text: str, published: str = "2026-05-12") -> str | None:
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published=published)])
    return ctx.news_day


def test_a_prices_day_in_a_side_clause_is_not_the_news_day() -> None:
    assert _news_day(
        "Euro steady\n\nFRANKFURT (DPA) - The central bank stayed out of the market as the euro "
        "was fixed at 1.0912 dollars after 1.0950 yesterday, dealers said.\n\nDealers expect "
        "little movement before the meeting of finance ministers of France and Germany in "
        "Paris.") == "2026-05-12"


def test_a_possessive_day_of_a_price_is_not_the_news_day() -> None:
    assert _news_day(
        "Franc firm\n\nZURICH (SDA) - The franc held above yesterday's close in thin trading, "
        "traders said.\n\nTraders pointed to the talks between the finance ministers of "
        "Switzerland and Austria in Vienna.") == "2026-05-12"


def test_the_main_verbs_day_is_the_news_day() -> None:
    # near miss: the reporting verb's own day stays the news's
    assert _news_day(
        "Berg warns\n\nBERLIN (DPA) - Foreign Minister Anna Berg said on Monday that the "
        "talks between Germany and Poland would go on.") == "2026-05-11"


def test_a_participle_without_a_subject_keeps_its_day() -> None:
    # near miss: "Speaking ... on Monday" is the news's own moment, not a clause of its own
    assert _news_day(
        "Berg warns\n\nBERLIN (DPA) - Speaking to reporters on Monday, Foreign Minister Anna "
        "Berg said the talks between Germany and Poland would go on.") == "2026-05-11"


def test_a_day_under_a_noun_of_the_main_clause_keeps_its_day() -> None:
    # near miss: "during a speech ... on Monday": the parse hangs the day on the noun
    assert _news_day(
        "Berg speech\n\nBERLIN (DPA) - Foreign Minister Anna Berg urged patience during a "
        "speech to parliament on Monday that defended the talks with Poland.") == "2026-05-11"


def test_a_part_of_a_day_dates_the_news_by_its_day() -> None:
    # "last night" is the day before the report's (one reading with the agreements' lead day)
    assert _news_day(
        "Berg back\n\nBERLIN (DPA) - Foreign Minister Anna Berg returned last night from talks "
        "with the leaders of Poland in Warsaw.") == "2026-05-11"


def _stage_day(text: str, published: str = "2026-05-12") -> str | None:
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published=published)])
    return ctx.lead_day(re.compile(r"\b(?:signed|agreed)\b"))


def test_the_stage_lead_is_the_first_body_sentence_that_tells_the_stage() -> None:
    # the reading of `lead_day` with a stage: the day nearest the stage's verb, in the first
    # two sentences after the headline, even without a dateline
    assert _stage_day(
        "Ties deepen\n\nThe leaders of Peru and Chile met in Lima.\n\nThey agreed on Sunday "
        "to open talks on fisheries during a visit that began on Friday.") == "2026-05-10"


def test_a_stage_lead_with_no_day_of_its_own_is_the_reports_day() -> None:
    # near miss: the main clause's "on Sunday" is a statement's; the stage verb's sentence
    # gives no day
    assert _stage_day(
        "Ties deepen\n\nLIMA (AP) - The foreign minister said on Sunday the talks went well."
        "\n\nPeru and Chile have signed a fisheries agreement.") == "2026-05-12"


def test_a_stage_still_to_come_tells_no_news_day() -> None:
    # "would be agreed": no stage of the news; the stage told next has no day of its own
    assert _stage_day(
        "Talks go on\n\nLIMA (AP) - The minister said a fisheries accord with Chile would be "
        "agreed soon, as talks resume on Monday.\n\nPeru and Chile signed a customs "
        "agreement.") == "2026-05-12"
