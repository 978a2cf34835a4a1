"""A page and its feed entry carrying the same article are one article: the second is linked
to the first as a near duplicate, not counted as another source."""
from __future__ import annotations

import html
from pathlib import Path

from accords import Corpus

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"


def test_feed_entry_with_the_page_text_is_a_duplicate_of_the_page(tmp_path: Path) -> None:
    from accords.read.html import iter_html
    page = (FIXTURES / "article.html").read_bytes()
    (doc,) = [d for d in iter_html("article.html", page) if hasattr(d, "text")]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in doc.text.split("\n") if p.strip())
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<description>News</description><item><title>Entry</title>
<link>https://wire.example/entry</link><pubDate>Tue, 02 Apr 2024 08:15:00 GMT</pubDate>
<description>{html.escape(paragraphs)}</description></item></channel></rss>"""
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        summary = corpus.add([tmp_path / "page.html", tmp_path / "feed.rss"])
        linked = corpus.db.conn.execute("SELECT count(*) FROM duplicates").fetchone()[0]
    assert (summary.added, summary.duplicates, linked) == (1, 1, 1)
