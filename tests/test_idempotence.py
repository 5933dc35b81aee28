"""Re-ingesting never duplicates; a kill -9 mid-batch leaves a consistent store that the
same command then completes; N worker processes store what one process stores."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from tests.conftest import AFP_CORPUS, EXAMPLES, ROOT, SEED_ARTICLE, run_cli

BATCH_WAL_BYTES = 32_000
TABLES = ("articles", "sentences", "timexes", "actors", "actor_mentions", "places",
          "place_mentions", "events", "quotes")


def table_counts(db) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in TABLES}


def test_reingest_adds_nothing(tmp_path):
    db = tmp_path / "s.duckdb"
    first = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    assert first.returncode == 0, first.stderr
    before = table_counts(db)
    again = run_cli("ingest", str(EXAMPLES), str(SEED_ARTICLE), "--db", str(db), "--quiet")
    assert again.returncode == 0
    assert "stored 0" in again.stdout
    assert f"duplicates {before['articles'] + 1}" in again.stdout
    assert table_counts(db) == before


def test_rewrapped_copy_is_a_duplicate(tmp_path):
    original = SEED_ARTICLE.read_text()
    copy = tmp_path / "copy.txt"
    copy.write_text("\n\n" + original.replace(". ", ".\n  ").replace(" ", "  ", 3))
    db = tmp_path / "s.duckdb"
    run_cli("ingest", str(SEED_ARTICLE), "--db", str(db), "--quiet")
    done = run_cli("ingest", str(copy), "--db", str(db), "--quiet")
    assert "stored 0 · duplicates 1" in done.stdout


def test_same_id_with_other_text_is_rejected_not_overwritten(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x1", "date": "2024-01-01", "text": "Leaders met in Rome."}\n')
    db = tmp_path / "s.duckdb"
    run_cli("ingest", str(feed), "--db", str(db), "--quiet")
    feed.write_text('{"id": "x1", "date": "2024-01-01", "text": "Troops attacked Goma."}\n')
    done = run_cli("ingest", str(feed), "--db", str(db), "--quiet")
    assert done.returncode == 1
    assert "id 'x1' is already stored with different text or date" in done.stderr
    with duckdb.connect(str(db), read_only=True) as connection:
        assert connection.execute("SELECT text FROM articles").fetchall() == [
            ("Leaders met in Rome.",)]


def write_corpus(path, size: int) -> None:
    with AFP_CORPUS.open(encoding="utf-8") as source:
        path.write_text("".join(itertools.islice(source, size)), encoding="utf-8")


def wal_size(wal) -> int:
    return wal.stat().st_size if wal.exists() else 0


def kill_after_first_commit(command: list[str], wal) -> None:
    """Start an ingest and kill -9 it once it has committed at least one article batch.

    The schema's creation writes a few kilobytes to the write-ahead log; the first
    batch commit (64 articles with their text and extractions) writes well over
    ``BATCH_WAL_BYTES``, then stays still while the next batch is parsed. The kill comes
    once the log has stopped growing: mid-way into the next batch.
    """
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    last, still_since = 0, time.monotonic()
    while time.monotonic() < deadline and process.poll() is None:
        size = wal_size(wal)
        if size != last:
            last, still_since = size, time.monotonic()
        elif size > BATCH_WAL_BYTES and time.monotonic() - still_since > 0.3:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.slow
def test_kill_9_mid_batch_then_rerun_completes_without_duplicates(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 200)
    clean_db, killed_db = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    clean = run_cli("ingest", str(corpus), "--db", str(clean_db), "--quiet", "--workers", "2")
    assert clean.returncode == 0, clean.stderr
    expected = table_counts(clean_db)
    assert expected["articles"] == 200

    command = [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db",
               str(killed_db), "--quiet"]
    kill_after_first_commit(command, killed_db.with_name(killed_db.name + ".wal"))
    partial = table_counts(killed_db)
    assert 0 < partial["articles"] < 200
    with duckdb.connect(str(killed_db), read_only=True) as connection:
        orphans = connection.execute(
            "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        unparsed = connection.execute(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM sentences)"
        ).fetchone()[0]
    assert (orphans, unparsed) == (0, 0)

    resumed = run_cli("ingest", str(corpus), "--db", str(killed_db), "--quiet")
    assert resumed.returncode == 0, resumed.stderr
    assert f"duplicates {partial['articles']}" in resumed.stdout
    assert table_counts(killed_db) == expected
