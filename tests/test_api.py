"""The HTTP API against a real DuckDB store built by ingesting examples/."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import ServeSettings, create_app, load_settings
from eventwire.store import EventQuery, open_store

TOKEN = "correct horse battery staple"
NEW_ARTICLE = {"id": "api-visit", "date": "2024-06-22", "source": "Yonhap",
               "text": "North Korean leader Kim Jong Un held talks with Russian President "
                       "Vladimir Putin in Pyongyang on Friday, state media reported."}
RETOLD_ARTICLE = {"id": "api-retold", "date": "2024-06-23", "source": "Reuters",
                  "text": "Russian President Vladimir Putin met North Korean leader Kim Jong "
                          "Un in Pyongyang on Friday, the Kremlin said."}
"""Talks on a day the bundled examples do not cover (their Kim–Putin meeting at the airport
is on Wednesday 19 June), so the first article makes a new event and the second joins it."""


@pytest.fixture(scope="module")
def client(examples_db: Path):
    with TestClient(create_app(ServeSettings(str(examples_db)))) as test_client:
        yield test_client


@pytest.fixture
def writable(examples_db: Path, tmp_path: Path, pipeline):
    copy = tmp_path / "writable.duckdb"
    shutil.copy(examples_db, copy)
    settings = ServeSettings(str(copy), token=TOKEN, max_body_bytes=4000)
    with TestClient(create_app(settings, pipeline=pipeline)) as test_client:
        yield test_client


def test_events_are_consolidated_with_counts_and_mentions(client, examples_db):
    page = client.get("/api/events", params={"limit": 1000}).json()
    with open_store(examples_db) as store:
        assert page["total"] == store.count_consolidated(EventQuery()) > 0
    for event in page["items"]:
        assert event["num_mentions"] == len(event["mentions"]) >= 1
        assert event["num_articles"] == len({m["article_id"] for m in event["mentions"]})
    dates = [event["date"] for event in page["items"]]
    assert dates == sorted(dates, reverse=True)


def test_event_filters_and_pagination_match_the_cli_query(client, examples_db):
    params = {"actor": "Kim Jong Un", "order": "date"}
    everything = client.get("/api/events", params={**params, "limit": 1000}).json()
    with open_store(examples_db) as store:
        expected = store.consolidated_events(EventQuery(actor="Kim Jong Un", limit=None))
    assert [e["id"] for e in everything["items"]] == [e["id"] for e in expected]
    assert all("Kim Jong Un" in (e["source_name"], e["target_name"])
               for e in everything["items"])
    second = client.get("/api/events", params={**params, "limit": 1, "offset": 1}).json()
    assert second["total"] == everything["total"]
    assert [e["id"] for e in second["items"]] == [everything["items"][1]["id"]]
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 1000}).json()
    assert consult["items"] and {e["plover"] for e in consult["items"]} == {"CONSULT"}
    prefix = client.get("/api/events", params={"type": "19", "limit": 1000}).json()
    assert prefix["items"] and all(e["cameo"].startswith("19") for e in prefix["items"])


def test_bad_parameters_are_client_errors(client):
    assert client.get("/api/events", params={"order": "sideways"}).status_code == 400
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"since": "last week"}).status_code == 422
    assert client.get("/api/timeline", params={"interval": "hour"}).status_code == 422
    assert client.get("/api/events/999999").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_event_detail_carries_every_mention_with_its_evidence(client):
    events = client.get("/api/events", params={"actor": "Sergei Shoigu"}).json()["items"]
    evidence = []
    for event in events:
        detail = client.get(f"/api/events/{event['id']}").json()
        assert detail["num_mentions"] == len(detail["mentions"]) >= 1
        for mention in detail["mentions"]:
            text = client.get(f"/api/articles/{mention['article_id']}").json()["text"]
            assert mention["evidence"] == text[mention["start_char"]:mention["end_char"]]
            assert mention["trigger_text"] == text[mention["trigger_start_char"]:
                                                   mention["trigger_end_char"]]
            evidence.append(mention["evidence"])
    assert any(sentence.startswith("North Korean leader Kim Jong Un held a meeting with "
                                   "Russia's defence minister Sergei Shoigu")
               for sentence in evidence)


def test_mentions_stay_available_per_sentence(client, examples_db):
    page = client.get("/api/mentions", params={"limit": 1000, "order": "date"}).json()
    with open_store(examples_db) as store:
        assert page["total"] == store.count_events(EventQuery()) == len(page["items"])
    assert {"evidence", "sentence", "article_id", "event_id"} <= set(page["items"][0])


def test_actors_and_actor_detail(client):
    names = [a["name"] for a in client.get("/api/actors", params={"name": "kim"}).json()]
    assert "Kim Jong Un" in names
    kim = client.get("/api/actors/kim jong un").json()
    assert (kim["name"], kim["countries"], kim["kinds"]) == ("Kim Jong Un", ["PRK"], ["person"])
    assert {"Vladimir Putin", "Sergei Shoigu"} <= {p["partner"] for p in kim["partners"]}
    assert client.get("/api/actors/Nobody At All").status_code == 404


def _between(event: dict, one: str, other: str) -> bool:
    names = (event["source_name"] or "", event["target_name"] or "")
    return ((one in names[0] and other in names[1]) or (other in names[0] and one in names[1]))


def test_timeline_and_dyad_series_add_up_to_the_events(client):
    events = client.get("/api/events", params={"actor": "Kim Jong Un", "limit": 1000}).json()
    timeline = client.get("/api/timeline", params={"actor": "Kim Jong Un",
                                                   "interval": "month"}).json()
    assert sum(row["events"] for row in timeline["series"]) == events["total"] > 0
    assert all(row["period"].endswith("-01") for row in timeline["series"])
    by_actor = client.get("/api/dyad", params={"a": "Putin", "b": "Kim Jong Un",
                                               "interval": "day"}).json()
    pairs = [e for e in events["items"] if _between(e, "Putin", "Kim Jong Un")]
    assert pairs and sum(row["events"] for row in by_actor["series"]) == len(pairs)
    assert {row["period"] for row in by_actor["series"]} == {e["date"] for e in pairs}
    by_country = client.get("/api/dyad", params={"a": "RUS", "b": "PRK", "by": "country",
                                                 "interval": "week"}).json()
    russia = client.get("/api/events", params={"country": "RUS", "limit": 1000}).json()
    expected = [e for e in russia["items"]
                if {e["source_country"], e["target_country"]} == {"RUS", "PRK"}]
    assert expected and sum(row["events"] for row in by_country["series"]) == len(expected)
    assert all(date.fromisoformat(row["period"]).weekday() == 0
               for row in by_country["series"])  # weeks start on Monday


def test_network_nodes_and_weighted_edges(client):
    network = client.get("/api/network").json()
    pairs = {(e["source"], e["target"]): e["weight"] for e in network["edges"]}
    node_ids = {n["id"] for n in network["nodes"]}
    assert {edge[0] for edge in pairs} | {edge[1] for edge in pairs} == node_ids
    everything = client.get("/api/events", params={"limit": 1000}).json()["items"]
    both_sides = [e for e in everything if e["source_name"] and e["target_name"]]
    assert sum(pairs.values()) == len(both_sides)
    filtered = client.get("/api/network", params={"country": "JPN"}).json()
    japan = client.get("/api/events", params={"country": "JPN", "limit": 1000}).json()
    assert {(e["source"], e["target"]) for e in filtered["edges"]} == {
        (e["source_name"], e["target_name"]) for e in japan["items"]
        if e["source_name"] and e["target_name"]}


def test_places_for_the_map(client):
    places = {p["name"]: p for p in client.get("/api/places").json()}
    assert places["Brussels"]["country"] == "BEL"
    assert round(places["Brussels"]["lat"], 1) == 50.9
    for place in places.values():
        for event_id in place["event_ids"]:
            assert client.get(f"/api/events/{event_id}").json()["place_name"] == place["name"]


def test_articles_article_detail_and_search(client, examples_db):
    listing = client.get("/api/articles", params={"limit": 2}).json()
    with open_store(examples_db) as store:
        assert listing["total"] == store.counts()["articles"] > 2
    assert len(listing["items"]) == 2
    article = client.get("/api/articles/ew-sanctions-2024-02-23").json()
    assert article["title"] == "US imposes new sanctions on Russia"
    assert article["duplicate_of"] is None and article["copies"] == []
    assert all(isinstance(e["consolidated_id"], int) for e in article["events"])
    found = client.get("/api/search", params={"q": "Navalny sanctions"}).json()
    assert found["terms"] == ["navalny", "sanctions"]
    assert found["items"][0]["id"] == "ew-sanctions-2024-02-23"
    assert "Navalny" in found["items"][0]["snippet"]
    assert client.get("/api/search", params={"q": "zzzqqq"}).json()["total"] == 0


def test_openapi_documents_the_endpoints(client):
    assert client.get("/docs").status_code == 200
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/actors/{name}", "/api/timeline",
            "/api/dyad", "/api/network", "/api/articles/{article_id}", "/api/search",
            "/api/ingest"} <= paths


def test_read_only_server_refuses_ingest_and_opens_the_store_read_only(client):
    response = client.post("/api/ingest", content=json.dumps(NEW_ARTICLE),
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403
    assert client.get("/api/overview").json()["writable"] is False
    store = client.app.state.store
    with pytest.raises(Exception, match="read-only"):
        store.connection.execute("CREATE TABLE intruder (x INTEGER)")


def test_ingest_needs_the_token_limits_the_body_and_updates_counts(writable):
    body = json.dumps(NEW_ARTICLE) + "\n"
    assert writable.post("/api/ingest", content=body).status_code == 401
    wrong = {"Authorization": "Bearer not the token at all"}
    assert writable.post("/api/ingest", content=body, headers=wrong).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    huge = body * 50
    assert writable.post("/api/ingest", content=huge, headers=auth).status_code == 413
    result = writable.post("/api/ingest", content=body, headers=auth).json()
    assert result["stored"] == ["api-visit"] and result["new_events"] >= 1
    article = writable.get("/api/articles/api-visit").json()
    (talks,) = [e for e in article["events"] if _between(e, "Putin", "Kim Jong Un")]
    before = writable.get(f"/api/events/{talks['consolidated_id']}").json()
    retold = json.dumps(RETOLD_ARTICLE) + "\n"
    second = writable.post("/api/ingest", content=retold, headers=auth).json()
    assert second["stored"] == ["api-retold"] and second["updated_events"] >= 1
    after = writable.get(f"/api/events/{talks['consolidated_id']}").json()
    assert (after["num_articles"], after["num_sources"]) == (
        before["num_articles"] + 1, before["num_sources"] + 1)
    again = writable.post("/api/ingest", content=body, headers=auth).json()
    assert (again["stored"], again["duplicates"]) == ([], ["api-visit"])


def test_settings_read_the_token_from_env_or_config(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
    assert load_settings("x.duckdb").token is None
    config = tmp_path / "eventwire.toml"
    config.write_text('[serve]\ntoken = "from the config file!!"\nmax_body_bytes = 1234\n')
    settings = load_settings("x.duckdb", config)
    assert (settings.token, settings.max_body_bytes) == ("from the config file!!", 1234)
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from the environment!!")
    assert load_settings("x.duckdb", config).token == "from the environment!!"
    monkeypatch.setenv("EVENTWIRE_TOKEN", "short")
    with pytest.raises(ValueError, match="at least 16"):
        load_settings("x.duckdb")
