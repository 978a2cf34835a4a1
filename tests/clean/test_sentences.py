"""The sentence splitter: same sentences as before on any text, offsets always valid, and
linear time on text without line breaks."""
from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.clean import clean, split_sentences
from accords.clean.noise import Block
from accords.clean.sentences import _ABBREVIATIONS, Sentence, _split_block

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that make boundaries, abbreviations, initials, quotes and bullets likely.
PIECES = st.sampled_from(["Mr", "Dr.", "U.S.", "J.", "F.", "etc.", "No.", " ", "  ", "\n", ".",
                          "!", "?", "...", "”", "\"", "’", ")", "(", "“", "‘", "- ", "• ", "A",
                          "The", "talks", "ended", "9", "e.g.", "Kenya", "a", "x.y", "\t",
                          "\u00a0", "é"])
TEXT = st.one_of(st.lists(PIECES, max_size=60).map("".join), st.text(max_size=200))


def _reference(text: str, block: Block, bi: int) -> list[Sentence]:
    """The splitter as it was before it was made linear: the oracle."""
    boundary = re.compile(r"[.!?]+[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")

    def abbreviation(t: str, dot: int) -> bool:
        m = re.search(r"([A-Za-z][A-Za-z.]*)$", t[:dot])
        if not m:
            return False
        word = m.group(1).lower().rstrip(".")
        return word in _ABBREVIATIONS or len(word) == 1

    chunk = text[block.start:block.end]
    pieces, pos = [], 0
    for m in boundary.finditer(chunk):
        dot = m.start()
        if chunk[dot] == "." and abbreviation(chunk, dot):
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
        bullet = re.match(r"[-•*▪●◦]\s+", seg[lead:])
        if bullet:
            lead += bullet.end()
        seg = seg[lead:].rstrip()
        if seg:
            s = block.start + a + lead
            out.append(Sentence(s, s + len(seg), seg, bi, block.role))
    return out


@SETTINGS
@given(TEXT)
def test_same_sentences_as_the_reference_splitter(text: str) -> None:
    block = Block(0, len(text), "body")
    assert _split_block(text, block, 0) == _reference(text, block, 0)


@SETTINGS
@given(TEXT)
def test_sentences_cover_the_text_in_order_with_valid_offsets(text: str) -> None:
    cleaned = clean(text)
    sentences = split_sentences(cleaned)
    pos = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert 0 <= pos <= s.start < s.end <= len(text)
        assert cleaned.text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
        block = cleaned.blocks[s.block]
        assert block.start <= s.start and s.end <= block.end
        pos = s.end
    # Whatever of a block lies outside its sentences is white space or a bullet marker.
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    for block in cleaned.blocks:
        for k in range(block.start, block.end):
            if k not in covered:
                assert cleaned.text[k].isspace() or cleaned.text[k] in "-•*▪●◦", (k, text)


def test_abbreviations_initials_and_quotes() -> None:
    text = ('Mr. Ruto met Dr. Abiy in the U.S. on Monday. John F. Kennedy was not there. '
            '"We agreed," he said. Talks end soon!')
    cleaned = clean(text)
    assert [s.text for s in split_sentences(cleaned)] == [
        "Mr. Ruto met Dr. Abiy in the U.S. on Monday.", "John F. Kennedy was not there.",
        '"We agreed," he said.', "Talks end soon!"]


def _seconds(text: str) -> float:
    block = Block(0, len(text), "body")
    started = time.perf_counter()
    _split_block(text, block, 0)
    return time.perf_counter() - started


def test_time_is_linear_on_text_without_line_breaks() -> None:
    unit = "Mr. Smith and Dr. Jones met in the U.S. on Monday. They signed a deal!!! "
    small, large = unit * 700, unit * 7000  # 50 kB and 500 kB
    ratio = min(_seconds(large) for _ in range(3)) / min(_seconds(small) for _ in range(3))
    assert ratio < 40  # 10 times the text; quadratic time takes about 100 times as long


def test_long_runs_of_marks_and_spaces_are_read_once() -> None:
    for text in ("!" * 200_000, "." * 100_000 + " " * 100_000 + "a", "a " * 100_000):
        assert _seconds(text) < 1.0
