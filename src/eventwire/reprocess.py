"""Re-extraction of stored articles (``eventwire reprocess``): refresh a store in place.

Ingest refuses an article it already holds (by fingerprint), so after an upgrade a store
keeps the events the old extractor found. Each article records which extractor made its
rows (``eventwire.provenance``); reprocessing runs the current pipeline again on the
stored texts whose mark differs (or on all of them) and puts the new rows in place of the
old ones. It streams the store through the same batch loop as ingest
(``runner.run_batches``), oldest first like consolidation, and each batch — new rows,
its mentions taken out of their events and put back, the events recounted — is one
transaction: an interrupted run leaves whole batches done and the rest stale, for the
next run to finish.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from eventwire.consolidate import Consolidator
from eventwire.models import Article, ArticleResult
from eventwire.pipeline import Pipeline
from eventwire.provenance import extractor_version
from eventwire.runner import (
    BATCH_SIZE,
    Batch,
    Executor,
    IngestSummary,
    ProgressCallback,
    run_batches,
    tally,
)
from eventwire.store import Store

# Oldest first, in the order consolidation takes articles; the position of the last
# article read is the key of the next page, so pages stay right while batches are written.
DAY = "coalesce(date, DATE '0001-01-01')"
ORDER_KEY = f"({DAY}, ingested_at, id)"
SELECT_SQL = (f"SELECT id, date, text, title, url, source, origin, fingerprint, {DAY}, "
              f"ingested_at FROM articles WHERE {ORDER_KEY} > (?::DATE, ?::TIMESTAMP, ?)")
STALE_SQL = " AND extractor IS DISTINCT FROM ?"
START = (date.min, datetime.min, "")


def run_reprocess(store: Store, everything: bool = False, workers: int = 1,
                  on_progress: ProgressCallback | None = None,
                  pipeline: Pipeline | None = None, kb_files: tuple[Path, ...] = (),
                  executor: Executor | None = None,
                  in_flight: int | None = None) -> IngestSummary:
    """Extract the stored articles again: those a different extractor made (all of them
    with ``everything``). In the summary ``read`` counts the articles taken up and
    ``stored`` those whose extraction was replaced; a rejected one keeps its old rows."""
    summary = IngestSummary()
    extractor = extractor_version(kb_files)
    consolidator = Consolidator(store)
    consolidator.update()  # what an interrupted run stored but did not consolidate

    def write(extracted: list[ArticleResult], batch: Batch) -> None:
        with store.transaction():
            outcome = store.replace_extractions(extracted, extractor)
            placed = consolidator.withdraw(outcome.stored)
            consolidator.update(outcome.stored, placed)
        tally(summary, outcome, batch, on_progress)

    batches = stored_batches(store, None if everything else extractor, summary)
    summary.timings = run_batches(batches, store, write, workers=workers, pipeline=pipeline,
                                  kb_files=kb_files, executor=executor, in_flight=in_flight)
    return summary


def stored_batches(store: Store, stale_for: str | None,
                   summary: IngestSummary) -> Iterator[Batch]:
    """Batches of stored articles, oldest first: every one, or (``stale_for``) those whose
    extraction another extractor made. Each page is read when the loop asks for it."""
    position: tuple[date, datetime, str] = START
    while True:
        rows = store.connection.execute(
            SELECT_SQL + _stale_clause(stale_for) + f" ORDER BY {ORDER_KEY} LIMIT {BATCH_SIZE}",
            [*position, *_stale_params(stale_for)]).fetchall()
        if not rows:
            return
        *_, day, ingested = rows[-1]
        position = (day, ingested, rows[-1][0])
        summary.read += len(rows)
        yield Batch([Article(*row[:-2]) for row in rows], [], len(rows))


def count_stale(store: Store, stale_for: str | None) -> int:
    """How many articles a run would take up (every one when ``stale_for`` is None)."""
    ((count,),) = store.connection.execute(
        "SELECT count(*) FROM articles WHERE true" + _stale_clause(stale_for),
        _stale_params(stale_for)).fetchall()
    return int(count)


def _stale_clause(stale_for: str | None) -> str:
    return "" if stale_for is None else STALE_SQL


def _stale_params(stale_for: str | None) -> list[str]:
    return [] if stale_for is None else [stale_for]
