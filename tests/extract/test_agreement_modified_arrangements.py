"""A generic head ("arrangement") told by the subject word before it: "a reciprocal travel
arrangement" between two states is an instrument; a company's "marketing arrangement" is not.
Sentences invented for these tests."""
from __future__ import annotations

from accords.vocab import Status


def test_a_travel_arrangement_between_two_states_is_an_instrument(extract) -> None:
    ex = extract("NAIROBI, March 3 - Kenya and Uganda are negotiating a reciprocal travel "
                 "arrangement that would let citizens cross the border without quarantine, "
                 "officials said on Tuesday.", published="2021-03-03")
    found = [a for a in ex.agreements if "arrangement" in a.title.lower()]
    assert found
    assert set(found[0].countries) == {"KEN", "UGA"}
    assert found[0].status == Status.NEGOTIATING


def test_a_company_arrangement_is_no_instrument(extract) -> None:
    ex = extract("OSLO, March 3 - Nordvik Shipping and Baltic Freight Ltd have reached a "
                 "marketing arrangement covering their container services, the companies said.",
                 published="2021-03-03")
    assert not ex.agreements


def test_agreeing_to_speed_up_discussions_is_negotiating(extract) -> None:
    ex = extract("LIMA, March 3 - Peru and Chile have agreed to speed up discussions to set up "
                 "essential business travel through a reciprocal green lane arrangement, with "
                 "health safeguards, between the two countries, the ministry said.",
                 published="2021-03-03")
    found = [a for a in ex.agreements if {"PER", "CHL"} <= set(a.countries)]
    assert found and {a.status for a in found} == {Status.NEGOTIATING}


def test_like_arrangements_with_other_states_are_their_own(extract) -> None:
    # one mention per counterpart; coreference does not fold them into the first one
    text = ("LIMA, March 3 - Peru and Chile have agreed to speed up discussions to set up "
            "essential business travel through a reciprocal green lane arrangement, with "
            "health safeguards, between the two countries, the ministry said.\n"
            "Peru is also considering reciprocal green lane arrangements with other "
            "neighbours, such as Bolivia and Ecuador.")
    out = extract(text, published="2021-03-03").agreements
    pairs = {frozenset(a.countries) for a in out}
    assert frozenset({"PER", "CHL"}) in pairs
    assert frozenset({"PER", "BOL"}) in pairs
    assert frozenset({"PER", "ECU"}) in pairs


def test_a_state_still_negotiating_after_a_list_of_bank_deals_has_its_own(extract) -> None:
    ex = extract("CARACAS, March 3 - Colombia, Peru and Ecuador have all reached agreement with "
                 "commercial banks on debt rescheduling and Bolivia was in the midst of "
                 "negotiations, bankers said.", published="1987-03-03")
    by_state = {tuple(a.countries): a.status for a in ex.agreements}
    assert by_state.get(("COL",)) == Status.AGREED
    assert by_state.get(("BOL",)) == Status.NEGOTIATING


def test_one_accord_signed_by_three_states_stays_one(extract) -> None:
    ex = extract("PARIS, March 3 - Japan, Britain and France signed the accord on nuclear "
                 "safety and Italy was in the midst of talks on joining it, officials said.",
                 published="1987-03-03")
    # (no per-state split without creditor banks: one multilateral accord, no Italian one)
    assert len({a.title for a in ex.agreements}) <= 1
    assert not any(a.countries == ["ITA"] for a in ex.agreements)
