"""Plain-text and Markdown files and folders of them.

Every path given is accounted for: it yields a Document or a Rejected naming the reason.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from accords.records import Document, Rejected

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ""})
MAX_BYTES = 20 * 1024 * 1024
# Share of control characters (other than tab, newline, CR, form feed) above which a
# decoded file is taken for binary data rather than text.
MAX_CONTROL_SHARE = 0.01


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Document | Rejected]:
    """Expand folders recursively (sorted, so runs are repeatable) and read each file."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                if child.suffix.lower() not in TEXT_SUFFIXES:
                    yield Rejected(str(child), f"unsupported format '{child.suffix}' "
                                   "(plain text and Markdown are read)", "E104")
                    continue
                yield read_file(child)
        else:
            yield read_file(path)


def read_file(path: Path) -> Document | Rejected:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Rejected(name, "no such file or folder", "E101")
    except OSError as exc:
        return Rejected(name, f"cannot be read: {exc.strerror or exc}", "E101")
    return decode(name, data, path=name)


def decode(name: str, data: bytes, path: str | None = None) -> Document | Rejected:
    """Bytes of one article -> Document, or the reason it is not an article."""
    if len(data) > MAX_BYTES:
        return Rejected(name, f"too large ({len(data)} bytes; the limit is {MAX_BYTES})", "E105")
    if not data.strip():
        return Rejected(name, "empty file", "E102")
    if b"\x00" in data[:8192]:
        return Rejected(name, "binary file (contains NUL bytes)", "E103")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejected(name, f"invalid UTF-8 at byte {exc.start}", "E106")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        return Rejected(name, "binary file (control characters)", "E103")
    return Document.from_text(os.path.basename(name), text, path=path)
