"""Two stages of one instrument told in one sentence are two mentions with one id (the id names
the sentence and the instrument, not the stage); the store keeps both, so a run through the
database gives the record the extraction gave it (before, the later row replaced the earlier)."""
from __future__ import annotations

import json
from pathlib import Path

from accords import Corpus
from accords.pipeline import extract_batch
from accords.records import Document

_TEXT = ("OSLO, Sept 14 - Norway and Iceland reached a fisheries accord in June and signed it "
         "on Monday.\n")


def test_one_sentence_with_two_stages_of_one_instrument_keeps_both(tmp_path: Path) -> None:
    (ex,) = extract_batch([Document.from_text("a.txt", _TEXT, published="2022-09-14")])
    assert len({(m.status.value, m.date) for m in ex.agreements}) == 2
    assert len({m.id for m in ex.agreements}) == 1  # the construction the test is about
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": _TEXT, "date": "2022-09-14"}) + "\n",
                   encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        corpus.add(src)
        (record,) = corpus.export_dict()["agreements"]
    assert [(h["status"], h["date"]) for h in record["history"]] == [
        ("agreed", "2022-06"), ("signed", "2022-09-12")]
    assert record["status"] == "signed"


def test_a_mention_told_twice_at_one_stage_is_one_row() -> None:
    from dataclasses import replace

    from accords.store.database import _agreement_rows
    (ex,) = extract_batch([Document.from_text("a.txt", _TEXT, published="2022-09-14")])
    first = ex.agreements[0]
    assert len(_agreement_rows("d", [first, replace(first, parties=[])])) == 1
    assert len(_agreement_rows("d", ex.agreements)) == 2


def test_two_records_whose_first_mentions_share_an_id_get_two_ids() -> None:
    from dataclasses import dataclass, field

    from accords.consolidate.ids import assign_ids

    @dataclass
    class _R:
        mention_ids: list[str]
        id: str = field(default="")

    records = [_R(["m1", "m2"]), _R(["m1"]), _R(["m1"])]
    assign_ids(records, {}, "a")
    assert len({r.id for r in records}) == 3


def test_of_two_mentions_at_one_stage_the_one_naming_more_sides_stays() -> None:
    # (agstatus10) an instrument told by its noun and again by a verb of its own relative
    # clause ("..., under which Japan lent Peru ..."): the verb's mention may name one side only
    from dataclasses import replace

    from accords.store.database import _agreement_rows
    (ex,) = extract_batch([Document.from_text("a.txt", _TEXT, published="2022-09-14")])
    first = ex.agreements[0]
    fewer = replace(first, countries=first.countries[:1])
    assert len(first.countries) == 2
    for order in ([first, fewer], [fewer, first]):
        (row,) = _agreement_rows("d", order)
        assert json.loads(row[3])["countries"] == first.countries
    (row,) = _agreement_rows("d", [first, replace(first, date="2022-09-01")])
    assert json.loads(row[3])["date"] == "2022-09-01"  # a tie: the later, as before
