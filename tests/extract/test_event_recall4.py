"""Event recall on unseen news (branch evrecall4), sentences of our own: a signing told with
who witnessed it is a ceremony; talks with one person and a meeting with another, told as two
verbs of one subject, are two events."""
from accords.vocab import EventKind


def test_a_witnessed_signing_is_a_ceremony(extract) -> None:
    ex = extract("HANOI, March 3, 2025 - Vietnamese Foreign Minister Tran Van Long and "
                 "Chilean Foreign Minister Pablo Rojas signed the fisheries accord in Hanoi on "
                 "Monday in the presence of Vietnamese President Nguyen Minh Duc.",
                 published="2025-03-03")
    ceremonies = [e for e in ex.events if e.kind == EventKind.CEREMONY]
    assert len(ceremonies) == 1
    assert ceremonies[0].place == "Hanoi"
    assert {p.name for p in ceremonies[0].participants} >= {"Tran Van Long", "Pablo Rojas"}


def test_a_signing_with_no_witnesses_is_no_ceremony(extract) -> None:
    ex = extract("HANOI, March 3, 2025 - Vietnamese Foreign Minister Tran Van Long and "
                 "Chilean Foreign Minister Pablo Rojas signed the fisheries accord in Hanoi on "
                 "Monday.", published="2025-03-03")
    assert not [e for e in ex.events if e.kind == EventKind.CEREMONY]


def test_talks_with_one_and_a_meeting_with_another_are_two_events(extract) -> None:
    ex = extract("OTTAWA, June 4, 2025 - Visiting Peruvian President Jorge Salazar held talks "
                 "with Canadian Foreign Minister Anne Dubois on Tuesday and later met Canadian "
                 "Prime Minister Mark Tremblay.", published="2025-06-04")
    talks = [e for e in ex.events if e.kind == EventKind.TALKS]
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert len(talks) == 1 and len(meetings) == 1
    assert [p.name for p in talks[0].participants] == ["Jorge Salazar", "Anne Dubois"]
    assert [p.name for p in meetings[0].participants] == ["Jorge Salazar", "Mark Tremblay"]
