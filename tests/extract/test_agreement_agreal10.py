"""False agreements of the round-24 audit (branch agreal10): a call or appeal for a measure made
by a body outside the instrument's sides ("a Security Council call for a truce", "the Arab
League called for a ceasefire between A and B") is a demand, not an instrument, even when the
sentence names two states. Guards: a state that calls for a deal with another is one of its
sides, and a person's call tells nothing of who calls. Invented sentences."""
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="1988-06-02")])
    return ex.agreements


def _candidates(text: str) -> list:
    (proposal,) = propose_batch([Document.from_text("a.txt", text, published="1988-06-02")])
    return proposal.extraction.agreements


def test_a_councils_call_for_a_truce_is_no_instrument() -> None:
    text = ("LONDON, June 2 - Britain hopes its envoy can persuade Chad to accept a Security "
            "Council call for a truce, officials said.")
    (truce,) = _candidates(text)
    assert "call" in truce.missing
    assert not _agreements(text)


def test_a_leagues_call_for_a_ceasefire_between_two_states_is_no_instrument() -> None:
    text = ("CAIRO, June 2 - The Arab League on Thursday called for a ceasefire between Egypt "
            "and Libya, diplomats said.")
    (ceasefire,) = _candidates(text)
    assert "call" in ceasefire.missing
    assert not _agreements(text)


def test_a_state_calling_for_a_deal_with_another_is_a_side() -> None:
    (deal,) = _candidates(
        "ACCRA, June 2 - Ghana on Thursday called for a trade agreement with Nigeria, officials "
        "said.")
    assert "call" not in deal.missing
    assert {"GHA", "NGA"} <= {p.country for p in deal.parties}


def test_a_persons_call_for_a_pact_with_a_state_is_not_a_third_party() -> None:
    (pact,) = _candidates(
        "OTTAWA, June 2 - Prime Minister Jean Tremblay on Thursday called for a free trade pact "
        "with Mexico, officials said.")
    assert "call" not in pact.missing
