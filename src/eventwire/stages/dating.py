"""Event dating: the day an event happened, and the rule that decided it.

Why a stage of its own: event datasets are criticised for dating events by their
publication date. Three rules, in order:

1. ``governing-timex``: a time expression that modifies the event in the dependency tree —
   attached to the clause's verb ("met on Wednesday", "On Monday, Kim visited"), or, when
   the verb is one of occurrence or a light verb (``data/time/occurrence_verbs.tsv``), to
   its event noun ("held a meeting on Wednesday", "Wednesday's talks took place"). A date
   inside another argument ("criticised the 1990 invasion") does not date the event. When
   several qualify, the one closest to the verb wins.
2. ``scene``: an anaphoric reference to an occasion already dated in the article ("During
   the meeting, Shoigu presented …" after "held a meeting … on Wednesday"): a definite
   event noun, without modifiers of its own, after "during", "at", "after" or "in". Nouns
   of one group of ``data/time/event_nouns.tsv`` name the same occasion.
3. ``narrative``: the date of the previous event when the text continues the same scene —
   the same sentence, or the next sentence of the same paragraph, unless the clause turns
   to the future.
4. ``publication-date``: the publication date, flagged ``date_precision: "publication"``.

The precision follows the TIMEX3 value: a day, an ISO week, a month; quarters, seasons,
halves and years give ``year`` (the contract's coarsest calendar precision); decades,
centuries and vague references (PRESENT_REF) do not date an event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.models import DatePrecision, ParsedArticle, Timex
from eventwire.stages.time.calendar import Period, parse_value
from eventwire.stages.time.lexicon import lexicon

MODIFIER_HOPS = 3
"""How many dependency steps a time expression may be from the verb or an argument noun
it modifies ("on" → "Wednesday" is one, "day" → "before" → "made" two)."""
GRAIN_PRECISION: dict[str, DatePrecision] = {
    "day": "day", "week": "week", "weekend": "week", "month": "month", "season": "year",
    "quarter": "year", "half": "year", "year": "year"}
ARGUMENT_DEPENDENCIES = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr", "dative"})
MODIFIER_DEPENDENCIES = frozenset({"pobj", "prep", "npadvmod", "tmod", "advmod", "obl", "poss",
                                   "nmod", "compound", "pcomp"})
"""Relations through which a time expression modifies a verb or an event noun."""
NOUN_MODIFIER_DEPENDENCIES = frozenset({"compound", "nmod", "amod", "poss"})
"""How a date describes a noun ("the 1990 invasion", "Wednesday's talks"): it dates that
noun, so it dates the event only when the noun is the event itself (a target)."""



Scene = tuple[str, str, DatePrecision]
"""An occasion dated in the article so far: (event-noun group, date, precision)."""


@dataclass(frozen=True, slots=True)
class EventDate:
    date: str | None
    precision: DatePrecision
    rule: str
    sentence: int = -1
    """The event's sentence, so that the next event can tell whether it continues the scene."""
    scenes: tuple[Scene, ...] = ()
    """Occasions dated so far in the article, passed on from event to event."""


def date_event(clause_words: list[Token], timexes: list[Timex], parsed: ParsedArticle,
               previous: EventDate | None = None) -> EventDate:
    """The date of the event whose clause is ``clause_words`` (its head first).

    ``previous`` is the date of the event coded just before it in text order, for the
    narrative rule."""
    head = clause_words[0]
    sentence = parsed.sentence_of(head.idx)
    scenes = previous.scenes if previous is not None else ()
    governing = _governing_timex(head, clause_words, timexes, parsed)
    if governing is not None:
        timex, period = governing
        dated = EventDate(period.first.isoformat(), GRAIN_PRECISION[period.grain],
                          f"governing-timex:{timex.text}={timex.value}", sentence)
    elif (scene := _scene_reference(clause_words, scenes)) is not None:
        noun, (_, day, precision) = scene
        dated = EventDate(day, precision, f"scene:the {noun.text} dated earlier", sentence)
    elif previous is not None and _continues_scene(previous, head, sentence, parsed):
        dated = EventDate(previous.date, previous.precision,
                          f"narrative:previous event in sentence {previous.sentence}", sentence)
    else:
        published = parsed.article.date
        return EventDate(published.isoformat() if published else None, "publication",
                         "publication-date", sentence, scenes)
    return EventDate(dated.date, dated.precision, dated.rule, sentence,
                     _with_scenes(scenes, clause_words, dated))


def _occasion(token: Token) -> str | None:
    """The occasion group of an event noun ("meeting", "talks"), if it is one."""
    if token.pos_ != "NOUN":
        return None
    return lexicon().event_groups.get(token.lemma_.lower())


def _with_scenes(scenes: tuple[Scene, ...], clause_words: list[Token],
                 dated: EventDate) -> tuple[Scene, ...]:
    """The scenes known so far, updated with the occasions this dated clause names."""
    named = {group for token in clause_words if (group := _occasion(token))}
    if not named or dated.date is None:
        return scenes
    kept = tuple(scene for scene in scenes if scene[0] not in named)
    return kept + tuple((group, dated.date, dated.precision) for group in sorted(named))


def _scene_reference(clause_words: list[Token],
                     scenes: tuple[Scene, ...]) -> tuple[Token, Scene] | None:
    """ "During the meeting": a bare definite occasion noun already dated in the article."""
    known = {scene[0]: scene for scene in scenes}
    for token in clause_words:
        group = _occasion(token)
        if group not in known or token.dep_ != "pobj" or \
                not lexicon().has("scene_preposition", token.head.lower_):
            continue
        definite = any(child.dep_ == "det" and lexicon().has("scene_determiner", child.lower_)
                       for child in token.children)
        own_modifiers = any(child.dep_ in ("prep", "relcl", "acl", "amod", "compound")
                            for child in token.children)
        if definite and not own_modifiers:
            return token, known[group]  # type: ignore[index]
    return None


def _governing_timex(head: Token, clause_words: list[Token], timexes: list[Timex],
                     parsed: ParsedArticle) -> tuple[Timex, Period] | None:
    in_clause = {token.i for token in clause_words}
    targets = {head.i}
    if head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"}:
        # "On April 9, Iraq flouted … and flew …": what stands before the first verb
        # dates every verb coordinated with it
        first = head.head
        targets.add(first.i)
        in_clause |= {token.i for token in first.subtree if token.i < first.i}
    if head.lemma_.lower() in lexicon().occurrence_verbs:
        # "held a meeting on Monday", "Wednesday's talks took place": the noun is the event.
        targets |= {child.i for child in head.children if child.dep_ in ARGUMENT_DEPENDENCIES}
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
    """Dependency steps from ``token`` up to one of ``targets`` along modifier relations
    ("on" → "Wednesday"), or None: a date that counts or describes a noun ("the 1990
    invasion") does not modify the event."""
    for hops in range(MODIFIER_HOPS + 1):
        if token.i in targets:
            return hops
        head = token.head
        if hops == 0 and token.dep_ in NOUN_MODIFIER_DEPENDENCIES and head.pos_ == "NOUN" \
                and head.i not in targets:
            return None  # "since its August 1990 invasion": the date of the invasion
        if head == token or not (token.dep_ in MODIFIER_DEPENDENCIES or (
                token.dep_ in ARGUMENT_DEPENDENCIES
                and head.lemma_.lower() in lexicon().occurrence_verbs)):
            return None
        token = head
    return None


def _continues_scene(previous: EventDate, head: Token, sentence: int,
                     parsed: ParsedArticle) -> bool:
    """Same sentence, or the next one in the same paragraph, and not turned to the future."""
    if previous.precision == "publication" or previous.date is None:
        return False
    if any(lexicon().has("future_aux", child.lower_) for child in head.children):
        return False
    if sentence == previous.sentence:
        return True
    if sentence != previous.sentence + 1:
        return False
    gap = parsed.article.text[parsed.sentences[previous.sentence].end:
                              parsed.sentences[sentence].start]
    return "\n" not in gap
