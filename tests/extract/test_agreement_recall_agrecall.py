"""Instruments told as background whose stage no verb of the clause gives (sentences of our
own): an adjective of the instrument's own, its entry into force named as a noun, a state told
after it without a verb, a contact clause with a pronoun subject, a loan provided or still being
repaid, and a partnership whose relative clause says it was signed."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document

_HEAD = "Officials review ties\nACCRA, March 7, 2023 (GNA) - "


def _records(sentence: str) -> list[dict]:
    (ex,) = extract_batch([Document.from_text("a.txt", _HEAD + sentence)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _history(sentence: str) -> list[tuple[str, str | None]]:
    (rec,) = _records(sentence)
    return [(h["status"], h["date"]) for h in rec["history"]]


def test_an_adjective_of_the_instrument_tells_its_state() -> None:
    assert _history("The minister said the long-suspended accord on the Volta dam between Ghana "
                    "and Togo would be revived.") == [("suspended", None)]
    assert _history("Traders welcomed the recently signed customs pact between Ghana and "
                    "Benin.")[0][0] == "signed"


def test_entry_into_force_named_as_a_noun() -> None:
    assert _history("Ministers of Ghana and Togo welcomed the entry into force of the agreement "
                    "on road transport between Ghana and Togo last month.") == [
        ("in_force", "2023-02")]
    assert [s for s, _ in _history(
        "Ghana and Togo are preparing for the entry into force of the agreement on road "
        "transport between Ghana and Togo.")] == ["agreed"]
    # the noun's stage is its own complement's, not shared with an instrument after it
    (rec,) = [r for r in _records(
        "Ghana and Togo signed a border treaty in 2020. With the entry into force of the treaty, "
        "the Volta Agreement of 1981 between Ghana and Togo ceases to apply.")
        if "Volta" in r["title"]]
    assert [h["status"] for h in rec["history"]] == ["terminated"]


def test_in_force_since_told_without_a_verb() -> None:
    assert _history("The firm said the Ghana-Benin customs agreement, in force since 2015, lets "
                    "it ship parts free of duty.") == [("in_force", "2015")]


def test_a_loan_still_being_repaid_or_provided_in_a_year() -> None:
    assert [s for s, _ in _history(
        "He pointed to an older loan from Togo for the Lome road, which Ghana is still "
        "repaying.")] == ["implemented"]
    # the relative clause is its own antecedent's: the loan denied before it takes nothing
    recs = _records('"This is not a Silk Road loan," he said of an older loan from Togo for the '
                    'Lome road, which Ghana is still repaying.')
    assert [r["title"] for r in recs if "Silk" in r["title"]] == []
    assert _history("Ghana asked Togo to restructure a loan of $300 million provided in "
                    "2019.") == [("signed", "2019")]


def test_a_contact_clause_with_a_pronoun_subject() -> None:
    assert _history("Ghana wants to revise the fisheries accord it concluded with Togo in "
                    "2011.") == [("finalized", "2011")]


def test_a_partnership_signed_in_its_relative_clause() -> None:
    (rec,) = _records("Clinics in Ghana are funded under the Kente Partnership, which was signed "
                      "by Ghana and Togo in 2019.")
    # (clinics funded under it tell it is being applied: implemented, agstatus4)
    assert rec["kind"] == "agreement" and [h["status"] for h in rec["history"]] == [
        "signed", "implemented"]
    assert _records("Clinics are funded under a partnership, which was signed by Nestle and "
                    "Unilever in 2019.") == []
    assert _records("Ghana has a strong partnership with Togo.") == []


def test_a_joint_commission_with_its_field_between_the_words() -> None:
    (rec,) = _records("Ghana and Togo agreed to revive the Ghana-Togo joint economic commission, "
                      "which has not met since 2016.")
    assert rec["kind"] == "arrangement"
    # the since-date starts a state of things; the revival is the news of the day
    assert [(h["status"], h["date"]) for h in rec["history"]] == [("agreed", "2023-03-07")]
    assert _records("The joint parliamentary committee of Ghana met on Monday.") == []


def test_a_firm_that_only_reports_the_instrument_is_no_side() -> None:
    assert _history("The firm said the Ghana-Benin customs agreement, signed in 2015, lets it "
                    "ship parts free of duty.") == [("signed", "2015")]
    assert _records("The company said it signed a supply deal with a Ghanaian trader.") == []
