"""`eventwire extract` honours the DESIGN.md contract field by field, offsets included."""

from __future__ import annotations

import pytest

from eventwire.ingest import HEADER
from tests.conftest import SEED_ARTICLE, json_lines, run_cli

ARTICLE_FIELDS = {"id": str, "date": str, "title": (str, type(None)), "status": str,
                  "error": (str, type(None)), "sentences": list, "timexes": list, "actors": list,
                  "places": list, "events": list, "quotes": list, "credits": list}
SENTENCE_FIELDS = {"index": int, "start": int, "end": int}
TIMEX_FIELDS = {"start": int, "end": int, "text": str, "sentence": int, "type": str, "value": str}
MENTION_FIELDS = {"start": int, "end": int, "text": str, "sentence": int}
ACTOR_FIELDS = {"id": str, "name": str, "aliases": list, "kind": str,
                "country": (str, type(None)), "sector": (str, type(None)),
                "code": (str, type(None)), "kb_id": (str, type(None)), "mentions": list}
PLACE_FIELDS = {"id": str, "name": str, "country": (str, type(None)),
                "admin1": (str, type(None)), "lat": (float, type(None)),
                "lon": (float, type(None)), "feature": str,
                "gazetteer_id": (str, type(None)), "mentions": list}
REF_FIELDS = {"actor": (str, type(None)), "name": str, "country": (str, type(None)),
              "sector": (str, type(None)), "code": (str, type(None))}
EVENT_FIELDS = {"id": str, "sentence": int, "start": int, "end": int, "trigger": dict,
                "source": (dict, type(None)), "target": (dict, type(None)), "cameo": str,
                "cameo_name": str, "plover": str, "mode": (str, type(None)), "context": list,
                "quad_class": int, "goldstein": float, "date": (str, type(None)),
                "date_precision": str, "place": (dict, type(None)), "negated": bool,
                "modality": str, "quote": (str, type(None)), "reported_by": list,
                "confidence": float, "rule": str}
QUOTE_FIELDS = {"speaker": (dict, type(None)), "text": str, "start": int, "end": int,
                "sentence": int}


def check_fields(record: dict, fields: dict) -> None:
    for name, kind in fields.items():
        assert name in record, f"missing field {name!r} in {record}"
        assert isinstance(record[name], kind), f"{name}={record[name]!r} is not {kind}"


def check_slice(body: str, item: dict) -> None:
    assert 0 <= item["start"] <= item["end"] <= len(body)
    assert body[item["start"]:item["end"]] == item["text"], item


@pytest.fixture(scope="module")
def seed_line() -> dict:
    done = run_cli("extract", str(SEED_ARTICLE))
    assert done.returncode == 0, done.stderr
    (line,) = json_lines(done.stdout)
    return line


@pytest.fixture(scope="module")
def body() -> str:
    raw = SEED_ARTICLE.read_text(encoding="utf-8")
    return raw[HEADER.match(raw).end():]


def test_article_fields(seed_line):
    check_fields(seed_line, ARTICLE_FIELDS)
    assert (seed_line["status"], seed_line["error"], seed_line["date"]) == ("ok", None,
                                                                            "2023-07-27")
    assert "Reuters" in seed_line["credits"]


def test_sentences_number_from_zero_and_slice_the_body(seed_line, body):
    sentences = seed_line["sentences"]
    assert [s["index"] for s in sentences] == list(range(len(sentences)))
    for sentence in sentences:
        check_fields(sentence, SENTENCE_FIELDS)
        assert body[sentence["start"]:sentence["end"]].strip()
    assert body[sentences[0]["start"]:].startswith("North Korean leader Kim Jong Un")


def test_timexes(seed_line, body):
    for timex in seed_line["timexes"]:
        check_fields(timex, TIMEX_FIELDS)
        check_slice(body, timex)
        assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
    first = next(t for t in seed_line["timexes"] if "Wednesday" in t["text"])
    assert (first["sentence"], first["value"]) == (0, "2023-07-26")


def test_actors_and_their_mentions(seed_line, body):
    for actor in seed_line["actors"]:
        check_fields(actor, ACTOR_FIELDS)
        assert actor["kind"] in {"person", "organization", "country", "group", "media"}
        for mention in actor["mentions"]:
            check_fields(mention, MENTION_FIELDS)
            check_slice(body, mention)
    kim = next(a for a in seed_line["actors"] if a["name"] == "Kim Jong Un")
    assert kim["country"] == "PRK"


def test_places(seed_line, body):
    for place in seed_line["places"]:
        check_fields(place, PLACE_FIELDS)
        for mention in place["mentions"]:
            check_slice(body, mention)
    pyongyang = next(p for p in seed_line["places"] if p["name"] == "Pyongyang")
    assert pyongyang["country"] == "PRK"
    assert abs(pyongyang["lat"] - 39.03) < 0.25 and abs(pyongyang["lon"] - 125.75) < 0.25


def test_events(seed_line, body):
    sentences = seed_line["sentences"]
    actor_ids = {actor["id"] for actor in seed_line["actors"]}
    for event in seed_line["events"]:
        check_fields(event, EVENT_FIELDS)
        sentence = sentences[event["sentence"]]
        assert sentence["start"] <= event["trigger"]["start"] < sentence["end"]
        check_slice(body, event["trigger"])
        assert event["start"] <= event["trigger"]["start"] < event["end"]
        for role in ("source", "target"):
            if event[role] is not None:
                check_fields(event[role], REF_FIELDS)
                assert event[role]["actor"] in actor_ids
        assert event["quad_class"] in {1, 2, 3, 4}
        assert event["modality"] in {"asserted", "intended", "hypothetical", "denied",
                                     "reported"}
        assert event["date_precision"] in {"day", "week", "month", "year", "publication"}
        assert 0.0 <= event["confidence"] <= 1.0 and event["rule"]
    consult = [e for e in seed_line["events"] if e["plover"] == "CONSULT"
               and {e["source"] and e["source"]["name"], e["target"] and e["target"]["name"]}
               == {"Kim Jong Un", "Sergei Shoigu"}]
    assert consult


def test_quotes(seed_line, body):
    for quote in seed_line["quotes"]:
        check_fields(quote, QUOTE_FIELDS)
        check_slice(body, quote)
    assert any(q["text"] == "most powerful" for q in seed_line["quotes"])


def test_one_line_per_input_in_order_including_rejected(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("date 2023-02-30 Something happened.")
    plain = tmp_path / "plain.txt"
    plain.write_text("Protesters marched in Paris on Monday.")
    done = run_cli("extract", str(SEED_ARTICLE), str(bad), str(plain), "--date", "2024-01-10")
    assert done.returncode == 0, done.stderr
    lines = json_lines(done.stdout)
    assert [line["status"] for line in lines] == ["ok", "rejected", "ok"]
    assert "impossible date" in lines[1]["error"]
    assert lines[2]["date"] == "2024-01-10"


def test_stdin_and_offsets_keep_whitespace_as_read():
    text = "date 2024-03-01\n\n  Leaders  met\tin Berlin on Friday.\n"
    done = run_cli("extract", "-", stdin=text.encode())
    (line,) = json_lines(done.stdout.decode())
    assert line["status"] == "ok"
    body = text[HEADER.match(text).end():]
    for timex in line["timexes"]:
        check_slice(body, timex)
    assert any(t["value"] == "2024-03-01" for t in line["timexes"])
