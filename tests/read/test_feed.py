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
