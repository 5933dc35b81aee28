"""The embedded DuckDB store and the queries every surface (CLI, Python, HTTP) shares."""

from eventwire.store.queries import EventQuery
from eventwire.store.store import DEFAULT_DB, Store, StoreError, open_store

__all__ = ["DEFAULT_DB", "EventQuery", "Store", "StoreError", "open_store"]
