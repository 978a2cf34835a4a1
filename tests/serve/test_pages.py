"""The HTML pages: every page answers, quotes are marked, hostile text stays text."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

from fastapi.testclient import TestClient

from accords.serve import create_app


def _first(client, **params):
    return client.get("/api/v1/agreements", params={"limit": 200, **params}).json()["items"]


def test_every_page_answers(client):
    a = _first(client)[0]
    e = client.get("/api/v1/events?limit=1").json()["items"][0]
    for path in ("/", "/?country=PAK&status=signed&sort=title", "/?q=extradition", "/events",
                 f"/agreements/{a['id']}", f"/events/{e['id']}", f"/documents/{a['sources'][0]}",
                 "/countries/PAK", "/countries/blr", "/network", "/rejected", "/api", "/reviews",
                 "/static/htmx.min.js", "/static/style.css"):
        r = client.get(path)
        assert r.status_code == 200, path
    assert client.get("/agreements/nope").status_code == 404
    assert "no agreement" in client.get("/agreements/nope").text


def test_the_list_filters_and_keeps_its_state_in_the_url(client):
    page = client.get("/?country=PAK&status=planned&sort=title").text
    planned = _first(client, country="PAK", status="planned")
    assert f"{len(planned)} agreement" in page
    for a in planned:
        assert f'/agreements/{a["id"]}' in page
    signed_only = [a for a in _first(client) if a["status"] == "signed"]
    assert not any(f'/agreements/{a["id"]}"' in page for a in signed_only)
    sort_links = re.findall(r'href="(\?[^"]*sort=[^"]*)"', page)
    assert sort_links
    for link in sort_links:
        query = parse_qs(urlparse(link.replace("&amp;", "&")).query)
        assert query["country"] == ["PAK"] and query["status"] == ["planned"]


def test_pages_of_the_list(client, seeds_count):
    first = client.get("/?sort=title").text
    assert "page 1 of 1" not in first  # they fit on one page
    ids_on_page = re.findall(r'href="/agreements/([0-9a-f~]+)"', first)
    assert len(ids_on_page) == seeds_count


def test_a_record_shows_its_quotes_marked_inside_their_paragraph(client):
    rec = next(a for a in _first(client) if a["conflicts"])
    page = client.get(f"/agreements/{rec['id']}").text
    marks = re.findall(r"<mark>(.*?)</mark>", page, re.S)
    quotes = {s["quote"] for h in rec["history"] for s in h["sources"]}
    escaped = {q.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
               .replace('"', "&#34;").replace("'", "&#39;") for q in quotes}
    assert escaped <= set(marks)
    assert "Sources disagree" in page and 'class="side-by-side"' in page
    assert "Lifecycle" in page and "Confidence" in page


def test_an_article_marks_every_fact_and_links_it(client):
    rec = _first(client)[0]
    doc = client.get(f"/api/v1/documents/{rec['sources'][0]}").json()
    page = client.get(f"/documents/{doc['id']}").text
    for m in doc["mentions"]:
        assert f'<sup><a href="/{m["type"]}s/{m["record"]}"' in page  # every record reachable
    assert page.count("<mark") >= len({(m["start"], m["end"]) for m in doc["mentions"]}) // 2


def test_an_article_with_html_and_script_renders_inert(hostile_db):
    c = TestClient(create_app(str(hostile_db)))
    doc = c.get("/api/v1/documents/" + c.get("/api/v1/agreements").json()["items"][0]
                ["sources"][0]).json()
    assert "<script>" in doc["text"]  # the text is kept as written
    for path in (f"/documents/{doc['id']}", "/", f"/agreements/{doc['mentions'][0]['record']}"):
        page = c.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page, path
        assert "<b onclick" not in page, path
    article = c.get(f"/documents/{doc['id']}").text
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article
    csp = c.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp


def test_country_page_has_a_chart_and_visits(client):
    page = client.get("/countries/PAK").text
    assert "<svg" in page and "<circle" in page
    assert "Visits and meetings" in page
    assert "/countries/BLR" in page


def test_network_links_the_countries_that_signed_together(client):
    page = client.get("/network").text
    assert "<line" in page and "/countries/PAK" in page and "/countries/BLR" in page


def test_bad_list_arguments_are_explained_not_crashed(client):
    r = client.get("/?status=whatever&page=x")
    assert r.status_code == 200 and "unknown status" in r.text


def test_rejected_inputs_are_listed_with_their_reason(tmp_path):
    from accords.api import Corpus
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "<img src=x onerror=alert(1)>.txt").write_bytes(b"\x00\x01\x02binary")
    db = tmp_path / "r.db"
    with Corpus(db) as corpus:
        corpus.add([folder])
    page = TestClient(create_app(str(db))).get("/rejected").text
    assert "2 inputs could not be read" in page
    assert "E102" in page and "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    assert "<img src=x" not in page


def test_nothing_is_loaded_from_the_network(client):
    a = _first(client)[0]
    for path in ("/", f"/agreements/{a['id']}", "/api", "/network", "/countries/PAK"):
        page = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', page), path
    assert client.get("/api/docs").status_code == 404  # Swagger UI would need a CDN
    api = client.get("/api").text
    assert "/api/v1/agreements/{record_id}/reviews" in api and "verdict" in api


def test_the_list_is_paged_and_every_page_link_keeps_the_filters(client, monkeypatch):
    from accords.serve import pages
    monkeypatch.setattr(pages, "PER_PAGE", 5)
    seen = []
    for n in (1, 2, 3, 4):
        page = client.get(f"/?country=PAK&sort=title&page={n}").text
        assert f"page {n} of 4" in page
        seen += re.findall(r'class="title" href="/agreements/([0-9a-f~]+)"', page)
        for link in re.findall(r'rel="(?:next|prev)" href="([^"]+)"', page):
            query = parse_qs(urlparse(link.replace("&amp;", "&")).query)
            assert query["country"] == ["PAK"] and query["sort"] == ["title"]
    titles = [a["id"] for a in sorted(_first(client, country="PAK"),
                                      key=lambda a: a["title"].lower())]
    assert seen == titles
