"""The time stage's knowledge, read from ``data/time/``: word classes, holidays, historical
dates for anniversaries and the event nouns a relative expression may be anchored on.

Everything a person might want to correct (a month abbreviation, the date of an armistice)
lives in those files, so that the code only says how to combine it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from eventwire.resources import data_path, table_rows


@dataclass(frozen=True, slots=True)
class Lexicon:
    classes: dict[str, dict[str, str]]
    """Word class → lower-cased phrase → value (``lexicon.tsv``)."""
    holidays: dict[str, str]
    """Lower-cased holiday name → ``MM-DD`` (``holidays.tsv``)."""
    anniversaries: dict[str, str]
    """Lower-cased event alias → date of the event (``anniversaries.tsv``)."""
    event_groups: dict[str, str]
    """Event noun lemma → the group of occasions it names (``event_nouns.tsv``)."""
    occurrence_verbs: frozenset[str]
    """Verbs whose date is the date of their event-noun argument (``occurrence_verbs.tsv``)."""

    def value(self, word_class: str, phrase: str) -> str | None:
        """The value of ``phrase`` (any case, runs of spaces collapsed) in ``word_class``."""
        return self.classes.get(word_class, {}).get(" ".join(phrase.lower().split()))

    def has(self, word_class: str, phrase: str) -> bool:
        return self.value(word_class, phrase) is not None

    def step(self, phrase: str) -> int | None:
        """-1, 0 or +1 for a word that places a period before, at or after its anchor
        ("last", "this", "following", "ago", "after"); "this past" reads as "past", "the
        current calendar" as "current"."""
        words = [word for word in phrase.lower().split() if word not in ("the", "calendar")]
        if len(words) > 1 and words[0] == "this":
            words = words[1:]
        key = " ".join(words)
        value = self.value("relative", key)
        if value is None:
            value = self.value("offset", key)
        return int(value) if value is not None else None

    def phrases(self, word_class: str) -> list[str]:
        """The phrases of a word class as written in the file (original case)."""
        return list(_original_case(word_class))


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of one of the time stage's data files in ``data/time/``."""
    return table_rows(data_path("time", name))


@cache
def _original_case(word_class: str) -> tuple[str, ...]:
    if word_class == "holiday":
        return tuple(row["name"] for row in _rows("holidays.tsv"))
    return tuple(row["phrase"] for row in _rows("lexicon.tsv") if row["class"] == word_class)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The time lexicon, read once per process."""
    classes: dict[str, dict[str, str]] = {}
    for row in _rows("lexicon.tsv"):
        classes.setdefault(row["class"], {})[row["phrase"].lower()] = row["value"]
    return Lexicon(
        classes=classes,
        holidays={row["name"].lower(): row["month_day"] for row in _rows("holidays.tsv")},
        anniversaries={row["alias"].lower(): row["date"] for row in _rows("anniversaries.tsv")},
        event_groups={row["lemma"]: row["group"] for row in _rows("event_nouns.tsv")},
        occurrence_verbs=frozenset(row["lemma"] for row in _rows("occurrence_verbs.tsv")),
    )
