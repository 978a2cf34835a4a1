"""An instrument re-described in the same sentence is one instrument; a name keeps the words
of its type ("status of forces") and loses where it was signed; a lender's forgiving a debt
tells debt relief. Sentences invented for these tests."""
from __future__ import annotations

from accords.extract.instruments import find_phrases


def test_appositive_ranking_description_is_no_second_instrument(extract) -> None:
    ex = extract("Chile and Peru signed a maritime cooperation agreement in Lima on Tuesday "
                 "covering joint patrols, the third such regional defence pact since 2019 as "
                 "both navies face Chinese fishing fleets.", published="2021-05-05")
    assert len({a.title for a in ex.agreements}) == 1
    assert all("CHN" not in a.countries for a in ex.agreements)


def test_status_of_forces_is_the_instruments_type() -> None:
    (p,) = find_phrases("Ghana and Togo signed a status of forces agreement on Friday.")
    assert p.modifiers.lower() == "status of forces"


def test_a_capital_told_by_its_country_places_the_signing() -> None:
    (p,) = find_phrases("Mali and Niger signed an accord in Senegal's capital on Friday.")
    assert "capital" not in p.text


def test_forgiving_a_debt_tells_debt_relief(extract) -> None:
    ex = extract("Brazil forgave 80 percent of a $200 million debt owed by Bolivia in 2012, "
                 "the finance ministry in Brasilia said.", published="2014-03-03")
    assert any("relief" in a.title.lower() for a in ex.agreements)
