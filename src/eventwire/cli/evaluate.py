"""``eventwire eval …``: the project's scorers on gold data (one command per gold set)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import app

eval_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


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
