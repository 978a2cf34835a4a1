"""evparts21: a caption's pair and the summit on whose sidelines they were ("X and Y on the
sidelines of the G20 summit") both name the pair, and stay two records."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_CAPTION = ("Trade between the two countries rose last year, officials said. "
            "Brazilian President Marta Quintero and Indonesian President Hadi Santoso on the "
            "sidelines of the G20 summit in Rome on October 30, 2021.")


def test_the_pair_and_the_summit_of_one_caption_stay_two_records() -> None:
    (ex,) = extract_batch([Document.from_text("a.txt", _CAPTION, published="2021-11-02")])
    records = consolidate(ex.agreements, ex.events, ex.people).events
    assert sorted((r.kind.value, tuple(sorted(p.name for p in r.participants)))
                  for r in records) == [("meeting", ("Hadi Santoso", "Marta Quintero")),
                                        ("summit", ("Hadi Santoso", "Marta Quintero"))]
