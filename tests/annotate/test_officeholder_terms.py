"""Officeholders: which term a full name resolves to on a date."""
from accords.annotate.gazetteer import Officeholders, Term


def test_of_two_open_terms_the_one_begun_last_wins() -> None:
    old = Term("Ana Lima", "AAA", "", "2005-01-01", "")  # its end missing from the table
    new = Term("Ana Lima", "BBB", "President", "2011-07-09", "")
    table = Officeholders({"ana lima": (old, new)}, {"lima": (old, new)})
    term = table.resolve("Ana Lima", "2023-03-03")
    assert term is not None and term.country == "BBB"
