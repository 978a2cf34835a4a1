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
