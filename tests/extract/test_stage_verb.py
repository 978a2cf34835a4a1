"""A stage verb in an infinitive or after a modal is a stage still to come (extract/stage_verb.py):
"agreed to complete their procedures to sign and ratify", "urged X to ratify", "must be
ratified"; verbs that tell the act happened ("managed to", "voted to", "the first to") keep it."""
from __future__ import annotations

import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2022-09-14")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return [(h["status"], h.get("date")) for r in recs for h in r["history"]]


@pytest.mark.parametrize("text", [
    "OSLO, Sept 14 - Norway and Iceland agreed to speed up their internal procedures to sign "
    "and ratify the whaling convention.",
    "OSLO, Sept 14 - Norway and Iceland pledged to quickly ratify the whaling convention.",
    "OSLO, Sept 14 - Norway and Iceland hope to sign and ratify a whaling convention by "
    "December.",
])
def test_a_signing_or_ratification_in_an_infinitive_is_planned(text: str) -> None:
    assert [s for s, _ in _history(text)] == ["planned"]


def test_a_ratification_asked_of_the_other_side_is_proposed() -> None:
    assert _history("OSLO, Sept 14 - Norway urged Iceland to ratify the whaling convention "
                    "signed in 2017.") == [("signed", "2017"), ("proposed", "2022-09-14")]
    assert [s for s, _ in _history("OSLO, Sept 14 - Norway wants Iceland to approve the "
                                   "whaling convention.")] == ["proposed"]


def test_a_passive_stage_under_a_modal_is_planned() -> None:
    assert [s for s, _ in _history("OSLO, Sept 14 - The whaling convention between Norway and "
                                   "Iceland must be ratified by both parliaments.")] == ["planned"]


@pytest.mark.parametrize(("text", "stage"), [
    ("OSLO, Sept 14 - Norway and Iceland managed to finalise the whaling convention on "
     "Monday.", "finalized"),
    ("OSLO, Sept 14 - Norway's parliament voted on Monday to ratify the whaling convention with "
     "Iceland.", "ratified"),
    ("OSLO, Sept 14 - Norway became the first state to ratify the whaling convention with "
     "Iceland.", "ratified"),
    ("OSLO, Sept 14 - Norway and Iceland signed a whaling convention on Monday to protect "
     "minke stocks.", "signed"),
])
def test_an_act_that_happened_keeps_its_stage(text: str, stage: str) -> None:
    assert [s for s, _ in _history(text)] == [stage]


def test_a_deal_whose_signing_is_still_to_come_was_reached_not_signed() -> None:
    assert _history("OSLO, Sept 14 - Norway and Iceland reached a fisheries accord that will be "
                    "signed next month.") == [("agreed", "2022-09-14")]


def test_an_initialling_keeps_its_stage_before_a_signing_to_come() -> None:
    assert _history("OSLO, Sept 14 - The ministers of Norway and Iceland on Monday initialled a "
                    "fisheries accord which is expected to be signed in October.") == [
        ("finalized", "2022-09-12")]


def test_a_verb_before_an_instrument_that_has_its_own_verb_is_another_nouns() -> None:
    assert _history("OSLO, Sept 14 - Two signing dates had to be scrapped and even now, months "
                    "after the fisheries accord between Norway and Iceland was agreed on June 16, "
                    "trawlermen protest.") == [("agreed", "2022-06-16")]
    assert _history("OSLO, Sept 14 - Officials called off the ceremony after the fisheries "
                    "accord between Norway and Iceland was initialled on Monday.") == [
        ("finalized", "2022-09-12")]


def test_an_instrument_a_verb_before_it_governs_keeps_that_verbs_stage() -> None:
    assert _history("OSLO, Sept 14 - Officials announced that the fisheries accord between Norway and Iceland "
                    "had been signed on Monday.") == [("signed", "2022-09-12")]
    assert [s for s, _ in _history("OSLO, Sept 14 - The ministers discussed how the fisheries "
                                   "accord between Norway and Iceland would work.")] == [
        "negotiating"]


def test_a_verb_before_that_tells_the_same_stage_still_names_whose_it_is() -> None:
    (ex,) = extract_batch([Document.from_text(
        "a.txt", "OSLO, Sept 14 - Washington answered by renewing the compacts: the amended "
                 "compact with Palau was signed in May last year.", published="2022-09-14")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    assert [(r["status"], r["countries"]) for r in recs] == [("signed", ["PLW", "USA"])]


# agstatus2: the form of the instrument's own verb (modality, aspect), pledges, and the verb of
# a neighbour in a list of clauses (round-17 audit classes, invented sentences)

def test_an_instrument_that_could_be_reached_is_under_negotiation() -> None:
    assert [s for s, _ in _history("QUITO, Sept 14 - A fishing deal between Ecuador and Colombia "
                                   "could be reached within the next two weeks, officials "
                                   "said.")] == ["negotiating"]


def test_an_instrument_being_made_is_under_negotiation() -> None:
    assert [s for s, _ in _history("QUITO, Sept 14 - Reciprocal border arrangements between "
                                   "Ecuador and Colombia are being made, the minister "
                                   "said.")] == ["negotiating"]
    assert [s for s, _ in _history("QUITO, Sept 14 - A fishing accord between Ecuador and "
                                   "Colombia is being drawn up, officials said.")] == [
        "negotiating"]


def test_a_pledge_to_implement_is_no_implementation() -> None:
    assert _history("QUITO, Sept 14 - Ecuador and Colombia signed a fishing protocol in 2019. "
                    "Ecuador is fully committed to implementing the fishing protocol with "
                    "Colombia, the minister said on Monday.") == [("signed", "2019"),
                                                                   ("agreed", None)]
    # (an implementation begun or under way stays one)
    assert [s for s, _ in _history("QUITO, Sept 14 - Ecuador began implementing the fishing "
                                   "protocol with Colombia on Monday.")] == ["implemented"]


def test_a_neighbours_verb_in_a_list_of_clauses_is_not_the_instruments() -> None:
    (ex,) = extract_batch([Document.from_text(
        "a.txt", "QUITO, Sept 14 - Fishing accords were reached recently with Peru and Bolivia, "
                 "a border treaty with Colombia seems to be close at hand, and a deal with Chile "
                 "on fishing quotas could be reached in the next two weeks, officials said.",
        published="2022-09-14")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    assert [r["status"] for r in recs if "COL" in r["countries"]] == ["negotiating"]
    assert [r["status"] for r in recs if "CHL" in r["countries"]] == ["negotiating"]


@pytest.mark.parametrize("text", [
    "LIMA, Sept 14 - Peru is also considering fisheries arrangements with other Pacific "
    "countries, such as Chile and Ecuador.",
    "LIMA, Sept 14 - The government of Peru is studying a fisheries pact with Chile.",
])
def test_one_side_weighing_an_instrument_floats_it(text: str) -> None:
    assert {s for s, _ in _history(text)} == {"proposed"}


@pytest.mark.parametrize("text", [
    "LIMA, Sept 14 - Peru and Chile are considering a fisheries pact.",
    "LIMA, Sept 14 - The two countries are considering a fisheries pact, Peru's foreign "
    "minister said after meeting his Chilean counterpart.",
])
def test_both_sides_weighing_an_instrument_are_negotiating(text: str) -> None:
    assert [s for s, _ in _history(text)] == ["negotiating"]
