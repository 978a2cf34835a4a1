"""Audit verdicts mapped onto today's candidates, on an audit folder and an article of our own."""
from __future__ import annotations

import json
from pathlib import Path

from accords.learn.audit_labels import label_candidates, read_judgments
from accords.pipeline import propose_batch
from accords.records import Document

ARTICLE = ("Ghana and Togo sign pact\nACCRA, March 7 - Ghana and Togo signed an agreement on "
           "road transport in Accra on Monday. Foreign Minister Kwame Asante held talks with "
           "Togolese Foreign Minister Kofi Mensah. The club's board met its coach on Tuesday.")


def _audit(folder: Path, rows: list[tuple[str, str, str, str, bool]]) -> None:
    """rows: (section, record id, kind, quote, real)."""
    round_dir = folder / "round1"
    round_dir.mkdir(parents=True)
    with (round_dir / "sample.jsonl").open("w") as fh:
        for section, rid, kind, quote, _ in rows:
            record = {"id": rid, "kind": kind, "sources": [{"document": "d", "quote": quote}]}
            fh.write(json.dumps({"section": section, "corpus": "wire", "article": "a.txt",
                                 "record": record}) + "\n")
    with (round_dir / "judgments.jsonl").open("w") as fh:
        for section, rid, _, _, real in rows:
            fh.write(json.dumps({"section": section, "record_id": rid, "real": real}) + "\n")
        fh.write(json.dumps({"section": "events", "record_id": "unknown", "real": True}) + "\n")


def test_a_verdict_labels_the_candidates_of_its_quoted_sentence(tmp_path: Path) -> None:
    _audit(tmp_path, [
        ("agreements", "a1", "agreement",
         "Ghana and Togo signed an agreement on road transport in Accra on Monday.", True),
        ("events", "e1", "talks", "Foreign Minister Kwame Asante held talks with Togolese "
                                  "Foreign Minister Kofi Mensah.", True),
        ("events", "e2", "visit", "Foreign Minister Kwame Asante held talks with Togolese "
                                  "Foreign Minister Kofi Mensah.", False)])
    judgments = read_judgments(tmp_path)
    assert [(j.section, j.real) for j in judgments] == [
        ("agreements", True), ("events", True), ("events", False)]  # the unknown id is left out
    (proposal,) = propose_batch([Document.from_text("a.txt", ARTICLE, published="2023-03-07")])
    labels = label_candidates(judgments, {"a.txt": proposal})
    agreements = [x for x in labels if x.section == "agreements"]
    events = [x for x in labels if x.section == "events"]
    assert agreements and all(x.real for x in agreements)
    assert all("road transport" in proposal.agreement_sentences[x.index] for x in agreements)
    # the talks take the verdict on talks; the verdict on a visit in that sentence labels none
    assert events and all(x.real and proposal.extraction.events[x.index].kind.value == "talks"
                          for x in events)


def test_a_record_of_an_article_not_proposed_labels_nothing(tmp_path: Path) -> None:
    _audit(tmp_path, [("agreements", "a1", "agreement", "Ghana and Togo signed an agreement.",
                       True)])
    assert label_candidates(read_judgments(tmp_path), {}) == []
