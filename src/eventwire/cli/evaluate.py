"""``eventwire eval …``: the project's scorers on gold data (one command per gold set)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from eventwire.cli.app import app, console

eval_app = typer.Typer(help="Score eventwire against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("timeml")
def timeml(
    directory: Annotated[Path, typer.Argument(help="Folder of TimeML (.tml) files.")],
    worst: Annotated[int, typer.Option("--worst", help="How many of the worst errors to list.",
                                       min=0)] = 20,
) -> None:
    """Temporal expressions against TimeML gold: strict/relaxed span and value P/R/F1."""
    from eventwire.eval.timeml import Counts, evaluate_directory

    report = evaluate_directory(directory)
    table = Table(title=f"TIMEX3 on {directory} ({report.documents} documents, "
                        f"{report.relaxed.gold} gold, {report.relaxed.system} system)")
    for header in ("measure", "P", "R", "F1"):
        table.add_column(header, justify="left" if header == "measure" else "right")

    def row(name: str, counts: Counts) -> None:
        table.add_row(name, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}")

    row("strict span", report.strict)
    row("relaxed span", report.relaxed)
    row("value", report.value)
    row("type", report.type)
    for kind, counts in report.relaxed_by_type.items():
        row(f"{kind} relaxed span ({counts.gold} gold)", counts)
        row(f"{kind} value", report.value_by_type[kind])
    console.print(table)
    if worst:
        errors = Table(title=f"worst {worst} errors")
        for header in ("n", "kind", "text", "gold value", "system value"):
            errors.add_column(header)
        for (kind, text, gold, system), count in report.worst(worst):
            errors.add_row(str(count), kind, text, gold, system)
        console.print(errors)
