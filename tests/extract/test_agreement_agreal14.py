"""False agreements of the round-28 audit (branch agreal14): an instrument word that modifies a
noun of a body dealing in such instruments ("export credit agencies") names no instrument; lending
or aid that is the object of a clause modifying a noun of a means still sought ("ways to provide
loans", "solutions that would allow lending") is an idea, not an instrument. Guards: a loan a
state grants another stays, and so does a treaty whose ways of checking are discussed.
Invented sentences."""
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="1991-09-12")])
    return ex.agreements


def _candidates(text: str) -> list:
    (proposal,) = propose_batch([Document.from_text("a.txt", text, published="1991-09-12")])
    return proposal.extraction.agreements


def test_an_export_credit_agency_is_no_credit() -> None:
    text = ("LIMA, Sept 12 - Peru hopes that more debt accords with Spain can be signed soon as "
            "this could persuade official export credit agencies to restore cover for exports "
            "to Peru.")
    found = _agreements(text)
    assert not [a for a in found if "credit" in a.title.lower()]
    # the accords the sentence is about are left to the other rules
    assert [a for a in found if "accord" in a.title.lower()]


def test_solutions_that_would_allow_lending_are_an_idea() -> None:
    text = ("WASHINGTON, Sept 12 - The World Bank was studying solutions that would allow "
            "lending to Peru even while its arrears stay unpaid, its president told reporters.")
    cands = [c for c in _candidates(text) if c.source.quote.find("lending") >= 0]
    assert cands and all("generic" in c.missing for c in cands)
    assert not _agreements(text)


def test_a_loan_granted_to_a_state_stays() -> None:
    text = ("LIMA, Sept 12 - Spain granted Peru a 200 mln dlr loan to finance irrigation "
            "works, the Spanish embassy said on Thursday.")
    assert [a for a in _agreements(text) if "PER" in a.countries and "ESP" in a.countries]


def test_ways_to_verify_a_treaty_keep_the_treaty() -> None:
    text = ("GENEVA, Sept 12 - Peru and Chile agreed on ways to verify the border treaty they "
            "signed last year, officials said.")
    assert [a for a in _agreements(text) if "treaty" in a.title.lower()]


def test_an_accord_that_opens_the_way_stays() -> None:
    text = ("CAIRO, Sept 12 - An accord with the IMF would open the way for Cairo to reschedule "
            "its 40 billion dlr debt, bankers said.")
    assert [a for a in _agreements(text) if "accord" in a.title.lower()]


def test_sides_that_agree_on_ways_to_provide_relief_keep_it() -> None:
    # bargaining over a measure between the sides is left to the other rules: only the
    # idea flag is tested here
    text = ("PARIS, Sept 12 - Creditor governments do not agree on ways to provide debt relief "
            "for Peru and Bolivia, a French official said.")
    assert not [c for c in _candidates(text) if "relief" in c.title.lower()
                and "generic" in c.missing]
