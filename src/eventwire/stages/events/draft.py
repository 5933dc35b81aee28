"""An event in the making: what the coder knows about one trigger before it becomes events.

A draft is made for every verb or event noun that codes; participants, folding
(:mod:`.folding`) and target search (:mod:`.targets`) fill it in or drop it, and the coder
turns what is left into one event per source/target pair.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.models import Actor

VERBAL = frozenset({"VERB", "AUX"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
"""CAMEO roots of violent acts: unconventional violence, conventional force, mass violence."""


@dataclass(slots=True)
class Draft:
    """An event before it is split into source/target pairs and dated."""

    first: Token
    last: Token
    clause: Token
    code: str
    modality: str
    negated: bool
    rule: list[str]
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    matched_pattern: bool = False
    subject_is_target: bool = False
    """The pattern says the subject undergoes the event ("X faced court martial")."""
    kept: bool = True
    """False when the draft has no parties to be an event: it still tells its clause's
    purpose clauses and content that they are part of it ("The protesters demanded that
    the Commission withdraw the proposal": no withdrawal)."""
    reciprocal: bool = False
    """The verb makes coordinated subjects act on each other ("X and Y clashed")."""
    nominal: bool = False
    """Triggered by an event noun on its own ("his meeting with Kang")."""
    unnamed_agent: bool = False
    """An attack by someone the text does not name ("Gunmen kidnapped …"): an event even
    without a source."""
    target_preps: tuple[str, ...] = ()
    """Prepositions the matched pattern marks as naming the target (``between:@target``)."""
    addressee: Token | None = None
    """The forces or officials a decree orders to do the act ("ordered troops to storm
    …"): they act, on the orderer's behalf (an order to anyone else is a demand)."""
    speech: Token | None = None
    """The speech verb whose complement the trigger's clause is ("X said Y attacked Z")."""
    anchor: Token | None = None
    """The verb whose place in the sentence decides whether the draft is an event of its
    own or part of another's (see :func:`.folding.fold`): the trigger verb, or for a demand
    in reported speech the speech verb."""

    @property
    def verb(self) -> Token:
        return self.anchor if self.anchor is not None else self.first


def ids(actors: list[Actor]) -> frozenset[str]:
    return frozenset(actor.id for actor in actors)


def is_infinitive(verb: Token) -> bool:
    return any(child.tag_ == "TO" for child in verb.children)


def adjunct_controller(token: Token, control_preps: tuple[str, ...]) -> Token | None:
    """The verb whose time or manner adjunct ``token`` heads ("after meeting the king",
    "after talks with Annan", prepositions ``control_prep`` of ``function_words.tsv``): its
    subject does what the gerund or noun says, and the gerund is no content of that verb."""
    preposition = token.head
    if token.dep_ not in {"pcomp", "pobj"} or preposition.dep_ != "prep" \
            or preposition.lower_ not in control_preps or preposition.head.pos_ not in VERBAL:
        return None
    if token.dep_ == "pcomp" and token.tag_ != "VBG":
        return None
    return preposition.head


FINITE = frozenset({"MD", "VBZ", "VBD", "VBP"})
"""Tags of an auxiliary that makes its verb a finite clause ("will", "has", "was")."""


def first_conjunct(verb: Token) -> Token:
    """"to protect them … and prevent a war": a coordinated verb shares the first's role,
    unless it is a clause of its own, with its own subject or tensed auxiliary ("left to
    attend the summit and will visit Brazil": the visit is no purpose of the leaving)."""
    while verb.dep_ == "conj" and verb.head != verb and not any(
            child.dep_ in {"nsubj", "nsubjpass"} or (
                child.dep_ in {"aux", "auxpass"} and child.tag_ in FINITE)
            for child in verb.children):
        verb = verb.head
    return verb
