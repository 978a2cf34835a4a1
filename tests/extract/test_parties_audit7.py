"""Parties of agreement records the seventh blind audit found wrong, each on a sentence of our
own: the story's own state left out of an instrument "with" one named state, a state or an
organization only mentioned (a venue, a presidency) made a party."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _parties(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p["name"] for p in rec["parties"]}


def test_the_story_s_own_state_is_the_other_side_of_a_treaty_with_one_state() -> None:
    text = ("WASHINGTON, May 4 - The United States will review its ties with Latin America. "
            "Officials said the nuclear cooperation treaty with Brazil, which expires in June, "
            "could be extended, a U.S. official said.")
    (rec,) = [r for r in _records(text, "2022-05-04") if "treaty" in r["title"].lower()]
    assert _parties(rec) == {"United States", "Brazil"}


def test_an_organization_named_only_as_the_host_of_the_talks_is_no_side() -> None:
    text = ("LIMA, May 4 - Peru and its bank creditors failed to reach a deal on Monday. The "
            "talks came as the annual meeting of the 30-nation Asian Development Bank (ADB) "
            "closed here. At the same time, the two sides reached a stopgap arrangement on "
            "short-term credit lines, officials said.")
    (rec,) = _records(text, "2022-05-04")
    assert "Asian Development Bank" not in _parties(rec)
    assert "Peru" in _parties(rec)

