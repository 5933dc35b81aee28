"""The CAMEO codebook: names, Goldstein weights, quad classes and PLOVER mappings.

Knowledge lives in ``data/cameo/codes.tsv`` (built by ``scripts/build_cameo_codebook.py``);
this module only reads it, once per process.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from eventwire.models import CameoCode
from eventwire.resources import data_path


@lru_cache(maxsize=1)
def codebook() -> dict[str, CameoCode]:
    """Every CAMEO code (roots, 3- and 4-digit codes) keyed by its code string."""
    with data_path("cameo", "codes.tsv").open(encoding="utf-8") as handle:
        return {row["code"]: _entry(row) for row in csv.DictReader(handle, delimiter="\t")}


def lookup(code: str) -> CameoCode:
    """The codebook entry of ``code``; raises ``KeyError`` naming an unknown code."""
    try:
        return codebook()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def _entry(row: dict[str, str]) -> CameoCode:
    context = tuple(part for part in row["context"].split("|") if part)
    return CameoCode(
        code=row["code"],
        name=row["name"],
        goldstein=float(row["goldstein"]),
        quad_class=int(row["quad_class"]),
        plover=row["plover"] or None,
        mode=row["mode"] or None,
        context=context,
    )
