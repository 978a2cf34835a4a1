"""Records that full runs made of things no state agreed (blind audit round 5), each on a
sentence of our own: the article's two states given to an instrument its sentence never ties
to a state, and the like."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str, published: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text, published=published)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


_TWO_STATES = ("QUITO, May 4 - Ecuador and Peru reopened their border on Monday. Ecuador's "
               "president said Peru and Ecuador would keep testing travellers. ")


def test_an_instrument_in_a_sentence_that_speaks_of_no_state_is_not_the_articles_pair() -> None:
    text = _TWO_STATES + ("I either signed the agreement on health cooperation or I left the "
                          "house the next day, she says.")
    assert not any("health" in r["title"].lower() for r in _records(text, "2021-05-04"))


def test_an_instrument_with_a_word_of_government_is_still_the_pair() -> None:
    text = _TWO_STATES + "Officials also signed an agreement on health cooperation on Monday."
    (rec,) = [r for r in _records(text, "2021-05-04") if "health" in r["title"].lower()]
    assert set(rec["countries"]) == {"ECU", "PER"}


def test_a_state_that_backs_a_deal_is_no_party_the_counterpart_after_struck_with_is() -> None:
    text = ("CAIRO, June 3 (AFP) - Egypt is in quiet talks with several states on trade, besides "
            "its US-backed deal struck with Sudan, the minister said on Sunday.")
    recs = [r for r in _records(text, "2021-06-03") if "deal" in r["title"].lower()]
    assert recs and all(set(r["countries"]) == {"EGY", "SDN"} for r in recs)


def test_a_declaration_that_a_person_is_wrong_is_a_statement() -> None:
    text = ("WASHINGTON, Sept 9 - The book says the United States and China clashed over trade. "
            "China denied the claims, and the United States said China lied. The writer "
            'concludes his book with a declaration that "the president is the wrong man for '
            'the job."')
    assert _records(text, "2021-09-09") == []


def test_a_military_communique_is_a_bulletin() -> None:
    text = ("BAGHDAD, March 2 - Iraq said Iran attacked. Iran and Iraq traded fire on Monday. "
            "The third Army Command communique issued during the day said the Iranians launched an "
            "overnight assault on the fronts of two Iraqi divisions.")
    assert _records(text, "1987-03-02") == []


def test_loans_to_a_states_own_producers_are_aid_at_home_even_to_reschedule() -> None:
    text = ("LISBON, Feb 3 - Portugal will help its olive growers. Most of the money will be "
            "offered as cheap loans to struggling producers to let them reschedule their debts.")
    assert _records(text, "2005-02-03") == []


def test_one_states_action_plan_is_a_plan_at_home() -> None:
    text = ("Greece to get economic action plan\n\nGreece's prime minister is to present an "
            "economic action plan to business leaders and unions on Monday.")
    assert _records(text) == []


def test_a_named_deal_of_no_state_among_words_of_home_politics_is_domestic() -> None:
    text = ("The four unions worked for a year to hammer out a 40-point deal with the ruling "
            "party's leaders over wages and pensions - the Harbour Agreement.")
    assert _records(text, "2005-02-03") == []


def test_a_committee_of_importers_is_a_body_of_firms() -> None:
    text = ("TAIPEI, June 3 - Chilean sellers have agreed to ship Taiwan 20,000 tonnes of corn, "
            "a spokesman for the joint committee of Taiwan's corn importers said.")
    assert _records(text, "1987-06-03") == []
