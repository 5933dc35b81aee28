"""``eventwire eval …``: the project's scorers on gold data (one command per gold set)."""

from __future__ import annotations

import typer

from eventwire.cli.app import app

eval_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
