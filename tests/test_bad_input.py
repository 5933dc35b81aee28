"""Every kind of bad input gets one clear line naming it, is recorded as rejected, and
never stops the batch or corrupts what is stored."""

from __future__ import annotations

import json

import duckdb
import pytest

from eventwire.ingest import IngestOptions, read_sources
from eventwire.models import Article, Rejection
from tests.conftest import SEED_ARTICLE, run_cli

GOOD = "date 2024-01-15\nThe foreign ministers of France and Germany met in Paris on Monday.\n"


def make_bad_inputs(folder):
    """A folder holding one good article and one of each bad input, with the reason
    each must be rejected for."""
    (folder / "good.txt").write_text(GOOD)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"date 2024-01-15 \x00\x01\x02\xff binary")
    (folder / "latin1.txt").write_bytes("date 2024-01-15 Caf\xe9 talks".encode("latin-1"))
    (folder / "undated.txt").write_text("Leaders met on Monday.")
    (folder / "impossible.txt").write_text("date 2023-02-30 Leaders met.")
    (folder / "nobody.txt").write_text("date 2024-01-15   \n\n")
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    good_line = json.dumps({"id": "j1", "date": "2024-01-16", "text": "Police arrested "
                            "protesters in Nairobi on Tuesday."})
    (folder / "feed.jsonl").write_text(good_line + "\n{not json\n"
                                       + json.dumps({"id": "j3", "date": "2024-13-01",
                                                     "text": "x"}) + "\n")
    return {
        "empty.txt": "empty input",
        "binary.txt": "binary content",
        "latin1.txt": "invalid UTF-8 at byte 19",
        "undated.txt": "no date",
        "impossible.txt": "impossible date '2023-02-30'",
        "nobody.txt": "date header but no article text",
        "huge.txt": "too large: 52,428,800 bytes",
        "report.pdf": "unsupported file type '.pdf'",
        "feed.jsonl:2": "malformed JSON",
        "feed.jsonl:3": "impossible date '2024-13-01'",
    }


def test_reader_rejects_each_bad_input_with_its_reason(tmp_path):
    expected = make_bad_inputs(tmp_path)
    items = list(read_sources([str(tmp_path)], IngestOptions()))
    rejections = {r.origin.removeprefix(str(tmp_path) + "/"): r.reason
                  for r in items if isinstance(r, Rejection)}
    assert set(rejections) == set(expected)
    for origin, reason in expected.items():
        assert reason in rejections[origin], (origin, rejections[origin])
    assert sorted(a.id for a in items if isinstance(a, Article) and a.id == "j1") == ["j1"]
    assert sum(isinstance(a, Article) for a in items) == 2


def test_ingest_stores_the_good_records_the_bad_and_exits_1(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    expected = make_bad_inputs(folder)
    db = tmp_path / "store.duckdb"
    done = run_cli("ingest", str(folder), "--db", str(db), "--quiet")
    assert done.returncode == 1
    assert "read 12 · stored 2 · duplicates 0 · rejected 10" in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.startswith("rejected ")]
    assert len(lines) == len(expected)
    for origin, reason in expected.items():
        assert any(f"{folder}/{origin}: " in line and reason in line for line in lines), origin
    with duckdb.connect(str(db), read_only=True) as connection:
        stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        rejected = connection.execute("SELECT origin, reason FROM rejected").fetchall()
    assert stored == 2
    assert {origin.removeprefix(f"{folder}/") for origin, _ in rejected} == set(expected)


def test_max_bytes_is_configurable(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    done = run_cli("ingest", str(article), "--db", str(tmp_path / "s.duckdb"), "--quiet",
                   "--max-bytes", "40")
    assert done.returncode == 1
    assert "too large" in done.stderr and "--max-bytes" in done.stderr


def test_missing_path_is_reported_not_fatal(tmp_path):
    done = run_cli("ingest", str(tmp_path / "nowhere.txt"), str(SEED_ARTICLE), "--db",
                   str(tmp_path / "s.duckdb"), "--quiet")
    assert done.returncode == 1
    assert "no such file or directory" in done.stderr
    assert "stored 1" in done.stdout


@pytest.mark.parametrize("line,reason", [
    ('{"date": "2024-01-01"}', "no article text"),
    ('{"date": "2024-01-01", "text": 42}', "no article text"),
    ('["a", "list"]', "expected an article object"),
    ('{"text": "Leaders met."}', "no date"),
])
def test_jsonl_records_missing_what_they_need(tmp_path, line, reason):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(line + "\n")
    (item,) = read_sources([str(feed)], IngestOptions())
    assert isinstance(item, Rejection) and reason in item.reason
    assert item.origin.endswith("feed.jsonl:1")
