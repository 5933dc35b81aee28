"""Resolvers of durations ("three months" → P3M), sets ("every year", "weekly"), clock
times ("7:15 p.m.", "noon Thursday") and vague references ("now" → PRESENT_REF)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from eventwire.stages.syntax import governing_verb
from eventwire.stages.time.calendar import amount_duration, duration_value, join_durations
from eventwire.stages.time.context import FUTURE, Context
from eventwire.stages.time.explicit import read_clock
from eventwire.stages.time.grammar import Candidate
from eventwire.stages.time.numbers import VAGUE, amount_text, read_amount
from eventwire.stages.time.relative import relday, weekday
from eventwire.stages.time.resolution import (
    Resolution,
    shifted_month_day,
    token_of,
    with_part,
)

RATE_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
WORD_JOINT = re.compile(r"[\s-]+")
FOLLOWING_WORDS = re.compile(r"[ \t-]*([A-Za-z]+(?:[ \t]+[A-Za-z]+)?)")
"""The one or two words right after a match, across spaces or a hyphen ("-old", "- old")."""
FOLLOWING_YEAR = re.compile(r"\s+(?:1[0-9]{3}|20[0-9]{2})(?![0-9])")
QUANTITY_REACH = 5
"""How many words before a frequency word a quantity makes it a rate."""


def duration(candidate: Candidate, context: Context) -> Resolution | None:
    """An amount of time; vague amounts ("several years", "weeks") use X. A vague stretch
    placed before or after now ("recent years", "the past few months", "coming weeks") is
    no amount but a vague reference to the past or future (TimeBank: PAST_REF/FUTURE_REF),
    while "the next few days" stays an amount."""
    if candidate.group("awhile"):
        return Resolution("DURATION", "PXX", "vague amount of time")
    if _indefinite_day_ahead(candidate, context):
        return Resolution("DATE", "FUTURE_REF", "an indefinite day ahead")
    unit_word = (candidate.group("unit") or "").lower()
    unit = context.words.value("unit", unit_word)
    if unit is None:
        return None
    if candidate.group("num"):
        amount = read_amount(candidate.group("num") or "", context.words)
    else:
        amount = VAGUE if unit_word.endswith(("s", "ies")) else 1.0
    if amount is None:
        return None
    if amount == VAGUE:
        relation = (candidate.group("rel") or candidate.group("rel2") or "").lower()
        reference_value = context.words.value("vague_relation", relation)
        if reference_value and not candidate.group("unit2"):
            return Resolution("DATE", reference_value, "vague stretch before or after now")
    if (candidate.group("half") or candidate.group("halfnum")) and amount != VAGUE:
        amount = float(amount) + 0.5
    value = amount_duration(amount, unit)
    if candidate.group("unit2") and candidate.group("num2"):
        second = read_amount(candidate.group("num2") or "", context.words)
        unit2 = context.words.value("unit", candidate.group("unit2") or "")
        if second is None or unit2 is None:
            return None
        value = join_durations(value, amount_duration(second, unit2))
    return Resolution("DURATION", value, "amount of time")


def _indefinite_day_ahead(candidate: Candidate, context: Context) -> bool:
    """ "Islam will one day be the second religion", "expects him to be captain one day",
    "hopes to win the title one day": "one day" between a modal and its verb, or on a verb
    to come that is not one of lasting ("will stay one day"), is like "some day" a day
    ahead, not an amount (TimeBank: FUTURE_REF)."""
    text = context.parsed.article.text
    written = " ".join(text[candidate.start:candidate.end].lower().split())
    if written == "some day":
        return True
    if written != "one day":
        return False
    before = text[max(candidate.start - 12, 0):candidate.start].lower().split()
    if before and (context.words.has("future_aux", before[-1])
                   or context.words.has("modal", before[-1])):
        return True
    token = token_of(candidate, context, candidate.end - 1)
    if token is None or token.dep_ != "npadvmod":
        return False  # "in one day", "one day's wage"
    verb = governing_verb(token)
    if context.words.has("lasting_verb", verb.lemma_.lower()):
        return False
    return context.direction(candidate.start, candidate.end) >= FUTURE or (
        verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ in ("VBZ", "VBP"))


def check_duration(candidate: Candidate, context: Context) -> bool:
    """ "a second term", "a second" alone, "a quarter of the vote", "three-quarters of its
    food" and "such quarters" (lodgings) are not amounts of time: bare "quarters" only
    counts with a word that makes it a stretch of time ("recent quarters", "several
    quarters")."""
    unit_word = (candidate.group("unit") or "").lower()
    token = token_of(candidate, context, candidate.end - 1)
    text = context.parsed.article.text
    after = text[candidate.end:candidate.end + 4].lower()
    if unit_word in ("second", "minute", "quarter", "seconds") and token is not None and (
            token.pos_ == "ADJ" or token.dep_ == "amod" or after.startswith(" of")):
        return False
    if unit_word == "quarter" and (candidate.group("num") or "").lower() in ("a", "one"):
        return False
    if unit_word == "second" and (candidate.group("num") or "").lower() in ("a", "one") and \
            not _after_preposition(candidate, context):
        return False  # "a second" alone is an ordinal ("and a second at 11"), not "for a second"
    if text[candidate.start - 1:candidate.start] == "-":
        return False
    if unit_word == "quarters" and text[candidate.start:candidate.end].lower() == "quarters":
        return False
    if _names_a_record(candidate, context, token) or _named_by_years(candidate, text):
        return False
    return not (_is_age(candidate, context) or _is_speed(candidate, context)
                or _is_rate(candidate, context) or _names_a_kind(candidate, context, token))


def _names_a_kind(candidate: Candidate, context: Context, token: Token | None) -> bool:
    """ "a day trip", "thousands of day laborers": a singular unit after "a" or a vague
    number, right before a noun, names a kind of trip or laborer, not an amount of time ("a
    two-day visit" is another rule; "a 4,000 year history" counts)."""
    number = " ".join((candidate.group("num") or "").lower().split())
    if token is None or not (number in ("a", "an") or read_amount(number, context.words) == VAGUE):
        return False
    written = context.parsed.article.text[candidate.start:candidate.end]
    if "-" in written or token.lower_.endswith("s") or token.i + 1 >= len(token.doc):
        return False
    return token.nbor(1).tag_ in ("NN", "NNS")


def _named_by_years(candidate: Candidate, text: str) -> bool:
    """ "the war years 1939-45", "the years 1990-1995": a bare plural unit before the years
    it names is that period, not an amount."""
    return candidate.group("num") is None and candidate.group("vague") is None and \
        FOLLOWING_YEAR.match(text, candidate.end) is not None


def _names_a_record(candidate: Candidate, context: Context, token: Token | None) -> bool:
    """ "The minutes of the meeting were released": a bare unit that also names a record
    (``record_unit``), before "of" and not itself the object of a preposition ("within
    minutes of the blast" is an amount)."""
    written = context.parsed.article.text[candidate.start:candidate.end].lower().split()
    if token is None or not context.words.has("record_unit", written[-1]) or \
            token.i + 1 >= len(token.doc):
        return False
    bare = written[-1:] == written or written[:-1] == ["the"]
    return bare and token.nbor(1).lower_ == "of" and token.dep_ != "pobj"


def _after_preposition(candidate: Candidate, context: Context) -> bool:
    token = token_of(candidate, context)
    return token is not None and token.i > 0 and token.nbor(-1).pos_ == "ADP"


def _is_rate(candidate: Candidate, context: Context) -> bool:
    """ "$500 million a year", "four flights a week": "a year" right after a quantity is the
    unit of a rate, which TimeBank leaves unannotated."""
    if (candidate.group("num") or "").lower() not in ("a", "an") or \
            context.parsed.article.text[candidate.start:candidate.end].count(" ") != 1:
        return False
    token = token_of(candidate, context)
    previous = token.nbor(-1) if token is not None and token.i > 0 else None
    return previous is not None and (
        previous.like_num or previous.ent_type_ in RATE_ENTITIES
        or any(child.dep_ == "nummod" for child in previous.children))


def _is_speed(candidate: Candidate, context: Context) -> bool:
    """ "150 kilometres (93 miles) per hour", "280 miles an hour": a speed, which TimeML
    does not annotate; the distance is among the last words before the unit of time."""
    before = context.parsed.article.text[max(candidate.start - 30, 0):candidate.start]
    words = "".join(ch if ch.isalpha() else " " for ch in before.lower()).split()
    return any(context.words.has("distance", word) for word in words[-3:])


def _is_age(candidate: Candidate, context: Context) -> bool:
    """ "a 45-year-old man", "52 years old", "ten years of age": an amount that ends with or
    comes right before a word of age (``age_word``) is an age, not a time (TimeBank leaves
    ages unannotated)."""
    text = context.parsed.article.text
    last = WORD_JOINT.split(text[candidate.start:candidate.end])[-1]
    following = FOLLOWING_WORDS.match(text, candidate.end)
    words = following[1].split() if following else []
    return any(context.words.has("age_word", phrase)
               for phrase in (last, *(" ".join(words[:n]) for n in (1, 2))))


def set_value(candidate: Candidate, context: Context) -> Resolution | None:
    """Frequencies: "weekly" → XXXX-WXX (the lexicon's value), "every year" → P1Y,
    "each Thursday" → XXXX-WXX-4, "on weekends" → XXXX-WXX-WE."""
    if candidate.group("freq"):
        value = context.words.value("frequency", candidate.group("freq") or "")
        return Resolution("SET", value or "", "frequency word") if value else None
    if candidate.group("weekday"):
        number = context.words.value("weekday", candidate.group("weekday") or "")
        part = context.words.value("part", (candidate.group("part") or "").rstrip("s")) or ""
        return Resolution("SET", f"XXXX-WXX-{number}" + (f"T{part}" if part else ""),
                          "every weekday")
    if candidate.group("weekends"):
        return Resolution("SET", "XXXX-WXX-WE", "every weekend")
    if candidate.group("month"):
        number = int(context.words.value("month", candidate.group("month") or "") or 0)
        return Resolution("SET", f"XXXX-{number:02d}", "every month of the year")
    if candidate.group("season"):
        code = context.words.value("season", candidate.group("season") or "")
        return Resolution("SET", f"XXXX-{code}", "every season")
    unit = context.words.value("unit", candidate.group("unit") or "")
    if unit is None:
        return None
    amount = read_amount(candidate.group("num") or "1", context.words) or 1.0
    if "other" in context.parsed.article.text[candidate.start:candidate.end].lower():
        amount = 2 * float(amount) if amount != VAGUE else amount
    return Resolution("SET", duration_value(amount_text(amount), unit), "every unit")


def check_set(candidate: Candidate, context: Context) -> bool:
    """Rates are not sets of times in TimeBank: "$33 million a year", "four flights a week",
    "rise 8.5% annually" (only "once a year", "three times a week" are). "daily" modifying
    a noun ("a daily newspaper") or naming one ("the Haaretz daily") is no set either, nor
    is the hour of a speed ("150 kilometres per hour")."""
    token = token_of(candidate, context)
    if candidate.group("freq"):
        previous = token.nbor(-1) if token is not None and token.i > 0 else None
        if previous is not None and previous.pos_ == "PROPN":
            return False  # "the Haaretz daily": a newspaper
        return token is None or (token.pos_ == "ADV" and not _after_quantity(token))
    if _is_speed(candidate, context):
        return False
    return bool(candidate.group("times")) or candidate.group("per") is None


def _after_quantity(token: Token) -> bool:
    """ "10,000 units annually", "by 20% annually": a frequency word after a quantity."""
    window = token.doc[max(token.i - QUANTITY_REACH, 0):token.i]
    return any(word.like_num or word.ent_type_ in RATE_ENTITIES for word in window)


def clock(candidate: Candidate, context: Context) -> Resolution | None:
    """A time of day, on the day written next to it or else the day last mentioned."""
    parts = read_clock(candidate.group("clock") or "")
    if parts is None:
        return None
    hour, minute = _on_the_clock_of_the_part_after(parts, candidate, context)
    suffix = f"T{hour:02d}:{minute:02d}"
    day = context.parsed.article.date.isoformat() if candidate.group("thisday") and \
        context.anchor else _clock_day(candidate, context)
    if day is None:
        return Resolution("TIME", "XXXX-XX-XX" + suffix, "clock time, day unknown")
    return Resolution("TIME", day + suffix, "clock time")


def _on_the_clock_of_the_part_after(parts: tuple[int, int], candidate: Candidate,
                                    context: Context) -> tuple[int, int]:
    """ "at 7 in the evening" → 19:00, "11:30 that night" → 23:30, "this afternoon at
    3:30" → 15:30: a clock time without a.m. or p.m. next to a part of the day after noon
    (``pm_part``) is p.m."""
    hour, minute = parts
    written = (candidate.group("clock") or "").lower()
    part = (candidate.group("later") or "").lower() or _part_just_before(candidate, context)
    if "m" in written.replace("o'clock", "") or not part:
        return hour, minute
    first_pm_hour = context.words.value("pm_part", part)
    if first_pm_hour is not None and int(first_pm_hour) <= hour < 12:
        return hour + 12, minute
    return hour, minute


def _part_just_before(candidate: Candidate, context: Context) -> str:
    """ "this afternoon at about 3:30", "Tuesday night, at 11:15": the part of the day just
    before a clock time (``pm_part``), else ""."""
    text = context.parsed.article.text
    words = text[max(candidate.start - 20, 0):candidate.start].lower().replace(",", " ").split()
    if words[-1:] == ["at"]:
        words = words[:-1]
    return words[-1] if words and context.words.has("pm_part", words[-1]) else ""


def part_of_day(candidate: Candidate, context: Context) -> Resolution | None:
    """ "the night of Aug. 7": that part of the day written."""
    day = _clock_day(candidate, context)
    return Resolution(*with_part(day or "XXXX-XX-XX", candidate.group("part"), context),
                      "part of the day written")


def _clock_day(candidate: Candidate, context: Context) -> str | None:
    if candidate.group("dayafter") and not candidate.group("weekday"):
        start, end = candidate.spans["dayafter"]  # the weekday's own clause gives its tense
        candidate = replace(candidate, start=start, end=end, groups={
            **candidate.groups, "weekday": candidate.group("dayafter") or ""})
    if candidate.group("weekday"):
        resolved = weekday(candidate, context)
        return resolved.value[:10] if resolved else None
    if candidate.group("relday"):
        resolved = relday(candidate, context)
        return resolved.value[:10] if resolved else None
    if candidate.group("month"):
        number = int(context.words.value("month", candidate.group("month") or "") or 0)
        day = int("".join(ch for ch in candidate.group("day") or "" if ch.isdigit()))
        if candidate.group("year"):
            return f"{int(candidate.group('year') or 0):04d}-{number:02d}-{day:02d}"
        if context.anchor is None:
            return None
        placed = shifted_month_day(number, day, context.anchor,
                                   context.direction(candidate.start, candidate.end))
        return placed.isoformat() if placed else None
    reference = context.reference_day()
    return reference.value if reference else None


def reference(candidate: Candidate, context: Context) -> Resolution | None:
    value = context.words.value("ref", candidate.group("ref") or "")
    return Resolution("DATE", value, "vague reference") if value else None


def check_reference(candidate: Candidate, context: Context) -> bool:
    """Words of the ``ref`` class that are no reference to a time here: "current" and
    "recent" used as nouns ("an electric current"); "the future", "the present" modifying a
    noun ("the future 787", "the present council"); "soon" and "shortly" inside a
    conjunction or a preposition ("as soon as", "soon after the vote", "shortly before
    noon"), which TimeML leaves to the SIGNAL, not the TIMEX3."""
    token = token_of(candidate, context, candidate.end - 1)
    if token is None:
        return True
    bare = candidate.end - candidate.start == len(token.text)
    if bare and token.lower_ in ("current", "recent") and token.pos_ == "NOUN":
        return False
    written = context.parsed.article.text[candidate.start:candidate.end].lower()
    if written.startswith("the ") and token.dep_ == "amod":
        return False
    if bare and context.words.has("signal_adverb", token.lower_):
        before = context.parsed.article.text[max(candidate.start - 4, 0):candidate.start]
        following = context.parsed.article.text[candidate.end:candidate.end + 12].split()
        if before.lower().endswith("as ") or (
                following and context.words.has("signal_word", following[0].lower())):
            return False
    return True
