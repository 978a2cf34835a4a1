"""A gathering whose own verb is in the past is held though a future auxiliary of another
clause stands in the window of cues before its word (branch evstatus5): 'X said "trust will be
key", after the latest round of talks wrapped up' tells talks gone by. A future that governs
the gathering ("will be essential at the next round of talks", "would attend the talks") keeps
it planned. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _talks(ex):
    return [e for e in ex.events if e.kind == EventKind.TALKS]


def test_talks_that_wrapped_up_are_held_beside_a_quoted_future(extract) -> None:
    ex = extract('Norwegian Foreign Minister Anna Berg said "patience is and will be essential", '
                 "after the latest round of talks between Norway and Iceland wrapped up in "
                 "Reykjavik on Friday.", published="2026-05-04")
    (talks,) = _talks(ex)
    assert talks.status == EventStatus.HELD
    assert (talks.start, talks.end) == ("2026-05-01", "2026-05-01")


def test_talks_the_future_governs_stay_planned(extract) -> None:
    # near misses: the future verb governs the gathering
    for text in ("Norwegian Foreign Minister Anna Berg said patience will be essential at the "
                 "next round of fishing talks with Iceland in Oslo.",
                 "Norwegian Foreign Minister Anna Berg said on Friday she would attend the "
                 "fishing talks with Iceland in Oslo."):
        for talks in _talks(extract(text, published="2026-05-04")):
            assert talks.status == EventStatus.PLANNED
