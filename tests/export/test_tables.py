"""CSV (folder or zip) and Parquet tables hold every record, party, signatory and quote."""
from __future__ import annotations

import csv
import io
import zipfile

import pytest

from accords import Corpus
from accords.errors import ExportError
from accords.export.tables import tables

NAMES = {"documents", "agreements", "events", "parties", "signatories", "sources", "entities"}


def _counts(data):
    quotes = sum(len(h["sources"]) for a in data["agreements"] for h in a["history"])
    quotes += sum(len(e["sources"]) for e in data["events"])
    return {"documents": len(data["documents"]), "agreements": len(data["agreements"]),
            "events": len(data["events"]), "entities": len(data["entities"]),
            "parties": sum(len(a["parties"]) for a in data["agreements"]),
            "signatories": sum(len(a["signatories"]) for a in data["agreements"]),
            "sources": quotes}


def test_one_table_per_kind_of_row(exported):
    _, data = exported
    found = tables(data)
    assert set(found) == NAMES
    assert {name: len(rows) for name, (_, rows) in found.items()} == _counts(data)
    assert _counts(data)["sources"] and _counts(data)["events"]


def test_csv_into_a_folder(exported, tmp_path):
    db, data = exported
    with Corpus(db, create=False) as corpus:
        written = corpus.export_to(tmp_path / "out", "csv")
    assert {p.stem for p in written} == NAMES
    sources = list(csv.DictReader((tmp_path / "out" / "sources.csv").open(encoding="utf-8")))
    texts = {d["id"]: d for d in data["documents"]}
    assert sources and all(s["document"] in texts for s in sources)
    assert {s["record_type"] for s in sources} == {"agreement", "event"}


def test_csv_into_a_zip(exported, tmp_path):
    db, data = exported
    with Corpus(db, create=False) as corpus:
        corpus.export_to(tmp_path / "out.zip", "csv")
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:
        assert {n[:-4] for n in archive.namelist()} == NAMES
        parties = list(csv.DictReader(io.StringIO(archive.read("parties.csv").decode())))
    assert len(parties) == _counts(data)["parties"]
    assert set(parties[0]) == {"agreement", "name", "country", "type"}


def test_parquet_tables_with_types(exported, tmp_path):
    import pyarrow.parquet as pq
    db, data = exported
    with Corpus(db, create=False) as corpus:
        corpus.export_to(tmp_path / "pq", "parquet")
    sources = pq.read_table(tmp_path / "pq" / "sources.parquet")
    assert sources.num_rows == _counts(data)["sources"]
    assert str(sources.schema.field("start").type) == "int64"
    agreements = pq.read_table(tmp_path / "pq" / "agreements.parquet").to_pylist()
    assert {a["id"] for a in agreements} == {a["id"] for a in data["agreements"]}
    assert isinstance(agreements[0]["confidence"], float)


def test_tables_refuse_a_file_where_a_folder_is_needed(exported, tmp_path):
    db, _ = exported
    (tmp_path / "taken").write_text("x")
    with Corpus(db, create=False) as corpus, pytest.raises(ExportError, match="is a file"):
        corpus.export_to(tmp_path / "taken", "parquet")
