"""The TimeML scorer: reading TimeML, TempEval-3 matching and scores, and the CLI command."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.eval.timeml import (
    GoldTimex,
    evaluate_directory,
    match,
    read_timeml,
    score,
    tag_documents,
)
from eventwire.models import Timex
from tests.conftest import SHARED, run_cli

DOCUMENT = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-07-27" functionInDocument="CREATION_TIME">\
2023-07-27</TIMEX3></DCT>
<TEXT>
Kim <EVENT eid="e1" class="OCCURRENCE">met</EVENT> Shoigu &amp; Li on \
<TIMEX3 tid="t1" type="DATE" value="2023-07-26">Wednesday</TIMEX3>. The talks lasted \
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. Exports fell earlier \
<TIMEX3 tid="t3" type="DATE" value="2023">this year</TIMEX3>. It is \
<TIMEX3 tid="t4" type="DATE" value="2023-07-27">the eighth day</TIMEX3> of the visit, \
and the mood is calm now.
</TEXT>
</TimeML>
"""


@pytest.fixture()
def timeml_dir(tmp_path):
    (tmp_path / "t1.tml").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def test_read_timeml_gives_offsets_into_the_unescaped_text(timeml_dir):
    document = read_timeml(timeml_dir / "t1.tml")
    assert document.created == date(2023, 7, 27)
    assert "Shoigu & Li" in document.text
    assert [(g.text, g.type, g.value) for g in document.gold] == [
        ("Wednesday", "DATE", "2023-07-26"), ("three days", "DURATION", "P3D"),
        ("this year", "DATE", "2023"), ("the eighth day", "DATE", "2023-07-27")]
    for gold in document.gold:
        assert document.text[gold.start:gold.end] == gold.text


def test_matching_is_one_to_one_by_largest_overlap():
    gold = [GoldTimex(0, 10, "", "DATE", "a"), GoldTimex(12, 20, "", "DATE", "b")]
    system = [Timex(0, 20, "", 0, "DATE", "b"), Timex(14, 16, "", 0, "DATE", "b")]
    pairs = match(gold, system)
    assert [(g.value, (s.start, s.end)) for g, s in pairs] == [("a", (0, 20)),
                                                                ("b", (14, 16))]


def test_scores_follow_the_tempeval_definitions(pipeline, timeml_dir):
    documents = [read_timeml(timeml_dir / "t1.tml")]
    systems = list(tag_documents(documents))
    assert [(t.text, t.value) for t in systems[0]] == [
        ("Wednesday", "2023-07-26"), ("three days", "P3D"), ("earlier this year", "2023"),
        ("now", "PRESENT_REF")]
    report = score(documents, systems)
    # 4 gold, 4 system: 3 relaxed matches, 2 of them exact, all 3 with the right value.
    assert (report.relaxed.system_hits, report.relaxed.system, report.relaxed.gold) == (3, 4, 4)
    assert report.strict.system_hits == 2
    assert (report.relaxed.f1, report.strict.f1, report.value.f1) == (0.75, 0.5, 0.75)
    assert (report.relaxed_by_type["DURATION"].precision,
            report.relaxed_by_type["DURATION"].recall) == (1.0, 1.0)
    assert {(e.kind, e.text) for e in report.errors} == {("missed", "the eighth day"),
                                                         ("spurious", "now")}


def test_cli_prints_the_scores(timeml_dir):
    result = run_cli("eval", "timeml", str(timeml_dir), "--worst", "5")
    assert result.returncode == 0, result.stderr
    assert "relaxed span" in result.stdout and "0.750" in result.stdout
    assert "the eighth day" in result.stdout


def test_cli_lists_every_error_of_a_kind_with_its_context(timeml_dir):
    result = run_cli("eval", "timeml", str(timeml_dir), "--worst", "0", "--errors", "missed",
                     "--errors", "spurious")
    assert result.returncode == 0, result.stderr
    assert "1 missed errors" in result.stdout and "1 spurious errors" in result.stdout
    assert "t1 | DATE:2023-07-27 vs : |  | " in result.stdout
    assert "It is [[the eighth day]] of the visit, and the mood is calm now." in result.stdout
    assert "t1 | : vs DATE:PRESENT_REF | reference: vague reference | " in result.stdout
    assert "the mood is calm [[now]]." in result.stdout


def test_cli_refuses_an_unknown_error_kind(timeml_dir):
    result = run_cli("eval", "timeml", str(timeml_dir), "--errors", "typo")
    assert result.returncode != 0


@pytest.mark.slow
def test_timebank_dev_scores_do_not_regress():
    report = evaluate_directory(SHARED / "data" / "timeml" / "timebank")
    assert report.documents == 183
    assert report.relaxed.f1 >= 0.95
    assert report.value.f1 >= 0.83
