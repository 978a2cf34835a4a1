"""evparts28: the possessor of another named person's office ("Prime Minister X's press
secretary Y met Z") is no participant; "the talks will be led / attended by X and Y" names who
sits at the talks told before, in any tense; the speaker of a first-person quotation about a
gathering ('"We agreed during the talks ...," the agency quoted him as saying') sat at it, the
pronoun standing for the named speaker of the sentence before."""
from __future__ import annotations


def _names(event) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in event.participants if p.type == "person")


_LEAD = "OTTAWA, May 5 - "


def test_the_possessor_of_an_office_is_no_participant(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Prime Minister Brian Mulroney's press secretary Bill Fox met "
                    "French Prime Minister Jacques Chirac in Paris on Monday.")
    ex = extract(text, published="1987-05-05")
    assert any("Bill Fox" in _names(e) for e in ex.events)
    assert all("Brian Mulroney" not in _names(e) for e in ex.events)


def test_the_possessor_of_talks_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Prime Minister Brian Mulroney's talks with President Ronald "
                    "Reagan in Washington ended on Monday.")
    ex = extract(text, published="1987-05-05")
    assert any("Brian Mulroney" in _names(e) for e in ex.events)


def test_a_possessor_named_again_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Prime Minister Brian Mulroney's spokesman Bill Fox said Mulroney "
                    "met President Ronald Reagan in Washington on Monday.")
    ex = extract(text, published="1987-05-05")
    assert any("Brian Mulroney" in _names(e) for e in ex.events)


def test_talks_to_be_led_by_name_their_negotiators(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canada and the United States will open free trade talks in Washington on "
                    "Monday. The talks will be led by Canadian chief negotiator Simon Reisman "
                    "and U.S. chief negotiator Peter Murphy.")
    ex = extract(text, published="1987-05-05")
    assert any(_names(e) == ["Peter Murphy", "Simon Reisman"] for e in ex.events)


def test_talks_to_be_attended_by_name_who_sits(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canada and the United States will open free trade talks in Washington on "
                    "Monday. The talks will be attended by Canadian chief negotiator Simon "
                    "Reisman and U.S. chief negotiator Peter Murphy.")
    ex = extract(text, published="1987-05-05")
    assert any(_names(e) == ["Peter Murphy", "Simon Reisman"] for e in ex.events)


def test_led_by_with_nothing_told_before_is_its_own_talks(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("The talks will be led by Canadian chief negotiator Simon Reisman and U.S. "
                    "chief negotiator Peter Murphy.")
    ex = extract(text, published="1987-05-05")
    assert any(_names(e) == ["Peter Murphy", "Simon Reisman"] for e in ex.events)


def test_the_speaker_of_we_at_the_talks_took_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canada and France have agreed to expand trade, Canadian Trade Minister Pat "
                    "Carney said today on return from Paris. \"We agreed during the talks to "
                    "expand trade,\" the news agency quoted her as saying.")
    ex = extract(text, published="1987-05-05")
    assert any("Pat Carney" in _names(e) for e in ex.events)


def test_the_speaker_of_they_at_the_talks_is_not_made_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canada and France have agreed to expand trade, Canadian Trade Minister Pat "
                    "Carney said today. \"They agreed during the talks to expand trade,\" the "
                    "news agency quoted her as saying.")
    ex = extract(text, published="1987-05-05")
    assert all("Pat Carney" not in _names(e) for e in ex.events)


def test_those_asked_for_another_meeting_are_not_lent(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian exporters have written to ministers warning of severe disruption "
                    "to trade. They asked for an urgent meeting with Trade Minister Pat Carney "
                    "and Finance Minister Michael Wilson, saying jobs must be protected. Mr "
                    "Wilson said he regularly met the exporters' association and wanted to "
                    "reassure them. He told reporters he could not predict the outcome of free "
                    "trade talks with the United States, which he conceded created some "
                    "uncertainty.")
    ex = extract(text, published="1987-05-05")
    assert all("Pat Carney" not in _names(e) for e in ex.events)


def test_the_sender_of_a_message_handed_over_is_no_participant(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Soviet Deputy Prime Minister Vladimir Kamentsev also met President Hosni "
                    "Mubarak on Wednesday and handed him a message from Soviet leader Mikhail "
                    "Gorbachev, Tass said.")
    ex = extract(text, published="1987-05-05")
    assert any("Hosni Mubarak" in _names(e) for e in ex.events)
    assert all("Mikhail Gorbachev" not in _names(e) for e in ex.events)


def test_the_one_who_hands_a_message_over_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Soviet leader Mikhail Gorbachev met President Hosni Mubarak on Wednesday and "
                    "handed him a message from the Kremlin.")
    ex = extract(text, published="1987-05-05")
    assert any("Mikhail Gorbachev" in _names(e) for e in ex.events)
