"""The PLOVER gold scorer: found/precision/recall on a small gold file written here, and the
real gold set's split sizes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.eval.plover import errors, evaluate, load_gold, report, run, score
from tests.conftest import SHARED

GOLD = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.json"


def _record(number: int, event: str, text: str, source: list, target: list) -> dict:
    return {"id": f"R{number}", "event": event, "text": text, "date": "2000-01-01",
            "source": source, "target": target}


def test_scorer_counts_found_and_predictions(pipeline, tmp_path):
    records = [
        {"id": "DOC", "event": "DOCUMENT"},
        _record(1, "FIGHT", "Israel was attacked by Syria on Tuesday.",
                [{"code": "SYR"}], [{"code": "ISR"}]),
        _record(2, "CONSULT", "Israel and Lebanon renewed negotiations on Tuesday.",
                [{"code": "ISR"}, {"code": "LBN"}], []),
        _record(3, "PROTEST", "Iran refused to meet Israel.", [{"code": "IRN"}], []),
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    splits = evaluate(path, pipeline)
    dev, held = splits["dev"], splits["held-out"]
    assert (dev.gold, dev.found, dev.predicted, dev.correct) == (1, 1, 1, 1)
    # CAMEO 190 is PLOVER 2021 ASSAULT but PLOVER 0.5 FIGHT: found; REJECT is no PROTEST.
    assert (held.gold, held.found, held.predicted, held.correct) == (2, 1, 2, 1)
    assert held.confusion == {("FIGHT", "FIGHT"): 1, ("PROTEST", "REJECT"): 1}
    assert (held.precision, held.recall, held.type_f1("FIGHT")) == (0.5, 0.5, 1.0)
    assert "F1=1.000" in report(splits)


def test_error_listing_shows_gold_against_system_events(pipeline, tmp_path):
    records = [
        {"id": "DOC", "event": "DOCUMENT"},
        _record(1, "FIGHT", "Israel was attacked by Syria on Tuesday.",
                [{"code": "SYR"}], [{"code": "ISR"}]),
        _record(2, "PROTEST", "Iran refused to meet Israel.", [{"code": "IRN"}], []),
        _record(3, "CONSULT", "Officials met in Geneva on Monday.", [{"code": "CHE"}], []),
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gold, results = run(path, pipeline)
    assert score(gold, results)["held-out"].found == 1
    listing = errors(gold, results, "held-out", 5).splitlines()
    assert listing == [
        "#3 MISSED gold CONSULT CHE: Officials met in Geneva on Monday.",
        "    (no event)"]
    assert errors(gold, results, "dev", 5).splitlines()[:2] == [
        "#2 MISSED gold PROTEST IRN: Iran refused to meet Israel.",
        "    REJECT      125   Iran(IRN) -> Israel(ISR)  [refused to meet] asserted "
        "complement:refuse|verb:meet|source:subject|target:object"]


@pytest.mark.slow
def test_real_gold_splits_in_halves():
    gold = load_gold(GOLD)
    assert len(gold) == 322
    assert sum(record.number % 2 == 0 for record in gold) == 161
    first = gold[0]
    assert (first.number, first.plover, sorted(first.countries)) == (1, "AGREE", ["HUN", "ROU"])


def test_a_file_of_one_split_scores_each_sentence_once_and_no_event_sentences(pipeline,
                                                                               tmp_path):
    """eventwire's own AFP set: the documentation record puts every record in dev; a
    sentence with two events has two records and is run once; a ``NONE`` record adds no
    gold record, but every type the system gives its sentence is a wrong prediction."""
    both = "Syria attacked Israel on Monday and Iran condemned the attack."
    records = [
        {"id": "DOC", "event": "DOCUMENT", "split": "dev"},
        _record(1, "FIGHT", both, [{"code": "SYR"}], [{"code": "ISR"}]),
        _record(2, "DISAPPROVE", both, [{"actorText": "Iran"}], ""),
        _record(3, "NONE", "Iran refused to meet Israel.", "", ""),
        _record(4, "NONE", "Officials met in Geneva on Monday.", "", ""),
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gold, results = run(path, pipeline)
    assert len(results) == 3
    splits = score(gold, results)
    dev = splits["dev"]
    assert (dev.sentences, dev.gold, dev.found, dev.predicted, dev.correct) == (3, 2, 2, 3, 2)
    assert dev.confusion == {("FIGHT", "FIGHT"): 1, ("DISAPPROVE", "DISAPPROVE"): 1,
                             ("NONE", "REJECT"): 1, ("NONE", "NONE"): 1}
    assert splits["held-out"].sentences == 0
    assert "== held-out" not in report(splits)
    assert errors(gold, results, "dev", 5).splitlines()[0] == \
        "#3 gold NONE: Iran refused to meet Israel."


@pytest.mark.slow
def test_eventwires_afp_dev_set_is_all_dev_with_sentences_of_no_event():
    gold = load_gold(Path(__file__).parent / "data" / "plover_afp_dev.json")
    assert {record.split for record in gold} == {"dev"}
    assert (len(gold), sum(record.plover == "NONE" for record in gold)) == (162, 79)
    assert len({record.text for record in gold}) == 155


def test_records_sharing_an_id_are_sentences_of_their_own(pipeline, tmp_path):
    """The PLOVER file repeats an id (PLOVER-GSR01-COERCE-0004) on two sentences: each is
    run and scored."""
    records = [
        {"id": "DOC", "event": "DOCUMENT", "split": "dev"},
        _record(1, "FIGHT", "Israel was attacked by Syria on Tuesday.",
                [{"code": "SYR"}], [{"code": "ISR"}]),
        _record(1, "REJECT", "Iran refused to meet Israel.", [{"code": "IRN"}], []),
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gold, results = run(path, pipeline)
    dev = score(gold, results)["dev"]
    assert (len(results), dev.sentences, dev.gold, dev.found) == (2, 2, 2, 2)
