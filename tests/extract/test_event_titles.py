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


def test_an_abbreviation_with_dots_does_not_cut_the_title() -> None:
    text = ("The envoy spoke to the yearly meeting of the U.N. Commission for Rivers and "
            "Lakes on Friday.")
    at = text.find("meeting")
    assert noun_title(text, at, at + len("meeting")) == "Yearly meeting of the U.N. Commission"


def test_a_call_takes_no_place_from_the_dateline(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("LIMA, May 4, 2021 - Peruvian Foreign Minister Ana Ruiz spoke by telephone "
                 "today with Chilean Foreign Minister Pedro Soto about fishing quotas.")
    calls = [e for e in ex.events if e.kind == EventKind.CALL]
    assert calls and all(not e.place_stated for e in calls)


def test_a_market_city_does_not_place_the_talks(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract("OSLO, May 4, 2021 - The collapse of International Salmon Council talks on "
                 "export quotas has unsettled the Oslo fish market, traders said.")
    assert all(not e.place_stated for e in ex.events)
    assert all("in Oslo" not in e.title for e in ex.events)
