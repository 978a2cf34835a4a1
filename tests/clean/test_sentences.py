"""The sentence splitter: same sentences as before on any text, offsets always valid, also on
the long one-line texts that once made it quadratic."""
from __future__ import annotations

import re

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


# Speed is measured by benchmarks/long_text.py (time per MB with and without line breaks),
# never by a timed test: these check that the inputs that once made the splitter quadratic
# are split, and split right.
def _split(text: str) -> list[Sentence]:
    return _split_block(text, Block(0, len(text), "body"), 0)


def test_a_long_text_without_line_breaks_is_split_at_every_boundary() -> None:
    unit = "Mr. Smith and Dr. Jones met in the U.S. on Monday. They signed a deal!!! "
    text = unit * 7000  # 500 kB on one line
    sentences = _split(text)
    assert len(sentences) == 2 * 7000
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert sentences[0].text == "Mr. Smith and Dr. Jones met in the U.S. on Monday."


def test_long_runs_of_marks_and_spaces_are_split_with_valid_offsets() -> None:
    for text in ("!" * 200_000, "." * 100_000 + " " * 100_000 + "a", "a " * 100_000):
        sentences = _split(text)
        assert len(sentences) <= 2
        assert all(text[s.start:s.end] == s.text for s in sentences)
