"""Event precision after the twelfth audit (branch evprec10): a company's talks told by
bankers, an exchange or procurement; "meet" a rule; a hoped-for meeting;
someone's own conference calls; a ministry briefing "us at the meeting"; a leader with his
physician. Invented sentences; positive twins keep their event."""
from accords.extract.event_status import words
from accords.pipeline import extract_batch
from accords.records import Document


def _events(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return ex.events



def test_business_talks_are_no_event() -> None:
    assert not _events("Canadian bankers said on Friday that slow progress in loan talks with "
                       "Peru made a write-off more likely.")
    assert not _events("The Dutch exchange said it had held cordial talks with the Madrid "
                       "bourse about a merger.")
    assert not _events("The Danish mill agreed a new tariff after the failure of the annual "
                       "price talks with Swedish suppliers, they said.")


def test_meeting_a_rule_is_no_meeting() -> None:
    assert not _events("Officials said most Korean firms would meet the new disclosure rule "
                       "set by Canada.")


def test_hoped_for_meeting_is_no_event() -> None:
    assert not _events("Thai Prime Minister Somchai Wong expressed hope that a meeting of the "
                       "two countries' foreign ministers would be held soon.")
    assert _events("Thai Prime Minister Somchai Wong met Lao President Bounmy Sith in "
                   "Vientiane on Monday.")


def test_own_conference_calls_are_no_event() -> None:
    assert not _events("From his flat in Lisbon, Mr Tomas Reyes, a Chilean who works for a "
                       "bank, takes his conference calls in the kitchen.")


def test_briefing_at_the_meeting_is_domestic() -> None:
    assert not _events('"The Foreign Ministry will brief us at the meeting tomorrow on the '
                       'terms agreed by Chile and Peru," the Chilean minister said.')


def test_leader_and_his_physician_is_no_meeting() -> None:
    assert not _events("Mr Harlow's physician, Dr Ana Ruiz, said on Monday she had discussed "
                       "the vaccine with President Tom Harlow.")


def test_patterns_of_the_rules() -> None:
    from accords.extract import event_nonevents as ne
    assert ne._MEET_A_RULE.search("most firms would meet the new disclosure rule")
    assert ne._HOPED_FOR.search("expressed hope that a meeting of the two foreign ministers "
                                "would be held soon")
    assert ne._BRIEFED_AT.search("the ministry will brief us at the meeting tomorrow")
    assert ne._OWN_CALLS.search("takes his conference calls in the kitchen")
    assert ne._OWN_ADVISER.search("Mr Harlow's physician, Dr Ana Ruiz, said")
    assert not ne._MEET_A_RULE.search("will meet the Chinese foreign minister")
    business = words("business")
    for text in ("Canadian bankers said loan talks with Peru were slow.",
                 "The Dutch exchange held talks with the bourse.",
                 "talks on the procurement of laptops"):
        assert business.search(text)
    assert not business.search("an exchange of views between the two ministers")
    # (price talks are held by states too: "Japan and the United States held the 1987/88 price
    # talks"; a mill's with its suppliers are told by the suppliers and the mill)
    assert not business.search("the two governments held the annual price talks")
