"""Agreement status, round-24 audit (agstatus11), on sentences of our own: a stage verb with a
direct object of its own ("suspended its bond buyback scheme") tells that object's stage, not
the stage of an instrument the sentence later hangs on another verb ("... once the loan is
paid out"); an instrument in the verb's object ("approved 50 mln dlrs in loans") or the
verb's own object keeps the verb's stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "LIMA, May 4 - Peru suspended its bond buyback scheme on April 2, and the finance minister "
    "said it would restart once the first tranche of the 300 mln dlr loan from Japan is paid "
    "out.",
    "LIMA, May 4 - Peru froze its fuel subsidy programme last month, and officials said the "
    "scheme would not return until the 300 mln dlr loan from Japan is drawn down.",
])
def test_a_verb_with_an_object_of_its_own_is_not_the_loans(text: str, agreement_history) -> None:
    assert not {"suspended", "terminated"} & {s for s, _ in agreement_history(text)}


def test_the_verbs_own_object_keeps_its_stage(agreement_history) -> None:
    text = ("LIMA, May 4 - Japan suspended the 300 mln dlr loan to Peru on April 2, the finance "
            "minister said.")
    assert "suspended" in [s for s, _ in agreement_history(text)]


def test_an_instrument_inside_the_verbs_object_keeps_its_stage(agreement_history) -> None:
    text = "LIMA, May 4 - The World Bank approved 50 mln dlrs in loans to Peru on Monday."
    assert "signed" in [s for s, _ in agreement_history(text)]


def test_breaking_a_deadlock_is_no_breach_of_the_pact(agreement_history) -> None:
    # "break" (a breach of a pact in force) governs "the deadlock"; the draft is handed over
    text = ("LIMA, May 4 - To break the deadlock, Peru has handed Chile a draft text for a "
            "fisheries agreement, officials said.")
    assert "in_force" not in [s for s, _ in agreement_history(text)]
