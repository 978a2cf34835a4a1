"""A state's new debt deal with its creditor banks beside the one it replaces: "an agreement
reached today" is not "the standstill agreement expiring on June 30". Sentences invented for
these tests."""
from __future__ import annotations


def test_an_end_told_after_the_name_makes_the_instrument_old(extract) -> None:
    from accords.naming import instrument_age
    ex = extract("Peru has repaid four pct of its frozen debt under the rescheduling "
                 "agreement expiring on March 31, the finance minister said.",
                 published="1988-02-10")
    assert ex.agreements
    assert {instrument_age(a, own_name=False) for a in ex.agreements} == {"old"}


def test_a_finite_end_in_a_headline_is_news_not_a_predecessor(extract) -> None:
    from accords.naming import instrument_age
    ex = extract("Chile and Peru fishing protocol expires\n\nLIMA, Feb 10 - The "
                 "fishing protocol between Chile and Peru expired on Monday, "
                 "officials said.", published="1988-02-10")
    assert "old" not in {instrument_age(a) for a in ex.agreements if a.headline}


def test_an_indefinite_deal_reached_today_is_not_the_expiring_one(extract) -> None:
    text = ("LIMA, Feb 10 - Peru will repay ten pct of its frozen debt to foreign "
            "creditors over the next four years under an agreement reached today in Lima, the "
            "finance minister said.\n"
            "He said Peru had already repaid four pct of the debt under the rescheduling "
            "agreement expiring on March 31.\n"
            "The new interim debt agreement keeps all interest payments, he said.")
    out = extract(text, published="1988-02-10").agreements
    today = [a for a in out if "reached today" in a.source.quote]
    expiring = [a for a in out if "expiring" in a.source.quote]
    assert today and expiring
    assert today[0].title != expiring[0].title


def test_a_company_debt_deal_with_its_lenders_is_no_record(extract) -> None:
    # (a company's deal with its lenders is not an agreement under the GUIDE, new or old)
    for text in ("CALGARY, March 3 - Northern Timber Ltd said it reached an agreement with its "
                 "lenders on the restructuring of its 2.1 billion dlr debt.",
                 "CALGARY, March 3 - Northern Timber Ltd said its creditor banks approved a new "
                 "debt restructuring agreement today, replacing the one expiring in June."):
        assert not extract(text, published="1987-03-03").agreements
