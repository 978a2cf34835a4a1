"""A time word after an organization's name ("with the EU later this year") is the clause's
adverb: the party is the organization, not "EU later" (pwhole-bbc)."""
from accords.annotate.entities import actor_from_phrase


def test_a_time_word_after_a_name_is_not_part_of_it() -> None:
    assert actor_from_phrase("the EU later", []).country == "IGO:EU"
    assert actor_from_phrase("Nato soon", []).country == "IGO:NATO"
    assert actor_from_phrase("the African Union early next", []).country == "IGO:AU"


def test_a_visa_agreement_with_the_eu_later_this_year_has_two_parties(extract) -> None:
    ex = extract("KIEV, Feb 21, 2005 - Moldova hopes to start negotiations on a visa "
                 "facilitation agreement with the EU later this year.")
    names = sorted(a.name for m in ex.agreements for a in m.parties)
    assert "EU later" not in names
    assert sorted(c for m in ex.agreements for c in m.countries) == ["IGO:EU", "MDA"]


def test_a_time_adverb_after_the_counterpart_is_not_in_the_title(extract) -> None:
    ex = extract("SANTIAGO, March 3, 2005 - Chile hopes to sign a trade deal with the EU early "
                 "next year.")
    assert ex.agreements and all("early" not in m.title for m in ex.agreements)
    ex = extract("KIEV, March 3, 2005 - Georgia plans to sign a transit agreement with Nato soon.")
    assert ex.agreements and all("soon" not in m.title for m in ex.agreements)
