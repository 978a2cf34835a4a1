"""Event participants (eleventh audit): the people a gathering named by its noun is held with
("a White House meeting with Rios"), and the speaker of the clause that tells of it, named by
surname only where the article gives their full name elsewhere. Sentences of our own."""
from accords.vocab import EventKind


def _names(e) -> set[str]:
    return {p.name for p in e.participants}


def test_speaker_during_a_meeting_with_someone_and_that_someone(extract) -> None:
    ex = extract("BOGOTA - Colombia's President Marta Rios has asked the courts to allow aerial "
                 "fumigation again, with support from US President Daniel Hollis.\n"
                 "\"We will win this fight,\" Hollis told reporters during a White House meeting "
                 "with Rios in March.", published="2026-08-20")
    meetings = [e for e in ex.events if e.kind == EventKind.MEETING]
    assert meetings and _names(meetings[0]) == {"Daniel Hollis", "Marta Rios"}


def test_talks_with_a_capital_give_no_person() -> None:
    from accords.extract.events import _GATHERING_WITH
    m = _GATHERING_WITH.search("the minister opened talks with Brussels and Paris on Monday")
    assert m and m.group("names") == "Brussels and Paris"  # resolved to no one in the article
