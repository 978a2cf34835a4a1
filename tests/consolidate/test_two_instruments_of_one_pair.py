"""Two instruments of the same kind and parties in one article stay two records (pdistinct):
a predecessor "between them", "a second" of a series, two years in two names; and the near
misses that stay one. Sentences are our own."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Agreement, Document

_WIRE = "NAIROBI, May 12, 2031 (Xinhua) -- "


def _records(text: str) -> list[Agreement]:
    exs = extract_batch([Document.from_text("0.txt", text)])
    return consolidate([m for e in exs for m in e.agreements], [], []).agreements


def test_the_previous_agreement_between_them_is_a_second_record() -> None:
    recs = _records("Lisbon, Rabat\n" + _WIRE + "Portugal and Morocco signed a fisheries agreement on "
                    "Friday. The previous fisheries agreement between them, signed in 2024, "
                    "expired in July.")
    assert len(recs) == 2
    assert all({p.country for p in r.parties} == {"PRT", "MAR"} for r in recs)


def test_the_existing_agreement_between_the_two_neighbours_is_a_second_record() -> None:
    recs = _records("Power deal\n" + _WIRE + "Bhutan and Nepal signed a power trade agreement on "
                    "Wednesday. It replaces the existing power agreement between the two "
                    "neighbours, signed in 2025.")
    assert len(recs) == 2


def test_a_second_agreement_is_not_the_first_one() -> None:
    recs = _records("Doha, Ankara\n" + _WIRE + "Qatar and Turkey signed a second currency swap "
                    "agreement on Monday, weeks after Qatar and Turkey signed a first currency "
                    "swap agreement in Doha in April.")
    assert len(recs) == 2


def test_another_agreement_named_by_its_determiner_is_another_record() -> None:
    recs = _records("Muscat, Delhi\n" + _WIRE + "Oman and India signed a defence cooperation "
                    "agreement on Monday. Oman and India also signed another defence agreement, "
                    "on maritime security, in 2027.")
    assert len(recs) == 2


def test_two_years_in_two_names_are_two_instruments() -> None:
    recs = _records("Swap lines\n" + _WIRE + "Pakistan and China signed the 2031 currency swap "
                    "agreement on Monday. Pakistan and China signed the 2019 currency swap "
                    "agreement in Beijing.")
    assert sorted(r.title[:4] for r in recs) == ["2019", "2031"]


def test_a_second_agreement_told_again_and_in_the_headline_is_one_record() -> None:
    recs = _records("Ghana and Togo sign second border deal\n" + _WIRE + "Ghana and Togo signed "
                    "a second border agreement on Thursday. The two countries had signed a "
                    "first border agreement in 2029.")
    assert len(recs) == 2
    recs = _records("Doha, Ankara\n" + _WIRE + "Qatar and Turkey signed a second currency swap "
                    "agreement on Monday. The currency swap agreement is worth 5 billion "
                    "dollars, officials said.")
    assert len(recs) == 1


def test_the_same_year_named_twice_is_one_record() -> None:
    recs = _records("Energy\n" + _WIRE + "Kenya and Tanzania signed the 2031 energy agreement on "
                    "Monday. The energy agreement, signed in Arusha, covers power trade.")
    assert len(recs) == 1


def test_an_extension_and_the_earlier_signing_are_one_record() -> None:
    recs = _records("Swap line extended\n" + _WIRE + "Qatar and Turkey extended their currency "
                    "swap agreement on Monday. Qatar and Turkey had signed the currency swap "
                    "agreement in 2026.")
    assert len(recs) == 1
