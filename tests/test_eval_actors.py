"""The PLOVER actor scorer: locating gold text, code normalisation, judging one record."""

from __future__ import annotations

import json

from eventwire.eval.actors import locate, normalise, score_file, split_of


def test_locate_spans_elided_gold_text():
    text = "U.S. and Russian negotiators return to Geneva."
    assert locate(text, "U.S. ... negotiators") == (0, 28)
    assert locate(text, "Paris") is None


def test_gold_codes_are_normalised():
    assert normalise("JAP") == "JPN"
    assert normalise("IGO") == normalise("NGO") == "INT"
    assert (split_of(2), split_of(3)) == ("dev", "heldout")


def test_scoring_a_small_gold_file(tmp_path, pipeline):
    gold = [{"id": "doc"}, {"id": "r1", "date": "2000-01-01",
             "text": "Israeli soldiers arrested more than 100 Palestinians on Saturday.",
             "source": [{"actorText": "Israeli soldiers", "code": "ISR", "sector": "MIL"}],
             "target": [{"actorText": "Palestinians", "code": "PSE", "sector": "CVL"}]}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    score = score_file(path, pipeline)["heldout"]
    assert score.total == 2
    assert score.country_accuracy() == 1.0
    assert score.sector_accuracy() == 0.5
