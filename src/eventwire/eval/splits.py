"""The dev / held-out split of a gold file of numbered records, shared by the scorers that
read the PLOVER gold format (:mod:`.plover` for events, :mod:`.actors` for actors).

Records are numbered by their position in the file (record 0 documents the format): even
numbers are **dev** (for tuning), odd numbers **held-out** (never tuned on). A file whose
documentation record (event ``DOCUMENT``) names a ``split`` puts every record in that split
(eventwire's own AFP set, ``tests/data/plover_afp_dev.json``, is all ``dev``), so both
scorers agree on which records a figure may be tuned on.
"""

from __future__ import annotations

DEV = "dev"
HELD_OUT = "held-out"
SPLITS = (DEV, HELD_OUT)


def declared_split(records: list[dict]) -> str | None:
    """The split the file's documentation record names for all its records, if any."""
    return next((record["split"] for record in records
                 if record.get("event") == "DOCUMENT" and record.get("split")), None)


def split_of(number: int, declared: str | None = None) -> str:
    """The split of record ``number``: the file's declared split, else by parity."""
    return declared or (DEV if number % 2 == 0 else HELD_OUT)
