"""Event dates of sentences of our own (evdate12): a gathering told only "recently" gets no
date (not the report's month), unless "recently" stands in an aside about a person; a time
the parse hangs on a message's noun ("in a letter on March 17") is the message's day, not the
day of the gathering the message proposes or tells of; talks that are the object of a
proposal ("agreed to a proposal for talks") are not held."""
from accords.vocab import EventStatus


def test_recently_fronted_gives_no_month(extract) -> None:
    ex = extract("OSLO, April 2, 2031 - Recently, Norwegian Foreign Minister Kari Dahl held talks "
                 "with Swedish Foreign Minister Erik Lund in Stockholm on fishing quotas.",
                 published="2031-04-02")
    (e,) = ex.events
    assert (e.start, e.end) == (None, None)


def test_recently_in_an_aside_about_a_person_keeps_the_news_day(extract) -> None:
    ex = extract("OSLO, April 2, 2031 - Norwegian Foreign Minister Kari Dahl, who recently took "
                 "office, held talks with Swedish Foreign Minister Erik Lund in Oslo today.",
                 published="2031-04-02")
    (e,) = ex.events
    assert (e.start, e.end) == ("2031-04-02", "2031-04-02")


def test_a_letters_day_is_not_the_day_of_the_talks_it_proposes(extract) -> None:
    ex = extract("LIMA, May 28, 2031 - Peruvian Prime Minister Ana Soto proposed that she and "
                 "Chilean Prime Minister Jorge Vidal meet for talks on the border in a letter "
                 "on May 9.", published="2031-05-28")
    assert ex.events
    assert all(e.start is None for e in ex.events)


def test_a_message_dated_by_of_is_the_messages_day(extract) -> None:
    ex = extract("LIMA, May 28, 2031 - Peruvian Prime Minister Ana Soto asked Chilean Prime "
                 "Minister Jorge Vidal to hold talks on the border in a message of May 9.",
                 published="2031-05-28")
    assert ex.events
    assert all(e.start != "2031-05-09" and e.start != "2032-05-09" for e in ex.events)


def test_a_day_on_the_verb_of_the_talks_is_kept(extract) -> None:
    # near miss: the day hangs on the meeting's verb, with a letter elsewhere in the sentence
    ex = extract("LIMA, May 28, 2031 - Peruvian Prime Minister Ana Soto met Chilean Prime "
                 "Minister Jorge Vidal in Santiago on May 9 and handed him a letter.",
                 published="2031-05-28")
    (e,) = ex.events
    assert (e.start, e.end) == ("2031-05-09", "2031-05-09")


def test_a_statement_given_at_the_talks_keeps_its_day(extract) -> None:
    # near miss: a message issued at the gathering dates one of the gathering's days
    ex = extract("LIMA, May 28, 2031 - Peruvian Prime Minister Ana Soto and Chilean Prime "
                 "Minister Jorge Vidal will issue a statement on June 9 at the end of their "
                 "talks in Lima.", published="2031-05-28")
    assert ex.events
    assert any(e.start == "2031-06-09" for e in ex.events)


def test_a_group_meeting_told_recently_takes_no_news_day(extract) -> None:
    ex = extract("OSLO, April 2, 2031 - Nordic foreign ministers recently met in Oslo to discuss "
                 "fishing quotas, diplomats said.", published="2031-04-02")
    assert all(e.start is None for e in ex.events)


def test_talks_told_recently_take_no_place_from_the_dateline(extract) -> None:
    ex = extract("OSLO, April 2, 2031 - Norway's Foreign Minister Kari Dahl said talks with "
                 "Sweden's Foreign Minister Erik Lund on fishing quotas stalled recently.",
                 published="2031-04-02")
    assert ex.events
    assert all(e.start is None and not (e.place == "Oslo" and e.place_stated)
               for e in ex.events)


def test_talks_a_side_agreed_to_as_a_proposal_are_not_held(extract) -> None:
    # "a proposal for talks": put forward, not held, whatever verb governs the proposal
    ex = extract("LIMA, May 28, 2031 - Peru said it agreed to a Chilean proposal for talks "
                 "between Peruvian Prime Minister Ana Soto and Chilean Prime Minister Jorge "
                 "Vidal, and proposed that they meet on June 9.", published="2031-05-28")
    assert all(e.status != EventStatus.HELD for e in ex.events)


def test_talks_held_on_a_proposal_stay_held(extract) -> None:
    # near miss: the gathering is not the proposal's object ("at the proposal of")
    ex = extract("LIMA, May 28, 2031 - Peruvian Prime Minister Ana Soto held talks with Chilean "
                 "Prime Minister Jorge Vidal in Lima on Tuesday at the proposal of Chile.",
                 published="2031-05-28")
    (e,) = ex.events
    assert e.status == EventStatus.HELD
