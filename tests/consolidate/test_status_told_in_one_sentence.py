"""The status is the latest dated stage's, unless the sentence that dates it also tells a
further stage without a day of its own ("the accord, signed in 2015, had been terminated"):
that sentence tells the dated stage as background to the further one
(consolidate/agreements._told_after_in_its_sentence)."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2022-09-14")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


@pytest.mark.parametrize(("text", "status"), [
    ("LIMA, Sept 14 - Peru and Chile announced that their trade agreement, signed in 2019, had "
     "entered into force.", "in_force"),
    ("LIMA, Sept 14 - Peru said the fisheries memorandum of understanding between Peru and "
     "Chile, signed in 2015, had been terminated by mutual consent.", "terminated"),
    ("LIMA, Sept 14 - Peru and Chile said their fisheries accord, signed in 2015, had been "
     "suspended.", "suspended"),
])
def test_a_further_undated_stage_of_the_dating_sentence_is_the_status(text: str,
                                                                       status: str) -> None:
    (record,) = _records(text)
    assert record["status"] == status
    assert [h["date"] for h in record["history"] if h["status"] == "signed"] == [
        "2019" if "2019" in text else "2015"]


def test_a_stage_still_to_come_in_the_dating_sentence_is_not_the_status() -> None:
    (record,) = _records("LIMA, Sept 14 - Peru and Chile reached a fisheries accord in June "
                         "and it is expected to be ratified.")
    assert record["status"] != "ratified"
