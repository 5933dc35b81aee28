"""Shared fixtures: the spaCy pipeline is loaded once per session, and one store built by
ingesting ``examples/`` through the real CLI serves every read-only query test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "seed" / "article.txt"
EXAMPLES = ROOT / "examples"
AFP_CORPUS = SHARED / "data" / "corpora" / "afp1997.jsonl"


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m eventwire ARGS`` as a user would, capturing its output."""
    return subprocess.run([sys.executable, "-m", "eventwire", *args], input=stdin,
                          capture_output=True, check=False, cwd=ROOT,
                          text=stdin is None)


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled examples, built by ``eventwire ingest``."""
    db = tmp_path_factory.mktemp("store") / "examples.duckdb"
    done = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    return db
