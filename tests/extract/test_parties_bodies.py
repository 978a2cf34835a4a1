"""Parties named as a state's bodies or firms, on sentences of our own (pparties2): combining
forms in a pair ("Indo-Pak"), a state's ministry ("Ruritania's finance ministry"), a state's
agency the table knows beside a government, a firm introduced by its state's adjective, and an
organization lending to a state's ministry."""
from __future__ import annotations

from accords.annotate.entities import states_ministries
from accords.annotate.gazetteer import gazetteer
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _parties(text: str) -> list[tuple[str, str, str]]:
    (rec,) = _records(text)
    return sorted((p["name"], p["country"], p["type"]) for p in rec["parties"])


def _codes(text: str) -> list[str]:
    return sorted(p.code for p in gazetteer().find(text))


def test_a_combining_form_names_a_state_only_beside_another_state() -> None:
    assert _codes("the Indo-Nepal trade treaty") == ["IND", "NPL"]
    assert _codes("the Pak-Afghan transit pact") == ["AFG", "PAK"]
    assert _codes("an Indo-Sri Lanka accord") == ["IND", "LKA"]
    assert _codes("the China-Pak corridor") == ["CHN", "PAK"]
    assert _codes("the Indo-Pacific region") == []
    assert _codes("Foreign Minister Pak Ui Chun said") == []


def test_a_ministry_named_by_its_state_is_a_government_body_of_it() -> None:
    assert states_ministries("Ghana's finance ministry") == [("Ministry of Finance (Ghana)", "GHA")]
    assert states_ministries("The Kenyan health ministry and the WHO") == [
        ("Ministry of Health (Kenya)", "KEN")]
    assert states_ministries("The ministries of health of Chad and Niger") == [
        ("Ministry of Health (Chad)", "TCD"), ("Ministry of Health (Niger)", "NER")]
    assert states_ministries("The interior ministries of Peru and Chile signed") == [
        ("Ministry of Interior (Peru)", "PER"), ("Ministry of Interior (Chile)", "CHL")]
    assert states_ministries("Ghana and Togo signed") == []


def test_two_ministries_named_by_their_states_are_the_sides() -> None:
    text = ("Health pact\nLILONGWE, May 9, 2023 (Reuters) - The ministries of health of Malawi "
            "and Zambia signed a memorandum of understanding on health cooperation on Tuesday.")
    assert _parties(text) == [("Ministry of Health (Malawi)", "MWI", "government_body"),
                              ("Ministry of Health (Zambia)", "ZMB", "government_body")]


def test_a_lending_organization_and_a_states_ministry() -> None:
    text = ("Loan signed\nLUSAKA, May 9, 2023 (Reuters) - Zambia's finance ministry signed a loan "
            "agreement with the African Development Bank on Tuesday.")
    assert ("Ministry of Finance (Zambia)", "ZMB", "government_body") in _parties(text)


def test_a_states_known_agency_beside_a_government_is_a_side() -> None:
    text = ("Aid deal\nLOME, May 9, 2023 (Reuters) - USAID and Togo's government signed a health "
            "cooperation agreement worth $40 million on Tuesday.")
    assert _parties(text) == [("Togo", "TGO", "state"),
                              ("United States Agency for International Development", "USA",
                               "government_body")]


def test_a_firm_introduced_by_its_states_adjective_is_a_company_of_that_state() -> None:
    text = ("Mine deal\nBAMAKO, May 9, 2023 (AFP) - The government of Mali and the Canadian company "
            "Northgold signed an agreement on gold mining on Tuesday.")
    assert _parties(text) == [("Mali", "MLI", "state"), ("Northgold", "CAN", "company")]
    text = ("Mine deal\nBAMAKO, May 9, 2023 (AFP) - Mali signed a mining agreement with the French "
            "company Orano on Tuesday.")
    assert _parties(text) == [("Mali", "MLI", "state"), ("Orano", "FRA", "company")]


def test_a_ministrys_spokesman_names_no_ministry_as_a_side() -> None:
    assert states_ministries("Peruvian Foreign Ministry spokesman Ana Rios said the two") == []
    assert states_ministries("Peru's finance ministry's statement said") == []


def test_a_states_agency_after_its_possessive_stands_for_the_state() -> None:
    text = ("Grant deal\nLOME, May 9, 2023 (Reuters) - Togo and Germany's KfW development bank "
            "signed a grant agreement of 15 million euros on Tuesday.")
    assert _parties(text) == [("KfW Development Bank", "DEU", "government_body"),
                              ("Togo", "TGO", "state")]


def test_a_lender_of_states_named_like_a_firm_is_a_side(extract):
    text = ("ATHENS, May 4, 2025 - The European Investment Bank signed a 60 mln euro loan "
            "agreement with Greece for water works.")
    assert [sorted(a.countries) for a in extract(text).agreements] == [["GRC", "IGO:EIB"]]


def test_a_commercial_bank_stays_a_firm(extract):
    text = ("ATHENS, May 4, 2025 - Alpha Trust Bank signed a 60 mln euro loan agreement with "
            "Greece for water works.")
    assert [sorted(a.countries) for a in extract(text).agreements] in ([], [["GRC"]])
