"""Sides no sentence tells (agparties22, round-27 audit lines 39 and 46): a member of an
instrument's group whose own sentence names none of its states (the article's pair, guessed)
does not fill the representative's missing side (extract/coref._parties); an organization
named only as the owner of a report is no maker of a deal with the state the article is about
(extract/parties._author_only). Sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _countries_of(recs: list[dict], words: str) -> set[str]:  # type: ignore[type-arg]
    return {c for r in recs if any(words in s["quote"] for h in r["history"]
                                   for s in h["sources"]) for c in r["countries"]}


def test_a_guessed_pair_does_not_fill_the_named_side_of_a_deal() -> None:
    # (on main: the reference "a pillar of the truce accord", which names no state, has the
    # article's pair Peru + Canada, and Canada fills the accord's other side)
    text = ("Peru eyes new mining rules\nLIMA, June 3 - Peru's mines ministry wants to loosen "
            "rules on open-pit mining, officials said. Thousands of Peruvian villagers left the "
            "guerrilla ranks under the 2009 truce accord. Keeping rivers clean was a pillar of "
            "the truce accord, critics say. Canada is the largest investor in Peruvian mining, "
            "and Canadian firms hold many licences in Peru. Peru and Canada signed a free trade "
            "agreement in 2008.")
    countries = _countries_of(_records(text), "Peruvian villagers")
    assert "PER" in countries
    assert "CAN" not in countries


def test_an_organization_that_only_owns_a_report_makes_no_deal_with_the_story_state() -> None:
    # (on main: "A WHO report found" makes the WHO alone the side, and the article's state,
    # Pakistan, joins it as the other)
    text = ("Heat warning for Pakistan\nHeat waves will hit Pakistan hardest, scientists said. "
            "A WHO report found that even with nations keeping to the Kyoto Protocol, the "
            "planet would warm by 3C. Pakistan's cities are already among the hottest.")
    countries = _countries_of(_records(text), "WHO report")
    assert "PAK" not in countries


def test_an_organization_that_signs_alone_still_takes_the_story_state() -> None:
    # (guard: the organization is the subject that makes the loan, not a report's owner)
    text = ("Loan for Ghana\nACCRA, May 2 - The World Bank signed a loan agreement on Monday "
            "to fund roads, officials in Ghana said. Ghana will repay it over 30 years.")
    countries = _countries_of(_records(text), "World Bank signed")
    assert "GHA" in countries
