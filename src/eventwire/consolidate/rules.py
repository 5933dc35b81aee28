"""The consolidation settings (``data/consolidation/rules.yaml``) as typed values.

Everything that is a judgement — which CAMEO codes ignore direction, how far apart two
reported dates may be, how similar two texts must be to count as copies — lives in that
file, so an analyst can change it without touching the matching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from eventwire.resources import data_path

RULES_FILE = data_path("consolidation", "rules.yaml")


@dataclass(frozen=True, slots=True)
class DateWindow:
    """How one date precision turns a date into the span of days it stands for."""

    span: str
    tolerance: int
    lookback: int = 0

    def bounds(self, day: date) -> tuple[date, date]:
        if self.span == "week":
            monday = day - timedelta(days=day.weekday())
            return monday, monday + timedelta(days=6)
        if self.span == "month":
            last = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            return day.replace(day=1), last
        if self.span == "year":
            return day.replace(month=1, day=1), day.replace(month=12, day=31)
        return day - timedelta(days=self.lookback), day


@dataclass(frozen=True, slots=True)
class Rules:
    shingle_words: int
    num_perm: int
    seed: int
    threshold: float
    bands: int
    rows: int
    symmetric_cameo: tuple[str, ...]
    date_windows: dict[str, DateWindow]
    max_km: float
    unknown_side_matches_known: bool
    unknown_in_both_needs_stated_dates: bool
    precision_rank: tuple[str, ...]

    def window(self, precision: str | None) -> DateWindow:
        """The window of a precision; unknown precisions are treated as publication dates."""
        return self.date_windows.get(precision or "publication",
                                     self.date_windows["publication"])

    def is_symmetric(self, cameo: str) -> bool:
        return cameo.startswith(self.symmetric_cameo)

    @property
    def widest_tolerance(self) -> int:
        return max(window.tolerance for window in self.date_windows.values())


def _window(spec: dict[str, Any]) -> DateWindow:
    return DateWindow(str(spec["span"]), int(spec.get("tolerance", 0)),
                      int(spec.get("lookback", 0)))


def load_rules(path: Path = RULES_FILE) -> Rules:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    near = raw["near_duplicates"]
    if int(near["bands"]) * int(near["rows"]) > int(near["num_perm"]):
        raise ValueError(f"{path}: bands x rows exceeds num_perm")
    return Rules(
        shingle_words=int(near["shingle_words"]), num_perm=int(near["num_perm"]),
        seed=int(near["seed"]), threshold=float(near["threshold"]),
        bands=int(near["bands"]), rows=int(near["rows"]),
        symmetric_cameo=tuple(str(code) for code in raw["symmetric_cameo"]),
        date_windows={name: _window(spec) for name, spec in raw["date_windows"].items()},
        max_km=float(raw["places"]["max_km"]),
        unknown_side_matches_known=bool(raw["actors"]["unknown_side_matches_known"]),
        unknown_in_both_needs_stated_dates=bool(
            raw["actors"]["unknown_in_both_needs_stated_dates"]),
        precision_rank=tuple(raw["precision_rank"]),
    )


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    return load_rules()
