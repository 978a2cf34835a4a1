"""Event records that are no diplomatic event (round-19 audit, branch evreal4): "meet" whose
object is a reaction or an aim ("met with fierce opposition", "we have met our aim"), and a
trip to where someone lives ("arrived in Austria, where the king spends much of the year": a
stay, not a visit), a private person's trip named in the possessive ("ensuring Dupont's travel
to Belgium", made the visit of an ambassador named before), a minister with his own state's
trade unions. Each removal gave an event before the change; each guard is a real event of
the same shape. Articles invented."""

import pytest

NOT_EVENTS = [
    # "met with" a reaction: the verb's object is no person
    "BRUSSELS, May 4 - The European Commission's budget chief, Anna Lindqvist, said she met "
    "with fierce opposition from several EC finance ministers to her proposal for a new levy "
    "on imports.",
    "OTTAWA, June 9 - Canada's trade minister Paul Girard said his plan to cut tariffs on "
    "Mexican steel had met with strong objections from some EC government heads.",
    # "met our aim": an aim satisfied
    "QUITO, May 2 - President Rafael Ortiz said in a radio address: \"We have met our aim of "
    "cutting the foreign debt service and will keep it, even though lenders like the IMF ask "
    "for more.\"",
    # a stay where someone lives: the consort's whereabouts, not a visit of a state's
    "BANGKOK - The king restored the titles of his consort, Major-General Anong Srisuk, on "
    "Tuesday. This week, a Bangkok newspaper reported she had arrived in Austria, where the "
    "king spends much of the year.",
    # a private person's trip named in the possessive: not the ambassador's visit
    "KAMPALA - A Belgian businessman, Marc Dupont, was charged last year with fraud. In a "
    "letter, German Ambassador to Uganda Hans Keller said he had been involved in trying to "
    "speed up court proceedings, with the aim of ensuring Dupont's travel to Belgium.",
    # a government with its own trade unions
    "LA PAZ, March 3 - Mining minister, Jorge Salinas, met with Ana Quispe, the secretary "
    "general of the Bolivian Workers' Federation, and Luis Mamani, the tin miners union leader, "
    "at the ministry on Tuesday to end the strike, he said.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_diplomatic_event_is_recorded(extract, text):
    assert [e.title for e in extract(text).events] == []


def test_a_meeting_of_two_states_labour_ministers_is_kept(extract):
    ex = extract("LA PAZ, March 3 - Bolivian Labour Minister Jorge Salinas met with Peruvian "
                 "Labour Minister Rosa Flores in La Paz on Tuesday to discuss the rights of "
                 "migrant workers and the trade unions of both countries.")
    assert [e.kind.value for e in ex.events] == ["meeting"]


def test_met_with_a_person_after_a_reaction_word_is_kept(extract):
    ex = extract("BRUSSELS, May 4 - Despite strong opposition at home, Canadian Foreign Minister "
                 "Paul Girard met with German Foreign Minister Klaus Weber in Brussels on "
                 "Tuesday to discuss the trade dispute.")
    assert [e.kind.value for e in ex.events] == ["meeting"]


def test_a_visit_to_where_the_host_lives_and_works_is_kept(extract):
    ex = extract("OTTAWA, June 9 - Japanese Prime Minister Taro Mori will visit Canada next "
                 "week, where he is to hold talks with Prime Minister Jean Tremblay.")
    assert [e.kind.value for e in ex.events] == ["visit"]


@pytest.mark.parametrize("text", [
    "NAIROBI - Kenya's foreign minister said on Monday that President William Ruto's trip to "
    "China next week would focus on railway loans.",
    "NAIROBI - The talks were arranged during the Kenyan foreign minister Alice Njeri's visit "
    "to Beijing last month, officials said.",
])
def test_an_office_holders_trip_in_the_possessive_is_kept(extract, text):
    assert [e.kind.value for e in extract(text).events] == ["visit"]
