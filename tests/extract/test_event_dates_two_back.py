"""Dates of undated gatherings, the open cases evdate10 named (branch evdate11, round-24
audit): "those talks failed" whose time is two sentences back, past a sentence that gives the
talks no time; and a word of the report's time inside a subordinate clause ("a rift still
felt by both today") does not keep a gathering from the year of the story told before it.
Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind

_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE)


def _those(ex, word):
    return {(e.start, e.end) for e in ex.events
            if e.kind in _GATHERINGS and word in e.source.quote}


def test_those_talks_take_the_time_two_sentences_back(extract) -> None:
    ex = extract("SOFIA, May 12, 2026 - Bulgaria and Romania traded accusations over the "
                 "river dam on Tuesday.\nA Swiss bid for a deal between Bulgaria and "
                 "Romania collapsed earlier in March. Romania halted work on the dam while "
                 "negotiations were under way. But according to Bulgarian officials, those "
                 "talks broke down after Romania reopened the sluices.")
    assert _those(ex, "those talks") == {("2026-03", "2026-03")}


def test_those_talks_take_the_time_of_the_sentence_right_before_first(extract) -> None:
    # guard: the sentence right before gives a time, the one before it another: the nearer
    ex = extract("SOFIA, May 12, 2026 - A Swiss bid for a deal between Bulgaria and "
                 "Romania collapsed in January.\nBulgarian Foreign Minister Ivan Petrov met "
                 "Romanian Foreign Minister Dan Popa in Geneva on April 2 for talks on the dam. "
                 "Those talks broke down after Romania reopened the sluices.")
    assert _those(ex, "Those talks") == {("2026-04-02", "2026-04-02")}


def test_a_meeting_not_pointed_back_does_not_look_two_back(extract) -> None:
    # guard: "the meeting" with no demonstrative takes no time from two sentences back
    ex = extract("SOFIA, May 12, 2026 - A Swiss attempt to mediate between Bulgaria and "
                 "Romania collapsed in January.\nThe dam has divided the two states for "
                 "years. Bulgarian Foreign Minister Ivan Petrov met Romanian Foreign "
                 "Minister Dan Popa in Sofia today.")
    dates = {e.start for e in ex.events if e.kind in _GATHERINGS}
    assert "2026-01" not in dates


def test_a_now_word_inside_a_relative_clause_keeps_the_background_year(extract) -> None:
    ex = extract("HAVANA, May 12, 2026 - The old fort is now a museum of the sea.\nThe "
                 "fishing treaty between Cuba and Mexico was not ratified until 1951. Its "
                 "final session in Veracruz, where the foreign ministers of Cuba and Mexico "
                 "met, opened a rift still felt by both states today.")
    dates = {e.start for e in ex.events if e.kind in _GATHERINGS}
    assert dates == {"1951"}


def test_a_now_word_of_the_main_clause_still_blocks_the_background_year(extract) -> None:
    # guard: "today" of the sentence's own verb: the gathering is the report's news
    ex = extract("HAVANA, May 12, 2026 - The old fort is now a museum of the sea.\nThe "
                 "fishing treaty between Cuba and Mexico was not ratified until 1951. Cuban "
                 "and Mexican ministers met in Veracruz today to review the treaty.")
    dates = {e.start for e in ex.events if e.kind in _GATHERINGS}
    assert dates == {"2026-05-12"}


def test_a_now_word_of_a_clause_of_the_sentences_verb_still_blocks(extract) -> None:
    # guard: "this week" of the talks' own verb, inside the main verb's "after" clause
    ex = extract("BAMAKO, May 12, 2026 - Mali ended the 2011 status of forces accord with "
                 "France, a spokesman said.\nThe announcement came after a French delegation, "
                 "led by Foreign Minister Anne Roux, held two days of talks in Bamako this "
                 "week.")
    dates = {e.start for e in ex.events if e.kind in _GATHERINGS}
    assert dates and "2011" not in dates
