"""Agreement records whose sides are firms (branch agreal5, audit rounds 5-20: company deals):
a firm named after "with" (a company suffix, the wire's ticker brackets, a noun such as "the
Dutch chemicals concern"), a firm that signs the instrument (also by the short name the article
gives it), and a bare reference to that deal in a sentence that names a state only as a place.
Guards: a state's deal with a state or an organization, even when a firm's name is in the
sentence. Invented sentences."""
from accords.pipeline import extract_batch
from accords.records import Document


def _agreements(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text, published="2021-05-03")])
    return ex.agreements


def test_contract_with_a_firm_named_by_its_suffix_and_ticker() -> None:
    assert not _agreements(
        "Rossi said Fiat hoped to sign a contract with Renault Industries SA <RENA.PA> in the "
        "autumn on a joint venture between the two groups' truck plants in Spain and Portugal.")


def test_contract_signed_last_year_with_a_concern() -> None:
    assert not _agreements(
        "BELGRADE, May 3 - Yugoslavia's top oil and gas producer <Naftagas Novi> has started "
        "to implement a cooperation contract signed last year with the Dutch petrochemical "
        "concern <Akzo Chemie>, the official Tanjug news agency said.")


def test_state_agreement_with_a_firm_is_no_states() -> None:
    assert not _agreements(
        "LUSAKA, May 3 - Zambia extended its oil exploration agreement with the Canadian firm "
        "Inco Ltd <N.TO> for 12 months to allow for further studies of the Luangwa basin, a "
        "government statement said.")


def test_a_firm_signs_an_agreement_under_its_short_name() -> None:
    assert not _agreements(
        "KANTO SIGNS AUSTRALIAN COAL IMPORT AGREEMENT\nOSAKA, June 3 - Kanto Motor Corp "
        "<KANT.T> has signed an\nagreement to buy coal from <Hunter Collieries Pty Ltd> of "
        "Australia\nthrough Sumikin Corp <SUMK.T>, a Kanto spokesman said.")


def test_reference_to_a_firms_deal_names_a_state_only_as_a_place() -> None:
    from accords.pipeline import propose_batch
    text = ("BOSTON, Mass., May 3 - Biotex Inc said it entered into an agreement with <Kyowa "
            "Hakko Kogyo Co Ltd> for the exclusive distribution of its vaccine in Japan. Under "
            "the agreement, Kyowa will carry out clinical trials of the vaccine in Japan and "
            "both companies will share the sales.")
    (prop,) = propose_batch([Document.from_text("a.txt", text)], True, lenient=True)
    under = [m for m in prop.extraction.agreements if m.sentence == 1]
    assert under and all("company" in m.missing for m in under)


def test_state_deal_with_a_state_is_kept_beside_a_firm() -> None:
    found = _agreements(
        "TOKYO, May 3 - Japan signed an agreement with Indonesia on Monday to finance a power "
        "plant to be built by Mitsubishi Heavy Industries Ltd, the Foreign Ministry said.")
    assert any({"IDN", "JPN"} <= set(m.countries) for m in found)


def test_state_firm_signs_a_loan_with_an_organization_is_kept() -> None:
    found = _agreements(
        "WASHINGTON, May 3 - Pertamina Corp signed a 200 mln dlr loan agreement with the World "
        "Bank to rebuild refineries in Indonesia, the bank said.")
    assert any("IGO:WB" in m.countries for m in found)


def test_loan_agreement_with_the_international_finance_corporation_is_kept() -> None:
    found = _agreements(
        "Ghana signed a 50 mln dlr loan agreement with the International Finance Corporation "
        "on Monday to expand its cocoa processing, the finance ministry said.")
    assert found
