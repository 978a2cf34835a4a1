"""A state named in a prepositional phrase of location after a noun in the clause's subject
("the troops in Iraq", "his death in custody in Lebanon") is where the noun is, not a side of
the instrument; "the government in X" is its rulers, a side (round-30 audit, agparties27)."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


def _countries(text: str) -> set[str]:
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    out: set[str] = set()
    for a in consolidate(ex.agreements, ex.events, ex.people).agreements:
        out |= set(a.to_dict()["countries"])
    return out


def test_a_state_where_the_subject_noun_stands_is_no_side() -> None:
    # (on the base: Lebanon a side beside France)
    got = _countries("Syrian troops in Lebanon signed a ceasefire agreement with Israel on "
                     "Tuesday.")
    assert "LBN" not in got
    assert {"SYR", "ISR"} <= got


def test_a_death_in_custody_in_a_state_makes_it_no_side() -> None:
    got = _countries("The death of a man in British custody in Lebanon breached the trade "
                     "agreement between Britain and Jordan, a lawyer said on Tuesday.")
    assert "LBN" not in got


def test_the_government_in_a_state_is_that_state() -> None:
    got = _countries("The government in Lebanon signed a trade agreement with Syria on "
                     "Tuesday.")
    assert {"LBN", "SYR"} <= got
