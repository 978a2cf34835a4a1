"""Dyadic event rows, as GDELT and ICEWS lay them out."""
from __future__ import annotations

import csv
import io

from accords.export.dyadic import COLUMNS, rows, to_dyadic_csv

SOURCE = {"document": "d1", "quote": "Ruto arrived in Addis Ababa", "start": 0, "end": 27}


def _event(**kw):
    base = {"id": "e1", "kind": "visit", "title": "t", "date": {"start": "2025-03-12",
            "end": "2025-03-13"}, "place": "Addis Ababa", "host_country": "ETH",
            "visiting_country": "KEN", "participants": [], "agreements": [],
            "sources": [SOURCE]}
    return {**base, **kw}


def _agreement(**kw):
    base = {"id": "a1", "countries": ["KEN", "ETH", "IGO:AU"], "history": [
        {"status": "negotiating", "date": None, "place": None, "sources": [SOURCE]},
        {"status": "signed", "date": "2025-03-12", "place": None, "sources": [SOURCE]},
        {"status": "ratified", "date": "2026-01", "place": None, "sources": [SOURCE],
         "future": True}]}
    return {**base, **kw}


def _data(events=(), agreements=()):
    return {"events": list(events), "agreements": list(agreements)}


def test_a_visit_goes_from_the_visitor_to_the_host():
    (row,) = rows(_data([_event()]))
    assert (row["source_country"], row["target_country"], row["directed"]) == ("KEN", "ETH",
                                                                                True)
    assert (row["date"], row["kind"], row["cameo"], row["record"]) == ("2025-03-12", "visit",
                                                                       "042", "e1")
    assert row["quote"] == SOURCE["quote"]


def test_a_meeting_gives_each_pair_of_countries_once_undirected():
    meeting = _event(kind="meeting", host_country="ETH", visiting_country=None,
                     participants=[{"name": "A", "country": "KEN", "role": None},
                                   {"name": "B", "country": "UGA", "role": None},
                                   {"name": "C", "country": "ETH", "role": None}])
    pairs = [(r["source_country"], r["target_country"]) for r in rows(_data([meeting]))]
    assert pairs == [("ETH", "KEN"), ("ETH", "UGA"), ("KEN", "UGA")]


def test_agreements_give_a_row_per_pair_of_parties_and_dated_stage():
    found = rows(_data(agreements=[_agreement()]))
    assert {(r["source_country"], r["target_country"]) for r in found} == {
        ("ETH", "IGO:AU"), ("ETH", "KEN"), ("IGO:AU", "KEN")}
    assert {(r["kind"], r["cameo"], r["date"]) for r in found} == {
        ("agreement_signed", "057", "2025-03-12")}  # undated and target stages left out


def test_csv_has_the_columns():
    text = to_dyadic_csv(_data([_event()], [_agreement()]))
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0]) == COLUMNS
    assert table[0]["directed"] in {"0", "1"}
