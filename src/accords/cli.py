"""The `accords` command: each subcommand parses its arguments, calls one function of the
Python API (accords.api) and renders the result with rich."""
from __future__ import annotations

import json
import logging
import shlex
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from accords import render
from accords.api import Corpus, RunSummary, default_docs_for
from accords.errors import AccordsError

console = Console()
DB_OPTION = click.option("--db", default="accords.db", show_default=True, envvar="ACCORDS_DB",
                         show_envvar=True, help="SQLite database file (made if missing).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accords")
@click.option("--verbose", "-v", is_flag=True,
              help="Debug log lines on standard error (and other libraries' warnings).")
def main(verbose: bool) -> None:
    """Consolidated, sourced records of diplomatic agreements and events from news."""
    setup_logging(verbose)


class _StderrHandler(logging.Handler):
    """Writes to whatever sys.stderr is at the time (a test runner swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(self.format(record) + "\n")


def setup_logging(verbose: bool) -> None:
    """accords' own log lines at WARNING, or DEBUG with -v; other libraries' log lines and
    Python warnings only with -v: a user reads accords' messages, not warcio's."""
    logging.captureWarnings(True)
    handler = _StderrHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    ours = logging.getLogger("accords")
    ours.handlers[:] = [h for h in ours.handlers if not isinstance(h, _StderrHandler)] + [handler]
    ours.propagate = False
    ours.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, _StderrHandler)]
    root.handlers[:] = [h for h in root.handlers if type(h) is not logging.NullHandler]
    # Without a handler of its own, the root would print warnings through logging's last
    # resort; a NullHandler keeps other libraries quiet unless -v.
    root.addHandler(handler if verbose else logging.NullHandler())
    root.setLevel(logging.INFO if verbose else logging.CRITICAL)
    logging.getLogger("py.warnings").setLevel(logging.WARNING if verbose else logging.CRITICAL)


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
@click.option("--time-budget", default=120.0, show_default=True, type=click.FloatRange(min=0),
              help="Reject a document that takes longer than this many seconds (0: no limit).")
def run(paths: tuple[str, ...], db: str, quiet: bool, text_field: str, title_field: str,
        date_field: str, id_field: str, max_mb: float, published: str | None,
        time_budget: float) -> None:
    """Read files or folders (text, Markdown, HTML, RSS/Atom, JSON Lines, WARC; - for standard
    input), extract and consolidate into the database."""
    from accords.interrupt import stop_on_signals
    from accords.read import JsonlFields, ReadOptions
    options = ReadOptions(int(max_mb * 1024 * 1024), JsonlFields(
        text=text_field, title=title_field, date=date_field, id=id_field), published)
    budget = time_budget or None

    def notice(name: str) -> None:
        click.echo(f"accords: {name}: finishing the documents in hand, then stopping "
                   "(Ctrl-C again to stop at once)", err=True)

    with Corpus(db) as corpus, stop_on_signals(notice) as stop:
        if quiet:
            summary = corpus.add(paths, options=options, time_budget=budget, stop=stop)
        elif console.is_terminal:
            summary = _with_progress_bar(corpus, paths, options, budget, stop)
        else:
            summary = corpus.add(paths, progress=_log_lines(), options=options,
                                 time_budget=budget, stop=stop)
        if not quiet and not summary.interrupted:
            _agreement_table(corpus.agreements(), corpus)
            _event_table(corpus.events())
    if summary.interrupted:
        # Asked to stop, and stopping: a second signal now would only cut the report short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    _print_summary(summary, db, quiet)
    if summary.interrupted:
        console.print(f"[yellow]Interrupted ({stop.signal})[/]: {summary.added} documents "
                      f"stored in this run, each whole; consolidation is left to the next run. "
                      f"To resume, run the same command again:\n  "
                      f"{escape(_same_command(click.get_current_context()))}", soft_wrap=True)
    sys.exit(summary.exit_code)


def _same_command(ctx: click.Context) -> str:
    """The command line of this run, for the user to resume it: the paths, the database, and
    every option given another value than its default."""
    words = ["accords", ctx.info_name or "run", *ctx.params["paths"]]
    for param in ctx.command.params:
        if not isinstance(param, click.Option) or param.name in (None, "paths"):
            continue
        value = ctx.params.get(param.name)
        if param.name == "db":
            words += ["--db", str(value)]
        elif param.is_flag:
            words += [param.opts[0]] if value else []
        elif value is not None and value != param.default:
            words += [param.opts[0], str(value)]
    return " ".join(shlex.quote(w) for w in words)


def _with_progress_bar(corpus: Corpus, paths: tuple[str, ...], options: Any,
                       time_budget: float | None, stop: Callable[[], bool]) -> RunSummary:
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
        return corpus.add(paths, progress=step, options=options, time_budget=time_budget,
                          stop=stop)


def _count_inputs(paths: tuple[str, ...]) -> int | None:
    """How many articles the inputs hold, when every input is one article per file (so the
    bar can show the time left); None for streams and containers (JSONL, feeds, WARC)."""
    from accords.read.files import TEXT_SUFFIXES
    from accords.read.html import HTML_SUFFIXES
    from accords.read.walk import walk
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        # The walk never opens an entry nor raises, so counting cannot block or crash; an
        # entry it rejects is one input too.
        items = list(walk(Path(raw)))
        if not items or any(isinstance(p, Path) and p.suffix.lower() not in
                            TEXT_SUFFIXES | HTML_SUFFIXES for p in items):
            return None
        total += len(items)
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


def _print_summary(s: RunSummary, db: str, quiet: bool = False) -> None:
    console.print(f"[bold]{s.inputs}[/] inputs: {s.added} documents added "
                  f"({s.irrelevant} without diplomatic content), {s.already_known} already in "
                  f"the database, {s.duplicates} near duplicates of stored articles, "
                  f"{len(s.rejected)} rejected. Database {db}: "
                  + ("records not consolidated yet." if s.interrupted else
                     f"{s.agreements} agreements, {s.events} events."))
    if quiet:
        if s.rejected:
            codes = Counter(r.code for r in s.rejected)
            console.print("rejected by code: " + ", ".join(
                f"{code} {n}" for code, n in sorted(codes.items()))
                + f" (list them with 'accords rejected --db {db}')", soft_wrap=True)
        return
    for r in s.rejected:
        console.print(f"  [red]rejected[/] {escape(f'{r.name}: {r.reason} [{r.code}]')}",
                      soft_wrap=True)


READ_DB = click.option("--db", default="accords.db", show_default=True, envvar="ACCORDS_DB",
                       show_envvar=True, help="SQLite database file; it must exist.")
FORMAT = click.option("--format", "fmt", type=click.Choice(render.FORMATS), default="table",
                      show_default=True, help="A table, or JSON, JSON Lines or CSV for scripts.")
LIMIT = click.option("--limit", type=click.IntRange(min=0), help="Show at most this many.")
OFFSET = click.option("--offset", type=click.IntRange(min=0), default=0,
                      help="Skip this many first.")
SINCE = click.option("--since", help="On or after this ISO date (YYYY-MM-DD, YYYY-MM, YYYY).")
UNTIL = click.option("--until", help="On or before this ISO date.")
COUNTRY = click.option("--country", help="ISO 3166-1 alpha-3 code (PAK) or IGO:X (IGO:EU).")


def _agreement_table(rows: list[dict[str, Any]], corpus: Corpus) -> None:
    console.print(render.table(render.AGREEMENTS, rows, console.width))


def _event_table(rows: list[dict[str, Any]]) -> None:
    console.print(render.table(render.EVENTS, rows, console.width))


def _write(listing: render.Listing, rows: list[dict[str, Any]], fmt: str) -> None:
    render.write(listing, rows, fmt, console, click.get_text_stream("stdout"))


@main.command()
@READ_DB
@COUNTRY
@click.option("--status", help="Current status, e.g. signed.")
@click.option("--topic", help="A topic, e.g. defence.")
@SINCE
@UNTIL
@click.option("--kind", help="Kind of instrument, e.g. treaty.")
@FORMAT
@LIMIT
@OFFSET
def agreements(db: str, country: str | None, status: str | None, topic: str | None,
               since: str | None, until: str | None, kind: str | None, fmt: str,
               limit: int | None, offset: int) -> None:
    """List consolidated agreements, filtered (dates: of the latest stage)."""
    with Corpus(db, create=False) as corpus:
        rows = corpus.agreements(country, status, topic, since, kind, until=until, limit=limit,
                                 offset=offset)
    _write(render.AGREEMENTS, rows, fmt)


@main.command()
@READ_DB
@COUNTRY
@click.option("--kind", help="visit, meeting, talks, summit, call, ceremony or conference.")
@SINCE
@UNTIL
@click.option("--person", help="A participant whose name contains this (any case).")
@FORMAT
@LIMIT
@OFFSET
def events(db: str, country: str | None, kind: str | None, since: str | None,
           until: str | None, person: str | None, fmt: str, limit: int | None,
           offset: int) -> None:
    """List consolidated events (visits, meetings, talks), filtered."""
    with Corpus(db, create=False) as corpus:
        rows = corpus.events(country, kind, since, until, person, limit=limit, offset=offset)
    _write(render.EVENTS, rows, fmt)


@main.command()
@READ_DB
@click.option("--type", "etype", help="person, state, government_body, "
              "international_organization, organization, company or place.")
@COUNTRY
@click.option("--name", help="A name or other name containing this (any case).")
@FORMAT
@LIMIT
@OFFSET
def entities(db: str, etype: str | None, country: str | None, name: str | None, fmt: str,
             limit: int | None, offset: int) -> None:
    """List the people, states and organizations of the records, with their other names."""
    with Corpus(db, create=False) as corpus:
        rows = corpus.entities(etype, country, name, limit=limit, offset=offset)
    _write(render.ENTITIES, rows, fmt)


@main.command()
@READ_DB
@click.option("--code", help="Only this rejection code, e.g. E103.")
@FORMAT
@LIMIT
@OFFSET
def rejected(db: str, code: str | None, fmt: str, limit: int | None, offset: int) -> None:
    """List every input that was rejected, with the reason."""
    with Corpus(db, create=False) as corpus:
        rows = corpus.rejected(code, limit=limit, offset=offset)
    _write(render.REJECTED, rows, fmt)


@main.command()
@click.argument("record_id")
@READ_DB
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Readable, or the accords/1 record as JSON.")
def show(record_id: str, db: str, fmt: str) -> None:
    """One record by its id, or the start of its id: history, parties, signatories, and the
    quote behind each fact."""
    with Corpus(db, create=False) as corpus:
        kind, rec = corpus.show(record_id)
        if fmt == "json":
            click.echo(json.dumps({"type": kind, **rec}, ensure_ascii=False, indent=1))
        else:
            render.print_record(console, kind, rec, corpus.document_name)


EXPORT_FORMATS = ("json", "jsonl", "csv", "parquet", "dyadic")


@main.command()
@READ_DB
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json",
              show_default=True, help="json: accords/1; jsonl: a record a line; csv: tables; "
              "parquet: tables; dyadic: GDELT/ICEWS-style event rows (CSV).")
@click.option("--out", type=click.Path(), help="A file; for csv a folder or a .zip of one file "
              "per table, for parquet a folder. Without it: standard output (csv: agreements).")
def export(db: str, fmt: str, out: str | None) -> None:
    """Export the records: accords/1 JSON (docs/record.md), JSON Lines, CSV or Parquet tables
    (documents, agreements, events, parties, signatories, sources, entities), dyadic events."""
    if fmt == "parquet" and not out:
        raise click.UsageError("--format parquet writes files: give a folder with --out")
    with Corpus(db, create=False) as corpus:
        if not out:
            text = corpus.export(fmt)
            click.echo(text, nl=not text.endswith("\n"))
            return
        written = corpus.export_to(out, fmt)
    console.print(f"wrote {', '.join(str(p) for p in written)}", soft_wrap=True)


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
        main(standalone_mode=False, prog_name="accords")
    except click.UsageError as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # Ctrl-C twice, or while listing
            click.echo("accords: stopped at once; whatever was stored is whole, and "
                       "running the same command again resumes", err=True)
            sys.exit(130)
        sys.exit(1)
    except AccordsError as exc:
        console.print(f"[red]error:[/] {exc}")
        sys.exit(2 if exc.code.startswith("E9") else 1)


if __name__ == "__main__":
    entry()
