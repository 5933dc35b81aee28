"""Write the sentences of a PLOVER-format file with their ids and text only, no labels.

Why: a second annotator must code the same sentences blind, without seeing the first
annotator's events or actors. One line per sentence (a sentence with several records is
written once), in file order: ``{"sentence", "date", "text"}``, numbered from 0. The record
ids are left out on purpose: eventwire's own ids name the first record's type
(``EVENTWIRE-AFP-INVESTIGATE-0000-1``), so they would leak the label; the agreement scorer
pairs the two annotations by sentence text.

Usage: python scripts/blank_annotation.py tests/data/plover_afp_dev.json > blank.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventwire.eval.plover import load_gold, sentences


def blank(path: Path) -> list[dict[str, object]]:
    """Number, date and text of each sentence of ``path``; nothing of its coding."""
    rows: list[dict[str, object]] = []
    for number, records in enumerate(sentences(load_gold(path)).values()):
        first = records[0]
        rows.append({"sentence": number, "text": first.text,
                     "date": first.date.isoformat() if first.date else ""})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    args = parser.parse_args()
    for row in blank(args.gold):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
