"""Agreement status, round-23 audit (agstatus9), on sentences of our own: a loan or credit
whose money was paid over is implemented, told by a verb of paying the status lexicon lacked
("paid out a loan", "drew down a credit", "released the second tranche of a loan"); a release
of anything but money of the instrument ("released the text of the agreement") tells no stage."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "QUITO, May 4 - The Asian Development Bank released the third tranche of a 70 mln dlr "
    "loan to Ecuador on Monday, ministers said.",
    "QUITO, May 4 - The Asian Development Bank paid out a 70 mln dlr loan to Ecuador on "
    "Monday, ministers said.",
    "QUITO, May 4 - Ecuador drew down the third instalment of its 70 mln dlr standby credit "
    "from the International Monetary Fund on Monday, ministers said.",
])
def test_money_paid_over_is_implemented(text: str, agreement_history) -> None:
    assert [s for s, _ in agreement_history(text)] == ["implemented"]


def test_a_released_text_tells_no_implementation(agreement_history) -> None:
    text = ("QUITO, May 4 - Ecuador and Peru released the text of their fisheries agreement "
            "on Monday, ministers said.")
    assert "implemented" not in [s for s, _ in agreement_history(text)]
