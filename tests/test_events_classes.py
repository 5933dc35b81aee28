"""Classes of English expressions for each CAMEO family, on sentences written for eventwire
(``tests/data/event_classes.tsv``, never taken from the PLOVER gold set or the CAMEO
manual): each must give an event of its PLOVER type with its countries, and no event of
another type. Rows with a ``gap`` are known failures, each with its cause; they are strict
expected failures, so a fix shows up and the row must be updated."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.eval.plover import plover05
from tests.events_helpers import run

ROWS = Path(__file__).parent / "data" / "event_classes.tsv"


def _rows() -> list[dict[str, str]]:
    with ROWS.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _countries(event) -> set[str]:
    found = set()
    for side in (event.source, event.target):
        if side is not None:
            found |= {code for code in (side.country, (side.code or "")[:3]) if code}
    return found


def _cases() -> list:
    return [pytest.param(row["type"], frozenset(row["countries"].split("/")), row["text"],
                         id=row["text"][:60],
                         marks=[pytest.mark.xfail(reason=row["gap"], strict=True)]
                         if row["gap"] else [])
            for row in _rows()]


@pytest.mark.parametrize(("plover", "countries", "text"), _cases())
def test_class_sentence(pipeline, plover, countries, text):
    events = [event for event in run(pipeline, text).events
              if not event.negated and plover05(event)]
    assert {plover05(event) for event in events} == {plover}
    found = set().union(*(_countries(event) for event in events if plover05(event) == plover))
    assert countries <= found


def test_every_family_has_ten_sentences():
    """Each of the 18 PLOVER 0.5 types is checked on at least ten sentences."""
    counts: dict[str, int] = {}
    for row in _rows():
        counts[row["type"]] = counts.get(row["type"], 0) + 1
    assert len(counts) == 18
    assert min(counts.values()) >= 10
