"""An instrument known by a name with no instrument noun ("New START", "NAFTA") is an
instrument phrase by itself; a name and a description set in apposition are one instrument.
Sentences invented for these tests."""
from __future__ import annotations

from accords.vocab import Kind


def test_a_known_name_alone_is_an_instrument(extract) -> None:
    ex = extract("MOSCOW, Jan 26 - Russia and the United States agreed on Tuesday to extend "
                 "New START by five years, the Kremlin said.", published="2021-01-26")
    found = [a for a in ex.agreements if "START" in a.title]
    assert found
    assert found[0].kind == Kind.TREATY
    assert set(found[0].countries) == {"RUS", "USA"}


def test_the_name_is_read_as_written(extract) -> None:
    ex = extract("MADRID, Jan 26 - Spain and Portugal called the reform a new start for "
                 "their football leagues, officials said.", published="2021-01-26")
    assert not ex.agreements


def test_a_name_and_its_description_in_apposition_are_one(extract) -> None:
    ex = extract("MOSCOW, Jan 26 - Russia and the United States agreed on Tuesday to extend "
                 "New START, the last remaining nuclear arms control pact between them, by "
                 "five years, the Kremlin said.", published="2021-01-26")
    assert len({a.title for a in ex.agreements}) == 1
