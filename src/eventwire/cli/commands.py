"""Commands that run the pipeline: ``ingest`` (into the store), ``reprocess`` (the store's own
articles, again) and ``extract`` (to JSON lines)."""

from __future__ import annotations

import itertools
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from eventwire.cli.app import DB_DEFAULT, DbOption, app, console, errors, parse_day
from eventwire.contract import to_json_line
from eventwire.ingest import DEFAULT_MAX_BYTES, IngestOptions, estimate_total, read_sources
from eventwire.kb import load_kb
from eventwire.models import Article, ArticleResult, Rejection
from eventwire.pipeline import Pipeline
from eventwire.provenance import extractor_version
from eventwire.reprocess import count_stale, run_reprocess
from eventwire.runner import BATCH_SIZE, Executor, IngestSummary, extract_batch, run_ingest
from eventwire.scale import ScaleError, dask_client
from eventwire.store import Store, StoreError

PathsArgument = Annotated[list[str], typer.Argument(
    help="Files (.txt, .jsonl), directories (read recursively) or - for standard input.")]
DateOption = Annotated[str | None, typer.Option(
    "--date", help="Publication date (YYYY-MM-DD) for texts without a date header.")]
MaxBytesOption = Annotated[int, typer.Option(
    "--max-bytes", help="Largest article accepted, in bytes.", min=1)]
KbOption = Annotated[list[Path] | None, typer.Option(
    "--kb", help="Your own actor file(s) in the knowledge-base format; they take precedence.",
    exists=True, dir_okay=False)]


class ArticlesPerSecond(TextColumn):
    """Progress column: articles per second, the figure that matters for a corpus run."""

    def __init__(self) -> None:
        super().__init__("")

    def render(self, task) -> Text:  # type: ignore[no-untyped-def]
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} articles/s" if speed else "… articles/s", style="cyan")


WorkersOption = Annotated[int, typer.Option("--workers", help="Extraction processes.", min=1)]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
SchedulerOption = Annotated[str | None, typer.Option(
    "--scheduler", help="Extract on a Dask cluster: its scheduler address "
    "(tcp://host:8786), or 'local' for --workers local Dask workers.")]
DbMemoryOption = Annotated[str | None, typer.Option(
    "--db-memory", help="Bound DuckDB's memory (e.g. 256MB); by default it caches the "
    "store up to 80 % of RAM.")]


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = DB_DEFAULT,
    date: DateOption = None,
    workers: WorkersOption = 1,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    quiet: QuietOption = False,
    kb: KbOption = None,
    scheduler: SchedulerOption = None,
    db_memory: DbMemoryOption = None,
) -> None:
    """Read articles, extract events and store them. Exits 1 if any input was rejected.

    Articles already stored are skipped, even if an older eventwire extracted them:
    'eventwire reprocess' refreshes those.
    """
    options = IngestOptions(default_date=parse_day(date), max_bytes=max_bytes)
    kb_files = tuple(kb or ())
    with ExitStack() as stack:
        executor, in_flight = _executor(stack, scheduler, workers)
        store = _open_store(stack, db, db_memory)
        progress = stack.enter_context(_progress("ingest", quiet))
        task = progress.add_task("ingest", total=estimate_total(paths))
        summary = run_ingest(paths, store, options, workers=workers,
                             on_progress=lambda n: progress.advance(task, n),
                             kb_files=kb_files, executor=executor, in_flight=in_flight)
        stale = count_stale(store, extractor_version(kb_files))
    _print_rejections(summary)
    console.print(f"read {summary.read} · stored {summary.stored} · "
                  f"duplicates {summary.duplicates} · rejected {summary.rejected} → {db}",
                  soft_wrap=True)
    if stale:
        errors.print(f"{stale} stored article(s) were extracted by another eventwire version "
                     f"or knowledge base: 'eventwire reprocess --db {db}' refreshes them.",
                     soft_wrap=True)
    raise typer.Exit(1 if summary.rejected else 0)


@app.command()
def reprocess(
    db: DbOption = DB_DEFAULT,
    everything: Annotated[bool, typer.Option(
        "--all/--stale", help="Extract every stored article again, or only those an older "
        "eventwire, knowledge base or spaCy model extracted.")] = False,
    workers: WorkersOption = 1,
    quiet: QuietOption = False,
    kb: KbOption = None,
    scheduler: SchedulerOption = None,
    db_memory: DbMemoryOption = None,
) -> None:
    """Extract stored articles again (after an upgrade) and put the new events, actors,
    places, times and quotes in place of the old ones; consolidated events are recounted.
    Pass the --kb files you ingested with. Exits 1 if any article was rejected (it keeps
    its old extraction)."""
    if not Path(db).exists():
        errors.print(f"[red]no store at {db}: run 'eventwire ingest' first[/red]")
        raise typer.Exit(2)
    kb_files = tuple(kb or ())
    with ExitStack() as stack:
        executor, in_flight = _executor(stack, scheduler, workers)
        store = _open_store(stack, db, db_memory)
        progress = stack.enter_context(_progress("reprocess", quiet))
        wanted = count_stale(store, None if everything else extractor_version(kb_files))
        task = progress.add_task("reprocess", total=wanted)
        summary = run_reprocess(store, everything, workers=workers,
                                on_progress=lambda n: progress.advance(task, n),
                                kb_files=kb_files, executor=executor, in_flight=in_flight)
        overview = store.overview()
    _print_rejections(summary)
    console.print(f"reprocessed {summary.stored} of {summary.read} · rejected "
                  f"{summary.rejected} · store: {overview['events']} events from "
                  f"{overview['mentions']} mentions → {db}", soft_wrap=True)
    raise typer.Exit(1 if summary.rejected else 0)


def _executor(stack: ExitStack, scheduler: str | None,
              workers: int) -> tuple[Executor | None, int | None]:
    """The Dask client ``--scheduler`` asks for (closed with ``stack``), or none."""
    if scheduler is None:
        return None, None
    try:
        return stack.enter_context(dask_client(scheduler, workers))
    except ScaleError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def _open_store(stack: ExitStack, db: str, db_memory: str | None) -> Store:
    """The store opened for writing (closed with ``stack``), or a clear exit 2."""
    try:
        return stack.enter_context(Store(db, memory_limit=db_memory))
    except StoreError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def _progress(label: str, quiet: bool) -> Progress:
    """The bar a long run shows on standard error: articles done, speed, time left."""
    return Progress(SpinnerColumn(), TextColumn(f"[bold]{label}"), BarColumn(),
                    MofNCompleteColumn(), ArticlesPerSecond(), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=errors, disable=quiet, transient=False)


def _print_rejections(summary: IngestSummary) -> None:
    for rejection in summary.rejections:
        errors.print(Text(f"rejected {rejection.origin}: {rejection.reason}", style="red"),
                     soft_wrap=True)


@app.command()
def extract(
    paths: PathsArgument,
    date: DateOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    kb: KbOption = None,
) -> None:
    """Print one JSON object per input article (the DESIGN.md contract); no store is touched."""
    options = IngestOptions(default_date=parse_day(date), max_bytes=max_bytes)
    pipeline = Pipeline(kb=load_kb(tuple(kb or ())))
    items = read_sources(paths, options)
    out = sys.stdout
    while chunk := list(itertools.islice(items, BATCH_SIZE)):
        articles = [item for item in chunk if isinstance(item, Article)]
        extracted = iter(extract_batch(pipeline, articles))
        for item in chunk:
            result = (ArticleResult.rejected(item) if isinstance(item, Rejection)
                      else next(extracted))
            out.write(to_json_line(result) + "\n")
        out.flush()
