"""The reference article against the analyst's coding: every `must` item is found."""

from __future__ import annotations

import pytest

from eventwire.eval.seed import load_expected, score
from eventwire.ingest import IngestOptions, read_file
from tests.conftest import SEED_ARTICLE, run_cli

EXPECTED = SEED_ARTICLE.with_name("expected.yaml")


@pytest.fixture(scope="module")
def items(pipeline):
    (article,) = read_file(SEED_ARTICLE, IngestOptions())
    return score(pipeline.process(article), load_expected(EXPECTED))


def test_every_must_item_is_found(items):
    missing = [(item.kind, item.label) for item in items
               if item.level == "must" and not item.found]
    assert missing == []
    assert sum(item.level == "must" for item in items) == 17


def test_should_items_reach_the_issue_thresholds(items):
    found = {kind: sum(i.found for i in items if i.kind == kind and i.level == "should")
             for kind in ("temporal", "actors", "places", "events")}
    assert found["temporal"] >= 2
    assert found["actors"] + found["places"] >= 4
    assert found["events"] >= 4


def test_eval_seed_command_exits_0_when_every_must_is_found():
    done = run_cli("eval", "seed")
    assert done.returncode == 0, done.stdout
    assert "must: 17/17 found" in done.stdout
