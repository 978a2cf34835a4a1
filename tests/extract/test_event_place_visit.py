"""Where a visit was, and to whom (branch evplace24, round-28/29 audits): a visit read as one
to a state takes the one city of that state the article places its news in (GUIDE: the city
as written, the country only if no city is given); a visit's destination is never the
visitor's own state; a gathering told in the past perfect as background is not placed at the
dateline's city. Sentences are invented; 12 May 2026 is a Tuesday."""
from accords.vocab import EventKind


def _visits(ex):
    return [e for e in ex.events if e.kind == EventKind.VISIT]


def test_a_visit_to_a_state_takes_the_city_the_article_places_it_in(extract) -> None:
    ex = extract("ASTANA - Uzbek President Karim Nurov, who is on a two-day state visit to "
                 "Kazakhstan, signed a water-sharing agreement with Kazakh President Aidar "
                 "Serikov in Astana on Tuesday.", published="2026-05-12")
    (v,) = _visits(ex)
    assert v.host_country == "KAZ"
    assert v.place == "Astana"


def test_a_tour_of_two_cities_keeps_the_state(extract) -> None:
    # guard: two cities of the host state, no one place of the visit
    ex = extract("British Prime Minister Tom Hale made a surprise visit to Iraq this week. He met "
                 "Iraqi leaders in Baghdad on Monday and spoke to British troops in Basra on "
                 "Tuesday.", published="2026-05-14")
    assert {v.place for v in _visits(ex)} == {"Iraq"}


def test_a_visit_to_the_visitors_own_state_is_no_visit(extract) -> None:
    # "King X's trip follows several visits to <his own state> by French officials": the king
    # is no visitor of his own state (before, a visit to Bahrain by King Hamad)
    ex = extract("PARIS, May 10, 2026 - King Hamad of Bahrain begins a four-day state visit on "
                 "Tuesday which will focus on trade and investment. King Hamad's trip follows "
                 "several visits to Bahrain by French officials in recent months.")
    assert {(v.host_country, v.visiting_country) for v in _visits(ex)} == {("FRA", "BHR")}


def test_talks_told_in_the_past_perfect_are_not_placed_at_the_dateline(extract) -> None:
    ex = extract("LISBON, March 25, 2026 - Portuguese Prime Minister Ana Costa said Portugal "
                 "would sign the accord with China next month. The fishing issue had been one "
                 "of the points of disagreement in the complex border talks with China.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks
    assert all(e.place is None or not e.place_stated for e in talks)


def test_reported_talks_in_the_past_perfect_keep_the_dateline(extract) -> None:
    # guard: the past perfect under a verb of saying follows the report's tense ("said the
    # talks had been useful"): the news of the day, where the story was filed
    ex = extract("LISBON, March 25, 2026 - Foreign Minister Ana Costa said her talks with "
                 "Chinese Vice Foreign Minister Zhou Nan had been useful.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert [(e.place, e.place_stated) for e in talks] == [("Lisbon", True)]


def test_a_city_named_at_another_time_does_not_place_the_visit(extract) -> None:
    # guard: the city of a signing years before is not where this visit was
    ex = extract("PANAMA CITY, Dec 3, 2018 - Panamanian President Juan Ortiz paid a state "
                 "visit to China in November last year. The joint communique on diplomatic "
                 "ties was signed in Beijing on June 13, 2017.", published="2018-12-03")
    assert {v.place for v in _visits(ex)} == {"China"}


def test_talks_are_where_the_visit_made_for_them_goes(extract) -> None:
    # "X, who is due to visit Japan for talks between May 16-27" beside "will tell U.S.
    # officials at talks later this month": the talks are in Japan
    ex = extract("TOKYO, May 8, 2026 - Japan's Agriculture Ministry will tell U.S. officials at "
                 "talks later this month that liberalisation would harm U.S. farm exports, a "
                 "senior ministry official said. U.S. Agriculture Secretary Tom Hale, who is due "
                 "to visit Japan for talks between May 16-27, has said he will ask Japan to open "
                 "its rice market.")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks
    assert {(e.place, e.place_stated) for e in talks} == {("Japan", True)}
