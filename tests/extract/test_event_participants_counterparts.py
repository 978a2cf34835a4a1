"""Event participants (development audit after round 11): the counterpart of a meeting kept, a
person of another clause not taken for the visitor, a company not taken for a person. Sentences
of our own."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_given_name_that_is_also_a_town_is_not_part_of_the_title() -> None:
    from accords.annotate.entities import find_people
    from accords.annotate.gazetteer import gazetteer
    text = "British Chancellor of the Exchequer Nigel Hartley told journalists the plan would work."
    (p,) = find_people(text, 0, gazetteer().find(text), [], "1990-05-02")
    assert p.name == "Nigel Hartley" and p.role == "Chancellor of the Exchequer"


def test_the_counterpart_after_a_long_title_is_kept(extract) -> None:
    ex = extract("PARIS, May 2 - Italian Finance Minister Carlo Verdi discussed public spending in "
                 "talks here today with British Chancellor of the Exchequer Nigel Hartley, a "
                 "spokesman said.", published="1990-05-02")
    assert any(_names(e) == {"Carlo Verdi", "Nigel Hartley"} for e in ex.events)


def test_her_visit_is_the_visit_of_the_one_the_sentence_opens_with(extract) -> None:
    ex = extract("ROME, May 3 - A storm hit the coast hours after British Prime Minister Helen Morrison "
                 "left the city.\n"
                 "Morrison left Rome yesterday after talks with Italian President Paolo Greco ahead "
                 "of her visit to Warsaw next week.", published="1990-05-03")
    visits = [e for e in ex.events if e.kind == EventKind.VISIT]
    assert visits and _names(visits[0]) == {"Helen Morrison"}


def test_she_who_came_from_talks_with_someone_took_part_in_them(extract) -> None:
    ex = extract("ROME, May 3 - British Prime Minister Helen Morrison arrived in Rome on a two-day "
                 "visit.\n"
                 "She had flown to Italy from talks with Spanish Prime Minister Luis Navarro in "
                 "Madrid earlier in the day.", published="1990-05-03")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    assert talks and _names(talks[0]) == {"Helen Morrison", "Luis Navarro"}


def test_represented_at_the_meeting_by_someone(extract) -> None:
    ex = extract("GENEVA, May 4 - The farm plan will be presented at the next meeting of trade "
                 "negotiators in Geneva on May 20.\n"
                 "Canada will be represented at the meeting by former farm minister Paul Leduc, "
                 "recently named chief negotiator.", published="1990-05-04")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and "Paul Leduc" in _names(meetings[-1])


def test_a_company_named_like_a_person_is_no_participant(extract) -> None:
    ex = extract("Spain's Aguas Claras owns 40% of Rio Limpio, the water firm.\n"
                 "Last week in Madrid, President Ana Soto of Peru discussed the problem with "
                 "Rio Limpio and with Spanish Prime Minister Luis Navarro.", published="2005-02-01")
    assert ex.events and all("Rio Limpio" not in _names(e) for e in ex.events)


def test_both_sides_of_held_talks_with_take_no_neighbour() -> None:
    from accords.extract.event_groups import _TWO_SIDES_WITH
    assert _TWO_SIDES_WITH.search("Gen Omar Rahim held talks with Tony Marsh on Monday.")
    assert not _TWO_SIDES_WITH.search("The talks will resume on Monday.")


def test_an_address_to_the_meeting_makes_the_speaker_a_participant() -> None:
    from accords.extract.event_roles import _ADDRESS_TO
    text = "Howe said in an address to the annual "
    m = _ADDRESS_TO.search(text)
    assert m and m.group("who") == "Howe"
