"""The parties of an instrument from the office-holders who sign it, on sentences of our own:
each signer's state from the nationality of the office, "his <demonym> counterpart", or, for
an office named alone beside a foreign signer, the state the article is told from (its
dateline's city, its national agency)."""
from __future__ import annotations

from accords.annotate.context import build_contexts
from accords.annotate.told_from import told_from_state
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_an_agencys_own_minister_named_by_office_alone_signs_for_its_state() -> None:
    (rec,) = _records(
        "HANOI, April 9 (VNA) - Vietnam and Laos pledged closer ties on Wednesday. "
        "Transport Minister Nguyen Van Thang and Lao Deputy Prime Minister Somphou Douangdy "
        "signed a memorandum of understanding on railway cooperation, the ministry said.")
    assert set(rec["countries"]) == {"VNM", "LAO"}


def test_his_counterpart_with_a_nationality_is_the_other_side() -> None:
    (rec,) = _records(
        "NAIROBI, June 2 - Interior Minister Peter Kamau and his Ugandan counterpart Grace "
        "Akello signed an agreement on border security on Monday.")
    assert set(rec["countries"]) == {"KEN", "UGA"}


def test_a_passive_signed_by_two_ministers_has_both_states() -> None:
    (rec,) = _records(
        "LIMA, May 20 - A memorandum on mining cooperation was signed by Energy Minister Rosa "
        "Quispe and Chilean Mining Minister Tomas Vidal on Tuesday.")
    assert set(rec["countries"]) == {"PER", "CHL"}


def test_the_agency_tells_from_its_state_without_a_city() -> None:
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "ISTANBUL (Anadolu) - The two sides met on Friday.")], gate=False)
    assert told_from_state(ctx) == "TUR"
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "Ministers met on Friday in a hotel by the sea.")], gate=False)
    assert told_from_state(ctx) is None


def test_two_signers_of_one_state_are_no_second_party() -> None:
    # both office-holders at home: no foreign signer, so nothing is added
    recs = _records(
        "NAIROBI, June 2 - Interior Minister Peter Kamau and Finance Minister Jane Wanjiru "
        "signed a plan on police funding on Monday.")
    assert all(set(r["countries"]) <= {"KEN"} for r in recs)


def test_the_day_after_the_passives_agents_is_no_part_of_the_last_one() -> None:
    (rec,) = _records("The accord on fisheries was signed by the ministers of Ghana and Togo "
                      "on Monday.")
    assert set(rec["countries"]) == {"GHA", "TGO"}
