"""Parties in agency copy, on sentences of our own: the dateline credits the report and names
no party or signer; a short wire names each side once; a side told beside a state's lender,
an official whose title the model reads as an organization, and a state named only through
its official are all sides."""
from __future__ import annotations

from accords.annotate.context import WIRE_DATELINE
from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def _countries(text: str) -> list[list[str]]:
    return [sorted(r["countries"]) for r in _records(text)]


def test_a_title_case_place_with_an_agency_or_a_spaced_dash_is_a_dateline() -> None:
    assert WIRE_DATELINE.match("Jakarta (ANTARA) - Indonesia and Fiji signed")
    assert WIRE_DATELINE.match("Rabat - Morocco and Gabon signed")
    assert not WIRE_DATELINE.match("The Ghana - Togo border was closed")
    assert not WIRE_DATELINE.match("Morocco and Gabon - two neighbours - signed")


def test_no_word_of_the_dateline_is_a_signatory() -> None:
    for text in ("Fish pact\nRabat - Morocco and Gabon signed on Tuesday an agreement on "
                 "maritime fisheries cooperation.",
                 "Gas deal\nBAKU, June 5 (AZERTAC) - Azerbaijan and Slovakia signed a memorandum "
                 "of understanding on gas supplies on Tuesday."):
        (rec,) = _records(text)
        assert rec["signatories"] == []


def test_a_short_wire_naming_each_side_once_has_both_as_the_two_sides() -> None:
    text = ("Border pact\nHANOI, May 4, 2023 (VNA) - Vietnamese President Tran Minh Quan held "
            "talks with Lao President Bounmy Chanthavong on Thursday. After the talks, the two "
            "sides signed an agreement on border management.")
    assert _countries(text) == [["LAO", "VNM"]]


def test_a_state_named_before_a_lending_body_is_a_side() -> None:
    text = ("Schools loan\nAMMAN, Apr 5, 2023 (Petra) - Jordan and the Kuwait Fund for Arab "
            "Economic Development signed a loan agreement worth $40 million to build schools "
            "on Wednesday.")
    assert _countries(text) == [["JOR", "KWT"]]


def test_an_organization_in_an_office_title_is_no_firm() -> None:
    text = ("Visa deal\nDOHA, Oct 11, 2023 (QNA) - Qatari Minister of State Khalid al-Nuaimi "
            "signed an agreement on visa exemption on Tuesday. The Malawian side was "
            "represented by Foreign Minister Peter Banda.")
    assert _countries(text) == [["MWI", "QAT"]]


def test_both_countries_includes_a_state_named_only_through_its_official() -> None:
    text = ("Gas deal\nBAKU, June 5, 2023 (AZERTAC) - President Ilham Aliyev received Slovak "
            "Foreign Minister Jan Novak on Monday. Both countries signed a memorandum of "
            "understanding on gas supplies.")
    assert _countries(text) == [["AZE", "SVK"]]


def test_a_government_signing_beside_a_firm_makes_the_deal_a_states() -> None:
    text = ("Dam deal\nACCRA, Jan 10, 2023 (GNA) - Ghana's government and the Chinese firm "
            "Hanlong Hydro signed an agreement on the construction of a hydropower dam on "
            "Tuesday.")
    assert "GHA" in _countries(text)[0]


def test_two_states_named_once_each_in_a_business_story_are_not_its_two_sides() -> None:
    # the tie of two states named once each counts only where the text speaks of two sides
    from accords.annotate.context import build_contexts
    (ctx,) = build_contexts([Document.from_text(
        "a.txt", "Mill deal\nCOPENHAGEN, May 2 - The Danish mill agreed a new tariff after the "
                 "failure of the annual price talks with Swedish suppliers, they said.",
        published="2023-05-02")])
    assert len(ctx.pair) == 1


def test_a_state_naming_only_the_amounts_currency_is_no_side() -> None:
    # Xinhua and wire copy give an amount's currency with a state's name in it.
    for amount in ("a 1-billion-U.S.-dollar", "a 600 mln U.S. dlr", "a 90 mln Swiss franc"):
        text = ("Malawi loan\nLILONGWE, May 3, 2021 (Xinhua) -- Malawi on Monday signed "
                f"{amount} loan agreement with the African Development Bank to build roads.")
        assert _countries(text) == [["IGO:AfDB", "MWI"]], amount
    # a state's adjective that names a side still does
    text = ("Pact\nLILONGWE, May 3, 2021 (Xinhua) -- Malawi on Monday signed a "
            "U.S.-Malawian health agreement.")
    assert _countries(text) == [["MWI", "USA"]]
