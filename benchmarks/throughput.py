"""Throughput of the full eventwire ingest against bare spaCy, and memory while streaming.

Run 1 (``afp1997.jsonl``, 2,452 articles), in one process on the same cores:
  (a) bare ``nlp.pipe`` of the same spaCy pipeline over every article text;
  (b) the full ``eventwire`` ingest (read, validate, parse, every extraction stage,
      DuckDB writes) into a fresh store.
It prints articles/s and words/s for each, the ratio b/a, the time of each stage as a
share of (b), and the peak RSS.

Run 2 (``reuters21578.jsonl``, 19,043 articles) streams a larger corpus into a fresh
store and prints the resident memory after every tenth of it to show that it stays flat.

Usage:
    python benchmarks/throughput.py [--afp PATH] [--reuters PATH] [--limit N]
                                    [--skip-stream | --only-stream] [--db-memory 128MB]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest import IngestOptions
from eventwire.nlp import load_nlp
from eventwire.pipeline import PARSE_BATCH, Pipeline
from eventwire.runner import run_ingest
from eventwire.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def texts(path: Path, limit: int | None) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, limit):
            yield json.loads(line)["text"]


def rss_mb() -> float:
    """Current resident set size (not the peak), in MB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / 1e6


def duckdb_mb(store: Store) -> float:
    """Memory DuckDB's buffer manager holds (cached blocks, indexes, working memory)."""
    ((used,),) = store.connection.execute(
        "SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchall()
    return used / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def limited_copy(path: Path, limit: int | None, folder: Path) -> Path:
    if limit is None:
        return path
    copy = folder / path.name
    with path.open(encoding="utf-8") as source:
        copy.write_text("".join(itertools.islice(source, limit)), encoding="utf-8")
    return copy


def bare_spacy(path: Path, limit: int | None) -> tuple[int, int, float]:
    nlp = load_nlp()
    started = time.perf_counter()
    articles = words = 0
    for doc in nlp.pipe(texts(path, limit), batch_size=PARSE_BATCH):
        articles += 1
        words += sum(not token.is_space for token in doc)
    return articles, words, time.perf_counter() - started


def full_ingest(path: Path, folder: Path) -> tuple[int, float, dict[str, float]]:
    pipeline = Pipeline()
    started = time.perf_counter()
    with Store(folder / "throughput.duckdb") as store:
        summary = run_ingest([str(path)], store, IngestOptions(), pipeline=pipeline)
    return summary.stored, time.perf_counter() - started, dict(pipeline.timings)


def report_throughput(path: Path, limit: int | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = limited_copy(path, limit, Path(folder))
        load_nlp()
        articles, words, bare_seconds = bare_spacy(corpus, None)
        stored, full_seconds, timings = full_ingest(corpus, Path(folder))
    print(f"corpus: {path.name}, {articles:,} articles, {words:,} words")
    print(f"(a) bare spaCy nlp.pipe : {articles / bare_seconds:8.1f} articles/s "
          f"{words / bare_seconds:10,.0f} words/s  ({bare_seconds:.1f} s)")
    print(f"(b) full eventwire ingest: {stored / full_seconds:8.1f} articles/s "
          f"{words / full_seconds:10,.0f} words/s  ({full_seconds:.1f} s, {stored:,} stored)")
    print(f"ratio b/a (throughput): {bare_seconds / full_seconds:.2f}   "
          f"(time b/a: {full_seconds / bare_seconds:.2f})")
    print("per-stage time, share of the full ingest:")
    accounted = sum(timings.values())
    for stage, seconds in sorted(timings.items(), key=lambda item: -item[1]):
        print(f"  {stage:<10} {seconds:8.2f} s  {100 * seconds / full_seconds:5.1f} %")
    other = full_seconds - accounted
    print(f"  {'read+store':<10} {other:8.2f} s  {100 * other / full_seconds:5.1f} %")
    print(f"peak RSS: {peak_rss_mb():,.0f} MB")


def report_streaming_memory(path: Path, limit: int | None,
                            db_memory: str | None = None) -> None:
    """RSS after every tenth of the corpus, printed as it goes: flat memory means the last
    marks are no higher than the first ones (give or take one batch's peak)."""
    with tempfile.TemporaryDirectory() as folder:
        corpus = limited_copy(path, limit, Path(folder))
        total = sum(1 for _ in corpus.open(encoding="utf-8"))
        marks = [round(total * tenth / 10) for tenth in range(1, 11)]
        done = 0
        bound = f", DuckDB memory limit {db_memory}" if db_memory else ""
        print(f"streaming {path.name}: {total:,} articles into a fresh store{bound}",
              flush=True)
        started = time.perf_counter()
        with Store(Path(folder) / "stream.duckdb", memory_limit=db_memory) as store:

            def sample(count: int) -> None:
                nonlocal done
                before, done = done, done + count
                crossed = [mark for mark in marks if before < mark <= done]
                if crossed:
                    print(f"  {100 * crossed[-1] / total:3.0f} % ({done:>6,} articles): RSS "
                          f"{rss_mb():5.0f} MB, of which DuckDB's buffers "
                          f"{duckdb_mb(store):4.0f} MB", flush=True)

            run_ingest([str(corpus)], store, IngestOptions(), on_progress=sample)
        seconds = time.perf_counter() - started
    print(f"streamed in {seconds:.0f} s ({total / seconds:.1f} articles/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--afp", type=Path, default=SHARED / "afp1997.jsonl")
    parser.add_argument("--reuters", type=Path, default=SHARED / "reuters21578.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--skip-stream", action="store_true", help="Skip the memory run.")
    parser.add_argument("--only-stream", action="store_true", help="Only the memory run.")
    parser.add_argument("--db-memory", default=None,
                        help="DuckDB memory limit for the memory run (e.g. 128MB).")
    args = parser.parse_args()
    if not args.only_stream:
        report_throughput(args.afp, args.limit)
        print()
    if not args.skip_stream:
        report_streaming_memory(args.reuters, args.limit, args.db_memory)


if __name__ == "__main__":
    main()
