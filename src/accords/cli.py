"""The `accords` command: each subcommand parses its arguments, calls one function of the
Python API (accords.api) and renders the result with rich."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from accords.api import Corpus, RunSummary, default_docs_for
from accords.errors import AccordsError

console = Console()
DB_OPTION = click.option("--db", default="accords.db", show_default=True,
                         help="SQLite database file.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accords")
def main() -> None:
    """Consolidated, sourced records of diplomatic agreements and events from news."""


def _iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    import datetime
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--quiet", "-q", is_flag=True, help="No progress and no tables: the summary only.")
@click.option("--text-field", default="text", show_default=True, help="JSON Lines: the text.")
@click.option("--title-field", default="title", show_default=True, help="JSON Lines: the title.")
@click.option("--date-field", default="date", show_default=True,
              help="JSON Lines: the publication date.")
@click.option("--id-field", default="id", show_default=True, help="JSON Lines: the article id.")
@click.option("--max-mb", default=20.0, show_default=True,
              help="Reject a file, JSONL line or WARC record larger than this.")
@click.option("--published", callback=_iso_day, metavar="YYYY-MM-DD",
              help="Publication date of inputs that carry none (plain text, standard input).")
def run(paths: tuple[str, ...], db: str, quiet: bool, text_field: str, title_field: str,
        date_field: str, id_field: str, max_mb: float, published: str | None) -> None:
    """Read files or folders (text, Markdown, HTML, RSS/Atom, JSON Lines, WARC; - for standard
    input), extract and consolidate into the database."""
    from accords.read import JsonlFields, ReadOptions
    options = ReadOptions(int(max_mb * 1024 * 1024), JsonlFields(
        text=text_field, title=title_field, date=date_field, id=id_field), published)
    with Corpus(db) as corpus:
        if quiet:
            summary = corpus.add(paths, options=options)
        elif console.is_terminal:
            summary = _with_progress_bar(corpus, paths, options)
        else:
            summary = corpus.add(paths, progress=_log_lines(), options=options)
        if not quiet:
            _agreement_table(corpus.agreements(), corpus)
            _event_table(corpus.events())
    _print_summary(summary, db)
    sys.exit(summary.exit_code)


def _with_progress_bar(corpus: Corpus, paths: tuple[str, ...], options: Any) -> RunSummary:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("reading", total=_count_inputs(paths), rate=0.0)
        started = time.monotonic()

        def step(s: RunSummary) -> None:
            done = s.added + s.already_known + s.duplicates + len(s.rejected)
            bar.update(task, completed=done,
                       rate=done / max(time.monotonic() - started, 1e-6))
        return corpus.add(paths, progress=step, options=options)


def _count_inputs(paths: tuple[str, ...]) -> int | None:
    """How many articles the inputs hold, when every input is one article per file (so the
    bar can show the time left); None for streams and containers (JSONL, feeds, WARC)."""
    from accords.read.files import TEXT_SUFFIXES
    from accords.read.html import HTML_SUFFIXES
    total = 0
    for raw in paths:
        path = Path(raw)
        files = [path] if path.is_file() else (
            [p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")]
            if path.is_dir() else [])
        if raw == "-" or not files or any(
                p.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES for p in files):
            return None
        total += len(files)
    return total


def _log_lines(every: int = 100) -> Callable[[RunSummary], None]:
    """Not a terminal: a plain line every `every` inputs, to standard error."""
    started = time.monotonic()
    last = [0]

    def step(s: RunSummary) -> None:
        done = s.added + s.already_known + s.duplicates + len(s.rejected)
        if done - last[0] >= every:
            last[0] = done
            rate = done / max(time.monotonic() - started, 1e-6)
            click.echo(f"accords: {done} inputs, {s.added} added, {rate:.1f} docs/s", err=True)
    return step


def _print_summary(s: RunSummary, db: str) -> None:
    console.print(f"[bold]{s.inputs}[/] inputs: {s.added} documents added "
                  f"({s.irrelevant} without diplomatic content), {s.already_known} already in "
                  f"the database, {s.duplicates} near duplicates of stored articles, "
                  f"{len(s.rejected)} rejected. Database {db}: "
                  f"{s.agreements} agreements, {s.events} events.")
    for r in s.rejected:
        console.print(f"  [red]rejected[/] {r.name}: {r.reason} [{r.code}]")


def _dates(a: dict[str, Any]) -> str:
    dates = sorted(h["date"] for h in a["history"] if h["date"])
    return dates[-1] if dates else ""


def _agreement_table(rows: list[dict[str, Any]], corpus: Corpus) -> None:
    table = Table(title=f"Agreements ({len(rows)})", show_lines=False)
    for col in ("id", "kind", "title", "status", "date", "countries", "sources", "!"):
        table.add_column(col, overflow="fold")
    for a in rows:
        table.add_row(a["id"], a["kind"], a["title"], a["status"], _dates(a),
                      " ".join(a["countries"]), str(len(a["sources"])),
                      "conflict" if a["conflicts"] else "")
    console.print(table)


def _event_table(rows: list[dict[str, Any]]) -> None:
    table = Table(title=f"Events ({len(rows)})")
    for col in ("id", "kind", "title", "dates", "place", "participants"):
        table.add_column(col, overflow="fold")
    for e in rows:
        d = e["date"]
        dates = d["start"] or "" if d["start"] == d["end"] else f"{d['start']}..{d['end']}"
        table.add_row(e["id"], e["kind"], e["title"], dates, e["place"] or "",
                      ", ".join(p["name"] for p in e["participants"]))
    console.print(table)


@main.command()
@DB_OPTION
@click.option("--country", help="ISO alpha-3 code of a party, e.g. PAK.")
@click.option("--status", help="Current status, e.g. signed.")
@click.option("--topic", help="A topic, e.g. defence.")
@click.option("--since", help="Latest stage on or after this date (YYYY-MM-DD).")
@click.option("--kind", help="Kind of instrument, e.g. treaty.")
def agreements(db: str, country: str | None, status: str | None, topic: str | None,
               since: str | None, kind: str | None) -> None:
    """List consolidated agreements, filtered."""
    with Corpus(db) as corpus:
        _agreement_table(corpus.agreements(country, status, topic, since, kind), corpus)


@main.command()
@DB_OPTION
def events(db: str) -> None:
    """List consolidated events (visits, meetings, talks)."""
    with Corpus(db) as corpus:
        _event_table(corpus.events())


@main.command()
@DB_OPTION
def rejected(db: str) -> None:
    """List every input that was rejected, with the reason."""
    with Corpus(db) as corpus:
        for r in corpus.rejected():
            console.print(f"{r['at']}  {r['name']}: {r['reason']} [{r['code']}]")


@main.command()
@click.argument("record_id")
@DB_OPTION
def show(record_id: str, db: str) -> None:
    """One record: history, parties, signatories, and the quote behind each fact."""
    with Corpus(db) as corpus:
        kind, rec = corpus.show(record_id)
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
                    console.print(f"      “{s['quote']}”  — {corpus.document_name(s['document'])}"
                                  f" [{s['start']}:{s['end']}]")
            for c in rec["conflicts"]:
                console.print(f"[red]sources disagree on {c['field']}:[/]")
                for v in c["values"]:
                    docs = ", ".join(sorted({corpus.document_name(s["document"])
                                             for s in v["sources"]}))
                    console.print(f"  {v['value']}  ({docs})")
        else:
            d = rec["date"]
            console.print(f"{d['start']}..{d['end']}  {rec['place'] or ''}  host "
                          f"{rec['host_country']}  visiting {rec['visiting_country']}")
            console.print("participants: " + "; ".join(p["name"] for p in rec["participants"]))
            console.print(f"agreements: {', '.join(rec['agreements'])}")
            for s in rec["sources"]:
                console.print(f"  “{s['quote']}”  — {corpus.document_name(s['document'])}")


@main.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Write to a file, not stdout.")
def export(db: str, fmt: str, out: str | None) -> None:
    """Export the records: accords/1 JSON (spec/record.md) or CSV."""
    with Corpus(db) as corpus:
        text = corpus.export(fmt)
    if out:
        Path(out).write_text(text, encoding="utf-8")
        console.print(f"wrote {out}")
    else:
        click.echo(text)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--published", callback=_iso_day, metavar="YYYY-MM-DD",
              help="Publication date; default: the text's own date line, if any.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def dates(file: str, published: str | None, as_json: bool) -> None:
    """Time expressions of one file, resolved against the publication date."""
    import json

    from accords.annotate.published import document_dates
    from accords.errors import ReadError
    try:
        with open(file, encoding="utf-8", newline="") as fh:
            text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ReadError(f"cannot read the file: {exc}", file) from exc
    dd = document_dates(text, published=published, published_source="given")
    anchor, found = dd.published, dd.expressions
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=1))
        return
    table = Table(title=f"Time expressions (published {anchor or 'unknown'}"
                  + (f", from the {dd.published_source}" if dd.published_source else "") + ")")
    for col in ("start", "end", "text", "type", "value", "range / reason"):
        table.add_column(col, overflow="fold")
    for e in found:
        extra = f"{e.range[0]}..{e.range[1]}" if e.range else (e.reason or "")
        table.add_row(str(e.start), str(e.end), e.text, e.type, e.value or "", extra)
    console.print(table)


@main.command(name="eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--docs", type=click.Path(exists=True, file_okay=False),
              help="Articles of the gold (default: ../corpus/<corpus>/ beside the gold file).")
@click.option("--out", type=click.Path(dir_okay=False), help="Also write the export scored.")
@click.option("--verbose/--brief", default=True, help="List missed and extra items.")
def eval_cmd(gold_path: str, docs: str | None, out: str | None, verbose: bool) -> None:
    """Run the pipeline on the gold's articles and score the export against the gold."""
    from accords.evaluate import evaluate
    docs_dir = Path(docs) if docs else default_docs_for(Path(gold_path))
    report = evaluate(Path(gold_path), docs_dir, out=Path(out) if out else None)
    click.echo(report.render(verbose))


@main.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--curate-token", envvar="ACCORDS_TOKEN", default=None, show_envvar=True,
              help="Allow curation (reviews, merges, splits) with this token; "
                   "without it the app is read-only.")
def serve(db: str, host: str, port: int, curate_token: str | None) -> None:
    """Web app and JSON API (/api/v1) over the database; curation behind a token."""
    from accords.serve import run as run_server
    if not Path(db).exists():
        raise click.UsageError(f"no database at {db}; make one with 'accords run PATH --db {db}'")
    console.print(f"accords: serving {db} on http://{host}:{port}/ "
                  f"({'curation on' if curate_token else 'read-only'})")
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]note:[/] listening on {host}: other machines can read the "
                      "records" + (" and, with the token, curate them" if curate_token else ""))
    run_server(db, host, port, curate_token)


def entry() -> None:
    try:
        main(standalone_mode=False)
    except click.UsageError as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort:
        sys.exit(1)
    except AccordsError as exc:
        console.print(f"[red]error:[/] {exc}")
        sys.exit(2 if exc.code.startswith("E9") else 1)


if __name__ == "__main__":
    entry()
