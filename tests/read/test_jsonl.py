"""JSON Lines: one article per line; a bad line is rejected and the rest goes on."""
import gzip
import json

from accords.read.files import iter_inputs
from accords.read.jsonl import JsonlFields, iter_jsonl_bytes, read_jsonl
from accords.records import Document, Rejected, content_id


def _lines(*records):
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode()


def test_lines_become_documents_named_by_id_or_line_number(tmp_path, article):
    p = tmp_path / "dump.jsonl"
    p.write_bytes(_lines({"id": "r/1", "text": article, "title": "Aquifers",
                          "date": "26-FEB-1987 15:01:01.79", "source": "Reuters"},
                         {"text": article + " Second."}))
    a, b = list(read_jsonl(p))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.name, b.name) == ("dump.jsonl#r/1", "dump.jsonl#2")
    assert (a.title, a.published, a.site, a.path) == ("Aquifers", "1987-02-26", "Reuters", str(p))
    assert a.text == article
    assert a.id == content_id(article, prefix="d")  # no URL: the same id as a plain file


def test_bad_lines_are_rejected_and_the_rest_goes_on(tmp_path, article):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(_lines({"id": 1, "text": article}, '{"id": 2, "text": "unterminated',
                         {"id": 3}, {"id": 4, "text": "   "}, "[1, 2]", "",
                         {"id": 5, "text": 42}, {"text": article + " Again."}))
    items = list(read_jsonl(p))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected", "Rejected", "Rejected",
                                                 "Rejected", "Rejected", "Document"]
    bad = items[1]
    assert bad.name == f"{p}#2" and bad.code == "E108"
    assert bad.reason.startswith("malformed JSON on line 2")
    assert items[2].name == f"{p}#3 (line 3)"
    assert items[2].reason == "no 'text' field on line 3"
    assert (items[3].code, items[3].reason) == ("E102", "empty text on line 4")
    assert items[4].reason == "line 5 is not a JSON object"
    assert items[6].name == "bad.jsonl#8"


def test_custom_field_names_and_url_identity(article):
    data = _lines({"guid": "x9", "body": article, "headline": "H", "pub": "2024-03-05T10:00:00Z",
                   "link": "https://news.example/a"})
    fields = JsonlFields(text="body", title="headline", date="pub", id="guid", url="link")
    [doc] = list(iter_jsonl_bytes("feed.jsonl", data, fields))
    assert isinstance(doc, Document)
    assert (doc.name, doc.title, doc.published, doc.url) == (
        "feed.jsonl#x9", "H", "2024-03-05", "https://news.example/a")
    assert doc.id != content_id(article, prefix="d")


def test_gzip_is_read(tmp_path, article):
    p = tmp_path / "dump.jsonl.gz"
    p.write_bytes(gzip.compress(_lines(*({"id": i, "text": article + f" Item {i}."}
                                         for i in range(3)))))
    assert [i.name for i in iter_inputs([p])] == [f"dump.jsonl.gz#{i}" for i in range(3)]


def test_truncated_gzip_keeps_what_was_read_and_rejects_the_rest(tmp_path, article):
    records = [{"id": i, "text": f"Number {i} of many. " + article * 10} for i in range(200)]
    whole = gzip.compress(_lines(*records))
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(whole[: len(whole) // 2])
    items = list(iter_inputs([p]))
    docs = [i for i in items if isinstance(i, Document)]
    last = items[-1]
    assert isinstance(last, Rejected)
    assert last.code == "E111"
    assert "truncated or corrupt compressed data" in last.reason
    assert "the rest of the file is not read" in last.reason
    assert 0 < len(docs) < len(records)
    assert [d.name for d in docs] == [f"cut.jsonl.gz#{i}" for i in range(len(docs))]
    assert last.name == f"{p}#{len(docs) + 1}"


def test_a_50_mb_line_is_rejected_as_too_large(tmp_path, article):
    p = tmp_path / "huge.jsonl"
    with p.open("wb") as f:
        f.write(_lines({"id": "ok", "text": article}))
        f.write(b'{"id": "huge", "text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(50):
            f.write(chunk)
        f.write(b'"}\n')
        f.write(_lines({"id": "after", "text": article + " After."}))
    items = list(iter_inputs([p]))  # its speed is a benchmark's (benchmarks/), not a test's
    assert [type(i) for i in items] == [Document, Rejected, Document]
    assert items[1].name == f"{p}#2"
    assert items[1].code == "E105"
    assert items[1].reason.startswith("too large (line of ")
    assert items[2].name == "huge.jsonl#after"


def test_size_limit_is_an_option(tmp_path, article):
    p = tmp_path / "small.jsonl"
    p.write_bytes(_lines({"id": 1, "text": article}))
    [r] = list(iter_inputs([p], max_bytes=50))
    assert isinstance(r, Rejected) and r.code == "E105"


def test_empty_file_is_rejected():
    [r] = list(iter_jsonl_bytes("nothing.jsonl", b"\n\n"))
    assert isinstance(r, Rejected)
    assert (r.reason, r.code) == ("empty file", "E102")


def test_shared_corpus_dumps_read_with_the_default_fields():
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    for dump, first in (("bbc.jsonl.gz", "bbc/business/001.txt"), ("reuters21578.jsonl.gz",
                                                                    "reuters/1")):
        path = corpus / dump
        if not path.exists():
            continue
        doc = next(iter(read_jsonl(path)))
        assert isinstance(doc, Document)
        assert doc.name == f"{dump}#{first}"


def test_date_field_is_metadata(tmp_path):
    import json as _json

    from accords.read import iter_inputs
    p = tmp_path / "d.jsonl"
    p.write_text(_json.dumps({"id": "a", "text": "Chile and Peru signed a water accord on "
                              "Monday in Santiago.", "date": "2026-03-18"}) + "\n")
    (doc,) = list(iter_inputs([p]))
    assert (doc.published, doc.published_source) == ("2026-03-18", "metadata")
