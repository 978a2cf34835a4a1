"""Several instruments told together stay one record each: a serial list of counterparts
after "with" ("similar pacts with A, B and C"), each with the clause's subject as a party."""
from __future__ import annotations

from accords.consolidate.run import consolidate
from accords.extract.parties import _serial_list
from accords.pipeline import extract_batch
from accords.records import Document


def _records(text: str) -> list[dict]:  # type: ignore[type-arg]
    (ex,) = extract_batch([Document.from_text("a.txt", text)])
    return [a.to_dict() for a in consolidate(ex.agreements, ex.events, ex.people).agreements]


def test_serial_list_commas_read_as_and() -> None:
    assert _serial_list("Peru, Chile and Bolivia, officials said") == \
        "Peru and Chile and Bolivia, officials said"
    # a lone comma before a clause is not a list
    assert _serial_list("Chile, Peru has said") == "Chile, Peru has said"


def test_a_serial_list_after_including_is_one_instrument_each_with_the_story_state() -> None:
    records = _records("CANBERRA, May 3 - Australia signed a fisheries treaty with Fiji on "
                       "Tuesday. The government is also negotiating similar treaties with "
                       "several other states, including Samoa, Tonga and Vanuatu.")
    pairs = {tuple(r["countries"]) for r in records}
    assert {("AUS", "FJI"), ("AUS", "WSM"), ("AUS", "TON"), ("AUS", "VUT")} <= pairs
    assert all(len(r["countries"]) == 2 for r in records)


def test_a_serial_list_with_a_named_subject_was_cut_at_its_first_comma() -> None:
    records = _records("OSLO, May 3 - Norway has signed fisheries agreements with Denmark, "
                       "Sweden and Finland, officials said.")
    pairs = {tuple(r["countries"]) for r in records}
    assert {("DNK", "NOR"), ("NOR", "SWE"), ("FIN", "NOR")} <= pairs


def test_a_further_accord_is_one_more_of_the_series_between_the_same_sides() -> None:
    records = _records("HARARE, June 3 - Zambia and Malawi signed a border treaty in Lusaka on "
                       "Monday. The Mzuzu treaty, signed in 2011, lapsed in 2014. A further "
                       "accord, brokered by Tanzania in Arusha in 2016, was never applied.")
    further = [r for r in records if r["title"].startswith("Accord")]
    assert len(further) == 1 and {"MWI", "ZMB"} <= set(further[0]["countries"])
    assert further[0]["status"] == "agreed"  # brokered: reached, never applied
    assert len(records) == 3
