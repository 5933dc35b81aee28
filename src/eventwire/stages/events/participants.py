"""Source and target of an event, read from the syntax around its trigger.

Who acts is the clause's subject (climbing from an infinitive or coordinated verb to the
verb that has one); a passive subject is the one acted on and the ``by`` agent the actor.
The target is the object, else the object of a target preposition ("met with",
"apologised to"); coordinated subjects or objects give one event per pair ("Israel and
Lebanon renewed negotiations" codes both directions). Every participant is an actor of the
actors stage found on the phrase (``syntax.actor_at``), so the actors stage's coreference
(pronouns, surnames, "the isolated country") flows in without code here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.models import Actor
from eventwire.stages.events.draft import VIOLENT_ROOTS
from eventwire.stages.events.lexicon import Lexicon, lexicon
from eventwire.stages.syntax import actor_at, is_temporal

SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj", "dative", "iobj"})
RECIPIENTS = frozenset({"dative", "iobj"})
CLIMB = frozenset({"xcomp", "conj", "acomp", "advcl"})
SKIP_IN_PHRASE = frozenset({"relcl", "acl", "ccomp", "advcl", "conj", "cc", "punct"})
PRONOUNS = frozenset({"PRON"})
MEMBERSHIP = frozenset({"of", "from", "among", "including", "in"})
"""Prepositions through which a subject phrase names the actor who acts ("leaders of X",
"Albanians in south Serbia")."""
QUANTITIES = frozenset({"number", "percentage", "percent", "share", "proportion", "rate",
                        "level", "amount", "total", "figure", "value", "price", "cost",
                        "volume", "revenue", "output", "stock", "index"})
"""Subject heads that measure something: "the number of Palestinians hit a peak" is no act
of the Palestinians."""
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"})


@dataclass(slots=True)
class Roles:
    """The actors on each side, plus how they were found (for the rule string)."""

    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    subject: Token | None = None
    how: list[str] = field(default_factory=list)


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject governing ``verb`` and whether it is a passive one. The passive subject
    of a verb whose infinitive ``verb`` is ("Iran was forced to withdraw", "the minister
    is expected to visit China") is the infinitive's active subject."""
    current = verb
    raised = False
    for _ in range(6):
        for child in current.children:
            if child.dep_ in SUBJECT:
                return child, False
            if child.dep_ in PASSIVE_SUBJECT:
                return child, not raised
        if current.dep_ in {"relcl", "acl"} and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head, current.dep_ == "acl" and current.tag_ == "VBN"
        if current.dep_ == "pcomp" and current.head.head.pos_ == "ADJ":
            current = current.head.head  # "X are guilty of violating": X violated
            continue
        if current.dep_ not in CLIMB or current.head == current:
            break
        raised = raised or current.dep_ == "xcomp"
        current = current.head
    return None, False


def actors_of(head: Token | None, actors: list[Actor],
              exclude: frozenset[str] = frozenset(), agent: bool = False) -> list[Actor]:
    """Actors named by the phrase headed by ``head`` and by the phrases coordinated with it;
    actors in ``exclude`` are looked past ("their disapproval for the United States'
    policies" → the United States when "their" is the event's source). For an ``agent``
    (a subject) only phrases of membership count ("leaders of the coalition", "activists
    from Fatah"): in "access for the Darfur region has improved" Darfur acts in nothing
    (see ``_not_agentive``)."""
    if head is None:
        return []
    found: list[Actor] = []
    for phrase in (head, *head.conjuncts):
        for actor in _phrase_actors(phrase, actors, exclude, agent):
            if all(actor.id != known.id for known in found):
                found.append(actor)
    return found


def _phrase_actors(head: Token, actors: list[Actor], exclude: frozenset[str],
                   agent: bool = False) -> list[Actor]:
    """The head word's actor; else the first actor inside the phrase, with any actors
    coordinated with it ("Senior Hungarian and Romanian officials")."""
    actor = _at(head, actors)
    if actor is not None and actor.id not in exclude:
        found = [actor]
        for modifier in head.lefts:  # "Armenian and Azeri forces": the Azeri ones too
            for other in modifier.conjuncts:
                extra = _at(other, actors)
                if extra is not None and extra.id not in exclude \
                        and all(extra.id != a.id for a in found):
                    found.append(extra)
        return found
    for word in _phrase_words(head, agent):
        actor = _at(word, actors)
        if actor is None or actor.id in exclude:
            continue
        found = [actor]
        for other in _conjuncts_up_to(word, head):
            extra = next((_at(inner, actors) for inner in _phrase_words(other)
                          if _at(inner, actors) is not None), None)
            if extra is not None and extra.id not in exclude \
                    and all(extra.id != a.id for a in found):
                found.append(extra)
        return found
    return []


def _conjuncts_up_to(word: Token, head: Token) -> list[Token]:
    """Phrases coordinated with ``word`` or with the words between it and ``head`` ("a
    meeting between an Israeli peace movement and the PLO": from "Israeli", the PLO)."""
    found: list[Token] = []
    current = word
    while True:
        found.extend(current.conjuncts)
        if current == head or current.head == current:
            return found
        current = current.head


def _not_agentive(child: Token) -> bool:
    """A modifier through which a subject does not name who acts: a possessor ("the
    company's revenues increased"), a phrase that is not one of membership ("access for
    Darfur"), anything under a quantity ("the number of Palestinians")."""
    return child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ not in MEMBERSHIP) \
        or child.head.lemma_.lower() in QUANTITIES


def _phrase_words(head: Token, agent: bool = False) -> list[Token]:
    words: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(child for child in token.children if (
            child.dep_ not in SKIP_IN_PHRASE or (token != head and child.dep_ == "conj"))
            and not (agent and _not_agentive(child)))
    return sorted(words, key=lambda token: token.i)


def _at(token: Token, actors: list[Actor]) -> Actor | None:
    return actor_at(actors, token.idx, token.idx + len(token))


def objects_of(verb: Token, actors: list[Actor], preferred: tuple[str, ...],
               fallback: tuple[str, ...], exclude: frozenset[str] = frozenset(),
               skip: frozenset[str] = frozenset(),
               theme_verbs: tuple[str, ...] = ()) -> tuple[list[Actor], str]:
    """Target actors: the pattern's or noun's own prepositions first, then the direct
    object (for one of ``theme_verbs``, whose direct object is what is sent or given:
    "would send troops", only the recipient, "lent Kenya $200 million", or a phrase of
    the object, "withdrew its ambassador from Egypt"), then the general target prepositions
    in their order of
    preference. Actors in ``exclude`` (the event's sources: "Syria offered its troops to
    Lebanon") are passed over, so the next phrase is tried; so are phrases whose object is
    one of ``skip`` (complex prepositions: "in the wake of X" names no target)."""
    children = [child for child in _with_particle_preps(verb)
                if not any(pobj.dep_ == "pobj" and pobj.lemma_.lower() in skip
                           for pobj in child.children)]
    for preposition in preferred:
        found = _prep_actors(children, preposition, actors, exclude)
        if found:
            return found, f"prep:{preposition}"
    objects = _objects(verb)
    if verb.lemma_.lower() in theme_verbs:  # the recipient, or whom the theme came from
        objects = [child for child in objects if child.dep_ in RECIPIENTS] + [
            pobj for child in objects if child.dep_ not in RECIPIENTS
            for preposition in child.children if preposition.dep_ == "prep"
            for pobj in preposition.children if pobj.dep_ == "pobj"]
    for child in objects:
        found = actors_of(child, actors, exclude)
        if found:
            return found, "object"
    for preposition in fallback:
        found = _prep_actors(children, preposition, actors, exclude)
        if found:
            return found, f"prep:{preposition}"
    for child in objects:
        found = [actor for actor in _authors(child, actors) if actor.id not in exclude]
        if found:
            return found, "object-author"
    return [], ""


def _with_particle_preps(verb: Token) -> list[Token]:
    """The verb's children, with the prepositions the parser hangs under the verb's
    particle (``particle`` in ``function_words.tsv``: "pulled out of the talks", "pulled
    its troops back from the border"): those phrases are the verb's own. Other words'
    phrases stay theirs ("according to X")."""
    particles = lexicon().words["particle"]
    found: list[Token] = []
    for child in verb.children:
        found.append(child)
        if child.lower_ in particles:
            found.extend(grandchild for grandchild in child.children
                         if grandchild.dep_ == "prep")
    return found


def _authors(noun: Token, actors: list[Actor]) -> list[Actor]:
    """"rejected a peace plan proposed by Israel", "a resolution drafted by France": who
    made what the act is aimed at, named by a participle's "by" phrase, is its target."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            found = agent_actors(child, actors)
            if found:
                return found
    return []


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, including one shifted behind a predicative "as" phrase
    ("denounced as an ugly crime Serbia's suppression of …", parsed as an apposition)."""
    objects = [child for child in verb.children if child.dep_ in OBJECTS]
    if objects:
        return objects
    return [appos for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"
            for pobj in child.children if pobj.dep_ == "pobj"
            for appos in pobj.children if appos.dep_ == "appos"]


def _prep_actors(children: list[Token], preposition: str, actors: list[Actor],
                 exclude: frozenset[str]) -> list[Actor]:
    for child in children:
        if child.lower_ == preposition and child.dep_ in {"prep", "dative", "agent"} \
                and not is_temporal(child):
            for pobj in _prep_objects(child):
                found = actors_of(pobj, actors, exclude)
                if found:
                    return found
    return []


def _prep_objects(preposition: Token) -> list[Token]:
    """The preposition's object; when the parser left it without one ("granted asylum to
    five officers holed up in …", the noun taken as the subject of the next clause), the
    noun phrase that starts right after it."""
    objects = [child for child in preposition.children if child.dep_ in {"pobj", "pcomp"}]
    if objects or preposition.i + 1 >= len(preposition.doc):
        return objects
    start = preposition.doc[preposition.i + 1]
    noun = start
    while noun.head.i > noun.i and noun.head.left_edge.i == start.i \
            and noun.head.pos_ in NOMINAL:
        noun = noun.head
    return [noun] if noun.pos_ in NOMINAL else []


def agent_actors(verb: Token, actors: list[Actor]) -> list[Actor]:
    """Actors of the ``by`` phrase of a passive verb or participle ("attacked by X"); when
    it names a means, whoever the means' own ``by`` phrase names ("killed by a landmine
    planted by Kurdish rebels")."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return actors_of(pobj, actors) or _authors(pobj, actors)
    return []


def attack_actors(verb: Token, actors: list[Actor], lexicon: Lexicon) -> list[Actor]:
    """The attacker named by a violent event noun a passive verb happened in ("were
    wounded in a clash with Kurdish rebels", "killed in an attack by X", "in an Israeli
    air strike"): the noun's possessor or "by" agent, else its "with" party, else its
    national modifier."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in {"in", "during"}:
            continue
        for noun in child.children:
            event = lexicon.noun(noun) if noun.dep_ == "pobj" else None
            if event is None or event.code[:2] not in VIOLENT_ROOTS:
                continue
            found = possessor_or_agent(noun, actors) or _participle_agent(noun, actors) \
                or next(
                (actors_of(pobj, actors) for preposition in noun.children
                 if preposition.dep_ == "prep" and preposition.lower_ == "with"
                 for pobj in preposition.children if pobj.dep_ == "pobj"), []) or [
                actor for modifier in noun.children if modifier.dep_ in {"amod", "compound"}
                for actor in actors_of(modifier, actors)]  # "in an Israeli air strike"
            if found:
                return found
    return []


def _participle_agent(noun: Token, actors: list[Actor]) -> list[Actor]:
    """"in two airstrikes carried out by Israeli army aircraft", "in an attack launched by
    the rebels": the agent of a participle describing the violent noun is its attacker."""
    return [actor for participle in noun.children if participle.dep_ == "acl"
            for agent in participle.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj"
            for actor in actors_of(pobj, actors)]


def comitative_actors(verb: Token, actors: list[Actor], words: tuple[str, ...]) -> list[Actor]:
    """Further sources named by "along with X" / "together with X" on the verb."""
    found: list[Actor] = []
    for child in verb.children:
        if child.lower_ in words:
            for inner in child.subtree:
                if inner.lower_ == "with":
                    for pobj in inner.children:
                        if pobj.dep_ == "pobj":
                            found.extend(actors_of(pobj, actors))
    return found


def speaker_for_pronoun(subject: Token | None, verb: Token, actors: list[Actor],
                        speech: tuple[str, ...]) -> list[Actor]:
    """"Syria says it will withdraw": a pronoun subject of a speech verb's complement
    clause, when the actors stage left it unresolved, is the speaker; so is a subject the
    pronoun owns ("the Saudi minister said his country supported …", "said his troops had
    defeated the rebels")."""
    owned = subject is not None and subject.pos_ not in PRONOUNS
    if owned:
        subject = next((child for child in subject.children if child.dep_ == "poss"
                        and child.pos_ in PRONOUNS), None)
    if subject is None:
        return []
    if (resolved := _at(subject, actors)) is not None:
        # a subject the pronoun owns is its owner's side, whoever coreference found it to be
        return [resolved] if owned else []
    clause = verb
    while clause.dep_ in {"xcomp", "conj", "acomp"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
        return []
    speaker, _ = subject_of(clause.head)
    return actors_of(speaker, actors, agent=True)


def possessor_or_agent(noun: Token, actors: list[Actor], of: bool = False) -> list[Actor]:
    """The source of a nominal trigger: its possessor ("his meeting") or ``by`` agent
    ("this visit by Shoigu"); with ``of``, also its "of" phrase, for nouns whose "of"
    names who acts ("the withdrawal of Serbian forces")."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = actors_of(child, actors)
            if found:
                return found
    for preposition in ("by", "of") if of else ("by",):
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == preposition:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return actors_of(pobj, actors)
    return []
