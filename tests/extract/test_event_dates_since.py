"""Talks a sentence dates only by "since" ("have been taking place since March", "have held
talks ... since March") are under way from then to the day of the report, as talks told only
by their opening (branch evdate9, round-23 audit events line 43). Sentences are invented;
12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind


def _talks(ex):
    return {(e.start, e.end) for e in ex.events if e.kind == EventKind.TALKS}


def test_talks_taking_place_since_a_month_run_to_the_report(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Border talks between Peru and Chile have been taking "
                 "place since March.")
    assert _talks(ex) == {("2026-03", "2026-05-12")}


def test_talks_held_since_a_month_run_to_the_report(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Peru and Chile have held talks on a border treaty "
                 "since March, officials said.")
    assert _talks(ex) == {("2026-03", "2026-05-12")}


def test_talks_since_a_month_that_ended_keep_the_month(extract) -> None:
    # guard: an end in the sentence
    ex = extract("LIMA, May 12, 2026 - Border talks between Peru and Chile, held since March, "
                 "collapsed without a deal.")
    assert ("2026-03", "2026-05-12") not in _talks(ex)


def test_talks_in_a_past_story_since_a_month_do_not_run_to_the_report(extract) -> None:
    # guard: "had" puts the span in the story's past
    ex = extract("LIMA, May 12, 2026 - In 1998 Peru and Chile had held talks on the border "
                 "since March.")
    assert all(end != "2026-05-12" for _, end in _talks(ex))
