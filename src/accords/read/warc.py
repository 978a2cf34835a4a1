"""Web archives (`.warc`, `.warc.gz`, warcio): every HTML response record is a page read as
by the HTML reader; every other record is reported (E110), so nothing is dropped silently."""
from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any, TypeVar

from warcio.archiveiterator import ArchiveIterator

from accords.errors import EMPTY, MALFORMED_RECORD, NOT_HTML_RECORD, TRUNCATED
from accords.read.common import MAX_BYTES, iso_date, too_large, unreadable
from accords.read.html import extract_page
from accords.records import Document, Rejected

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
T = TypeVar("T")
log = logging.getLogger(__name__)


def read_warc(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    label = str(path)
    try:
        with path.open("rb") as stream:
            yield from iter_warc(os.path.basename(label), stream, max_bytes, reject_as=label)
    except OSError as exc:
        yield unreadable(label, exc)


def _quietly(step: Callable[[], T], label: str) -> T:
    """Run a step of warcio, which writes its warnings (a bad Content-Length, a broken gzip
    member) straight to standard error: they become debug log lines (`accords -v`) naming
    the file, and the problem itself is reported as a Rejected when it stops the reading."""
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        result = step()
    for line in captured.getvalue().splitlines():
        if line.strip():
            log.debug("%s: warcio: %s", label, line.strip())
    return result


def iter_warc_bytes(name: str, data: bytes,
                    max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    """The bytes-level entry point (gzip-compressed or not)."""
    yield from iter_warc(name, io.BytesIO(data), max_bytes)


def iter_warc(name: str, stream: IO[bytes], max_bytes: int = MAX_BYTES,
              reject_as: str | None = None) -> Iterator[Document | Rejected]:
    """Record n becomes the Document `name#n` (from 1) or a Rejected naming `path#n`."""
    label = reject_as or name
    number = 0
    try:
        records = iter(ArchiveIterator(stream, check_digests=False))
        while True:
            record = _quietly(partial(next, records, None), label)
            if record is None:
                break
            number += 1
            yield _quietly(partial(_record, f"{name}#{number}", f"{label}#{number}", record,
                                   max_bytes, reject_as), label)
    except Exception as exc:  # warcio on a broken archive: report the rest, never raise
        kind = _failure(exc)
        where = f"{label}#{number + 1}" if number else label
        yield Rejected(where, f"{kind} after {number} record{'s' if number != 1 else ''}; "
                       f"the rest of the file is not read ({type(exc).__name__}: {exc})",
                       TRUNCATED if kind.startswith("truncated") else MALFORMED_RECORD)
        return
    if number == 0:
        yield Rejected(label, "empty WARC file (no records)", EMPTY)


def _failure(exc: Exception) -> str:
    text = f"{type(exc).__name__} {exc}".lower()
    if isinstance(exc, EOFError) or "zlib" in text or "gzip" in text or "truncat" in text:
        return "truncated or corrupt compressed data"
    return "malformed WARC record"


def _record(name: str, where: str, record: Any, max_bytes: int,
            path: str | None) -> Document | Rejected:
    rec_type = record.rec_type or "unknown"
    content_type = ""
    if record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
    if not content_type:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    media = content_type.split(";")[0].strip().lower()
    if rec_type != "response" or media not in HTML_TYPES:
        shown = content_type or "no content type"
        return Rejected(where, f"non-HTML WARC record ({rec_type}/{shown})", NOT_HTML_RECORD)
    status = record.http_headers.get_statuscode() if record.http_headers is not None else None
    if status and not status.startswith("2"):
        return Rejected(where, f"WARC response with HTTP status {status}, not a page", NOT_HTML_RECORD)
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        return too_large(where, len(data), max_bytes, "record of ", exact=False)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    crawled = record.rec_headers.get_header("WARC-Date") or None
    return extract_page(name, data, path=path, url=url,
                        crawled=_iso_datetime(crawled), reject_as=where, max_bytes=max_bytes)


def _iso_datetime(value: str | None) -> str | None:
    """WARC-Date is already ISO 8601 (2024-03-05T10:00:00Z); anything else becomes a date."""
    if not value:
        return None
    value = value.strip()
    return value if len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-" else (
        iso_date(value))
