"""How the list commands print records: a table for people, JSON, JSON Lines or CSV for
scripts.

Tables fit the terminal: an id is never split or shortened (it is what `accords show` takes),
long titles and lists end in an ellipsis instead of wrapping over several lines.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from accords.export import flat

FORMATS = ("table", "json", "jsonl", "csv")
Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    header: str
    key: str  # a column of the flat row
    kind: str = "short"  # "id", "keep": never cut; "wide": takes the room left; "short"


@dataclass(frozen=True)
class Listing:
    """What a list command shows: its flat rows and the columns of its table."""

    title: str
    flat: Callable[[Row], Row]
    csv_columns: Sequence[str]
    columns: Sequence[Column]


AGREEMENTS = Listing("Agreements", flat.agreement_row, flat.AGREEMENT_COLUMNS, (
    Column("id", "id", "id"), Column("kind", "kind"), Column("title", "title", "wide"),
    Column("status", "status"), Column("date", "last_date", "keep"),
    Column("countries", "countries"), Column("src", "n_sources"), Column("!", "conflict")))
EVENTS = Listing("Events", flat.event_row, flat.EVENT_COLUMNS, (
    Column("id", "id", "id"), Column("kind", "kind"), Column("title", "title", "wide"),
    Column("dates", "dates"), Column("place", "place"),
    Column("participants", "participants", "wide")))
ENTITIES = Listing("Entities", flat.entity_row, flat.ENTITY_COLUMNS, (
    Column("id", "id", "id"), Column("name", "name", "wide"), Column("type", "type"),
    Column("country", "country"), Column("also", "aliases", "wide")))
REJECTED = Listing("Rejected inputs", flat.rejected_row, flat.REJECTED_COLUMNS, (
    Column("code", "code"), Column("input", "name", "wide"), Column("reason", "reason", "wide"),
    Column("at", "at")))


def _table_row(listing: Listing, record: Row) -> Row:
    row = listing.flat(record)
    if listing is AGREEMENTS:
        row["countries"] = row["countries"].replace(";", " ")
        row["n_sources"] = str(len(record["sources"]))
        row["conflict"] = "!" if record["conflicts"] else ""  # sources disagree: see show
    elif listing is EVENTS:
        start, end = row["start"], row["end"]
        row["dates"] = start if start == end or not end else f"{start}..{end}"
        row["participants"] = row["participants"].replace(";", ", ")
    elif listing is ENTITIES:
        row["aliases"] = row["aliases"].replace(";", ", ")
    return row


SHORT_MAX = 24  # a short column (kind, status, dates, codes) never takes more
WIDE_MIN = 24
NARROWEST = 4  # "sig…"


def _widths(columns: Sequence[Column], cells: list[list[str]], room: int) -> list[int]:
    """Each column's width so that the table fits `room` characters: ids whole, short
    columns as wide as their longest value (up to SHORT_MAX), wide columns share the rest."""
    natural = [max([len(c.header)] + [len(row[i]) for row in cells])
               for i, c in enumerate(columns)]
    widths = [min(n, SHORT_MAX) if c.kind == "short" else n
              for c, n in zip(columns, natural, strict=True)]
    wide = [i for i, c in enumerate(columns) if c.kind == "wide"]
    fixed = sum(w for i, w in enumerate(widths) if i not in wide)
    left = room - 3 * len(columns) - 1 - fixed  # borders and padding: 3 a column, 1 more
    if wide and sum(widths[i] for i in wide) > left:
        # Give each wide column its share, smallest first, so short ones keep their width.
        for k, i in enumerate(sorted(wide, key=lambda i: widths[i])):
            share = max(WIDE_MIN, left // (len(wide) - k))
            widths[i] = min(widths[i], share)
            left -= widths[i]
    # Still too wide: narrow the short columns (widest first), then the wide ones; ids never.
    over = 3 * len(columns) + 1 + sum(widths) - room
    for kind in ("short", "wide"):
        cut = [i for i, c in enumerate(columns) if c.kind == kind]
        while over > 0 and cut:
            i = max(cut, key=lambda i: widths[i])
            if widths[i] <= NARROWEST:
                break
            widths[i] -= 1
            over -= 1
    return widths


def table(listing: Listing, records: list[Row], width: int = 100) -> Table:
    """The records as a table `width` characters wide at most: on a terminal too narrow for
    all columns, the last ones are left out rather than an id cut."""
    rows = [_table_row(listing, r) for r in records]
    columns = list(listing.columns)
    while True:
        cells = [[str(r[c.key]) if r[c.key] is not None else "" for c in columns] for r in rows]
        widths = _widths(columns, cells, width)
        if sum(widths) + 3 * len(columns) + 1 <= width or len(columns) <= 2:
            break
        columns.pop(max(i for i, c in enumerate(columns) if c.kind not in ("id", "keep")))
    out = Table(title=f"{listing.title} ({len(rows)})")
    for col, w in zip(columns, widths, strict=True):
        out.add_column(col.header, no_wrap=True, overflow="ellipsis", width=w,
                       min_width=w if col.kind in ("id", "keep") else None)
    for row in cells:
        out.add_row(*row)
    return out


def write(listing: Listing, records: list[Row], fmt: str, console: Console,
          out: TextIO) -> None:
    """Print `records` in `fmt`: the table to the console, the other formats to `out`."""
    if fmt == "table":
        console.print(table(listing, records, console.width))
    elif fmt == "json":
        out.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, list(listing.csv_columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(listing.flat(r) for r in records)
    else:
        raise ValueError(f"unknown format {fmt!r}")


def print_record(console: Console, kind: str, rec: Row, name: Callable[[str], str]) -> None:
    """One record as `accords show` prints it; `name` gives a document's name from its id."""
    if kind == "entity":
        console.print(f"[bold]{escape(rec['name'])}[/]  ({rec['id']}, {rec['type']}, "
                      f"{rec['country'] or '?'})")
        if rec["aliases"]:
            console.print("also: " + escape("; ".join(rec["aliases"])))
        return
    console.print(f"[bold]{rec['title']}[/]  ({rec['id']}, {rec['kind']})")
    if kind == "agreement":
        console.print(f"status: [bold]{rec['status']}[/]  countries: "
                      f"{' '.join(rec['countries'])}  topics: {', '.join(rec['topics'])}  "
                      f"confidence: {rec['confidence']}")
        console.print("parties: " + "; ".join(f"{p['name']} ({p['country'] or '?'}, {p['type']})"
                                              for p in rec["parties"]))
        if rec["signatories"]:
            console.print("signatories: " + "; ".join(
                f"{s['name']} ({s['role'] or '?'}, {s['country'] or '?'})"
                for s in rec["signatories"]))
        if rec["valid_period"]:
            console.print(f"valid: {rec['valid_period']['from']}–{rec['valid_period']['to']}")
        console.print("[bold]history[/]")
        for h in rec["history"]:
            console.print(f"  {h['date'] or 'undated'}  {h['status']}  {h['place'] or ''}")
            for s in h["sources"]:
                console.print(f"      “{s['quote']}”  — {name(s['document'])}"
                              f" [{s['start']}:{s['end']}]")
        for c in rec["conflicts"]:
            console.print(f"[red]sources disagree on {c['field']}:[/]")
            for v in c["values"]:
                docs = ", ".join(sorted({name(s["document"])
                                         for s in v["sources"]}))
                console.print(f"  {v['value']}  ({docs})")
    else:
        d = rec["date"]
        console.print(f"{d['start']}..{d['end']}  {rec['place'] or ''}  host "
                      f"{rec['host_country']}  visiting {rec['visiting_country']}")
        console.print("participants: " + "; ".join(p["name"] for p in rec["participants"]))
        console.print(f"agreements: {', '.join(rec['agreements'])}")
        for s in rec["sources"]:
            console.print(f"  “{s['quote']}”  — {name(s['document'])}")
