"""Event precision after the ninth audit (branch evprec6): proposals, a cabinet's own meeting,
two private people, a crowd, a meeting tool. Invented sentences."""
from accords.pipeline import extract_batch
from accords.records import Document


def _events(text: str) -> list:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return ex.events


def test_called_for_meeting_is_no_event() -> None:
    assert not _events("Norway called for an urgent meeting between the Arctic Council "
                       "members to discuss the oil spill.")


def test_would_require_talks_is_no_event() -> None:
    assert not _events("The Senate passed a bill that would require Secretary of State Ann "
                       "Lowry to enter into talks with Brazil on tariffs.")


def test_two_private_people_meeting_is_no_event() -> None:
    assert not _events("Tomas Varga and Elin Sund were living in different Canadian towns "
                       "when they met on a Swedish dating site last May.")


def test_crowd_met_is_no_event() -> None:
    assert not _events("A crowd of about 20,000 met quietly near the old harbour to hear "
                       "speeches from the niece of President Alma Ruiz.")


def test_meeting_link_is_no_event() -> None:
    assert not _events("Teachers were told not to share the meeting link beyond the pupils "
                       "of the class, the Italian ministry said.")


def test_cabinet_meeting_is_domestic() -> None:
    events = _events("There were many discussions between Germany, Japan and Italy, Finance "
                     "Minister Ruth Adler of Austria told reporters after a cabinet meeting.")
    assert not [e for e in events if "abinet" in e.title]


def test_meeting_with_a_day_stays_planned() -> None:
    events = _events("Portugal's Prime Minister Rui Tavares will meet Spanish Prime Minister "
                     "Marta Gil in Lisbon on Friday.")
    assert events
