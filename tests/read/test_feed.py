"""RSS and Atom: each entry is a Document with plain text, link, date and the feed's name."""
from accords.read.feed import iter_feed, read_feed
from accords.records import Document, Rejected


def test_html_escaped_content_comes_out_as_plain_text(web):
    items = list(read_feed(web / "escaped.rss"))
    assert [type(i) for i in items] == [Document, Document, Rejected]
    first = items[0]
    assert first.text == ("Norway & Poland sign energy accord\n\n"
                          "OSLO — Norway and Poland signed an energy accord on Tuesday, the two "
                          "governments said.\n"
                          "The accord covers gas deliveries & offshore wind projects in the "
                          "Baltic Sea until 2030.")
    for leftover in ("<", ">", "&amp;", "&lt;", "&#8212;", "track()"):
        assert leftover not in first.text
    assert first.url == "https://diplomatic-wire.example/2024/04/02/norway-poland-energy"
    assert first.published == "2024-04-02"
    assert first.site == "Diplomatic Wire"
    assert first.title == "Norway & Poland sign energy accord"
    assert first.name == "escaped.rss#1"


def test_cdata_html_entry_and_empty_entry(web):
    items = list(read_feed(web / "escaped.rss"))
    assert items[1].text.endswith("signed a memorandum of understanding on cross-border trade on "
                                  "Wednesday, officials said.")
    empty = items[2]
    assert isinstance(empty, Rejected)
    assert empty.name == str(web / "escaped.rss") + "#3"
    assert (empty.reason, empty.code) == ("feed entry has no text", "E102")


def test_atom_content(web):
    [doc] = list(read_feed(web / "talks.atom"))
    assert isinstance(doc, Document)
    assert "HANOI — Vietnam and Japan agreed on Thursday" in doc.text
    assert doc.published == "2024-05-09"
    assert doc.url == "https://summit-notes.example/vietnam-japan"
    assert doc.site == "Summit Notes"


def test_xml_that_is_not_a_feed_is_rejected():
    [r] = list(iter_feed("data.xml", b"<?xml version='1.0'?><inventory><item>3</item></inventory>"))
    assert isinstance(r, Rejected)
    assert r.code == "E104"
    assert r.reason.startswith("not an RSS or Atom feed")


def test_bytes_that_look_like_a_path_are_not_opened():
    [r] = list(iter_feed("x.rss", b"/etc/hostname"))
    assert isinstance(r, Rejected)


BODY = ("Perú and Chile renewed their fisheries accord on Friday in Lima, the governments said, "
        "after talks held in Arica that lasted three days — the ministers’ “last” round.")


def _rss(declared: str, body: str) -> str:
    return (f"<?xml version='1.0' encoding='{declared}'?><rss version='2.0'><channel>"
            f"<title>Wire</title><item><title>Perú, Chile</title><description>{body}"
            "</description></item></channel></rss>")


def test_utf8_feed_declared_latin1_is_read_as_utf8():
    from accords.read.feed import iter_feed
    (doc,) = iter_feed("wire.rss", _rss("iso-8859-1", BODY).encode("utf-8"))
    assert BODY in doc.text and "Ã" not in doc.text
    assert doc.title == "Perú, Chile"


def test_windows_1252_feed_declared_utf8_is_read_right():
    from accords.read.feed import iter_feed
    (doc,) = iter_feed("wire.rss", _rss("utf-8", BODY).encode("cp1252"))
    assert BODY in doc.text


def test_entry_text_mis_decoded_upstream_is_put_right():
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252, as browsers decode)

    from accords.read.feed import iter_feed
    garbled = BODY.encode("utf-8").decode("sloppy-windows-1252")  # "PerÃº ... â€”"
    assert "Ã" in garbled
    (doc,) = iter_feed("wire.rss", _rss("utf-8", garbled).encode("utf-8"))
    assert BODY in doc.text
