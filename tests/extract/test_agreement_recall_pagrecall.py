"""Instruments the tool made no record of (pagrecall probes), each on a sentence of our own:
an amendment or revision of a pact told by its verb ("amended their water treaty"), an
organization's leaders endorsing a protocol, and a clause whose subject is a plural pronoun
standing for the two states the sentence before named. Near-misses stay empty."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2022-10-14")])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_amending_a_treaty_is_a_signed_stage_of_it() -> None:
    (rec,) = _records("KAMPALA, Oct 14 (Reuters) - Rwanda and Burundi amended their river "
                      "treaty on Tuesday, the two foreign ministries said.")
    assert rec["status"] == "signed"
    assert {p["country"] for p in rec["parties"]} == {"RWA", "BDI"}


def test_revising_a_dated_border_agreement_is_a_stage_of_it() -> None:
    (rec,) = _records("NAIROBI, Oct 14 (Reuters) - Ethiopia and Djibouti revised their 2016 "
                      "port agreement on Wednesday.")
    assert rec["status"] == "signed"


def test_a_revised_accord_being_negotiated_is_not_signed() -> None:
    # the adjective "revised" is no stage: the talks are
    recs = _records("LIMA, Oct 14 (Reuters) - Peru is negotiating a revised rescheduling "
                    "accord with the Paris Club, officials said.")
    assert all(r["status"] != "signed" for r in recs)


def test_attempting_to_revise_an_accord_is_no_stage() -> None:
    assert not _records("CARACAS, Oct 14 (Reuters) - The minister said attempting to revise "
                        "the rescheduling accord again would hurt the country's credit rating.")


def test_leaders_of_an_organization_endorsing_a_protocol_sign_it() -> None:
    (rec,) = _records("BAMAKO, Oct 14 (Reuters) - ECOWAS leaders endorsed the protocol on "
                      "transit trade with Guinea at their summit.")
    assert rec["status"] == "signed"


def test_they_stands_for_the_two_states_of_the_sentence_before() -> None:
    (rec,) = _records("DOHA, Oct 14 (Reuters) - Leaders of Oman and Jordan met in Muscat on "
                      "Monday. They also signed a maritime security agreement.")
    assert {p["country"] for p in rec["parties"]} == {"OMN", "JOR"}


def test_they_after_a_sentence_of_firms_stays_empty() -> None:
    assert not _records("TOKYO, Oct 14 (Reuters) - Ford and Toyota met in Tokyo on Monday. "
                        "They signed a pact to share battery technology.")


def test_a_deal_good_for_both_and_a_domestic_law_stay_empty() -> None:
    assert not _records("LONDON, Oct 14 (Reuters) - A deal would be good for both sides, the "
                        "minister said. Parliament passed a new law on foreign investment.")


def test_the_sides_named_after_between_in_the_predicate() -> None:
    (rec,) = _records("DAKAR, Oct 14 (Reuters) - The transit accord, signed in Bamako on "
                      "Monday, will cut road tolls between Mali and Senegal.")
    assert {p["country"] for p in rec["parties"]} == {"MLI", "SEN"}


def test_firms_after_between_give_no_sides() -> None:
    assert not _records("DETROIT, Oct 14 (Reuters) - The merger agreement, signed on Monday, "
                        "ends a long rivalry between Ford and Toyota.")
