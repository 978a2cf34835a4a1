"""Agreement status, round-25 audit (agstatus12), on articles of our own: an instrument that is
the subject of its own relative clause telling its start ("Under the accord, which began in
February, ...") is running, in force, not the signature a bare "under the accord" is read as;
a clause with an object of its own ("which began talks") or hung on another noun ("talks on an
accord, which began in March") tells no start of the instrument."""
from __future__ import annotations

import pytest

from accords.annotate.syntax import Parse
from accords.extract.stage_verb import started_in_own_clause
from accords.pipeline import extract_batch
from accords.records import Document
from accords.vocab import Status

_ARTICLE = """CANADA SAID PROMISED MOST WHEAT SALES TO PORTUGAL
OTTAWA, May 4 - Canada has been promised most of the wheat
sales to Portugal from outside suppliers under an agreement
with the European Community, a diplomat said.
    The diplomat said the promise was made in a side letter
of the agreement.
    Under the accord, {clause}, outside
suppliers were guaranteed access for the next three years for
one mln tonnes a year of wheat to the Portuguese market.
"""


def _under_the_accord(clause: str) -> list[tuple[Status, str | None]]:
    (ex,) = extract_batch([Document.from_text("a.txt", _ARTICLE.format(clause=clause),
                                              published="2026-05-04")])
    return [(m.status, m.date) for m in ex.agreements if m.source.quote.startswith("Under")]


@pytest.mark.parametrize(("clause", "day"), [
    ("which began in February", "2026-02"),
    ("which started last year", "2025"),
])
def test_an_accord_that_began_is_in_force(clause: str, day: str) -> None:
    assert _under_the_accord(clause) == [(Status.IN_FORCE, day)]


def test_a_clause_with_an_object_of_its_own_tells_no_start() -> None:
    assert Status.IN_FORCE not in [s for s, _ in _under_the_accord("which began talks in February")]


def test_a_clause_on_the_talks_tells_no_start(agreement_history) -> None:
    text = ("LIMA, May 4 - Talks on a fisheries accord between Peru and Chile, which began in "
            "March, resumed on Monday.")
    assert "in_force" not in [s for s, _ in agreement_history(text)]


def test_no_parse_no_start() -> None:
    assert not started_in_own_clause(None, 0)
    assert not started_in_own_clause(Parse(()), 0)
