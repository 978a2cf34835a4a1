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
    from accords.extract.event_roles import _GATHERING_WITH
    m = _GATHERING_WITH.search("the minister opened talks with Brussels and Paris on Monday")
    assert m and m.group("names") == "Brussels and Paris"  # resolved to no one in the article


def test_an_outlets_reporter_and_an_alias_are_not_participants() -> None:
    from accords.annotate.context import build_contexts
    from accords.extract.events import extract_events
    from accords.records import Document
    text = ("RAMALLAH - British Prime Minister Helen Dorsey held talks with Palestinian leader "
            "Karim Nassar on Tuesday and invited him to a conference in London.\n"
            "The Daily Courier's Tom Askew says the London conference will be a modest step to "
            "shore up the leadership of Karim Nassar, also known as Abu Sami, who is expected "
            "to win the election in January.")
    (ctx,) = build_contexts([Document.from_text("a.txt", text, published="2026-12-10")])
    conference = [e for e in extract_events(ctx, lenient=True) if e.kind == EventKind.CONFERENCE]
    assert conference and not {"Tom Askew", "Abu Sami"} & _names(conference[0])


def test_a_state_owner_before_a_speaker_still_gives_a_participant() -> None:
    from accords.extract.event_people import _outlet_reporter
    text = "The Kenyan president's aide said; Kenya's Ruth Wambui says the summit will go ahead"
    at = text.index("Ruth")
    assert not _outlet_reporter(text, at, at + len("Ruth Wambui"))
    text = "The Daily Courier's Tom Askew says the summit will go ahead"
    at = text.index("Tom")
    assert _outlet_reporter(text, at, at + len("Tom Askew"))


def test_a_weekday_glued_to_a_name_is_cut() -> None:
    from accords.extract.event_people import _WEEKDAY_TAIL
    assert _WEEKDAY_TAIL.sub("", "Hugo Brandt Monday") == "Hugo Brandt"
    assert _WEEKDAY_TAIL.sub("", "Hugo Brandt") == "Hugo Brandt"


def test_a_surname_first_in_a_meeting_between_takes_its_titled_full_name(extract) -> None:
    ex = extract("ZURICH, Oct 6 - Rising rates are a worry, central bank President Anton Vogelsang "
                 "said.\nThe moves followed a meeting between Vogelsang, Finance Minister Lukas "
                 "Brenner and U.S. Treasury Secretary Mark Hadley Monday in Zurich.",
                 published="2026-10-06")
    met = [e for e in ex.events if "Lukas Brenner" in _names(e)]
    assert met and {"Anton Vogelsang", "Mark Hadley"} <= _names(met[0])
    assert "Mark Hadley Monday" not in _names(met[0])
