"""One person written with and without the given name when the surname has a particle or two
words ("De Vlieger" / "Hendrik de Vlieger", "Ortega Salcedo" / "Mateo Ortega Salcedo"): one
participant, under the full name (evparts4, round-19 audit: a chair listed twice)."""
from __future__ import annotations

from accords.consolidate.people import PeopleIndex, same_person
from accords.records import Actor


def test_a_surname_with_a_particle_is_the_full_name_cut_short() -> None:
    assert same_person("De Vlieger", "Hendrik de Vlieger")
    assert same_person("Ortega Salcedo", "Mateo Ortega Salcedo")


def test_two_given_names_of_one_surname_stay_two_people() -> None:
    assert not same_person("Hendrik de Vlieger", "Anna de Vlieger")
    assert not same_person("Mateo Ortega Salcedo", "Lucia Ortega Salcedo")
    assert not same_person("Ortega Salcedo", "Mateo Ortega Ruiz")


def test_the_full_name_is_the_canonical_one_however_often_the_short_one_is_used() -> None:
    index = PeopleIndex()
    for name in ("De Vlieger", "De Vlieger", "Hendrik de Vlieger"):
        index.add(Actor(name, None, "person", None))
    assert index.canonical(Actor("De Vlieger", None, "person", None)).name == \
        "Hendrik de Vlieger"


def test_a_state_word_before_the_full_name_does_not_make_the_canonical_name() -> None:
    index = PeopleIndex()
    for name in ("Hendrik de Vlieger", "Hendrik de Vlieger", "Belgian Hendrik de Vlieger"):
        index.add(Actor(name, None, "person", None))
    assert index.canonical(Actor("Belgian Hendrik de Vlieger", None, "person", None)).name == \
        "Hendrik de Vlieger"


def test_a_title_word_before_the_full_name_does_not_make_the_canonical_name() -> None:
    index = PeopleIndex()
    for name in ("Affairs Tomas Ruiz", "Affairs Tomas Ruiz", "Tomas Ruiz"):
        index.add(Actor(name, None, "person", None))
    assert index.canonical(Actor("Tomas Ruiz", None, "person", None)).name == "Tomas Ruiz"


def test_signers_of_long_titles_join_the_talks_by_their_names_only() -> None:
    from accords.consolidate.run import consolidate
    from accords.pipeline import extract_batch
    from accords.records import Document
    text = ("RABAT, May 10 - Morocco and Togo signed four cooperation agreements in Rabat on "
            "Tuesday. The agreements were signed by the Minister of Foreign Affairs, African "
            "Cooperation and Moroccan Expatriates, Nasser Bourita, and the Minister of Foreign "
            "Affairs, Regional Integration and Togolese Abroad, Robert Dussey, at the end of "
            "their talks.")
    ex = extract_batch([Document.from_text("a.txt", text, published="2023-05-10")])
    result = consolidate([m for e in ex for m in e.agreements], [m for e in ex for m in e.events],
                         [p for e in ex for p in e.people])
    names = {p.name for e in result.events for p in e.participants}
    assert {"Nasser Bourita", "Robert Dussey"} <= names
    assert "Regional Integration" not in names
