"""A budget rebate won from an organization is an arrangement with no instrument noun; the
export rebates and price rebates of commodity and shop news are none. A reduced relative
("secured by ...") tells the stage. Sentences invented for these tests."""
from __future__ import annotations

from accords.extract.cues import cues
from accords.extract.instruments import find_phrases


def test_a_budget_rebate_from_an_organization_is_an_arrangement(extract) -> None:
    ex = extract("Denmark's EU budget rebate is not up for renegotiation at the summit in "
                 "Brussels next month, the Danish finance minister said on Tuesday.",
                 published="2011-05-10")
    rebates = [a for a in ex.agreements if "rebate" in a.title.lower()]
    assert rebates and {"DNK", "IGO:EU"} <= set(rebates[0].countries)


def test_commodity_and_shop_rebates_are_no_instruments() -> None:
    for sentence in ("The Commission granted licences for 3,000 tonnes of barley at a maximum "
                     "export rebate of 98.50 Ecus per tonne, traders said.",
                     "Dealers put the rebate at around 41.20 Ecus per 100 kilos.",
                     "The carmaker offered a 600 dlr cash rebate to buyers of its vans."):
        assert not any(p.head.lower().startswith("rebate") for p in find_phrases(sentence))


def test_a_reduced_relative_tells_the_stage() -> None:
    after = ", secured by the prime minister in 1992, is worth two billion"
    assert any(p.search(after) and str(s.value) == "agreed" for s, p in cues().status_after)


def test_an_organizations_budget_for_a_span_of_years_is_negotiated() -> None:
    (p,) = find_phrases("Finance ministers opened a long negotiation on the EU's budget for "
                        "2028-34 in Luxembourg on Monday.")
    assert "budget" in p.head


def test_an_organizations_yearly_budget_is_no_instrument() -> None:
    assert not find_phrases("Farm spending absorbs two thirds of the EC budget, and the EC "
                            "budget deficit will pass five billion Ecus this year.")


def test_the_lack_of_an_accord_is_still_under_negotiation(extract) -> None:
    ex = extract("Kenya's trade minister said the lack of an accord on tea export quotas "
                 "between Kenya and Sri Lanka was depressing prices.", published="1988-02-02")
    quotas = [a for a in ex.agreements if "quota" in a.title.lower()]
    assert quotas and str(quotas[0].status.value) == "negotiating"
