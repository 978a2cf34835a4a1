"""A use of an instrument word that is no instrument ("will deal with") belongs to that word
alone: the instrument before it, its subject, stays one (extract/instruments.py,
`_not_instrument_near`)."""
from accords.annotate.context import build_contexts
from accords.extract.agreements import extract_agreements
from accords.extract.instruments import find_phrases
from accords.records import Document


def _heads(sentence: str) -> list[str]:
    return [p.head for p in find_phrases(sentence)]


def test_agreement_subject_of_deal_with_is_an_instrument() -> None:
    assert _heads("Today's agreement will deal with requests for data, officials said.") == [
        "agreement"]


def test_pact_subject_of_modal_deal_with_is_an_instrument() -> None:
    assert _heads("The new pact would deal with fishing rights along the coast.") == ["pact"]


def test_verb_deal_with_is_still_no_deal() -> None:
    assert _heads("The ministers will deal with the refugee question on Monday.") == []


def test_merger_agreement_stays_no_instrument() -> None:
    assert _heads("The firms signed a merger agreement on Monday.") == []


def test_agreement_signed_then_dealt_with_is_a_mention() -> None:
    text = ("LIMA, May 4, 2025 - Peru and Chile signed a memorandum of understanding on customs "
            "data on Monday. The agreement will deal with requests for information case by "
            "case, officials said.")
    (ctx,) = build_contexts([Document.from_text("a.txt", text)])
    quotes = [m.source.quote for m in extract_agreements(ctx, lenient=True)]
    assert any(q.startswith("The agreement will deal") for q in quotes)
