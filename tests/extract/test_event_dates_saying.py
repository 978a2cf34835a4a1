"""A day the parse hangs from a verb of saying dates the remark, not the gathering gone by
that the remark tells of (branch dates5): "held talks ..., X said in Salzburg last Thursday",
with words between the verb and its day. Such a gathering has no day of its own (null), not the
remark's nor the later day of filing. The verb's own adjuncts naming the gathering keep it the
gathering's day ("said at the summit on Monday"); a gathering told in the present is under way
on the day of the remark. Sentences are invented; 12 May 2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind


def _of(ex, kind):
    return [e for e in ex.events if e.kind == kind]


def test_day_of_saying_with_a_place_between_does_not_date_the_talks(extract) -> None:
    ex = extract("GENEVA, May 12, 2026 - Austria and Hungary held talks on river transport, "
                 "Austrian Transport Minister Karl Berg said in Salzburg last Thursday.")
    (talks,) = _of(ex, EventKind.TALKS)
    assert (talks.start, talks.end) == (None, None)


def test_day_of_telling_reporters_here_does_not_date_the_visit(extract) -> None:
    ex = extract("GENEVA, May 12, 2026 - Hungarian Prime Minister Peter Kovacs visited Austria "
                 "for talks on river transport, his spokesman told reporters here last Friday.")
    (visit,) = _of(ex, EventKind.VISIT)
    assert (visit.start, visit.end) == (None, None)


def test_day_of_saying_at_the_summit_stays_the_summit_day(extract) -> None:
    # near miss: the verb's own adjunct names the gathering
    ex = extract("GENEVA, May 12, 2026 - Austrian Chancellor Karl Berg said at the summit with "
                 "Hungary in Vienna last Friday that river transport would improve.")
    (summit,) = _of(ex, EventKind.SUMMIT)
    assert summit.start == "2026-05-08"


def test_gathering_in_the_present_keeps_the_day_of_saying(extract) -> None:
    # near miss: "is holding" a call the day the aide speaks
    ex = extract("GENEVA, May 12, 2026 - Austrian Chancellor Karl Berg is holding a telephone "
                 "call with Hungarian Prime Minister Peter Kovacs on river transport, an aide "
                 "said in Vienna on Monday.")
    (call,) = _of(ex, EventKind.CALL)
    assert call.start == "2026-05-11"
