"""Consolidation on real news: near-duplicate linking over Reuters-21578, and mentions
grouped into events over AFP 1997 articles (through the real pipeline).

Usage: python benchmarks/consolidation.py [--afp 500]
Reads ../shared/data/corpora/ (see its README); prints counts and speeds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from eventwire.consolidate import Consolidator
from eventwire.ingest import IngestOptions
from eventwire.runner import BATCH_SIZE, run_ingest
from eventwire.store import Store

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora"


def near_duplicates(path: Path, batch: int) -> None:
    """Every article of a corpus through the stored LSH index, oldest first, ``batch``
    articles per consolidation (as ingest does it)."""
    articles = [json.loads(line) for line in path.open(encoding="utf-8")]
    articles.sort(key=lambda article: (article["date"], article["id"]))
    now = datetime.now()
    with tempfile.TemporaryDirectory() as scratch, Store(Path(scratch) / "lsh.duckdb") as store:
        consolidator = Consolidator(store)
        started = time.perf_counter()
        for first in range(0, len(articles), batch):
            rows = [article_row(article, now) for article in articles[first:first + batch]]
            store.connection.execute("BEGIN TRANSACTION")
            store.insert_rows("articles", rows)
            store.connection.execute("COMMIT")
            consolidator.update([row["id"] for row in rows])
        seconds = time.perf_counter() - started
        ((copies,),) = store.connection.execute(
            "SELECT count(*) FROM article_duplicates").fetchall()
    print(f"{path.name}: {len(articles):,} articles, {copies} linked as copies, "
          f"{len(articles) / seconds:,.0f} articles/s (article rows, signatures, band keys "
          "and the search index written)")


def article_row(article: dict[str, str], now: datetime) -> dict[str, object]:
    return {"id": article["id"], "fingerprint": article["id"],
            "date": date.fromisoformat(article["date"]), "title": article.get("title"),
            "text": article["text"], "origin": "benchmark", "ingested_at": now}


def events(path: Path, count: int) -> None:
    """Ingest ``count`` articles without consolidation, then consolidate them in one go."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "sample.jsonl"
        with path.open(encoding="utf-8") as lines:
            source.write_text("".join(itertools.islice(lines, count)), encoding="utf-8")
        with Store(Path(scratch) / "sample.duckdb") as store:
            run_ingest([str(source)], store, IngestOptions(), consolidate=False)
            started = time.perf_counter()
            summary = Consolidator(store).update()
            seconds = time.perf_counter() - started
            ((multi,),) = store.connection.execute(
                "SELECT count(*) FILTER (WHERE num_articles > 1) FROM consolidated_events"
            ).fetchall()
    print(f"{path.name} ({count} articles): {summary.mentions} mentions → "
          f"{summary.new_events} events ({multi} reported by several articles), "
          f"{summary.duplicates} copies; consolidation {seconds:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--afp", type=int, default=500, help="AFP articles to ingest.")
    parser.add_argument("--batch", type=int, default=BATCH_SIZE,
                        help="Articles per consolidation in the copy-linking run.")
    args = parser.parse_args()
    near_duplicates(CORPORA / "reuters21578.jsonl", args.batch)
    events(CORPORA / "afp1997.jsonl", args.afp)


if __name__ == "__main__":
    main()
