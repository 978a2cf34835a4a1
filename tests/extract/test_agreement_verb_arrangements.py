"""Arrangements told by a verb and its object, with no instrument noun ("agreed to set up a
joint water commission and to reopen the border post"): one record per conjoined arrangement,
a title from the verb's object, the stage from the governing "agreed"; vague intentions
("agreed to strengthen ties") stay out. Sentences invented for these tests."""
from __future__ import annotations

from accords.extract.instruments import find_phrases


def _titles(ex) -> list[str]:
    return sorted(a.title for a in ex.agreements)


def test_two_conjoined_infinitives_are_two_arrangements(extract) -> None:
    ex = extract("Malawi and Zambia agreed to set up a joint fisheries commission and to "
                 "reopen the border post at Mchinji, officials said on Friday.",
                 published="2024-02-09")
    titles = _titles(ex)
    assert any(t.startswith("Joint fisheries commission") for t in titles)
    assert any(t.startswith("Border post at Mchinji") for t in titles)
    assert not any(" and to " in t for t in titles)  # the second is not in the first's title
    assert all(str(a.status.value) == "agreed" for a in ex.agreements)


def test_a_conjoined_clause_that_is_no_arrangement_stays_out_of_the_title(extract) -> None:
    ex = extract("Chile and Peru decided to create a free trade zone and to hold a meeting of "
                 "their ministers next month.", published="2022-06-01")
    assert _titles(ex) and all("meeting" not in t for t in _titles(ex))


def test_a_second_infinitive_far_from_its_agreed_is_agreed() -> None:
    phrases = find_phrases("Niger and Chad agreed to reopen their long shared border and to set "
                           "up joint patrols along it.")
    patrols = [p for p in phrases if "patrols" in p.head]
    assert patrols and str(patrols[0].status.value) == "agreed"


def test_funds_flights_task_forces_and_crossings_are_agreed_mechanisms() -> None:
    for sentence, word in (
            ("The two governments decided to establish a joint investment fund.", "fund"),
            ("Laos and Thailand agreed to resume direct flights between their capitals.",
             "flights"),
            ("Peru and Ecuador agreed to launch a joint task force on smuggling.", "task force"),
            ("Guinea and Liberia agreed to open two new border crossings.", "border crossings")):
        assert any(word in p.head for p in find_phrases(sentence)), sentence


def test_money_pools_particles_and_vague_intentions_are_no_arrangements() -> None:
    for sentence in ("The plan is to create a pool of funds in the company.",
                     "Testing will also open up flights to key markets such as Canada.",
                     "The two leaders agreed to strengthen ties in trade and security.",
                     "Both sides vowed to deepen cooperation in energy."):
        assert not find_phrases(sentence), sentence


def test_a_border_post_is_no_postal_matter(extract) -> None:
    ex = extract("Malawi and Zambia agreed to reopen the border post at Mchinji.",
                 published="2024-02-09")
    assert ex.agreements and all("postal" not in a.topics for a in ex.agreements)
