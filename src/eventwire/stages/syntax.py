"""Small parse-tree helpers shared by the stages: from characters to tokens to clauses."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import Actor, ParsedArticle

VERBAL = frozenset({"VERB", "AUX"})
EMBEDDED_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def token_at(parsed: ParsedArticle, char: int) -> Token | None:
    """The token covering character offset ``char`` (or the next one after whitespace)."""
    span = parsed.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def governing_verb(token: Token) -> Token:
    """The nearest verb at or above ``token`` in the dependency tree (the root otherwise)."""
    head = token
    while head.pos_ not in VERBAL and head.head != head:
        head = head.head
    return head


FINITE_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})
"""Tags of an auxiliary that makes its verb a finite clause ("will", "has", "was")."""


def first_conjunct(token: Token) -> Token:
    """The first of a coordination ("will visit and meet", "on Friday and Saturday"): the
    later conjuncts share what hangs on it (auxiliaries, the preposition, the role of a
    purpose infinitive) — unless a conjunct is a clause of its own, with its own subject
    or tensed auxiliary, or itself tensed ("left to attend the summit and will visit
    Brazil"; "Israel did not attack and Syria responded"; "did not meet Iraq and met
    Turkey")."""
    while token.dep_ == "conj" and token.head != token and not _own_clause(token):
        token = token.head
    return token


def _own_clause(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS - {"MD"} or any(child.dep_ in {"nsubj", "nsubjpass"}
               or (child.dep_ in {"aux", "auxpass"} and child.tag_ in FINITE_TAGS)
               for child in verb.children)


def actor_at(actors: list[Actor], start: int, end: int) -> Actor | None:
    """The actor with a mention overlapping ``[start, end)``, if any."""
    for actor in actors:
        for mention in actor.mentions:
            if mention.start < end and start < mention.end:
                return actor
    return None


def clause_tokens(clause: Token, embedded: frozenset[str] = EMBEDDED_CLAUSES) -> list[Token]:
    """A clause's own words: its head's subtree without embedded clauses (by default ccomp,
    advcl, relcl, acl), which report or describe something else and have their own time."""
    words: list[Token] = []
    stack = [clause]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(child for child in token.children if child.dep_ not in embedded)
    return words


def is_temporal(preposition: Token) -> bool:
    """"on Tuesday", "in March": a preposition whose object is a time expression."""
    return any(child.dep_ == "pobj" and child.ent_type_ in TIME_ENTITIES
               for child in preposition.children)
