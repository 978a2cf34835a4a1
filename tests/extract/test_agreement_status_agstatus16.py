"""Agreement status and date, round-28 audit (agstatus16), on sentences of our own: a named
accord told only as a landmark of time ("before the Lisbon accord") takes no date of the verb
it hangs from; a stage verb under a verb of seeming ("appeared to have agreed") is an onlooker's
reading with no date of the day; a headline in capitals with a bare "TO" before the stage verb
("CHILE TO RATIFY ...") tells a stage still to come, planned."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-06")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(str(h["status"]), h.get("date")) for r in recs for h in r["history"]]


def test_a_named_accord_as_a_landmark_of_time_takes_no_date_of_a_market_move() -> None:
    hist = _history("LISBON, May 6 - But by Tuesday, the escudo climbed to more than 2.10 "
                    "pesetas, about three cents above its levels the Friday before the Lisbon "
                    "accord of Spain and Portugal.")
    assert hist and all(d is None for _, d in hist)


def test_a_named_accord_the_verb_acts_on_keeps_the_verb_s_date() -> None:
    hist = _history("LISBON, May 6 - Spain and Portugal reaffirmed the Lisbon accord on Tuesday.")
    assert ("2021-05-04" in [d for _, d in hist])


def test_a_stage_under_a_verb_of_seeming_takes_no_date_of_the_day() -> None:
    hist = _history("LISBON, May 6 - Analysts said Spain now appeared to have agreed to play by "
                    "the rules of the Lisbon Accord with Portugal.")
    assert hist and all(d is None for _, d in hist)


def test_a_stage_told_plainly_is_still_the_news_of_the_day() -> None:
    hist = _history("LISBON, May 6 - Analysts said Spain had agreed to play by the rules of the "
                    "Lisbon Accord with Portugal.")
    assert any(d == "2021-05-06" for _, d in hist)


def test_a_capitals_headline_to_ratify_is_planned() -> None:
    hist = _history("CHILE TO RATIFY 2019 FISHERIES AGREEMENT WITH PERU\nSANTIAGO, May 6 - Chile "
                    "said it would ratify the 2019 fisheries agreement with Peru next month.")
    assert hist and all(s != "ratified" for s, _ in hist)
    assert any(s == "planned" for s, _ in hist)
