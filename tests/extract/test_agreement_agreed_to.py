"""An instrument's agreed stage told by an agreeing verb with an infinitive and no instrument
noun ("Togo agreed last December to limit catches"), dated by the verb's own time; a denied
breach ("not violating the pact") that says the pact binds; and a reduced relative clause after
one instrument ("a loan signed in December was followed in February by ...") whose date does
not run on into the main clause (round-27 audit, agverb22). Sentences invented for these
tests."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-02")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _history(text: str) -> list[tuple[str, str | None]]:
    return [(str(h["status"]), h.get("date")) for r in _records(text) for h in r["history"]]


_PACT = ("LOME, May 2 - Togo said it was not violating the fisheries agreement between Ghana and "
         "Togo. ")


def test_agreed_with_its_own_time_is_the_pact_agreed_stage() -> None:
    recs = _records(_PACT + "Ghana and Togo agreed last December to limit tuna catches in "
                    "their shared waters to 20,000 tonnes a year.")
    assert len(recs) == 1
    assert ("agreed", "2020-12") in [(h["status"], h.get("date")) for h in recs[0]["history"]]
    assert recs[0]["status"] == "agreed"


def test_agreed_on_a_weekday_dates_the_stage_that_day() -> None:
    assert ("agreed", "2021-04-29") in _history(
        _PACT + "Ghana and Togo agreed on Thursday to close the lagoon to trawlers.")


def test_agreed_without_a_time_of_its_own_adds_no_stage() -> None:
    assert "agreed" not in [s for s, _ in _history(
        _PACT + "Ghana and Togo agreed to limit tuna catches in their shared waters.")]


def test_the_infinitive_clause_time_is_not_the_agreeing_time() -> None:
    # "from June": when the limit starts, not when it was agreed
    assert "2021-06" not in [d for _, d in _history(
        _PACT + "Ghana and Togo agreed to limit tuna catches from June.")]


def test_a_modal_agreeing_verb_tells_no_agreed_stage() -> None:
    assert "agreed" not in [s for s, _ in _history(
        _PACT + "Ghana and Togo could agree next week to limit tuna catches.")]


def test_a_side_not_party_to_the_pact_is_not_joined() -> None:
    assert "agreed" not in [s for s, _ in _history(
        _PACT + "Benin and Nigeria agreed last December to limit tuna catches.")]


def test_a_pact_the_article_dates_before_is_not_what_was_agreed_then() -> None:
    assert ("agreed", "2021-04-29") not in _history(
        "LOME, May 2 - Togo said it was not violating the 2015 fisheries agreement between "
        "Ghana and Togo. "
        "Ghana and Togo agreed on Thursday to close the lagoon to trawlers.")


def test_a_denied_breach_says_the_pact_binds() -> None:
    assert [s for s, _ in _history(_PACT)] == ["in_force"]


def test_a_reduced_relative_clause_keeps_its_date_to_itself() -> None:
    hist = _history("LOME, May 2 - A 50 mln dlr commercial loan to Togo signed in Paris in "
                    "December was followed in the first week of February with a 30 mln dlr "
                    "loan from the World Bank to Togo.")
    assert ("signed", "2020-12") in hist
    assert any(d == "2021-02" for _, d in hist)
