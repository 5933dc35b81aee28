"""The HTTP API and the web page: one FastAPI app over the store's shared queries.

Every endpoint is a thin shell around a ``Queries``/``CorpusQueries`` method, so the API,
the command line and the Python API answer the same question the same way. Reads run
on their own DuckDB cursor per request (cursors are DuckDB's per-thread handles), and
the store is opened read-only unless an ingest token is configured.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

import eventwire
from eventwire.api.ingest import Ingestor, token_matches
from eventwire.api.settings import ServeSettings
from eventwire.consolidate.search_index import terms as search_terms
from eventwire.pipeline import Pipeline
from eventwire.store import EventQuery, Store, open_store
from eventwire.store.queries import CONSOLIDATED_ORDERINGS, ORDERINGS, CorpusQueries, Dyad, Queries

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_PAGE = 1000
SNIPPET_CHARS = 240
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class Reader(Queries, CorpusQueries):
    """The shared queries on one request's cursor."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection


def reader(request: Request) -> Iterator[Reader]:
    """A fresh cursor on the app's store for one request."""
    cursor = request.app.state.store.connection.cursor()
    try:
        yield Reader(cursor)
    finally:
        cursor.close()


def event_filters(
    actor: Annotated[str | None, Query(description="Actor name (substring) or CAMEO code, "
                                       "either side.")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 country, either side.")
                       ] = None,
    type: Annotated[str | None, Query(description="PLOVER type (CONSULT) or CAMEO prefix "
                                      "(04, 042).")] = None,
    since: Annotated[date | None, Query(description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="On or before (YYYY-MM-DD).")] = None,
    include_negated: bool = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    order: Annotated[str, Query(description=f"One of {sorted(CONSOLIDATED_ORDERINGS)}.")
                     ] = "-date",
) -> EventQuery:
    """The CLI's event filters as query parameters (shared by every event endpoint)."""
    return EventQuery(actor=actor or None, country=country or None, type=type or None,
                      since=since, until=until, include_negated=include_negated,
                      limit=limit, offset=offset, order=order)


Db = Annotated[Reader, Depends(reader)]
Filters = Annotated[EventQuery, Depends(event_filters)]


def create_app(settings: ServeSettings, pipeline: Pipeline | None = None) -> FastAPI:
    """The app over ``settings.db``; read-only unless an ingest token is configured.
    ``pipeline`` lends an already loaded pipeline to the ingest endpoint."""
    store = Store(settings.db) if settings.writable else open_store(settings.db)
    missing = {"consolidated_events", "event_mentions"} - {
        row[0] for row in store.connection.execute(
            "SELECT table_name FROM information_schema.tables").fetchall()}
    if missing:
        store.close()
        raise RuntimeError(f"{settings.db} has not been consolidated yet: run "
                           f"'eventwire consolidate --db {settings.db}' once")
    ingestor = (Ingestor(store, settings.max_body_bytes, pipeline=pipeline)
                if settings.writable else None)
    app = FastAPI(title="eventwire", version=eventwire.__version__,
                  description="Explainable political event data: consolidated events with "
                  "every mention and its evidence, actors, series, networks, articles.")
    app.state.store = store

    @app.exception_handler(ValueError)
    async def bad_value(_: Request, error: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @app.get("/api/overview", tags=["store"])
    def overview(db: Db) -> dict[str, Any]:
        """Sizes and date range of the store, and whether it accepts ingests."""
        return {**db.overview(), "writable": settings.writable}

    @app.get("/api/events", tags=["events"])
    def events(db: Db, query: Filters) -> dict[str, Any]:
        """Real-world events (one per event however many reports), each with its GDELT-style
        counts and the mentions that report it. Order: date, -date, goldstein, -goldstein,
        mentions, -mentions."""
        return _page(db.count_consolidated(query), query, db.consolidated_events(query))

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(db: Db, event_id: int) -> dict[str, Any]:
        """One event with every mention, its evidence sentence, trigger and offsets."""
        return _found(db.consolidated_event(event_id), f"no event {event_id}")

    @app.get("/api/mentions", tags=["events"])
    def mentions(db: Db, query: Filters) -> dict[str, Any]:
        """Event mentions, one per coded sentence (what ``eventwire events`` lists)."""
        if query.order not in ORDERINGS:
            raise ValueError(f"unknown order {query.order!r}: use one of {sorted(ORDERINGS)}")
        return _page(db.count_events(query), query, db.events(query))

    @app.get("/api/actors", tags=["actors"])
    def actors(db: Db, name: str | None = None, country: str | None = None,
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100) -> list[dict[str, Any]]:
        """Actors across the corpus, most mentioned first."""
        return db.actors(name=name, country=country, limit=limit)

    @app.get("/api/actors/{name}", tags=["actors"])
    def actor(db: Db, name: str) -> dict[str, Any]:
        """One actor: kinds, codes, countries, events by quad class, main counterparts."""
        return _found(db.actor(name), f"no actor named {name!r}")

    @app.get("/api/timeline", tags=["series"])
    def timeline(db: Db, query: Filters,
                 interval: Annotated[str, Query(pattern="^(day|week|month)$")] = "day"
                 ) -> dict[str, Any]:
        """Events per day, week or month by quad class (counts, mentions, mean Goldstein)
        for the filtered events, e.g. one actor's timeline with ``actor=``."""
        return {"interval": interval, "series": db.series(query, interval)}

    @app.get("/api/dyad", tags=["series"])
    def dyad(db: Db, query: Filters, a: str, b: str,
             by: Annotated[str, Query(pattern="^(actor|country)$")] = "actor",
             interval: Annotated[str, Query(pattern="^(day|week|month)$")] = "week"
             ) -> dict[str, Any]:
        """The events between two actors (name or CAMEO code) or two countries (ISO
        alpha-3), in either direction, per period and quad class."""
        return {"a": a, "b": b, "by": by, "interval": interval,
                "series": db.series(query, interval, Dyad(a, b, by))}

    @app.get("/api/network", tags=["series"])
    def network(db: Db, query: Filters,
                min_weight: Annotated[int, Query(ge=1)] = 1,
                edges: Annotated[int, Query(ge=1, le=5000)] = 200) -> dict[str, Any]:
        """Actors as nodes, event counts as weighted directed edges, for the filtered events."""
        return db.network(query, min_weight=min_weight, limit=edges)

    @app.get("/api/places", tags=["series"])
    def places(db: Db, query: Filters) -> list[dict[str, Any]]:
        """Geocoded events grouped by place, for a map."""
        return db.places(query)

    @app.get("/api/articles", tags=["articles"])
    def articles(db: Db, since: date | None = None, until: date | None = None,
                 outlet: str | None = None,
                 limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
                 offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Articles, newest first, with their event counts and copy links."""
        total, rows = db.list_articles(since, until, outlet, limit, offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(db: Db, article_id: str) -> dict[str, Any]:
        """An article with its text and everything extracted from it (offsets index the
        text), each event mention with the id of the real-world event it reports."""
        record = _found(db.article(article_id), f"no article {article_id!r}")
        consolidated = db.consolidated_ids(article_id)
        for mention in record["events"]:
            mention["consolidated_id"] = consolidated.get(mention["event_id"])
        return {**record, **db.duplicates_of(article_id)}

    @app.get("/api/search", tags=["articles"])
    def search(db: Db, q: Annotated[str, Query(min_length=1, max_length=500)],
               limit: Annotated[int, Query(ge=1, le=100)] = 20,
               offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        """Full-text search over titles and article text (BM25), with a snippet each."""
        wanted = search_terms(q)
        total, hits = db.search(wanted, limit, offset)
        for hit in hits:
            hit["snippet"] = _snippet(hit.pop("text"), set(wanted))
        return {"q": q, "terms": wanted, "total": total, "items": hits}

    @app.post("/api/ingest", tags=["store"], status_code=200)
    async def ingest(request: Request) -> dict[str, Any]:
        """Ingest JSON-lines articles (``id``, ``date``, ``text``, ``title``, ``url``,
        ``source``). Needs ``Authorization: Bearer <token>``; the body size is limited."""
        if ingestor is None:
            raise HTTPException(403, "ingest is disabled: no token is configured")
        if not token_matches(settings.token, request.headers.get("authorization")):
            raise HTTPException(401, "missing or wrong token",
                                headers={"WWW-Authenticate": "Bearer"})
        body = await _bounded_body(request, settings.max_body_bytes)
        return await run_in_threadpool(ingestor.ingest, body)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html")

    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    return app


def _page(total: int, query: EventQuery, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": query.limit, "offset": query.offset, "items": items}


def _found(record: dict[str, Any] | None, message: str) -> dict[str, Any]:
    if record is None:
        raise HTTPException(404, message)
    return record


def _snippet(text: str, wanted: set[str]) -> str:
    """The first sentence holding a query term, cut to a readable length."""
    for sentence in SENTENCE_END.split(text):
        if wanted & set(search_terms(sentence)):
            return sentence[:SNIPPET_CHARS]
    return text[:SNIPPET_CHARS]


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it exceeds ``limit`` bytes (the
    declared length is checked first, the bytes actually received as they arrive)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body larger than {limit} bytes")
    received = bytearray()
    async for chunk in request.stream():
        received.extend(chunk)
        if len(received) > limit:
            raise HTTPException(413, f"body larger than {limit} bytes")
    return bytes(received)


