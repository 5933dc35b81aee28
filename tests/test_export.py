"""Exports of the examples store: dataset layouts, Parquet partitions, JSON lines, graphs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import duckdb
import pytest
from typer.testing import CliRunner

import eventwire
from eventwire.cli import app
from eventwire.export import export, layout
from eventwire.store import EventQuery, open_store

ALL = EventQuery(limit=None)


@pytest.fixture(scope="module")
def store(examples_db: Path):
    with open_store(examples_db) as opened:
        yield opened


def _table(store, fmt: str, query: EventQuery = ALL) -> list[list[str]]:
    out = io.StringIO()
    export(store, fmt, query, out=out)
    return list(csv.reader(io.StringIO(out.getvalue()), delimiter="\t"))


def _kim_shoigu_meeting(store) -> dict:
    """The reference article's first event: Kim Jong Un meets Sergei Shoigu."""
    (event,) = [e for e in store.consolidated_events(EventQuery(type="04", limit=None))
                if {e["source_name"], e["target_name"]} == {"Kim Jong Un", "Sergei Shoigu"}]
    return event


def _by_id(store) -> dict[str, dict]:
    return {str(e["id"]): e for e in store.consolidated_events(ALL, with_mentions=False)}


def test_layouts_have_the_datasets_columns_in_order():
    gdelt = [column for column, _ in layout("gdelt").columns]
    assert len(gdelt) == 61
    assert gdelt[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert gdelt[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                            "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                            "NumArticles", "AvgTone"]
    assert gdelt[-2:] == ["DATEADDED", "SOURCEURL"]
    assert [column for column, _ in layout("icews").columns] == [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
        "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
        "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
        "Province", "Country", "Latitude", "Longitude"]
    polecat = [column for column, _ in layout("polecat").columns]
    assert len(polecat) == 40
    assert polecat[:7] == ["Event ID", "Event Date", "Event Type", "Event Mode",
                           "Event Intensity", "Quad Code", "Contexts"]
    assert polecat[-2:] == ["Language", "Version"]


def test_gdelt_rows_fill_what_eventwire_knows(store):
    rows = _table(store, "gdelt")
    assert len(rows) == store.count_consolidated(EventQuery()) and {len(r) for r in rows} == {61}
    event = _kim_shoigu_meeting(store)
    (row,) = [r for r in rows if r[0] == str(event["id"])]
    day = event["date"]
    assert row[1:4] == [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year)]
    assert (row[26], row[27], row[28], row[29]) == (event["cameo"], event["cameo"][:3],
                                                    event["cameo"][:2], "1")
    assert row[31:34] == [str(event["num_mentions"]), str(event["num_sources"]),
                          str(event["num_articles"])]
    assert row[34] == ""  # AvgTone: eventwire measures no tone
    assert {row[6], row[16]} == {"Kim Jong Un", "Sergei Shoigu"}
    assert {row[5], row[15]} == {"PRKGOV", "RUSMIL"}
    assert row[25] == "1"  # IsRootEvent: coded from the first sentence


def test_icews_and_polecat_rows_match_the_events(store):
    events = _by_id(store)
    icews = _table(store, "icews")
    assert icews[0][0] == "Event ID" and {len(r) for r in icews} == {20}
    for row in icews[1:]:
        event = events[row[0]]
        assert (row[1], row[2], row[6], row[8]) == (
            str(event["date"]), event["source_name"] or "", event["cameo"],
            event["target_name"] or "")
    (brussels, *_) = [r for r in icews[1:] if r[14] == "Brussels"]
    assert (brussels[17], brussels[18][:4]) == ("Belgium", "50.8")
    polecat = _table(store, "polecat")
    assert {len(r) for r in polecat} == {40}
    for row in polecat[1:]:
        event = events[row[0]]
        assert (row[2], row[7], row[15], row[23], row[39]) == (
            event["plover"] or "", event["source_name"] or "", event["target_name"] or "",
            event["place_name"] or "", f"eventwire {eventwire.__version__}")


def test_filters_apply_to_exports(store):
    query = EventQuery(country="JPN", limit=None)
    rows = _table(store, "icews", query)
    expected = store.consolidated_events(query)
    assert [r[0] for r in rows[1:]] == [str(e["id"]) for e in expected]
    assert all("Japan" in (r[4], r[10]) for r in rows[1:])


def test_parquet_is_partitioned_by_event_month(store, tmp_path):
    out = tmp_path / "events"
    count = export(store, "parquet", ALL, path=out)
    months = sorted(p.name for p in out.iterdir())
    expected = sorted({e["date"].strftime("month=%Y-%m")
                       for e in store.consolidated_events(ALL, with_mentions=False)})
    assert months == expected and "month=2023-07" in months
    total = duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}/*/*.parquet', "
                       "hive_partitioning = true)").fetchall()[0][0]
    assert total == count == store.count_consolidated(EventQuery())


def test_jsonl_carries_events_with_mentions_and_evidence(store):
    out = io.StringIO()
    count = export(store, "jsonl", ALL, out=out)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(events) == count == store.count_consolidated(EventQuery())
    assert all(e["num_mentions"] == len(e["mentions"]) for e in events)
    assert all(m["evidence"] for e in events for m in e["mentions"])


def test_graphs_are_valid_gexf_and_graphml(store, tmp_path):
    network = store.network(ALL, limit=1000)
    for fmt, namespace in (("gexf", "http://gexf.net/1.3"),
                           ("graphml", "http://graphml.graphdrawing.org/xmlns")):
        path = tmp_path / f"net.{fmt}"
        assert export(store, fmt, ALL, path=path) == len(network["edges"])
        root = ET.parse(path).getroot()
        assert root.tag == f"{{{namespace}}}{fmt}"
        edges = root.findall(f".//{{{namespace}}}edge")
        nodes = root.findall(f".//{{{namespace}}}node")
        assert (len(edges), len(nodes)) == (len(network["edges"]), len(network["nodes"]))


def test_export_command_writes_files(examples_db, tmp_path):
    out = tmp_path / "events.tsv"
    result = CliRunner().invoke(app, ["export", "--format", "icews", "--db", str(examples_db),
                                      "--out", str(out), "--actor", "Kim Jong Un"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Event ID\tEvent Date") and len(lines) > 1
    missing = CliRunner().invoke(app, ["export", "--format", "parquet", "--db",
                                       str(examples_db)])
    assert missing.exit_code == 2
