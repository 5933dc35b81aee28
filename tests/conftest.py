"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "examples" / "seed" / "article.txt"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    """A store built by ingesting ``examples/`` (consolidated as ingest does): the real
    data the API, export and web tests query. Tests must not write to it."""
    from eventwire.ingest import IngestOptions
    from eventwire.runner import run_ingest
    from eventwire.store import Store

    path = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    with Store(path) as store:
        run_ingest([str(EXAMPLES)], store, IngestOptions(), pipeline=pipeline)
    return path
