"""An office written in an apposition after a person's name, its owner told first (branch
evparts20, round-26 audit: "talks between ... minister X and Y, the European Commission
Vice-President" were dropped as domestic because Y had no office and no state): the person
takes the office and the state or organization it names ("X, Japan's foreign minister," /
"X, the Polish Deputy Prime Minister," / "X, the EU trade commissioner,"). Near misses: an
apposition with no owner, one that goes on past the office, a title before the name kept."""
from accords.annotate.entities import find_people
from accords.annotate.gazetteer import gazetteer


def _people(text: str, *names: str) -> dict[str, tuple[str | None, str | None]]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {p.name: (p.role, p.country)
            for p in find_people(text, 0, gazetteer().find(text), spans, None)}


def test_a_states_possessive_office_after_the_name() -> None:
    assert _people("Talks were held with Kenji Moriyama, Japan's foreign minister, on Monday.",
                   "Kenji Moriyama")["Kenji Moriyama"] == ("foreign minister", "JPN")


def test_a_demonym_office_after_the_name() -> None:
    assert _people("She met Jana Wrobel, the Polish Deputy Prime Minister, in Riga.",
                   "Jana Wrobel")["Jana Wrobel"] == ("Deputy Prime Minister", "POL")


def test_an_organizations_institution_office_after_the_name() -> None:
    text = "Talks between minister Tom Harker and Lukas Brenner, the European Commission " \
           "Vice-President, ended."
    assert _people(text, "Tom Harker", "Lukas Brenner")["Lukas Brenner"] == (
        "Vice-President", "IGO:EU")


def test_an_organizations_office_after_the_name() -> None:
    assert _people("He met Ulla Brandt, the EU trade commissioner, in Oslo.",
                   "Ulla Brandt")["Ulla Brandt"] == ("trade commissioner", "IGO:EU")


def test_an_apposition_without_an_owner_gives_nothing() -> None:
    assert _people("He met Ulla Brandt, the chief executive of Nordfisk, on Friday.",
                   "Ulla Brandt")["Ulla Brandt"] == (None, None)


def test_an_apposition_that_goes_on_past_the_office_gives_nothing() -> None:
    assert _people("He met Ulla Brandt, the French minister's daughter, on Friday.",
                   "Ulla Brandt")["Ulla Brandt"] == (None, None)


def test_a_title_before_the_name_is_kept() -> None:
    assert _people("Trade Minister Ulla Brandt, Japan's chief negotiator, spoke.",
                   "Ulla Brandt")["Ulla Brandt"][0] == "Trade Minister"
