"""The store's tables, declared once: DuckDB DDL and Arrow batch schemas derive from here.

Whenever the schema changes, append a named step to ``MIGRATIONS``; never edit or reorder
an existing step. A store records the steps it has applied (``meta``), and opening it for
writing applies the missing ones in order, each in its own transaction. The schema
version is the number of steps applied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from eventwire.consolidate.consolidator import stored_match_keys
from eventwire.consolidate.duplicates import band_keys, from_blob
from eventwire.consolidate.rules import default_rules
from eventwire.registry import create_registry_tables

REPORTER = pa.struct([("name", pa.string()), ("actor", pa.string())])
ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "BLOB": pa.binary(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "VARCHAR[]": pa.list_(pa.string()),
    "STRUCT(name VARCHAR, actor VARCHAR)[]": pa.list_(REPORTER),
}


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]
    constraints: tuple[str, ...] = ()

    def ddl(self) -> str:
        body = [f'"{column}" {kind}' for column, kind in self.columns] + list(self.constraints)
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(body)})"

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(column, ARROW_TYPES[kind]) for column, kind in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [column for column, _ in self.columns]


def _span(prefix: str = "") -> tuple[tuple[str, str], ...]:
    return ((f"{prefix}start_char", "INTEGER"), (f"{prefix}end_char", "INTEGER"))


def _actor_ref(role: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{role}_{field}", "VARCHAR")
                 for field in ("actor", "name", "country", "sector", "code"))


ARTICLE_KEY = (("article_id", "VARCHAR"),)

TABLES: tuple[Table, ...] = (
    Table("articles", (
        ("id", "VARCHAR"), ("fingerprint", "VARCHAR"), ("date", "DATE"), ("title", "VARCHAR"),
        ("url", "VARCHAR"), ("source", "VARCHAR"), ("origin", "VARCHAR"), ("text", "VARCHAR"),
        ("credits", "VARCHAR[]"), ("ingested_at", "TIMESTAMP"), ("extractor", "VARCHAR"),
    ), ("PRIMARY KEY (id)", "UNIQUE (fingerprint)")),
    Table("sentences", (*ARTICLE_KEY, ("idx", "INTEGER"), *_span())),
    Table("timexes", (
        *ARTICLE_KEY, ("idx", "INTEGER"), *_span(), ("text", "VARCHAR"), ("sentence", "INTEGER"),
        ("type", "VARCHAR"), ("value", "VARCHAR"), ("rule", "VARCHAR"),
    )),
    Table("actors", (
        *ARTICLE_KEY, ("actor_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR"),
        ("country", "VARCHAR"), ("sector", "VARCHAR"), ("code", "VARCHAR"), ("kb_id", "VARCHAR"),
        ("aliases", "VARCHAR[]"),
    )),
    Table("actor_mentions", (
        *ARTICLE_KEY, ("actor_id", "VARCHAR"), *_span(), ("text", "VARCHAR"),
        ("sentence", "INTEGER"),
    )),
    Table("places", (
        *ARTICLE_KEY, ("place_id", "VARCHAR"), ("name", "VARCHAR"), ("country", "VARCHAR"),
        ("admin1", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("feature", "VARCHAR"),
        ("gazetteer_id", "VARCHAR"),
    )),
    Table("place_mentions", (
        *ARTICLE_KEY, ("place_id", "VARCHAR"), *_span(), ("text", "VARCHAR"),
        ("sentence", "INTEGER"),
    )),
    Table("events", (
        *ARTICLE_KEY, ("event_id", "VARCHAR"), ("sentence", "INTEGER"), *_span(),
        *_span("trigger_"), ("trigger_text", "VARCHAR"),
        *_actor_ref("source"), *_actor_ref("target"),
        ("cameo", "VARCHAR"), ("cameo_name", "VARCHAR"), ("plover", "VARCHAR"),
        ("mode", "VARCHAR"), ("context", "VARCHAR[]"), ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"), ("date", "DATE"), ("date_precision", "VARCHAR"),
        ("date_rule", "VARCHAR"), ("place_id", "VARCHAR"), ("place_name", "VARCHAR"),
        ("place_country", "VARCHAR"), ("place_lat", "DOUBLE"), ("place_lon", "DOUBLE"),
        ("place_rule", "VARCHAR"), ("negated", "BOOLEAN"), ("modality", "VARCHAR"),
        ("quote", "VARCHAR"), ("reported_by", "STRUCT(name VARCHAR, actor VARCHAR)[]"),
        ("confidence", "DOUBLE"), ("rule", "VARCHAR"),
    )),
    Table("quotes", (
        *ARTICLE_KEY, ("idx", "INTEGER"), ("speaker_actor", "VARCHAR"),
        ("speaker_name", "VARCHAR"), ("speaker_country", "VARCHAR"), ("text", "VARCHAR"),
        *_span(), ("sentence", "INTEGER"),
    )),
    Table("rejected", (
        ("origin", "VARCHAR"), ("reason", "VARCHAR"), ("article_id", "VARCHAR"),
        ("first_seen", "TIMESTAMP"), ("last_seen", "TIMESTAMP"), ("times", "INTEGER"),
    ), ("PRIMARY KEY (origin, reason)",)),
)
TABLES_BY_NAME = {table.name: table for table in TABLES}
EXTRACTION_TABLES = tuple(table.name for table in TABLES
                          if table.name not in ("articles", "rejected"))
"""What the pipeline extracted from one article, keyed by ``article_id``: what
``eventwire reprocess`` replaces (the article itself stays)."""

Migration = Callable[[duckdb.DuckDBPyConnection], None]


def _create_article_tables(connection: duckdb.DuckDBPyConnection) -> None:
    for table in TABLES:
        connection.execute(table.ddl())


# What consolidation compares a stored mention on (``consolidate.matching.MentionInfo``),
# kept with the mention so that matching a batch reads this table alone, and only the
# mentions that share a date window and an actor with the batch (step 005).
MATCH_KEYS: tuple[tuple[str, str], ...] = (
    ("cameo", "VARCHAR"), ("date_precision", "VARCHAR"),
    *((f"{role}_{field}", kind) for role in ("source", "target")
      for field, kind in (("kb", "VARCHAR"), ("words", "VARCHAR[]"), ("country", "VARCHAR"))),
    ("place_country", "VARCHAR"), ("place_lat", "DOUBLE"), ("place_lon", "DOUBLE"),
    ("evidence_key", "VARCHAR"),
)

# Corpus-level tables, written by consolidation (``eventwire.consolidate``): near-duplicate
# articles, the search index, and real-world events with the mentions that report them.
# The per-article and per-mention tables have no key constraint: consolidation writes only
# what is not there yet, in one transaction, and DuckDB keeps the index behind a key in
# memory, where it would grow with the corpus (about 0.5 KB an article; step 006).
KEYLESS_CORPUS_TABLES = ("article_signatures", "article_duplicates", "search_docs",
                         "event_mentions")
CORPUS_TABLES: tuple[Table, ...] = (
    Table("article_signatures", (("article_id", "VARCHAR"), ("minhash", "BLOB"))),
    Table("article_bands", (("band_key", "BIGINT"), ("article_id", "VARCHAR"))),
    Table("article_duplicates", (
        ("article_id", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("similarity", "DOUBLE"),
    )),
    Table("search_docs", (("article_id", "VARCHAR"), ("length", "INTEGER"))),
    Table("search_terms", (("term", "VARCHAR"), ("article_id", "VARCHAR"), ("tf", "INTEGER"))),
    Table("event_mentions", (
        *ARTICLE_KEY, ("event_id", "VARCHAR"), ("consolidated_id", "BIGINT"),
        ("link_rule", "VARCHAR"), ("date_lo", "DATE"), ("date_hi", "DATE"),
        ("tolerance", "INTEGER"), ("cameo_root", "VARCHAR"), ("negated", "BOOLEAN"),
        ("source_key", "VARCHAR"), ("target_key", "VARCHAR"), ("published", "DATE"),
        ("outlet", "VARCHAR"), *MATCH_KEYS,
    )),
    Table("consolidated_events", (
        ("id", "BIGINT"), ("date", "DATE"), ("date_precision", "VARCHAR"),
        ("cameo", "VARCHAR"), ("cameo_name", "VARCHAR"), ("cameo_root", "VARCHAR"),
        ("plover", "VARCHAR"), ("mode", "VARCHAR"), ("quad_class", "INTEGER"),
        ("goldstein", "DOUBLE"), *_actor_ref("source"), *_actor_ref("target"),
        ("place_name", "VARCHAR"), ("place_country", "VARCHAR"), ("place_lat", "DOUBLE"),
        ("place_lon", "DOUBLE"), ("negated", "BOOLEAN"), ("modality", "VARCHAR"),
        ("confidence", "DOUBLE"), ("num_mentions", "INTEGER"), ("num_sources", "INTEGER"),
        ("num_articles", "INTEGER"), ("num_stories", "INTEGER"),
        ("first_published", "DATE"), ("last_published", "DATE"),
        ("article_id", "VARCHAR"), ("event_id", "VARCHAR"), ("sentence", "INTEGER"),
    ), ("PRIMARY KEY (id)",)),
)
ALL_TABLES_BY_NAME = {table.name: table for table in (*TABLES, *CORPUS_TABLES)}


def _create_corpus_tables(connection: duckdb.DuckDBPyConnection) -> None:
    for table in CORPUS_TABLES:
        connection.execute(table.ddl())
    # An event's mentions are fetched by event id for every page of events: an ART index
    # turns that from a scan of all mentions into a lookup.
    connection.execute(
        "CREATE INDEX IF NOT EXISTS event_mentions_by_event ON event_mentions (consolidated_id)")


def _store_lsh_bands(connection: duckdb.DuckDBPyConnection) -> None:
    """The near-duplicate LSH index moves from memory into ``article_bands``.

    A store made before this step has signatures but no band keys; they are rebuilt from
    the stored signatures. (On a new store step 003 already made the table, empty.)
    """
    connection.execute(ALL_TABLES_BY_NAME["article_bands"].ddl())
    rules = default_rules()
    signed = connection.execute("SELECT article_id, minhash FROM article_signatures").fetchall()
    rows = [{"band_key": key, "article_id": article_id} for article_id, blob in signed
            for key in band_keys(from_blob(blob, rules), rules)]
    bands = pa.Table.from_pylist(rows, schema=ALL_TABLES_BY_NAME["article_bands"].arrow_schema())
    connection.register("rebuilt_bands", bands)
    connection.execute("INSERT INTO article_bands SELECT * FROM rebuilt_bands")
    connection.unregister("rebuilt_bands")


def _rebuild(connection: duckdb.DuckDBPyConnection, name: str, fill: str) -> None:
    """Recreate table ``name`` from its current definition, filled by ``fill`` (a SELECT
    over ``kept_rows``, its old rows): DuckDB can neither add a column to an indexed
    table nor drop a constraint."""
    connection.execute(f"CREATE TEMP TABLE kept_rows AS SELECT * FROM {name}")
    connection.execute(f"DROP TABLE {name}")
    connection.execute(ALL_TABLES_BY_NAME[name].ddl())
    connection.execute(f"INSERT INTO {name} {fill}")
    connection.execute("DROP TABLE kept_rows")
    _create_corpus_tables(connection)  # the index on event_mentions went with its table


def _keep_match_keys_with_mentions(connection: duckdb.DuckDBPyConnection) -> None:
    """``event_mentions`` gains what matching compares (``MATCH_KEYS``), so consolidating a
    batch reads only the mentions it may join instead of the whole corpus.

    The keys of existing mentions are recomputed from their events. (A new store got the
    columns from step 003 already.)
    """
    columns = _columns(connection, "event_mentions")
    if "evidence_key" in columns:
        return
    recomputed = Table("recomputed_keys",
                       (("article_id", "VARCHAR"), ("event_id", "VARCHAR"), *MATCH_KEYS))
    keys = pa.Table.from_pylist(stored_match_keys(connection),
                                schema=recomputed.arrow_schema())
    old = ", ".join(f'b."{column}"' for column in ALL_TABLES_BY_NAME["event_mentions"]
                    .column_names if column in columns)
    new = ", ".join(f'k."{column}"' for column, _ in MATCH_KEYS)
    connection.register(recomputed.name, keys)
    _rebuild(connection, "event_mentions", f"SELECT {old}, {new} FROM kept_rows b "
             f"LEFT JOIN {recomputed.name} k USING (article_id, event_id)")
    connection.unregister(recomputed.name)


def _drop_corpus_keys(connection: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the keyless corpus tables of a store made with their old primary keys.
    (A store created since has no keys to drop.)"""
    keyed = {name for (name,) in connection.execute(
        "SELECT DISTINCT table_name FROM duckdb_constraints() "
        "WHERE constraint_type = 'PRIMARY KEY' AND table_name IN (SELECT unnest(?))",
        [list(KEYLESS_CORPUS_TABLES)]).fetchall()}
    for name in sorted(keyed):
        _rebuild(connection, name, "SELECT * FROM kept_rows")


def _record_extractor(connection: duckdb.DuckDBPyConnection) -> None:
    """``articles`` gains the mark of the extractor that produced each article's rows
    (``eventwire.provenance``), so that ``eventwire reprocess`` can find stale ones.

    Articles stored before have no mark (NULL): nothing says which extractor made them,
    so they count as stale. (A new store got the column from step 001 already.)
    """
    if "extractor" in _columns(connection, "articles"):
        return
    _rebuild(connection, "articles", "SELECT *, NULL FROM kept_rows")


def _columns(connection: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    """The columns ``table`` has in this store (older stores lack newer columns)."""
    return {name for (name,) in connection.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
        [table]).fetchall()}


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("001-article-tables", _create_article_tables),
    ("002-actor-registry", create_registry_tables),
    ("003-consolidation", _create_corpus_tables),
    ("004-lsh-bands-in-store", _store_lsh_bands),
    ("005-match-keys-with-mentions", _keep_match_keys_with_mentions),
    ("006-corpus-tables-without-key-indexes", _drop_corpus_keys),
    ("007-extractor-of-each-article", _record_extractor),
)
SCHEMA_VERSION = len(MIGRATIONS)
