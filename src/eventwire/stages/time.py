"""Time expressions: find them and normalise them to TIMEX3 values against the article date.

First version: explicit calendar dates (ISO, "July 27, 1953", "27 July", "July 27"),
weekdays resolved by the tense of the clause they modify, and yesterday / today /
tomorrow. A weekday in a past-tense clause is the latest such day on or before the
article date; with a future marker ("will", "next", "upcoming") it is the next one after.
Without an article date, relative expressions keep an unresolved value (``XXXX-WXX-3``)
rather than a wrong one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.models import ParsedArticle, Timex
from eventwire.stages.syntax import governing_verb, token_at

MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
     ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
     ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for name in names}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "next", "upcoming", "coming"})
PAST_MARKERS = frozenset({"last", "past", "previous"})

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso-date", re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("month-day-year", re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b",
        re.IGNORECASE)),
    ("day-month-year", re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b",
        re.IGNORECASE)),
    ("weekday", re.compile(
        r"\b(?:(?P<prep>on|last|next|this|coming|past)\s+)?(?P<weekday>"
        + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)),
    ("relative-day", re.compile(r"\b(?P<relative>" + "|".join(RELATIVE_DAYS) + r")\b",
                                re.IGNORECASE)),
]


class TimeTagger:
    """Stage: ``ParsedArticle`` → ``list[Timex]`` (non-overlapping, in text order)."""

    name = "time"

    def __call__(self, parsed: ParsedArticle) -> list[Timex]:
        text = parsed.article.text
        found: list[Timex] = []
        taken: list[tuple[int, int]] = []
        for rule, pattern in PATTERNS:
            for match in pattern.finditer(text):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                value = self._value(rule, match, parsed)
                if value is None:
                    continue
                taken.append((match.start(), match.end()))
                found.append(Timex(match.start(), match.end(), match.group(0),
                                   parsed.sentence_of(match.start()), "DATE", value, rule))
        return sorted(found, key=lambda timex: timex.start)

    def _value(self, rule: str, match: re.Match[str], parsed: ParsedArticle) -> str | None:
        anchor = parsed.article.date
        groups = match.groupdict()
        if rule == "weekday":
            return weekday_value(WEEKDAYS[groups["weekday"].lower()], anchor,
                                 _direction(groups.get("prep"), token_at(parsed, match.start())))
        if rule == "relative-day":
            if anchor is None:
                return "PRESENT_REF" if groups["relative"].lower() == "today" else None
            return (anchor + timedelta(days=RELATIVE_DAYS[groups["relative"].lower()])).isoformat()
        return calendar_value(groups, anchor)


def calendar_value(groups: dict[str, str | None], anchor: date | None) -> str | None:
    """TIMEX3 value of an explicit date; a missing year comes from the article date."""
    month = int(groups["mon"]) if groups.get("mon") else MONTHS[(groups["month"] or "").lower()]
    day = int(groups["day"] or 0)
    year_text = groups.get("year")
    year = int(year_text) if year_text else (anchor.year if anchor else None)
    try:
        date(year or 2000, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def weekday_value(weekday: int, anchor: date | None, direction: int) -> str:
    """The date of ``weekday`` relative to ``anchor``: the latest one on or before it
    (``direction`` -1), or the next one after it (+1). Unresolved without an anchor."""
    if anchor is None:
        return f"XXXX-WXX-{weekday + 1}"
    if direction > 0:
        delta = (weekday - anchor.weekday()) % 7 or 7
    else:
        delta = -((anchor.weekday() - weekday) % 7)
    return (anchor + timedelta(days=delta)).isoformat()


def _direction(prep: str | None, token: Token | None) -> int:
    """-1 for a past reading of a weekday, +1 for a future one, from the words around it."""
    prep = (prep or "").lower()
    if prep in PAST_MARKERS:
        return -1
    if prep in {"next", "coming"}:
        return 1
    if token is not None and _clause_is_future(token):
        return 1
    return -1


def _clause_is_future(token: Token) -> bool:
    """Whether the verb governing ``token`` carries a future auxiliary or modifier."""
    head = governing_verb(token)
    return any(child.lower_ in FUTURE_MARKERS for child in head.children) or any(
        word.lower_ in {"upcoming", "coming"} for word in head.subtree if word.i < token.i
        and word.i > token.i - 4)
