"""A body's gathering told first with neither day nor place of its own (only the dateline's),
then with its day and place by a gathering verb ("gathers on Monday for an annual meeting in
Vienna"), is one gathering (blind audit round 28). Articles invented for this test."""
from __future__ import annotations

from accords.vocab import EventKind

ONE = (
    "Labour ministers face pay fight\n\n"
    "OSLO (REUTERS) - At the first meeting of the International Labour Organization's (ILO) "
    "governing body since the crisis began, Norway is set to be pressed on its wage rules.\n"
    "Denmark and the Netherlands will push for a study of pay gaps when the Governing Body - "
    "the ILO's executive body - gathers on Tuesday (June 9) for an annual meeting in Vienna.\n"
    "Officials expect a long session.\n"
)

TWO = ONE.replace("Officials expect a long session.",
                  "The ILO will also hold an extraordinary meeting in Rome on June 30.")


def _meetings(ex):
    return [e for e in ex.events if e.kind == EventKind.MEETING and not e.missing]


def test_an_undated_unplaced_mention_joins_the_dated_gathering(extract) -> None:
    ex = extract(ONE, published="2026-06-08")
    got = [(e.start, e.place) for e in _meetings(ex)]
    assert got == [("2026-06-09", "Vienna")], [(e.kind, e.start, e.place, e.missing)
                                              for e in ex.events]


def test_two_dated_gatherings_leave_the_undated_mention_alone(extract) -> None:
    ex = extract(TWO, published="2026-06-08")
    assert len(_meetings(ex)) == 3, [(e.kind, e.start, e.place, e.missing) for e in ex.events]
