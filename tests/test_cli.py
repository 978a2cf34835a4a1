"""The `accords` command: exit codes 0 / 1 / 2 and readable output."""
import csv
import io
import sys

import pytest
from click.testing import CliRunner

from accords import cli
from accords.cli import main

ARTICLE = """Kenya and Ethiopia sign fisheries memorandum

NAIROBI, March 3, 2025 - Kenya and Ethiopia signed a memorandum of understanding on fisheries in Nairobi on Monday, the Kenyan foreign ministry said.
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "kenya.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_run_prints_a_summary_and_exits_0(runner, news, tmp_path):
    db = str(tmp_path / "a.db")
    result = runner.invoke(main, ["run", str(news), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 inputs: 1 documents added" in " ".join(result.output.split())
    assert "1 agreements" in " ".join(result.output.split())


def test_run_on_only_an_empty_file_exits_1(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["run", str(empty), "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    flat = " ".join(result.output.split())
    assert "empty file [E102]" in flat
    assert "1 rejected" in flat


def test_unknown_option_exits_2(runner, news):
    result = runner.invoke(main, ["run", str(news), "--no-such-option"])
    assert result.exit_code == 2
    assert "No such option" in result.output


def test_run_without_paths_exits_2(runner):
    result = runner.invoke(main, ["run"])
    assert result.exit_code == 2


def test_export_csv_has_a_header_and_one_row(runner, news, tmp_path):
    db = str(tmp_path / "a.db")
    assert runner.invoke(main, ["run", str(news), "--db", db, "-q"]).exit_code == 0
    result = runner.invoke(main, ["export", "--format", "csv", "--db", db])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0][:4] == ["id", "kind", "title", "status"]
    assert "confidence" in rows[0]
    body = [r for r in rows[1:] if r]
    assert len(body) == 1
    assert body[0][1:4] == ["memorandum", body[0][2], "signed"]
    assert "fisheries" in body[0][2].lower()


def test_export_unknown_format_exits_2(runner, tmp_path):
    result = runner.invoke(main, ["export", "--format", "xml", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2


def test_show_bad_id_fails_with_a_clear_message(runner, tmp_path):
    result = runner.invoke(main, ["show", "BADID", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 1
    message = str(result.exception)
    assert "[E601]" in message
    assert "no agreement, event or entity has the id 'BADID'" in message


def test_entry_show_bad_id_prints_error_and_exits_1(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(sys, "argv", ["accords", "show", "BADID", "--db", str(tmp_path / "a.db")])
    with pytest.raises(SystemExit) as exit_info:
        cli.entry()
    assert exit_info.value.code == 1
    out = capsys.readouterr().out
    assert "error:" in out
    assert "BADID" in out


def test_entry_unknown_option_exits_2(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["accords", "events", "--bogus"])
    with pytest.raises(SystemExit) as exit_info:
        cli.entry()
    assert exit_info.value.code == 2


def test_show_an_agreement_prints_its_quote(runner, news, tmp_path):
    db = str(tmp_path / "a.db")
    runner.invoke(main, ["run", str(news), "--db", db, "-q"])
    from accords.api import Corpus
    with Corpus(db) as corpus:
        (rec,) = corpus.agreements()
    result = runner.invoke(main, ["show", rec["id"], "--db", db])
    assert result.exit_code == 0
    flat = " ".join(result.output.split())
    assert "status: signed" in flat
    assert "kenya.txt" in flat


def test_run_reads_jsonl_with_configured_fields(tmp_path) -> None:
    import json as _json

    from click.testing import CliRunner

    from accords.cli import main
    line = {"key": "k1", "body": "Kenya and Ethiopia signed an agreement on border security on "
            "Monday, officials said in Nairobi after two days of talks between the ministers.",
            "when": "2026-03-18"}
    path = tmp_path / "dump.jsonl"
    path.write_text(_json.dumps(line) + "\n{broken\n", encoding="utf-8")
    db = tmp_path / "j.db"
    result = CliRunner().invoke(main, ["run", str(path), "--db", str(db), "--quiet",
                                       "--text-field", "body", "--date-field", "when",
                                       "--id-field", "key"])
    assert result.exit_code == 0, result.output
    assert "1 documents added" in result.output and "malformed JSON" in result.output
    out = CliRunner().invoke(main, ["export", "--db", str(db)])
    data = _json.loads(out.output)
    assert data["documents"][0]["name"] == "dump.jsonl#k1"
    assert data["documents"][0]["published"] == "2026-03-18"
    # "Monday" is read against the date the dump gives, not guessed.
    assert data["agreements"][0]["history"][0]["date"] == "2026-03-16"


def test_run_reads_standard_input(tmp_path) -> None:
    from click.testing import CliRunner

    from accords.cli import main
    text = ("Chile and Peru signed a treaty on fisheries in Lima on Tuesday, the foreign "
            "ministry said, after talks between the two foreign ministers.")
    result = CliRunner().invoke(main, ["run", "-", "--db", str(tmp_path / "s.db"), "--quiet"],
                                input=text)
    assert result.exit_code == 0, result.output
    assert "1 documents added" in result.output


def test_article_count_for_the_time_left_only_when_it_can_be_known(tmp_path) -> None:
    from accords.cli import _count_inputs
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.html").write_text("x", encoding="utf-8")
    assert _count_inputs((str(tmp_path),)) == 2
    (tmp_path / "c.jsonl").write_text("{}", encoding="utf-8")
    assert _count_inputs((str(tmp_path),)) is None  # a dump holds an unknown number
    assert _count_inputs(("-",)) is None


def test_log_lines_report_progress_off_a_terminal(capsys) -> None:
    from accords.api import RunSummary
    from accords.cli import _log_lines
    step = _log_lines(every=2)
    summary = RunSummary()
    for _ in range(4):
        summary.added += 1
        step(summary)
    lines = [line for line in capsys.readouterr().err.splitlines() if line]
    assert len(lines) == 2 and lines[-1].startswith("accords: 4 inputs, 4 added")


UNDATED = """Chile and Peru sign water memorandum

Chile and Peru signed a memorandum of understanding on fisheries in Santiago on Monday, the Chilean foreign ministry said.
"""


def test_published_option_dates_plain_text_as_given(runner, tmp_path):
    import json as _json
    path = tmp_path / "chile.txt"
    path.write_text(UNDATED, encoding="utf-8")
    db = tmp_path / "g.db"
    result = runner.invoke(main, ["run", str(path), "--db", str(db), "--quiet",
                                  "--published", "2026-03-18"])
    assert result.exit_code == 0, result.output
    data = _json.loads(runner.invoke(main, ["export", "--db", str(db)]).output)
    doc = data["documents"][0]
    assert (doc["published"], doc["published_source"]) == ("2026-03-18", "given")
    assert data["agreements"][0]["history"][0]["date"] == "2026-03-16"


def test_undated_plain_text_has_no_publication_date_and_no_record_date(runner, tmp_path):
    import json as _json
    import sqlite3
    path = tmp_path / "chile.txt"
    path.write_text(UNDATED, encoding="utf-8")
    db = tmp_path / "u.db"
    assert runner.invoke(main, ["run", str(path), "--db", str(db), "--quiet"]).exit_code == 0
    data = _json.loads(runner.invoke(main, ["export", "--db", str(db)]).output)
    doc = data["documents"][0]
    assert (doc["published"], doc["published_source"]) == (None, None)
    assert data["agreements"][0]["history"][0]["date"] is None
    row = sqlite3.connect(db).execute("SELECT published, published_source FROM documents").fetchone()
    assert row == (None, None)


def test_dateline_date_is_stored_with_its_source(runner, news, tmp_path):
    import sqlite3
    db = tmp_path / "d.db"
    assert runner.invoke(main, ["run", str(news), "--db", str(db), "--quiet"]).exit_code == 0
    row = sqlite3.connect(db).execute("SELECT published, published_source FROM documents").fetchone()
    assert row == ("2025-03-03", "dateline")


def test_published_option_rejects_a_non_date(runner, tmp_path):
    result = runner.invoke(main, ["run", str(tmp_path), "--published", "March 3"])
    assert result.exit_code == 2
