"""Stable record ids: a record keeps the id its mentions had before, so `accords show ID`
still works after articles are added; a new record is named by its first mention."""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain, count
from typing import Protocol

from accords.records import content_id


class _Record(Protocol):
    id: str
    mention_ids: list[str]


def assign_ids(records: Sequence[_Record], previous: dict[str, str], prefix: str) -> None:
    """The largest records choose first; two records never share an id (two records can hold
    mentions of one id: two stages of one instrument told in one sentence, kept apart)."""
    taken: set[str] = set()
    for record in sorted(records, key=lambda r: -len(r.mention_ids)):
        votes = Counter(previous[m] for m in record.mention_ids if m in previous)
        old = next((i for i, _ in votes.most_common() if i not in taken), None)
        record.id = old or _new_id(sorted(record.mention_ids), taken, prefix)
        taken.add(record.id)


def _new_id(mentions: list[str], taken: set[str], prefix: str) -> str:
    """A new record is named by its first mention; if that name is taken, by the next."""
    names = (content_id(m, prefix=prefix) for m in mentions)
    fallback = (content_id(mentions[0], str(n), prefix=prefix) for n in count())
    return next(i for i in chain(names, fallback) if i not in taken)
