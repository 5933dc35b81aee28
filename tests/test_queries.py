"""Every query filter, through the Python API and the CLI, against a store built from
``examples/`` by the real ingest. Expectations are derived from the unfiltered list so
the tests hold whatever the extraction stages learn, yet each filter must keep exactly
the rows its definition selects."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

import eventwire
from eventwire.store import EventQuery
from tests.conftest import json_lines, run_cli


@pytest.fixture(scope="module")
def store(examples_db):
    with eventwire.open(examples_db) as opened:
        yield opened


@pytest.fixture(scope="module")
def everything(store):
    return store.events(EventQuery(limit=None, include_negated=True))


def sides(event, field):
    return {event[f"source_{field}"], event[f"target_{field}"]}


def keys(rows):
    return [(row["article_id"], row["event_id"]) for row in rows]


def test_store_has_events_from_every_example(everything):
    assert len({e["article_id"] for e in everything}) >= 6


def test_actor_filter_matches_names_case_insensitively(store, everything):
    rows = store.events(EventQuery(actor="kim jong", limit=None, include_negated=True))
    expected = [e for e in everything
                if any(n and "kim jong" in n.lower() for n in sides(e, "name"))]
    assert rows and keys(rows) == keys(expected)


def test_actor_filter_matches_cameo_codes(store, everything):
    code = next(e["source_code"] for e in everything if e["source_code"])
    rows = store.events(EventQuery(actor=code, limit=None, include_negated=True))
    assert rows and all(code in sides(e, "code") or any(
        n and code.lower() in n.lower() for n in sides(e, "name")) for e in rows)


def test_actor_filter_treats_like_wildcards_literally(store):
    assert store.events(EventQuery(actor="%", limit=None)) == []
    assert store.events(EventQuery(actor="_", limit=None)) == []


def test_country_filter(store, everything):
    rows = store.events(EventQuery(country="rus", limit=None, include_negated=True))
    expected = [e for e in everything if "RUS" in sides(e, "country")]
    assert rows and keys(rows) == keys(expected)


@pytest.mark.parametrize("kind,select", [
    ("CONSULT", lambda e: e["plover"] == "CONSULT"),
    ("consult", lambda e: e["plover"] == "CONSULT"),
    ("04", lambda e: e["cameo"].startswith("04")),
    ("042", lambda e: e["cameo"].startswith("042")),
    ("1", lambda e: e["cameo"].startswith("1")),
])
def test_type_filter_plover_or_cameo_prefix(store, everything, kind, select):
    rows = store.events(EventQuery(type=kind, limit=None, include_negated=True))
    assert rows and keys(rows) == keys([e for e in everything if select(e)])


def test_since_until_on_event_date(store, everything):
    since, until = date(2024, 2, 1), date(2024, 4, 30)
    rows = store.events(EventQuery(since=since, until=until, limit=None,
                                   include_negated=True))
    expected = [e for e in everything if e["date"] and since <= e["date"] <= until]
    assert rows and keys(rows) == keys(expected)
    assert len(rows) < len(everything)


def test_negated_events_are_hidden_unless_asked(store, everything):
    negated = [e for e in everything if e["negated"]]
    assert negated, "examples/ holds a 'did not meet' article"
    shown = store.events(EventQuery(limit=None))
    assert keys(shown) == keys([e for e in everything if not e["negated"]])


def test_limit_offset_and_order(store, everything):
    page = store.events(EventQuery(limit=3, offset=2, include_negated=True))
    assert keys(page) == keys(everything[2:5])
    newest = store.events(EventQuery(limit=None, order="-date", include_negated=True))
    assert [e["date"] for e in newest] == sorted((e["date"] for e in everything), reverse=True)
    with pytest.raises(ValueError, match="unknown order"):
        store.events(EventQuery(order="date; DROP TABLE events"))


def test_count_matches_list(store):
    query = EventQuery(type="CONSULT", limit=None)
    assert store.count_events(query) == len(store.events(query))


def test_actors_and_timeline(store):
    actors = store.actors(limit=None)
    kim = next(a for a in actors if a["name"] == "Kim Jong Un")
    assert (kim["country"], kim["articles"]) == ("PRK", 2)
    assert store.actors(country="prk", limit=None)
    assert all(a["country"] == "PRK" for a in store.actors(country="PRK", limit=None))
    timeline = store.timeline("Kim Jong Un")
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)
    assert {e["article_id"] for e in timeline} >= {"ew-visit-2024-06-19"}


def test_article_detail_has_every_extraction(store):
    record = store.article("ew-visit-2024-06-19")
    assert record["text"].startswith("Russian President Vladimir Putin arrived")
    for table in ("sentences", "timexes", "actors", "actor_mentions", "places", "events"):
        assert record[table], table
    assert store.article("no-such-article") is None


def test_cli_filters_and_formats(examples_db):
    db = str(examples_db)
    as_json = json_lines(run_cli("events", "--db", db, "--country", "RUS", "--format",
                                 "json").stdout)
    assert as_json and all("RUS" in sides(e, "country") for e in as_json)
    as_csv = list(csv.DictReader(io.StringIO(run_cli(
        "events", "--db", db, "--type", "CONSULT", "--since", "2024-01-01", "--format",
        "csv").stdout)))
    assert as_csv and all(r["plover"] == "CONSULT" and r["date"] >= "2024-01-01"
                          for r in as_csv)
    negated = json_lines(run_cli("events", "--db", db, "--include-negated", "--format",
                                 "json").stdout)
    assert len(negated) > len(json_lines(run_cli("events", "--db", db, "--format",
                                                 "json").stdout))
    bad_date = run_cli("events", "--db", db, "--since", "yesterday")
    assert bad_date.returncode != 0 and "YYYY-MM-DD" in bad_date.stderr
    actors = run_cli("actors", "--db", db, "--country", "PRK", "--format", "json")
    assert all(a["country"] == "PRK" for a in json_lines(actors.stdout))


def test_show_highlights_an_article(examples_db):
    done = run_cli("show", "ew-visit-2024-06-19", "--db", str(examples_db))
    assert done.returncode == 0
    assert "Putin arrived in Pyongyang" in done.stdout.replace("\n", " ")
    missing = run_cli("show", "nope", "--db", str(examples_db))
    assert missing.returncode == 1 and "no article 'nope'" in missing.stderr


def test_querying_a_missing_store_is_a_clear_error(tmp_path):
    done = run_cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 2 and "run 'eventwire ingest' first" in done.stderr
