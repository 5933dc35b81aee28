"""The result type of every resolver and the helpers they share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from eventwire.stages.time.calendar import Period, period
from eventwire.stages.time.context import FUTURE, PAST, SURELY_PAST, Context
from eventwire.stages.time.grammar import Candidate

TENSE_OVERRIDE_DAYS = 100
"""How far ahead of the article date a yearless date in a past clause may fall before the
tense moves it to the year before."""


@dataclass(frozen=True, slots=True)
class Resolution:
    """A TIMEX3 type and value, how they were decided, and a corrected span end if any."""

    type: str
    value: str
    how: str
    end: int | None = None
    """Where the span ends when the resolver extended or cut it (an anniversary's event)."""
    anchoring: bool = True
    """Whether later chained expressions may count from this one: a value derived from
    the time last mentioned ("a year earlier") must not become the new reference."""
    renews_quarter: bool = False
    """Whether the expression speaks of the quarter of the report again ("the latest
    quarter", "the quarter"): "a year ago" in the next sentences is then that quarter a year
    back, though the expression is no new time to chain from."""


Resolver = Callable[[Candidate, Context], Resolution | None]
Check = Callable[[Candidate, Context], bool]


def shifted_month_day(month: int, day: int, anchor: date, direction: int) -> date | None:
    """The year of a date written without one: the occurrence nearest the article date,
    unless the clause points the other way: a clause of the future cannot speak of a day
    gone by ("will launch a mission in December" in March is next December), while one in
    the past moves the date back only when it is more than ``TENSE_OVERRIDE_DAYS`` ahead
    (record dates announced in the past tense are still ahead)."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    nearest = min(options, key=lambda d: (abs((d - anchor).days), d.year != anchor.year))
    distance = (nearest - anchor).days
    if (direction == SURELY_PAST and distance > 0) or (
            direction == PAST and distance > TENSE_OVERRIDE_DAYS):
        earlier = [d for d in options if d <= anchor]
        return max(earlier) if earlier else nearest
    if direction >= FUTURE and distance < 0:
        later = [d for d in options if d >= anchor]
        return min(later) if later else nearest
    return nearest


def month_period(month: int, anchor: date, direction: int) -> Period:
    """The month named without a year, placed like :func:`shifted_month_day`."""
    placed = shifted_month_day(month, 15, anchor.replace(day=15), direction)
    return period("month", placed or date(anchor.year, month, 1))


def token_of(candidate: Candidate, context: Context, offset: int | None = None) -> Token | None:
    """The token at character ``offset`` (the candidate's first by default)."""
    span = context.span(candidate.start if offset is None else offset,
                        (candidate.start if offset is None else offset) + 1)
    return span[0] if span is not None and len(span) else None


def with_part(day_value: str, part: str | None, context: Context) -> tuple[str, str]:
    """(type, value): a day, or a TIME of that day when a part of the day is named."""
    if not part:
        return "DATE", day_value
    code = context.words.value("part", part) or ""
    suffix = code if code.startswith("T") else f"T{code}"
    return "TIME", day_value + suffix
