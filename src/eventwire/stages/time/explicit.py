"""Explicit calendar dates and clock times, read by dateparser.

dateparser knows the written forms of dates well (abbreviations with and without a full
stop, ordinal suffixes, numeric day/month orders, "7/27/2023", "27.07.2023", "5 p.m. EST")
but not how news uses them: it reads "the 70th" as 1970 and fills a missing year from the
clock. So the grammar decides *that* a span is a date and which parts it has; dateparser is
asked only to read those parts, on the span alone, and the year of a date written without
one is decided by the resolver from the article date and the tense.

Parsing is cached on the span text: the same few dates recur throughout a corpus.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from dateparser.date import DateDataParser

NEUTRAL_BASE = datetime(2000, 1, 1)
"""Base date handed to dateparser; only the fields written in the span are used."""


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": NEUTRAL_BASE,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
        "RETURN_TIME_AS_PERIOD": True,
        "PARSERS": ["absolute-time"],
    })


def warm_up() -> None:
    """Build dateparser's parser and its language data now rather than on the first date."""
    _parser().get_date_data("July 27, 1953")


@lru_cache(maxsize=4096)
def read_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of an explicit date; the year is meaningless if none was written."""
    data = _parser().get_date_data(text)
    if data.date_obj is None:
        return None
    parsed = data.date_obj
    return parsed.year, parsed.month, parsed.day


@lru_cache(maxsize=1024)
def read_clock(text: str) -> tuple[int, int] | None:
    """(hour, minute) of a clock time such as "7:15 p.m.", "noon", "10 a.m." or "0730"."""
    words = text.lower().strip()
    if words == "noon":
        return 12, 0
    if words == "midnight":
        return 24, 0
    bare = words.removesuffix("o'clock").strip()
    if bare.replace(":", "", 1).isdigit() and len(bare) <= 5 and not (
            len(bare) == 4 and bare.isdigit()):  # "10 o'clock", "7", "11:30" (no a.m./p.m.)
        hour, _, minute = bare.partition(":")
        return (int(hour), int(minute or 0)) if int(hour) <= 24 and int(minute or 0) < 60 \
            else None
    if len(words) == 4 and words.isdigit():  # "0730 GMT", the 24-hour clock of wire copy
        hour, minute = int(words[:2]), int(words[2:])
        return (hour, minute) if hour <= 24 and minute < 60 else None
    data = _parser().get_date_data(words)
    if data.date_obj is None:
        return None
    return data.date_obj.hour, data.date_obj.minute
