"""Where eventwire's vendored knowledge files live inside the installed package."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(*parts: str) -> Path:
    """Path of a vendored data file, e.g. ``data_path("cameo", "codes.tsv")``."""
    return DATA_DIR.joinpath(*parts)


def table_rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a tab-separated data file whose leading ``#`` lines describe it."""
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")
