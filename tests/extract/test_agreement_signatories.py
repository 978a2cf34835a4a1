"""Who signed: the people a dropped reference names, and each instrument's own signers."""
from accords.vocab import Status


def _signed(ex):
    return [m for m in ex.agreements if m.status == Status.SIGNED]


def test_signers_told_by_a_later_reference(extract):
    # "The deal was signed by X and Y": the reference is no record of its own, but it tells
    # who signed the pact of the sentence before
    ex = extract("NAIROBI, March 7, 2023 - Kenya and Ethiopia signed a defence pact on Monday. "
                 "The deal was signed by Prime Minister Abiy Ahmed and President William Ruto "
                 "at State House.")
    names = {s.name for m in _signed(ex) for s in m.signatories}
    assert names == {"Abiy Ahmed", "William Ruto"}


def test_signer_on_behalf_of_the_government_in_a_later_sentence(extract):
    ex = extract("NAIROBI, March 7, 2023 - Kenya and Japan signed a loan agreement worth 300 "
                 "million dollars. The loan agreement was signed on behalf of the government by "
                 "Treasury Secretary Amos Wekesa.")
    names = {s.name for m in _signed(ex) for s in m.signatories}
    assert names == {"Amos Wekesa"}


def test_each_instrument_its_own_signers(extract):
    ex = extract("NAIROBI, March 7, 2023 - Kenya and Tanzania signed a trade accord and a "
                 "memorandum of understanding on health. Trade ministers Peter Kamau and Juma "
                 "Salim signed the trade accord, while health ministers Grace Wanjiru and Amina "
                 "Mohamed signed the MoU on health.")
    by_kind = {}
    for m in _signed(ex):
        by_kind.setdefault(m.title.lower(), set()).update(s.name for s in m.signatories)
    trade = next(v for k, v in by_kind.items() if "trade" in k)
    health = next(v for k, v in by_kind.items() if "health" in k)
    assert trade == {"Peter Kamau", "Juma Salim"}
    assert health == {"Grace Wanjiru", "Amina Mohamed"}


def test_signers_after_inked_by(extract):
    ex = extract("NAIROBI, March 7, 2023 - Kenya and Tanzania signed a trade agreement, inked by "
                 "Trade Ministers Peter Kamau and Juma Salim.")
    names = {s.name for m in _signed(ex) for s in m.signatories}
    assert names == {"Peter Kamau", "Juma Salim"}


def test_signers_told_by_the_side_they_signed_for(extract):
    ex = extract("NAIROBI, March 7, 2023 - Kenya and Ethiopia signed an agreement on roads. "
                 "Signing for Kenya was Roads Minister Peter Kamau, while Ethiopian Transport "
                 "Minister Abebe Tesfaye signed for Ethiopia.")
    names = {s.name for m in _signed(ex) for s in m.signatories}
    assert names == {"Peter Kamau", "Abebe Tesfaye"}


def test_whose_visit_is_no_signer(extract):
    ex = extract("KATHMANDU, May 4, 2024 - Nepal and India signed an agreement on power trade. "
                 "The agreement was signed by Energy Secretary Ram Prasad Koirala and Indian "
                 "officials during President Hari Lal Thapa's state visit to India.")
    names = {s.name for m in _signed(ex) for s in m.signatories}
    assert names == {"Ram Prasad Koirala"}


def test_signers_after_where_it_was_signed(extract):
    ex = extract("NAIROBI, March 7, 2023 - Kenya and Ethiopia signed a treaty on friendship. "
                 "The treaty was signed in Addis Ababa by Foreign Minister Peter Kamau and "
                 "Ethiopian Foreign Minister Abebe Tesfaye.")
    names = {s.name for m in _signed(ex) for s in m.signatories}
    assert names == {"Peter Kamau", "Abebe Tesfaye"}
