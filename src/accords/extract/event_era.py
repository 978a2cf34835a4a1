"""The era of an article: the year it was written in, for consolidation to tell an undated
report of 2020 from one of 1987 that names the same two states."""
from __future__ import annotations

import re

from accords.annotate.context import DocContext
from accords.records import EventMention

_YEAR = re.compile(r"^(\d{4})")
# A news address dated by its path: ".../2020/09/11/..."
_PATH_DATE = re.compile(r"(?:^|/)((?:19|20)\d\d)/[01]\d/[0-3]\d(?:/|$)")


def article_era(ctx: DocContext) -> str | None:
    """The publication date's year, else the year its address is dated by; None when neither
    is known. (The years an article's text names were tried as a fallback and dropped: a
    background year, "hark back to 1994", or a target, "by 2013", passes for the era.)"""
    if ctx.published and _YEAR.match(ctx.published):
        return ctx.published[:4]
    for where in (ctx.document.url, ctx.document.name):
        dated = _PATH_DATE.search(where or "")
        if dated:
            return dated.group(1)
    return None


def set_era(ctx: DocContext, events: list[EventMention]) -> None:
    era = article_era(ctx)
    published = bool(ctx.published and _YEAR.match(ctx.published))
    for e in events:
        e.era = era
        e.era_published = published


def far_apart(a: str | None, b: str | None, years: int = 2) -> bool:
    """Two articles' eras more than `years` apart (unknown eras are never apart)."""
    return bool(a and b) and abs(int(a or 0) - int(b or 0)) > years
