"""The Typer application object and the options every command shares."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import typer
from rich.console import Console

from eventwire.store import DEFAULT_DB

app = typer.Typer(
    name="eventwire",
    help="Turn dated news into an explainable political event database.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[str, typer.Option("--db", help="DuckDB store file.")]
DB_DEFAULT = DEFAULT_DB


def parse_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` option value, or a clear usage error."""
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
