"""Event status from the verb that governs the gathering (branch evstatus4).

- A word of timing in the present with a to-infinitive of its own ("is set to", "are due to",
  "is expected to") puts a gathering the parse hangs from it, or from its copula, ahead.
- A bare participle ("..., starting with talks and then holding a session in July") has no
  tense of its own: the gathering takes the tense of the verb the participle hangs from.
- A gathering that is the subject of a past verb in a clause of time ("before the talks
  began") was held, whatever a cue word before it reads.
- "is set for" after a gathering's noun tells it as arranged.
Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_a_gathering_hung_from_is_set_to_is_planned(extract) -> None:
    ex = extract("OSLO, May 12 - At the first meeting between Norway and Sweden since the "
                 "border crisis began, Norway is set to be pressed on fishing quotas by "
                 "Swedish Foreign Minister Eva Lind.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED


def test_a_gathering_hung_from_the_copula_of_due_to_is_planned(extract) -> None:
    ex = extract("Fishing row\n\nAt the summit of Nordic leaders in Reykjavik, Norway and "
                 "Sweden are due to sign a pact on fishing quotas in the Baltic.")
    (summit,) = _of(ex, EventKind.SUMMIT)
    assert summit.status == EventStatus.PLANNED


def test_a_session_of_a_bare_participle_under_agreed_to_is_planned(extract) -> None:
    ex = extract("GENEVA, May 12 - Norway and Sweden agreed to settle the quota dispute, "
                 "starting with informal consultations and then holding talks between their "
                 "fisheries ministers, officials said.", published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.PLANNED
    assert talks.start is None  # (not the day of filing: no day of its own is told)


def test_talks_that_began_in_a_clause_of_time_were_held(extract) -> None:
    ex = extract("OSLO, May 12 - However, before the talks between Norway and Sweden began, "
                 "Norwegian Foreign Minister Lars Dahl said the pact should cover fishing "
                 "quotas for this year and next.", published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD


def test_a_meeting_set_for_a_later_hour_is_planned(extract) -> None:
    ex = extract("LONDON, May 12 - A full council meeting of the International Cocoa "
                 "Organization is set for 1500 GMT for a report on the buffer stock talks.",
                 published="2026-05-12")
    meetings = [e for e in ex.events if "council meeting" in e.source.quote]
    assert meetings and all(m.status == EventStatus.PLANNED for m in meetings)


def test_talks_beginning_after_a_future_verb_stay_planned(extract) -> None:
    # near miss: the clause of time hangs from a verb under "would": still ahead
    ex = extract("OSLO, May 12 - Norwegian Foreign Minister Lars Dahl said he would leave "
                 "Stockholm before the talks with Swedish Foreign Minister Eva Lind began.",
                 published="2026-05-12")
    assert all(t.status != EventStatus.HELD for t in _of(ex, EventKind.TALKS))


def test_a_perfect_infinitive_of_a_frame_stays_held(extract) -> None:
    # near miss: "is said to have pressed" tells the past
    ex = extract("OSLO, May 12 - At the meeting between Norway and Sweden in Oslo, Norway is "
                 "said to have pressed Swedish Foreign Minister Eva Lind on fishing quotas.",
                 published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
