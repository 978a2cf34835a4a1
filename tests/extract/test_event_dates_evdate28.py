"""Event days and stage read from English news (branch evdate28, round-30 audit): a year that
modifies a noun ("possible 2016 collusion") is no background year for the gathering told next;
an article with no publication date lends no year to a day it gives without one, whatever its
address says; a gathering called "current" or "ongoing" is under way. Sentences are invented;
12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document
from accords.vocab import EventKind, EventStatus


def _records(text: str, name: str, published: str | None) -> list[dict]:
    (ex,) = extract_batch([Document.from_text(name, text, published=published)])
    return [r.to_dict() for r in consolidate(ex.agreements, ex.events, ex.people).events]


_TIMELINE = ("Timeline: the early weeks\n\n"
             "12 March - Peruvian Foreign Minister Luis Vega meets Chilean President Ana Torres "
             "in Santiago to discuss the border.\n\n"
             "14 March - Health officials report new cases.\n")


def test_undated_article_gives_no_year_to_a_day(extract) -> None:
    # the address is dated 2021/03/20, the article is not: "12 March" keeps no year
    meetings = [r for r in _records(_TIMELINE, "news/2021/03/20/timeline.txt", None)
                if r["kind"] == "meeting"]
    assert meetings and all(r["date"]["start"] is None for r in meetings)


def test_dated_article_gives_its_year_to_a_day(extract) -> None:
    # guard: with a publication date, the day takes its year
    meetings = [r for r in _records(_TIMELINE, "news/2021/03/20/timeline.txt", "2021-03-20")
                if r["kind"] == "meeting"]
    assert meetings and meetings[0]["date"]["start"] == "2021-03-12"


def test_attributive_year_is_no_background_year(extract) -> None:
    ex = extract("Relations between the two leaders have long been a puzzle.\n\n"
                 "Lawyers looked into possible 2016 collusion between the campaign and foreign "
                 "donors, and the inquiry dragged on for months.\n\n"
                 "But the relationship hit a low point when Peruvian President Luis Vega and "
                 "Chilean President Ana Torres met in Lima.", published="2026-05-12")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and all(e.start != "2016" for e in meetings)


def test_year_after_preposition_stays_background(extract) -> None:
    # guard: "in 2016" tells the time the narrative is in
    ex = extract("Relations between the two leaders have long been a puzzle.\n\n"
                 "In 2016 the two governments quarrelled over fishing rights for months.\n\n"
                 "The relationship hit a low point when Peruvian President Luis Vega and "
                 "Chilean President Ana Torres met in Lima.", published="2026-05-12")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and meetings[0].start == "2016"


def test_current_meeting_is_under_way(extract) -> None:
    ex = extract("LIMA, May 12 - Bolivia will take a seat on the board of the Andean "
                 "Development Corporation at the current meeting of Andean finance ministers "
                 "here, Bolivian Finance Minister Carlos Rios said.", published="2026-05-12")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and meetings[0].status == EventStatus.HELD
    assert meetings[0].start == "2026-05-12"


def test_next_meeting_stays_ahead(extract) -> None:
    # guard: "next" is no adjective of the present
    ex = extract("LIMA, May 12 - Bolivia will take a seat on the board of the Andean "
                 "Development Corporation at the next meeting of Andean finance ministers here, "
                 "Bolivian Finance Minister Carlos Rios said.", published="2026-05-12")
    assert all(e.status != EventStatus.HELD for e in ex.events if e.kind == EventKind.MEETING)


def test_year_of_the_same_peoples_dated_reports() -> None:
    from accords.consolidate.events import _fill_year
    # an undated page's "7 September" takes the one year the same people's dated reports give
    assert _fill_year("XXXX-09-07", ["2020-08-21", "2020-08-21"]) == "2020-09-07"
    # never a year they disagree on, nor one none gives
    assert _fill_year("XXXX-09-07", ["2019-08-21", "2020-08-21"]) is None
    assert _fill_year("XXXX-09-07", []) is None
