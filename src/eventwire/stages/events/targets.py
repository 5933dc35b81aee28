"""Whom or what an event is aimed at, once its sources are known.

The target is the first of these that names an actor other than the sources: the agent of
a demanded act ("demanded the withdrawal of Serbian forces"); an event noun's own
prepositions ("held a meeting with X"); what a disapproval is about ("complained to the
UN over Israeli raids"); the verb's object and target prepositions ("met with X",
"apologised to X"); the subject or object of what an appeal, demand, refusal or threat is
about ("refused to allow UN planes to land", "warned that it would strike the United
States"); a purpose clause's object ("began a hunger strike to protest against Sweden's
decision"); a "why" phrase ("in protest against X"); and, for an act aimed at no actor, the
country of the place it was aimed at ("imposed a curfew in Abidjan"), as CAMEO codes
locations. Complex prepositions ("in the wake of X") name no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import Actor, Place
from eventwire.stages.events.draft import VERBAL, VIOLENT_ROOTS, Draft, ids, is_infinitive
from eventwire.stages.events.lexicon import Adjunct, Lexicon, Noun
from eventwire.stages.events.matcher import phrase_after
from eventwire.stages.events.participants import (
    OBJECTS,
    actors_of,
    objects_of,
    possessor_or_agent,
    subject_of,
)

ADDRESSED_ROOTS = frozenset({"02", "10", "11", "12", "13"})
"""Appeals, demands, complaints, refusals and threats whose addressee may be their
content's subject ("demanded that the United States match …", "complained that Iraq was
violating the truce", "refused to allow UN planes to land"); not protests, whose verbs
take clauses in other senses ("the findings demonstrate how Kadima shattered …")."""
INVESTIGATION_ROOT = "09"
INVOLVEMENT_CODE = "086"
"""Allowing international involvement: whom it lets in may be its content's subject ("allowed
European observers to monitor the election")."""
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
TARGET_PLACES = frozenset({"country", "admin1", "city"})
"""Places whose country an event aimed at them targets; a sea or a landmark may lie off
any country ("attacked a ship in the Red Sea")."""


class Targets:
    """The target search of the event coder, over its lexicon's function words."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.words = lexicon.words
        self.skip = frozenset(lexicon.words["complex_prep_noun"])

    def find(self, draft: Draft, actors: list[Actor]) -> None:
        """Set the draft's targets from its syntax (see module docstring)."""
        holders = _target_holders(draft)
        exclude = ids(draft.sources) | self._own(draft, holders, actors)
        found, how = self._demanded_agent(draft, actors, exclude)
        for noun_token, noun in ([] if found else self._event_nouns(draft, holders)):
            found, how = objects_of(noun_token, actors, tuple(noun.target_preps), (), exclude,
                                    self.skip)
            if found:
                how = f"{noun.lemma}:{how}"
                break
        if not found and draft.code[:2] == "11":  # what it is about, if not about itself
            found, how = self._first(holders, actors, self.words["grievance_prep"], (),
                                     exclude)
            countries = {source.country for source in draft.sources}
            found = [actor for actor in found if actor.country not in countries]
        if not found:
            fallback = self.words["target_prep"]
            if draft.code[:2] in VIOLENT_ROOTS:  # "fired missiles from Yemen at …"
                fallback = tuple(p for p in fallback if p not in self.words["origin_prep"])
            found, how = self._first(holders, actors, self._target_preps(draft), fallback,
                                     exclude)
        if not found and draft.code[:2] == INVESTIGATION_ROOT:
            found, how = self._alleged(holders, actors, exclude)
        if not found and (draft.code[:2] in ADDRESSED_ROOTS
                          or draft.code.startswith(INVOLVEMENT_CODE)):
            found, how = self._content(holders, actors, exclude)
        if not found:
            found, how = self._purpose(draft, holders, actors, exclude)
        if found:
            draft.targets = found
            draft.rule.append(f"target:{how}")

    def _own(self, draft: Draft, holders: list[Token], actors: list[Actor]) -> frozenset[str]:
        """Actors of objects that belong to the source ("withdrew its peacekeepers from
        Bosnia", "put their forces on alert"): a possessive pronoun and the source's
        country make them the source's own means, not the target."""
        countries = {source.country for source in draft.sources if source.country}
        own: set[str] = set()
        for child in (child for holder in holders for child in holder.children):
            if child.dep_ in OBJECTS and any(
                    word.dep_ == "poss" and word.pos_ == "PRON" for word in child.children):
                own.update(actor.id for actor in actors_of(child, actors)
                           if actor.country in countries)
        return frozenset(own)

    def adjunct(self, draft: Draft, actors: list[Actor]) -> None:
        """The target named by a "why" phrase of the event's verb ("in protest against X")."""
        for verb in dict.fromkeys((draft.clause, draft.first)):
            for adjunct, noun in adjunct_phrases(verb, self.lexicon):
                found, how = objects_of(noun, actors, adjunct.target_preps, (),
                                        ids(draft.sources))
                if found:
                    draft.targets = found
                    draft.rule.append(f"target:{noun.head.lower_} {noun.lower_}:{how}")
                    return

    def place(self, draft: Draft, places: list[Place]) -> None:
        """An event aimed at no actor but at a place ("imposed a curfew in Abidjan", "set up
        a research centre in Tokyo", "arrived in Amman") has the place's country as target;
        only places the verb's own phrase names after it."""
        place = self.place_after(draft, places)
        if place is not None:
            draft.targets = [Actor("", place.name, "country", place.country)]
            draft.rule.append(f"target:place:{place.name}")

    def place_after(self, draft: Draft, places: list[Place]) -> Place | None:
        """The first place with a country that a locative phrase of the verb names, or the
        "with" phrase of a border ("closed its border crossings with Gaza")."""
        words = {token.idx for verb in dict.fromkeys((draft.first, draft.clause))
                 for token in phrase_after(verb, self.words["adjunct_prep"])
                 if token.dep_ == "pobj" and (token.head.lower_ in self.words["locative"]
                                              or self._across_border(token))}
        for place in places:
            if place.country is not None and place.feature in TARGET_PLACES and any(
                    mention.start <= start < mention.end
                    for mention in place.mentions for start in words):
                return place
        return None

    def _across_border(self, token: Token) -> bool:
        preposition = token.head
        return preposition.lower_ == "with" \
            and preposition.head.lemma_.lower() in self.words["boundary_noun"]

    def _first(self, holders: list[Token], actors: list[Actor], preferred: tuple[str, ...],
               fallback: tuple[str, ...], exclude: frozenset[str]) -> tuple[list[Actor], str]:
        for holder in holders:
            found, how = objects_of(holder, actors, preferred, fallback, exclude, self.skip,
                                    self.words["theme_verb"])
            if found:
                return found, how
        return [], ""

    def _content(self, holders: list[Token], actors: list[Actor],
                 exclude: frozenset[str]) -> tuple[list[Actor], str]:
        """The subject, else the object, of what an appeal, demand, complaint or threat is
        about."""
        for clause in (clause for holder in holders for clause in _content_clauses(holder)):
            subject, _ = subject_of(clause)
            own = any(child == subject for child in clause.children)
            found = actors_of(subject, actors, exclude) if own or clause.dep_ != "xcomp" else []
            if found:  # an infinitive's subject is the threatener's own phrase: not a target
                return found, "content-subject"
            found, how = objects_of(clause, actors, (), self.words["target_prep"], exclude,
                                    self.skip)
            if found:  # "warned that it would strike the United States"
                return found, f"content:{how}"
        return [], ""

    def _alleged(self, holders: list[Token], actors: list[Actor],
                 exclude: frozenset[str]) -> tuple[list[Actor], str]:
        """"investigating allegations that Iraq bought nuclear material", "looking into
        reports that China sold missiles": an inquiry into what someone is said to have
        done is aimed at them, the subject of the allegation's clause."""
        nouns = self.words["allegation_noun"]
        for holder in holders:
            for noun in _objects_and_pobjs(holder):
                if noun.lemma_.lower() not in nouns:
                    continue
                for clause in noun.children:
                    if clause.dep_ not in {"acl", "ccomp"} or clause.pos_ not in VERBAL:
                        continue
                    subject, passive = subject_of(clause)
                    found = [] if passive else actors_of(subject, actors, exclude, agent=True)
                    if found:
                        return found, f"alleged:{noun.lemma_.lower()}"
        return [], ""

    def _purpose(self, draft: Draft, holders: list[Token], actors: list[Actor],
                 exclude: frozenset[str]) -> tuple[list[Actor], str]:
        """The object of a purpose clause of the verb, its event noun or its object."""
        objects = [child for child in draft.clause.children if child.dep_ in OBJECTS]
        for holder in [*holders, *objects]:
            for purpose in _purpose_clauses(holder):
                found, how = objects_of(purpose, actors, (), self.words["target_prep"],
                                        exclude, self.skip)
                if found:
                    return found, f"purpose:{purpose.lower_}:{how}"
        return [], ""

    def _demanded_agent(self, draft: Draft, actors: list[Actor],
                        exclude: frozenset[str]) -> tuple[list[Actor], str]:
        """"demanded the withdrawal of Serbian forces": who is to act is the addressee."""
        if draft.code[:2] not in {"02", "10"}:
            return [], ""
        for child in draft.clause.children:
            if child.dep_ in OBJECTS and child.lemma_.lower() in self.words["agentive_noun"]:
                found = [actor for actor in possessor_or_agent(child, actors, of=True)
                         if actor.id not in exclude]
                if found:
                    return found, f"agent-of:{child.lemma_.lower()}"
        return [], ""

    def _target_preps(self, draft: Draft) -> tuple[str, ...]:
        noun = self.lexicon.noun(draft.last)
        if draft.last != draft.first and noun is not None:
            return tuple(noun.target_preps)
        return draft.target_preps

    def _event_nouns(self, draft: Draft, holders: list[Token]) -> list[tuple[Token, Noun]]:
        """The event nouns a verb takes as object other than its trigger ("held a meeting
        with X"), whose own prepositions name the target."""
        found: list[tuple[Token, Noun]] = []
        for child in draft.clause.children:
            noun = self.lexicon.noun(child) if child.dep_ in OBJECTS else None
            if noun is not None and child not in holders:
                found.append((child, noun))
        return found


def adjunct_phrases(verb: Token, lexicon: Lexicon) -> list[tuple[Adjunct, Token]]:
    """The "in protest against X" phrases on ``verb``, with the noun heading each."""
    found: list[tuple[Adjunct, Token]] = []
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            adjunct = lexicon.adjuncts.get((child.lower_, noun.lemma_.lower()))
            if noun.dep_ == "pobj" and adjunct is not None:
                found.append((adjunct, noun))
    return found


def _target_holders(draft: Draft) -> list[Token]:
    """Where the target may hang: the event noun, the complement verb, then the verb."""
    holders = [draft.last] if draft.last != draft.first else []
    if draft.clause not in holders and draft.clause != draft.first:
        holders.append(draft.clause)
    holders.append(draft.first)
    return holders


def _objects_and_pobjs(verb: Token) -> list[Token]:
    """The verb's objects and the objects of its prepositions ("looked into reports")."""
    found = [child for child in verb.children if child.dep_ in OBJECTS]
    found += [pobj for child in verb.children if child.dep_ == "prep"
              for pobj in child.children if pobj.dep_ == "pobj"]
    return found


def _content_clauses(verb: Token) -> list[Token]:
    """"demanded that the United States match …": the clauses a verb's act is about."""
    return [child for child in verb.children if child.dep_ in {"ccomp", "xcomp"}
            and child.pos_ in VERBAL]


def _purpose_clauses(head: Token) -> list[Token]:
    """"began a hunger strike to protest against Sweden's decision": the infinitives after
    a verb, or after its event noun, that say what it was done for."""
    return [child for child in head.children if child.dep_ in PURPOSE_DEPS
            and child.i > head.i and is_infinitive(child)]
