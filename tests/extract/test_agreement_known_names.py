"""Instruments known by name have their known sides (data/named_instruments.tsv), not the
states a sentence names nearby."""


def _parties(ex, word):
    (a,) = [a for a in ex.agreements if word.lower() in a.title.lower()]
    return sorted(p.country for p in a.parties)


def test_withdrawal_agreement_is_between_the_uk_and_the_eu(extract):
    ex = extract("LONDON - Britain published a bill that would override parts of the Withdrawal "
                 "Agreement it signed with the European Union, angering Ireland.",
                 published="2021-03-02")
    assert _parties(ex, "Withdrawal") == ["GBR", "IGO:EU"]


def test_new_start_is_between_washington_and_moscow(extract):
    ex = extract("BERLIN - Poland warned that the New START treaty, which expires in February, should be "
                 "extended, Czech officials said.", published="2021-01-10")
    assert _parties(ex, "START") == ["RUS", "USA"]


def test_a_nuclear_agreement_of_other_states_keeps_its_own_sides(extract):
    ex = extract("Kenya and Uganda signed a nuclear agreement on Monday.", published="2021-03-02")
    assert _parties(ex, "nuclear") == ["KEN", "UGA"]
