"""Curation: a token, an append-only log, and reviews that survive extraction."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest
from fastapi.testclient import TestClient

from accords.api import Corpus
from accords.serve import create_app

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}

LATER = """Belarus and Pakistan ratify extradition treaty

MINSK, October 2, 2025 - Belarus ratified the extradition treaty with Pakistan on Thursday, the Belarusian parliament said.
"""


def _ids(c: TestClient) -> list[str]:
    return [a["id"] for a in c.get("/api/v1/agreements?limit=200").json()["items"]]


def test_without_a_token_the_app_is_read_only(client):
    first = _ids(client)[0]
    r = client.post(f"/api/v1/agreements/{first}/reviews", json={"verdict": "confirmed"},
                    headers=AUTH)
    assert r.status_code == 403


def test_a_missing_or_wrong_token_is_401(curator):
    first = _ids(curator)[0]
    url = f"/api/v1/agreements/{first}/reviews"
    assert curator.post(url, json={"verdict": "confirmed"}).status_code == 401
    r = curator.post(url, json={"verdict": "confirmed"}, headers={"Authorization": "Bearer no"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert curator.post(url, json={"verdict": "confirmed"},
                        headers={"X-Accords-Token": TOKEN}).status_code == 201


def test_a_review_is_logged_shown_and_exported(curator, db_copy):
    aid = _ids(curator)[0]
    with Corpus(db_copy) as corpus:
        extracted = corpus.db.conn.execute("SELECT data FROM agreements WHERE id=?",
                                           (aid,)).fetchone()
    r = curator.post(f"/api/v1/agreements/{aid}/reviews", headers=AUTH, json={
        "verdict": "corrected", "field": "status", "value": "ratified",
        "note": "The ministry's site says so.", "reviewer": "ana"})
    assert r.status_code == 201
    logged = r.json()
    assert (logged["reviewer"], logged["verdict"], logged["value"]) == ("ana", "corrected",
                                                                        "ratified")
    assert re.match(r"\d{4}-\d\d-\d\dT", logged["at"])
    rec = curator.get(f"/api/v1/agreements/{aid}").json()
    assert rec["reviews"][0]["note"] == "The ministry's site says so."
    assert rec["curation"]["state"] == "corrected"
    assert rec["curation"]["corrections"] == {"status": "ratified"}
    assert rec["status"] == json.loads(extracted[0])["status"]  # shown beside, not instead
    with Corpus(db_copy) as corpus:
        stored = corpus.db.conn.execute("SELECT data FROM agreements WHERE id=?", (aid,)).fetchone()
        exported = {a["id"]: a for a in corpus.export_dict()["agreements"]}
    assert stored == extracted  # the extracted record is not rewritten
    assert exported[aid]["reviews"][0]["reviewer"] == "ana"


def test_bad_reviews_are_refused(curator):
    aid = _ids(curator)[0]
    url = f"/api/v1/agreements/{aid}/reviews"
    assert curator.post(url, headers=AUTH, json={"verdict": "maybe"}).status_code == 422
    assert curator.post(url, headers=AUTH, json={"verdict": "corrected", "field": "colour",
                                                 "value": "x"}).status_code == 422
    assert curator.post(url, headers=AUTH, json={"verdict": "corrected",
                                                 "field": "status"}).status_code == 422
    assert curator.post("/api/v1/agreements/nope/reviews", headers=AUTH,
                        json={"verdict": "confirmed"}).status_code == 404


def test_the_review_log_is_append_only(curator, db_copy):
    aid = _ids(curator)[0]
    curator.post(f"/api/v1/agreements/{aid}/reviews", headers=AUTH, json={"verdict": "rejected"})
    conn = sqlite3.connect(db_copy)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE reviews SET verdict='confirmed'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM reviews")


def test_reviews_survive_a_new_run(curator, db_copy, tmp_path):
    ids = _ids(curator)
    extradition = next(a for a in curator.get("/api/v1/agreements?q=extradition+treaty&limit=200")
                       .json()["items"] if a["kind"] == "treaty")
    rejected = next(i for i in ids if i != extradition["id"])
    merged, target = [i for i in ids if i not in (extradition["id"], rejected)][:2]
    assert curator.post(f"/api/v1/agreements/{rejected}/reviews", headers=AUTH,
                        json={"verdict": "rejected", "note": "not an agreement"}).status_code == 201
    assert curator.post(f"/api/v1/agreements/{merged}/merge", headers=AUTH,
                        json={"into": target, "note": "same MoU"}).status_code == 201
    assert curator.post(f"/api/v1/agreements/{extradition['id']}/reviews", headers=AUTH,
                        json={"verdict": "confirmed"}).status_code == 201
    assert merged not in _ids(curator)

    news = tmp_path / "later.txt"
    news.write_text(LATER, encoding="utf-8")
    with Corpus(db_copy) as corpus:
        assert corpus.add([news]).added == 1
    after = {a["id"]: a for a in curator.get("/api/v1/agreements?limit=200").json()["items"]}
    assert after[rejected]["curation"]["state"] == "rejected"
    assert merged not in after and merged in after[target]["curation"]["merged_from"]
    treaty = after[extradition["id"]]
    assert treaty["curation"]["state"] == "confirmed"
    assert len(treaty["sources"]) > len(extradition["sources"])  # the new article joined it


def test_merge_shows_one_record_and_keeps_both_in_the_database(curator, db_copy, seeds_count):
    a, b = _ids(curator)[:2]
    before = {x["id"]: x for x in curator.get("/api/v1/agreements?limit=200").json()["items"]}
    r = curator.post(f"/api/v1/agreements/{a}/merge", headers=AUTH, json={"into": b})
    assert r.status_code == 201
    listed = curator.get("/api/v1/agreements?limit=200").json()
    assert listed["total"] == seeds_count - 1
    merged = curator.get(f"/api/v1/agreements/{b}").json()
    assert set(merged["sources"]) == set(before[a]["sources"]) | set(before[b]["sources"])
    assert len(merged["history"]) == len(before[a]["history"]) + len(before[b]["history"])
    assert curator.get(f"/api/v1/agreements/{a}").json()["curation"]["merged_into"] == b
    with Corpus(db_copy) as corpus:
        assert {a, b} <= {r for (r,) in corpus.db.conn.execute("SELECT id FROM agreements")}
        assert len(corpus.export_dict()["agreements"]) == seeds_count - 1
    assert curator.post(f"/api/v1/agreements/{b}/merge", headers=AUTH,
                        json={"into": b}).status_code == 422


def test_split_makes_a_record_of_what_some_articles_say(curator, seeds_count):
    rec = next(a for a in curator.get("/api/v1/agreements?limit=200").json()["items"]
               if len(a["sources"]) >= 2)
    doc = rec["sources"][0]
    r = curator.post(f"/api/v1/agreements/{rec['id']}/split", headers=AUTH,
                     json={"documents": [doc], "note": "another instrument"})
    assert r.status_code == 201
    listed = curator.get("/api/v1/agreements?limit=200").json()
    assert listed["total"] == seeds_count + 1
    part = curator.get(f"/api/v1/agreements/{rec['id']}~1").json()
    rest = curator.get(f"/api/v1/agreements/{rec['id']}").json()
    assert part["sources"] == [doc] and doc not in rest["sources"]
    assert part["curation"]["split_from"] == rec["id"]
    assert rest["curation"]["split_into"] == [f"{rec['id']}~1"]
    assert curator.post(f"/api/v1/agreements/{rec['id']}/split", headers=AUTH,
                        json={"documents": ["unknown"]}).status_code == 422


def test_event_reviews(curator):
    event = curator.get("/api/v1/events?limit=1").json()["items"][0]
    r = curator.post(f"/api/v1/events/{event['id']}/reviews", headers=AUTH,
                     json={"verdict": "rejected", "note": "a phone call, not a visit"})
    assert r.status_code == 201
    assert curator.get(f"/api/v1/events/{event['id']}").json()["curation"]["state"] == "rejected"


def _csrf(c: TestClient, path: str) -> str:
    page = c.get(path)
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found, "the page has no CSRF field"
    return found.group(1)


def test_the_review_form_needs_its_csrf_token_and_the_curation_token(db_copy):
    c = TestClient(create_app(str(db_copy), TOKEN))
    aid = _ids(c)[0]
    path = f"/agreements/{aid}"
    csrf = _csrf(c, path)
    form = {"token": TOKEN, "reviewer": "ana", "verdict": "confirmed", "note": "checked"}
    assert c.post(f"{path}/reviews", data=form).status_code == 403  # no CSRF field
    assert c.post(f"{path}/reviews", data={**form, "csrf": "forged"}).status_code == 403
    other = TestClient(create_app(str(db_copy), TOKEN))  # another browser: no cookie
    assert other.post(f"{path}/reviews", data={**form, "csrf": csrf}).status_code == 403
    wrong = c.post(f"{path}/reviews", data={**form, "csrf": csrf, "token": "guess"})
    assert wrong.status_code == 401
    ok = c.post(f"{path}/reviews", data={**form, "csrf": csrf}, follow_redirects=False)
    assert ok.status_code == 303
    shown = c.get(path).text
    assert "checked" in shown and "ana" in shown


def test_read_only_pages_have_no_review_form(client):
    aid = _ids(client)[0]
    page = client.get(f"/agreements/{aid}").text
    assert "Read-only" in page and 'name="token"' not in page


def test_the_search_index_follows_a_run_made_while_the_app_is_up(curator, db_copy, tmp_path):
    assert curator.get("/api/v1/agreements?q=parliament").json()["total"] == 0
    news = tmp_path / "later.txt"
    news.write_text(LATER, encoding="utf-8")
    with Corpus(db_copy) as corpus:
        corpus.add([news])
    found = curator.get("/api/v1/agreements?q=Belarusian+parliament").json()["items"]
    assert [a["kind"] for a in found] == ["treaty"]


def test_lists_can_keep_one_review_state(curator, seeds_count):
    first, second = _ids(curator)[:2]
    curator.post(f"/api/v1/agreements/{first}/reviews", headers=AUTH, json={"verdict": "rejected"})
    curator.post(f"/api/v1/agreements/{second}/reviews", headers=AUTH,
                 json={"verdict": "confirmed"})

    def ids(review):
        return [a["id"] for a in curator.get(f"/api/v1/agreements?limit=200&review={review}")
                .json()["items"]]
    assert ids("rejected") == [first] and ids("confirmed") == [second]
    assert len(ids("not_rejected")) == seeds_count - 1 and first not in ids("not_rejected")
    assert len(ids("unreviewed")) == seeds_count - 2
    assert curator.get("/api/v1/agreements?review=maybe").status_code == 422
    page = curator.get("/?review=rejected").text
    assert "1 agreement" in page and f"/agreements/{first}" in page


def test_the_network_leaves_out_rejected_records_and_counts_merged_ones_once(curator):
    def pakistan_belarus():
        page = curator.get("/network").text
        found = re.search(r'href="/\?country=BLR">(\d+)</a>', page)
        return int(found.group(1)) if found else 0
    before = pakistan_belarus()
    signed = [a["id"] for a in curator.get("/api/v1/agreements?country=BLR&status=signed"
                                           "&limit=200").json()["items"]]
    curator.post(f"/api/v1/agreements/{signed[0]}/reviews", headers=AUTH,
                 json={"verdict": "rejected"})
    curator.post(f"/api/v1/agreements/{signed[1]}/merge", headers=AUTH, json={"into": signed[2]})
    assert pakistan_belarus() == before - 2


def test_corrections_speak_the_records_vocabulary(curator):
    aid = _ids(curator)[0]
    url = f"/api/v1/agreements/{aid}/reviews"

    def correct(field, value):
        return curator.post(url, headers=AUTH, json={"verdict": "corrected", "field": field,
                                                      "value": value}).status_code
    assert correct("status", "sort of signed") == 422
    assert correct("kind", "handshake") == 422
    assert correct("topics", ["gossip"]) == 422
    assert correct("countries", "PAK") == 422
    assert correct("status", "ratified") == 201
    assert correct("topics", ["trade", "defence"]) == 201
    assert correct("title", "Treaty on something else") == 201


def test_the_review_log_lists_everything_newest_first(curator):
    first, second = _ids(curator)[:2]
    curator.post(f"/api/v1/agreements/{first}/reviews", headers=AUTH,
                 json={"verdict": "confirmed", "reviewer": "ana", "note": "note-alpha"})
    curator.post(f"/api/v1/agreements/{second}/reviews", headers=AUTH,
                 json={"verdict": "rejected", "reviewer": "bo", "note": "note-beta"})
    log = curator.get("/api/v1/reviews").json()
    assert log["total"] == 2
    assert [(r["reviewer"], r["record"]) for r in log["items"]] == [("bo", second), ("ana", first)]
    page = curator.get("/reviews").text
    assert page.index("note-beta") < page.index("note-alpha") and f"/agreements/{first}" in page


def test_events_merge_and_the_form_splits(curator):
    events = curator.get("/api/v1/events?limit=200").json()["items"]
    a, b = events[0]["id"], events[1]["id"]
    assert curator.post(f"/api/v1/events/{a}/merge", headers=AUTH,
                        json={"into": b}).status_code == 201
    listed = curator.get("/api/v1/events?limit=200").json()
    assert listed["total"] == len(events) - 1 and a not in {e["id"] for e in listed["items"]}
    assert curator.get(f"/events/{a}", follow_redirects=False).status_code == 303
    agreement = next(x for x in curator.get("/api/v1/agreements?limit=200").json()["items"]
                     if len(x["sources"]) >= 2)
    path = f"/agreements/{agreement['id']}"
    csrf = _csrf(curator, path)
    r = curator.post(f"{path}/reviews", follow_redirects=False, data={
        "csrf": csrf, "token": TOKEN, "reviewer": "ana", "verdict": "split",
        "documents": [agreement["sources"][0]], "note": "two MoUs"})
    assert r.status_code == 303
    assert curator.get(f"/api/v1/agreements/{agreement['id']}~1").json()["sources"] == [
        agreement["sources"][0]]
