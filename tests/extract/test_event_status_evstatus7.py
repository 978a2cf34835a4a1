"""Event status from the tense of the verb an infinitive hangs from (branch evstatus7).

- The to-infinitive of a verb of aspect or raising ("continued to oppose", "began to discuss",
  "appeared to make") happens in that verb's tense: a gathering it governs is not ahead for
  the infinitive alone.
- A bare infinitive ("is determined to see Norway take part in the summit") has no tense of its
  own: a gathering it governs takes the tense of the verb it is the complement of.
Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.vocab import EventKind, EventStatus


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_a_meeting_where_ministers_continued_to_oppose_a_plan_was_held(extract) -> None:
    ex = extract("OSLO, May 12 - Officials said Iceland and Denmark continued to oppose the "
                 "fishing levy at a meeting of Nordic finance ministers here.",
                 published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD


def test_talks_where_envoys_began_to_discuss_a_border_were_held(extract) -> None:
    ex = extract("OSLO, May 12 - Envoys of Norway and Sweden began to discuss the disputed "
                 "border at talks in Bergen, diplomats said.", published="2026-05-12")
    (talks,) = _of(ex, EventKind.TALKS)
    assert talks.status == EventStatus.HELD


def test_a_summit_a_bare_infinitive_under_to_see_governs_is_planned(extract) -> None:
    ex = extract("OSLO, May 12 - Canada is determined to see Norway take part in the Arctic "
                 "summit in Tromso next month, a Canadian diplomat said.", published="2026-05-12")
    (summit,) = _of(ex, EventKind.SUMMIT)
    assert (summit.status, summit.start) == (EventStatus.PLANNED, "2026-06")


def test_near_misses_keep_their_reading(extract) -> None:
    # a bare infinitive under a past verb: held, as on main
    ex = extract("OSLO, May 12 - Canada helped Norway take part in the Arctic summit in Tromso "
                 "last Friday, a Canadian diplomat said.", published="2026-05-12")
    (summit,) = _of(ex, EventKind.SUMMIT)
    assert summit.status == EventStatus.HELD
    # a verb of aspect under a future: still ahead
    ex = extract("OSLO, May 12 - Iceland and Denmark will continue to oppose the fishing levy at "
                 "a meeting of Nordic finance ministers in Bergen next week, officials said.",
                 published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.PLANNED


def test_meetings_others_are_determined_to_see_a_state_attend_are_not_held(extract) -> None:
    # the meetings are told only through a bare infinitive under "to see": not held (held
    # on main, dated by the day of filing); planned, or dropped when nothing dates them
    ex = extract("OSLO, May 12 - Arctic states are set to press for a fishing ban when the "
                 "Arctic Council gathers on Monday (May 18) for its annual meeting in Tromso.\n\n"
                 "Canada is determined to see Greenland take part in the meetings in Tromso as "
                 "an observer, with a spokesman for the Canadian mission in Oslo saying its "
                 "fishing experience would help.", published="2026-05-12")
    assert all(e.status == EventStatus.PLANNED for e in ex.events)
    records = consolidate(ex.agreements, ex.events, []).events
    assert [e for e in records if e.status == EventStatus.HELD] == []


def test_a_meeting_where_ministers_were_unable_to_agree_was_held(extract) -> None:
    ex = extract("OSLO, May 12 - Ministers of Iceland and Denmark were unable to agree on the "
                 "fishing levy at a meeting of Nordic finance ministers in Bergen, officials "
                 "said.", published="2026-05-12")
    (meeting,) = _of(ex, EventKind.MEETING)
    assert meeting.status == EventStatus.HELD
