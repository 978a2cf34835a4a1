"""The relevance gate (which skips sentences and articles that cannot matter) loses nothing:
on the seeds and on articles of our own, gated and ungated runs find the same mentions."""
from __future__ import annotations

from pathlib import Path

import pytest

from accords.pipeline import extract_batch
from accords.records import Document

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "examples").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures").glob("*.txt"))


def _mentions(gate: bool) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    docs = [Document.from_text(p.name, p.read_text(encoding="utf-8")) for p in ARTICLES]
    agreements, events = set(), set()
    for ex in extract_batch(docs, gate=gate):
        agreements |= {(ex.document.name, m.title, m.status.value) for m in ex.agreements}
        events |= {(ex.document.name, e.title) for e in ex.events}
    return agreements, events


@pytest.fixture(scope="module")
def both() -> tuple[tuple[set, set], tuple[set, set]]:  # type: ignore[type-arg]
    return _mentions(True), _mentions(False)


def test_gate_loses_no_agreement(both) -> None:  # type: ignore[no-untyped-def]
    (gated, _), (ungated, _) = both
    assert len(gated) >= 30
    assert gated == ungated


def test_gate_loses_no_event(both) -> None:  # type: ignore[no-untyped-def]
    (_, gated), (_, ungated) = both
    assert gated == ungated


def test_invented_articles_yield_their_instruments() -> None:
    text = (ROOT / "tests" / "fixtures" / "kenya_ethiopia.txt").read_text(encoding="utf-8")
    ex = extract_batch([Document.from_text("ke.txt", text)])[0]
    found = {(m.kind.value, m.status.value, tuple(m.countries)) for m in ex.agreements}
    assert ("agreement", "signed", ("ETH", "KEN")) in found  # border security
    assert ("arrangement", "agreed", ("ETH", "KEN")) in found  # joint commission
    assert ("memorandum", "planned", ("ETH", "KEN")) in found  # electricity MoU
    roadmap = [m for m in ex.agreements if m.kind.value == "roadmap"]
    assert roadmap and roadmap[0].date == "2024-02-10" and roadmap[0].status.value == "signed"
    # The club's sponsorship deal is not a diplomatic agreement.
    assert not any("sponsorship" in m.title.lower() for m in ex.agreements)


def test_exchanged_documents_sign_the_signed_instrument_not_the_planned_one() -> None:
    text = (ROOT / "tests" / "fixtures" / "kenya_ethiopia.txt").read_text(encoding="utf-8")
    ex = extract_batch([Document.from_text("ke.txt", text)])[0]
    signed = [m for m in ex.agreements if "border security" in m.title.lower() and m.signatories]
    assert {s.name for s in signed[0].signatories} == {"Musalia Mudavadi", "Taye Atske Selassie"}
    planned = [m for m in ex.agreements if m.status.value == "planned"]
    assert planned and not planned[0].signatories


def test_host_receiving_a_guest_is_a_visit() -> None:
    text = (ROOT / "tests" / "fixtures" / "kenya_ethiopia.txt").read_text(encoding="utf-8")
    ex = extract_batch([Document.from_text("ke.txt", text)])[0]
    visits = {(e.host_country, e.visiting_country, e.start) for e in ex.events
              if e.kind.value == "visit"}
    assert ("KEN", "ETH", "2024-03-05") in visits  # Ruto hosted Abiy Ahmed in Nairobi
    assert ("ETH", "KEN", "2024-02-10") in visits  # Ruto's visit to Addis Ababa


def test_definite_reference_adds_a_stage_to_the_same_treaty() -> None:
    from accords.consolidate.run import consolidate
    text = (ROOT / "tests" / "fixtures" / "chile_peru.txt").read_text(encoding="utf-8")
    ex = extract_batch([Document.from_text("cl.txt", text)])[0]
    result = consolidate(ex.agreements, ex.events, ex.people)
    assert len(result.agreements) == 1
    treaty = result.agreements[0]
    # "ratified ... on Thursday" in a story filed Friday 2 June: the sentence's weekday, not
    # the dateline's day, dates the ratification.
    assert [(h.status.value, h.date) for h in treaty.history] == [("signed", "2023-01"),
                                                                  ("ratified", "2023-06-01")]
    assert treaty.status.value == "ratified"


def test_a_document_over_the_time_budget_is_rejected_and_the_others_extracted(monkeypatch):
    from accords import pipeline
    from accords.records import Rejected
    real = pipeline.extract_batch

    def slow_on_one(docs, gate=True, models=None):
        if any("SLOW" in d.text for d in docs):
            while True:  # a pathological document: never ends
                pass
        return real(docs, gate, models=models)
    monkeypatch.setattr(pipeline, "extract_batch", slow_on_one)
    texts = ["Kenya and Ethiopia signed a memorandum on fisheries on Monday.",
             "SLOW text that never finishes.",
             "Chile and Peru signed a treaty on aquifers on Tuesday."]
    docs = [Document.from_text(f"{i}.txt", t, path=f"/in/{i}.txt") for i, t in enumerate(texts)]
    out = list(pipeline.extract_within(docs, seconds=0.3))
    assert [type(x).__name__ for x in out] == ["Extraction", "Rejected", "Extraction"]
    rejected = out[1]
    assert isinstance(rejected, Rejected)
    assert (rejected.name, rejected.code) == ("/in/1.txt", "E115")
    assert "time budget of 0.3 s" in rejected.reason


def test_a_document_the_extractor_fails_on_is_rejected_and_the_others_extracted(monkeypatch):
    # A bug met by one document (an exception in a rule) names that document (E116) and the
    # run goes on with the others, in and out of its batch.
    from accords import pipeline
    from accords.records import Rejected
    real = pipeline.extract_batch

    def fails_on_one(docs, gate=True, models=None):
        if any("BROKEN" in d.text for d in docs):
            raise ValueError("Invalid isoformat string: 'XXXX-12-20'")
        return real(docs, gate, models=models)
    monkeypatch.setattr(pipeline, "extract_batch", fails_on_one)
    texts = ["Kenya and Ethiopia signed a memorandum on fisheries on Monday.",
             "BROKEN text a rule cannot handle.",
             "Chile and Peru signed a treaty on aquifers on Tuesday."]
    docs = [Document.from_text(f"{i}.txt", t, path=f"/in/{i}.txt") for i, t in enumerate(texts)]
    out = list(pipeline.extract_within(docs, seconds=None))
    assert [type(x).__name__ for x in out] == ["Extraction", "Rejected", "Extraction"]
    rejected = out[1]
    assert isinstance(rejected, Rejected)
    assert (rejected.name, rejected.code) == ("/in/1.txt", "E116")
    assert "ValueError" in rejected.reason and "please report it" in rejected.reason
    assert [len(x.agreements) for x in out if not isinstance(x, Rejected)] == [1, 1]


def test_a_day_of_unknown_year_joined_to_another_is_no_crash() -> None:
    # "XXXX-12-20" and "XXXX-12-22" (an article of no known year): no date arithmetic on them
    (ex,) = extract_batch([Document.from_text(
        "a.txt", "Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Ama "
        "Lawson will hold talks on December 20 and December 22, officials said.")])
    assert [(e.start, e.end) for e in ex.events] == [("XXXX-12-20", "XXXX-12-22")]


def test_results_do_not_depend_on_order_or_batching() -> None:
    """Each document is a pure function of itself: alone, together, in either order."""
    dateline = ("KASHIKOJIMA, Japan, April 27 - Prime Minister Shinzo Abe met President "
                "Barack Obama here for talks on trade.\n")
    other = ("Leaders met in Kashikojima on Friday, where Kenya and Ethiopia signed a trade "
             "agreement, officials said.\n")
    docs = [Document.from_text("a.txt", dateline), Document.from_text("b.txt", other)]

    def view(exs):  # type: ignore[no-untyped-def]
        return {ex.document.name: ([(m.title, m.status.value, m.date, m.place, m.countries)
                                    for m in ex.agreements],
                                   [(e.title, e.place, e.host_country) for e in ex.events])
                for ex in exs}
    alone = view(extract_batch(docs[1:]) + extract_batch(docs[:1]))
    together = view(extract_batch(docs))
    reversed_ = view(extract_batch(docs[::-1]))
    assert alone == together == reversed_
