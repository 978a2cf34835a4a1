"""JSON Lines dumps (`.jsonl`, `.jsonl.gz`): one article per line.

Each line is read on its own: a malformed line, a line without text or one over the size
limit is rejected and the rest goes on. A truncated or corrupt gzip stream rejects what
could not be read and keeps what was read before it.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from accords.errors import EMPTY, MALFORMED_RECORD, TRUNCATED, UNDECODABLE
from accords.read.common import MAX_BYTES, iso_date, make_document, too_large, unreadable
from accords.records import Document, Rejected

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
GZIP_MAGIC = b"\x1f\x8b"
_SKIP_CHUNK = 1 << 20


class Lines(Protocol):
    """A binary stream read line by line (a file, a GzipFile, a BytesIO)."""

    def readline(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True)
class JsonlFields:
    """Which field of a line holds what. The defaults read the BBC and Reuters-21578 dumps
    in shared/corpus as they are."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    id: str = "id"
    url: str = "url"
    site: str = "source"


DEFAULT_FIELDS = JsonlFields()


def read_jsonl(path: Path, fields: JsonlFields = DEFAULT_FIELDS,
               max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    label = str(path)
    try:
        with path.open("rb") as raw:
            stream: Lines = raw
            if raw.read(2) == GZIP_MAGIC:
                raw.seek(0)
                stream = gzip.GzipFile(fileobj=raw, mode="rb")
            else:
                raw.seek(0)
            yield from iter_jsonl(os.path.basename(label), stream, fields, max_bytes,
                                  reject_as=label)
    except OSError as exc:
        yield unreadable(label, exc)


def iter_jsonl_bytes(name: str, data: bytes, fields: JsonlFields = DEFAULT_FIELDS,
                     max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    """The bytes-level entry point (gzip-compressed or not)."""
    raw = io.BytesIO(data)
    stream: Lines = gzip.GzipFile(fileobj=raw, mode="rb") if data.startswith(GZIP_MAGIC) else raw
    yield from iter_jsonl(name, stream, fields, max_bytes)


def iter_jsonl(name: str, stream: Lines, fields: JsonlFields = DEFAULT_FIELDS,
               max_bytes: int = MAX_BYTES,
               reject_as: str | None = None) -> Iterator[Document | Rejected]:
    """Documents named `name#id` (or `name#line` without an id); rejections name the line."""
    label = reject_as or name
    lineno = 0
    produced = False
    while True:
        try:
            line = stream.readline(max_bytes + 1)
            if not line:
                break
            lineno += 1
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_line(stream)
                yield too_large(f"{label}#{lineno}", size, max_bytes, "line of ")
                produced = True
                continue
        except (EOFError, OSError, zlib.error) as exc:
            yield Rejected(f"{label}#{lineno + 1}",
                           f"truncated or corrupt compressed data after line {lineno}; "
                           f"the rest of the file is not read ({exc})", TRUNCATED)
            return
        if not line.strip():
            continue
        produced = True
        yield _parse_line(name, label, lineno, line, fields, reject_as)
    if not produced:
        yield Rejected(label, "empty file", EMPTY)


def _skip_line(stream: Lines) -> int:
    """Read past the rest of an over-long line, a chunk at a time; the bytes skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _parse_line(name: str, label: str, lineno: int, line: bytes, fields: JsonlFields,
                path: str | None) -> Document | Rejected:
    where = f"{label}#{lineno}"
    try:
        record: Any = json.loads(line)
    except UnicodeDecodeError as exc:
        return Rejected(where, f"line {lineno} is not valid UTF-8 (byte {exc.start})", UNDECODABLE)
    except json.JSONDecodeError as exc:
        return Rejected(where, f"malformed JSON on line {lineno}: {exc.msg} "
                        f"(column {exc.colno})", MALFORMED_RECORD)
    except (ValueError, RecursionError) as exc:
        return Rejected(where, f"malformed JSON on line {lineno}: {exc}", MALFORMED_RECORD)
    if not isinstance(record, dict):
        return Rejected(where, f"line {lineno} is not a JSON object", MALFORMED_RECORD)
    ident = record.get(fields.id)
    key = str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else ""
    if key.strip():
        where = f"{label}#{key} (line {lineno})"
    text = record.get(fields.text)
    if text is None:
        return Rejected(where, f"no '{fields.text}' field on line {lineno}", MALFORMED_RECORD)
    if not isinstance(text, str):
        return Rejected(where, f"'{fields.text}' is not a string on line {lineno}", MALFORMED_RECORD)
    if not text.strip():
        return Rejected(where, f"empty text on line {lineno}", EMPTY)
    return make_document(f"{name}#{key.strip() or lineno}", text, reject_as=where, path=path,
                         url=_string(record.get(fields.url)),
                         title=_string(record.get(fields.title)),
                         published=iso_date(record.get(fields.date)),
                         site=_string(record.get(fields.site)))


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
