"""Stable record ids: a record keeps the id its mentions had before, so `accords show ID`
still works after articles are added; a new record is named by its first mention."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from accords.records import content_id


class _Record(Protocol):
    id: str
    mention_ids: list[str]


def assign_ids(records: Sequence[_Record], previous: dict[str, str], prefix: str) -> None:
    """The largest records choose first; two records never share an id."""
    taken: set[str] = set()
    for record in sorted(records, key=lambda r: -len(r.mention_ids)):
        votes = Counter(previous[m] for m in record.mention_ids if m in previous)
        old = next((i for i, _ in votes.most_common() if i not in taken), None)
        record.id = old or content_id(min(record.mention_ids), prefix=prefix)
        taken.add(record.id)
