"""Choose the quote for a fact: the sentence, or when that is too long, the clause around
the instrument and its verb. Offsets are offsets into the original text."""
from __future__ import annotations

import re

from accords.annotate.context import DocContext, SentenceInfo

MAX_QUOTE = 400


def quote_for(ctx: DocContext, info: SentenceInfo, start: int, end: int,
              cue_at: int = -1) -> tuple[int, int]:
    """(start, end) in the original text: the whole sentence when it is short enough, else the
    clause from the verb (or the phrase) to the end of the phrase, widened to word bounds."""
    s = info.sentence
    if s.end - s.start <= MAX_QUOTE:
        return _trim(ctx.document.text, s.start, s.end)
    a = cue_at if 0 <= cue_at < start else start
    # Back to the start of the clause, but not past the sentence.
    left = ctx.clean.text.rfind(",", s.start, s.start + a)
    a_abs = max(s.start, left + 1 if left != -1 and s.start + a - left < 200 else s.start + a)
    b_abs = min(s.end, s.start + end)
    if b_abs - a_abs > MAX_QUOTE:
        a_abs = max(s.start + a, b_abs - MAX_QUOTE)
    return _trim(ctx.document.text, a_abs, b_abs)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    m = re.match(r"[,;:]\s*", text[a:b])
    if m:
        a += m.end()
    return a, b
