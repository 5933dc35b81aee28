"""What a resolver knows besides the match: the article date, the time last mentioned, and
the parse (for the tense that decides whether "Wednesday" is last or next Wednesday).

News narrates in the past, so an expression whose clause gives no sign of the future is
read as past; a future auxiliary ("will", "'ll", "shall"), a modal, an infinitive ("plans
to meet Friday"), a progressive present ("is meeting Friday") or an adjacent "upcoming"
makes it future.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from eventwire.models import ParsedArticle
from eventwire.stages.syntax import governing_verb
from eventwire.stages.time.calendar import Period
from eventwire.stages.time.lexicon import Lexicon

PAST, UNKNOWN, FUTURE = -1, 0, 1
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
PAST_AUXILIARIES = frozenset({"was", "were", "been", "had", "has", "have", "did"})
FUTURE_WORDS = frozenset({"upcoming", "coming", "next"})


@dataclass(slots=True)
class Reference:
    """The times last mentioned, for chained expressions ("two days later")."""

    day: Period | None = None
    latest: Period | None = None
    latest_sentence: int = -1
    quarter: Period | None = None
    quarter_sentence: int = -1

    def note(self, value: Period, sentence: int) -> None:
        self.latest, self.latest_sentence = value, sentence
        if value.grain == "day":
            self.day = value
        if value.grain == "quarter":
            self.quarter, self.quarter_sentence = value, sentence


@dataclass(slots=True)
class Context:
    parsed: ParsedArticle
    words: Lexicon
    reference: Reference = field(default_factory=Reference)

    @property
    def anchor(self) -> date | None:
        """The article date: what "yesterday" and "last week" are counted from."""
        return self.parsed.article.date

    def span(self, start: int, end: int) -> Span | None:
        return self.parsed.doc.char_span(start, end, alignment_mode="expand")

    def head(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens covering ``[start, end)``."""
        span = self.span(start, end)
        return span.root if span is not None and len(span) else None

    def direction(self, start: int, end: int) -> int:
        """PAST, FUTURE or UNKNOWN: where the clause around ``[start, end)`` points."""
        head = self.head(start, end)
        if head is None:
            return UNKNOWN
        return clause_direction(head)

    def reference_day(self) -> Period | None:
        """The day last mentioned, else the article date."""
        if self.reference.day is not None:
            return self.reference.day
        return Period("day", self.anchor) if self.anchor else None


def clause_direction(token: Token) -> int:
    """Whether the clause governing ``token`` speaks of the future (else the past).

    Only unambiguous signs count: in news, a weekday or a month without a year is far more
    often past, and infinitives or modals next to one are as often reported past plans."""
    doc = token.doc
    nearby = doc[max(token.i - 3, 0):token.i]
    if any(word.lower_ in FUTURE_WORDS for word in nearby):
        return FUTURE
    verb = governing_verb(token)
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUXILIARIES or _going_to(verb):
        return FUTURE
    if verb.tag_ == "VBG" and auxiliaries & PRESENT_BE:
        return FUTURE
    if verb.tag_ in ("VBD", "VBN") or auxiliaries & PAST_AUXILIARIES:
        return PAST
    return UNKNOWN


def _going_to(verb: Token) -> bool:
    """ "is going to meet": the verb is the complement of "going"."""
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going"
