"""Web pages: the main text of an HTML page (trafilatura), without navigation, related-story
boxes, comments and ads, and its metadata (title, published date, site, URL)."""
from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura
from trafilatura.settings import set_date_params

from accords.errors import EMPTY, NO_MAIN_TEXT
from accords.read.common import (
    MAX_BYTES,
    PAGE_FURNITURE,
    binary,
    html_to_text,
    make_document,
    read_limited,
    too_large,
    with_title,
)
from accords.records import Document, Rejected

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# A page whose main text trafilatura cannot find is read whole (without its <nav>, <aside>,
# <header> and <footer>) if that leaves at least this many letters.
MIN_FALLBACK_LETTERS = 100
# Main text with fewer letters than this ("Home", "Loading...") is no article.
MIN_MAIN_LETTERS = 20
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


def read_html(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    name = str(path)
    data = read_limited(path, max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    yield from iter_html(os.path.basename(name), data, path=name, max_bytes=max_bytes)


def iter_html(name: str, data: bytes, path: str | None = None, url: str | None = None,
              crawled: str | None = None, reject_as: str | None = None,
              max_bytes: int = MAX_BYTES) -> Iterator[Document | Rejected]:
    """The bytes-level entry point: one page -> one Document or one Rejected."""
    yield extract_page(name, data, path=path, url=url, crawled=crawled, reject_as=reject_as,
                       max_bytes=max_bytes)


def decode_html(data: bytes) -> str:
    """UTF-8 first (a page that decodes as UTF-8 is UTF-8 whatever it declares), then a BOM,
    then the declared charset, then Windows-1252, which decodes any byte."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace")


def extract_page(name: str, data: bytes, path: str | None = None, url: str | None = None,
                 crawled: str | None = None, reject_as: str | None = None,
                 max_bytes: int = MAX_BYTES) -> Document | Rejected:
    label = reject_as or path or name
    if len(data) > max_bytes:
        return too_large(label, len(data), max_bytes)
    if not data.strip():
        return Rejected(label, "empty file", EMPTY)
    found_binary = binary(label, data)
    if found_binary:
        return found_binary
    raw_sha1 = hashlib.sha1(data).hexdigest()
    markup = decode_html(data).replace("\x00", "")
    # lxml refuses str input that declares an encoding; it has been decoded already.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)
    found: Any
    # Published dates come from the page's metadata and URL only: a year in the text ("first
    # signed in 2011") is not the date of the page.
    options: dict[str, Any] = {"url": url, "with_metadata": True, "include_comments": False,
                               "date_extraction_params": set_date_params(False)}
    try:
        found = trafilatura.bare_extraction(markup, **options)
    except Exception as exc:  # hostile pages must not stop a run
        found, error = None, f"{type(exc).__name__}: {exc}"
    else:
        error = ""
    body = (found.text or "") if found is not None else ""
    if _letters(body) < MIN_FALLBACK_LETTERS:
        # Little or nothing found as main text: try with more recall, then the whole page
        # without its furniture (lxml gives up on very deeply nested pages; html.parser not).
        for fallback in (_with_recall, _whole_page):
            text, extra = fallback(markup, options)
            if _letters(text) >= MIN_FALLBACK_LETTERS:
                body, found = text, found if extra is None else extra
                break
        if _letters(body) < MIN_MAIN_LETTERS:
            reason = "no main text found in the HTML"
            return Rejected(label, f"{reason} ({error})" if error else reason, NO_MAIN_TEXT)
    title = (found.title or None) if found is not None else None
    page_url = url or ((found.url or None) if found is not None else None)
    published = (found.date or None) if found is not None else None
    site = None
    if found is not None:
        site = found.sitename or found.hostname or None
    return make_document(name, with_title(title, body), reject_as=label, path=path,
                         url=page_url, title=title, published=published, site=site,
                         raw_sha1=raw_sha1, crawled=crawled)


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _with_recall(markup: str, options: dict[str, Any]) -> tuple[str, Any]:
    found: Any
    try:
        found = trafilatura.bare_extraction(markup, favor_recall=True, **options)
    except Exception:  # the fallbacks are best effort
        return "", None
    return ((found.text or "") if found is not None else ""), found


def _whole_page(markup: str, options: dict[str, Any]) -> tuple[str, Any]:
    try:
        return html_to_text(markup, skip=PAGE_FURNITURE), None
    except Exception:  # the fallbacks are best effort
        return "", None
