"""A gathering whose own verb is in the past (branch evdate5).

A future told in another clause of the sentence ("Talking will not stop the slide and ...") does
not make a gathering planned when the gathering's noun phrase is followed by its own verb in the
simple past ("the February meeting ... produced little"): it was held, and a bare month that names
it is the one gone by, not the next. Sentences are invented."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_a_meeting_with_its_own_past_verb_after_a_future_clause_is_held(extract) -> None:
    ex = extract('"Words will not halt the fall of the peso for long and the February meeting '
                 '(of finance ministers of Chile and Peru) produced little hope of a change in '
                 'policy," the institute said.', published="2026-03-03")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
    assert (meeting.start, meeting.end) == ("2026-02", "2026-02")


def test_a_meeting_the_future_verb_governs_stays_planned(extract) -> None:
    # near miss: the gathering is the object of the future verb, no verb of its own follows
    ex = extract("The finance ministers of Chile and Peru will hold a meeting in Lima in June "
                 "to discuss the peso, officials said.", published="2026-04-14")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED
    assert (meeting.start, meeting.end) == ("2026-06", "2026-06")


def test_a_meeting_that_was_to_take_place_stays_planned(extract) -> None:
    # near miss: "was" is no verb that tells the gathering as past
    ex = extract("The foreign ministers of Chile and Peru said the summit in Lima was to take "
                 "place in June, and the talks will continue.", published="2026-04-14")
    for e in ex.events:
        assert e.status != EventStatus.HELD or e.start != "2025-06"
