"""Inter-annotator agreement (`eventwire eval agreement`) on two small hand-made codings.

The seven sentences and how the two annotators coded them:

    S1  first SUPPORT USA->JAP       second SUPPORT USA->JPN     (JAP is the gold alias of JPN)
    S2  first NONE                   second NONE
    S3  first DEMAND JPN->CHN        second NONE
    S4  first NONE                   second DISAPPROVE SYR
    S5  first CONSULT PAK->EGY       second AGREE PAK->EGY
    S6  first FIGHT SDN, ASSAULT SDN second FIGHT SDN
    S7  first COERCE MDG->MDG        second COERCE FRA->MDG

Event / no event per sentence: both event S1 S5 S6 S7 (4), both none S2 (1), first only S3
(1), second only S4 (1); n = 7.
    observed agreement p_o = 5/7 = 35/49
    each annotator says "event" of 5 of 7 sentences, so chance agreement
    p_e = (5/7)(5/7) + (2/7)(2/7) = 29/49
    kappa = (35/49 - 29/49) / (1 - 29/49) = (6/49) / (20/49) = 0.3

Event records: the first has 6 (S1 S3 S5 S6 S6 S7), matched by the second: S1 (alias),
S6 FIGHT and S7 (MDG is among FRA/MDG) = 3, so R = 3/6 = 0.5. The second has 5 (S1 S4 S5 S6
S7), matched by the first: S1 and S6 = 2 (S7's FRA is not among the first's MDG), so
P = 2/5 = 0.4. F1 = 2 * 0.5 * 0.4 / 0.9 = 4/9.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.eval.agreement import cohen_kappa, compare, report

SENTENCES = [f"Sentence {number} of the agreement test." for number in range(1, 8)]

FIRST = [(1, "SUPPORT", ["USA"], ["JAP"]), (2, "NONE", [], []), (3, "DEMAND", ["JPN"], ["CHN"]),
         (4, "NONE", [], []), (5, "CONSULT", ["PAK"], ["EGY"]), (6, "FIGHT", ["SDN"], []),
         (6, "ASSAULT", ["SDN"], []), (7, "COERCE", ["MDG"], ["MDG"])]
SECOND = [(1, "SUPPORT", ["USA"], ["JPN"]), (2, "NONE", [], []), (3, "NONE", [], []),
          (4, "DISAPPROVE", ["SYR"], []), (5, "AGREE", ["PAK"], ["EGY"]),
          (6, "FIGHT", ["SDN"], []), (7, "COERCE", ["FRA"], ["MDG"])]


def _write(path: Path, rows: list[tuple[int, str, list[str], list[str]]]) -> Path:
    records: list[dict] = [{"id": "TEST-DOCUMENT", "event": "DOCUMENT", "split": "dev"}]
    for number, (sentence, event, sources, targets) in enumerate(rows):
        records.append({"id": f"TEST-{path.stem}-{number}", "date": "2006-11-29",
                        "event": event, "text": SENTENCES[sentence - 1],
                        "source": [{"actorText": code, "code": code} for code in sources],
                        "target": [{"actorText": code, "code": code} for code in targets]})
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path / "first.json", FIRST), _write(tmp_path / "second.json", SECOND)


def test_kappa_of_the_event_decision_per_sentence(files):
    assert compare(*files).kappa == pytest.approx(0.3)


def test_event_level_agreement_uses_the_plover_matching_rule(files):
    agreement = compare(*files)
    assert (agreement.recall, agreement.precision) == (0.5, 0.4)
    assert agreement.f1 == pytest.approx(4 / 9)


def test_swapping_the_files_swaps_precision_and_recall(files):
    first, second = files
    swapped = compare(second, first)
    assert (swapped.recall, swapped.precision) == (0.4, 0.5)
    assert swapped.kappa == pytest.approx(0.3)


def test_per_type_counts(files):
    per_type = compare(*files).per_type
    assert dict(per_type["COERCE"]) == {"first": 1, "first_matched": 1, "second": 1,
                                        "second_matched": 0}
    assert dict(per_type["AGREE"]) == {"second": 1, "second_matched": 0}
    assert compare(*files).type_f1("SUPPORT") == 1.0
    assert compare(*files).type_f1("COERCE") == 0.0


def test_disagreeing_sentences_are_those_with_an_unmatched_record(files):
    disagreements = compare(*files).disagreements
    assert [pair.text for pair in disagreements] == SENTENCES[2:7]


def test_kappa_edge_cases():
    assert cohen_kappa([(True, True), (True, True)]) == 1.0
    assert cohen_kappa([(True, False), (False, True)]) == pytest.approx(-1.0)
    assert cohen_kappa([]) == 0.0


def test_files_of_different_sentences_are_refused(tmp_path, files):
    other = _write(tmp_path / "other.json", FIRST[:2])
    with pytest.raises(ValueError, match="5 sentence"):
        compare(files[0], other)


def test_command_prints_kappa_f1_and_the_disagreements(files):
    result = CliRunner().invoke(app, ["eval", "agreement", *map(str, files)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].startswith("event / no event per sentence: kappa=0.300  (both event 4, "
                               "both none 1, first only 1, second only 1)")
    assert "P=0.400 R=0.500 F1=0.444" in lines[2]
    assert "disagreeing sentences: 5" in lines
    assert "    first:  COERCE MDG" in lines
    assert "    second: COERCE FRA/MDG (unmatched)" in lines
    assert report(compare(*files), "a", "b").splitlines()[0] == (
        "first: a  second: b  sentences: 7")
