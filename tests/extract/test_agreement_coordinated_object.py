"""A later stage told by a verb coordinated with the one before the instrument, taking it again
as a pronoun ("reached a deal on Friday and ratified it on Monday"), on sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Officials review ties\nACCRA, March 7, 2023 (GNA) - "


def _history(sentence: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + sentence)])
    (rec,) = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return sorted((h["status"], h["date"]) for h in rec["history"])


def test_a_pronoun_object_carries_the_later_stage_with_its_own_date() -> None:
    assert _history("Ghana and Benin reached a border deal on Friday and ratified it on "
                    "Monday.") == [("agreed", "2023-03-03"), ("ratified", "2023-03-06")]
    assert _history("Ghana and Togo signed a trade pact in 2019 and ratified it in "
                    "2021.") == [("ratified", "2021"), ("signed", "2019")]


def test_the_signature_after_an_agreement_in_principle() -> None:
    assert _history("Ghana and Togo agreed a trade pact on Thursday and signed it on "
                    "Monday.") == [("agreed", "2023-03-02"), ("signed", "2023-03-06")]


def test_another_sides_act_is_not_coordinated() -> None:
    assert _history("Ghana signed a trade pact with Togo on Thursday and Benin ratified it on "
                    "Monday.")[0][0] == "signed"
