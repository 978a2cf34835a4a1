"""A video conference told as the medium of a gathering is not a gathering of its own: the
occasion its clause names gives the kind (accords.extract.event_medium, applied in
accords.extract.event_groups)."""
from __future__ import annotations

import re

import pytest

from accords.annotate.context import nlp
from accords.annotate.syntax import Parse
from accords.extract.event_medium import medium_occasion, medium_told_before
from accords.vocab import EventKind


def _occasion(sentence: str) -> EventKind | None:
    m = re.search(r"conference", sentence)
    assert m
    return medium_occasion(sentence, m.start(), m.end(), Parse.of(nlp()(sentence)))


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Diplomats will meet by video-conference for a full week of negotiations, their second "
     "since the opening round in Oslo.", EventKind.TALKS),
    ("The Extraordinary Summit on Trade, conducted via video conference, was hosted by Chile.",
     EventKind.SUMMIT),
    ("Three more video-conference rounds have been set for March 3 and April 7.",
     EventKind.TALKS),
    ("Ministers of the two states will meet by video conference next week.", EventKind.MEETING),
    # a video conference told alone is the gathering itself
    ("Leaders of the G20 held a video conference on Thursday.", None),
    ("A video conference of Mercosur foreign ministers took place on Friday.", None),
    # not a medium: a conference in a hall
    ("Delegates will meet at a conference on fisheries in Lima next week.", None),
])
def test_the_occasion_held_by_video(sentence: str, kind: EventKind | None) -> None:
    assert _occasion(sentence) == kind


def test_the_video_conference_told_again_after_the_summit() -> None:
    before = ["The Extraordinary Summit on Trade, conducted via video conference, was hosted "
              "by Chile."]
    text = "He hoped that the video conference would bring the two blocs closer."
    start = text.index("conference")
    assert medium_told_before(text, start, before)
    assert not medium_told_before(text, start, ["The ministers spoke on Monday."])
    alone = "He hoped that a video conference would bring the two blocs closer."
    assert not medium_told_before(alone, alone.index("conference"), before)


def test_talks_held_by_video_are_talks(extract) -> None:
    ex = extract("LONDON, April 6 - Norway and Iceland will resume fisheries talks on Monday "
                 "(April 6) after a month's pause. Officials will meet by video-conference for "
                 "a full week of negotiations, their second since the opening round in "
                 "Reykjavik at the start of March. Norwegian minister Kari Holm and Icelandic "
                 "minister Jon Olafsson will lead an opening session on Monday afternoon.",
                 published="2026-04-06")
    assert all(e.kind != EventKind.CONFERENCE for e in ex.events)
    assert any(e.kind == EventKind.TALKS and {p.name for p in e.participants} == {
        "Kari Holm", "Jon Olafsson"} for e in ex.events)


def test_a_video_conference_alone_stays_a_conference(extract) -> None:
    ex = extract("BRASILIA, June 5 - Foreign ministers of Brazil, Argentina and Uruguay held "
                 "a video conference on Friday to discuss tariffs.", published="2026-06-05")
    assert all(e.kind != EventKind.TALKS for e in ex.events)
