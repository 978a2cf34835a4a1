"""Titles of gatherings, on sentences of our own."""
from accords.extract.event_titles import noun_title
from accords.vocab import EventKind


def test_a_call_is_titled_as_a_call_not_a_meeting(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("OSLO, May 4, 2021 (AFP) - Norwegian Prime Minister Erna Solberg is holding a "
                 "conference call with Chilean President Sebastian Pinera on fisheries, an aide "
                 "said on Tuesday.")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and all("meets" not in e.title for e in calls)
    assert calls[0].title.startswith("Call between")


def test_the_noun_phrase_names_the_meeting() -> None:
    text = "The recent EC farm ministers meeting in Brussels ended late."
    at = text.find("meeting")
    assert noun_title(text, at, at + len("meeting")) == "EC farm ministers meeting in Brussels"
