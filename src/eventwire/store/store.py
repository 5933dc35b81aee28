"""The embedded event store: one DuckDB file, written in whole-batch transactions.

Why batches in single transactions: a crash (even ``kill -9``) in the middle of an
ingest leaves the file holding whole articles only, and because every article is keyed
by its fingerprint, re-running the same command stores exactly what is missing.
Every statement takes its values as parameters or as registered Arrow tables; no value
is ever spliced into SQL text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from eventwire.models import ArticleResult, Rejection
from eventwire.registry import Earlier, apply_registry, earlier_uses
from eventwire.store.queries import CorpusQueries, Queries
from eventwire.store.rows import Row, result_rows
from eventwire.store.schema import ALL_TABLES_BY_NAME, EXTRACTION_TABLES, MIGRATIONS

DEFAULT_DB = "eventwire.duckdb"


class StoreError(RuntimeError):
    """The store cannot be used (newer schema, unreadable file)."""


@dataclass(slots=True)
class BatchOutcome:
    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


class Store(Queries, CorpusQueries):
    """A DuckDB event store; ``Queries`` and ``CorpusQueries`` give it the read side
    shared by every surface."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False,
                 memory_limit: str | None = None) -> None:
        """``memory_limit`` (DuckDB's, e.g. "256MB") bounds what DuckDB keeps: by default
        it caches the store's blocks up to 80 % of the machine's memory."""
        self.path = str(path)
        self.memory_limit = memory_limit
        self._in_transaction = False
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: run 'eventwire ingest' first")
        self.connection = self._connect(read_only)
        if read_only:
            self._check_version()
        else:
            self.migrate()

    def close(self) -> None:
        self.connection.close()

    def reconnect(self) -> None:
        """Close and reopen the database, between transactions.

        An open DuckDB database keeps some memory outside its buffer manager that only
        closing returns, so ``memory_limit`` does not bound it. Over 8,000 Reuters-21578
        articles, RSS minus DuckDB's buffers grows from 500 to 528 MB on one connection
        and stays at 493-514 MB when ingest reopens it every 50 batches; reopening
        between transactions costs little. ``memory_limit`` carries over.
        """
        if self.path == ":memory:":  # reopening would lose everything
            return
        self.connection.close()
        self.connection = self._connect(read_only=False)

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        config = {"memory_limit": self.memory_limit} if self.memory_limit else {}
        try:
            return duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.ParserException as error:
            raise StoreError(f"memory limit {self.memory_limit!r}: {error}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- schema ----------------------------------------------------------------------

    def applied_migrations(self) -> list[str]:
        exists = self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        if not exists or not exists[0]:
            return []
        rows = self.connection.execute(
            "SELECT value FROM meta WHERE key LIKE 'migration:%' ORDER BY key").fetchall()
        return [row[0] for row in rows]

    def schema_version(self) -> int:
        return len(self.applied_migrations())

    def migrate(self) -> None:
        """Apply the migration steps this file lacks, in order, one transaction each."""
        self._check_version()
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        applied = set(self.applied_migrations())
        for position, (name, step) in enumerate(MIGRATIONS, start=1):
            if name in applied:
                continue
            self.connection.execute("BEGIN TRANSACTION")
            step(self.connection)
            self.connection.execute("INSERT INTO meta VALUES (?, ?)",
                                    [f"migration:{position:03d}", name])
            self.connection.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(position)])
            self.connection.execute("COMMIT")

    def _check_version(self) -> None:
        known = {name for name, _ in MIGRATIONS}
        unknown = [name for name in self.applied_migrations() if name not in known]
        if unknown:
            raise StoreError(f"{self.path} was written by a newer eventwire (schema steps "
                             f"{', '.join(unknown)}): upgrade eventwire")

    # -- writing -----------------------------------------------------------------------

    def stored_fingerprints(self, fingerprints: Iterable[str]) -> set[str]:
        """Which of ``fingerprints`` are already stored (to skip parsing them again)."""
        wanted = list(fingerprints)
        if not wanted:
            return set()
        rows = self.connection.execute(
            "SELECT fingerprint FROM articles WHERE fingerprint IN (SELECT unnest(?))",
            [wanted]).fetchall()
        return {row[0] for row in rows}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block in one transaction: all of it, or (on any error) none of it.

        A block inside another joins the outer transaction (DuckDB has no nested ones),
        so a writer that combines steps that each take a transaction on their own
        (``eventwire reprocess``: replace extractions, then consolidate) commits them
        together.
        """
        if self._in_transaction:
            yield
            return
        self.connection.execute("BEGIN TRANSACTION")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        else:
            self.connection.execute("COMMIT")
        finally:
            self._in_transaction = False

    def write_batch(self, results: Iterable[ArticleResult],
                    extractor: str | None = None) -> BatchOutcome:
        """Store a batch of results in one transaction: all of it, or (on a crash) none.
        ``extractor`` marks who extracted them (``eventwire.provenance``); without it
        they count as stale for ``eventwire reprocess``."""
        outcome = BatchOutcome()
        now = datetime.now()
        fresh: list[ArticleResult] = []
        accepted = [r for r in results if r.article is not None]
        outcome.rejected = [r.rejection for r in results if r.rejection is not None]
        with self.transaction():
            stored = self._stored_ids(accepted)
            seen: set[str] = set()
            for result in accepted:
                article = result.article
                assert article is not None
                verdict = self._verdict(article.id, article.fingerprint, stored, seen)
                if verdict == "duplicate":
                    outcome.duplicates.append(article.id)
                elif verdict == "conflict":
                    outcome.rejected.append(Rejection(
                        article.origin, f"id {article.id!r} is already stored with different "
                        "text or date", article.id, article.date, article.title))
                else:
                    seen.add(article.fingerprint)
                    outcome.stored.append(article.id)
                    fresh.append(result)
            for table, rows in self._result_rows(fresh, now, extractor).items():
                self._insert(table, rows)
            self._record_rejections(outcome.rejected, now)
        return outcome

    def replace_extractions(self, results: list[ArticleResult],
                            extractor: str | None) -> BatchOutcome:
        """Put new extractions of stored articles in place of their old ones, in one
        transaction (``eventwire reprocess``).

        The article row stays (its id, text, date and ingestion time are what the new
        extraction was made from); only what was extracted from it changes, with the
        mark of the extractor. A rejected result leaves its article's old extraction in
        place and is recorded like an ingest rejection.
        """
        now = datetime.now()
        accepted = [r for r in results if r.article is not None]
        outcome = BatchOutcome(stored=[r.article.id for r in accepted if r.article],
                               rejected=[r.rejection for r in results if r.rejection])
        with self.transaction():
            earlier = earlier_uses(self.connection, outcome.stored)
            self._forget_extractions(outcome.stored)
            tables = self._result_rows(accepted, now, extractor, earlier)
            self._update_articles(tables.pop("articles", []))
            for table, rows in tables.items():
                self._insert(table, rows)
            self._record_rejections(outcome.rejected, now)
        return outcome

    def _update_articles(self, rows: list[Row]) -> None:
        """Give stored articles what a new extraction says about them (credits, mark)."""
        if rows:
            self.connection.executemany(
                "UPDATE articles SET credits = ?, extractor = ? WHERE id = ?",
                [[row["credits"], row["extractor"], row["id"]] for row in rows])

    def _forget_extractions(self, article_ids: list[str]) -> None:
        """Delete what was extracted from these articles, and the registry's record of
        filling their actors in (the new extraction is filled in again)."""
        for table in (*EXTRACTION_TABLES, "actor_registry_uses"):
            self.connection.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [article_ids])

    def _result_rows(self, results: list[ArticleResult], now: datetime, extractor: str | None,
                     earlier: dict[str, Earlier] | None = None) -> dict[str, list[Row]]:
        """Every table's rows for accepted results, after the actor registry has filled
        them in (in input order: see ``eventwire.registry``); ``earlier``, by article id,
        for new extractions of stored articles."""
        tables: dict[str, list[Row]] = defaultdict(list)
        for result in results:
            assert result.article is not None
            apply_registry(self.connection, result, now,
                           None if earlier is None else earlier[result.article.id])
            for table, rows in result_rows(result, now, extractor).items():
                tables[table].extend(rows)
        return tables

    def record_rejections(self, rejections: list[Rejection]) -> None:
        """Record rejected inputs on their own (when a batch holds nothing else)."""
        with self.transaction():
            self._record_rejections(rejections, datetime.now())

    def _stored_ids(self, results: list[ArticleResult]) -> dict[str, str]:
        """Stored id → fingerprint for every id or fingerprint this batch carries."""
        ids = [r.article.id for r in results if r.article]
        fingerprints = [r.article.fingerprint for r in results if r.article]
        if not ids:
            return {}
        rows = self.connection.execute(
            "SELECT id, fingerprint FROM articles WHERE id IN (SELECT unnest(?)) "
            "OR fingerprint IN (SELECT unnest(?))", [ids, fingerprints]).fetchall()
        return {row[0]: row[1] for row in rows}

    @staticmethod
    def _verdict(article_id: str, fingerprint: str, stored: dict[str, str],
                 seen: set[str]) -> str:
        if fingerprint in seen or fingerprint in stored.values():
            return "duplicate"
        if article_id in stored:
            return "conflict"
        return "new"

    def insert_rows(self, table: str, rows: list[Row]) -> None:
        """Append rows to any declared table inside the caller's transaction (corpus-level
        writers such as consolidation use it; articles go through ``write_batch``)."""
        self._insert(table, rows)

    def _insert(self, table: str, rows: list[Row]) -> None:
        if not rows:
            return
        spec = ALL_TABLES_BY_NAME[table]
        batch = pa.Table.from_pylist(rows, schema=spec.arrow_schema())
        self.connection.register("incoming_batch", batch)
        try:
            columns = ", ".join(f'"{c}"' for c in spec.column_names)
            self.connection.execute(
                f"INSERT INTO {spec.name} ({columns}) SELECT {columns} FROM incoming_batch")
        finally:
            self.connection.unregister("incoming_batch")

    def _record_rejections(self, rejections: list[Rejection], now: datetime) -> None:
        for rejection in rejections:
            self.connection.execute(
                "INSERT INTO rejected VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (origin, reason) "
                "DO UPDATE SET last_seen = excluded.last_seen, times = rejected.times + 1",
                [rejection.origin, rejection.reason, rejection.article_id, now, now])


def open_store(path: str | Path = DEFAULT_DB, read_only: bool = True) -> Store:
    """Open a store for querying (read-only unless asked otherwise)."""
    return Store(path, read_only=read_only)
