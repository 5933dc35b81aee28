"""Commands for the corpus-level surfaces: ``consolidate``, ``serve`` and ``export``."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.app import DB_DEFAULT, DbOption, app, console, errors, parse_day
from eventwire.consolidate import Consolidator
from eventwire.export import FORMATS, export
from eventwire.store import EventQuery, Store, StoreError, open_store

ExportFormat = StrEnum("ExportFormat", {name: name for name in FORMATS})  # type: ignore[misc]


@app.command()
def consolidate(
    db: DbOption = DB_DEFAULT,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Forget every consolidated event and start again (after "
        "changing data/consolidation/rules.yaml).")] = False,
) -> None:
    """Link near-duplicate articles and group event mentions into real-world events.

    Ingest already does this batch by batch; running it again changes nothing.
    """
    with Store(db) as store:
        consolidator = Consolidator(store)
        summary = consolidator.rebuild() if rebuild else consolidator.update()
        overview = store.overview()
    console.print(
        f"articles {summary.articles} (copies {summary.duplicates}) · mentions "
        f"{summary.mentions} → new events {summary.new_events}, updated "
        f"{summary.updated_events} · store: {overview['events']} events from "
        f"{overview['mentions']} mentions → {db}")


@app.command()
def serve(
    db: DbOption = DB_DEFAULT,
    host: Annotated[str, typer.Option(help="Interface to bind (localhost by default).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.", min=1, max=65535)] = 8000,
    config: Annotated[str | None, typer.Option(
        "--config", help="TOML file with a [serve] table (token, max_body_bytes).")] = None,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the web page; read-only unless an ingest
    token is configured (EVENTWIRE_TOKEN or the config file)."""
    import uvicorn

    from eventwire.api import create_app, load_settings

    try:
        settings = load_settings(db, config)
        application = create_app(settings)
    except (StoreError, RuntimeError, ValueError, OSError) as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    pending = application.state.store.unconsolidated_mentions()
    if pending:
        errors.print(f"[yellow]{pending} event mentions are not consolidated yet: run "
                     f"'eventwire consolidate --db {db}'[/yellow]")
    mode = "read-write (ingest enabled)" if settings.writable else "read-only"
    errors.print(f"eventwire on http://{host}:{port}/ · API docs /docs · {db} {mode}")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("export")
def export_command(
    format: Annotated[ExportFormat, typer.Option("--format", help="Output layout.")],
    db: DbOption = DB_DEFAULT,
    out: Annotated[str | None, typer.Option(
        "--out", help="File (directory for parquet); standard output when omitted.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name (substring) or CAMEO code.")
                     ] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country on either side.")
                       ] = None,
    type: Annotated[str | None, typer.Option(
        "--type", help="PLOVER type (CONSULT) or CAMEO prefix (04, 042).")] = None,
    since: Annotated[str | None, typer.Option(help="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Events on or before YYYY-MM-DD.")] = None,
) -> None:
    """Export consolidated events as GDELT 2.0, ICEWS or POLECAT tables, JSON lines,
    month-partitioned Parquet, or the actor network as GEXF/GraphML."""
    query = EventQuery(actor=actor, country=country, type=type, since=parse_day(since),
                       until=parse_day(until), limit=None)
    try:
        store = open_store(db)
    except StoreError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from None
    with store:
        try:
            count = export(store, format.value, query, out=sys.stdout,
                           path=Path(out) if out else None)
        except ValueError as error:
            errors.print(f"[red]{error}[/red]")
            raise typer.Exit(2) from None
    unit = "edges" if format.value in ("gexf", "graphml") else "events"
    errors.print(f"{count} {unit} exported as {format.value}" + (f" → {out}" if out else ""))
