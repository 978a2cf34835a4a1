"""Stages of an instrument told beside each other (pstages2), each on a sentence of our own:
an earlier dated stage in the instrument's own clause beside the verb before it, a quarter as
the date of a stage, and a denied later stage that leaves an undated signature."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _history(text: str) -> list[tuple[str, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    (rec,) = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    return sorted((h["status"], h.get("date")) for h in rec["history"])


def test_implementing_a_deal_signed_in_a_year_keeps_both_stages() -> None:
    assert _history("Pakistan, Turkey implement pact\nISLAMABAD, March 3, 2023 (APP) - Pakistan "
                    "and Turkey are implementing the trade agreement signed in 2021.") == [
        ("implemented", "2023-03-03"), ("signed", "2021")]


def test_ratifying_a_pact_whose_participle_the_phrase_took_keeps_the_signature() -> None:
    assert _history("Senate ratifies pact\nMANILA, April 4, 2023 (PNA) - The Philippine Senate "
                    "on Monday ratified the visiting forces agreement with Australia signed in "
                    "2019.") == [("ratified", "2023-04-03"), ("signed", "2019")]


def test_suspending_pacts_signed_in_a_year_keeps_the_signature() -> None:
    assert _history("Niger suspends pacts\nNIAMEY, August 4, 2023 (AFP) - Niger's junta on "
                    "Thursday suspended the military agreements signed with France in 2012.") \
        == [("signed", "2012"), ("suspended", "2023-08-03")]


def test_a_stage_in_a_quarter_is_dated_by_its_year() -> None:
    assert _history("Kenya, EU pact\nNAIROBI, Jan 5, 2023 (KNA) - Kenya and the EU signed an "
                    "economic partnership agreement in the second quarter of 2022.") == [
        ("signed", "2022")]


def test_failing_to_ratify_on_a_day_leaves_an_undated_signature() -> None:
    assert _history("Parliament fails to ratify pact\nSOFIA, March 3, 2023 (BTA) - Bulgaria's "
                    "parliament failed to ratify the defence cooperation agreement with the "
                    "United States on Thursday.") == [("signed", None)]


def test_never_ratified_keeps_the_date_of_its_own_signing_clause() -> None:
    assert _history("Accord never ratified\nROME, Jan 9, 2023 (ANSA) - The migration accord "
                    "Italy signed with Libya in 2017 was never ratified by parliament.") == [
        ("signed", "2017")]


def _records(text: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_announcing_a_state_would_withdraw_from_a_deal_ends_it() -> None:
    assert _history("Leader quits deal\nWASHINGTON, May 8, 2018 (AP) - The president announced on "
                    "Tuesday that Canada would withdraw from the trade agreement with Norway.") == [
        ("terminated", "2018-05-08")]


def test_exiting_an_accord_ends_it() -> None:
    assert _history("Exit\nOTTAWA, Nov 5, 2020 (CP) - Chile formally exited the trade agreement "
                    "with Peru on Wednesday.") == [("terminated", "2020-11-04")]


def test_a_threat_to_withdraw_or_scrap_is_no_ending() -> None:
    for verb in ("threatened to withdraw from", "threatened to scrap", "is threatening to quit"):
        recs = _records(f"Threat\nANKARA, July 2, 2023 (AA) - Turkey {verb} the migration "
                        "agreement with Greece on Friday.")
        assert all(r["status"] != "terminated" for r in recs), verb


def test_joining_or_acceding_to_a_convention_binds_the_state() -> None:
    for verb in ("joined", "acceded to", "became a party to"):
        assert _history(f"Accession\nADDIS ABABA, March 3, 2023 (ENA) - Ethiopia {verb} the "
                        "Convention on the Rights of Persons with Disabilities on Thursday.") \
            == [("ratified", "2023-03-02")], verb


def test_a_participle_of_its_stage_is_no_part_of_the_instruments_name() -> None:
    # "a similar arrangement with Fiji signed in 2022": the participle starts its own clause;
    # the instrument that already exists is in force, dated by that clause
    from accords.consolidate.run import consolidate
    from accords.pipeline import extract_batch
    from accords.records import Document
    (ex,) = extract_batch([Document.from_text(
        "a.txt", "Pact\nSUVA, May 2, 2024 (AFP) - New Zealand signed a status of forces agreement "
                 "with Fiji on Monday. Analysts say Australia, which already has a similar "
                 "arrangement with Fiji signed in 2022, is watching closely.",
        published="2024-05-02")])
    recs = [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]
    aus = next(r for r in recs if "AUS" in r["countries"])
    assert "signed" not in aus["title"] and aus["status"] == "in_force"
    assert [h["date"] for h in aus["history"]] == ["2022"]
