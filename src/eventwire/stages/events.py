"""Events: CAMEO/PLOVER-coded actions with source, target, date, place and evidence.

First version, over the dependency parse with a small trigger lexicon
(``data/events/lexicon.tsv``):
- a verb trigger's subject is the source, its object or the object of a listed
  preposition ("met with", "visit to") the target; a passive subject is the target and
  the by-agent the source;
- a nominal trigger ("held a meeting with") codes when a light verb carries it: the light
  verb's subject is the source and the noun's prepositional object the target;
- negation marks the event ``negated``; "will"/"shall" marks it ``intended``;
- the date comes from :mod:`eventwire.stages.dating`, the place from
  :func:`eventwire.stages.places.place_of_event`;
- "as reported by X", "according to X" and "X said/reported" in the sentence give
  ``reported_by``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.cameo import lookup
from eventwire.models import (
    Actor,
    ActorRef,
    Event,
    ParsedArticle,
    Place,
    Quote,
    Reporter,
    Timex,
    Trigger,
)
from eventwire.resources import data_path
from eventwire.stages.dating import date_event
from eventwire.stages.places import place_of_event
from eventwire.stages.syntax import actor_at, clause_tokens

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
REPORT_VERBS = frozenset({"say", "report", "tell", "announce", "state", "claim"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    lemma: str
    pos: str
    cameo: str
    target_preps: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], LexiconEntry]:
    """Trigger lexicon keyed by (lemma, coarse POS), read once per process."""
    path = data_path("events", "lexicon.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")),
                              delimiter="\t")
        entries = [LexiconEntry(row["lemma"], row["pos"], row["cameo"],
                                frozenset(filter(None, (row["target_preps"] or "").split("|"))))
                   for row in rows]
    return {(entry.lemma, entry.pos): entry for entry in entries}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    lines = data_path("events", "light_verbs.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass(slots=True)
class EventContext:
    """Everything the event coder reads besides the parse: the other stages' output."""

    parsed: ParsedArticle
    actors: list[Actor]
    timexes: list[Timex]
    places: list[Place]
    quotes: list[Quote]


class EventCoder:
    """Stage: ``EventContext`` → ``list[Event]``, numbered E1, E2, … in text order."""

    name = "events"

    def __init__(self) -> None:
        self.lexicon = lexicon()
        self.light_verbs = light_verbs()

    def __call__(self, context: EventContext) -> list[Event]:
        events: list[Event] = []
        for token in context.parsed.doc:
            event = self._code(token, context)
            if event is not None:
                event.id = f"E{len(events) + 1}"
                events.append(event)
        return events

    def _code(self, token: Token, context: EventContext) -> Event | None:
        if token.pos_ == "VERB":
            entry = self.lexicon.get((token.lemma_.lower(), "VERB"))
            if entry is None:
                return None
            return self._event(token, token, entry, context, "lexicon:verb")
        if token.pos_ == "NOUN":
            entry = self.lexicon.get((token.lemma_.lower(), "NOUN"))
            carrier = token.head
            if (entry is None or token.dep_ not in OBJECTS
                    or carrier.lemma_.lower() not in self.light_verbs):
                return None
            return self._event(token, carrier, entry, context, f"lexicon:noun+{carrier.lemma_}")
        return None

    def _event(self, trigger: Token, clause: Token, entry: LexiconEntry,
               context: EventContext, rule: str) -> Event:
        parsed = context.parsed
        source, target = self._participants(trigger, clause, entry, context.actors)
        code = lookup(entry.cameo)
        sentence = parsed.sentence_of(trigger.idx)
        words = clause_tokens(clause)
        dated = date_event(words, context.timexes, parsed)
        place, place_rule = place_of_event(words, context.places)
        span = parsed.sentences[sentence]
        return Event(
            id="",
            sentence=sentence,
            start=span.start,
            end=span.end,
            trigger=Trigger(trigger.idx, trigger.idx + len(trigger), trigger.text),
            source=source,
            target=target,
            cameo=code.code,
            cameo_name=code.name,
            plover=code.plover or "",
            mode=code.mode,
            context=list(code.context),
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            date=dated.date,
            date_precision=dated.precision,
            place=place,
            negated=any(child.dep_ == "neg" for child in clause.children),
            modality=_modality(clause),
            quote=next((q.text for q in context.quotes if q.sentence == sentence), None),
            reported_by=_reporters(parsed, sentence, context.actors),
            confidence=0.6 if source and target else 0.4,
            rule=f"{rule}:{entry.lemma}",
            date_rule=dated.rule,
            place_rule=place_rule,
        )

    def _participants(self, trigger: Token, clause: Token, entry: LexiconEntry,
                      actors: list[Actor]) -> tuple[ActorRef | None, ActorRef | None]:
        source = target = None
        verb = clause
        while not any(c.dep_ in SUBJECTS for c in verb.children) and verb.dep_ in {"conj", "xcomp"}:
            verb = verb.head
        for child in verb.children:
            if child.dep_ == "nsubj":
                source = source or _actor_in(child, actors)
            elif child.dep_ == "nsubjpass":
                target = target or _actor_in(child, actors)
            elif child.dep_ == "agent":
                source = source or _first_pobj_actor(child, actors)
        holders = [trigger] if trigger != clause else [clause]
        for holder in holders:
            for child in holder.children:
                if child.dep_ in OBJECTS and trigger == clause:
                    target = target or _actor_in(child, actors)
                elif child.dep_ == "prep" and child.lower_ in entry.target_preps:
                    target = target or _first_pobj_actor(child, actors)
        return source, target


def _actor_in(token: Token, actors: list[Actor]) -> ActorRef | None:
    """The actor named by the phrase headed by ``token`` (its head word first)."""
    actor = actor_at(actors, token.idx, token.idx + len(token))
    if actor is None:
        for word in token.subtree:
            actor = actor_at(actors, word.idx, word.idx + len(word))
            if actor is not None:
                break
    return ActorRef.of(actor) if actor else None


def _first_pobj_actor(preposition: Token, actors: list[Actor]) -> ActorRef | None:
    for child in preposition.children:
        if child.dep_ == "pobj":
            return _actor_in(child, actors)
    return None


def _modality(clause: Token) -> str:
    if any(child.dep_ == "neg" for child in clause.children):
        return "denied"
    if any(child.lower_ in FUTURE_AUX for child in clause.children):
        return "intended"
    return "asserted"


def _reporters(parsed: ParsedArticle, sentence: int, actors: list[Actor]) -> list[Reporter]:
    """Who the sentence says reported it: "as reported by X", "according to X", "X said"."""
    span = parsed.sentences[sentence]
    reporters: list[Reporter] = []
    for token in parsed.doc.char_span(span.start, span.end, alignment_mode="expand"):
        named: Token | None = None
        if token.dep_ == "agent" and token.head.lemma_ in REPORT_VERBS:
            named = next((c for c in token.children if c.dep_ == "pobj"), None)
        elif token.lower_ == "according" and token.i + 1 < len(token.doc) \
                and token.nbor().lower_ == "to":
            named = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
        elif token.dep_ == "nsubj" and token.head.lemma_ in REPORT_VERBS:
            named = token
        if named is None:
            continue
        actor = actor_at(actors, named.idx, named.idx + len(named))
        if actor is None:
            actor = next((actor_at(actors, t.idx, t.idx + len(t)) for t in named.subtree
                          if actor_at(actors, t.idx, t.idx + len(t))), None)
        name = actor.name if actor else " ".join(t.text for t in named.subtree)
        reporters.append(Reporter(name, actor.id if actor else None))
    return reporters
