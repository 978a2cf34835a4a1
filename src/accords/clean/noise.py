"""Separate an article's text from its page furniture.

The cleaned text has exactly the length of the original: noise is blanked with spaces and the
newlines of hard-wrapped paragraphs become spaces. The map back to the original is therefore
the identity, and every offset found downstream is an offset into the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from accords.data import load_json


@dataclass(frozen=True)
class Block:
    """A paragraph, headline, bullet or caption: a span of the original text."""

    start: int
    end: int
    role: str  # "headline" | "bullet" | "body"


@dataclass
class CleanText:
    text: str  # same length as the original
    blocks: list[Block]
    dropped: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, reason)
    languages: tuple[str, ...] = ("en",)


@dataclass(frozen=True)
class _Rules:
    furniture: tuple[re.Pattern[str], ...]
    teaser: tuple[re.Pattern[str], ...]


@cache
def _rules() -> _Rules:
    raw = load_json("noise.json")
    teaser = [re.compile(p, re.I) for p in raw["teaser"]]
    teaser += [re.compile(p) for p in raw.get("teaser_case_sensitive", [])]
    return _Rules(tuple(re.compile(p, re.I) for p in raw["furniture"]), tuple(teaser))


_BULLET = re.compile(r"^\s*(?:[-•*▪●◦]|\d{1,2}[.)])\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)]\s*$")
_TIMESTAMP = re.compile(r"^\s*\d{1,2}-[A-Z]{3}-\d{4}\s+[\d:.]+\s*$")
# Script of a letter, by Unicode block: enough to tell a line in Urdu or Russian from English.
_SCRIPTS = (("ur", re.compile(r"[ٹڈڑںےۓہھگکپچژ]")), ("ar", re.compile(r"[\u0600-\u06FF]")),
            ("ru", re.compile(r"[\u0400-\u04FF]")), ("zh", re.compile(r"[\u4E00-\u9FFF]")),
            ("hi", re.compile(r"[\u0900-\u097F]")))


def _foreign_script(line: str) -> str | None:
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return None
    latin = sum(1 for ch in letters if ord(ch) < 0x250)
    if latin / len(letters) >= 0.5:
        return None
    for lang, pattern in _SCRIPTS:
        if pattern.search(line):
            return lang
    return "xx"


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def _is_hard_wrapped(lines: list[str]) -> bool:
    """Wire copy wraps paragraphs at ~70 columns; web text puts a paragraph on one line."""
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 4:
        return False
    short = sum(1 for ln in full if len(ln) <= 80)
    open_end = sum(1 for ln in full if not _TERMINAL.search(ln))
    return short / len(full) > 0.8 and open_end / len(full) > 0.4


def _headline_like(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 140 and not _TERMINAL.search(s)


def clean(text: str) -> CleanText:
    rules = _rules()
    spans = _line_spans(text)
    lines = [text[a:b] for a, b in spans]
    drop: dict[int, str] = {}
    languages = ["en"]
    for i, line in enumerate(lines):
        s = _BULLET.sub("", line).strip() if line.strip() else ""
        if not s:
            continue
        lang = _foreign_script(s)
        if lang:
            drop[i] = f"script:{lang}"
            if lang not in languages:
                languages.append(lang)
        elif any(p.search(line.strip()) for p in rules.teaser):
            drop[i] = "teaser"
        elif any(p.search(s) for p in rules.furniture):
            drop[i] = "furniture"
    # A related-story box: headline-like lines directly above a run of teasers.
    for i in sorted(k for k, v in drop.items() if v == "teaser"):
        j = i - 1
        while j >= 0 and (not lines[j].strip() or (j not in drop and _headline_like(lines[j]))
                          or drop.get(j) in ("teaser", "furniture")):
            if lines[j].strip() and j not in drop:
                drop[j] = "related-headline"
            j -= 1
    chars = list(text)
    dropped = []
    for i, reason in drop.items():
        a, b = spans[i]
        chars[a:b] = " " * (b - a)
        dropped.append((a, b, reason))
    wrapped = _is_hard_wrapped([ln for i, ln in enumerate(lines) if i not in drop])
    blocks: list[Block] = []
    cur: list[int] = []

    def flush() -> None:
        if cur:
            a, b = spans[cur[0]][0], spans[cur[-1]][1]
            role = "bullet" if _BULLET.match(lines[cur[0]]) else (
                "headline" if len(cur) == 1 and _headline_like(lines[cur[0]]) else "body")
            blocks.append(Block(a, b, role))
            cur.clear()

    for i, line in enumerate(lines):
        if i in drop or not line.strip():
            flush()
            continue
        starts_new = (not wrapped or line[:1].isspace() or bool(_BULLET.match(line))
                      or _TIMESTAMP.match(line) is not None
                      or (cur and (lines[cur[-1]].isupper() or _TIMESTAMP.match(lines[cur[-1]]))))
        if starts_new:
            flush()
        elif cur:
            # Join a wrapped line: the newline before it becomes a space (same length).
            nl = spans[cur[-1]][1]
            for k in range(nl, spans[i][0]):
                chars[k] = " "
        cur.append(i)
    flush()
    return CleanText("".join(chars), blocks, sorted(dropped), tuple(languages))
