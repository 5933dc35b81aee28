"""Ingest runs: sources → pipeline → store, streamed in batches, optionally on N processes.

The run reads a batch of inputs, drops articles the store already holds (by fingerprint,
before any parsing, so a resumed run does not redo finished work), extracts the rest and
writes the batch in one transaction. With ``workers > 1`` extraction happens in worker
processes while the parent reads and writes; at most ``2 × workers`` batches are in
flight, so memory stays bounded however large the corpus.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from eventwire.consolidate import Consolidator
from eventwire.ingest import IngestOptions, read_sources
from eventwire.kb import load_kb
from eventwire.models import Article, ArticleResult, Rejection
from eventwire.pipeline import Pipeline
from eventwire.store import Store

BATCH_SIZE = 64


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
               kb_files: tuple[Path, ...] = (), consolidate: bool = True) -> IngestSummary:
    """Ingest every source into ``store``; returns what was read, stored and rejected.

    ``kb_files`` are user actor files (``--kb``) every worker's pipeline loads. With
    ``consolidate`` each stored batch is consolidated at once (copies linked, events
    counted), so the corpus-level tables never lag behind the articles.
    """
    summary = IngestSummary()
    batches = _fresh_batches(read_sources(paths, options), store, summary)
    consolidator = Consolidator(store) if consolidate else None
    if workers <= 1:
        pipeline = pipeline or Pipeline(kb=load_kb(kb_files))
        for batch in batches:
            _write(store, extract_batch(pipeline, batch.articles), batch, summary, on_progress,
                   consolidator)
        summary.timings = dict(pipeline.timings)
        return summary
    with ProcessPoolExecutor(workers, mp_context=get_context("fork"),
                             initializer=_init_worker, initargs=(kb_files,)) as pool:
        in_flight: deque[tuple[Future[list[ArticleResult]], Batch]] = deque()
        for batch in batches:
            in_flight.append((pool.submit(_work, batch.articles), batch))
            if len(in_flight) >= 2 * workers:
                future, done = in_flight.popleft()
                _write(store, future.result(), done, summary, on_progress, consolidator)
        while in_flight:
            future, done = in_flight.popleft()
            _write(store, future.result(), done, summary, on_progress, consolidator)
    return summary


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


def _write(store: Store, extracted: list[ArticleResult], batch: Batch,
           summary: IngestSummary, on_progress: ProgressCallback | None,
           consolidator: Consolidator | None = None) -> None:
    outcome = store.write_batch([*extracted, *map(ArticleResult.rejected, batch.rejects)])
    if consolidator is not None and outcome.stored:
        consolidator.update()
    summary.stored += len(outcome.stored)
    summary.duplicates += len(outcome.duplicates)
    summary.rejections.extend(outcome.rejected)
    if on_progress:
        on_progress(batch.size)


_worker_pipeline: Pipeline | None = None


def _init_worker(kb_files: tuple[Path, ...] = ()) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(kb=load_kb(kb_files))


def _work(articles: list[Article]) -> list[ArticleResult]:
    assert _worker_pipeline is not None, "worker used before its initializer ran"
    return extract_batch(_worker_pipeline, articles)
