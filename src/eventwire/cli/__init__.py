"""The ``eventwire`` command line: one Typer app, commands grouped by concern."""

from __future__ import annotations

from eventwire.cli import commands, evaluate, queries, surfaces  # noqa: F401  (registers commands)
from eventwire.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
