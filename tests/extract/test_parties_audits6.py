"""Parties the eleventh blind audit found wrong, each on a sentence of our own: "Northern
Ireland" is part of the United Kingdom, not Ireland, and a deal made "with Brussels" in an
article about the European Union is the Union's, not Belgium's."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _countries(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p.get("country") or p["name"] for p in rec["parties"]}


def test_brussels_stands_for_the_union_and_northern_ireland_is_no_ireland() -> None:
    text = ("London is ready to rewrite parts of the Northern Ireland trade protocol, ministers "
            "said on Monday.\n\nFarmers in Northern Ireland fear new checks on goods from "
            "Britain. Brussels warned the plan would break the law, and the EU said talks with "
            "Britain must go on. Brussels wants an answer by Friday.\n\nA former minister who "
            "helped negotiate the divorce treaty asked how partners could trust Britain to keep "
            "the agreements it signs.")
    recs = _records(text, "2021-03-02")
    assert recs and all("IRL" not in _countries(r) and "BEL" not in _countries(r) for r in recs)
    treaty = [r for r in recs if "divorce" in r["title"].lower()]
    assert treaty and _countries(treaty[0]) == {"GBR", "IGO:EU"}


def test_all_three_are_the_states_a_sentence_before_listed() -> None:
    text = ("France and Germany argued on Monday over the budget of the European Union.\n\n"
            "Ports in Chile, Peru and Ecuador have been shut to foreign fishing boats since "
            "March.\n\nFrom June each will open its harbours to the others' fleets again. "
            "The new fishing protocol was signed after all three said their stocks had "
            "recovered, officials in Lima said.\n\nFrance wants a bigger share of the budget.")
    recs = [r for r in _records(text, "2021-05-02") if "protocol" in r["title"].lower()]
    assert recs and _countries(recs[0]) == {"CHL", "PER", "ECU"}
