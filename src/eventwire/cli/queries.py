"""Commands that read the store: ``events``, ``show``, ``actors``, ``timeline``, ``rejected``."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from eventwire.cli.app import DB_DEFAULT, DbOption, app, console, errors, parse_day
from eventwire.store import EventQuery, StoreError, open_store
from eventwire.store.store import Store


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")]
SinceOption = Annotated[str | None, typer.Option("--since", help="Events on or after YYYY-MM-DD.")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Events on or before YYYY-MM-DD.")]
LimitOption = Annotated[int, typer.Option("--limit", help="At most this many rows (0: all).",
                                          min=0)]
HIGHLIGHTS = (("timexes", "bold magenta"), ("actor_mentions", "bold cyan"),
              ("place_mentions", "bold green"), ("quotes", "italic yellow"))


def _open(db: str) -> Store:
    try:
        return open_store(db)
    except StoreError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None


def _emit(rows: list[dict[str, Any]], output: OutputFormat, columns: tuple[tuple[str, str], ...],
          title: str) -> None:
    """Print rows as a Rich table (chosen columns), JSON lines or CSV (every column)."""
    if output is OutputFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    elif output is OutputFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    else:
        table = Table(title=title, expand=True)
        for header, _ in columns:
            table.add_column(header, overflow="fold")
        for row in rows:
            table.add_row(*(Text(_cell(row.get(key))) for _, key in columns))
        console.print(table)


def _emit_events(rows: list[dict[str, Any]], output: OutputFormat, title: str) -> None:
    """Events as readable cards in a terminal (who → whom, when, where, on whose word,
    then the evidence sentence); JSON and CSV carry every column."""
    if output is not OutputFormat.table:
        _emit(rows, output, (), title)
        return
    console.print(Text(title, style="bold"))
    for row in rows:
        console.print(event_card(row))


def event_card(row: dict[str, Any]) -> Text:
    card = Text()
    card.append(f"{row['date'] or '?'}", style="bold magenta")
    card.append(f" ({row['date_precision']})  ", style="magenta")
    card.append(f"{row['cameo']} {row['plover'] or '-'}", style="bold")
    card.append(f"  {_actor(row, 'source')} → {_actor(row, 'target')}", style="cyan")
    if row.get("place_name"):
        card.append(f"  @ {row['place_name']}", style="green")
    if row.get("reported_by"):
        card.append(f"  via {_cell(row['reported_by'])}", style="yellow")
    if row.get("negated"):
        card.append("  [negated]", style="red")
    elif row.get("modality") not in (None, "asserted"):
        card.append(f"  [{row['modality']}]", style="red")
    card.append(f"\n    {row['evidence']}", style="dim")
    card.append(f"\n    article {row['article_id']} · sentence {row['sentence']} · "
                f"chars {row['start_char']}-{row['end_char']} · {row['rule']}", style="dim")
    return card


def _actor(row: dict[str, Any], role: str) -> str:
    name = row.get(f"{role}_name")
    code = row.get(f"{role}_code")
    if not name:
        return "—"
    return f"{name} ({code})" if code else name


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(item.get("name") if isinstance(item, dict) else item)
                         for item in value)
    return str(value)


@app.command()
def events(
    db: DbOption = DB_DEFAULT,
    actor: Annotated[str | None, typer.Option(help="Actor name (substring) or CAMEO code.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country on either side.")] = None,
    type: Annotated[str | None, typer.Option(
        "--type", help="PLOVER type (CONSULT) or CAMEO prefix (04, 042).")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    include_negated: Annotated[bool, typer.Option(
        "--include-negated", help="Also list negated events ('did not meet').")] = False,
    limit: LimitOption = 100,
    output: FormatOption = OutputFormat.table,
) -> None:
    """List coded events with their evidence, filtered."""
    query = EventQuery(actor=actor, country=country, type=type, since=parse_day(since),
                       until=parse_day(until), include_negated=include_negated,
                       limit=limit or None)
    with _open(db) as store:
        rows = store.events(query)
    _emit_events(rows, output, f"{len(rows)} events")


@app.command()
def timeline(
    actor: Annotated[str, typer.Argument(help="Actor name (substring) or CAMEO code.")],
    db: DbOption = DB_DEFAULT,
    since: SinceOption = None,
    until: UntilOption = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Every event involving an actor, in date order."""
    with _open(db) as store:
        rows = store.timeline(actor, since=parse_day(since), until=parse_day(until))
    _emit_events(rows, output, f"timeline of {actor}: {len(rows)} events")


@app.command()
def actors(
    db: DbOption = DB_DEFAULT,
    name: Annotated[str | None, typer.Option(help="Name contains.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country.")] = None,
    limit: LimitOption = 100,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Actors across the corpus, most mentioned first."""
    with _open(db) as store:
        rows = store.actors(name=name, country=country, limit=limit or None)
    columns = tuple((c, c) for c in ("name", "kind", "country", "sector", "code", "articles",
                                     "mentions"))
    _emit(rows, output, columns, f"{len(rows)} actors")


@app.command()
def rejected(db: DbOption = DB_DEFAULT, limit: LimitOption = 100,
             output: FormatOption = OutputFormat.table) -> None:
    """Inputs that were rejected, with the reason."""
    with _open(db) as store:
        rows = store.rejected(limit=limit or None)
    columns = tuple((c, c) for c in ("origin", "reason", "times", "last_seen"))
    _emit(rows, output, columns, f"{len(rows)} rejected inputs")


@app.command()
def show(article_id: Annotated[str, typer.Argument(help="Article id.")],
         db: DbOption = DB_DEFAULT) -> None:
    """An article with every extraction highlighted, then its events."""
    with _open(db) as store:
        record = store.article(article_id)
    if record is None:
        errors.print(f"[red]no article {article_id!r} in {db}[/red]")
        raise typer.Exit(1)
    console.print(f"[bold]{record['id']}[/bold] · {record['date']} · "
                  f"{record.get('title') or ''} {record.get('source') or ''}".rstrip())
    console.print(highlighted(record))
    legend = " ".join(f"[{style}]{name}[/{style}]" for name, style in
                      (("time", "bold magenta"), ("actor", "bold cyan"), ("place", "bold green"),
                       ("quote", "italic yellow"), ("event trigger", "reverse")))
    console.print(legend)
    _emit_events(record["events"], OutputFormat.table, f"{len(record['events'])} events")
    if record.get("credits"):
        console.print(f"credits: {', '.join(record['credits'])}")


def highlighted(record: dict[str, Any]) -> Text:
    """The article text with time, actor, place, quote and trigger spans styled."""
    text = Text(record["text"])
    for table, style in HIGHLIGHTS:
        for span in record[table]:
            text.stylize(style, span["start_char"], span["end_char"])
    for event in record["events"]:
        text.stylize("reverse", event["trigger_start_char"], event["trigger_end_char"])
    return text
