"""Parties of agreement records the blind audits found wrong, each on a sentence of our own.
Sixth audit: an officeholder's title given as a party, a counterpart's name running on into its
worth or place. Seventh: the story's own state left out of an instrument "with" one named state,
a state or an organization only mentioned (a venue, a presidency) made a party."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _parties(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p["name"] for p in rec["parties"]}


def test_an_officeholder_who_signs_stands_for_his_state() -> None:
    text = ("ACCRA, May 4 - The fisheries agreement was signed in Accra by Ghana's Fisheries "
            "Minister Kofi Mensah and Togo's Minister of Marine Affairs Yao Agbeko, officials said.")
    (rec,) = [r for r in _records(text, "2022-05-04") if "fisheries" in r["title"].lower()]
    assert _parties(rec) == {"Ghana", "Togo"}


def test_a_counterpart_ends_before_the_place_of_signing() -> None:
    text = ("LUSAKA, May 4 - Zambia's foreign minister, who signed the border treaty with "
            "Malawian Foreign Minister John Banda in Lilongwe in March, arrived on Monday.")
    (rec,) = [r for r in _records(text, "2022-05-04") if "treaty" in r["title"].lower()]
    assert _parties(rec) == {"Zambia", "Malawi"}


def test_a_counterpart_ends_before_the_worth_of_the_instrument() -> None:
    text = ("QUITO, May 4 - Ecuador signed an extended arrangement with the International "
            "Monetary Fund worth about $2 billion on Monday.")
    (rec,) = _records(text, "2022-05-04")
    assert _parties(rec) == {"International Monetary Fund", "Ecuador"}


def test_a_territory_handed_over_is_no_side_its_sovereign_is() -> None:
    text = ("LISBON, March 3 - Portugal's prime minister said Macao would keep its own laws for "
            "fifty years after the handover. Officials of Portugal and Macao initialled an "
            "agreement on the handover on Monday.")
    recs = [r for r in _records(text, "1987-03-03") if "handover" in r["title"].lower()]
    assert recs and all("MAC" not in r["countries"] and "CHN" in r["countries"] for r in recs)


def test_the_story_s_own_state_is_the_other_side_of_a_treaty_with_one_state() -> None:
    text = ("WASHINGTON, May 4 - The United States will review its ties with Latin America. "
            "Officials said the nuclear cooperation treaty with Brazil, which expires in June, "
            "could be extended, a U.S. official said.")
    (rec,) = [r for r in _records(text, "2022-05-04") if "treaty" in r["title"].lower()]
    assert _parties(rec) == {"United States", "Brazil"}


def test_an_organization_named_only_as_the_host_of_the_talks_is_no_side() -> None:
    text = ("LIMA, May 4 - Peru and its bank creditors failed to reach a deal on Monday. The "
            "talks came as the annual meeting of the 30-nation Asian Development Bank (ADB) "
            "closed here. At the same time, the two sides reached a stopgap arrangement on "
            "short-term credit lines, officials said.")
    (rec,) = _records(text, "2022-05-04")
    assert "Asian Development Bank" not in _parties(rec)
    assert "Peru" in _parties(rec)

