"""The JSON API answers what the export and the CLI answer."""
from __future__ import annotations

import json

from click.testing import CliRunner

from accords.api import Corpus
from accords.cli import main


def test_api_lists_the_same_agreements_as_the_export(client, seeds_db):
    with Corpus(seeds_db) as corpus:
        exported = json.loads(corpus.export("json"))
    r = client.get("/api/v1/agreements", params={"limit": 200})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == len(exported["agreements"]) >= 16
    assert body["items"] == exported["agreements"]


def test_api_lists_the_same_events_as_the_export(client, seeds_db):
    with Corpus(seeds_db) as corpus:
        exported = corpus.export_dict()
    body = client.get("/api/v1/events", params={"limit": 200}).json()
    assert body["total"] == len(exported["events"])
    by_id = {e["id"]: e for e in exported["events"]}  # the same records, whatever the order
    assert {e["id"]: e for e in body["items"]} == by_id


def test_api_and_cli_export_command_agree(client, seeds_db, tmp_path):
    out = tmp_path / "export.json"
    result = CliRunner().invoke(main, ["export", "--db", str(seeds_db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    ids = [a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["agreements"]]
    api_ids = [a["id"] for a in client.get("/api/v1/agreements?limit=200").json()["items"]]
    assert api_ids == ids


def test_filters_agree_with_accords_agreements(client, seeds_db):
    cases = [{"country": "PAK"}, {"country": "blr", "status": "signed"}, {"status": "planned"},
             {"topic": "extradition"}, {"kind": "memorandum"}, {"since": "2025-08-01"},
             {"country": "PAK", "topic": "defence", "since": "2025-01-01"}]
    with Corpus(seeds_db) as corpus:
        for case in cases:
            expected = [a["id"] for a in corpus.agreements(**case)]
            got = client.get("/api/v1/agreements", params={**case, "limit": 200}).json()
            assert [a["id"] for a in got["items"]] == expected, case
            assert got["total"] == len(expected)
            args = [x for k, v in case.items() for x in (f"--{k}", v)]
            shown = CliRunner(env={"COLUMNS": "400"}).invoke(
                main, ["agreements", "--db", str(seeds_db), *args])
            assert shown.exit_code == 0
            assert all(i in shown.output for i in expected), case
            assert sum(shown.output.count(a["id"]) for a in corpus.agreements()) == len(expected)


def test_limit_is_bounded_and_paging_covers_everything(client, seeds_count):
    assert client.get("/api/v1/agreements?limit=201").status_code == 422
    assert client.get("/api/v1/agreements?limit=0").status_code == 422
    assert client.get("/api/v1/agreements?offset=-1").status_code == 422
    everything = [a["id"] for a in client.get("/api/v1/agreements?limit=200").json()["items"]]
    paged = []
    for offset in range(0, 20, 5):
        page = client.get(f"/api/v1/agreements?limit=5&offset={offset}").json()
        assert page["total"] == seeds_count
        paged += [a["id"] for a in page["items"]]
    assert paged == everything


def test_search_finds_titles_parties_and_quotes(client):
    def ids(q):
        return {a["id"] for a in client.get("/api/v1/agreements", params={"q": q}).json()["items"]}
    everything = client.get("/api/v1/agreements?limit=200").json()["items"]
    titled = {a["id"] for a in everything if "xtradition" in a["title"]}
    assert titled and titled <= ids("extradition")
    assert ids("extraditio") >= titled  # the last word is a prefix
    assert ids("Frontier Works")  # a party
    assert ids("Kubrakov")  # a signatory, or a quote
    assert ids("nothing-like-this-anywhere") == set()


def test_search_text_is_never_fts_syntax(client, seeds_count):
    for q in ['"', "NEAR(", "title:x", "* OR *", "'; DROP TABLE agreements; --", "^"]:
        r = client.get("/api/v1/agreements", params={"q": q})
        assert r.status_code == 200, q
    assert client.get("/api/v1/agreements?limit=200").json()["total"] == seeds_count


def test_unknown_values_are_refused_not_ignored(client):
    assert client.get("/api/v1/agreements?status=sort-of").status_code == 422
    assert client.get("/api/v1/agreements?topic=gossip").status_code == 422
    assert client.get("/api/v1/events?kind=party").status_code == 422


def test_one_agreement_event_and_document(client):
    first = client.get("/api/v1/agreements?limit=1").json()["items"][0]
    assert client.get(f"/api/v1/agreements/{first['id']}").json()["title"] == first["title"]
    event = client.get("/api/v1/events?limit=1").json()["items"][0]
    assert client.get(f"/api/v1/events/{event['id']}").json()["id"] == event["id"]
    doc = client.get(f"/api/v1/documents/{first['sources'][0]}").json()
    assert doc["text"] and doc["name"] and doc["mentions"]
    for m in doc["mentions"]:
        assert doc["text"][m["start"]:m["end"]] == m["quote"]
    assert {m["record"] for m in doc["mentions"]} >= {first["id"]}


def test_unknown_ids_are_404(client):
    for path in ("/api/v1/agreements/nope", "/api/v1/events/nope", "/api/v1/documents/nope"):
        r = client.get(path)
        assert r.status_code == 404
        assert "detail" in r.json()


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for p in ("/api/v1/agreements", "/api/v1/agreements/{record_id}", "/api/v1/events",
              "/api/v1/events/{record_id}", "/api/v1/documents/{doc_id}",
              "/api/v1/agreements/{record_id}/reviews", "/api/v1/events/{record_id}/reviews"):
        assert p in paths, p
    assert not any(p.startswith("/countries") for p in paths)  # pages stay out of the API


def test_server_binds_this_machine_by_default():
    serve = main.commands["serve"]
    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"
    token = next(p for p in serve.params if p.name == "curate_token")
    assert token.envvar == "ACCORDS_TOKEN"
