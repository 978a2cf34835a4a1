"""One meeting of the same two people reported by two wires that place it differently."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def test_the_same_talks_placed_differently_by_two_wires_are_one_event() -> None:
    a = Document.from_text(
        "a.txt", "DUSHANBE, March 9, 2018 (Khovar) - Tajik President Karim Nazarov held talks "
        "with Uzbek President Bahrom Aliev in Dushanbe on Friday.", published="2018-03-09")
    b = Document.from_text(
        "b.txt", "MOSCOW, March 10, 2018. /TASS/. Uzbek President Bahrom Aliev held talks with "
        "Tajik President Karim Nazarov on Friday, the Kremlin-backed agency said.",
        published="2018-03-10")
    exs = extract_batch([a, b])
    events = consolidate([m for e in exs for m in e.agreements],
                         [m for e in exs for m in e.events],
                         [p for e in exs for p in e.people]).events
    talks = [e for e in events if e.kind.value == "talks"]
    assert len(talks) == 1 and len(talks[0].sources) == 2
