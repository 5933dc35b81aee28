"""Calendar arithmetic on TIMEX3 values: periods of a given granularity, shifted and printed.

A ``Period`` is a stretch of the calendar named at one granularity (a day, an ISO week, a
month, a quarter, a season, a year, a decade, a century) and represented by its first day.
Relative expressions are computed on periods ("last week" is the anchor's week shifted by
-1) and printed as TIMEX3 values (``2023-W29``). Without an anchor, a relative expression
keeps the unresolved TIMEX3 form of its granularity (``XXXX-WXX``) instead of a wrong date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

GRAINS = ("day", "week", "weekend", "month", "season", "quarter", "half", "year", "decade",
          "century")
"""From finest to coarsest."""
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
UNRESOLVED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
              "month": "XXXX-XX", "season": "XXXX-XX", "quarter": "XXXX-QX",
              "half": "XXXX-HX", "year": "XXXX", "decade": "XXX", "century": "XX"}
FINER_UNIT = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "10Y": ("Y", 10),
              "100Y": ("Y", 100), "D": ("TH", 24), "TH": ("TM", 60), "TM": ("TS", 60)}
"""The next smaller unit and how many of it make one, for fractions ("2 1/2 years")."""
UNIT_GRAIN = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter",
              "Y": "year", "10Y": "decade", "100Y": "century"}


@dataclass(frozen=True, slots=True)
class Period:
    grain: str
    first: date
    season: str = ""

    @property
    def value(self) -> str:
        """The TIMEX3 value of this period."""
        d = self.first
        match self.grain:
            case "day":
                return d.isoformat()
            case "week":
                year, week, _ = d.isocalendar()
                return f"{year:04d}-W{week:02d}"
            case "weekend":
                year, week, _ = d.isocalendar()
                return f"{year:04d}-W{week:02d}-WE"
            case "month":
                return f"{d.year:04d}-{d.month:02d}"
            case "season":
                year = d.year + 1 if self.season == "WI" and d.month == 12 else d.year
                return f"{year:04d}-{self.season}"
            case "quarter":
                return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
            case "half":
                return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
            case "year":
                return f"{d.year:04d}"
            case "decade":
                return f"{d.year // 10:03d}"
            case _:
                return f"{d.year // 100:02d}"

    def shift(self, amount: int, unit_grain: str | None = None) -> Period | None:
        """This period moved by ``amount`` units of ``unit_grain`` (its own by default), or
        None when the move leaves the calendar (years 1 to 9999): a count that large counts
        something else ("125,000 week ago" in a market table: head of cattle, a week ago)."""
        grain = unit_grain or self.grain
        try:
            if grain in ("day",):
                return Period(self.grain, self.first + timedelta(days=amount), self.season)
            if grain in ("week", "weekend"):
                return self.at(self.first + timedelta(weeks=amount))
            months = {"month": 1, "season": 12, "quarter": 3, "half": 6, "year": 12,
                      "decade": 120, "century": 1200}[grain]
            if self.grain == "season" and grain == "season":
                months = 3
            return self.at(add_months(self.first, amount * months))
        except OverflowError:
            return None

    def at(self, day: date) -> Period:
        """The period of this granularity that contains ``day``."""
        return period(self.grain, day, self.season)

    def coarsen(self, grain: str) -> Period:
        """The period of granularity ``grain`` containing this one's first day."""
        return period(grain, self.first, self.season if grain == "season" else "")


def period(grain: str, day: date, season: str = "") -> Period:
    """The period of granularity ``grain`` that contains ``day``."""
    match grain:
        case "day":
            return Period("day", day)
        case "week" | "weekend":
            return Period(grain, day - timedelta(days=day.weekday()))
        case "month":
            return Period("month", day.replace(day=1))
        case "season":
            code = season or season_of(day)
            start_month = SEASON_START_MONTH[code]
            year = day.year - 1 if code == "WI" and day.month < 3 else day.year
            return Period("season", date(year, start_month, 1), code)
        case "quarter":
            return Period("quarter", date(day.year, 3 * ((day.month - 1) // 3) + 1, 1))
        case "half":
            return Period("half", date(day.year, 1 if day.month <= 6 else 7, 1))
        case "year":
            return Period("year", date(day.year, 1, 1))
        case "decade":
            return Period("decade", date(day.year - day.year % 10, 1, 1))
        case _:
            return Period("century", date(max(day.year - day.year % 100, 1), 1, 1))


def season_named(code: str, year: int) -> Period:
    """The season TIMEX3 writes ``YEAR-CODE``; a winter is named by the year of its January."""
    start_year = year - 1 if code == "WI" else year
    return Period("season", date(start_year, SEASON_START_MONTH[code], 1), code)


def season_of(day: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU",
            8: "SU", 9: "FA", 10: "FA", 11: "FA"}[day.month]


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the end of a shorter month; OverflowError
    beyond the calendar, as ``date + timedelta`` raises."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError(f"{day} moved by {months} months leaves the calendar")
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise ValueError(f"cannot move {day} by {months} months")


def unresolved(grain: str) -> str:
    """The TIMEX3 value of a relative expression of ``grain`` when no anchor date is known."""
    return UNRESOLVED[grain]


VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?P<we>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$")


def parse_value(value: str) -> Period | None:
    """The period a resolved TIMEX3 DATE/TIME value names (None for REF, X and durations)."""
    match = VALUE.match(value)
    if not match:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            return Period("day", date(year, int(match["month"]), int(match["day"])))
        if match["month"]:
            return Period("month", date(year, int(match["month"]), 1))
        if match["week"]:
            first = date.fromisocalendar(year, int(match["week"]), 1)
            return Period("weekend" if match["we"] else "week", first)
        if match["quarter"]:
            return Period("quarter", date(year, 3 * int(match["quarter"]) - 2, 1))
        if match["half"]:
            return Period("half", date(year, 6 * int(match["half"]) - 5, 1))
        if match["season"]:
            return season_named(match["season"], year)
    except ValueError:
        return None
    return Period("year", date(year, 1, 1))


def whole_units(amount: float, unit: str) -> tuple[int, str, int]:
    """An amount as whole units and a remainder in the next smaller unit:
    2.5 years → (2, "M", 6), that is two years and six months; 3 days → (3, "D", 0)."""
    whole = int(amount)
    if amount == whole or unit not in FINER_UNIT:
        return round(amount), FINER_UNIT.get(unit, (unit, 1))[0], 0
    finer, factor = FINER_UNIT[unit]
    return whole, finer, round((amount - whole) * factor)


def duration_value(amount: str, unit: str) -> str:
    """TIMEX3 duration: ``P3M``, ``PT2H``, ``PXY`` (unit letters from the lexicon)."""
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    if unit[:-1].isdigit() and amount != "X":
        multiplier = int(unit[:-1])
        return f"P{_number(float(amount) * multiplier)}{unit[-1]}"
    if unit == "10Y":
        return f"P{amount}DE"
    if unit == "100Y":
        return f"P{amount}CE"
    return f"P{amount}{unit}"


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def amount_duration(amount: float | str, unit: str) -> str:
    """P3M, PXY; a fraction goes down a unit: 2.5 years → P2Y6M, half an hour → PT30M."""
    if isinstance(amount, str):
        return duration_value(amount, unit)
    if unit[:-1].isdigit():  # decades, centuries, fortnights: counted in the smaller unit
        return duration_value(str(amount), unit)
    whole, finer, rest = whole_units(amount, unit)
    if not rest:
        return duration_value(str(whole), unit)
    if not whole:
        return duration_value(str(rest), finer)
    return join_durations(duration_value(str(whole), unit), duration_value(str(rest), finer))


def join_durations(first: str, second: str) -> str:
    """P2Y + P6M → P2Y6M; PT1H + PT30M → PT1H30M; P1D + PT2H → P1DT2H."""
    if "T" in first and "T" in second:
        return first + second[2:]
    return first + second[1:]
