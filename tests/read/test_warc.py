"""WARC: HTML responses become Documents; every other record is reported, never dropped."""
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from accords.read.files import iter_inputs
from accords.read.warc import iter_warc_bytes
from accords.records import Document, Rejected

URL = "https://andean-ledger.example/world/2024/03/05/chile-peru-aquifer-treaty"


def _warc(web, gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    page = (web / "article.html").read_bytes()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                               protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        URL, "response", payload=io.BytesIO(page), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-03-06T10:00:00Z"}))
    png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://andean-ledger.example/logo.png", "response",
        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=png))
    request = StatusAndHeaders("GET /world HTTP/1.1", [("Host", "andean-ledger.example")],
                               is_http_request=True)
    writer.write_record(writer.create_warc_record(
        URL, "request", payload=io.BytesIO(b""), http_headers=request))
    return out.getvalue()


@pytest.mark.parametrize("gz", [False, True])
def test_html_response_is_a_document_and_other_records_are_reported(web, tmp_path, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    p.write_bytes(_warc(web, gz))
    items = list(iter_inputs([p]))
    assert [type(i) for i in items] == [Document, Rejected, Rejected]
    doc = items[0]
    assert doc.name == f"{p.name}#1"
    assert doc.url == URL
    assert doc.crawled == "2024-03-06T10:00:00Z"
    assert doc.published == "2024-03-05"
    assert doc.title == "Chile and Peru sign aquifer treaty"
    assert "The agreement sets up a binational water commission" in doc.text
    assert "Related stories" not in doc.text
    png, request = items[1], items[2]
    assert (png.name, png.code, png.reason) == (
        f"{p}#2", "E110", "non-HTML WARC record (response/image/png)")
    assert request.code == "E110"
    assert request.reason.startswith("non-HTML WARC record (request/")


@pytest.mark.parametrize("junk", [b"\x00\x01garbage", b"<html><p>not an archive</p></html>",
                                  b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nab"])
def test_garbage_is_a_malformed_record(junk):
    [r] = list(iter_warc_bytes("junk.warc", junk))
    assert isinstance(r, Rejected)
    assert r.name == "junk.warc"
    assert r.code == "E108"
    assert r.reason.startswith("malformed WARC record after 0 records")


def test_truncated_warc_gz_keeps_the_records_before_the_cut(web):
    data = _warc(web, gz=True)
    cut = data[: len(data) - 40]
    items = list(iter_warc_bytes("cut.warc.gz", cut))
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], Rejected)


def test_oversized_record_is_rejected(web):
    items = list(iter_warc_bytes("crawl.warc", _warc(web, gz=False), max_bytes=1000))
    assert items[0].code == "E105"
    assert items[0].reason.startswith("too large (record of ")


def test_empty_warc_is_rejected():
    [r] = list(iter_warc_bytes("empty.warc", b""))
    assert isinstance(r, Rejected) and r.code == "E102"
