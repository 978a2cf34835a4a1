"""A state's adjective or an organization's name that, by the parse, only modifies a noun of
private people or of a writing ("the Kenyan family's lawyer", "a UN study") tells whose people
or whose writing they are, not a side of the instrument the sentence tells (agparties21);
sentences of our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _countries(text: str) -> list[list[str]]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [sorted(a.to_dict()["countries"])
            for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_a_familys_lawyer_makes_no_state_a_side_of_the_convention() -> None:
    text = ("Court ruling\nLONDON - The High Court ruled on Monday that the killing of a Kenyan "
            "man by British soldiers in Nairobi fell under British law. The Kenyan family's "
            "lawyer argued that the failure to open an inquiry breached the European Convention "
            "on Human Rights.")
    assert all("KEN" not in c for c in _countries(text))


def test_a_study_of_an_organization_makes_it_no_side_of_a_named_accord() -> None:
    text = ("Heat\nGENEVA - A WHO study found that even with nations keeping to the Paris "
            "climate agreement, the planet would warm.")
    assert all("IGO:WHO" not in c for c in _countries(text))


def test_a_bare_instrument_keeps_the_state_of_its_people() -> None:
    # (not a named instrument: "Bolivian farmers ... after the 2016 peace agreement" may be
    # their state's own deal, as before)
    text = ("Drug policy\nLIMA - Peru and Bolivia will cooperate on drugs. Thousands of "
            "Bolivian farmers swapped coca for cocoa after the 2016 peace agreement.")
    assert ["BOL"] in _countries(text)


def test_a_states_minister_or_government_is_still_a_side() -> None:
    text = ("Trade pact\nLIMA - Peruvian Trade Minister Ana Soto signed a trade agreement "
            "with Chile on Wednesday.")
    assert ["CHL", "PER"] in _countries(text)
    text = ("Trade pact\nLIMA - The Peruvian government signed a trade agreement with Chile "
            "on Wednesday.")
    assert ["CHL", "PER"] in _countries(text)
