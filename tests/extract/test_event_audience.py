"""A gathering of a private audience (business, industry, a party) that an official addresses
is no event between states (accords.extract.event_audience, applied in accords.extract.events)."""
from __future__ import annotations

import pytest

from accords.extract.event_audience import private_gathering


@pytest.mark.parametrize(("sentence", "private"), [
    ("The deputy premier told a meeting of local shipping executives that rates would fall.",
     True),
    ("The forecast was given at a mining investment conference organised by Halden Bank, one "
     "of Oslo's big lenders.", True),
    ("She told the annual conference of the Nordic Timber Association in Bergen that exports "
     "would rise.", True),
    ("He spoke at a meeting organised by the World Economic Forum in Geneva.", True),
    ("The minister told a meeting of the ruling Green party on Sunday that he would stay.", True),
    ("The minister told a meeting of Baltic trade ministers that tariffs would be cut.", False),
    ("Speaking to a farm industry forum, the minister said he had settled the row at a meeting "
     "with his Latvian counterpart.", False),
    ("He addressed the annual meeting of the European Union's farm council.", False),
    ("Ministers of five Andean nations opened a conference on fisheries in Lima.", False),
])
def test_a_private_audience_by_its_name(sentence: str, private: bool) -> None:
    assert private_gathering(sentence) is private


def test_an_ambassadors_speech_to_industrialists_is_no_event(extract) -> None:
    ex = extract("KARACHI, May 4 - Norwegian ambassador Eva Lindholm told a meeting of "
                 "Pakistani industrialists on Monday that Norway would buy more textiles.",
                 published="2026-05-04")
    assert ex.events == []
