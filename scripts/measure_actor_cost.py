"""Share of the pipeline's time spent in the actors and places stages on a JSONL corpus.

Why: the actors and places stages may add at most 15 % to the full pipeline's time; the
gazetteer and knowledge base load once per process (their load time is printed apart).

Usage:
    python scripts/measure_actor_cost.py ../shared/data/corpora/afp1997.jsonl [LIMIT]
"""

from __future__ import annotations

import itertools
import sys
import time

from eventwire.ingest import IngestOptions, read_sources
from eventwire.models import Article
from eventwire.pipeline import Pipeline


def main(path: str, limit: int | None) -> None:
    started = time.perf_counter()
    pipeline = Pipeline()
    loaded = time.perf_counter() - started
    items = read_sources([path], IngestOptions())
    articles = [a for a in itertools.islice(items, limit) if isinstance(a, Article)]
    for _ in pipeline.pipe(articles):
        pass
    timings = pipeline.timings
    total = sum(timings.values())
    ours = timings["actors"] + timings["places"]
    print(f"articles {len(articles)} · resources loaded in {loaded:.1f} s · pipeline "
          f"{total:.1f} s · actors {timings['actors']:.1f} s · places "
          f"{timings['places']:.1f} s · actors+places {100 * ours / (total - ours):.1f} % "
          f"of the other stages")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else None)
