"""Standard input (`-` among the paths): one article, HTML if it starts with `<`."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import IO

from accords.errors import UNREADABLE
from accords.read.common import MAX_BYTES, too_large
from accords.records import Document, Rejected

STDIN_NAME = "<stdin>"


def read_stdin(stream: IO[bytes] | None = None,
               max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    source = stream if stream is not None else sys.stdin.buffer
    try:
        data = source.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        yield Rejected(STDIN_NAME, f"cannot be read: {exc}", UNREADABLE)
        return
    if len(data) > max_bytes:
        yield too_large(STDIN_NAME, len(data), max_bytes, exact=False)
        return
    yield from iter_stdin_bytes(data, max_bytes)


def looks_like_html(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n\f").startswith(b"<")


def iter_stdin_bytes(data: bytes, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    """The bytes-level entry point: text or HTML, sniffed by a leading `<`."""
    from accords.read.files import decode
    from accords.read.html import extract_page

    if looks_like_html(data):
        yield extract_page(STDIN_NAME, data, max_bytes=max_bytes)
    else:
        yield decode(STDIN_NAME, data)
