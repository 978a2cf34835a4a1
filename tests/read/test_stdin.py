"""Standard input: `-` is one document named <stdin>, HTML if it starts with `<`."""
import io
import sys

from accords.read.files import iter_inputs
from accords.read.stdin import iter_stdin_bytes, read_stdin
from accords.records import Document, Rejected, content_id


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_dash_reads_text_from_stdin(monkeypatch, article):
    monkeypatch.setattr(sys, "stdin", _Stdin(article.encode()))
    [doc] = list(iter_inputs(["-"]))
    assert isinstance(doc, Document)
    assert (doc.name, doc.text, doc.path) == ("<stdin>", article, None)
    assert doc.id == content_id(article, prefix="d")


def test_html_on_stdin_is_extracted(web, monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b"\n  " + (web / "article.html").read_bytes()))
    [doc] = list(iter_inputs(["-"]))
    assert isinstance(doc, Document)
    assert doc.name == "<stdin>"
    assert doc.title == "Chile and Peru sign aquifer treaty"
    assert "Related stories" not in doc.text


def test_empty_and_oversized_stdin_are_rejected():
    [r] = list(iter_stdin_bytes(b""))
    assert isinstance(r, Rejected) and (r.name, r.code) == ("<stdin>", "E102")
    [r] = list(read_stdin(io.BytesIO(b"x" * 101), max_bytes=100))
    assert isinstance(r, Rejected) and r.code == "E105"
