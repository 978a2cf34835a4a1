"""JSON and JSON Lines hold the same records; the CLI writes each format."""
from __future__ import annotations

import json

from click.testing import CliRunner

from accords.cli import main
from accords.export import to_jsonl


def test_jsonl_is_the_json_export_a_record_a_line(exported):
    _, data = exported
    lines = [json.loads(line) for line in to_jsonl(data).splitlines()]
    assert len(lines) == sum(len(data[k]) for k in ("documents", "agreements", "events",
                                                     "entities"))
    agreements = [{k: v for k, v in r.items() if k not in ("type", "schema")}
                  for r in lines if r["type"] == "agreement"]
    assert agreements == data["agreements"]
    assert {r["schema"] for r in lines} == {"accords/1"}


def test_cli_export_formats(exported, tmp_path):
    db, data = exported
    runner = CliRunner()
    out = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0 and len(out.output.splitlines()) >= len(data["agreements"])
    dyadic = runner.invoke(main, ["export", "--db", str(db), "--format", "dyadic"])
    assert dyadic.output.startswith("source_country,target_country,date,kind,cameo")
    tables = runner.invoke(main, ["export", "--db", str(db), "--format", "csv", "--out",
                                  str(tmp_path / "t")])
    assert tables.exit_code == 0, tables.output
    assert (tmp_path / "t" / "signatories.csv").is_file()
    parquet = runner.invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert parquet.exit_code == 2  # files need a folder
    as_json = runner.invoke(main, ["export", "--db", str(db)])
    assert json.loads(as_json.output)["schema"] == "accords/1"
