"""Parties of agreement records the tenth blind audit found wrong, each on a sentence of our
own: a place word inside a person's name ("de la Madrid") taken for a state, a state named in
a participle clause after a "with" counterpart made a party, the story's state added to an
instrument whose "with" side is no state."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _parties(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p["name"] for p in rec["parties"]}


def test_a_place_inside_a_person_s_name_is_no_state() -> None:
    text = ("LIMA, June 3 - Chilean President Pedro Lagos and Bolivian President Juan de la "
            "Madrid signed a border treaty yesterday in Lima, officials said.")
    recs = [r for r in _records(text, "1990-06-03") if "treaty" in r["title"].lower()]
    assert recs and all(not {"Spain", "Nigeria"} & _parties(r) for r in recs)


def test_a_state_in_a_participle_clause_after_the_counterpart_is_no_side() -> None:
    text = ("Togo's army has observed a truce since March, although the president broke a "
            "two-year ceasefire with militias shelling their camps and wounding six German "
            "aid workers.")
    recs = [r for r in _records(text, "2004-11-08") if "ceasefire" in r["title"].lower()]
    assert recs and all("Germany" not in _parties(r) for r in recs)

