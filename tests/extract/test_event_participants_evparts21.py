"""evparts21: one the article titles elsewhere, told by surname as the subject of speaking at,
addressing, chairing or being at a gathering it told before ("Ferreira spoke at the summit",
"Ferreira was at the summit", "Ferreira chaired the meeting"), takes part in it; one who only
comments on it does not."""
from __future__ import annotations

_SUMMIT = ("LIMA, March 2 - Peru came under pressure at the Andean summit in Quito on Friday "
           "to cut its copper tariffs, officials said. President Alan Ferreira said exports "
           "were weak, and Foreign Minister Luis Bustamante agreed. Copper output fell "
           "in January. ")


def _people(ex) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [sorted(p.name for p in e.participants if p.type == "person") for e in ex.events]


def _summit(ex):  # type: ignore[no-untyped-def]
    return next(e for e in ex.events if e.kind.value == "summit")


def test_a_surname_speaking_at_the_summit_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    for tail in ("Ferreira spoke at the summit about the mines of the south.",
                 "Bustamante was speaking at the summit when the figures came out.",
                 "Ferreira was at the summit for two days."):
        ex = extract(_SUMMIT + tail, published="1987-03-02")
        who = "Luis Bustamante" if tail.startswith("Bustamante") else "Alan Ferreira"
        assert who in [p.name for p in _summit(ex).participants], tail


def test_commenting_on_the_summit_adds_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    for tail in ("Bustamante said the summit would be difficult.",
                 "Bustamante spoke about the summit on the radio.",
                 "Bustamante was not at the summit."):
        ex = extract(_SUMMIT + tail, published="1987-03-02")
        assert "Luis Bustamante" not in [p.name for p in _summit(ex).participants], tail


_CAPTION = ("Trade between the two countries rose last year, officials said. "
            "Brazilian President Marta Quintero and Indonesian President Hadi Santoso on the "
            "sidelines of the G20 summit in Rome on October 30, 2021.")


def test_a_caption_on_the_sidelines_puts_the_pair_at_the_summit(extract) -> None:  # type: ignore[no-untyped-def]
    ex = extract(_CAPTION, published="2021-11-02")
    summit = _summit(ex)
    assert sorted(p.name for p in summit.participants) == ["Hadi Santoso", "Marta Quintero"]
    # (the pair's own occasion is a meeting aside, not a second summit)
    assert sorted(e.kind.value for e in ex.events) == ["meeting", "summit"]


def test_a_meeting_told_by_a_verb_on_the_sidelines_lends_the_summit_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("Brazilian President Marta Quintero met Indonesian President Hadi Santoso on the "
            "sidelines of the G20 summit in Rome on October 30, 2021.")
    ex = extract(text, published="2021-11-02")
    assert _summit(ex).participants == []
