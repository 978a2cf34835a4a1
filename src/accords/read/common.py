"""What every reader shares: the size limit, the language gate, dates, HTML fragments to text.

Rejection codes of the read stage:
  E101 unreadable path        E102 empty                 E103 binary
  E104 unsupported format     E105 too large             E106 undecodable text
  E107 no English text        E108 malformed record      E109 no main text in the HTML
  E110 non-HTML WARC record   E111 truncated or corrupt compressed stream
  E112 pipe, socket, device   E113 dangling link         E114 link loop
  (E115, over the time budget, is the pipeline's; all are listed in accords.errors.)
"""
from __future__ import annotations

import email.utils
import os
import re
import stat
import unicodedata
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path

import ftfy
from ftfy.badness import is_bad
from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

from accords.data import load_json
from accords.errors import BINARY, EMPTY, NOT_ENGLISH, TOO_LARGE, UNREADABLE, UNSUPPORTED
from accords.records import Document, Rejected

DetectorFactory.seed = 0  # langdetect is randomized; a seed makes it repeatable

MAX_BYTES = 20 * 1024 * 1024
# The language gate reads at most this much Latin-script text, and does not judge texts
# with fewer Latin letters than MIN_LETTERS (too short to tell) unless they are mostly in
# another script.
LANG_SAMPLE_CHARS = 2000
MIN_LETTERS = 50
# English is accepted if langdetect finds it among the languages of the Latin-script lines
# at least this likely (or as the most likely): the gate rejects text with no English in it.
MIN_ENGLISH_PROB = 0.1
# Prose whose words are at least this share of common English function words is English
# without further ado (in English news they are a third of the words or more).
MIN_ENGLISH_WORD_SHARE = 0.15
# Text with fewer distinct words of four letters or more is not judged.
MIN_DISTINCT_WORDS = 15
# Function words frequent in English and rare in the other languages written in Latin script
# (no "in", "a", "die", "was", "an", "on").
_ENGLISH_WORDS = frozenset(
    "the of and to that with for said has have were which this from by is it are been had "
    "their they he she who but not its would after than".split())
_WORD = re.compile(r"[^\W\d_]+")


def too_large(name: str, size: int, limit: int, what: str = "", exact: bool = True) -> Rejected:
    """`exact=False` when reading stopped past the limit, so the size is not known."""
    shown = str(size) if exact else f"more than {limit}"
    return Rejected(name, f"too large ({what}{shown} bytes; the limit is {limit})", TOO_LARGE)


# File signatures of formats that are not text, whatever the file is named.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"), (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"), (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Office document"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"), (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF media file"), (b"ID3", "an MP3 file"), (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x01\x00", "an icon"), (b"SQLite format 3\x00", "an SQLite database"),
)


def binary_kind(data: bytes) -> str | None:
    """What a file is, if its first bytes say it is not text (a PDF saved as `.html`): the
    name of its format, "binary data (contains NUL bytes)", or None for text."""
    head = data[:8192]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "an MP4 or QuickTime media file"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary data (contains NUL bytes)"
    return None


def binary(label: str, data: bytes) -> Rejected | None:
    kind = binary_kind(data)
    return Rejected(label, f"binary file: {kind}, not text", BINARY) if kind else None


def fix_mojibake(text: str) -> str:
    """Text decoded with the wrong encoding somewhere upstream ("PerÃº", "donâ€™t") put
    right (ftfy); other text is left exactly as it is."""
    return ftfy.fix_encoding(text) if not text.isascii() else text


def is_mojibake(text: str) -> bool:
    """Whether text still reads as mis-decoded (ftfy's measure of unlikely sequences)."""
    return not text.isascii() and is_bad(text)


def unreadable(label: str, exc: OSError) -> Rejected:
    """The Rejected for a path that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return Rejected(label, "no such file or folder", UNREADABLE)
    return Rejected(label, f"cannot be read: {exc.strerror or exc}", UNREADABLE)


def read_limited(path: Path, max_bytes: int) -> bytes | Rejected:
    """A whole file's bytes, or why not: missing, unreadable, larger than `max_bytes`."""
    label = str(path)
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a pipe would block the read: never opened
            from accords.read.walk import classify
            found = classify(path)
            return found if isinstance(found, Rejected) else Rejected(
                label, "a folder, not a file", UNSUPPORTED)
        size = st.st_size
        if size > max_bytes:
            return too_large(label, size, max_bytes)
        return path.read_bytes()
    except OSError as exc:
        return unreadable(label, exc)


def _is_latin(ch: str) -> bool:
    return ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00


def _detect(text: str) -> list[tuple[str, float]]:
    try:
        return [(lang.lang, lang.prob) for lang in detect_langs(text)]
    except LangDetectException:
        return []


def detected_languages(text: str) -> tuple[bool, str]:
    """(has English text, the language detected). Only Latin-script lines are weighed, so an
    English article quoting a post in Urdu or Arabic is English."""
    latin_lines: list[str] = []
    latin_letters = other_letters = 0
    size = 0
    for line in text.splitlines():
        if size >= LANG_SAMPLE_CHARS:
            break
        letters = [ch for ch in line if ch.isalpha()]
        if not letters:
            continue
        latin = sum(1 for ch in letters if _is_latin(ch))
        if latin * 2 >= len(letters):
            latin_lines.append(line)
            latin_letters += latin
            size += len(line)
        else:
            other_letters += len(letters) - latin
    if latin_letters < MIN_LETTERS:
        if other_letters <= latin_letters:
            return True, "en"  # too short to judge, and not in another script
        found = _detect(text[:LANG_SAMPLE_CHARS])
        return False, found[0][0] if found else "unknown"
    sample = "\n".join(latin_lines)[:LANG_SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    hits = sum(1 for w in words if w in _ENGLISH_WORDS)
    if hits >= 5 and hits >= MIN_ENGLISH_WORD_SHARE * len(words):
        return True, "en"  # plainly English prose: no need to ask langdetect
    if len({w for w in words if len(w) >= 4}) < MIN_DISTINCT_WORDS:
        return True, "en"  # too little prose to judge (a table of figures, a caption)
    found = _detect(sample)
    if not found:
        return True, "unknown"
    english = any(lang == "en" and (i == 0 or prob >= MIN_ENGLISH_PROB)
                  for i, (lang, prob) in enumerate(found))
    if not english and not _uses_function_words(found[0][0], words):
        return True, "en"  # the detector's guess, with none of that language's own words
    return english, "en" if english else found[0][0]


def _uses_function_words(lang: str, words: list[str], at_least: int = 3) -> bool:
    """Whether the text uses at least `at_least` function words of `lang`; a language we
    have no list for is believed."""
    vocabulary = load_json("function_words.json").get(lang)
    if not vocabulary:
        return True
    known = set(vocabulary)
    return sum(1 for w in words if w in known) >= at_least


def english_gate(name: str, text: str) -> Rejected | None:
    english, lang = detected_languages(text)
    return None if english else Rejected(name, f"no English text (detected: {lang})", NOT_ENGLISH)


def make_document(name: str, text: str, reject_as: str | None = None, *,
                  path: str | None = None, url: str | None = None, title: str | None = None,
                  published: str | None = None, site: str | None = None,
                  raw_sha1: str | None = None, crawled: str | None = None) -> Document | Rejected:
    """A Document, unless the text is empty or not English. `reject_as` names the input in a
    Rejected (a path, or a path and a record number), `name` the Document."""
    label = reject_as or name
    text = _valid(text) or ""
    title, url, site = _valid(title), _valid(url), _valid(site)
    if not text.strip():
        return Rejected(label, "empty text", EMPTY)
    gate = english_gate(label, text)
    if gate:
        return gate
    return Document.from_text(name, text, path=path, url=url, title=title, published=published,
                              site=site, raw_sha1=raw_sha1, crawled=crawled)


def _valid(value: str | None) -> str | None:
    """Without lone surrogates (JSON can carry them; UTF-8 cannot) and NUL characters."""
    if value is None:
        return None
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        value = value.encode("utf-8", errors="replace").decode("utf-8")
    return value.replace("\x00", "")


def with_title(title: str | None, body: str) -> str:
    """The title as the first line, unless the body already starts with it."""
    body = body.strip()
    title = " ".join(title.split()) if title else ""
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}" if body else title


_DATE_FORMATS = ("%d-%b-%Y %H:%M:%S.%f", "%d-%b-%Y %H:%M:%S", "%d-%b-%Y", "%Y/%m/%d",
                 "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%Y%m%d")


_CHARREF = re.compile(r"&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));")


def _char(m: re.Match[str]) -> str:
    """The character a numeric reference names, even a control character (which
    html.unescape drops), so that it can end a field."""
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    return chr(code) if code <= 0x10FFFF else "\ufffd"


def _date_field(value: str) -> str:
    """The date a field holds, without what a dump appended after it: the value ends at its
    first control character, written raw or as a numeric character reference (SGML dumps
    write ``26-FEB-1987 15:01:01.79&#5;&#5;&#5;RM``, a date followed by routing codes)."""
    s = _CHARREF.sub(_char, value)
    for i, ch in enumerate(s):
        if unicodedata.category(ch) == "Cc" and not ch.isspace():
            s = s[:i]
            break
    return s.strip()


def iso_date(value: object) -> str | None:
    """A date as YYYY-MM-DD from the usual ways feeds and dumps write one, else None."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) or not value.strip():
        return None
    s = _date_field(value)
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).strftime("%Y-%m-%d")
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s.title() if "%b" in fmt else s, fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(s).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul"})
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title"})
# Page furniture, also skipped when a whole page is read without trafilatura.
PAGE_FURNITURE = frozenset({"nav", "aside", "header", "footer", "form", "menu"})


class _TextParser(HTMLParser):
    def __init__(self, skipped: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.skipped = skipped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.skipping = 0  # an unclosed <head> ends here
        elif tag in self.skipped:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipped:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str, skip: frozenset[str] = frozenset()) -> str:
    """Plain text of an HTML fragment (a feed entry's content): tags dropped, entities
    decoded, one line per block. Text escaped twice (`&amp;lt;p&amp;gt;`) is unescaped too."""
    text = fragment
    for _ in range(3):
        parser = _TextParser(_SKIPPED_TAGS | skip)
        parser.feed(text)
        parser.close()
        out = "".join(parser.parts)
        if out == text or "<" not in out:
            text = out
            break
        text = out
    lines = (" ".join(unicodedata.normalize("NFC", line).split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def document_label(doc: Document) -> str:
    """Where a document came from, as a user would find it again: the file's path, or the
    container's path and the record's name for a JSON Lines record, feed entry or WARC
    record (`/data/dump.jsonl#k1`)."""
    if not doc.path:
        return doc.name
    folder, base = os.path.split(doc.path)
    if doc.name == base:
        return doc.path
    if doc.name.startswith(base + "#"):
        return os.path.join(folder, doc.name)
    return f"{doc.path}#{doc.name}"
