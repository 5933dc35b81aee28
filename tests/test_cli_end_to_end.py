"""The reference article end to end through the command line: ingest, then query."""

from __future__ import annotations

from tests.conftest import SEED_ARTICLE, json_lines, run_cli


def test_ingest_then_events_finds_the_kim_shoigu_meeting(tmp_path):
    db = str(tmp_path / "seed.duckdb")
    ingested = run_cli("ingest", str(SEED_ARTICLE), "--db", db, "--quiet")
    assert ingested.returncode == 0, ingested.stderr
    assert "read 1 · stored 1 · duplicates 0 · rejected 0" in ingested.stdout

    listed = run_cli("events", "--db", db, "--type", "CONSULT", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    meetings = [e for e in json_lines(listed.stdout)
                if {e["source_name"], e["target_name"]} == {"Kim Jong Un", "Sergei Shoigu"}]
    assert meetings, listed.stdout
    meeting = meetings[0]
    assert (meeting["date"], meeting["cameo"][:2]) == ("2023-07-26", "04")
    assert meeting["evidence"].startswith("North Korean leader Kim Jong Un held a meeting")
    assert meeting["sentence"] == 0


def test_table_output_shows_evidence_and_timeline(tmp_path):
    db = str(tmp_path / "seed.duckdb")
    run_cli("ingest", str(SEED_ARTICLE), "--db", db, "--quiet")
    table = run_cli("events", "--db", db)
    assert "Kim Jong Un (PRKGOV)" in table.stdout
    assert "held a meeting" in table.stdout
    timeline = run_cli("timeline", "Shoigu", "--db", db, "--format", "json")
    dates = [row["date"] for row in json_lines(timeline.stdout)]
    assert dates == sorted(dates) and dates


def test_python_module_entry_point_prints_help():
    done = run_cli("--help")
    assert done.returncode == 0
    for command in ("ingest", "extract", "events", "show", "actors", "timeline"):
        assert command in done.stdout
