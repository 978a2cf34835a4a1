"""The date of an instrument's stage told in a time clause of another verb, round-30 audit
(agstatus20), on sentences of our own: in "expects to sell 500,000 tonnes ... this year after
renewing its annual supply agreement" the year is the sale's; "after" places the renewal apart
in time, so the stage is news of the day (the publication date), not "this year". A date in
the time clause itself, or on the verb that tells the stage, stays the stage's."""
from __future__ import annotations

from accords.pipeline import propose_batch
from accords.records import Document


def _mentions(text: str) -> list[tuple[str | None, str | None]]:
    (p,) = propose_batch([Document.from_text("a.txt", text, published="2021-05-06")])
    return [(m.status.value if m.status else None, m.date) for m in p.extraction.agreements
            if not m.headline]


_RENEWED = ("PERU BOARD RENEWS BOLIVIA SUPPLY PACT\n"
            "LIMA, May 6 - The Peruvian Grain Board (PGB)\n"
            "expects to sell about 500,000 tonnes of wheat to the Bolivian\n"
            "Food Agency this year after renewing its annual supply\n"
            "agreement, PGB general manager Juan Perez said.\n")


def test_the_main_verbs_year_is_not_the_renewal_after_it() -> None:
    assert ("signed", "2021-05-06") in _mentions(_RENEWED)
    assert ("signed", "2021") not in _mentions(_RENEWED)


def test_a_date_inside_the_time_clause_is_the_stages() -> None:
    got = _mentions("Peru's grain board expects to sell more wheat to Bolivia this year after "
                    "signing a new supply agreement with the Bolivian government in March, "
                    "the board said.")
    assert ("signed", "2021-03") in got


def test_a_date_of_the_stage_verb_itself_stays() -> None:
    got = _mentions("Peru and Bolivia signed a trade accord on Tuesday after two years of talks.")
    assert ("signed", "2021-05-04") in got


def test_a_subordinator_after_the_instrument_opens_no_clause_of_it() -> None:
    got = _mentions("Peru and Bolivia on Tuesday announced the conclusion of negotiations on a "
                    "free trade agreement, nearly 19 years after talks were first launched in "
                    "2002, at a summit held here.")
    assert ("finalized", "2002") not in got


def test_after_a_span_of_days_is_no_act_apart() -> None:
    got = _mentions("LONDON, May 6 - International Cocoa Organization talks on buffer stock "
                    "rules last month collapsed after nine days when producers and consumers "
                    "failed to reach agreement.")
    assert ("negotiating", "2021-04") in got


def test_a_past_day_of_the_verb_may_be_the_stages_day() -> None:
    got = _mentions("LIMA, May 6 - Peru's stock exchange president Juan Perez, speaking "
                    "yesterday before the debt agreement with Bolivia, said the economy was in "
                    "bad shape.")
    assert ("signed", "2021-05-06") not in got
