"""Rebuild ``src/eventwire/data/cameo/codes.tsv`` from its three sources.

Why a script: the codebook joins CAMEO names and Goldstein weights (GDELT's published
CAMEO tables, kept in ``data/cameo/sources/``) with the OEDA CAMEO→PLOVER table, and the
join must be repeatable when any of them is corrected.

Usage: python scripts/build_cameo_codebook.py ../shared/data/plover/CAMEO2PLOVER-2021.txt
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

CAMEO_DIR = Path(__file__).resolve().parents[1] / "src/eventwire/data/cameo"

# PLOVER's REQUEST type covers CAMEO's appeals (02) as well as its demands (10); the 2021
# table lists only the demands, so appeals take the mode and context of the matching demand.
APPEAL_TO_DEMAND = {"02": "10", "020": "100", "021": "101", "022": "102", "023": "103",
                    "024": "104",
                    "025": "105", "026": "106", "027": "107", "028": "108"}


def read_tsv(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {row[0]: row[1] for row in csv.reader(handle, delimiter="\t") if row}


def read_plover_table(path: Path) -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0]
        if ":" not in body or not body[:1].isdigit():
            continue
        code, rest = body.split(":", 1)
        fields = [part.strip() for part in rest.split(",")] + ["", ""]
        table.setdefault(code.strip(), (fields[0], fields[1], fields[2]))
    return table


def plover_for(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str, str]:
    """PLOVER (type, mode, context, origin) of a CAMEO code, falling back on its parents."""
    if code[:2] == "02":
        demand = APPEAL_TO_DEMAND.get(code[:3])
        if demand:
            _, mode, context = table.get(demand, ("", "", ""))
            return "REQUEST", mode, context, "eventwire: appeal as REQUEST"
    for length in (len(code), 3, 2):
        if code[:length] in table and table[code[:length]][0]:
            found = table[code[:length]]
            origin = "CAMEO2PLOVER-2021" if length == len(code) else "CAMEO2PLOVER-2021 parent"
            return (*found, origin)
    return "", "", "", "none: PLOVER does not code public statements"


def quad_class(code: str) -> int:
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def main(plover_path: str) -> None:
    names = read_tsv(CAMEO_DIR / "sources/names.tsv")
    goldstein = read_tsv(CAMEO_DIR / "sources/goldstein.tsv")
    table = read_plover_table(Path(plover_path))
    with (CAMEO_DIR / "codes.tsv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["code", "name", "goldstein", "quad_class", "plover", "mode",
                         "context", "plover_origin"])
        for code, name in names.items():
            plover, mode, context, origin = plover_for(code, table)
            writer.writerow([code, name, goldstein[code], quad_class(code), plover, mode,
                             context.replace(";", "|").replace(" ", ""), origin])


if __name__ == "__main__":
    main(sys.argv[1])
