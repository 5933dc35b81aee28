"""Event dating: the day an event happened, and the rule that decided it.

Why a stage of its own: event datasets are criticised for dating events by their
publication date. The governing time expression is preferred; the publication date is
the explicit, flagged fallback (``date_precision: "publication"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.models import DatePrecision, ParsedArticle, Timex


@dataclass(frozen=True, slots=True)
class EventDate:
    date: str | None
    precision: DatePrecision
    rule: str


def date_event(clause_words: list[Token], timexes: list[Timex],
               parsed: ParsedArticle) -> EventDate:
    """The date of the first day-precise time expression inside the event's clause, else
    the publication date."""
    starts = {token.idx for token in clause_words}
    for timex in timexes:
        if timex.type == "DATE" and timex.start in starts and len(timex.value) == 10:
            return EventDate(timex.value, "day", f"timex-in-clause:{timex.text}")
    published = parsed.article.date
    return EventDate(published.isoformat() if published else None, "publication",
                     "publication-date")
