"""Parties of organisation-wide instruments (round-20 audit, agparties8), on sentences of our
own: an organization named inside the instrument's name stays a side of the stage a later
reference tells; an OECD instrument takes the member states the article names."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_an_organization_named_in_the_instruments_name_stays_a_side_of_a_reference() -> None:
    # The naming sentence tells no stage; the reference's sentence gives the two ratifying
    # states as sides, and the UN, whose convention it is, is kept with them.
    (rec,) = _records("The new permits will be issued next year, in line with the revised UN "
                      "Convention on Dockworkers' Safety of May 2011. Brazil and Chile have "
                      "already ratified the convention.")
    assert {"IGO:UN", "BRA", "CHL"} <= set(rec["countries"])


def test_an_organization_only_mentioned_beside_the_instrument_is_not_added() -> None:
    # (the UN names no instrument here: it is the venue of a talk, not in the name)
    recs = _records("Officials met at the UN on Monday. Brazil and Chile have already ratified "
                    "the Santiago fisheries convention.")
    assert recs and all("IGO:UN" not in r["countries"] for r in recs)


def test_an_oecd_pact_takes_the_member_states_the_article_names() -> None:
    # (the article's own state, Japan, was a side on main; Canada, named only in the second
    # sentence, joins now that the OECD's members are known)
    (rec,) = _records("PARIS, March 3 - Members of the OECD signed a pact on export credits on "
                      "Monday, the Treasury said. Japan and Canada called the pact a fair deal.")
    assert {"IGO:OECD", "JPN", "CAN"} <= set(rec["countries"])


def test_an_organization_named_by_another_instruments_words_is_not_added() -> None:
    # (the bilateral accord "followed" the club's own agreement: another instrument's side)
    recs = _records("ROME, May 4 - Italy and Peru signed a bilateral accord on Peru's official "
                    "debt on Monday. The bilateral accord followed a multilateral rescheduling "
                    "agreement reached last June with the Paris Club of creditor nations.")
    bilateral = [r for r in recs if "Paris Club" not in r["title"]]
    assert bilateral and all("IGO:ParisClub" not in r["countries"] for r in bilateral)


def test_a_reciprocal_arrangement_with_one_state_named_has_the_storys_state_as_other_side() -> None:
    # (the sentence names only the destination; "reciprocal" says there are two sides, the
    # other is the state the story is about)
    recs = _records(_LANES.format("reciprocal "))
    (rec,) = [r for r in recs if "lane" in r["title"].lower()]
    assert set(rec["countries"]) == {"JPN", "NOR"}


def test_a_one_way_arrangement_keeps_its_one_state() -> None:
    # (no two-way word: the one state the sentence names stays alone)
    recs = _records(_LANES.format(""))
    assert all("NOR" not in r["countries"] for r in recs if "lane" in r["title"].lower())


_LANES = ("OSLO - Norway is well placed to connect to the new channels, said Mr Solberg. "
          "Norway's trusted reputation will help businesses. The country is also rebuilding its "
          "transport and trade links, with Oslo Airport resuming transit flights and {}green "
          "lane arrangements being made for safe travel to Japan and other countries.")
