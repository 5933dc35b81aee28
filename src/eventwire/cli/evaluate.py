"""``eventwire eval …``: the project's scorers on gold data (one command per gold set)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from eventwire.cli.app import app, console, errors

SHARED_SEED = Path(__file__).resolve().parents[3].parent / "shared" / "examples" / "seed"
SEED_ARTICLE = SHARED_SEED / "article.txt"
SEED_EXPECTED = SHARED_SEED / "expected.yaml"

eval_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("seed")
def seed(
    article: Annotated[Path, typer.Argument(help="Reference-format article.")] = SEED_ARTICLE,
    expected: Annotated[Path, typer.Argument(help="The analyst's expected.yaml.")] = SEED_EXPECTED,
) -> None:
    """Check an article's extraction against an analyst's must/should coding.

    Exits 1 when a ``must`` item is missing.
    """
    from eventwire.eval.seed import load_expected, score
    from eventwire.ingest import IngestOptions, read_file
    from eventwire.models import Article
    from eventwire.pipeline import Pipeline

    (item,) = list(read_file(article, IngestOptions()))
    if not isinstance(item, Article):
        errors.print(f"[red]{item.origin}: {item.reason}[/red]")
        raise typer.Exit(2)
    results = score(Pipeline().process(item), load_expected(expected))
    table = Table(title=f"{article.name} against {expected.name}")
    for column in ("kind", "level", "item", "found"):
        table.add_column(column)
    for result in results:
        table.add_row(result.kind, result.level, result.label,
                      "[green]yes[/green]" if result.found else "[red]no[/red]")
    console.print(table)
    for level in ("must", "should"):
        chosen = [r for r in results if r.level == level]
        console.print(f"{level}: {sum(r.found for r in chosen)}/{len(chosen)} found")
    raise typer.Exit(0 if all(r.found for r in results if r.level == "must") else 1)


@eval_app.command("plover")
def plover(
    path: Annotated[Path, typer.Argument(
        help="PLOVER_GSR_CAMEO.json (PLOVER 0.5 gold sentences).", exists=True,
        dir_okay=False)],
) -> None:
    """Event coding against the PLOVER gold set: precision, recall, F1, per-type F1 and a
    confusion matrix, for the dev (even records) and held-out (odd records) halves."""
    from eventwire.eval.plover import evaluate, report

    typer.echo(report(evaluate(path)))
