"""Event precision after development audit 1 (branch evprec9): met by a crowd, negotiations told
by how long they have run, meetings counted since a time, talk negated, one government's
departments, its cabinet room, its meeting with executives, an association's delegation, a
state's talks with its bank committee, a labour contract, and a forum the article named before.
Invented sentences; each negative one has a positive twin that keeps its event."""
from accords.pipeline import extract_batch
from accords.records import Document


def _events(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return ex.events


def test_met_by_protesters_is_no_meeting() -> None:
    assert not _events("During her visit Chancellor Anna Reiter was met by demonstrators "
                       "waving flags outside the palace.")
    assert _events("German Chancellor Anna Reiter met Polish President Marek Nowicki in Warsaw on "
                   "Monday.")


def test_meeting_for_more_than_a_year_is_a_negotiation() -> None:
    assert not _events("Negotiators for Chile and Peru have been meeting for more than two "
                       "years to settle the fishing dispute.")
    assert not _events("Delegations of Chile and Peru have been holding talks since January "
                       "on a fishing pact.")


def test_meetings_since_a_clash_are_a_series() -> None:
    assert not _events("Regular meetings between Thai and Cambodian army commanders since "
                       "the border shooting have eased tensions.")


def test_not_discussed_with_the_president_is_negated() -> None:
    assert not _events('"He has not discussed this with the president," Argentine spokesman '
                       "Carlos Ruiz said.")


def test_departments_and_agencies_meeting_is_domestic() -> None:
    assert not _events("The Treasury and Commerce departments and other agencies held a "
                       "meeting yesterday to review the Mexican situation.")


def test_call_heard_in_the_cabinet_room_is_domestic() -> None:
    assert not _events("Aides sat in the cabinet room of Downing Street listening to Prime "
                       "Minister Tom Harlow on a video conference call on Tuesday.")


def test_meeting_with_executives_is_a_government_s_with_business() -> None:
    assert not _events("Canadian Prime Minister Lise Moreau spoke during a meeting with "
                       "mining executives and the Ottawa task force on May 3.")


def test_association_delegation_lobbying_is_no_meeting_of_states() -> None:
    assert not _events("The National Wheat Growers Association (NWGA) delegations will meet "
                       "top Japanese government officials today to lobby for lower tariffs.")


def test_state_and_its_bank_committee_talks_are_no_meeting_of_states() -> None:
    assert not _events("LONDON, May 4 - Ecuador and its bank advisory committee completed a "
                       "third day of talks on rescheduling 2 billion dlrs of debt, bankers "
                       "said.")


def test_labour_contract_talks_are_a_company_s() -> None:
    assert not _events("Harlan Trucks said it broke off talks with the drivers on a new labor "
                       "contract for its plant at Dayton.")


def test_conference_of_a_forum_named_before_is_the_forum_s() -> None:
    text = ("Trade and energy top the agenda of the Global Markets Forum in the Austrian resort "
            "of Alpbach.\n\nMore than 1,500 business leaders will hear Austrian Chancellor "
            "Karl Weber speak on Tuesday.\n\nOther issues to be discussed at the four-day "
            "conference range from Chinese demand to oil prices, and Italian Prime Minister "
            "Paolo Conti will attend.")
    assert not [e for e in _events(text) if "conference" in e.title.lower()]


def test_conference_of_states_named_before_stays() -> None:
    text = ("Foreign ministers of the Nordic countries opened a conference in Oslo on "
            "Monday.\n\nIssues to be discussed at the two-day conference range from Arctic "
            "shipping to fisheries, Norwegian Foreign Minister Ola Berg said.")
    assert _events(text)


def test_conference_of_a_forum_with_no_audience_word_is_the_forum_s() -> None:
    # "World Economic Forum": no organization of states and no public audience in its name,
    # so "the four-day conference" is the forum's (the town it meets in does not tell it)
    text = ("Trade and energy top the agenda of the World Economic Forum in the Austrian resort "
            "of Alpbach.\n\nMore than 1,500 business leaders will hear Austrian Chancellor "
            "Karl Weber speak on Tuesday.\n\nOther issues to be discussed at the four-day "
            "conference range from Chinese demand to oil prices, and Italian Prime Minister "
            "Paolo Conti will attend.")
    assert not [e for e in _events(text) if "conference" in e.title.lower()]


def test_conference_of_a_forum_of_states_named_before_stays() -> None:
    text = ("Leaders of the Pacific Islands Forum opened their meeting in Suva on Monday.\n\n"
            "At the two-day conference, Fijian Prime Minister Josaia Ratu met New Zealand "
            "Prime Minister Anna Hale.")
    assert _events(text)
