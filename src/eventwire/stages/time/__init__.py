"""Time stage: temporal expressions found and normalised to TIMEX3 (type and value).

Recognition is a grammar of regular expressions kept as data (``data/time/patterns.tsv``
over the word classes of ``lexicon.tsv``); each rule names a resolver that computes the
TIMEX3 value from the match, the article date, the time last mentioned and the parse:

- explicit dates are read with dateparser (:mod:`.explicit`), their missing year by tense;
- weekdays, "yesterday", "last week", "this summer" count from the article date, and
  weekdays look at the tense of their clause (:mod:`.relative`);
- chained expressions ("two days later", "the following week") count from the time last
  mentioned;
- anniversaries and "a day before the ceremony" are anchored on events (:mod:`.anchors`);
- durations, sets, clock times and PAST_REF/PRESENT_REF/FUTURE_REF (:mod:`.amounts`).

Without an article date, absolute expressions are still normalised and relative ones keep
their unresolved TIMEX3 form (``XXXX-WXX-3``) rather than a wrong date. Every timex records
in ``rule`` the grammar rule and how its value was decided.
"""

from __future__ import annotations

from eventwire.models import ParsedArticle, Timex
from eventwire.stages.time import absolute, amounts, anchors, relative
from eventwire.stages.time.context import Context
from eventwire.stages.time.explicit import warm_up
from eventwire.stages.time.grammar import Candidate, find_candidates, grammar
from eventwire.stages.time.lexicon import lexicon
from eventwire.stages.time.resolution import Check, Resolution, Resolver

RESOLVERS: dict[str, Resolver] = {
    "explicit": absolute.explicit,
    "day_range_end": absolute.day_range_end,
    "month": absolute.month,
    "year": absolute.year,
    "year_range": absolute.year_range,
    "decade": absolute.decade,
    "century": absolute.century,
    "holiday": absolute.holiday,
    "weekday": relative.weekday,
    "relday": relative.relday,
    "relunit": relative.relunit,
    "chained": relative.chained,
    "season": relative.season,
    "quarter": relative.quarter,
    "half": relative.half,
    "yearago": relative.year_ago,
    "daypart": relative.daypart,
    "offset": relative.offset,
    "anniversary": anchors.anniversary,
    "duration": amounts.duration,
    "set": amounts.set_value,
    "clock": amounts.clock,
    "part_of_day": amounts.part_of_day,
    "reference": amounts.reference,
}
CHECKS: dict[str, Check] = {
    "month": absolute.check_month,
    "year": absolute.check_year,
    "year_range": absolute.check_year,
    "century": absolute.check_century,
    "season": relative.check_season,
    "quarter": relative.check_quarter,
    "relunit": relative.check_relunit,
    "chained": relative.check_chained,
    "daypart": relative.check_daypart,
    "duration": amounts.check_duration,
    "set": amounts.check_set,
    "reference": amounts.check_reference,
}
EVENT_ANCHORED = "anchored"
"""Resolved after all others: the event dates they need come from the other timexes."""


class TimeTagger:
    """Stage: ``ParsedArticle`` → ``list[Timex]`` (non-overlapping, in text order)."""

    name = "time"

    def __init__(self) -> None:
        # Built here, once per pipeline, so that no article pays for loading them.
        self.words = lexicon()
        self.framing = self.words.classes.get("framing_preposition", {})
        grammar()
        warm_up()

    def __call__(self, parsed: ParsedArticle) -> list[Timex]:
        context = Context(parsed, self.words)
        candidates = _in_resolution_order(
            find_candidates(parsed.article.text, lambda c: _accepts(c, context)), parsed)
        timexes: list[Timex] = []
        dated: list[anchors.DatedTimex] = []
        waiting: list[Candidate] = []
        for candidate in candidates:
            if candidate.rule.resolver == EVENT_ANCHORED:
                waiting.append(candidate)
                continue
            resolution = RESOLVERS[candidate.rule.resolver](candidate, context)
            if resolution is None:
                continue
            timex = _timex(candidate, resolution, parsed, self.framing)
            timexes.append(timex)
            if resolution.renews_quarter:
                _renew_quarter(timex, context)
            if timex.type in ("DATE", "TIME") and resolution.anchoring:
                point = anchors.dated(timex.start, timex.end, timex.value)
                if point is not None:
                    context.reference.note(point.period, timex.sentence)
                    dated.append(point)
        if waiting:
            dates = anchors.event_dates(dated, context)
            for candidate in waiting:
                resolution = anchors.anchored(candidate, context, dates)
                if resolution is not None:
                    timexes.append(_timex(candidate, resolution, parsed, self.framing))
        return _without_nested(timexes)


def _in_resolution_order(candidates: list[Candidate], parsed: ParsedArticle) -> list[Candidate]:
    """ "Exports rose from a year earlier to $3 billion in 1996": an offset counted from a
    mention that opens a comparison ("from … to …") counts from the time that closes it,
    later in the sentence, which is therefore resolved first."""
    ordered = list(candidates)
    for index in range(len(ordered) - 1):
        opener, closer = ordered[index], ordered[index + 1]
        if relative.opens_comparison(opener, closer, parsed.article.text) and \
                parsed.sentence_of(opener.start) == parsed.sentence_of(closer.start):
            ordered[index], ordered[index + 1] = closer, opener
    return ordered


def _renew_quarter(timex: Timex, context: Context) -> None:
    point = anchors.dated(timex.start, timex.end, timex.value)
    if point is not None and point.period.grain == "quarter":
        context.reference.note_quarter(point.period, timex.sentence)


def _accepts(candidate: Candidate, context: Context) -> bool:
    check = CHECKS.get(candidate.rule.resolver)
    return check is None or check(candidate, context)


def _timex(candidate: Candidate, resolution: Resolution, parsed: ParsedArticle,
           framing: dict[str, str]) -> Timex:
    end = candidate.end if resolution.end is None else resolution.end
    start = _with_framing_preposition(
        _without_noun_phrase_determiner(candidate.start, end, parsed), parsed, framing)
    text = parsed.article.text[start:end]
    return Timex(start, end, text, parsed.sentence_of(start), resolution.type,  # type: ignore[arg-type]
                 resolution.value, f"{candidate.rule.name}: {resolution.how}")


def _with_framing_preposition(start: int, parsed: ParsedArticle,
                              framing: dict[str, str]) -> int:
    """ "met on Wednesday": the span includes the preposition that frames the time ("on",
    "in", "at", "during"), as analysts quote it; TimeML's TIMEX3 leaves it out as a SIGNAL,
    and the TimeML scorer compares spans without it (``framing_preposition`` words)."""
    before = parsed.doc.char_span(start, start, alignment_mode="expand")
    index = before.start - 1 if before is not None else -1
    if index < 0:
        return start
    word = parsed.doc[index]
    if word.lower_ in framing and word.dep_ == "prep" \
            and word.idx + len(word) + 1 == start:
        return word.idx
    return start


def _without_noun_phrase_determiner(start: int, end: int, parsed: ParsedArticle) -> int:
    """ "the third-quarter loss", "the 1987 crash": a timex that only modifies a noun outside
    it does not own the noun phrase's determiner (TimeBank's span convention)."""
    text = parsed.article.text
    if not text[start:end].lower().startswith("the "):
        return start
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return start
    last = span[-1]
    if last.head.i > last.i and last.head.i >= span.end and last.head.pos_ in ("NOUN", "PROPN"):
        return start + 4
    return start


def _without_nested(timexes: list[Timex]) -> list[Timex]:
    """Text order; a timex inside a longer one (a date inside an anniversary) is dropped."""
    kept: list[Timex] = []
    for timex in sorted(timexes, key=lambda t: (t.start, -(t.end - t.start))):
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept
