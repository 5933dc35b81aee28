"""Resolvers of expressions counted from the article date or from the time last mentioned:
weekdays, yesterday/today/tomorrow, "last week", "the following day", seasons, quarters,
halves and offsets ("two days later", "a year ago")."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.stages.time.absolute import spoken_year
from eventwire.stages.time.calendar import (
    FINER_UNIT,
    GRAINS,
    UNIT_GRAIN,
    Period,
    amount_duration,
    period,
    season_named,
    unresolved,
    whole_units,
)
from eventwire.stages.time.context import FUTURE, PAST, SURELY_PAST, Context
from eventwire.stages.time.explicit import read_date
from eventwire.stages.time.grammar import Candidate
from eventwire.stages.time.numbers import VAGUE, read_amount
from eventwire.stages.time.resolution import Resolution, shifted_month_day, token_of, with_part

NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT"})
QUARTER_CONTEXT_SENTENCES = 2
"""How far back a quarter mentioned earlier still sets the granularity of "a year ago"."""


def _relation(candidate: Candidate) -> str:
    return " ".join((candidate.group("rel") or "").lower().split())


def weekday(candidate: Candidate, context: Context) -> Resolution | None:
    """A weekday: the article's own weekday is the article date; otherwise the latest one
    before it, or the next one after it when the clause points to the future."""
    number = int(context.words.value("weekday", candidate.group("weekday") or "") or 0)
    part = candidate.group("part")
    chain = (candidate.group("chain") or "").lower()
    base = context.reference_day() if chain else (
        Period("day", context.anchor) if context.anchor else None)
    if base is None:
        value = f"XXXX-WXX-{number}"
        return Resolution(*with_part(value, part, context), "no article date: week unknown")
    relation = context.words.step(_relation(candidate)) if candidate.group("rel") else None
    if chain:
        relation = context.words.step(chain)
    anchor = base.first
    occasion = _occasion(candidate, context, number) if relation is None and not chain else None
    if occasion is not None and occasion in context.occasions:
        value = context.occasions[occasion]
        return Resolution(*with_part(value, part, context), "weekday of the same occasion")
    day, how = _weekday_from(anchor, number, relation, candidate, context, bool(chain))
    if occasion is not None:
        context.occasions[occasion] = day.isoformat()
    return Resolution(*with_part(day.isoformat(), part, context), how)


def _weekday_from(anchor: date, number: int, relation: int | None, candidate: Candidate,
                  context: Context, chain: bool) -> tuple[date, str]:
    """The day of weekday ``number`` seen from ``anchor``: the anchor itself when it is that
    weekday and nothing counts away from it, else the one before or after it by
    ``relation`` or, without one, by the tense of the clause."""
    if relation is None or relation == 0:
        if number == anchor.isoweekday() and not chain:
            return anchor, "article weekday"
        relation = context.direction(candidate.start, candidate.end)
        how = "weekday, future by tense" if relation >= FUTURE else "weekday, past by tense"
    else:
        how = f"weekday {'after' if relation >= FUTURE else 'before'} the anchor"
    if relation >= FUTURE:
        delta = (number - anchor.isoweekday()) % 7 or 7
    else:
        delta = -((anchor.isoweekday() - number) % 7 or 7)
    return anchor + timedelta(days=delta), how


def _occasion(candidate: Candidate, context: Context, number: int) -> tuple[int, str] | None:
    """ "Sunday's race": a bare weekday in the possessive names the day of an occasion; the
    same occasion named again in the article ("the organisers of Sunday's race would not
    comment") is the same day, whatever the tense of its new clause."""
    token = token_of(candidate, context, candidate.end - 1)
    if token is None or token.i + 2 >= len(token.doc):
        return None
    marker, noun = token.nbor(1), token.nbor(2)
    if marker.tag_ != "POS" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return number, noun.lemma_.lower()


def relday(candidate: Candidate, context: Context) -> Resolution | None:
    """yesterday, today, tomorrow, tonight, last night, this morning."""
    word = " ".join((candidate.group("relday") or "today").lower().split())
    part = candidate.group("part")
    if word == "tonight":
        word, part = "today", "night"
    elif word == "overnight":  # the night before the day of the report
        word, part = "yesterday", "overnight"
    elif word == "last":
        word = "yesterday"
    offset = int(context.words.value("relday", word) or 0)
    anchor = context.anchor
    if anchor is None:
        if word == "today" and not part:
            return Resolution("DATE", "PRESENT_REF", "no article date: today is the present")
        return Resolution(*with_part("XXXX-XX-XX", part, context), "no article date")
    day = anchor + timedelta(days=offset)
    return Resolution(*with_part(day.isoformat(), part, context), f"{word} of the article date")


def relunit(candidate: Candidate, context: Context) -> Resolution | None:
    """ "last week" → 2023-W29, "next month" → 2023-08, "this year" → 2023, "the weekend"."""
    grain = (candidate.group("unit") or "").lower()
    anchor = context.anchor
    if anchor is None:
        return Resolution("DATE", unresolved(grain), "no article date")
    relation = _relation(candidate)
    current = period(grain, anchor)
    if grain == "weekend" and relation in ("", "this"):
        step = _nearest_weekend(anchor, context.direction(candidate.start, candidate.end))
        how = "weekend by tense"
    else:
        step = context.words.step(relation) or 0
        how = f"{relation} {grain}"
    return _dated(current.shift(step), how)


def check_relunit(candidate: Candidate, context: Context) -> bool:
    """A quoted title ("This Week" with David Brinkley) is not a time."""
    before = context.parsed.article.text[max(candidate.start - 1, 0):candidate.start]
    written = context.parsed.article.text[candidate.start:candidate.end]
    return not (before in ('"', "“") and written.istitle())


def _nearest_weekend(anchor: date, direction: int) -> int:
    """-1, 0 or +1 weeks: the weekend the clause speaks of, seen from ``anchor``."""
    if direction >= FUTURE:
        return 0 if anchor.isoweekday() <= 6 else 1
    return 0 if anchor.isoweekday() >= 6 else -1


def chained(candidate: Candidate, context: Context) -> Resolution | None:
    """ "the next day", "the following week", "that year", "the day before": counted from the
    time last mentioned (the article date if none was). A bare "the year" or "the month" in
    a clause that points ahead is not one already over: it counts from the article date."""
    unit = (candidate.group("unit") or "").lower()
    relation = _relation(candidate) or "same"
    step = context.words.step(relation) or 0
    latest = context.reference.latest
    sentence = context.parsed.sentence_of(candidate.start)
    bare = not candidate.group("rel") and not candidate.group("that")
    if bare and sentence - context.reference.latest_sentence > 1:
        latest = None  # "the year" far from any mention: the article's year
    elif bare and unit in ("month", "year") and latest is not None and \
            context.anchor is not None and _over_by(latest, context.anchor) and \
            context.direction(candidate.start, candidate.end) >= FUTURE:
        latest = Period("day", context.anchor)  # "will join by the end of the year": not
        # a year gone by, the article's
    if latest is not None and _grain_rank(latest.grain) <= _grain_rank(unit):
        base = latest.coarsen(unit) if latest.grain != unit else latest
    else:
        day = context.reference_day()
        if day is None:
            return Resolution("DATE", unresolved(unit), "no anchor")
        base = day.coarsen(unit)
    return _dated(base.shift(step), f"{relation} {unit} of the time last mentioned")


def _over_by(latest: Period, day: date) -> bool:
    """Whether ``latest`` had ended by ``day``."""
    after = latest.shift(1)
    return after is not None and after.first <= day


def _dated(moved: Period | None, how: str, anchoring: bool = True) -> Resolution | None:
    """A DATE of the period a move reached; none when the move left the calendar."""
    if moved is None:
        return None
    return Resolution("DATE", moved.value, how, anchoring=anchoring)


def check_chained(candidate: Candidate, context: Context) -> bool:
    """ "player of the year", "days of the week", "fewer by the day": a bare "the year"
    that names a kind of period after a noun of titles and routines
    (``period_kind_owner``), or a rate, not a stretch of the calendar ("the level of the
    week following the squeeze" is one)."""
    written = context.parsed.article.text[candidate.start:candidate.end].lower().split()
    if written[:1] != ["the"] or len(written) != 2:
        return True
    token = token_of(candidate, context)
    if token is None or token.i < 2:
        return True
    before, owner = token.doc[token.i - 1], token.doc[token.i - 2]
    if before.lower_ == "by":
        return False
    return not (before.lower_ == "of"
                and context.words.has("period_kind_owner", owner.lemma_.lower()))


def _grain_rank(grain: str) -> int:
    return GRAINS.index(grain) if grain in GRAINS else len(GRAINS)


def season(candidate: Candidate, context: Context) -> Resolution | None:
    """ "this summer" → 2023-SU; "last winter", "the coming spring", "the summer of 1998"."""
    code = context.words.value("season", candidate.group("season") or "") or ""
    named_year = int(candidate.group("year") or 0) or spoken_year(
        candidate.group("spoken") or "", context)
    if named_year:  # "the summer of 1998", "the winter of nineteen ninety-four"
        return Resolution("DATE", season_named(code, named_year).value, "season of a year")
    anchor = context.anchor
    if anchor is None:
        return Resolution("DATE", f"XXXX-{code}", "no article date")
    this = season_named(code, anchor.year + (1 if code == "WI" and anchor.month == 12 else 0))
    current = period("season", anchor)
    relation = _relation(candidate)
    if relation == "this":
        return Resolution("DATE", this.value, "this year's season")
    if relation in ("last", "next"):
        step = context.words.step(relation) or 0
        return _dated(_strictly(this, current, step), f"{relation} season")
    direction = context.words.step(relation) if relation else context.direction(
        candidate.start, candidate.end)
    return _dated(_towards(this, current, direction or 0), "season by tense")


def _strictly(this: Period, current: Period, step: int) -> Period | None:
    """ "last summer", "next winter": the one before or after the current season."""
    if step < 0:
        return this if this.first < current.first else this.shift(-1, "year")
    return this if this.first > current.first else this.shift(1, "year")


def _towards(this: Period, current: Period, direction: int) -> Period | None:
    """ "the summer" in a past or future clause: this year's, unless it lies the other way."""
    if direction >= FUTURE and this.first < current.first:
        return this.shift(1, "year")
    if direction <= PAST and this.first > current.first:
        return this.shift(-1, "year")
    return this


def check_season(candidate: Candidate, context: Context) -> bool:
    """ "fall" and "spring" are verbs and nouns of other senses more often than seasons:
    only with a relation, a year or a modifier are they seasons, or with a determiner
    after a preposition ("in the fall", not "the fall could end the talk of rate hikes").
    A bare season before a noun it modifies names a kind ("the winter capital")."""
    token = token_of(candidate, context, candidate.end - 1)
    if token is not None and token.pos_ == "VERB":
        return False
    bare = not any((candidate.group("rel"), candidate.group("year"), candidate.group("spoken"),
                    candidate.group("mod"))) and " " not in \
        context.parsed.article.text[candidate.start:candidate.end]
    if bare and token is not None and token.dep_ in ("compound", "amod") and token.head.i > token.i:
        return False  # "the winter capital", "winter coal": a kind of thing, not a time
    word = (candidate.group("season") or "").lower()
    following = context.parsed.article.text[candidate.end:candidate.end + 6].lower()
    if word in ("fall", "spring") and following.startswith((" in ", " of ", " from ", " to ")):
        return False  # "the fall in prices", "the spring of discontent"
    if word in ("fall", "spring"):
        if any((candidate.group("rel"), candidate.group("year"), candidate.group("mod"))):
            return True
        text = context.parsed.article.text[candidate.start:candidate.end].lower()
        return text.startswith("the ") and token is not None and token.dep_ == "pobj"
    return True


def quarter(candidate: Candidate, context: Context) -> Resolution | None:
    """Fiscal quarters: "the third quarter", "the year-earlier quarter", "the latest period"."""
    anchor = context.anchor
    if candidate.group("qunit"):
        return _quarter_reference(candidate, context)
    ordinal_text = (candidate.group("ord") or "").lower()
    ordinal = int(ordinal_text[0]) if ordinal_text[0].isdigit() else int(
        context.words.value("ordinal", ordinal_text) or 0)
    number = ordinal if ordinal > 0 else 4  # "the final quarter"
    written = candidate.group("year") or candidate.group("year2") or candidate.group("year3") \
        or candidate.group("year4")
    if written:
        return Resolution("DATE", f"{written}-Q{number}", "quarter of a written year")
    if anchor is None:
        return Resolution("DATE", f"XXXX-Q{number}", "no article date")
    year = anchor.year
    relative = candidate.group("relyear") or candidate.group("relyear2")
    if relative:
        year += context.words.step(relative) or 0
    elif period("quarter", date(year, 3 * number - 2, 1)).first > anchor and \
            context.direction(candidate.start, candidate.end) <= PAST:
        year -= 1
    if candidate.group("yearago"):
        year -= 1
    return Resolution("DATE", f"{year:04d}-Q{number}", "quarter of the article year")


def _quarter_reference(candidate: Candidate, context: Context) -> Resolution | None:
    """ "the quarter", "the latest period": the quarter last named (else the last one
    completed before the article); "the year-earlier quarter" is that quarter a year back."""
    ended = _quarter_ended(candidate, context)
    if ended is not None:
        return Resolution("DATE", ended.value, "quarter ended on the day written")
    kind = " ".join((candidate.group("qref") or "").lower().split())
    anchor = context.anchor
    noted = context.reference.quarter
    if anchor is not None and (noted is None or noted.first > anchor):
        noted = period("quarter", anchor).shift(-1) if noted is None or kind in (
            "latest", "most recent", "recent", "just-ended", "past", "last") else noted
    if noted is None:
        return Resolution("DATE", "XXXX-QX", "no article date", anchoring=False)
    if candidate.group("qyear"):
        written = int(candidate.group("qyear") or 0)
        return _dated(noted.shift(written - noted.first.year, "year"),
                      "quarter last mentioned, in a written year", anchoring=False)
    if kind in ("year-earlier", "year-ago", "comparable", "corresponding", "same") or \
            candidate.group("qlast"):
        return _dated(noted.shift(-1, "year"), "quarter a year before", anchoring=False)
    if kind in ("previous", "prior", "preceding"):
        return _dated(noted.shift(-1), "quarter before the one mentioned", anchoring=False)
    return Resolution("DATE", noted.value, "quarter last mentioned", anchoring=False,
                      renews_quarter=True)


def _quarter_ended(candidate: Candidate, context: Context) -> Period | None:
    """ "the quarter ended Sept. 30": the calendar quarter of that day (a day without a year
    is the latest one, a quarter being reported when it is over)."""
    written = candidate.group("qend")
    parts = read_date(" ".join(written.split())) if written else None
    if parts is None:
        return None
    year, month, day = parts
    if not any(char.isdigit() for char in written.split(",")[-1][-4:]) or len(
            [word for word in written.replace(",", " ").split()]) < 3:
        if context.anchor is None:
            return None
        placed = shifted_month_day(month, day, context.anchor, SURELY_PAST)
        if placed is None:
            return None
        return period("quarter", placed)
    return period("quarter", date(year, month, 1))


def year_ago(candidate: Candidate, context: Context) -> Resolution | None:
    """ "year-earlier profit": the quarter last mentioned a year back in a report on a
    quarter, else the year before the article's."""
    noted = context.reference
    sentence = context.parsed.sentence_of(candidate.start)
    if noted.quarter is not None and sentence - noted.quarter_sentence <= \
            QUARTER_CONTEXT_SENTENCES:
        return _dated(noted.quarter.shift(-1, "year"),
                      "a year before the quarter last mentioned", anchoring=False)
    if context.anchor is None:
        return Resolution("DATE", "XXXX", "no article date", anchoring=False)
    return Resolution("DATE", f"{context.anchor.year - 1:04d}", "year before the article",
                      anchoring=False)


def daypart(candidate: Candidate, context: Context) -> Resolution | None:
    """ "the morning", "mid-afternoon", "that night": that part of the day last mentioned;
    "the next morning", "the previous evening": of the day after or before it."""
    day = context.reference_day()
    part = (candidate.group("part") or "").lower()
    if part == "day":
        part = "midday"
    if day is not None and candidate.group("rel"):
        day = day.shift(context.words.step(_relation(candidate)) or 0)
    value = day.value if day is not None else "XXXX-XX-XX"
    return Resolution(*with_part(value, part, context), "part of the day last mentioned")


def check_daypart(candidate: Candidate, context: Context) -> bool:
    """ "the Evening Standard": a part of the day inside a name (an entity, or a proper noun
    capitalised inside the sentence) is no time."""
    token = token_of(candidate, context, candidate.end - 1)
    if token is None:
        return True
    capitalised_name = token.tag_ == "NNP" and token.text[:1].isupper() and not token.is_sent_start
    if candidate.rule.name == "twilight" and not _object_of_time_preposition(token):
        return False
    return token.ent_type_ not in NAME_ENTITIES and not capitalised_name


def _object_of_time_preposition(token: Token) -> bool:
    """ "at dawn", "from dusk to dawn", not "dawn raids", "the dawn of an era"."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.dep_ == "pobj" and token.head.pos_ == "ADP" and not (
        following is not None and following.lower_ == "of")


def check_quarter(candidate: Candidate, context: Context) -> bool:
    """ "the period" alone is not a quarter unless a financial modifier makes it one."""
    if (candidate.group("qunit") or "").lower() == "period":
        return bool(candidate.group("qref"))
    return True


def half(candidate: Candidate, context: Context) -> Resolution | None:
    number = 1 if (candidate.group("ord") or "").lower() == "first" else 2
    written = candidate.group("year") or candidate.group("year2")
    if written:
        return Resolution("DATE", f"{written}-H{number}", "half of a written year")
    anchor = context.anchor
    if anchor is None:
        return Resolution("DATE", f"XXXX-H{number}", "no article date")
    year = anchor.year + (context.words.step(candidate.group("relyear") or "this") or 0)
    return Resolution("DATE", f"{year:04d}-H{number}", "half of the article year")


def offset(candidate: Candidate, context: Context) -> Resolution | None:
    """ "three years ago" from the article date; "two days later" from the time last
    mentioned. A year counted back from a quarter stays a quarter ("a year earlier")."""
    amount = read_amount(candidate.group("num") or "", context.words)
    unit_code = context.words.value("unit", candidate.group("unit") or "") or ""
    word = " ".join((candidate.group("off") or candidate.group("off2") or "").lower().split())
    direction = int(context.words.value("offset", word) or context.words.value(
        "offset", word.split()[0]) or 0)  # "from now" whole, "prior to" by its first word
    if amount is None or not unit_code:
        return None
    from_mention = _counts_from_mention(word)
    if amount == VAGUE and from_mention:
        return _vague_amount_before_or_after(candidate, unit_code)
    if amount == VAGUE:
        return Resolution("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF",
                          "vague offset")
    counted = float(amount) + (0.5 if candidate.group("half") else 0)
    if unit_code.startswith("T"):
        return _time_of_day_offset(candidate, counted, unit_code)
    if unit_code[:-1].isdigit():  # "a fortnight ago": two weeks
        counted, unit_code = counted * int(unit_code[:-1]), unit_code[-1]
    whole, finer, rest = whole_units(counted, unit_code)
    if rest:  # "a year and a half ago": counted in months
        whole, unit_code = whole * FINER_UNIT[unit_code][1] + rest, finer
    grain = UNIT_GRAIN.get(unit_code, "day")
    sentence = context.parsed.sentence_of(candidate.start)
    noted = context.reference
    if grain == "year" and noted.quarter is not None and \
            sentence - noted.quarter_sentence <= QUARTER_CONTEXT_SENTENCES:
        return _dated(noted.quarter.shift(direction * whole, "year"),
                      "a year from the quarter last mentioned", anchoring=False)
    if from_mention and noted.latest is not None:
        base, how = noted.latest, "offset from the time last mentioned"
    elif context.anchor is None:
        return Resolution("DATE", unresolved(grain), "no article date", anchoring=False)
    else:
        base, how = Period("day", context.anchor), "offset from the article date"
    moved = base.shift(direction * whole, grain)
    if moved is not None and _grain_rank(moved.grain) < _grain_rank(grain):
        moved = moved.coarsen(grain)
    return _dated(moved, how, anchoring=grain == "day")


def _counts_from_mention(word: str) -> bool:
    """ "two days later", "a year earlier" count from the time last mentioned; "ago",
    "from now" and "hence" from the article date."""
    return word.split()[0] not in ("ago", "from", "hence")


def opens_comparison(candidate: Candidate, following: Candidate, text: str) -> bool:
    """ "from a year earlier to $3 billion in 1996": an offset from the time last mentioned
    after "from", with the "to" of the comparison before the ``following`` expression."""
    word = " ".join((candidate.group("off") or candidate.group("off2") or "").lower().split())
    if candidate.rule.resolver != "offset" or not word or not _counts_from_mention(word):
        return False
    before = text[max(candidate.start - 5, 0):candidate.start].lower()
    between = text[candidate.end:following.start].lower().split()
    return before.endswith("from ") and "to" in between


def _time_of_day_offset(candidate: Candidate, amount: float, unit_code: str) -> Resolution:
    """ "Two hours later", "a minute and a half later", "20 minutes ago": the times noted
    for counting are days at the finest, and moving a day by minutes would be wrong, so
    the expression keeps its amount (TimeBank: "a minute and a half later" is a DURATION of
    PT1M30S)."""
    return Resolution("DURATION", amount_duration(amount, unit_code),
                      "amount of time before or after an unknown clock time", anchoring=False)


def _vague_amount_before_or_after(candidate: Candidate, unit_code: str) -> Resolution:
    """ "A few days later" names no date: it is the amount of time, a DURATION on "a few
    days" (TimeBank), where "a few years ago" is a reference to the past."""
    return Resolution("DURATION", amount_duration(VAGUE, unit_code),
                      "vague amount before or after the time last mentioned",
                      end=candidate.spans["unit"][1], anchoring=False)
