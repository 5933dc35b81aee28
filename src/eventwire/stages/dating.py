"""Event dating: the day an event happened, and the rule that decided it.

Why a stage of its own: event datasets are criticised for dating events by their
publication date. Three rules, in order:

1. ``governing-timex``: a time expression that modifies the event in the dependency tree —
   attached to the clause's verb ("met on Wednesday", "On Monday, Kim visited"), or to the
   event noun or another argument of it ("the meeting on Wednesday", "Wednesday's talks").
   A date inside an argument that is not a modifier of the event ("criticised the 1990
   invasion") does not date it. When several qualify, the one closest to the verb wins.
2. ``narrative``: the date of the previous event when the text continues the same scene —
   the same sentence, or the next sentence of the same paragraph ("During the meeting,
   Shoigu presented Kim with a letter"), unless the clause turns to the future.
3. ``publication-date``: the publication date, flagged ``date_precision: "publication"``.

The precision follows the TIMEX3 value: a day, an ISO week, a month; quarters, seasons,
halves and years give ``year`` (the contract's coarsest calendar precision); decades,
centuries and vague references (PRESENT_REF) do not date an event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.models import DatePrecision, ParsedArticle, Timex
from eventwire.stages.time.calendar import Period, parse_value

MODIFIER_HOPS = 3
"""How many dependency steps a time expression may be from the verb or an argument noun
it modifies ("on" → "Wednesday" is one, "day" → "before" → "made" two)."""
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
GRAIN_PRECISION: dict[str, DatePrecision] = {
    "day": "day", "week": "week", "weekend": "week", "month": "month", "season": "year",
    "quarter": "year", "half": "year", "year": "year"}
ARGUMENT_DEPENDENCIES = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "pobj",
                                   "dative"})


@dataclass(frozen=True, slots=True)
class EventDate:
    date: str | None
    precision: DatePrecision
    rule: str
    sentence: int = -1
    """The event's sentence, so that the next event can tell whether it continues the scene."""


def date_event(clause_words: list[Token], timexes: list[Timex], parsed: ParsedArticle,
               previous: EventDate | None = None) -> EventDate:
    """The date of the event whose clause is ``clause_words`` (its head first).

    ``previous`` is the date of the event coded just before it in text order, for the
    narrative rule."""
    head = clause_words[0]
    sentence = parsed.sentence_of(head.idx)
    governing = _governing_timex(head, clause_words, timexes, parsed)
    if governing is not None:
        timex, period = governing
        return EventDate(period.first.isoformat(), GRAIN_PRECISION[period.grain],
                         f"governing-timex:{timex.text}={timex.value}", sentence)
    if previous is not None and _continues_scene(previous, head, sentence, parsed):
        return EventDate(previous.date, previous.precision,
                         f"narrative:previous event in sentence {previous.sentence}", sentence)
    published = parsed.article.date
    return EventDate(published.isoformat() if published else None, "publication",
                     "publication-date", sentence)


def _governing_timex(head: Token, clause_words: list[Token], timexes: list[Timex],
                     parsed: ParsedArticle) -> tuple[Timex, Period] | None:
    in_clause = {token.i for token in clause_words}
    targets = {head.i} | {child.i for child in head.children
                          if child.dep_ in ARGUMENT_DEPENDENCIES}
    best: tuple[int, Timex, Period] | None = None
    for timex in timexes:
        period = _datable(timex)
        if period is None:
            continue
        span = parsed.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or span.root.i not in in_clause:
            continue
        hops = _hops_to(span.root, targets)
        if hops is not None and (best is None or hops < best[0]):
            best = (hops, timex, period)
    return (best[1], best[2]) if best else None


def _datable(timex: Timex) -> Period | None:
    """The period a DATE or TIME names, if it is precise enough to date an event."""
    if timex.type not in ("DATE", "TIME"):
        return None
    period = parse_value(timex.value)
    if period is None or period.grain not in GRAIN_PRECISION:
        return None
    return period


def _hops_to(token: Token, targets: set[int]) -> int | None:
    """Dependency steps from ``token`` up to one of ``targets`` (None if too far)."""
    for hops in range(MODIFIER_HOPS + 1):
        if token.i in targets:
            return hops
        if token.head == token:
            return None
        token = token.head
    return None


def _continues_scene(previous: EventDate, head: Token, sentence: int,
                     parsed: ParsedArticle) -> bool:
    """Same sentence, or the next one in the same paragraph, and not turned to the future."""
    if previous.precision == "publication" or previous.date is None:
        return False
    if any(child.lower_ in FUTURE_AUXILIARIES for child in head.children):
        return False
    if sentence == previous.sentence:
        return True
    if sentence != previous.sentence + 1:
        return False
    gap = parsed.article.text[parsed.sentences[previous.sentence].end:
                              parsed.sentences[sentence].start]
    return "\n" not in gap
