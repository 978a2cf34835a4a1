"""evparts17: an undated meeting of two people joins no cluster of another block by its two
people alone: the same negotiators meet round after round."""
from __future__ import annotations

from accords.consolidate.events import _same_two
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _talks(doc: str, start: str | None, host: str | None) -> EventMention:
    people = [Actor("Anders Holmqvist", "SWE", "person", "negotiator"),
              Actor("Erik Solbakken", "NOR", "person", "negotiator")]
    return EventMention(document=doc, kind=EventKind.TALKS, title="Talks", status=EventStatus.HELD,
                        participants=people, start=start, end=start, host_country=host,
                        source=Source(document=doc, quote="after the talks", start=0, end=15))


def test_an_undated_pair_does_not_join_a_dated_round_elsewhere() -> None:
    dated = _talks("a", "2026-03-13", "NOR")
    assert not _same_two(_talks("b", None, None), [dated])
    assert _same_two(_talks("b", "2026-03-13", None), [dated])
    # its own article's cluster it may still join
    assert _same_two(_talks("a", None, None), [dated])
