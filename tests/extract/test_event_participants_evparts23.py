"""evparts23: the subject of "report to" a gathering told before, and of a verb of being there
whose object is the gathering the same sentence names ("X, who had just attended the ...
meeting in Y"), takes part in it; "he told reporters during the meeting" after a sentence whose
speaker is named is that speaker; one who only briefs or reports on a gathering does not."""
from __future__ import annotations


def _names(event) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(p.name for p in event.participants if p.type == "person")


def _of_kind(ex, kind: str):  # type: ignore[no-untyped-def]
    return [e for e in ex.events if e.kind.value == kind]


_RIGA = ("RIGA, May 6 - Baltic finance ministers and central bankers meet in Latvia this "
         "weekend to discuss tax harmonisation, officials said. Latvian Finance Minister Ilze "
         "Kalnina, who will host the informal meeting, said debt would also be discussed. "
         "Bread prices rose again in April. ")


def test_reporting_to_the_meeting_takes_part(extract) -> None:  # type: ignore[no-untyped-def]
    text = _RIGA + ("She said Nordic Council President Lars Henriksen would report to the "
                    "meeting on problems of cross-border banking.")
    ex = extract(text, published="1994-05-06")
    assert "Lars Henriksen" in _names(_of_kind(ex, "meeting")[0])


def test_reporting_on_the_meeting_later_adds_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = _RIGA + ("She said Nordic Council President Lars Henriksen would report on the "
                    "meeting to his council next month.")
    ex = extract(text, published="1994-05-06")
    assert "Lars Henriksen" not in _names(_of_kind(ex, "meeting")[0])


def test_who_attended_the_meeting_named_in_its_sentence(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("QUITO, July 2 - Peruvian Energy Minister Rosa Quispe Mamani arrived in Quito last "
            "night for a visit to Ecuador, officials said. Officials said Mamani, who had just "
            "attended the OPEC ministerial meeting in Vienna, would stay for two days.")
    ex = extract(text, published="1990-07-02")
    meeting = next(e for e in ex.events if e.kind.value == "meeting" and e.group)
    assert "Rosa Quispe Mamani" in _names(meeting)


def test_who_spoke_about_the_meeting_named_in_its_sentence_adds_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("QUITO, July 2 - Peruvian Energy Minister Rosa Quispe Mamani arrived in Quito last "
            "night for a visit to Ecuador, officials said. Officials said Mamani, who had "
            "criticised the OPEC ministerial meeting in Vienna, would stay for two days.")
    ex = extract(text, published="1990-07-02")
    for e in ex.events:
        if e.kind.value == "meeting" and e.group:
            assert "Rosa Quispe Mamani" not in _names(e)


_LIMA = ("LIMA, March 24 - Latin America and Canada are likely to agree on new lending rules "
         "after talks yesterday with Canadian Finance Minister Paul Gagnon, Chilean Finance "
         "Minister Andres Fuentes said. ")


def test_he_told_reporters_during_the_meeting_is_the_speaker_before(extract) -> None:  # type: ignore[no-untyped-def]
    text = _LIMA + ('"This will take time, but I am hopeful," he told reporters during the '
                    "Inter-American Development Bank's annual meeting here.")
    ex = extract(text, published="1991-03-24")
    annual = next(e for e in ex.events if "annual meeting" in e.title)
    assert "Andres Fuentes" in _names(annual)


def test_a_briefing_on_a_recent_meeting_lends_no_one(extract) -> None:  # type: ignore[no-untyped-def]
    text = ("LONDON, April 1 - The International Coffee Organization board ended its session "
            "without a move on quotas, delegates said. The closest the board came to the issue "
            "was a briefing by the Kenyan ICO delegate Joseph Mwangi on a recent East African "
            "producers meeting in Nairobi, delegates said.")
    ex = extract(text, published="1988-04-01")
    assert any("producers meeting" in e.title for e in ex.events)
    for e in ex.events:
        if "producers meeting" in e.title:
            assert "Joseph Mwangi" not in _names(e)
