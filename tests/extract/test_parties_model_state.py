"""A state's adjective made into a compound adjective of manner ("an Australian-style
arrangement", "a Swiss-type model") names the model a thing is likened to, not a side: such a
state is not one of the article's pair of sides (round-30 audit, agparties28)."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[set[str]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [set(a.to_dict()["countries"])
            for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_model_state_does_not_fill_the_pair() -> None:
    # (on the base: the free trade agreement "there" between the UK and Australia)
    got = _records("Britain backs an Australian-style arrangement, aides said on Tuesday. "
                   "Britain is negotiating a free trade agreement, but signing a proper free "
                   "trade agreement there is not going to be possible by year-end, officials "
                   "said. Britain wants an Australian-style arrangement.")
    assert got
    assert all("AUS" not in r for r in got)
    assert any("GBR" in r for r in got)


def test_a_model_state_is_not_paired_with_an_organization() -> None:
    # (on the base: a free trade agreement between Australia and the EU)
    got = _records("The prime minister is citing farming as an example of why an "
                   "Australian-style arrangement with the EU would be good. New trade deals "
                   "with the likes of Japan could be good for growth, but signing a proper "
                   "free trade agreement there is not going to be possible by year-end, say "
                   "insiders. Johnson is in favour of an Australian-style arrangement with the "
                   "EU.")
    assert {"AUS", "IGO:EU"} not in got


def test_a_state_named_as_a_side_stays_one() -> None:
    got = _records("Britain signed a free trade agreement with Australia on Tuesday. Officials "
                   "said the agreement would cut tariffs.")
    assert any({"AUS", "GBR"} <= r for r in got)
