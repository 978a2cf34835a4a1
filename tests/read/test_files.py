"""Every input is accounted for: a Document or a Rejected naming the problem."""
from accords.read.files import decode, iter_inputs, read_file
from accords.records import Document, Rejected


def test_empty_file_is_rejected(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n\n")
    r = read_file(p)
    assert isinstance(r, Rejected)
    assert (r.reason, r.code) == ("empty file", "E102")
    assert r.name == str(p)


def test_binary_file_with_nul_bytes_is_rejected():
    r = decode("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert isinstance(r, Rejected)
    assert r.reason == "binary file (contains NUL bytes)"
    assert r.code == "E103"


def test_invalid_utf8_is_rejected_with_the_byte_offset():
    r = decode("latin1.txt", "Chile y Perú firmaron".encode("latin-1"))
    assert isinstance(r, Rejected)
    assert r.reason == "invalid UTF-8 at byte 11"
    assert r.code == "E106"


def test_missing_path_is_rejected(tmp_path):
    r = read_file(tmp_path / "nowhere.txt")
    assert isinstance(r, Rejected)
    assert r.reason == "no such file or folder"
    assert r.code == "E101"


def test_missing_path_given_to_iter_inputs_is_reported(tmp_path):
    items = list(iter_inputs([tmp_path / "nowhere.md"]))
    assert [(type(i), i.reason) for i in items] == [(Rejected, "no such file or folder")]


def test_text_file_becomes_a_document_named_by_its_basename(tmp_path):
    p = tmp_path / "kenya.txt"
    p.write_text("Kenya and Ethiopia signed a memorandum.", encoding="utf-8")
    d = read_file(p)
    assert isinstance(d, Document)
    assert d.name == "kenya.txt"
    assert d.path == str(p)
    assert d.text == "Kenya and Ethiopia signed a memorandum."
    assert d.id.startswith("d")


def test_same_text_gives_the_same_document_id():
    a = decode("a.txt", b"Norway and Poland signed an accord.")
    b = decode("b.md", b"Norway and Poland signed an accord.")
    assert a.id == b.id


def test_folder_is_read_recursively_and_unsupported_suffixes_are_reported(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("Chile and Peru signed a treaty.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("# Vietnam and Japan\n\nThey met.", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.txt").write_text("Kenya hosted talks.", encoding="utf-8")
    (tmp_path / "sub" / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    docs = sorted(i.name for i in items if isinstance(i, Document))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert docs == ["a.txt", "b.md", "c.txt"]
    assert len(rejected) == 1
    assert rejected[0].name == str(tmp_path / "sub" / "report.pdf")
    assert rejected[0].reason.startswith("unsupported format '.pdf'")
    assert rejected[0].code == "E104"


def test_folder_dispatch_by_format(tmp_path):
    import gzip
    import json

    text = ("Chile and Peru signed a treaty on shared aquifers on Tuesday, the foreign ministers "
            "of both countries said in a joint statement.")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x", "text": text}) + "\n",
                                      encoding="utf-8")
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"id": "y", "text": text + " Again."}) + "\n").encode()))
    (tmp_path / "c.htm").write_text(f"<html><body><article><p>{text}</p></article></body></html>",
                                    encoding="utf-8")
    (tmp_path / "d.xml").write_text("<?xml version='1.0'?><inventory/>", encoding="utf-8")
    (tmp_path / "e.gz").write_bytes(gzip.compress(b"hello"))
    (tmp_path / "f.txt").write_text(text + " Plain.", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert [(type(i).__name__, i.name) for i in items] == [
        ("Document", "a.jsonl#x"), ("Document", "b.jsonl.gz#y"), ("Document", "c.htm"),
        ("Rejected", str(tmp_path / "d.xml")), ("Rejected", str(tmp_path / "e.gz")),
        ("Document", "f.txt")]
    assert [i.code for i in items if isinstance(i, Rejected)] == ["E104", "E104"]


def test_oversized_text_file_is_rejected_by_size_alone(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 2000)
    r = read_file(p, max_bytes=1000)
    assert isinstance(r, Rejected)
    assert (r.code, r.reason) == ("E105", "too large (2000 bytes; the limit is 1000)")


def test_a_pdf_named_txt_is_binary_even_without_nul_bytes():
    r = decode("report.txt", b"%PDF-1.4\n" + b"Kenya and Ethiopia signed." * 20)
    assert isinstance(r, Rejected)
    assert (r.code, r.reason) == ("E103", "binary file: a PDF document, not text")
