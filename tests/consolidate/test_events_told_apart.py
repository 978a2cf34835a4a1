"""Reports that carry evidence of being different gatherings stay in different records: another
noun of gathering with no body or person in common, a visit of the same two states by other
people with no date to join them, a body's gathering to come beside a meeting of two people
held (blind audit, round 23)."""
from __future__ import annotations

from accords.consolidate.events import _matches, consolidate_events
from accords.consolidate.people import PeopleIndex
from accords.records import Actor, EventMention, Source
from accords.vocab import EventKind, EventStatus


def _group(doc: str, kind: EventKind, title: str, start: str | None,
           people: tuple[str, ...] = ()) -> EventMention:
    return EventMention(doc, kind, title, Source(doc, "...", 0, 3), start, start, "Valletta",
                        "MLT", None, [Actor(p, None, "person") for p in people], group=True,
                        era="2031")


def test_talks_and_a_summit_of_two_stories_in_one_city_that_day_are_two_gatherings() -> None:
    # Invented: "Talks between the Nordic Council and Canada on fish quotas broke down" and
    # "Leaders of the Arctic states began their two-day summit", both filed from one city.
    talks = _group("a", EventKind.TALKS, "Talks between the Nordic Council", "2031-05-04")
    summit = _group("b", EventKind.SUMMIT, "Two-day summit", "2031-05-04")
    assert not _matches(summit, [talks])
    # near-misses: the same noun, the generic "meeting" ("the two-day meeting" is the summit),
    # or one body both name, or a person both name
    assert _matches(_group("g", EventKind.MEETING, "Two-day meeting", "2031-05-04"), [summit])
    assert _matches(_group("c", EventKind.SUMMIT, "Leaders' summit", "2031-05-04"), [summit])
    assert _matches(_group("d", EventKind.SUMMIT, "Nordic Council summit", "2031-05-04"),
                    [talks])
    assert _matches(_group("e", EventKind.SUMMIT, "Summit", "2031-05-04", ("Ana Ferri",)),
                    [_group("f", EventKind.TALKS, "Talks", "2031-05-04", ("Ana Ferri",))])


def _visit(doc: str, visitor: str, start: str | None = None) -> EventMention:
    return EventMention(doc, EventKind.VISIT, f"{visitor}'s visit to Chile",
                        Source(doc, "...", 0, 3), start, start, "Chile", "CHL", "NZL",
                        [Actor(visitor, "NZL", "person")], era=None)


def test_undated_visits_of_one_pair_by_other_people_are_two_trips() -> None:
    # Invented: "Ms Harker's Chile trip" and "Mr Tamati's decision ... while on a trip to
    # Chile" in two undated stories
    assert not _matches(_visit("b", "Tom Tamati"), [_visit("a", "Ruth Harker")])
    # near-misses: the same visitor, or only a host named by one, or a day that places both
    assert _matches(_visit("b", "Ruth Harker"), [_visit("a", "Ruth Harker")])
    host = _visit("c", "Ines Rojas")
    host.participants = [Actor("Ines Rojas", "CHL", "person")]
    assert _matches(host, [_visit("a", "Ruth Harker")])
    assert _matches(_visit("b", "Tom Tamati", "2031-05-04"),
                    [_visit("a", "Ruth Harker", "2031-05-04")])


def test_a_bodys_gathering_to_come_is_not_the_meeting_of_two_held_in_one_article() -> None:
    # Invented, one undated article: "said the Maltese minister Ana Ferri, after a meeting
    # with her Cypriot counterpart Nikos Pavlou" and "... ahead of a meeting of OPEC ministers
    # next week", to which extraction gave the two ministers as well
    people = [Actor("Ana Ferri", "MLT", "person"), Actor("Nikos Pavlou", "CYP", "person")]
    held = EventMention("a", EventKind.MEETING, "Ana Ferri meets Nikos Pavlou",
                        Source("a", "after a meeting with her Cypriot counterpart", 0, 40),
                        None, None, None, None, "MLT", people)
    to_come = EventMention("a", EventKind.MEETING, "Meeting of OPEC",
                           Source("a", "ahead of a meeting of OPEC ministers next week", 50, 96),
                           None, None, None, None, None, people, group=True,
                           status=EventStatus.PLANNED, multilateral=True)
    events = consolidate_events([held, to_come], PeopleIndex(), [])
    assert sorted(e.status.value for e in events) == ["held", "planned"]
    # near-miss: the gathering to come names no other occasion ("ahead of the meeting")
    same = EventMention("a", EventKind.MEETING, "Meeting of OPEC",
                        Source("a", "ahead of the meeting of OPEC ministers", 50, 88),
                        None, None, None, None, None, people, group=True,
                        status=EventStatus.PLANNED, multilateral=True)
    assert len(consolidate_events([held, same], PeopleIndex(), [])) == 1


def _met(doc: str, kind: EventKind, quote: str, place: str | None,
         people: tuple[str, ...]) -> EventMention:
    return EventMention(doc, kind, "Meeting", Source(doc, quote, 0, len(quote)), "2031-05-04",
                        "2031-05-04", place, "MLT", "ITA",
                        [Actor(p, None, "person") for p in people], era="2031")


def test_a_call_is_not_the_meeting_another_article_places_somewhere() -> None:
    # Invented: "Ferri met Borg at the Auberge de Castille" and, in another article, "Borg
    # spoke by phone with Ferri and Conti" on the same day.
    met = _met("a", EventKind.MEETING, "Ferri met Borg at the Auberge de Castille.",
               "Auberge de Castille", ("Ana Ferri", "Paul Borg"))
    call = _met("b", EventKind.CALL, "Borg spoke by phone with Ferri and Conti.", None,
                ("Paul Borg", "Ana Ferri", "Luca Conti"))
    assert not _matches(call, [met])
    # near-misses: talks whose sentence names no place, or a meeting held by video
    talks = _met("c", EventKind.TALKS, "The talks of Borg and Ferri covered fish quotas.",
                 "Valletta", ("Ana Ferri", "Paul Borg"))
    assert _matches(call, [talks])
    video = _met("d", EventKind.MEETING, "Ferri met Borg by video link from Valletta.",
                 "Valletta", ("Ana Ferri", "Paul Borg"))
    assert _matches(call, [video])
