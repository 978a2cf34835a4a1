"""An acronym an article defines names what the article says it names: "the Islamic
Development Bank (IDB)" makes every "IDB" of that article the Islamic one, never the
Inter-American bank the gazetteer knows by the same letters; another article is untouched.
Sentences of our own."""
from __future__ import annotations

from accords.pipeline import build_contexts, extract_batch
from accords.records import Document

DEFINED = ("IDB LENDS TO MEMBERS\nJEDDAH, May 4, 1988 - The board of the Islamic Development "
           "Bank (IDB) approved 80 mln dlrs of loans, a statement said. The IDB approved a "
           "12 mln dlrs loan to Senegal for a water project.")
UNDEFINED = "WASHINGTON, May 4, 1988 - The IDB approved a 12 mln dlrs loan to Peru for roads."


def test_places_follow_the_definition_in_that_article_only() -> None:
    defined, undefined = build_contexts([Document.from_text("a.txt", DEFINED),
                                         Document.from_text("b.txt", UNDEFINED)])
    assert {p.code for i in defined.sentences for p in i.places if p.text == "IDB"} == {"IGO:IsDB"}
    assert {p.code for i in undefined.sentences for p in i.places if p.text == "IDB"} == {"IGO:IDB"}


def test_the_lender_is_the_bank_the_article_names() -> None:
    (ex,) = extract_batch([Document.from_text("a.txt", DEFINED)])
    loans = [m for m in ex.agreements if "SEN" in m.countries]
    assert loans and all("IGO:IsDB" in m.countries and "IGO:IDB" not in m.countries
                         for m in loans)
