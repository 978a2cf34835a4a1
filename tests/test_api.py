"""The Python API: consolidated, stable, sourced records."""
import json
from pathlib import Path

import pytest

from accords import api
from accords.api import Corpus

FIRST = """Chile and Peru sign fisheries treaty

LIMA, May 5, 2025 - Chile and Peru signed a treaty on fisheries cooperation in Lima on Monday, the Peruvian foreign ministry said.

Chilean Foreign Minister Alberto Vargas and Peruvian Foreign Minister Jorge Salazar also discussed trade between the two countries.
"""

SECOND = """Peru, Chile ink fishing pact

LIMA, May 6, 2025 - Peru and Chile on Monday inked a treaty on fisheries cooperation during a ceremony in Lima, officials said.

The Chilean and Peruvian governments hope the treaty will protect anchovy stocks.
"""

THIRD = """Chile ratifies fisheries treaty with Peru

SANTIAGO, September 10, 2025 - Chile ratified the treaty on fisheries cooperation with Peru on Tuesday, the Chilean Senate said.
"""


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path):
    with Corpus(tmp_path / "accords.db") as c:
        yield c


def _fisheries(corpus):
    return [a for a in corpus.agreements(country="PER") if "fisheries" in a["title"].lower()]


def test_two_reports_of_one_signing_make_one_agreement(corpus, articles):
    summary = corpus.add([articles])
    assert (summary.inputs, summary.added, summary.rejected, summary.exit_code) == (2, 2, [], 0)
    found = _fisheries(corpus)
    assert len(found) == 1
    a = found[0]
    assert a["kind"] == "treaty"
    assert a["status"] == "signed"
    assert a["countries"] == ["CHL", "PER"]
    assert len(a["sources"]) == 2
    docs = {d["name"] for d in corpus.export_dict()["documents"]}
    assert docs == {"first.txt", "second.txt"}


def test_running_add_again_changes_nothing(corpus, articles):
    corpus.add([articles])
    before = corpus.export_dict()
    again = corpus.add([articles])
    assert (again.inputs, again.added, again.already_known) == (2, 0, 2)
    assert again.exit_code == 0
    after = corpus.export_dict()
    assert [a["id"] for a in after["agreements"]] == [a["id"] for a in before["agreements"]]
    assert [e["id"] for e in after["events"]] == [e["id"] for e in before["events"]]


def test_a_later_article_keeps_the_existing_record_id(corpus, articles, tmp_path):
    corpus.add([articles])
    (old,) = _fisheries(corpus)
    third = tmp_path / "third.txt"
    third.write_text(THIRD, encoding="utf-8")
    summary = corpus.add([third])
    assert summary.added == 1
    (new,) = _fisheries(corpus)
    assert new["id"] == old["id"]
    assert len(new["sources"]) == 3
    assert new["status"] == "ratified"


def test_export_json_has_the_schema_and_quotes_match_documents(corpus, articles):
    corpus.add([articles])
    data = json.loads(corpus.export("json"))
    assert data["schema"] == "accords/1"
    texts = {d["id"]: (articles / d["name"]).read_text(encoding="utf-8")
             for d in data["documents"]}
    quotes = [s for a in data["agreements"] for h in a["history"] for s in h["sources"]]
    quotes += [s for e in data["events"] for s in e["sources"]]
    assert quotes
    for s in quotes:
        assert texts[s["document"]][s["start"]:s["end"]] == s["quote"]


def test_filters_select_by_country_status_and_topic(corpus, articles):
    corpus.add([articles])
    assert _fisheries(corpus)
    assert corpus.agreements(country="KEN") == []
    assert corpus.agreements(status="planned") == []
    assert [a["status"] for a in corpus.agreements(status="signed", country="chl")] == ["signed"]


def test_unknown_status_is_a_usage_error(corpus):
    with pytest.raises(api.UsageError, match="unknown status 'inked'"):
        corpus.agreements(status="inked")


def test_show_unknown_id_raises_record_not_found(corpus):
    with pytest.raises(api.RecordNotFoundError, match="BADID"):
        corpus.show("BADID")


def test_all_inputs_rejected_gives_exit_code_1(corpus, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02")
    summary = corpus.add([tmp_path / "empty.txt", tmp_path / "blob.txt"])
    assert summary.inputs == 2
    assert [r.code for r in summary.rejected] == ["E102", "E103"]
    assert summary.exit_code == 1
    assert [r["name"] for r in corpus.rejected()] == [str(tmp_path / "empty.txt"),
                                                      str(tmp_path / "blob.txt")]


def test_some_inputs_rejected_still_exit_code_0(corpus, articles):
    (articles / "empty.txt").write_bytes(b"")
    summary = corpus.add([articles])
    assert summary.added == 2
    assert len(summary.rejected) == 1
    assert summary.exit_code == 0


def test_unnamed_office_resolves_to_the_person_another_article_names(tmp_path) -> None:
    from accords import Corpus
    fixtures = Path(__file__).resolve().parent / "fixtures"
    with Corpus(tmp_path / "a.db") as corpus:
        corpus.add([fixtures / "norway_poland_a.txt", fixtures / "norway_poland_b.txt"])
        mous = [a for a in corpus.agreements() if a["kind"] == "memorandum"]
    assert len(mous) == 1 and len(mous[0]["sources"]) == 2
    signers = {(s["name"], s["country"]) for s in mous[0]["signatories"]}
    # "The Polish Energy Minister" is Milosz Motyka, named in the other article.
    assert signers == {("Terje Aasland", "NOR"), ("Milosz Motyka", "POL")}


def test_add_takes_one_path_as_a_string_not_letter_by_letter(corpus, articles):
    summary = corpus.add(str(articles))
    assert (summary.inputs, summary.added) == (2, 2)
    assert corpus.add(articles / "first.txt").already_known == 1  # a Path alone too


@pytest.mark.parametrize("bad, message", [
    (42, "paths must be a path or a list of paths"),
    (b"news/", "paths must be a path or a list of paths"),
    ([Path("a.txt"), 3], "paths must be str or os.PathLike; got int"),
])
def test_add_refuses_arguments_of_the_wrong_type(corpus, bad, message):
    from accords.errors import UsageError
    with pytest.raises(UsageError, match=message):
        corpus.add(bad)


def test_add_refuses_a_negative_time_budget_and_what_cannot_be_called(corpus, articles):
    from accords.errors import UsageError
    with pytest.raises(UsageError, match="time_budget must be a number of seconds"):
        corpus.add(articles, time_budget=-1)
    with pytest.raises(UsageError, match="stop must be a function, not bool"):
        corpus.add(articles, stop=True)


def test_a_stop_request_ends_the_run_and_leaves_consolidation_to_the_next(corpus, articles):
    summary = corpus.add(articles, stop=lambda: True)
    assert summary.interrupted and summary.exit_code == 130
    assert summary.added == 1 and corpus.agreements() == []  # stored, not consolidated
    resumed = corpus.add(articles)
    assert (resumed.added, resumed.already_known, resumed.interrupted) == (1, 1, False)
    assert len(_fisheries(corpus)) == 1


def test_corpus_refuses_a_db_that_is_not_a_path():
    from accords.errors import UsageError
    with pytest.raises(UsageError, match="db must be a path"):
        Corpus(3)


def test_a_document_over_the_time_budget_is_rejected_and_the_run_goes_on(corpus, articles,
                                                                         tmp_path):
    # One line of 600 kB of diplomatic sentences: over a minute of work, far over the budget;
    # the budget is still 25 times what a short article takes, so that a loaded machine does
    # not push the short ones over it too (at 0.5 s they were, under the load of CI beside
    # other jobs).
    huge = tmp_path / "huge.txt"
    huge.write_text("Kenya and Ethiopia signed an agreement on trade in Nairobi on Monday. "
                    * 9000, encoding="utf-8")
    summary = corpus.add([huge, articles], time_budget=5.0)
    assert summary.added == 2  # the model's loading is not charged to the first document
    (rejected,) = summary.rejected
    assert (rejected.name, rejected.code) == (str(huge), "E115")
    assert len(_fisheries(corpus)) == 1
