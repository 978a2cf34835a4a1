"""`accords serve`: its options reach the server; the token may come from ACCORDS_TOKEN."""
from __future__ import annotations

from click.testing import CliRunner

import accords.serve
from accords.cli import main


def test_serve_passes_its_options_and_reads_the_token_from_the_environment(seeds_db,
                                                                          monkeypatch):
    calls = []
    monkeypatch.setattr(accords.serve, "run", lambda *a, **k: calls.append(a))
    result = CliRunner(env={"ACCORDS_TOKEN": "from-env"}).invoke(
        main, ["serve", "--db", str(seeds_db), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert calls == [(str(seeds_db), "127.0.0.1", 8123, "from-env")]
    assert "curation on" in result.output


def test_serve_without_token_is_read_only(seeds_db, monkeypatch):
    calls = []
    monkeypatch.setattr(accords.serve, "run", lambda *a, **k: calls.append(a))
    result = CliRunner(env={"ACCORDS_TOKEN": None}).invoke(main, ["serve", "--db", str(seeds_db)])
    assert result.exit_code == 0
    assert calls[0][3] is None and "read-only" in result.output


def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "no database" in result.output
