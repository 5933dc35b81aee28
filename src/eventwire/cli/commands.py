"""Commands that read sources: ``ingest`` (into the store) and ``extract`` (to JSON lines)."""

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
from eventwire.runner import BATCH_SIZE, extract_batch, run_ingest
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


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = DB_DEFAULT,
    date: DateOption = None,
    workers: Annotated[int, typer.Option("--workers", help="Extraction processes.", min=1)] = 1,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    kb: KbOption = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Extract on a Dask cluster: its scheduler address "
        "(tcp://host:8786), or 'local' for --workers local Dask workers.")] = None,
    db_memory: Annotated[str | None, typer.Option(
        "--db-memory", help="Bound DuckDB's memory (e.g. 256MB); by default it caches the "
        "store up to 80 % of RAM.")] = None,
) -> None:
    """Read articles, extract events and store them. Exits 1 if any input was rejected."""
    options = IngestOptions(default_date=parse_day(date), max_bytes=max_bytes)
    total = estimate_total(paths)
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(),
                        MofNCompleteColumn(), ArticlesPerSecond(), TimeElapsedColumn(),
                        TimeRemainingColumn(), console=errors, disable=quiet, transient=False)
    with ExitStack() as stack:
        executor, in_flight = None, None
        if scheduler is not None:
            try:
                executor, in_flight = stack.enter_context(dask_client(scheduler, workers))
            except ScaleError as error:
                errors.print(f"[red]{error}[/red]")
                raise typer.Exit(2) from None
        try:
            store = stack.enter_context(Store(db, memory_limit=db_memory))
        except StoreError as error:
            errors.print(f"[red]{error}[/red]")
            raise typer.Exit(2) from None
        stack.enter_context(progress)
        task = progress.add_task("ingest", total=total)
        summary = run_ingest(paths, store, options, workers=workers,
                             on_progress=lambda n: progress.advance(task, n),
                             kb_files=tuple(kb or ()), executor=executor, in_flight=in_flight)
    for rejection in summary.rejections:
        errors.print(Text(f"rejected {rejection.origin}: {rejection.reason}", style="red"),
                     soft_wrap=True)
    console.print(f"read {summary.read} · stored {summary.stored} · "
                  f"duplicates {summary.duplicates} · rejected {summary.rejected} → {db}",
                  soft_wrap=True)
    raise typer.Exit(1 if summary.rejected else 0)


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
