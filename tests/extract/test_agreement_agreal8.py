"""A stock of lending is a figure, not an instrument (branch agreal8, after agreal7; audit
round 23 "Not real" agreements): a plural lending noun ("lines of credit", "loans") with no word
that tells one set before it and no named lender in its sentence. Guards: an ordinal ("its
first loans"), "any" and a named lender
("from the Asian Development Bank") keep the instrument. Invented sentences."""
from accords.pipeline import extract_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="1987-05-03")])
    return ex.agreements


def test_raised_lines_of_credit_are_a_stock() -> None:
    assert not _agreements(
        "QUITO, May 3 - Ecuador has secured more than 200 mln dlrs in financing for road "
        "projects and has also raised its lines of credit for grain imports, the economy "
        "minister said.\nThe minister said talks with Japan on a further credit would start "
        "next month.")


def test_first_loans_from_a_named_lender_stay() -> None:
    found = _agreements(
        "TOKYO, May 3 - India, which received its first loans from the Asian Development Bank "
        "in 1986, will get about 900 mln dlrs in new lending this year, the bank said.")
    assert any("IGO:ADB" in {p.country for p in a.parties} for a in found)


def test_any_concessional_credits_stay() -> None:
    found = _agreements(
        "PARIS, May 3 - Members of the OECD have pledged not to offer any concessional credits "
        "to Poland for new steel mills, officials said.")
    assert any("POL" in {p.country for p in a.parties} for a in found)

