"""A gathering its own sentence gives no time takes the first day a sentence shortly after
gives the opening of "the" gathering of the same noun ("... would face hard talks in Ottawa.
... the talks, starting on May 19, would cover ..."; "The conference, which began Monday,
..."), running to the report's day when it opened before (branch evdate13, round-25 audit: the
Taiwan-US talks "starting on April 14" recorded with no date). Sentences are invented; 12 May
2026 is a Tuesday."""
from __future__ import annotations

from accords.vocab import EventKind

_GATHERINGS = (EventKind.MEETING, EventKind.TALKS, EventKind.CONFERENCE)


def _dates(ex) -> set[tuple[str | None, str | None]]:
    return {(e.start, e.end) for e in ex.events if e.kind in _GATHERINGS}


def test_talks_ahead_take_their_starting_day(extract) -> None:
    ex = extract("QUITO, May 12, 2026 - Ecuador's trade delegation left for Ottawa.\nIts leader, "
                 "Trade Minister Rosa Diaz, told reporters last night that she would face hard "
                 "talks with Canada in Ottawa over fish quotas.\nDiaz said the talks, starting on "
                 "May 19, would cover shrimp exports and port fees.")
    assert ("2026-05-19", "2026-05-19") in _dates(ex)
    assert (None, None) not in _dates(ex)


def test_talks_that_began_run_to_the_report(extract) -> None:
    ex = extract("LIMA, May 12, 2026 - Peruvian Fisheries Minister Ana Torres and Chilean "
                 "Fisheries Minister Luis Vega are holding talks in Lima on fishing quotas, "
                 "officials said.\nThe talks, which began on May 4, are the last chance to settle "
                 "the quotas before the season opens.")
    assert ("2026-05-04", "2026-05-12") in _dates(ex)


def test_another_gathering_opening_later_lends_no_day(extract) -> None:
    # guard: the later sentence opens a conference, the first one tells of talks
    ex = extract("QUITO, May 12, 2026 - Trade Minister Rosa Diaz told reporters last night that "
                 "she would face hard talks with Canada in Ottawa over fish quotas.\nThe "
                 "conference, starting on May 19, will cover shrimp exports.")
    assert ("2026-05-19", "2026-05-19") not in {
        (e.start, e.end) for e in ex.events if e.kind == EventKind.TALKS}


def test_talks_with_their_own_day_keep_it(extract) -> None:
    # guard: the sentence's own time wins over a later opening
    ex = extract("QUITO, May 12, 2026 - Trade Minister Rosa Diaz will hold talks with Canadian "
                 "Trade Minister Paul Roy in Ottawa on May 20 over fish quotas.\nDiaz said the "
                 "talks, starting on May 19, would cover shrimp exports.")
    assert ("2026-05-20", "2026-05-20") in _dates(ex)


def test_a_round_of_talks_that_began_runs_to_the_report(extract) -> None:
    # "the latest round of talks, which began ...": the clause hangs on "round", a part of the
    # talks (branch evdate25, round-28 audit: a round that began on the 9th recorded as that
    # one day)
    ex = extract("GENEVA, May 12, 2026 - A new cocoa agreement was adopted by a United Nations "
                 "conference today.\nThe latest round of talks, which began on May 4, was the "
                 "third attempt to negotiate a new pact.")
    assert ("2026-05-04", "2026-05-12") in _dates(ex)


def test_a_round_of_another_thing_is_no_negotiation(extract) -> None:
    # guard: a round of cuts is not a part of talks
    ex = extract("LIMA, May 12, 2026 - Peruvian Fisheries Minister Ana Torres met Chilean "
                 "Fisheries Minister Luis Vega in Lima today.\nThe latest round of cuts, which "
                 "began on May 4, was discussed at the talks.")
    assert ("2026-05-04", "2026-05-12") not in _dates(ex)
