"""Ingest runs: sources → pipeline → store, streamed in batches, in one process or many.

The run reads a batch of inputs, drops articles the store already holds (by fingerprint,
before any parsing, so a resumed run does not redo finished work), extracts the rest and
writes the batch in one transaction. With ``workers > 1`` extraction happens in local
worker processes, and with an ``executor`` (a Dask cluster, see :mod:`eventwire.scale`)
on any machines the executor reaches, while this process reads and writes: the store has
one writer whatever the scale. A bounded number of batches is in flight, so memory stays
flat however large the corpus. ``eventwire reprocess`` (:mod:`eventwire.reprocess`) runs
the same loop (``run_batches``) over the store's own articles.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Protocol

from eventwire.consolidate import Consolidator
from eventwire.ingest import IngestOptions, read_sources
from eventwire.kb import load_kb
from eventwire.models import Article, ArticleResult, Rejection
from eventwire.pipeline import Pipeline
from eventwire.provenance import extractor_version
from eventwire.store import Store
from eventwire.store.store import BatchOutcome

BATCH_SIZE = 64
RECONNECT_EVERY = 50
"""Batches written between two reopenings of the store (see ``Store.reconnect``)."""


@dataclass(slots=True)
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    rejections: list[Rejection] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def rejected(self) -> int:
        return len(self.rejections)


ProgressCallback = Callable[[int], None]


class ResultLike(Protocol):
    def result(self) -> Any: ...


class Executor(Protocol):
    """What extraction is farmed out to: ``concurrent.futures`` pools and Dask clients
    both have this ``submit``."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> ResultLike: ...


Writer = Callable[[list[ArticleResult], "Batch"], None]
"""Stores one batch's extraction results (and counts them); runs in the store's process."""


@dataclass(slots=True)
class Batch:
    """Inputs read together: articles to extract, rejections, and how many items were read."""

    articles: list[Article]
    rejects: list[Rejection]
    size: int


def extract_batch(pipeline: Pipeline, articles: list[Article]) -> list[ArticleResult]:
    """Extract a batch; an article whose extraction fails becomes a rejection, alone."""
    try:
        return list(pipeline.pipe(articles))
    except Exception:
        return [_extract_one(pipeline, article) for article in articles]


def _extract_one(pipeline: Pipeline, article: Article) -> ArticleResult:
    try:
        return pipeline.process(article)
    except Exception as error:
        return ArticleResult.rejected(Rejection(
            article.origin, f"extraction failed: {type(error).__name__}: {error}",
            article.id, article.date, article.title))


def run_ingest(paths: Iterable[str], store: Store, options: IngestOptions, workers: int = 1,
               on_progress: ProgressCallback | None = None,
               pipeline: Pipeline | None = None,
               kb_files: tuple[Path, ...] = (), consolidate: bool = True,
               executor: Executor | None = None, in_flight: int | None = None) -> IngestSummary:
    """Ingest every source into ``store``; returns what was read, stored and rejected.

    ``kb_files`` are user actor files (``--kb``) every worker's pipeline loads. With
    ``consolidate`` each stored batch is consolidated at once (copies linked, events
    counted), so the corpus-level tables never lag behind the articles. ``executor``
    extracts elsewhere (``in_flight`` batches at a time, by default twice ``workers``).
    """
    summary = IngestSummary()
    consolidator = Consolidator(store) if consolidate else None
    if consolidator is not None:  # what an interrupted run stored but did not consolidate
        consolidator.update()
    extractor = extractor_version(kb_files)

    def write(extracted: list[ArticleResult], batch: Batch) -> None:
        outcome = store.write_batch([*extracted, *map(ArticleResult.rejected, batch.rejects)],
                                    extractor)
        if consolidator is not None and outcome.stored:
            consolidator.update(outcome.stored)
        tally(summary, outcome, batch, on_progress)

    summary.timings = run_batches(
        _fresh_batches(read_sources(paths, options), store, summary), store, write,
        workers=workers, pipeline=pipeline, kb_files=kb_files, executor=executor,
        in_flight=in_flight)
    return summary


def run_batches(batches: Iterator[Batch], store: Store, write: Writer, workers: int = 1,
                pipeline: Pipeline | None = None, kb_files: tuple[Path, ...] = (),
                executor: Executor | None = None,
                in_flight: int | None = None) -> dict[str, float]:
    """Extract every batch (here, in ``workers`` local processes or on ``executor``) and
    hand each one's results to ``write`` in input order: the one loop behind ``ingest``
    and ``reprocess``, whatever the scale. The store is reopened every
    ``RECONNECT_EVERY`` batches. Returns the stage timings of a pipeline run here (none
    when extraction ran elsewhere)."""
    written = itertools.count(1)

    def write_then_reopen(extracted: list[ArticleResult], batch: Batch) -> None:
        write(extracted, batch)
        if next(written) % RECONNECT_EVERY == 0:
            store.reconnect()

    window = in_flight or 2 * workers
    if executor is not None:
        _farm_out(executor, window, batches, kb_files, write_then_reopen)
        return {}
    if workers > 1:
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            _farm_out(pool, window, batches, kb_files, write_then_reopen)
        return {}
    pipeline = pipeline or Pipeline(kb=load_kb(kb_files))
    for batch in batches:
        write_then_reopen(extract_batch(pipeline, batch.articles), batch)
    return dict(pipeline.timings)


def _farm_out(executor: Executor, window: int, batches: Iterator[Batch],
              kb_files: tuple[Path, ...], write: Writer) -> None:
    """Extract batches on ``executor``, writing results in input order as they return."""
    pending: deque[tuple[ResultLike, Batch]] = deque()
    for batch in batches:
        pending.append((executor.submit(extract_elsewhere, batch.articles, kb_files), batch))
        if len(pending) >= window:
            future, done = pending.popleft()
            write(future.result(), done)
    while pending:
        future, done = pending.popleft()
        write(future.result(), done)


def _fresh_batches(items: Iterator[Article | Rejection], store: Store,
                   summary: IngestSummary) -> Iterator[Batch]:
    """Batches of (articles not yet stored, rejections), counting duplicates on the way."""
    while chunk := list(itertools.islice(items, BATCH_SIZE)):
        articles = [item for item in chunk if isinstance(item, Article)]
        rejects = [item for item in chunk if isinstance(item, Rejection)]
        summary.read += len(chunk)
        known = store.stored_fingerprints(a.fingerprint for a in articles)
        summary.duplicates += sum(a.fingerprint in known for a in articles)
        yield Batch([a for a in articles if a.fingerprint not in known], rejects, len(chunk))


def tally(summary: IngestSummary, outcome: BatchOutcome, batch: Batch,
          on_progress: ProgressCallback | None) -> None:
    """Count a written batch in the run's summary and move the progress bar."""
    summary.stored += len(outcome.stored)
    summary.duplicates += len(outcome.duplicates)
    summary.rejections.extend(outcome.rejected)
    if on_progress:
        on_progress(batch.size)


def extract_elsewhere(articles: list[Article], kb_files: tuple[Path, ...]) -> list[ArticleResult]:
    """Extraction as run by a worker process (local pool or Dask worker): the pipeline is
    built on first use and kept for the life of the process."""
    return extract_batch(_worker_pipeline(kb_files), articles)


@lru_cache(maxsize=2)
def _worker_pipeline(kb_files: tuple[Path, ...]) -> Pipeline:
    return Pipeline(kb=load_kb(kb_files))
