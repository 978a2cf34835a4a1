"""The leading industrial nations' currency accords are known by name (data/named_instruments.tsv:
the Louvre/G-6 accord of six, the Plaza accord of five): a later reference has all their sides,
not the one or two states its own sentence names (agmulti22, round-28 audit lines 8 and 13).
Sentences of our own."""


def _parties(ex, word):
    found = [a for a in ex.agreements if word.lower() in a.title.lower()]
    assert found
    return sorted({p.country for a in found for p in a.parties})


def test_a_reference_to_the_louvre_accord_has_its_six_sides(extract):
    # (at the base: DEU + USA, the two states the sentence names)
    ex = extract("ROME - Italy's treasury minister welcomed the renewed pledge by the U.S. and "
                 "West Germany to respect the Louvre accord on currencies.",
                 published="1987-11-02")
    assert _parties(ex, "Louvre") == ["CAN", "DEU", "FRA", "GBR", "JPN", "USA"]


def test_the_g6_pact_is_the_louvre_accord(extract):
    # (at the base: GBR, the only state of the sentence)
    ex = extract("TOKYO - Traders tested the G-6 pact again on Friday as sterling climbed against "
                 "the dollar in London.", published="1987-03-20")
    assert _parties(ex, "G-6") == ["CAN", "DEU", "FRA", "GBR", "JPN", "USA"]


def test_the_plaza_accord_has_the_five(extract):
    ex = extract("SYDNEY - Japanese exporters have struggled since the Plaza accord pushed the yen "
                 "higher against the dollar.", published="1987-05-04")
    assert _parties(ex, "Plaza") == ["DEU", "FRA", "GBR", "JPN", "USA"]


def test_a_louvre_agreement_outside_currencies_keeps_its_own_sides(extract):
    # (guard: the name alone, with no currency in the article, is another instrument)
    ex = extract("PARIS - France and Egypt signed the Louvre agreement on Monday to lend ancient "
                 "statues to a museum in Cairo.", published="2019-03-04")
    assert _parties(ex, "Louvre") == ["EGY", "FRA"]
