"""evparts27: one named in a gathering's sentence before ", Y said" (a verb of saying with a
subject of its own after the comma) is one met, not the source ("a meeting with officials,
including Finance Minister X, Y said"); a list of speakers ("X, Y and Z said") and the person's
own office in apposition ("X, the finance minister, said") still name the source. A title "A
meets B" names two sides, not two of one state."""
from __future__ import annotations


def _names(event) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in event.participants if p.type == "person")


_LEAD = "OTTAWA, May 5 - "


def test_one_included_before_another_speaker_is_met(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Finance Minister Michael Wilson and Bank of Canada Governor John "
                    "Crow held a meeting with senior French officials, including Finance "
                    "Minister Edouard Balladur, Crow said.")
    ex = extract(text, published="1987-05-05")
    assert any("Edouard Balladur" in _names(e) for e in ex.events)


def test_one_included_before_officials_said_is_met(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Finance Minister Michael Wilson held talks with senior French "
                    "officials, including Finance Minister Edouard Balladur, officials said.")
    ex = extract(text, published="1987-05-05")
    assert any("Edouard Balladur" in _names(e) for e in ex.events)


def test_a_list_of_speakers_is_still_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Finance Minister Michael Wilson held talks with French officials "
                    "on Monday, Trade Minister Pat Carney, Energy Minister Marcel Masse and "
                    "Foreign Minister Joe Clark said.")
    ex = extract(text, published="1987-05-05")
    assert all("Pat Carney" not in _names(e) for e in ex.events)


def test_a_source_with_his_office_in_apposition_is_still_the_source(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Finance Minister Michael Wilson held talks with French officials "
                    "on Monday, Pat Carney, the trade minister, said.")
    ex = extract(text, published="1987-05-05")
    assert all("Pat Carney" not in _names(e) for e in ex.events)


def test_a_meets_title_names_two_sides(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + ("Canadian Finance Minister Michael Wilson and Bank of Canada Governor John "
                    "Crow held a meeting with senior French officials, including Finance "
                    "Minister Edouard Balladur, Crow said.")
    ex = extract(text, published="1987-05-05")
    (meeting,) = [e for e in ex.events if "Edouard Balladur" in _names(e)]
    assert "Edouard Balladur" in meeting.title
