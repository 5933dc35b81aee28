"""The PLOVER actor scorer: locating gold text, code normalisation, judging one record."""

from __future__ import annotations

import json

import pytest

from eventwire.eval.actors import gold_actors, gold_head, locate, normalise, score_file
from eventwire.eval.splits import split_of


def test_locate_spans_elided_gold_text():
    text = "U.S. and Russian negotiators return to Geneva."
    assert locate(text, "U.S. ... negotiators") == (0, 28)
    assert locate(text, "Paris") is None


def test_locate_tolerates_markup_spaces_short_elisions_and_a_left_out_word():
    text = "The Homeland Union (Conservatives) met Jordan's visiting King Abdullah II here."
    assert locate(text, "Homeland Union  (Conservatives)") == (4, 33)
    assert locate(text, "Homeland .. Conservatives") == (4, 33)
    assert locate(text, "Jordan's King Abdullah II") == (39, 73)
    assert locate(text, "Homeland Jordan's") is None  # three words apart: not the same phrase


def test_gold_sectors_are_read_in_cameo_agent_codes():
    record = {"source": [{"actorText": "a journalist", "code": "LBN", "sector": "JRN"},
                         {"actorText": "Swiss doctors", "code": "CHE", "sector": "MED"},
                         {"actorText": "Ethnic Albanians", "code": "SRB", "sector": "CVLalb"}]}
    assert [g.sector for g in gold_actors(1, record)] == ["MED", "HLH", "CVL"]


def test_gold_codes_are_normalised():
    assert normalise("JAP") == "JPN"
    assert normalise("IGO") == normalise("NGO") == "INT"
    assert (split_of(2), split_of(3), split_of(3, "dev")) == ("dev", "held-out", "dev")


def test_scoring_a_small_gold_file(tmp_path, pipeline):
    gold = [{"id": "doc"}, {"id": "r1", "date": "2000-01-01",
             "text": "Israeli soldiers arrested more than 100 Palestinians on Saturday.",
             "source": [{"actorText": "Israeli soldiers", "code": "ISR", "sector": "MIL"}],
             "target": [{"actorText": "Palestinians", "code": "PSE", "sector": "REF"}]}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    score = score_file(path, pipeline)["held-out"]
    assert score.total == 2
    assert score.country_accuracy() == 1.0
    assert score.sector_accuracy() == 0.5


@pytest.mark.parametrize(("text", "gold", "head"), [
    ("Doctors from two aid groups left.", "Doctors from two aid groups", "Doctors"),
    ("Hundreds of thousands of people marched.", "Hundreds of thousands of people", "people"),
    ("U.S. border patrol agents fired.", "U.S. border patrol", "patrol"),
])
def test_the_gold_phrase_is_judged_by_its_head_word(pipeline, text, gold, head):
    doc = pipeline.nlp(text)
    start, end = locate(text, gold)
    offset = gold_head(doc, start, end)
    assert text[offset:offset + len(head)] == head


def test_a_file_of_one_split_scores_its_actors_in_that_split(tmp_path, pipeline):
    """The documentation record's ``split`` governs actors as it governs events."""
    gold = [{"id": "doc", "event": "DOCUMENT", "split": "dev"},
            {"id": "r1", "date": "2000-01-01", "event": "ASSAULT",
             "text": "Israeli soldiers arrested more than 100 Palestinians on Saturday.",
             "source": [{"actorText": "Israeli soldiers", "code": "ISR", "sector": "MIL"}]}]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    scores = score_file(path, pipeline)
    assert (scores["dev"].total, scores["held-out"].total) == (1, 0)
