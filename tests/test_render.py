"""Tables fit the terminal without ever splitting an id; long titles end in an ellipsis."""
from __future__ import annotations

import io

import pytest
from rich.console import Console

from accords import render

AGREEMENT = {"id": "a0123456789abcdef", "kind": "memorandum", "status": "signed",
             "title": "Memorandum of understanding on " + "very " * 30 + "long cooperation",
             "countries": ["KEN", "ETH"], "topics": ["trade"], "parties": [],
             "signatories": [], "history": [{"status": "signed", "date": "2025-03-03",
                                             "place": None, "sources": []}],
             "valid_period": None, "sources": ["d1"], "conflicts": [], "confidence": 0.9}


def _lines(listing, records, width):
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None)
    console.print(render.table(listing, records, width))
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [40, 60, 80, 120, 200])
def test_ids_are_never_split_and_rows_never_wrap(width):
    records = [dict(AGREEMENT, id=f"a{i}0123456789abcdef") for i in range(3)]
    lines = _lines(render.AGREEMENTS, records, width)
    for r in records:
        assert sum(r["id"] in line for line in lines) == 1
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == 3  # one line per record
    assert all(len(line) <= width for line in lines)


def test_a_long_title_ends_in_an_ellipsis():
    (row,) = [line for line in _lines(render.AGREEMENTS, [AGREEMENT], 100)
              if line.startswith("│")]
    assert "Memorandum of" in row and "…" in row


def test_a_short_title_is_shown_whole():
    record = dict(AGREEMENT, title="Fisheries memorandum")
    (row,) = [line for line in _lines(render.AGREEMENTS, [record], 120)
              if line.startswith("│")]
    assert "Fisheries memorandum" in row and "…" not in row
