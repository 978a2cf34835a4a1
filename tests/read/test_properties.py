"""Any bytes into any reader: it never raises, and accounts for the input with at least one
item, each a Document or a Rejected."""
import gzip
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accords.read.common import html_to_text, iso_date
from accords.read.feed import iter_feed
from accords.read.files import decode
from accords.read.html import iter_html
from accords.read.jsonl import iter_jsonl_bytes
from accords.read.stdin import iter_stdin_bytes
from accords.read.warc import iter_warc_bytes
from accords.records import Document, Rejected

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Random bytes, and random bytes behind the openings each format sniffs for, so that the
# parsers get past their first check.
PREFIXES = [b"", b"<", b"<html><body><p>", b"<?xml version='1.0'?><rss version='2.0'><channel>",
            b"<feed xmlns='http://www.w3.org/2005/Atom'>", b"WARC/1.0\r\n", b'{"text": "',
            b"\x1f\x8b\x08\x00", b"\xef\xbb\xbf"]
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
BYTES = st.one_of(
    st.binary(max_size=2000),
    st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=1000)).map(b"".join),
    TEXT.map(lambda t: t.encode("utf-8")),
    st.lists(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url", "source"]),
                             st.one_of(TEXT, st.integers(), st.none(), st.booleans()),
                             max_size=6), max_size=5)
    .map(lambda rows: "\n".join(json.dumps(r) for r in rows).encode()),
)


def _accounted(items) -> None:
    items = list(items)
    assert items, "the input yielded nothing"
    assert all(isinstance(i, Document | Rejected) for i in items)
    for i in items:
        if isinstance(i, Document):
            assert i.text.strip()
            assert i.id.startswith("d")
        else:
            assert i.reason and i.code.startswith("E1")


@SETTINGS
@given(BYTES)
def test_html_reader(data):
    _accounted(iter_html("page.html", data))


@SETTINGS
@given(BYTES)
def test_jsonl_reader(data):
    _accounted(iter_jsonl_bytes("dump.jsonl", data))


@SETTINGS
@given(BYTES)
def test_jsonl_reader_gzipped(data):
    whole = gzip.compress(data)
    _accounted(iter_jsonl_bytes("dump.jsonl.gz", whole))
    _accounted(iter_jsonl_bytes("dump.jsonl.gz", whole[: len(whole) // 2]))


@SETTINGS
@given(BYTES)
def test_feed_reader(data):
    _accounted(iter_feed("feed.rss", data))


@SETTINGS
@given(BYTES)
def test_warc_reader(data):
    _accounted(iter_warc_bytes("crawl.warc", data))
    _accounted(iter_warc_bytes("crawl.warc.gz", gzip.compress(data)))


@SETTINGS
@given(BYTES)
def test_stdin_reader(data):
    _accounted(iter_stdin_bytes(data))


@SETTINGS
@given(BYTES)
def test_plain_text_reader(data):
    _accounted([decode("a.txt", data)])


@SETTINGS
@given(TEXT)
def test_helpers_never_raise(text):
    assert isinstance(html_to_text(text), str)
    assert iso_date(text) is None or len(iso_date(text)) == 10
