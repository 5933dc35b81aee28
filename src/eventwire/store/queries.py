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
            # contains(lower(…)) rather than ILIKE … ESCAPE: the same case-insensitive
            # substring match, without wildcards to escape, and ten times faster in DuckDB.
            clauses.append("(contains(lower(e.source_name), ?) OR contains(lower(e.target_name), ?)"
                           " OR e.source_code = ? OR e.target_code = ?)")
            needle = self.actor.lower()
            params += [needle, needle, self.actor.upper(), self.actor.upper()]
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


# -- consolidated events and the views built on them (HTTP API, web page, exports) -------

CONSOLIDATED_COLUMNS = """
    e.id, e.date, e.date_precision, e.cameo, e.cameo_name, e.cameo_root, e.plover, e.mode,
    e.quad_class, e.goldstein,
    e.source_actor, e.source_name, e.source_country, e.source_sector, e.source_code,
    e.target_actor, e.target_name, e.target_country, e.target_sector, e.target_code,
    e.place_name, e.place_country, e.place_lat, e.place_lon, e.negated, e.modality,
    e.confidence, e.num_mentions, e.num_sources, e.num_articles, e.num_stories,
    e.first_published, e.last_published, e.article_id, e.event_id, e.sentence
"""
CONSOLIDATED_ORDERINGS = {
    "date": "e.date, e.id",
    "-date": "e.date DESC, e.id",
    "goldstein": "e.goldstein, e.date, e.id",
    "-goldstein": "e.goldstein DESC, e.date, e.id",
    "mentions": "e.num_mentions, e.date, e.id",
    "-mentions": "e.num_mentions DESC, e.date DESC, e.id",
}
INTERVALS = ("day", "week", "month")
BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(slots=True)
class Dyad:
    """A pair of actors (name substring or CAMEO code) or of countries (ISO alpha-3),
    matched in both directions: the events between ``a`` and ``b``."""

    a: str
    b: str
    by: str = "actor"

    def where(self) -> tuple[str, list[Any]]:
        if self.by == "country":
            source, target = "e.source_country = ?", "e.target_country = ?"
            a_params, b_params = [self.a.upper()], [self.b.upper()]
        elif self.by == "actor":
            side = "(contains(lower(e.{0}_name), ?) OR e.{0}_code = ?)"
            source, target = side.format("source"), side.format("target")
            a_params = [self.a.lower(), self.a.upper()]
            b_params = [self.b.lower(), self.b.upper()]
        else:
            raise ValueError(f"unknown dyad kind {self.by!r}: use actor or country")
        clause = f"(({source} AND {target}) OR ({source} AND {target}))"
        return clause, [*a_params, *b_params, *b_params, *a_params]


def _where(query: EventQuery, dyad: Dyad | None = None) -> tuple[str, list[Any]]:
    where, params = query.where()
    if dyad is not None:
        dyad_where, dyad_params = dyad.where()
        where, params = f"{where} AND {dyad_where}", [*params, *dyad_params]
    return where, params


class CorpusQueries:
    """Queries over consolidated events, the near-duplicate links and the search index;
    mixed into ``Store`` next to ``Queries``."""

    connection: duckdb.DuckDBPyConnection

    def consolidated_events(self, query: EventQuery | None = None,
                            with_mentions: bool = True) -> list[dict[str, Any]]:
        """Real-world events matching ``query`` (the same filters as mentions), each with
        its counts and the list of mentions that report it."""
        query = query or EventQuery()
        where, params = query.where()
        order = CONSOLIDATED_ORDERINGS.get(query.order)
        if order is None:
            raise ValueError(f"unknown order {query.order!r}: use one of "
                             f"{sorted(CONSOLIDATED_ORDERINGS)}")
        sql = (f"SELECT {CONSOLIDATED_COLUMNS} FROM consolidated_events e WHERE {where} "
               f"ORDER BY {order}")
        if query.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, query.limit, query.offset]
        rows = _dicts(self.connection.execute(sql, params))
        if with_mentions and rows:
            mentions = self.mention_refs([row["id"] for row in rows])
            for row in rows:
                row["mentions"] = mentions.get(row["id"], [])
        return rows

    def count_consolidated(self, query: EventQuery | None = None) -> int:
        where, params = (query or EventQuery()).where()
        ((total,),) = self.connection.execute(
            f"SELECT count(*) FROM consolidated_events e WHERE {where}", params).fetchall()
        return int(total)

    def mention_refs(self, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        """Which article mentions report each event (without their text): for lists."""
        rows = _dicts(self.connection.execute(
            "SELECT consolidated_id, article_id, event_id, published, outlet, link_rule "
            "FROM event_mentions WHERE consolidated_id IN (SELECT unnest(?)) "
            "ORDER BY consolidated_id, published, article_id, event_id", [ids]))
        grouped: dict[int, list[dict[str, Any]]] = {}
        for row in rows:
            grouped.setdefault(row.pop("consolidated_id"), []).append(row)
        return grouped

    def consolidated_event(self, event_id: int) -> dict[str, Any] | None:
        """One real-world event with every mention, its evidence sentence and trigger."""
        rows = _dicts(self.connection.execute(
            f"SELECT {CONSOLIDATED_COLUMNS} FROM consolidated_events e WHERE e.id = ?",
            [event_id]))
        if not rows:
            return None
        record = rows[0]
        record["mentions"] = _dicts(self.connection.execute(
            f"SELECT {EVENT_COLUMNS}, m.link_rule, d.duplicate_of, a.url "
            "FROM event_mentions m "
            "JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id "
            "JOIN articles a ON a.id = e.article_id "
            "LEFT JOIN article_duplicates d ON d.article_id = e.article_id "
            "WHERE m.consolidated_id = ? ORDER BY a.date, e.article_id, e.start_char",
            [event_id]))
        return record

    def consolidated_ids(self, article_id: str) -> dict[str, int]:
        """Event id within the article → consolidated event id."""
        return dict(self.connection.execute(
            "SELECT event_id, consolidated_id FROM event_mentions WHERE article_id = ?",
            [article_id]).fetchall())

    def series(self, query: EventQuery | None = None, interval: str = "day",
               dyad: Dyad | None = None) -> list[dict[str, Any]]:
        """Events per period and quad class, with their mentions and mean Goldstein score:
        an actor's timeline (``query.actor``) or a dyad's (``dyad``)."""
        if interval not in INTERVALS:
            raise ValueError(f"unknown interval {interval!r}: use one of {INTERVALS}")
        where, params = _where(query or EventQuery(), dyad)
        return _dicts(self.connection.execute(
            f"SELECT CAST(date_trunc('{interval}', e.date) AS DATE) AS period, e.quad_class, "
            "count(*) AS events, sum(e.num_mentions) AS mentions, "
            "round(avg(e.goldstein), 3) AS goldstein "
            f"FROM consolidated_events e WHERE {where} AND e.date IS NOT NULL "
            "GROUP BY ALL ORDER BY period, e.quad_class", params))

    def network(self, query: EventQuery | None = None, min_weight: int = 1,
                limit: int = 200) -> dict[str, list[dict[str, Any]]]:
        """Actors as nodes and event counts as directed, weighted edges (heaviest first)."""
        where, params = (query or EventQuery()).where()
        edges = _dicts(self.connection.execute(
            "SELECT e.source_name AS source, e.target_name AS target, count(*) AS weight, "
            "sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 3) AS goldstein, "
            "any_value(e.source_country) AS source_country, "
            "any_value(e.target_country) AS target_country "
            f"FROM consolidated_events e WHERE {where} "
            "AND e.source_name IS NOT NULL AND e.target_name IS NOT NULL "
            "GROUP BY e.source_name, e.target_name HAVING count(*) >= ? "
            "ORDER BY weight DESC, source, target LIMIT ?", [*params, min_weight, limit]))
        nodes: dict[str, dict[str, Any]] = {}
        for edge in edges:
            for role in ("source", "target"):
                node = nodes.setdefault(edge[role], {"id": edge[role], "events": 0,
                                                     "country": edge[f"{role}_country"]})
                node["events"] += edge["weight"]
            del edge["source_country"], edge["target_country"]
        return {"nodes": sorted(nodes.values(), key=lambda n: (-n["events"], n["id"])),
                "edges": edges}

    def places(self, query: EventQuery | None = None,
               limit: int = 500) -> list[dict[str, Any]]:
        """Geocoded events grouped by place, for the map."""
        where, params = (query or EventQuery()).where()
        return _dicts(self.connection.execute(
            "SELECT e.place_name AS name, e.place_country AS country, e.place_lat AS lat, "
            "e.place_lon AS lon, count(*) AS events, round(avg(e.goldstein), 3) AS goldstein, "
            "list(e.id ORDER BY e.date DESC, e.id)[1:20] AS event_ids "
            f"FROM consolidated_events e WHERE {where} AND e.place_lat IS NOT NULL "
            "AND e.place_lon IS NOT NULL GROUP BY ALL ORDER BY events DESC, name LIMIT ?",
            [*params, limit]))

    def actor(self, name: str) -> dict[str, Any] | None:
        """One actor (exact canonical name, any case): how the corpus knows it, its events
        by quad class and its most frequent counterparts."""
        known = _dicts(self.connection.execute(
            "SELECT any_value(x.name) AS name, list(DISTINCT x.kind) AS kinds, "
            "list(DISTINCT x.country) FILTER (WHERE x.country IS NOT NULL) AS countries, "
            "list(DISTINCT x.sector) FILTER (WHERE x.sector IS NOT NULL) AS sectors, "
            "list(DISTINCT x.code) FILTER (WHERE x.code IS NOT NULL) AS codes, "
            "list(DISTINCT x.kb_id) FILTER (WHERE x.kb_id IS NOT NULL) AS kb_ids, "
            "count(DISTINCT x.article_id) AS articles "
            "FROM actors x WHERE lower(x.name) = lower(?)", [name]))[0]
        side = "(lower(e.source_name) = lower(?) OR lower(e.target_name) = lower(?))"
        quads = _dicts(self.connection.execute(
            "SELECT e.quad_class, count(*) AS events, round(avg(e.goldstein), 3) AS goldstein "
            f"FROM consolidated_events e WHERE {side} GROUP BY ALL ORDER BY e.quad_class",
            [name, name]))
        if not known["articles"] and not quads:
            return None
        known["name"] = known["name"] or name
        known["events_by_quad_class"] = quads
        known["partners"] = _dicts(self.connection.execute(
            "SELECT CASE WHEN lower(e.source_name) = lower(?) THEN e.target_name "
            "ELSE e.source_name END AS partner, count(*) AS events, "
            "round(avg(e.goldstein), 3) AS goldstein "
            f"FROM consolidated_events e WHERE {side} GROUP BY ALL "
            "HAVING partner IS NOT NULL ORDER BY events DESC, partner LIMIT 20",
            [name, name, name]))
        return known

    def list_articles(self, since: date | None = None, until: date | None = None,
                      outlet: str | None = None, limit: int | None = 100,
                      offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """Articles newest first with their event counts and copy links, and the total."""
        clauses, params = ["TRUE"], []
        for clause, value in (("a.date >= ?", since), ("a.date <= ?", until),
                              ("a.source = ?", outlet)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        where = " AND ".join(clauses)
        ((total,),) = self.connection.execute(
            f"SELECT count(*) FROM articles a WHERE {where}", params).fetchall()
        sql = ("SELECT a.id, a.date, a.title, a.source, a.url, a.origin, length(a.text) AS chars, "
               "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
               "d.duplicate_of, d.similarity FROM articles a "
               f"LEFT JOIN article_duplicates d ON d.article_id = a.id WHERE {where} "
               "ORDER BY a.date DESC, a.id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        return int(total), _dicts(self.connection.execute(sql, params))

    def duplicates_of(self, article_id: str) -> dict[str, Any]:
        """The original an article copies, and the copies of it, with similarities."""
        original = self.connection.execute(
            "SELECT duplicate_of, similarity FROM article_duplicates WHERE article_id = ?",
            [article_id]).fetchall()
        copies = _dicts(self.connection.execute(
            "SELECT article_id, similarity FROM article_duplicates WHERE duplicate_of = ? "
            "ORDER BY article_id", [article_id]))
        return {"duplicate_of": original[0][0] if original else None,
                "similarity": original[0][1] if original else None, "copies": copies}

    def search(self, terms: list[str], limit: int = 20,
               offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        """Articles ranked by BM25 over the consolidation-built term index; articles with
        more of the query's terms come first."""
        if not terms:
            return 0, []
        scored = f"""
            WITH q AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS term),
            stats AS (SELECT count(*) AS n, avg(length) AS avgdl FROM search_docs),
            df AS (SELECT t.term, count(*) AS df FROM search_terms t JOIN q USING (term)
                   GROUP BY t.term),
            scored AS (
                SELECT t.article_id, count(*) AS matched,
                       sum(ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
                           * t.tf * {BM25_K1 + 1}
                           / (t.tf + {BM25_K1} * (1 - {BM25_B}
                                                  + {BM25_B} * d.length / stats.avgdl)))
                           AS score
                FROM search_terms t JOIN df USING (term)
                JOIN search_docs d USING (article_id), stats
                GROUP BY t.article_id)
        """
        ((total,),) = self.connection.execute(
            scored + "SELECT count(*) FROM scored", [terms]).fetchall()
        hits = _dicts(self.connection.execute(
            scored + "SELECT a.id, a.date, a.title, a.source, a.text, s.matched, "
            "round(s.score, 4) AS score FROM scored s JOIN articles a ON a.id = s.article_id "
            "ORDER BY s.matched DESC, s.score DESC, a.id LIMIT ? OFFSET ?",
            [terms, limit, offset]))
        return int(total), hits

    def unconsolidated_mentions(self) -> int:
        """Mentions not yet part of an event (a store ingested before consolidation)."""
        ((pending,),) = self.connection.execute(
            "SELECT count(*) FROM events e ANTI JOIN event_mentions m "
            "ON m.article_id = e.article_id AND m.event_id = e.event_id").fetchall()
        return int(pending)

    def overview(self) -> dict[str, Any]:
        """Sizes and date range of the store: the page header and health checks."""
        ((articles, first, last),) = self.connection.execute(
            "SELECT count(*), min(date), max(date) FROM articles").fetchall()
        counts = {"articles": int(articles), "first_published": first, "last_published": last}
        for key, table in (("mentions", "events"), ("events", "consolidated_events"),
                           ("copies", "article_duplicates")):
            ((counts[key],),) = self.connection.execute(
                f"SELECT count(*) FROM {table}").fetchall()
        return counts
