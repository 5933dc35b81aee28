"""Resolvers of expressions that name the calendar: dates, months, years, decades,
centuries and holidays. A missing year is the only thing taken from the article date."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from eventwire.stages.time.calendar import Period, period
from eventwire.stages.time.context import Context
from eventwire.stages.time.explicit import read_date
from eventwire.stages.time.grammar import Candidate
from eventwire.stages.time.numbers import read_amount
from eventwire.stages.time.resolution import (
    Resolution,
    month_period,
    shifted_month_day,
    token_of,
)

NON_DATE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
DATE_PARTS = ("weekday", "month", "day", "numeric", "year", "mon")
"""The named groups of the explicit-date rules that belong to the date itself."""


def explicit(candidate: Candidate, context: Context) -> Resolution | None:
    """A written date read by dateparser; the year from the text, else by the tense."""
    text = context.parsed.article.text[_date_start(candidate):candidate.end]
    parts = read_date(text.replace(" of ", " ").strip())
    if parts is None:
        return None
    year, month, day = parts
    has_day = bool(candidate.group("day") or candidate.group("numeric"))
    if candidate.group("year"):
        if not has_day:
            return Resolution("DATE", f"{year:04d}-{month:02d}", "written month and year")
        return Resolution("DATE", f"{year:04d}-{month:02d}-{day:02d}", "written date")
    anchor = context.anchor
    if anchor is None:
        return Resolution("DATE", f"XXXX-{month:02d}-{day:02d}", "no article date: year unknown")
    placed = shifted_month_day(month, day, anchor,
                               context.direction(candidate.start, candidate.end))
    if placed is None:
        return None
    return Resolution("DATE", placed.isoformat(), "written day, year by tense")


def day_range_end(candidate: Candidate, context: Context) -> Resolution | None:
    """ "April 17-19": the day after the dash is of the month and year of the day written
    just before it (the time last mentioned, in the same sentence), and later than it."""
    text = context.parsed.article.text
    first = RANGE_START.search(text, max(candidate.start - 12, 0), candidate.start)
    noted = context.reference
    if first is None or noted.day is None or noted.latest != noted.day or \
            noted.latest_sentence != context.parsed.sentence_of(candidate.start):
        return None
    start_day, last_day = int(first["first"]), int(candidate.group("day") or 0)
    if noted.day.first.day != start_day or last_day <= start_day:
        return None
    try:
        day = noted.day.first.replace(day=last_day)
    except ValueError:
        return None
    return Resolution("DATE", day.isoformat(), "last day of a range", anchoring=False)


def _date_start(candidate: Candidate) -> int:
    """Where the written date starts, after a modifier ("early", "the end of") or "the"."""
    return min(start for name, (start, _) in candidate.spans.items() if name in DATE_PARTS)


def month(candidate: Candidate, context: Context) -> Resolution | None:
    """A month without a day: "July", "last July", "July last year", "mid-July"."""
    number = int(context.words.value("month", candidate.group("month") or "") or 0)
    anchor = context.anchor
    if candidate.group("spoken"):  # "January nineteen ninety-seven"
        spoken = spoken_year(candidate.group("spoken") or "", context)
        return Resolution("DATE", f"{spoken:04d}-{number:02d}", "month of a spoken year") \
            if spoken else None
    if anchor is None:
        return Resolution("DATE", f"XXXX-{number:02d}", "no article date: year unknown")
    relative_year = " ".join((candidate.group("relyear") or "").lower().split())
    if relative_year:
        base = anchor.year
        if relative_year.startswith("the "):  # "the following year": of the time mentioned
            reference = context.reference.latest
            base = reference.first.year if reference else anchor.year
        year = base + (context.words.step(relative_year) or 0)
        return Resolution("DATE", f"{year:04d}-{number:02d}", "month of a relative year")
    relation = " ".join((candidate.group("rel") or "").lower().split())
    if relation:
        placed = _month_relative(number, anchor, context.words.step(relation) or 0)
        return Resolution("DATE", placed.value, f"{relation} month")
    placed = month_period(number, anchor, context.direction(candidate.start, candidate.end))
    return Resolution("DATE", placed.value, "month, year by tense")


def _month_relative(number: int, anchor: date, direction: int) -> Period:
    this_year = date(anchor.year, number, 1)
    if direction < 0:
        year = anchor.year if number < anchor.month else anchor.year - 1
    elif direction > 0:
        year = anchor.year if number > anchor.month else anchor.year + 1
    else:
        year = this_year.year
    return period("month", date(year, number, 1))


def check_month(candidate: Candidate, context: Context) -> bool:
    """"May" the modal, "March" the verb and "August" in a name are not months."""
    token = token_of(candidate, context, candidate.end - 1)
    if token is None:
        return True
    word = token.lower_
    if word == "may" and token.tag_ == "MD":
        return False
    if word == "march" and token.pos_ == "VERB":
        return False
    named = token.ent_type_ in ("PERSON", "ORG", "FAC", "WORK_OF_ART")
    return not named or bool(candidate.group("mod"))


def year(candidate: Candidate, context: Context) -> Resolution | None:
    """A year in digits, or spoken ("nineteen ninety-six", "the year two thousand")."""
    if candidate.group("spoken"):
        spoken = spoken_year(candidate.group("spoken") or "", context)
        return Resolution("DATE", f"{spoken:04d}", "spoken year") if spoken else None
    return Resolution("DATE", candidate.group("year") or "", "written year")


RANGE_START = re.compile(r"[A-Za-z]\.?\s+(?P<first>[0-9]{1,2})[-–]$")
"""A month's first day and the dash of a range, right before its last day."""
YEAR_RANGE_SPAN = 120
"""The longest range of years, a lifespan ("Otto Hahn (1879-1968)"); "1500-2000 troops" is a
count."""


def year_range(candidate: Candidate, context: Context) -> Resolution | None:
    """One end of a range of years: "1998" and "99" (1999) in "the 1998-99 season"."""
    first = int(candidate.group("start") or candidate.group("year") or 0)
    written_end = (candidate.group("year") if candidate.group("start") else candidate.group("end"))
    if not written_end:
        return None
    last = int(written_end)
    if len(written_end) == 2:
        last += first - first % 100
        if last <= first:
            last += 100  # "1999-00"
    if not first < last <= first + YEAR_RANGE_SPAN:
        return None
    value = last if candidate.group("start") else first
    return Resolution("DATE", f"{value:04d}", "year of a range")


def spoken_year(text: str, context: Context) -> int | None:
    """1996 from "nineteen ninety-six", 2003 from "two thousand and three"; None if no
    year is written."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if words[:2] == ["two", "thousand"]:
        rest = [word for word in words[2:] if word != "and"]
        return 2000 + int(read_amount(" ".join(rest), context.words) or 0) if rest else 2000
    century = read_amount(words[0], context.words)
    rest = words[1:]
    if not isinstance(century, float):
        return None
    if rest == ["hundred"]:
        return int(century) * 100
    if rest and rest[0] == "oh":
        rest = rest[1:]
    within = read_amount(" ".join(rest), context.words)
    return int(century) * 100 + int(within) if isinstance(within, float) else None


def check_year(candidate: Candidate, context: Context) -> bool:
    """A four-digit number is a year unless it is money, a measure or counts a plural noun
    ("2000 people"); "the 1987 crash" and "the 2000 Olympics" are years."""
    text = context.parsed.article.text
    before = text[max(candidate.start - 1, 0):candidate.start]
    after = text[candidate.end:candidate.end + 2]
    if before in ("$", "#", "£", "€", "/", ".") or after[:1] in ("%", "/"):
        return False
    if after[:1] == "." and after[1:2].isdigit():
        return False
    following = text[candidate.end:candidate.end + 12].lower().split()
    if following and (context.words.has("timezone", following[0])
                      or context.words.has("timezone", " ".join(following[:2]))):
        return False  # a clock time: "1800 GMT"
    token = token_of(candidate, context, candidate.end - 1)
    if token is None or candidate.group("fiscal"):
        return True
    if token.ent_type_ in NON_DATE_ENTITIES:
        return False
    previous = token.nbor(-1) if token.i > 0 else None
    if previous is not None and previous.pos_ in ("NOUN", "PROPN") and \
            context.words.value("month", previous.text) is None and candidate.start == token.idx \
            and not context.words.has("period_noun", previous.lower_):
        return False  # an identifier: "resolution 1737", "Orion 1980" (not "the period 2006")
    head = token.head
    counts = token.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and head != token \
        and not (head.i < token.i and context.words.has("period_noun", head.lower_))
    # "the war years 1939-45" names years, "2000 years" counts them
    return not counts or _year_of_a_named_thing(token)


def _year_of_a_named_thing(token: Token) -> bool:
    """ "the 2000 Olympics", "its 1989 operating results", "1990 BellSouth earnings": after
    a determiner or a possessive, or before a name, a number of four digits dates the noun
    (news writes a count of thousands with a comma: "2,000 people")."""
    previous = token.nbor(-1) if token.i > 0 else None
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (previous is not None and (previous.pos_ == "DET" or previous.tag_ in ("PRP$", "POS"))) \
        or (following is not None and following.pos_ == "PROPN")


def decade(candidate: Candidate, context: Context) -> Resolution | None:
    """ "the 1990s" → 199; "the '90s" and "the nineties" → the latest such decade."""
    written = candidate.group("decade")
    if written and not written.startswith("'"):
        return Resolution("DATE", written[:3], "written decade")
    digit = int(written[1]) if written else int(
        context.words.value("decade", candidate.group("decadeword") or "") or 0)
    now = (context.anchor or date(2000, 1, 1)).year
    century = now // 100
    if century * 100 + digit * 10 > now:
        century -= 1
    return Resolution("DATE", f"{century:02d}{digit}", "decade of the latest century")


def century(candidate: Candidate, context: Context) -> Resolution | None:
    ordinal = candidate.group("ord") or ""
    digits = "".join(ch for ch in ordinal if ch.isdigit())
    number = int(digits) if digits else int(context.words.value("ordinal", ordinal) or 0)
    if number <= 0:
        return None
    return Resolution("DATE", f"{number - 1:02d}", "ordinal century")


def check_century(candidate: Candidate, context: Context) -> bool:
    """ "his fifth century" (a hundred runs) is not a century of the calendar."""
    token = token_of(candidate, context)
    previous = token.nbor(-1) if token is not None and token.i > 0 else None
    return previous is None or previous.tag_ not in ("PRP$", "POS")


def holiday(candidate: Candidate, context: Context) -> Resolution | None:
    """A fixed-date holiday; its year like a written day without a year."""
    month_day = context.words.holidays.get(" ".join((candidate.group("holiday") or "")
                                                    .lower().split()))
    if month_day is None:
        return None
    month_number, day_number = (int(part) for part in month_day.split("-"))
    if candidate.group("year"):
        return Resolution("DATE", f"{candidate.group('year')}-{month_day}", "holiday of a year")
    anchor = context.anchor
    if anchor is None:
        return Resolution("DATE", f"XXXX-{month_day}", "no article date: year unknown")
    direction = context.words.step(candidate.group("rel") or "") or context.direction(
        candidate.start, candidate.end)
    placed = shifted_month_day(month_number, day_number, anchor, direction)
    return Resolution("DATE", placed.isoformat(), "holiday, year by tense") if placed else None
