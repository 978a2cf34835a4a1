"""A gathering whose own verb is in the past is held though a future auxiliary of another
clause stands in the window of cues before its word (branch evstatus5): 'X said "trust will be
key", after the latest round of talks wrapped up' tells talks gone by. A future that governs
the gathering ("will be essential at the next round of talks", "would attend the talks") keeps
it planned. "As planned" before a gathering is the manner of another verb and no cue that
the gathering is ahead. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _talks(ex):
    return [e for e in ex.events if e.kind == EventKind.TALKS]


def test_talks_that_wrapped_up_are_held_beside_a_quoted_future(extract) -> None:
    ex = extract('Norwegian Foreign Minister Anna Berg said "patience is and will be essential", '
                 "after the latest round of talks between Norway and Iceland wrapped up in "
                 "Reykjavik on Friday.", published="2026-05-04")
    (talks,) = _talks(ex)
    assert talks.status == EventStatus.HELD
    assert (talks.start, talks.end) == ("2026-05-01", "2026-05-01")


def test_talks_the_future_governs_stay_planned(extract) -> None:
    # near misses: the future verb governs the gathering
    for text in ("Norwegian Foreign Minister Anna Berg said patience will be essential at the "
                 "next round of fishing talks with Iceland in Oslo.",
                 "Norwegian Foreign Minister Anna Berg said on Friday she would attend the "
                 "fishing talks with Iceland in Oslo."):
        for talks in _talks(extract(text, published="2026-05-04")):
            assert talks.status == EventStatus.PLANNED


def _meetings(ex):
    return [e for e in ex.events if e.kind == EventKind.MEETING]


def test_a_meeting_after_as_planned_of_another_verb_is_held(extract) -> None:
    # "as planned" tells the manner of the approval, not when the meeting is
    ex = extract("The draft directive was not approved by the Nordic ministers as planned at a "
                 "Copenhagen meeting on Tuesday, where it was to have been debated.")
    (meeting,) = _meetings(ex)
    assert meeting.status == EventStatus.HELD


def test_a_meeting_planned_or_ahead_stays_planned(extract) -> None:
    # near misses: "planned" as the verb that sets the meeting, and "as planned" with a future
    for text in ("The foreign ministers of Denmark and Sweden have planned a meeting in "
                 "Copenhagen to debate the draft directive.",
                 "Danish and Swedish ministers will debate the draft directive as planned at a "
                 "meeting in Copenhagen next week."):
        (meeting,) = _meetings(extract(text))
        assert meeting.status == EventStatus.PLANNED
