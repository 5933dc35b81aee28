"""Attribution: on whose word an event is known, as a chain from the outermost source in.

"Y attacked Z, X said" → [X]; "…, as reported by news agency Yonhap, citing the Korean
Central Broadcasting Station" → [Yonhap, Korean Central Broadcasting Station];
"according to X" → [X]. The chain is read from the parse around the event's clause:
the sentence's "as reported by" clauses (each followed by what it cites) and "according
to" phrases, which frame everything in the sentence, then the speech verbs that govern
the clause, outermost first.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.models import Actor, Reporter
from eventwire.stages.syntax import actor_at

REPORT_LEMMAS = frozenset({"report", "say", "announce", "state", "quote", "tell", "claim"})
CITING = frozenset({"cite", "quote"})
PHRASE_TRIM = frozenset({"det", "punct", "appos", "relcl", "acl", "prep"})


def reporters_for(clause: Token, sentence: Span, actors: list[Actor],
                  speech: tuple[str, ...]) -> list[Reporter]:
    """The attribution chain of an event whose clause verb is ``clause``."""
    chain = sentence_reporters(sentence, actors)
    for verb in _speech_ancestors(clause, speech):
        _extend(chain, _speaker(verb, actors))
        _extend(chain, _cited(verb, actors))
    return chain


def sentence_reporters(sentence: Span, actors: list[Actor]) -> list[Reporter]:
    """The sentence-level attribution ("as reported by", "according to"); also passed on
    to an event of the previous sentence ("This statement was made …, as reported by X")."""
    chain: list[Reporter] = []
    for token in sentence:
        if _is_as_reported(token):
            _extend(chain, _agent(token, actors))
            _extend(chain, _cited(token.head if token.dep_ == "advcl" else token, actors))
        elif token.lower_ == "according" and token.i + 1 < len(token.doc) \
                and token.nbor().lower_ == "to":
            _extend(chain, [_reporter(c, actors) for c in token.nbor().children
                            if c.dep_ == "pobj"])
    return chain


def _extend(chain: list[Reporter], more: list[Reporter]) -> None:
    for reporter in more:
        if all(reporter.name != known.name for known in chain):
            chain.append(reporter)


def _speech_ancestors(clause: Token, speech: tuple[str, ...]) -> list[Token]:
    """Speech verbs whose complement (transitively) holds ``clause``, outermost first."""
    found: list[Token] = []
    current = clause
    for _ in range(8):
        if current.head == current:
            break
        head = current.head
        if current.dep_ == "ccomp" and head.lemma_.lower() in speech:
            found.append(head)
        if current.dep_ not in {"ccomp", "xcomp", "conj", "advcl", "acomp"}:
            break
        current = head
    return list(reversed(found))


def _is_as_reported(token: Token) -> bool:
    """A report verb in "as reported by X" / "as X reported" (an adverbial "as" clause)."""
    return (token.lemma_.lower() in REPORT_LEMMAS and token.pos_ == "VERB"
            and any(child.dep_ == "mark" and child.lower_ == "as" for child in token.children))


def _speaker(verb: Token, actors: list[Actor]) -> list[Reporter]:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return [_reporter(child, actors)]
    return _agent(verb, actors)


def _agent(verb: Token, actors: list[Actor]) -> list[Reporter]:
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return [_reporter(pobj, actors) for pobj in child.children if pobj.dep_ == "pobj"]
        if child.dep_ == "nsubj":
            return [_reporter(child, actors)]
    return []


def _cited(verb: Token, actors: list[Actor]) -> list[Reporter]:
    """What a report cites: "…, citing X" attached to the report verb or to the clause the
    report is about (the parser hangs it on either)."""
    for token in verb.subtree:
        if token.lemma_.lower() in CITING and token != verb and token.pos_ == "VERB" \
                and token.dep_ in {"advcl", "xcomp", "conj", "dep", "ccomp"}:
            return [_reporter(child, actors) for child in token.children
                    if child.dep_ in {"dobj", "obj"}]
    return []


def _reporter(head: Token, actors: list[Actor]) -> Reporter:
    """A reporter: the actor named in the phrase if any, else the phrase's own words."""
    for token in [head, *head.subtree]:
        actor = actor_at(actors, token.idx, token.idx + len(token))
        if actor is not None:
            return Reporter(actor.name, actor.id)
    return Reporter(_phrase_text(head), None)


def _phrase_text(head: Token) -> str:
    """The phrase without its determiner, parenthetical or trailing modifiers."""
    words = [head]
    stack = [child for child in head.children if child.dep_ not in PHRASE_TRIM]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(child for child in token.children if child.dep_ not in PHRASE_TRIM)
    words.sort(key=lambda token: token.i)
    return " ".join(token.text for token in words if token.text not in {"(", ")"})
