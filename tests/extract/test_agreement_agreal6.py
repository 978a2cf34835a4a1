"""Agreement records with no state or IGO side (branch agreal6, audit round 21: company and
private deals): a loan whose borrower is a firm, an instrument word inside a firm's name, and a
bare reference to a firm's loan from a bank syndicate whose sentence names states only as the
banks' names, branches or nationality. Guards: a state's loan from its creditor banks, a loan
from an organization of states to a state firm. Invented sentences."""
from accords.pipeline import extract_batch, propose_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-03")])
    return ex.agreements


def test_syndicated_loan_to_a_power_company() -> None:
    assert not _agreements(
        "LISBON, May 3 - Foreign banking sources said they considered likely a fresh "
        "postponement of a 12 billion escudo Citibank <CCI.N> led syndicated loan to power "
        "company <Electrica do Norte S.A.> (Elnor) of Portugal.")


def test_loan_for_a_firm_in_ticker_brackets() -> None:
    assert not _agreements(
        "SINGAPORE, May 3 - The proposed 200 mln U.S. Dlr syndicated loan for <Malay "
        "Tin Smelting Co Ltd> of Malaysia has been raised to 250 mln dlrs, lead manager "
        "Fuji Asia Ltd said.")


def test_instrument_word_inside_a_firms_name() -> None:
    assert not _agreements(
        "NEW YORK, May 3 - The U.S. unit of Daiwa Securities Co Ltd of Japan, acting as sole "
        "underwriter, won in competitive bidding 200 mln dlrs of notes of Chrysler Credit Corp, "
        "a subsidiary of Chrysler Corp <C>.")


def test_reference_to_a_firms_syndicated_loan_names_banks_states() -> None:
    text = ("NEW DELHI, May 3 - India's state-owned Steel Authority Corp said it has signed an "
            "agreement to borrow 120 mln marks at a fixed interest of six pct.\n"
            "The agreement signed last Friday in Singapore with a syndicate of six Indian and "
            "foreign banks including Bank of Baroda (London) and Chartered Bank Plc (Singapore) "
            "sets the repayment period at ten years, an official said.")
    (prop,) = propose_batch([Document.from_text("a.txt", text)], True, lenient=True)
    second = [m for m in prop.extraction.agreements if m.sentence == 1]
    assert second and all("company" in m.missing for m in second)
    assert not _agreements(text)


def test_state_loan_package_with_creditor_banks_stays() -> None:
    found = _agreements(
        "LIMA, May 3 - Peru on Friday signed a 2.1 billion dlr loan package with a syndicate "
        "of its creditor banks including Bank of America, the finance ministry said.")
    assert any("PER" in m.countries for m in found)


def test_world_bank_loan_to_a_state_firm_stays() -> None:
    found = _agreements(
        "WASHINGTON, May 3 - The World Bank said it approved a 150 mln dlr loan to the "
        "state-owned power company of Kenya to expand its grid.")
    assert any("IGO:WB" in m.countries for m in found)


_SUM_BROKEN_DOWN = (
    "WASHINGTON, May 3 - The World Bank said it has approved three loans to Kenya totalling "
    "410 mln dlrs, for two road projects and one for irrigation.\n"
    "One road project will be financed by a 210 mln dlr loan, the bank said.\n"
    "The other road project, financed by a 150 mln dlr loan, will link Nairobi to the coast.\n"
    "The irrigation project is supported by a bank loan of 50 mln dlrs.")


def test_a_sum_of_loans_the_article_breaks_down_is_its_loans() -> None:
    found = _agreements(_SUM_BROKEN_DOWN)
    assert not any("totalling" in m.title for m in found)
    loans = [m for m in found if {"IGO:WB", "KEN"} <= set(m.countries)]
    assert {m.sentence for m in loans} == {1, 2, 3}


def test_a_sum_of_loans_not_broken_down_stays_one_record() -> None:
    found = _agreements(
        "MANILA, May 3 - The Asian Development Bank in 2020 approved two loans to Nepal "
        "totalling 180 mln dlrs, an official said.")
    assert any({"IGO:ADB", "NPL"} <= set(m.countries) for m in found)


def test_agreement_between_the_two_companies_is_a_firms_deal() -> None:
    text = ("NEW YORK, May 3 - Lehman Brothers Inc said the agreement between the two "
            "companies calls for a joint venture in Tokyo, subject to approval by Japan's "
            "finance ministry.")
    (prop,) = propose_batch([Document.from_text("a.txt", text)], True, lenient=True)
    found = prop.extraction.agreements
    assert found and all("company" in m.missing for m in found)
