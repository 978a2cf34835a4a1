"""The same article reached twice is stored once; a near copy is linked, not counted."""
from __future__ import annotations

from pathlib import Path

from accords import Corpus

STORY = ("Ghana and Togo signed a memorandum of understanding on cross-border energy trade in "
         "Accra on Tuesday, the foreign ministry said. Ghanaian Energy Minister John Jinapor and "
         "Togolese Energy Minister Robert Koffi Messan Eklo signed the memorandum at a ceremony "
         "attended by officials of both governments. Under the memorandum, the two countries "
         "will expand electricity exchanges over the next five years and build a new "
         "interconnection line, officials said, adding that talks on gas supplies would follow.")


def test_exact_copy_is_already_known(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        summary = corpus.add([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert (summary.added, summary.already_known, summary.duplicates) == (1, 1, 0)


def test_republished_story_is_a_near_duplicate_linked_to_the_first(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(STORY, encoding="utf-8")
    # Another site: its own headline and a footer, the same story.
    (tmp_path / "site.txt").write_text("Regional news | Home | Share\n" + STORY +
                                       "\nRead more on our website.", encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        summary = corpus.add([tmp_path / "wire.txt", tmp_path / "site.txt"])
        mous = [a for a in corpus.agreements() if a["kind"] == "memorandum"]
        linked = corpus.db.conn.execute("SELECT name FROM duplicates").fetchall()
    assert (summary.added, summary.duplicates) == (1, 1)
    assert linked == [(str(tmp_path / "site.txt"),)]  # the path of the input, linked
    assert len(mous) == 1 and len(mous[0]["sources"]) == 1  # the copy is not a second source


def test_different_stories_are_not_duplicates(tmp_path: Path) -> None:
    other = STORY.replace("energy trade", "fisheries").replace("electricity exchanges",
                                                               "joint patrols") + (
        " Separately, Togo's president met Ghana's vice president to discuss road projects, "
        "customs procedures and a planned railway link between Lome and Kumasi.")
    other = " ".join(reversed(other.split(". ")))
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        summary = corpus.add([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert (summary.added, summary.duplicates) == (2, 0)


def test_a_jsonl_duplicate_is_named_by_its_record_and_linked_once(tmp_path: Path) -> None:
    import json
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "k1", "text": STORY}) + "\n" + json.dumps(
        {"id": "k2", "text": "Wire copy. " + STORY + " Reporting by our staff."}) + "\n",
        encoding="utf-8")
    with Corpus(tmp_path / "x.db") as corpus:
        first = corpus.add(dump)
        again = corpus.add(dump)
        rows = corpus.db.conn.execute("SELECT name, duplicate_of FROM duplicates").fetchall()
        (doc,) = corpus.export_dict()["documents"]
    assert (first.added, first.duplicates) == (1, 1)
    assert (again.added, again.duplicates, again.already_known) == (0, 0, 2)
    assert rows == [(str(tmp_path / "dump.jsonl#k2"), doc["id"])]
