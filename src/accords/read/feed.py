"""RSS and Atom feeds (feedparser): each entry is an article, its content (or summary) read
as plain text, with the entry's link, published date and the feed's title as site."""
from __future__ import annotations

import hashlib
import io
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from accords.errors import EMPTY, MALFORMED_RECORD, UNDECODABLE, UNSUPPORTED
from accords.read.common import (
    MAX_BYTES,
    binary,
    fix_mojibake,
    html_to_text,
    is_mojibake,
    make_document,
    read_limited,
    too_large,
    with_title,
)
from accords.records import Document, Rejected

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})


def read_feed(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    label = str(path)
    data = read_limited(path, max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    yield from iter_feed(os.path.basename(label), data, reject_as=label, max_bytes=max_bytes)


def iter_feed(name: str, data: bytes, reject_as: str | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    """The bytes-level entry point: entry n becomes the Document `name#n` (from 1)."""
    label = reject_as or name
    if len(data) > max_bytes:
        yield too_large(label, len(data), max_bytes)
        return
    if not data.strip():
        yield Rejected(label, "empty file", EMPTY)
        return
    found_binary = binary(label, data)
    if found_binary:
        yield found_binary
        return
    try:
        # A stream, never bytes or str: feedparser takes those for a file name or a URL.
        parsed: Any = feedparser.parse(io.BytesIO(_true_encoding(data)))
    except Exception as exc:  # feedparser on hostile input: report, never raise
        yield Rejected(label, f"malformed feed ({type(exc).__name__}: {exc})", MALFORMED_RECORD)
        return
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        detail = f" ({problem})" if problem else ""
        yield Rejected(label, f"not an RSS or Atom feed{detail}", UNSUPPORTED)
        return
    if not entries:
        yield Rejected(label, "feed has no entries", EMPTY)
        return
    site = _text(parsed.get("feed", {}).get("title")) or None
    path = reject_as
    for number, entry in enumerate(entries, 1):
        where = f"{label}#{number}"
        try:
            yield _entry(f"{name}#{number}", where, entry, site, path)
        except Exception as exc:  # a malformed entry is reported, the others go on
            yield Rejected(where, f"malformed feed entry ({type(exc).__name__}: {exc})", MALFORMED_RECORD)


def _entry(name: str, where: str, entry: Any, site: str | None,
           path: str | None) -> Document | Rejected:
    contents = entry.get("content") or []
    html = max((c.get("value") or "" for c in contents), key=len, default="")
    if not html.strip():
        html = entry.get("summary") or ""
    title = fix_mojibake(_text(entry.get("title"))) or None
    body = fix_mojibake(html_to_text(html))
    if not body.strip():
        return Rejected(where, "feed entry has no text", EMPTY)
    if is_mojibake(body):
        return Rejected(where, "feed entry text is mis-decoded (mojibake) and cannot be put "
                        "right: its encoding is declared wrongly", UNDECODABLE)
    link = entry.get("link") or None
    return make_document(name, with_title(title, body), reject_as=where, path=path,
                         url=link if isinstance(link, str) else None, title=title,
                         published=_date(entry), site=site,
                         raw_sha1=hashlib.sha1(html.encode("utf-8", "replace")).hexdigest())


_DECLARATION = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._-]+)(["'])""")


def _true_encoding(data: bytes) -> bytes:
    """The feed with an XML declaration that tells the truth. Bytes that decode as UTF-8 are
    UTF-8, whatever the declaration says (text in ISO-8859-1 or Windows-1252 with any
    accented letter is almost never valid UTF-8); feedparser believes the declaration, and a
    UTF-8 feed declared ISO-8859-1 would become mojibake ("PerÃº")."""
    m = _DECLARATION.match(data[:512])
    if not m or m.group(2).lower().replace(b"_", b"-") in (b"utf-8", b"utf8"):
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return data  # not UTF-8: the declared encoding may well be right
    return data[:m.start(2)] + b"utf-8" + data[m.end(2):]


def _text(value: object) -> str:
    return " ".join(html_to_text(value).split()) if isinstance(value, str) else ""


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None
