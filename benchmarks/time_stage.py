"""How much the time stage adds to the pipeline: per-stage wall time over a corpus.

    python benchmarks/time_stage.py [CORPUS.jsonl] [--limit N]

Runs the full per-article pipeline (parse, sentences, time, actors, places, quotes,
events) over the corpus, prints each stage's share of the total and the time stage's
share of everything else. The issue's budget: the time stage adds at most 10 % to the
pipeline's time on afp1997.jsonl.
"""

from __future__ import annotations

import argparse
import time
from itertools import islice
from pathlib import Path

from eventwire.ingest import IngestOptions, read_file
from eventwire.models import Article
from eventwire.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPUS = SHARED / "data" / "corpora" / "afp1997.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="at most this many articles")
    options = parser.parse_args()
    articles = (item for item in read_file(options.corpus, IngestOptions())
                if isinstance(item, Article))
    if options.limit:
        articles = islice(articles, options.limit)
    pipeline = Pipeline()
    started = time.perf_counter()
    count = sum(1 for _ in pipeline.pipe(articles))
    wall = time.perf_counter() - started
    total = sum(pipeline.timings.values())
    print(f"{count} articles in {wall:.1f} s ({count / wall:.1f} articles/s)")
    for stage, seconds in sorted(pipeline.timings.items(), key=lambda item: -item[1]):
        print(f"  {stage:<10} {seconds:8.2f} s  {100 * seconds / total:5.1f} %")
    others = total - pipeline.timings["time"]
    print(f"time stage adds {100 * pipeline.timings['time'] / others:.1f} % to the other stages")


if __name__ == "__main__":
    main()
