"""Expressions anchored on an event rather than on the calendar.

- Anniversaries: "the 70th anniversary of the end of the Korean War" is the day 70 years
  after the event, when the text ("… of the July 27, 1953 armistice") or the table of
  historical dates (``anniversaries.tsv``) gives the event's date. Without one, no value is
  guessed (dateparser would read "the 70th" as 1970).
- Event anchors: "a day before the upcoming ceremony" is one day before the date the same
  document gives the ceremony (or an occasion of the same group in ``event_nouns.tsv``,
  such as "the celebration … on Thursday"). Those dates are only known once every other
  expression is resolved, so these are resolved last; without an anchor, the amount alone
  is kept as a DURATION, as TimeML annotates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.stages.time.absolute import explicit
from eventwire.stages.time.calendar import UNIT_GRAIN, Period, duration_value, parse_value
from eventwire.stages.time.context import Context
from eventwire.stages.time.grammar import Candidate, rules
from eventwire.stages.time.lexicon import lexicon
from eventwire.stages.time.numbers import VAGUE, amount_text, read_amount
from eventwire.stages.time.resolution import Resolution

ANCHOR_CLIMB = 4
"""How many steps up the dependency tree a date may travel to the event noun it dates."""
OCCASION_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
EXPLICIT_IN_NAME = ("month-day-year", "day-month-year", "month-year", "year")
NAME_WINDOW = 80
NAME_END = re.compile(r"[;:()]|[.,](?!\s*\d)")
"""Where an event's name ends: punctuation that is not inside a date ("June 4, 1993")."""


@dataclass(frozen=True, slots=True)
class DatedTimex:
    start: int
    end: int
    period: Period


@lru_cache(maxsize=1)
def _aliases() -> re.Pattern[str]:
    names = sorted(lexicon().anniversaries, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in names)
    return re.compile(rf"\s+(?:the\s+)?(?P<alias>{body})(?![\w-])", re.IGNORECASE)


def anniversary(candidate: Candidate, context: Context) -> Resolution | None:
    """The anniversary day: the event's date (from the text or the table) plus N years."""
    text = context.parsed.article.text
    ordinal = _ordinal(candidate.group("ord"), context)
    known = _aliases().match(text, candidate.end)
    if known is not None:
        original = context.words.anniversaries[" ".join(known["alias"].lower().split())]
        how, end = f"anniversary of {known['alias']} ({original})", known.end()
    else:
        found = _date_in_name(text, candidate.end, context)
        if found is None:
            return None
        original, end = found
        how = f"anniversary of a date in the text ({original})"
    year = int(original[:4])
    if ordinal is not None:
        year += ordinal
    elif context.anchor is not None:
        year = context.anchor.year
    else:
        return Resolution("DATE", "XXXX" + original[4:], how, end=end)
    return Resolution("DATE", f"{year:04d}{original[4:]}", how, end=end)


def _ordinal(written: str | None, context: Context) -> int | None:
    if not written:
        return None
    digits = "".join(ch for ch in written if ch.isdigit())
    if digits:
        return int(digits)
    value = context.words.value("ordinal", written)
    return int(value) if value and int(value) > 0 else None


def _date_in_name(text: str, start: int, context: Context) -> tuple[str, int] | None:
    """A written date inside the event's name ("… of the July 27, 1953 armistice"), with the
    end of the noun phrase it sits in."""
    window_end = start + len(NAME_END.split(text[start:start + NAME_WINDOW], maxsplit=1)[0])
    by_name = {rule.name: rule for rule in rules()}
    for name in EXPLICIT_IN_NAME:
        match = by_name[name].pattern.search(text, start, window_end)
        if match is None:
            continue
        value = _written_value(Candidate.of(match, by_name[name]), context)
        if value is None:
            continue
        return value, _noun_phrase_end(match.end(), context)
    return None


def _written_value(candidate: Candidate, context: Context) -> str | None:
    if candidate.rule.name == "year":
        return candidate.group("year")
    resolved = explicit(candidate, context)
    return resolved.value if resolved and not resolved.value.startswith("X") else None


def _noun_phrase_end(char: int, context: Context) -> int:
    """The end of the noun phrase that continues at ``char`` ("1953 armistice")."""
    span = context.span(char - 1, char)
    if span is None or not len(span):
        return char
    token = span[-1]
    head = token.head
    if head.i > token.i and head.pos_ in ("NOUN", "PROPN"):
        return head.idx + len(head)
    return char


def event_dates(dated: list[DatedTimex], context: Context) -> dict[str, Period]:
    """Occasion group → the date the document gives an occasion of that group: a resolved
    date attached (within a few dependency steps) to an event noun, or to a verb of
    occurrence whose subject or object is one ("the ceremony will be held on Saturday")."""
    found: dict[str, Period] = {}
    for timex in dated:
        token = context.head(timex.start, timex.end)
        for _ in range(ANCHOR_CLIMB + 1):
            if token is None:
                break
            for group in _occasions_named_by(token, context):
                found.setdefault(group, timex.period)
            if token.head == token or token.pos_ in ("VERB", "AUX"):
                break
            token = token.head
    return found


def _occasions_named_by(token: Token, context: Context) -> list[str]:
    groups = context.words.event_groups
    if token.pos_ == "NOUN":
        group = groups.get(token.lemma_.lower())
        return [group] if group else []
    if token.pos_ == "VERB" and token.lemma_.lower() in context.words.occurrence_verbs:
        return [groups[child.lemma_.lower()] for child in token.children
                if child.dep_ in OCCASION_ARGUMENTS and child.pos_ == "NOUN"
                and child.lemma_.lower() in groups]
    return []


def anchored(candidate: Candidate, context: Context,
             dates: dict[str, Period]) -> Resolution | None:
    """ "a day before the ceremony": the ceremony's date moved by the amount; else the
    amount alone as a DURATION."""
    amount = read_amount(candidate.group("num") or "", context.words)
    unit_code = context.words.value("unit", candidate.group("unit") or "")
    if amount is None or amount == VAGUE or unit_code is None:
        return None
    noun = _anchor_noun(candidate.spans["off"][1], context)
    group = context.words.event_groups.get(noun.lemma_.lower()) if noun is not None else None
    if noun is not None and group in dates:
        step = -1 if (candidate.group("off") or "").lower().startswith(("before", "prior",
                                                                        "ahead")) else 1
        grain = UNIT_GRAIN.get(unit_code, "day")
        moved = dates[group].shift(step * int(float(amount)), grain)
        if moved is None:
            return None
        end = _subtree_end(noun)
        return Resolution("DATE", moved.value, f"{amount_text(amount)} {grain} from the "
                          f"{noun.lemma_} ({dates[group].value})", end=end)
    unit_end = candidate.spans["unit"][1]
    return Resolution("DURATION", duration_value(amount_text(amount), unit_code),
                      "amount before an undated event", end=unit_end)


def _anchor_noun(after: int, context: Context) -> Token | None:
    """The head noun of the phrase that follows a "before"/"after" ending at ``after``."""
    text = context.parsed.article.text
    while after < len(text) and text[after].isspace():
        after += 1
    span = context.span(after, after + 1)
    if span is None or not len(span):
        return None
    token = span[0]
    first = token.i
    while token.head != token and token.head.i > first and token.pos_ not in ("NOUN", "PROPN"):
        token = token.head
    while token.head != token and token.head.i > token.i and token.head.pos_ in ("NOUN",
                                                                                 "PROPN"):
        token = token.head
    return token if token.pos_ in ("NOUN", "PROPN") else None


def _subtree_end(token: Token) -> int:
    """End of the noun phrase headed by ``token``, without what hangs off it to the right
    (prepositional phrases, clauses): "the ceremony" of "the ceremony on Thursday", whose
    "Thursday" stays a timex of its own."""
    return token.idx + len(token)


def dated(timex_start: int, timex_end: int, value: str) -> DatedTimex | None:
    """A resolved timex with the period it names, if it names one."""
    found = parse_value(value)
    return DatedTimex(timex_start, timex_end, found) if found is not None else None
