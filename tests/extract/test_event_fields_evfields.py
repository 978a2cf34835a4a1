"""Event dates and participants of the round-17 audit's classes and of full-run records (branch
evfields), probed with invented sentences: a time told in a clause of its own about another
thing (a relative clause, a clause of saying) does not date the gathering; a clause about the
gathering's own noun still does; the one who will chair a meeting takes part in it; a list of
who represents each side goes on past the reach while its sentences follow one another."""


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_a_relative_clause_about_a_thing_does_not_date_the_meeting(extract) -> None:
    ex = extract("NASSAU, May 4 - Andean finance ministers are attending their regional meeting "
                 "and first on the agenda is the fall in fruit exports which dropped by half "
                 "last year.", published="1990-05-04")
    assert ex.events and (ex.events[0].start, ex.events[0].end) == ("1990-05-04", "1990-05-04")


def test_a_year_in_a_clause_of_saying_does_not_date_the_talks(extract) -> None:
    ex = extract("ACCRA, May 4 - Ghana reached a debt accord with ten creditor states in talks "
                 "in Rome today. Before the talks began, the radio said the accord would cover "
                 "900 mln dlrs of debt falling due this year.", published="1990-05-04")
    assert ex.events
    assert all(e.start in (None, "1990-05-04") for e in ex.events)


def test_a_clause_about_the_visit_still_dates_it(extract) -> None:
    ex = extract("BISHKEK, May 4 - Mamatov and Al-Sabah discussed preparations for President "
                 "Omar Mamatov's visit to Kuwait, which is planned for the first half of next "
                 "year.", published="1990-05-04")
    visits = [e for e in ex.events if e.kind.value == "visit"]
    assert visits and visits[0].start == "1991"


def test_a_clause_about_the_group_of_a_meeting_still_dates_it(extract) -> None:
    ex = extract("ACCRA, May 4 - The sources said prices had been the main topic of a closed "
                 "meeting of the five-member group which began on Monday.", published="1990-05-04")
    assert ex.events and ex.events[0].start == "1990-04-30"


def test_who_will_chair_the_meeting_takes_part(extract) -> None:
    ex = extract("CAIRO, May 4 - Delegates of seven African states will meet here on May 20 to "
                 "discuss river waters, officials said. Sources said Gabon President Omar Bongo "
                 "would chair the meeting.", published="1990-05-04")
    assert ex.events and "Omar Bongo" in _names(ex.events[0])


def test_who_represents_each_side_goes_on_past_the_reach(extract) -> None:
    ex = extract("Two days of talks on the future of the islands begin at the foreign "
                 "minister's country house later on Wednesday. Officials at the talks will plan "
                 "a new council for the islands. In March, the two governments agreed to set up "
                 "such a body. The Faroese Prime Minister Jonas Olsen will represent the "
                 "islanders, while Denmark's Europe Director Karen Holm will represent Denmark. "
                 "Norway is being represented by Norway's director general for Europe, Lars "
                 "Berg.")
    assert any(_names(e) >= {"Jonas Olsen", "Karen Holm", "Lars Berg"} for e in ex.events)


def test_representing_a_team_far_from_any_gathering_is_not_taken(extract) -> None:
    ex = extract("Two days of talks on the future of the islands begin in Oslo later on "
                 "Wednesday. Officials at the talks will plan a new council for the islands. In "
                 "March, the two governments agreed to set up such a body. Most islanders said "
                 "in a vote they wanted to stay. Analysts expect little. The club's striker "
                 "Jonas Olsen will represent the team at the final.")
    assert not any("Jonas Olsen" in _names(e) for e in ex.events)


def test_a_day_right_after_the_gathering_still_dates_it(extract) -> None:
    ex = extract("BRUSSELS, April 8 - An EC spokesman said most states back the pact. He said at "
                 "a meeting of EC states' envoys here yesterday, Denmark undertook to give its "
                 "own decision to its partners today.", published="1987-04-08")
    assert ex.events and ex.events[0].start == "1987-04-07"


def test_a_day_right_before_the_gathering_still_dates_it(extract) -> None:
    ex = extract("GENEVA, May 16 - The EU and Australia are set to push for a probe into the "
                 "virus's origin when the World Health Assembly - the WHO's decision making body "
                 "- gathers on Monday (May 18) for an annual meeting in Geneva.",
                 published="2020-05-16")
    assert ex.events and ex.events[0].start == "2020-05-18"
