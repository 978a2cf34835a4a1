"""Negotiations or consultations counted in days or rounds before the act that closed them
('after four days of negotiations in Geneva') are a talks sitting; told as background ('had
taken eight days of negotiations') or as the history of a negotiation ('The talks, launched in
2011, were suspended in 2018') they are none."""
from __future__ import annotations


def _candidates(text: str):
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2023-03-07")])
    return extract_events(ctx, lenient=True)


def test_days_of_negotiations_before_the_act_are_talks_over_those_days() -> None:
    events = _candidates("LUSAKA, March 7, 2023 - After three days of negotiations in Lusaka, "
                         "the trade ministers of Zambia and Malawi agreed on a transit roadmap "
                         "on Thursday.")
    (talks,) = [e for e in events if e.kind.value == "talks"]
    assert (talks.start, talks.end) == ("2023-02-28", "2023-03-02")
    assert talks.place == "Lusaka"


def test_rounds_of_consultations_before_the_act_are_talks() -> None:
    events = _candidates("TBILISI, March 7, 2023 - Following two rounds of consultations in "
                         "Yerevan last week, the deputy ministers of Armenia and Georgia "
                         "initialled the draft.")
    assert any(e.kind.value == "talks" and e.place == "Yerevan" for e in events)


def test_days_of_negotiations_told_as_background_are_no_sitting() -> None:
    events = _candidates("LIMA, March 7, 2023 - The minister said the river accord had taken "
                         "ten months to prepare and eight days of negotiations.")
    assert not any(e.kind.value == "talks" for e in events)


def test_talks_told_with_the_year_they_were_launched_are_a_negotiation() -> None:
    events = _candidates("QUITO, March 7, 2023 - The talks between Ecuador and Colombia, "
                         "launched in 2010, were suspended in 2016.")
    assert not any(e.kind.value == "talks" for e in events)
