"""Consolidation: wire copies, one event told twice, different events kept apart,
incremental and idempotent updates — on a real store filled by the real pipeline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.consolidate import Consolidator
from eventwire.consolidate.consolidator import MENTION_SQL, fresh_mention
from eventwire.consolidate.duplicates import shingles
from eventwire.consolidate.matching import ActorKey, MentionInfo, fit
from eventwire.consolidate.rules import default_rules
from eventwire.ingest import IngestOptions
from eventwire.runner import run_ingest
from eventwire.store import Store
from eventwire.store.schema import ALL_TABLES_BY_NAME, MATCH_KEYS

PYONGYANG = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang "
             "on Wednesday, the Kremlin said. The two leaders discussed military cooperation "
             "and the war in Ukraine during a summit that lasted several hours, according to "
             "officials from both countries.")
REWORDED = ("North Korean leader Kim Jong Un held talks with Russian President Vladimir Putin "
            "in Pyongyang on Wednesday, state media reported.")
# The same actors, code and place two weeks later: only the date tells the events apart.
LATER = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on "
         "Wednesday, the Kremlin said.")
WIRE = {"id": "wire", "date": "2024-06-20", "source": "Reuters", "text": PYONGYANG}
# Reprinted a week later with light edits: its "on Wednesday" now resolves to another
# Wednesday, and only the copy link tells that it reports the same meeting.
REPRINT = {"id": "reprint", "date": "2024-06-27", "source": "Daily Courier",
           "text": PYONGYANG.replace("discussed military", "discussed closer military")
           + " Local reaction was muted."}
RETOLD = {"id": "retold", "date": "2024-06-21", "source": "Yonhap", "text": REWORDED}
SECOND_MEETING = {"id": "second", "date": "2024-07-04", "source": "Reuters", "text": LATER}


def _ingest(tmp_path: Path, store: Store, pipeline, *articles: dict, name: str = "in",
            consolidate: bool = True) -> None:
    source = tmp_path / f"{name}.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    run_ingest([str(source)], store, IngestOptions(), pipeline=pipeline,
               consolidate=consolidate)


def _meetings(store: Store) -> list[dict]:
    """The consolidated events between Putin and Kim (other events the sentences yield,
    such as the talks "on Ukraine", are not what these tests are about)."""
    cursor = store.connection.execute(
        "SELECT id, date, cameo_root, num_mentions, num_sources, num_articles, num_stories "
        "FROM consolidated_events WHERE [source_name, target_name] "
        "IN (['Vladimir Putin', 'Kim Jong Un'], ['Kim Jong Un', 'Vladimir Putin']) "
        "ORDER BY date")
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _dump(store: Store) -> dict[str, list[tuple]]:
    return {table: store.connection.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
            for table in ("consolidated_events", "event_mentions", "article_duplicates",
                          "article_bands", "search_docs")}


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "c.duckdb") as opened:
        yield opened


def test_wire_copy_is_linked_and_joins_the_same_event(tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, WIRE, REPRINT)
    links = store.connection.execute(
        "SELECT article_id, duplicate_of FROM article_duplicates").fetchall()
    assert links == [("reprint", "wire")]
    (meeting,) = _meetings(store)
    assert (meeting["date"], meeting["num_mentions"], meeting["num_sources"],
            meeting["num_articles"], meeting["num_stories"]) == (date(2024, 6, 19), 2, 2, 2, 1)
    rules = store.connection.execute(
        "SELECT article_id, link_rule FROM event_mentions WHERE consolidated_id = ? "
        "ORDER BY article_id", [meeting["id"]]).fetchall()
    assert rules == [("reprint", "copy-of:wire"), ("wire", "new")]


def test_copies_are_found_through_the_stored_index_in_a_later_run(tmp_path, pipeline):
    """Nothing of the index is kept in memory between runs: a reprint ingested by another
    process finds its original in the store, and a copy of the reprint names the original."""
    path = tmp_path / "runs.duckdb"
    copy_of_copy = {**REPRINT, "id": "syndicated", "date": "2024-06-28", "source": "Gazette",
                    "text": REPRINT["text"] + " Markets were calm."}
    for number, article in enumerate((WIRE, REPRINT, copy_of_copy)):
        with Store(path) as store:
            _ingest(tmp_path, store, pipeline, article, name=f"run{number}")
    with Store(path) as store:
        links = store.connection.execute(
            "SELECT article_id, duplicate_of FROM article_duplicates ORDER BY ALL").fetchall()
        ((bands,),) = store.connection.execute(
            "SELECT count(*) FROM article_bands").fetchall()
    assert links == [("reprint", "wire"), ("syndicated", "wire")]
    assert bands == 3 * default_rules().bands


def _as_before(path: Path, step: str, *statements: str) -> list[str]:
    """Turn a store back into what it was before migration ``step`` (by ``statements``);
    returns the primary keys it then has."""
    with duckdb.connect(str(path)) as connection:
        for statement in statements:
            connection.execute(statement)
        connection.execute("DELETE FROM meta WHERE value = ?", [step])
        return _primary_keys(connection)


def test_store_from_before_the_stored_index_gets_its_bands_rebuilt(tmp_path, pipeline):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        _ingest(tmp_path, store, pipeline, WIRE, name="old")
        expected = store.connection.execute("SELECT * FROM article_bands ORDER BY ALL").fetchall()
    _as_before(path, "004-lsh-bands-in-store", "DROP TABLE article_bands")
    with Store(path) as store:
        assert store.connection.execute(
            "SELECT * FROM article_bands ORDER BY ALL").fetchall() == expected
        _ingest(tmp_path, store, pipeline, REPRINT, name="new")
        assert store.connection.execute(
            "SELECT article_id, duplicate_of FROM article_duplicates").fetchall() == [
            ("reprint", "wire")]


def test_same_event_in_other_words_and_reversed_direction_is_one_event(tmp_path, store,
                                                                       pipeline):
    _ingest(tmp_path, store, pipeline, WIRE, RETOLD)
    (meeting,) = _meetings(store)
    assert (meeting["num_mentions"], meeting["num_sources"], meeting["num_articles"],
            meeting["num_stories"]) == (2, 2, 2, 2)
    cameos = store.connection.execute(
        "SELECT e.cameo, e.source_name FROM event_mentions m JOIN events e USING "
        "(article_id, event_id) WHERE m.consolidated_id = ? ORDER BY e.cameo",
        [meeting["id"]]).fetchall()
    assert cameos == [("040", "Vladimir Putin"), ("046", "Kim Jong Un")]


def test_same_actors_on_other_days_stay_apart(tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, SECOND_MEETING, WIRE)
    meetings = _meetings(store)
    assert [(m["date"], m["cameo_root"], m["num_articles"]) for m in meetings] == [
        (date(2024, 6, 19), "04", 1), (date(2024, 7, 3), "04", 1)]


def test_new_article_updates_counts_and_rerun_changes_nothing(tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, WIRE, SECOND_MEETING, name="first")
    (before,) = [m for m in _meetings(store) if m["date"] == date(2024, 6, 19)]
    _ingest(tmp_path, store, pipeline, RETOLD, REPRINT, name="second")
    (after,) = [m for m in _meetings(store) if m["date"] == date(2024, 6, 19)]
    assert after["id"] == before["id"]
    assert (after["num_mentions"], after["num_sources"], after["num_articles"],
            after["num_stories"]) == (3, 3, 3, 2)
    snapshot = _dump(store)
    summary = Consolidator(store).update()
    assert (summary.articles, summary.mentions) == (0, 0)
    assert _dump(store) == snapshot
    _ingest(tmp_path, store, pipeline, WIRE, RETOLD, name="again")  # duplicates: no change
    assert _dump(store) == snapshot


def test_rebuild_reproduces_incremental_result_in_publication_order(tmp_path, store, pipeline):
    """Batches that arrive in publication order give the same events as one run."""
    _ingest(tmp_path, store, pipeline, RETOLD, WIRE, name="first")
    _ingest(tmp_path, store, pipeline, SECOND_MEETING, REPRINT, name="second")
    snapshot = _dump(store)
    Consolidator(store).rebuild()
    assert _dump(store) == snapshot


def test_consolidate_command_catches_up_and_then_does_nothing(tmp_path, pipeline):
    path = tmp_path / "late.duckdb"
    with Store(path) as store:
        _ingest(tmp_path, store, pipeline, WIRE, RETOLD, consolidate=False)
        assert store.unconsolidated_mentions() > 0
        assert store.overview()["events"] == 0
    first = CliRunner().invoke(app, ["consolidate", "--db", str(path)])
    assert first.exit_code == 0, first.output
    assert "articles 2 (copies 0)" in first.output
    again = CliRunner().invoke(app, ["consolidate", "--db", str(path)])
    assert "articles 0 (copies 0) · mentions 0 → new events 0, updated 0" in again.output
    with Store(path) as store:
        assert store.unconsolidated_mentions() == 0
        (meeting,) = _meetings(store)
        assert meeting["num_articles"] == 2


# -- the matching rules on their own ------------------------------------------------------

def _mention(cameo: str, source: str | None, target: str | None, day: date,
             precision: str = "day", **extra) -> MentionInfo:
    window = default_rules().window(precision)
    lo, hi = window.bounds(day)
    return MentionInfo("a", "E1", cameo, False, lo, hi, window.tolerance,
                       ActorKey.of(source, None, None), ActorKey.of(target, None, None),
                       extra.get("country"), extra.get("lat"), extra.get("lon"), day, "x",
                       precision)


def test_direction_is_ignored_only_for_symmetric_codes():
    rules = default_rules()
    day = date(2024, 6, 19)
    meet = _mention("040", "Putin", "Kim Jong Un", day)
    assert fit(meet, _mention("043", "Kim Jong Un", "Vladimir Putin", day), rules) == (2, 0)
    demand = _mention("100", "Putin", "Kim Jong Un", day)
    assert fit(demand, _mention("100", "Kim Jong Un", "Putin", day), rules) is None


def test_date_windows_follow_precision():
    rules = default_rules()
    meet = _mention("040", "Putin", "Kim", date(2024, 6, 19))
    assert fit(meet, _mention("040", "Putin", "Kim", date(2024, 6, 20)), rules) == (2, 1)
    assert fit(meet, _mention("040", "Putin", "Kim", date(2024, 6, 21)), rules) is None
    same_week = _mention("040", "Putin", "Kim", date(2024, 6, 23), "week")
    assert fit(meet, same_week, rules) == (2, 0)
    next_week = _mention("040", "Putin", "Kim", date(2024, 6, 24), "week")
    assert fit(meet, next_week, rules) is None
    reported = _mention("040", "Putin", "Kim", date(2024, 6, 22), "publication")
    assert fit(meet, reported, rules) == (2, 0)


def test_one_sided_events_need_stated_dates_and_a_shared_known_side():
    rules = default_rules()
    day = date(2024, 6, 19)
    said = _mention("010", "Kim Jong Un", None, day)
    assert fit(said, _mention("010", "Kim Jong Un", None, day), rules) == (1, 0)
    reported = _mention("010", "Kim Jong Un", None, day, "publication")
    assert fit(said, reported, rules) is None  # an undated statement: any of several
    assert fit(said, _mention("010", "Kim Jong Un", "Putin", day), rules) is None
    assert fit(_mention("010", None, None, day), _mention("010", None, None, day), rules) is None


def test_places_must_be_compatible():
    rules = default_rules()
    day = date(2024, 6, 19)
    pyongyang = _mention("040", "Putin", "Kim", day, country="PRK", lat=39.03, lon=125.75)
    nampo = _mention("040", "Putin", "Kim", day, country="PRK", lat=38.74, lon=125.41)
    vladivostok = _mention("040", "Putin", "Kim", day, country="RUS", lat=43.1, lon=131.9)
    assert fit(pyongyang, nampo, rules) == (2, 0)
    assert fit(pyongyang, vladivostok, rules) is None


def test_shingles_are_word_runs():
    assert shingles("One two three four five six", 5) == {b"one two three four five",
                                                          b"two three four five six"}
    assert shingles("Short text", 5) == {b"short text"}


def test_ingest_that_reopens_its_store_after_every_batch_gives_the_same_result(
        tmp_path, pipeline, monkeypatch):
    """Long ingests recycle their DuckDB connection (it holds memory only closing
    returns); batches written across reopenings link and count exactly as in one go."""
    monkeypatch.setattr("eventwire.runner.BATCH_SIZE", 1)
    results = {}
    for every in (1, 10_000):
        monkeypatch.setattr("eventwire.runner.RECONNECT_EVERY", every)
        with Store(tmp_path / f"every{every}.duckdb") as store:
            first = store.connection
            _ingest(tmp_path, store, pipeline, WIRE, RETOLD, SECOND_MEETING, REPRINT,
                    name=f"every{every}")
            assert (store.connection is first) == (every == 10_000)
            results[every] = _dump(store)
    assert results[1] == results[10_000]
    assert [row[:2] for row in results[1]["article_duplicates"]] == [("reprint", "wire")]


# An unrelated meeting on the same day: same CAMEO root and date window, other actors.
ELSEWHERE = {"id": "elsewhere", "date": "2024-06-20", "source": "AFP",
             "text": "French President Emmanuel Macron met German Chancellor Olaf Scholz in "
                     "Berlin on Wednesday, the Elysee said."}


def test_a_batch_reads_only_the_stored_events_it_may_join(tmp_path, store, pipeline):
    _ingest(tmp_path, store, pipeline, WIRE, ELSEWHERE, SECOND_MEETING, name="stored")
    consolidator = Consolidator(store)
    summit = [fresh_mention(row, consolidator.rules) for row in consolidator._rows(
        MENTION_SQL + " WHERE a.id = 'wire'", [])]
    blocks = consolidator.candidate_clusters(summit)
    candidates = {(member.article_id, member.source.text if member.source else None)
                  for block in blocks.values() for cluster in block
                  for member in cluster.members}
    # Same day, same root, but neither Macron nor Scholz: not read. Putin and Kim two
    # weeks later: outside every date window. Only the Pyongyang summit itself is read.
    assert {article for article, _ in candidates} == {"wire"}
    assert ("wire", "vladimir-putin") in candidates


def test_store_from_before_mentions_kept_match_keys_gets_them_recomputed(tmp_path, pipeline):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        _ingest(tmp_path, store, pipeline, WIRE, RETOLD, name="old")
        expected = store.connection.execute(
            "SELECT * FROM event_mentions ORDER BY ALL").fetchall()
        expected_events = _meetings(store)
    old_columns = ", ".join(
        column for column, _ in ALL_TABLES_BY_NAME["event_mentions"].columns
        if column not in dict(MATCH_KEYS))
    _as_before(path, "005-match-keys-with-mentions",
               f"CREATE TABLE kept AS SELECT {old_columns} FROM event_mentions",
               "DROP TABLE event_mentions", "ALTER TABLE kept RENAME TO event_mentions")
    with Store(path) as store:
        assert store.connection.execute(
            "SELECT * FROM event_mentions ORDER BY ALL").fetchall() == expected
        _ingest(tmp_path, store, pipeline, REPRINT, name="new")
        (meeting,) = _meetings(store)
        assert meeting["id"] == expected_events[0]["id"]
        assert (meeting["num_articles"], meeting["num_stories"]) == (3, 2)


def _primary_keys(connection) -> list[str]:
    return [name for (name,) in connection.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' "
        "ORDER BY table_name").fetchall()]


def test_store_with_keyed_corpus_tables_gets_them_rebuilt_without_keys(tmp_path, pipeline):
    path = tmp_path / "keyed.duckdb"
    with Store(path) as store:
        _ingest(tmp_path, store, pipeline, WIRE, name="old")
        expected = _dump(store)
        assert _primary_keys(store.connection) == [
            "actor_registry", "articles", "consolidated_events", "meta", "rejected"]
    keys = {"article_signatures": "article_id", "article_duplicates": "article_id",
            "search_docs": "article_id", "event_mentions": "article_id, event_id"}
    rekeyed = [statement for table, key in keys.items() for statement in (
        f"CREATE TABLE kept AS SELECT * FROM {table}", f"DROP TABLE {table}",
        ALL_TABLES_BY_NAME[table].ddl()[:-1] + f", PRIMARY KEY ({key}))",
        f"INSERT INTO {table} SELECT * FROM kept", "DROP TABLE kept")]
    assert set(keys) < set(_as_before(path, "006-corpus-tables-without-key-indexes", *rekeyed))
    with Store(path) as store:
        assert not set(keys) & set(_primary_keys(store.connection))
        assert _dump(store) == expected
        assert store.connection.execute(
            "SELECT index_name FROM duckdb_indexes()").fetchall() == [
            ("event_mentions_by_event",)]
        _ingest(tmp_path, store, pipeline, REPRINT, name="new")
        (meeting,) = _meetings(store)
        assert (meeting["num_articles"], meeting["num_stories"]) == (2, 1)
