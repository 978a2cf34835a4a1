"""Split blocks into sentences without a model: cheap, so that only the few sentences that
can matter are ever given to spaCy."""
from __future__ import annotations

import re
from dataclasses import dataclass

from accords.clean.noise import Block, CleanText

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset("""mr mrs ms dr prof gen lt col maj capt sgt gov sen rep st mt ft jr sr
inc ltd co corp bros no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n
e.g i.e a.m p.m approx dept est fig min max vol rev hon adm cmdr pres sec amb""".split())

# A run of end marks, closing quotes, white space, then what can open a sentence. Matches
# start only at the first mark of a run, and the quantifiers never give back: a long run of
# marks or spaces is read once, not once per character (linear on any text).
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[\"”’)]*+\s++(?=[\"“‘(]?[A-Z0-9])")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BULLET_MARK = re.compile(r"[-•*▪●◦]\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # from the cleaned text: same offsets as the original
    block: int
    role: str  # role of its block: headline, bullet, body
    index: int = 0


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the full stop at `dot` is an abbreviation or an initial. The
    word is the run of letters and dots before `dot`, from its first letter; it is read
    backwards from `dot` (a boundary is followed by white space, so the runs read for
    successive full stops do not overlap: linear in the text, where a search of
    `text[:dot]` for each full stop was quadratic)."""
    start = dot
    if start > 0 and text[start - 1] == "\n":
        start -= 1  # as a search for `word$` would: `$` also matches before a final newline
        dot = start
    while start > 0 and text[start - 1] in _WORD_CHARS:
        start -= 1
    while start < dot and text[start] not in _LETTERS:
        start += 1
    if start == dot:
        return False
    word = text[start:dot].lower().rstrip(".")
    return word in _ABBREVIATIONS or len(word) == 1  # an initial: "John F. Kennedy"


def split_sentences(clean_text: CleanText) -> list[Sentence]:
    out: list[Sentence] = []
    text = clean_text.text
    for bi, block in enumerate(clean_text.blocks):
        out.extend(_split_block(text, block, bi))
    return [Sentence(s.start, s.end, s.text, s.block, s.role, i) for i, s in enumerate(out)]


def _split_block(text: str, block: Block, bi: int) -> list[Sentence]:
    chunk = text[block.start:block.end]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(chunk):
        dot = m.start()
        if chunk[dot] == "." and _ends_with_abbreviation(chunk, dot):
            continue
        end = m.end()
        while end > m.start() and chunk[end - 1].isspace():
            end -= 1
        pieces.append((pos, end))
        pos = m.end()
    pieces.append((pos, len(chunk)))
    out = []
    for a, b in pieces:
        seg = chunk[a:b]
        lead = len(seg) - len(seg.lstrip())
        # A bullet marker is layout, not part of the sentence.
        bullet = _BULLET_MARK.match(seg, lead)
        if bullet:
            lead = bullet.end()
        seg = seg[lead:].rstrip()
        if seg:
            s = block.start + a + lead
            out.append(Sentence(s, s + len(seg), seg, bi, block.role))
    return out
