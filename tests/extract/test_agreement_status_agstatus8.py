"""Agreement status, round-22 audit (agstatus8), on sentences of our own: a signing or other
reached stage that is only what talks are about ("formal talks on signing a trade pact",
"negotiations on the signing of a treaty", "discussed signing an accord") is talked about, not
reached (negotiating); a communique or statement told as issued, released or published at a
gathering's end ("A communique issued at the end of the meeting said ...") was adopted by those
who met: signed, in the GUIDE's vocabulary, on the day (not one "published by" an agency)."""
from __future__ import annotations

import pytest

from accords.extract.cues import status_after
from accords.vocab import Status


@pytest.mark.parametrize("text", [
    "OSLO, May 4 - Nordic foreign ministers agreed to formal talks on signing a trade pact "
    "with Chile, officials said.",
    "OSLO, May 4 - Norway and Chile held negotiations on the signing of a fisheries "
    "agreement, officials said.",
    "OSLO, May 4 - Norway and Chile discussed signing a fisheries agreement, officials said.",
])
def test_a_signing_talked_about_is_negotiating(text: str, agreement_history) -> None:
    assert [s for s, _ in agreement_history(text)] == ["negotiating"]


def test_a_signing_after_talks_stays_signed(agreement_history) -> None:
    text = ("OSLO, May 4 - Norway and Chile signed a fisheries agreement after talks on Monday, "
            "officials said.")
    assert [s for s, _ in agreement_history(text)] == ["signed"]


def test_a_communique_issued_is_signed_on_the_day(agreement_history) -> None:
    text = ("LIMA, May 4 - Peru and Chile said they expect closer ties.\n"
            "    A joint communique issued at the end of two days of talks between Peru and "
            "Chile said the two sides hoped for more trade.")
    assert agreement_history(text) == [("signed", "2026-05-04")]


@pytest.mark.parametrize(("after", "expected"), [
    (" issued at the end of the meeting said", Status.SIGNED),
    (" was released after the talks on Tuesday", Status.SIGNED),
    (", which was issued a day after the summit,", Status.SIGNED),
    (" published by the state news agency said", None),
    (" released the prisoners", None),
    (" issued nothing new", None),
])
def test_status_after_an_issued_text(after: str, expected: Status | None) -> None:
    assert status_after(after) == expected
