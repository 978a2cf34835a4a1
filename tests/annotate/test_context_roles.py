"""Offices given to a pair of names at once, on a sentence of our own."""
from __future__ import annotations

from accords.annotate.context import build_contexts
from accords.records import Document


def test_the_presidents_of_two_states_and_their_names_pair_in_order() -> None:
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "ACCRA - The presidents of Ghana and Togo, Kwame Asante and Kofi Mensah, "
                 "signed a border treaty in Accra on Thursday.", published="2024-05-02")])
    roles = {name: (p.role, p.country) for name, p in ctx.people.items()}
    assert roles["Kwame Asante"] == ("president", "GHA")
    assert roles["Kofi Mensah"] == ("president", "TGO")


def test_a_title_s_tail_is_no_part_of_a_name() -> None:
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "HANOI - Lao Prime Minister Sone Vilay later called on Communist Party General "
                 "Secretary Nguyen Van An and held talks on trade.", published="2024-01-09")])
    assert "Nguyen Van An" in ctx.people and "Secretary Nguyen Van An" not in ctx.people


def test_a_date_in_a_relative_clause_about_a_person_does_not_date_the_talks() -> None:
    from accords.pipeline import extract_batch
    (ex,) = extract_batch([Document.from_text(
        "a.txt", "HANOI, Jan. 9, 2024 (VNA) -- Sone Vilay, who became Lao prime minister in "
                 "December 2022, held talks with Vietnamese Prime Minister Tran Van Binh on "
                 "Monday.", published="2024-01-09")])
    (talks,) = [e for e in ex.events if e.kind.value == "talks"]
    assert talks.start == "2024-01-08"


def test_an_agency_in_a_wire_dateline_is_no_organization_of_the_sentence() -> None:
    # "ACCRA, March 7 (Reuters) - The Ghana-Togo agreement ... was signed": the credit is not
    # the clause's subject, so the agreement is not read as a company's deal
    from accords.pipeline import extract_batch
    text = ("ACCRA, March 7, 2023 (Reuters) - The Ghana-Togo agreement on road transport was "
            "signed in 2015.")
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2023-03-07")])
    first = next(info for info in ctx.sentences if "Ghana-Togo" in info.sentence.text)
    assert not any("Reuters" in first.sentence.text[a:b] for a, b in first.organizations)
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2023-03-07")])
    assert [sorted(m.countries) for m in ex.agreements] == [["GHA", "TGO"]]
