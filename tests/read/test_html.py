"""HTML pages: the article's sentences are kept, the page furniture around them is not."""
import hashlib

from accords.read.files import iter_inputs
from accords.read.html import decode_html, extract_page, iter_html, read_html
from accords.records import Document, Rejected, content_id, normalize_text


def _one(items):
    items = list(items)
    assert len(items) == 1
    return items[0]


def test_article_sentences_are_kept_and_furniture_dropped(web):
    doc = _one(read_html(web / "article.html"))
    assert isinstance(doc, Document)
    for sentence in [
        "Chile and Peru signed a treaty on Tuesday to manage the aquifers",
        "The agreement sets up a binational water commission",
        "would enter into force once both congresses ratify it",
        "to exchange hydrological data every month",
    ]:
        assert sentence in doc.text
    for furniture in ["World Desk Menu", "Subscribe today", "Related stories",
                      "Bolivia border talks stall", "Ten photos of the Andes", "grumpy_reader42",
                      "Finally some good news", "ADVERTISEMENT", "alpaca", "All rights reserved",
                      "window.ads"]:
        assert furniture not in doc.text


def test_page_metadata(web):
    path = web / "article.html"
    doc = _one(read_html(path))
    assert isinstance(doc, Document)
    assert doc.text.splitlines()[0] == "Chile and Peru sign aquifer treaty"
    assert doc.title == "Chile and Peru sign aquifer treaty"
    assert doc.published == "2024-03-05"
    assert doc.site == "The Andean Ledger"
    assert doc.url == "https://andean-ledger.example/world/2024/03/05/chile-peru-aquifer-treaty"
    assert doc.name == "article.html"
    assert doc.path == str(path)
    assert doc.raw_sha1 == hashlib.sha1(path.read_bytes()).hexdigest()
    assert doc.id == content_id(normalize_text(doc.text), doc.url, prefix="d")


def test_wrong_charset_declaration_does_not_garble_the_text(web):
    doc = _one(read_html(web / "wrong_charset.html"))
    assert isinstance(doc, Document)
    assert "Perú and Chile renewed their fisheries accord" in doc.text
    assert "Ã" not in doc.text
    # a year in the text is not the page's date
    assert doc.published is None


def test_declared_charset_is_used_when_the_bytes_are_not_utf8(article):
    page = (f"<html><head><meta charset='iso-8859-1'></head><body><article><p>Perú. {article}"
            "</p></article></body></html>").encode("latin-1")
    assert "Perú." in decode_html(page)
    doc = extract_page("latin.html", page)
    assert isinstance(doc, Document)
    assert doc.text.startswith("Perú.")


def test_deeply_nested_tags_are_read_or_rejected_never_raise(article):
    depth = 5000
    page = ("<html><body>" + "<div>" * depth + f"<p>{article}</p>" + "</div>" * depth
            + "</body></html>").encode()
    doc = _one(iter_html("deep.html", page))
    assert isinstance(doc, Document)
    assert "Chile and Peru signed a treaty on shared aquifers" in doc.text


def test_page_without_text_is_rejected():
    r = _one(iter_html("blank.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    assert isinstance(r, Rejected)
    assert (r.name, r.code) == ("blank.html", "E109")
    assert r.reason.startswith("no main text found in the HTML")


def test_empty_and_oversized_pages_are_rejected():
    r = extract_page("empty.html", b"  \n")
    assert isinstance(r, Rejected) and r.code == "E102"
    r = extract_page("big.html", b"<p>" + b"x" * 200 + b"</p>", max_bytes=100)
    assert isinstance(r, Rejected) and r.code == "E105" and r.reason.startswith("too large")


def test_non_english_page_is_rejected():
    text = ("Alemania y Francia firmaron el martes en Berlín un acuerdo de cooperación en "
            "energías renovables. Los ministros de Asuntos Exteriores de ambos países dijeron "
            "que el tratado entrará en vigor el próximo año y creará una comisión conjunta.")
    r = extract_page("es.html", f"<html><body><article><p>{text}</p></article></body></html>"
                     .encode())
    assert isinstance(r, Rejected)
    assert (r.reason, r.code) == ("no English text (detected: es)", "E107")


def test_folder_dispatch_reads_html_and_feeds(web):
    items = list(iter_inputs([web]))
    names = [i.name for i in items if isinstance(i, Document)]
    assert "article.html" in names
    assert "escaped.rss#1" in names
    assert "talks.atom#1" in names


def test_a_pdf_named_html_is_rejected_as_binary(tmp_path):
    from accords.read.files import iter_inputs
    from accords.records import Rejected
    page = tmp_path / "report.html"
    page.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50)
    (r,) = iter_inputs([tmp_path])
    assert isinstance(r, Rejected)
    assert (r.code, r.reason) == ("E103", "binary file: a PDF document, not text")


def test_an_image_named_htm_is_rejected_as_binary(tmp_path):
    from accords.read.files import iter_inputs
    page = tmp_path / "photo.htm"
    page.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 10)
    (r,) = iter_inputs([tmp_path])
    assert r.code == "E103" and "JPEG" in r.reason
