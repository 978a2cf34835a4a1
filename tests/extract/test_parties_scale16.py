"""Parties the sixteenth blind audit and a read of the full runs found wrong, each on a
sentence of our own: the venue of a signing after "reached by X in <city>" is no party, a
group's members named as "X ministers" after "by" are the group, and a list of states with
"the" before one of its names ("..., the United States and ...") is one list."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _countries(rec: dict) -> set[str]:  # type: ignore[type-arg]
    return {p.get("country") or p["name"] for p in rec["parties"]}


def test_the_venue_after_the_agents_of_a_passive_is_no_party() -> None:
    text = ("OIL OUTPUT TO STAY FLAT\nLONDON, June 29, 2023 (Reuters) - The accord reached by "
            "OPEC ministers in Vienna on Saturday will hold output at 16.6 million barrels a day.")
    recs = _records(text, "2023-06-29")
    assert recs and all(_countries(r) == {"IGO:OPEC"} for r in recs)


def test_the_agents_of_a_passive_keep_their_names_before_the_venue() -> None:
    text = ("BORDER PACT\nLONDON, June 29, 2023 (Reuters) - The border accord signed by Ghana "
            "and Togo in Accra on Monday will open three new crossings.")
    recs = _records(text, "2023-06-29")
    assert recs and _countries(recs[0]) == {"GHA", "TGO"}


def test_a_list_of_states_goes_on_after_the_with_its_article() -> None:
    text = ("CURRENCY PACT\nLONDON, June 29, 2023 (Reuters) - Britain, Canada, France, Japan, "
            "the United States and Germany signed the Paris currency accord on Tuesday.")
    recs = _records(text, "2023-06-29")
    assert recs and _countries(recs[0]) == {"GBR", "CAN", "FRA", "JPN", "USA", "DEU"}


def test_an_apposition_after_a_state_still_begins_no_list() -> None:
    text = ("CUSTOMS PACT\nLONDON, June 29, 2023 (Reuters) - Kenya, the region's largest "
            "economy, signed a customs pact with Uganda on Tuesday.")
    recs = _records(text, "2023-06-29")
    assert recs and _countries(recs[0]) == {"KEN", "UGA"}


def test_the_organization_that_owns_an_instrument_replaces_the_one_the_table_knows() -> None:
    text = ("TEXTILE QUOTAS TO GO\nGENEVA, June 29, 2023 (Reuters) - The World Trade "
            "Organisation (WTO) will end its Multi-Fibre Agreement (MFA) on 31 December.")
    recs = _records(text, "2023-06-29")
    assert recs and _countries(recs[0]) == {"IGO:WTO"}
