"""Where eventwire's vendored knowledge files live inside the installed package."""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(*parts: str) -> Path:
    """Path of a vendored data file, e.g. ``data_path("cameo", "codes.tsv")``."""
    return DATA_DIR.joinpath(*parts)
