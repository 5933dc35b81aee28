"""The query benchmark's store builder and timing loop, at a small scale (the figures in
README come from the full 1,000,000-event run)."""

from __future__ import annotations

import pytest
from benchmarks.query import TARGETS_MS, build, run

from eventwire.store import EventQuery, open_store

pytestmark = pytest.mark.slow


def test_synthetic_store_is_consistent_and_timed(tmp_path):
    db = tmp_path / "bench.duckdb"
    build(db, 20_000)
    with open_store(db) as store:
        assert store.count_consolidated(EventQuery()) == 20_000
        ((mentions, summed),) = store.connection.execute(
            "SELECT (SELECT count(*) FROM event_mentions), sum(num_mentions) "
            "FROM consolidated_events").fetchall()
        assert mentions == summed
        ((putin_share,),) = store.connection.execute(
            "SELECT avg((source_name = 'Vladimir Putin')::INTEGER) "
            "FROM consolidated_events").fetchall()
        assert putin_share > 0.05  # the head of the Zipf-like popularity
        page = store.consolidated_events(EventQuery(limit=5, order="-date"))
        assert all(len(event["mentions"]) == event["num_mentions"] for event in page)
    figures = run(db, 20_000, repeats=3, rebuild=False)
    assert set(TARGETS_MS) <= set(figures)
    assert all(figures[family]["p95"] > 0 for family in TARGETS_MS)
