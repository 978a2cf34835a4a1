"""Agreement sentences of our own in modern agency style: "the two countries" are two states,
a passive ratification with its agent, "on the 14th"."""


def test_the_two_countries_are_two_states_not_a_state_and_an_organization(extract) -> None:
    ex = extract("ASTANA, June 14, 2031 - Kazakhstan and Uzbekistan adopted a roadmap for "
                 "industrial cooperation on Friday. In 2029, the two countries signed a treaty on "
                 "allied relations. Kazakhstan left the 1992 CIS agreement on customs in May.",
                 published="2031-06-14")
    (treaty,) = [a for a in ex.agreements if "allied" in a.title]
    assert sorted(p.country for p in treaty.parties) == ["KAZ", "UZB"]


def test_ratified_by_a_parliament_is_ratified(extract) -> None:
    # the passive with its agent ("was ratified by the X parliament") is the stage itself
    ex = extract("MOSCOW, Dec 1, 2031 - The Russian-Egyptian agreement on nuclear energy was "
                 "ratified by the Egyptian parliament on Tuesday.", published="2031-12-01")
    (a,) = ex.agreements
    assert a.status.value == "ratified"
    assert sorted(p.country for p in a.parties) == ["EGY", "RUS"]


def test_on_the_14th_is_a_day_of_the_stories_month(extract) -> None:
    ex = extract("LUSAKA, March 20, 2031 - Zambia and Malawi signed a one-stop border post "
                 "agreement on the 14th, officials said.", published="2031-03-20")
    (a,) = ex.agreements
    assert a.date == "2031-03-14"


def test_a_weekday_of_last_week_is_in_the_week_before(extract) -> None:
    # published on a Wednesday: "Tuesday last week" is eight days before, not yesterday
    ex = extract("ACCRA, March 19, 2031 - Ghana and Togo signed a border agreement on Tuesday "
                 "last week, the foreign ministry said.", published="2031-03-19")
    (a,) = ex.agreements
    assert a.date == "2031-03-11"
