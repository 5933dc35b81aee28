"""Read queries over the store, shared by the CLI, the Python API and the HTTP API.

Each query builds its SQL from fixed fragments and passes every user value as a
parameter. Results are plain dicts (JSON-ready apart from dates), so each surface only
formats them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

CAMEO_PREFIX = re.compile(r"^\d{1,4}$")
EVENT_COLUMNS = """
    e.article_id, e.event_id, e.date, e.date_precision, e.cameo, e.cameo_name, e.plover,
    e.mode, e.quad_class, e.goldstein,
    e.source_actor, e.source_name, e.source_country, e.source_sector, e.source_code,
    e.target_actor, e.target_name, e.target_country, e.target_sector, e.target_code,
    e.place_name, e.place_country, e.place_lat, e.place_lon,
    e.negated, e.modality, e.quote, e.reported_by, e.confidence, e.rule, e.date_rule,
    e.sentence, e.start_char, e.end_char, e.trigger_start_char, e.trigger_end_char,
    e.trigger_text,
    substr(a.text, e.start_char + 1, e.end_char - e.start_char) AS evidence,
    a.date AS published, a.title, a.source AS outlet
"""
ORDERINGS = {
    "date": "e.date, e.article_id, e.event_id",
    "-date": "e.date DESC, e.article_id, e.event_id",
    "goldstein": "e.goldstein, e.date",
    "-goldstein": "e.goldstein DESC, e.date",
}


@dataclass(slots=True)
class EventQuery:
    """Filters shared by ``eventwire events``, the HTTP API and ``Store.events``.

    ``actor`` matches a name (case-insensitive substring) or an exact CAMEO actor code on
    either side; ``country`` an ISO code on either side; ``type`` a PLOVER type
    ("CONSULT") or a CAMEO code prefix ("04", "042").
    """

    actor: str | None = None
    country: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    include_negated: bool = False
    limit: int | None = 100
    offset: int = 0
    order: str = "date"

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append("(e.source_name ILIKE ? ESCAPE '\\' OR e.target_name ILIKE ? "
                           "ESCAPE '\\' OR e.source_code = ? OR e.target_code = ?)")
            pattern = f"%{_escape_like(self.actor)}%"
            params += [pattern, pattern, self.actor.upper(), self.actor.upper()]
        if self.country:
            clauses.append("(e.source_country = ? OR e.target_country = ?)")
            params += [self.country.upper()] * 2
        if self.type:
            if CAMEO_PREFIX.match(self.type):
                clauses.append("starts_with(e.cameo, ?)")
            else:
                clauses.append("e.plover = ?")
            params.append(self.type.upper())
        if self.since:
            clauses.append("e.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("e.date <= ?")
            params.append(self.until)
        if not self.include_negated:
            clauses.append("NOT e.negated")
        return (" AND ".join(clauses) or "TRUE"), params


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class Queries:
    """The read side of the store; mixed into ``Store`` which provides ``connection``."""

    connection: duckdb.DuckDBPyConnection

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Events matching ``query`` with their evidence sentence, in the asked order."""
        query = query or EventQuery()
        where, params = query.where()
        order = ORDERINGS.get(query.order)
        if order is None:
            raise ValueError(f"unknown order {query.order!r}: use one of {sorted(ORDERINGS)}")
        sql = (f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
               f"WHERE {where} ORDER BY {order}")
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, query.limit, query.offset]
        return _dicts(self.connection.execute(sql, params))

    def count_events(self, query: EventQuery | None = None) -> int:
        where, params = (query or EventQuery()).where()
        row = self.connection.execute(f"SELECT count(*) FROM events e WHERE {where}",
                                      params).fetchone()
        return int(row[0]) if row else 0

    def actors(self, name: str | None = None, country: str | None = None,
               limit: int | None = 100) -> list[dict[str, Any]]:
        """Actors across the corpus, grouped by name and code, most mentioned first."""
        clauses, params = ["TRUE"], []
        if name:
            clauses.append("x.name ILIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(name)}%")
        if country:
            clauses.append("x.country = ?")
            params.append(country.upper())
        sql = f"""
            SELECT x.name, x.kind, x.country, x.sector, x.code,
                   count(DISTINCT x.article_id) AS articles,
                   sum(m.mentions) AS mentions
            FROM actors x
            JOIN (SELECT article_id, actor_id, count(*) AS mentions FROM actor_mentions
                  GROUP BY ALL) m USING (article_id, actor_id)
            WHERE {" AND ".join(clauses)}
            GROUP BY x.name, x.kind, x.country, x.sector, x.code
            ORDER BY mentions DESC, x.name"""
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return _dicts(self.connection.execute(sql, params))

    def timeline(self, actor: str, since: date | None = None,
                 until: date | None = None) -> list[dict[str, Any]]:
        """Every event involving ``actor`` (name or code), oldest first."""
        return self.events(EventQuery(actor=actor, since=since, until=until, limit=None))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with everything extracted from it, for ``show`` and the API."""
        rows = _dicts(self.connection.execute("SELECT * FROM articles WHERE id = ?",
                                              [article_id]))
        if not rows:
            return None
        record = rows[0]
        for table in ("sentences", "timexes", "actors", "actor_mentions", "places",
                      "place_mentions", "quotes"):
            record[table] = _dicts(self.connection.execute(
                f"SELECT * EXCLUDE (article_id) FROM {table} WHERE article_id = ? "
                "ORDER BY ALL", [article_id]))
        record["events"] = _dicts(self.connection.execute(
            f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
            "WHERE e.article_id = ? ORDER BY e.start_char, e.event_id", [article_id]))
        return record

    def rejected(self, limit: int | None = 100) -> list[dict[str, Any]]:
        sql = "SELECT * FROM rejected ORDER BY last_seen DESC, origin"
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return _dicts(self.connection.execute(sql, params))

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables (for summaries and health checks)."""
        counts = {}
        for table in ("articles", "events", "actors", "places", "quotes", "rejected"):
            row = self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()
            counts[table] = int(row[0]) if row else 0
        return counts
