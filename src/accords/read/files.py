"""Inputs: files and folders of plain text, Markdown, HTML, feeds, JSON Lines and WARC,
and standard input (`-`).

Every path given is accounted for: it yields Documents, or a Rejected naming the reason.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from accords.errors import BINARY, EMPTY, UNDECODABLE, UNSUPPORTED
from accords.read.common import (
    MAX_BYTES,
    binary,
    english_gate,
    read_limited,
    too_large,
    unreadable,
)
from accords.read.feed import FEED_SUFFIXES, read_feed
from accords.read.html import HTML_SUFFIXES, read_html
from accords.read.jsonl import DEFAULT_FIELDS, JSONL_SUFFIXES, JsonlFields, read_jsonl
from accords.read.stdin import read_stdin
from accords.read.walk import classify, walk
from accords.read.warc import WARC_SUFFIXES, read_warc
from accords.records import Document, Rejected

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
STDIN = "-"
# Share of control characters (other than tab, newline, CR, form feed) above which a
# decoded file is taken for binary data rather than text.
MAX_CONTROL_SHARE = 0.01

__all__ = ["MAX_BYTES", "ReadOptions", "decode", "iter_inputs", "read_file", "read_path",
           "reader_for"]

Reader = Callable[[Path, int], Iterator[Document | Rejected]]


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the size limit (of a file, a JSONL line, a WARC record) and which
    JSON Lines fields hold the text, title, date, id, url and site; `published` is the
    publication date of inputs that carry none of their own (plain text, standard input)."""

    max_bytes: int = MAX_BYTES
    fields: JsonlFields = DEFAULT_FIELDS
    published: str | None = None


def iter_inputs(paths: Iterable[str | os.PathLike[str]], max_bytes: int = MAX_BYTES,
                options: ReadOptions | None = None) -> Iterator[Document | Rejected]:
    """Expand folders recursively (sorted, so runs are repeatable; see read.walk) and read each
    file by its format; `-` is standard input. `max_bytes` limits a file, a JSONL line, a WARC
    record. Every entry yields a Document or a Rejected: nothing on disk ends the run.
    `options.published` dates the documents whose input gives no date (source "given")."""
    given = options.published if options is not None else None
    for item in _iter_inputs(paths, max_bytes, options):
        if given and isinstance(item, Document) and not item.published:
            item = replace(item, published=given, published_source="given")
        yield item


def _iter_inputs(paths: Iterable[str | os.PathLike[str]], max_bytes: int,
                 options: ReadOptions | None) -> Iterator[Document | Rejected]:
    if options is not None:
        max_bytes = options.max_bytes
        fields = options.fields
    else:
        fields = DEFAULT_FIELDS
    for raw in paths:
        if isinstance(raw, str) and raw == STDIN:
            yield from read_stdin(max_bytes=max_bytes)
            continue
        path = Path(raw)
        given = classify(path)
        if isinstance(given, Rejected):
            yield _printable(given)
            continue
        if given[0] == "file":  # named by the user: read as text if the suffix is unknown
            yield from _read_safely(path, reader_for(path, fields) or read_text, max_bytes)
            continue
        for child in walk(path):
            if isinstance(child, Rejected):
                yield _printable(child)
                continue
            reader = reader_for(child, fields)
            if reader is None:
                yield _printable(Rejected(
                    str(child), f"unsupported format '{child.suffix}' (plain text, Markdown, "
                    "HTML, RSS/Atom, JSONL and WARC are read)", UNSUPPORTED))
                continue
            yield from _read_safely(child, reader, max_bytes)


def _read_safely(path: Path, reader: Reader, max_bytes: int) -> Iterator[Document | Rejected]:
    """A reader's items; an OS error the reader did not expect (the file vanished or became
    unreadable while read) is a rejection of that file, not the end of the run."""
    try:
        for item in reader(path, max_bytes):
            yield _printable(item)
    except OSError as exc:
        yield _printable(unreadable(str(path), exc))


def _printable(item: Document | Rejected) -> Document | Rejected:
    """File names that are not valid UTF-8 reach Python as lone surrogates, which SQLite and
    terminals refuse: such bytes are shown as U+FFFD."""
    def fix(value: str | None) -> str | None:
        if value is None or value.isascii():
            return value
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if isinstance(item, Rejected):
        return replace(item, name=fix(item.name) or "")
    return replace(item, name=fix(item.name) or "", path=fix(item.path))


def reader_for(path: Path, fields: JsonlFields = DEFAULT_FIELDS) -> Reader | None:
    """The reader of a file by its suffix, or None for a format that is not read."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return lambda p, limit: read_jsonl(p, fields, max_bytes=limit)
    if name.endswith(WARC_SUFFIXES):
        return read_warc
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return read_html
    if suffix in FEED_SUFFIXES:
        return read_feed
    if suffix in TEXT_SUFFIXES:
        return read_text
    return None



def read_text(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    yield read_file(path, max_bytes)


def read_path(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    """One path named by the user: by its format, and as plain text if the suffix is not
    one of the known formats (so a text file without the usual suffix is still read); a
    folder is walked, and a pipe, socket or device is rejected without being opened."""
    yield from iter_inputs([path], max_bytes)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Document | Rejected:
    """A plain-text or Markdown file."""
    name = str(path)
    data = read_limited(path, max_bytes)
    if isinstance(data, Rejected):
        return data
    return decode(name, data, path=name, max_bytes=max_bytes)


def decode(name: str, data: bytes, path: str | None = None,
           max_bytes: int = MAX_BYTES) -> Document | Rejected:
    """Bytes of one article -> Document, or the reason it is not an article."""
    if len(data) > max_bytes:
        return too_large(name, len(data), max_bytes)
    if not data.strip():
        return Rejected(name, "empty file", EMPTY)
    if b"\x00" in data[:8192]:
        return Rejected(name, "binary file (contains NUL bytes)", BINARY)
    found = binary(name, data)
    if found:
        return found
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(name, f"invalid UTF-8 at byte {exc.start}", UNDECODABLE)
    if not text.strip():  # only Unicode spaces (no-break, ideographic...)
        return Rejected(name, "empty file (only white space)", EMPTY)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        return Rejected(name, "binary file (control characters)", BINARY)
    gate = english_gate(name, text)
    if gate:
        return gate
    return Document.from_text(os.path.basename(name), text, path=path)
