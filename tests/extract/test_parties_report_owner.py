"""An organization named only as the owner of a report is no maker of a deal with the state the
article is about (extract/parties._author_only; agparties22, round-27 audit line 46). Sentences
of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _countries_of(text: str, words: str) -> set[str]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return {c for r in recs if any(words in s["quote"] for h in r["history"]
                                   for s in h["sources"]) for c in r["countries"]}


def test_an_organization_that_only_owns_a_report_makes_no_deal_with_the_story_state() -> None:
    # (on main: "A WHO report found" makes the WHO alone the side, and the article's state,
    # Pakistan, joins it as the other)
    text = ("Heat warning for Pakistan\nHeat waves will hit Pakistan hardest, scientists said. "
            "A WHO report found that even with nations keeping to the Kyoto Protocol, the "
            "planet would warm by 3C. Pakistan's cities are already among the hottest.")
    assert "PAK" not in _countries_of(text, "WHO report")


def test_an_organization_that_signs_alone_still_takes_the_story_state() -> None:
    # (guard: the organization is the subject that makes the loan, not a report's owner)
    text = ("Loan for Ghana\nACCRA, May 2 - The World Bank signed a loan agreement on Monday "
            "to fund roads, officials in Ghana said. Ghana will repay it over 30 years.")
    assert "GHA" in _countries_of(text, "World Bank signed")
