"""Repairs of one parser error the coder cannot read past: two coordinated clauses, each
with its own subject, misread as one.

spaCy's small model reads "Japan praised China and Russia accused Ukraine" as Japan
praising what "China and Russia accused Ukraine" says (a clausal complement with a
coordinated subject), and "Egypt condemned the attack and Jordan praised the deal" as
Egypt condemning "the attack and Jordan" and, again, praising the deal. In both the
sentence is "X verb-ed Y" and "Z verb-ed W": the repair re-attaches Y as the first verb's
object and Z as the second verb's subject, in the sentence's own parse, before the coder
reads it. Only the plain shape is repaired: past tense verbs, no auxiliary or "that",
names as the parties, and a first verb that does not take a clause (``speech``,
``clause_statement``, ``irrealis``, ``warning``, ``deny`` in ``function_words.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.lexicon import Lexicon

CLAUSE_ROLES = ("speech", "clause_statement", "irrealis", "warning", "deny")
"""Roles of verbs whose complement clause is real ("said China and Russia accused …")."""
NAMES = frozenset({"PROPN"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def split_coordinated_clauses(span: Span, lexicon: Lexicon) -> None:
    """Repair, in place, every misread pair of coordinated clauses in ``span``."""
    takes_clause = frozenset(word for role in CLAUSE_ROLES for word in lexicon.words[role])
    for verb in list(span):
        if verb.pos_ != "VERB" or verb.tag_ != "VBD":
            continue
        _split_complement(verb, lexicon, takes_clause)
        _split_object(verb)


def _plain_clause(verb: Token) -> bool:
    """A past tense verb with no auxiliary and no subordinator of its own."""
    return verb.pos_ == "VERB" and verb.tag_ == "VBD" and not any(
        child.dep_ in {"aux", "auxpass", "mark"} for child in verb.children)


def _split_complement(verb: Token, lexicon: Lexicon, takes_clause: frozenset[str]) -> None:
    """"Japan praised [China and Russia accused Ukraine]" → "Japan praised China" and
    "Russia accused Ukraine"."""
    if lexicon.lemma(verb) in takes_clause or any(child.dep_ in {"dobj", "obj"}
                                                  for child in verb.children):
        return
    clause = next((child for child in verb.rights if child.dep_ == "ccomp"), None)
    if clause is None or not _plain_clause(clause):
        return
    subject = next((child for child in clause.children if child.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in NAMES or subject.left_edge.i != verb.i + 1:
        return
    conjuncts = [child for child in subject.children if child.dep_ == "conj"]
    if len(conjuncts) != 1 or conjuncts[0].pos_ not in NAMES:
        return
    second = conjuncts[0]
    for child in list(subject.children):
        if child.dep_ == "cc":
            child.head = verb
    second.head, second.dep_ = clause, "nsubj"
    subject.head, subject.dep_ = verb, "dobj"
    clause.dep_ = "conj"


def _split_object(verb: Token) -> None:
    """"Egypt condemned [the attack and Jordan] praised the deal" → "Egypt condemned the
    attack" and "Jordan praised the deal": a name closing the object's coordination right
    before a coordinated verb with no subject of its own is that verb's subject."""
    for second in verb.rights:
        if second.dep_ != "conj" or not _plain_clause(second) or any(
                child.dep_ in SUBJECTS for child in second.children):
            continue
        before = second.doc[second.i - 1]
        if before.pos_ not in NAMES or before.dep_ != "conj" or before.right_edge.i != before.i:
            continue
        first = before.head
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        if first.head != verb or first.dep_ not in {"dobj", "obj"}:
            continue
        name = before.left_edge
        if any(token.dep_ == "conj" for token in first.subtree if token.i < name.i):
            continue  # "condemned X, Y and Z praised …" is too far from the plain shape
        for child in list(before.head.children):
            if child.dep_ == "cc" and child.i < name.i:
                child.head = verb
        before.head, before.dep_ = second, "nsubj"
