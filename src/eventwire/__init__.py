"""eventwire: explainable political event data from dated news.

The Python API mirrors the command line::

    import eventwire
    result = eventwire.extract(text, date="2023-07-27")   # an ArticleResult
    store = eventwire.open("eventwire.duckdb")           # the same queries as the CLI
    store.events(eventwire.EventQuery(actor="Kim Jong Un"))
"""

from __future__ import annotations

from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.models import ArticleResult

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline
    from eventwire.store import Store

__version__ = "0.1.0"
__all__ = ["ArticleResult", "EventQuery", "extract", "open"]


def __getattr__(name: str) -> object:
    if name == "EventQuery":
        from eventwire.store import EventQuery

        return EventQuery
    raise AttributeError(name)


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    from eventwire.pipeline import Pipeline

    return Pipeline()


def extract(text: str, date: str | Date | None = None, *, id: str | None = None,
            title: str | None = None, source: str | None = None) -> ArticleResult:
    """Extract events, actors, places, times and quotes from one article body.

    ``date`` (ISO string or ``datetime.date``) anchors relative expressions; without it,
    relative dates stay unresolved rather than wrong.
    """
    from eventwire.ingest import make_article, parse_date

    published = parse_date(date) if isinstance(date, str) else date
    if isinstance(published, str):
        raise ValueError(published)
    article = make_article(text, published, "<python>", id, title, None, source)
    return _pipeline().process(article)


def open(path: str | Path = "eventwire.duckdb", read_only: bool = True) -> Store:
    """Open an event store; it offers the same queries as the command line."""
    from eventwire.store import open_store

    return open_store(path, read_only=read_only)
