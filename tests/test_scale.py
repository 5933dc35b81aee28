"""Scale-out: extraction on a real Dask cluster stores exactly what one process stores."""

from __future__ import annotations

import itertools

import duckdb
import pytest
from distributed import Client, LocalCluster

from eventwire.ingest import IngestOptions
from eventwire.runner import run_ingest
from eventwire.store import Store
from tests.conftest import AFP_CORPUS, run_cli

TABLES = ("articles", "sentences", "timexes", "actors", "actor_mentions", "places", "events",
          "quotes")


def contents(db) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return {
            "articles": connection.execute("SELECT id, fingerprint FROM articles "
                                           "ORDER BY id").fetchall(),
            "events": connection.execute(
                "SELECT article_id, event_id, cameo, source_name, target_name, date "
                "FROM events ORDER BY ALL").fetchall(),
            **{table: connection.execute(f"SELECT count(*) FROM {table}").fetchall()
               for table in TABLES[1:]},
        }


@pytest.mark.slow
def test_dask_cluster_ingest_equals_single_process_ingest(tmp_path, pipeline):
    corpus = tmp_path / "corpus.jsonl"
    with AFP_CORPUS.open(encoding="utf-8") as source:
        corpus.write_text("".join(itertools.islice(source, 96)), encoding="utf-8")
    local_db, cluster_db = tmp_path / "local.duckdb", tmp_path / "cluster.duckdb"
    with Store(local_db) as store:
        run_ingest([str(corpus)], store, IngestOptions(), pipeline=pipeline)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client, \
            Store(cluster_db) as store:
        summary = run_ingest([str(corpus)], store, IngestOptions(), executor=client,
                             in_flight=4)
    assert (summary.read, summary.stored, summary.rejected) == (96, 96, 0)
    assert contents(cluster_db) == contents(local_db)


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    done = run_cli("ingest", str(corpus_of_one(tmp_path)), "--db", str(tmp_path / "s.duckdb"),
                   "--scheduler", "tcp://127.0.0.1:9", "--quiet")
    assert done.returncode == 2
    assert "cannot reach the Dask scheduler 'tcp://127.0.0.1:9'" in done.stderr


def corpus_of_one(folder):
    path = folder / "one.txt"
    path.write_text("date 2024-01-02 Leaders met in Rome on Tuesday.")
    return path
