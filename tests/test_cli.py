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


def _empty_db(path):
    from accords.api import Corpus
    Corpus(path).close()
    return str(path)


def test_show_bad_id_fails_with_a_clear_message(runner, tmp_path):
    result = runner.invoke(main, ["show", "BADID", "--db", _empty_db(tmp_path / "a.db")])
    assert result.exit_code == 1
    message = str(result.exception)
    assert "[E601]" in message
    assert "no agreement, event or entity has the id 'BADID'" in message


def test_entry_show_bad_id_prints_error_and_exits_1(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(sys, "argv", ["accords", "show", "BADID", "--db",
                                      _empty_db(tmp_path / "a.db")])
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
    assert "1 documents added" in result.output and "E108 1" in result.output
    assert "malformed JSON" not in result.output  # -q: the summary only
    listed = CliRunner().invoke(main, ["rejected", "--db", str(db)])
    assert "malformed JSON" in listed.output
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


def test_run_on_a_folder_of_bad_entries_names_each_and_reads_the_good_one(
        runner, shared_dir, unprivileged) -> None:
    import os
    folder = shared_dir / "news"
    folder.mkdir()
    (folder / "kenya.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "loop").symlink_to(folder / "loop")
    (folder / "secret.txt").write_text(ARTICLE.replace("fisheries", "tourism"), encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    db = shared_dir / "a.db"
    # The interpreter's own library is private to root here: import everything (and load the
    # model) once before dropping privileges.
    assert runner.invoke(main, ["run", str(folder / "kenya.txt"), "--db",
                                str(shared_dir / "warm.db")]).exit_code == 0
    with unprivileged:
        result = runner.invoke(main, ["run", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "5 inputs: 1 documents added" in flat
    for name, code in [("gone.txt", "E113"), ("pipe.txt", "E112"), ("loop", "E114"),
                       ("secret.txt", "E101")]:
        assert f"{folder / name}:" in flat and f"[{code}]" in flat
    assert "1 agreements" in flat


# ------------------------------------------------------------------ listing commands
CLI_FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "cli"


def _entry(monkeypatch, capsys, *args):
    """The `accords` command as a shell runs it: (exit status, what it printed)."""
    monkeypatch.setattr(sys, "argv", ["accords", *args])
    with pytest.raises(SystemExit) as exit_info:
        cli.entry()
    captured = capsys.readouterr()
    return exit_info.value.code, " ".join((captured.out + captured.err).split())


@pytest.fixture(scope="module")
def listed_db(tmp_path_factory):
    """Three invented articles: a memorandum, a visit with an agreement, a long-titled treaty."""
    db = tmp_path_factory.mktemp("cli") / "l.db"
    result = CliRunner().invoke(main, ["run", str(CLI_FIXTURES), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return str(db)


@pytest.mark.parametrize("command", ["agreements", "events", "entities", "rejected"])
def test_json_jsonl_and_csv_outputs_parse(runner, listed_db, command):
    import json
    as_json = runner.invoke(main, [command, "--db", listed_db, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.output)
    lines = runner.invoke(main, [command, "--db", listed_db, "--format", "jsonl"]).output
    assert [json.loads(line) for line in lines.splitlines()] == records
    table = list(csv.DictReader(io.StringIO(
        runner.invoke(main, [command, "--db", listed_db, "--format", "csv"]).output)))
    assert len(table) == len(records)
    if command != "rejected":
        assert records and [r["id"] for r in table] == [r["id"] for r in records]


def test_limit_and_offset_page_through_a_listing(runner, listed_db):
    import json

    def ids(*args):
        out = runner.invoke(main, ["agreements", "--db", listed_db, "--format", "json", *args])
        return [a["id"] for a in json.loads(out.output)]
    every = ids()
    assert len(every) >= 3
    assert ids("--limit", "2") == every[:2]
    assert ids("--limit", "2", "--offset", "1") == every[1:3]
    assert ids("--offset", "2") == every[2:]


def test_event_filters(runner, listed_db):
    import json

    def titles(*args):
        out = runner.invoke(main, ["events", "--db", listed_db, "--format", "json", *args])
        assert out.exit_code == 0, out.output
        return [e["title"] for e in json.loads(out.output)]
    # (the fixture's visit and the talks held on it are two events)
    (visit,) = titles("--kind", "visit")
    both = titles()
    assert len(both) == 2 and visit in both
    assert titles("--country", "ken") == both
    assert titles("--country", "PER") == []
    assert titles("--kind", "visit", "--person", "ruto") == [visit]
    assert titles("--person", "Lukashenko") == []
    assert titles("--since", "2025-03-12", "--until", "2025-03") == both
    assert titles("--since", "2025-04") == []
    assert titles("--until", "2025-03-11") == []


@pytest.mark.parametrize("args, allowed", [
    (["agreements", "--kind", "bogus"], "treaty, agreement, memorandum"),
    (["agreements", "--status", "inked"], "proposed, planned"),
    (["agreements", "--topic", "fish"], "comprehensive_cooperation"),
    (["agreements", "--since", "yesterday"], "YYYY-MM-DD"),
    (["agreements", "--until", "2025-02-30"], "YYYY-MM-DD"),
    (["agreements", "--country", "Pakistan"], "did you mean PAK?"),
    (["events", "--kind", "party"], "visit, meeting, talks"),
    (["events", "--country", "IGO:XX"], "IGO:X with X one of"),
    (["entities", "--type", "martian"], "person, state"),
    (["rejected", "--code", "E999"], "E101, E102"),
])
def test_bad_filter_values_exit_2_naming_the_allowed_values(monkeypatch, capsys, listed_db,
                                                            args, allowed):
    code, out = _entry(monkeypatch, capsys, *args, "--db", listed_db)
    assert code == 2, out
    assert allowed in out


def test_entry_prints_bad_filter_values_and_exits_2(monkeypatch, listed_db, capsys):
    monkeypatch.setattr(sys, "argv", ["accords", "agreements", "--kind", "bogus", "--db",
                                      listed_db])
    with pytest.raises(SystemExit) as exit_info:
        cli.entry()
    assert exit_info.value.code == 2
    assert "unknown kind 'bogus'" in " ".join(capsys.readouterr().out.split())


def test_dates_refuses_a_date_that_is_not_iso(monkeypatch, capsys, tmp_path):
    (tmp_path / "a.txt").write_text("They met on Monday.", encoding="utf-8")
    code, out = _entry(monkeypatch, capsys, "dates", str(tmp_path / "a.txt"), "--published",
                       "27/08/2025")
    assert code == 2 and "27/08/2025" in out and "not a" in out and "date" in out


@pytest.mark.parametrize("command", ["agreements", "events", "entities", "rejected", "export",
                                     "show"])
def test_a_missing_database_is_an_error_and_is_not_created(monkeypatch, tmp_path, capsys,
                                                          command):
    missing = tmp_path / "typo.db"
    args = [command, "--db", str(missing)] + (["abc"] if command == "show" else [])
    monkeypatch.setattr(sys, "argv", ["accords", *args])
    with pytest.raises(SystemExit) as exit_info:
        cli.entry()
    assert exit_info.value.code == 2
    assert "no database at" in " ".join(capsys.readouterr().out.split())
    assert not missing.exists()


def test_accords_db_sets_the_default_database(runner, listed_db):
    result = runner.invoke(main, ["agreements", "--format", "json"],
                           env={"ACCORDS_DB": listed_db})
    assert result.exit_code == 0 and result.output.startswith("[")


def test_show_takes_an_id_prefix_and_lists_an_ambiguous_one(runner, listed_db):
    import json
    rows = json.loads(runner.invoke(main, ["agreements", "--db", listed_db, "--format",
                                           "json"]).output)
    rid = rows[0]["id"]
    shown = runner.invoke(main, ["show", rid[:6], "--db", listed_db, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["id"] == rid
    ambiguous = runner.invoke(main, ["show", "a", "--db", listed_db])
    message = str(ambiguous.exception)
    assert "[E902]" in message and all(r["id"] in message for r in rows)


def test_show_an_entity(runner, listed_db):
    import json
    people = json.loads(runner.invoke(main, ["entities", "--db", listed_db, "--type", "person",
                                             "--format", "json"]).output)
    ruto = next(p for p in people if "Ruto" in p["name"])
    shown = runner.invoke(main, ["show", ruto["id"], "--db", listed_db])
    assert shown.exit_code == 0
    assert "William Ruto" in shown.output and "person" in shown.output


def test_quiet_prints_the_summary_only(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kenya.txt").write_text(ARTICLE, encoding="utf-8")
    for i in range(5):
        (folder / f"empty{i}.txt").write_bytes(b"")
    result = runner.invoke(main, ["run", str(folder), "--db", str(tmp_path / "q.db"), "-q"])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert "empty0.txt" not in result.output
    assert "rejected by code: E102 5" in " ".join(result.output.split())
    assert len(lines) <= 5


def test_verbose_logs_debug_lines_to_standard_error(tmp_path):
    import subprocess
    (tmp_path / "empty.txt").write_bytes(b"")
    code = "from accords.cli import entry; entry()"
    out = subprocess.run([sys.executable, "-c", code, "-v", "run", str(tmp_path), "--db",
                          str(tmp_path / "v.db"), "-q"], capture_output=True, text=True)
    assert "DEBUG accords.api: rejected" in out.stderr


def _warc_with_a_wrong_length(path):
    """Two page records, the first declaring 6 bytes fewer than it has: warcio warns."""
    import re
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = BytesIO()
    writer = WARCWriter(buf, gzip=False)
    body = (b"<html><body><p>Kenya and Ethiopia signed a memorandum on fisheries on Monday, "
            b"officials said in Nairobi after talks.</p></body></html>")
    for _ in range(2):
        writer.write_record(writer.create_warc_record(
            "http://example.com/a", "response", payload=BytesIO(body),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1")))
    data = buf.getvalue()
    m = re.search(rb"Content-Length: (\d+)", data)
    path.write_bytes(data[:m.start(1)] + str(int(m.group(1)) - 6).encode() + data[m.end(1):])


def test_warcio_warnings_do_not_reach_standard_error(tmp_path):
    import subprocess
    _warc_with_a_wrong_length(tmp_path / "bad.warc")
    code = "from accords.cli import entry; entry()"
    out = subprocess.run([sys.executable, "-c", code, "run", str(tmp_path / "bad.warc"),
                          "--db", str(tmp_path / "w.db"), "-q"], capture_output=True, text=True)
    assert out.returncode == 0 and "1 documents added" in out.stdout
    assert out.stderr == "", out.stderr
    verbose = subprocess.run([sys.executable, "-c", code, "-v", "run", str(tmp_path / "bad.warc"),
                              "--db", str(tmp_path / "w2.db"), "-q"], capture_output=True,
                             text=True)
    assert "warcio: WARNING: Record not followed by newline" in verbose.stderr


def test_shell_completion_lists_the_commands():
    import os
    import subprocess
    code = "from accords.cli import entry; entry()"
    env = {**os.environ, "_ACCORDS_COMPLETE": "bash_complete", "COMP_WORDS": "accords ent",
           "COMP_CWORD": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "entities" in out.stdout
