"""Matching converted PETRARCH patterns against spaCy's dependency parse.

PETRARCH matched its patterns against a constituency parse; here the verb's own phrase is
read off the dependency tree instead:
- the words after the verb are its subtree to the right, without the subject and without
  clauses that report or describe something else (``ccomp``, ``advcl``, ``relcl``, ``acl``,
  a coordinated verb) at any depth, so "Kim held a meeting with Shoigu, who praised …"
  gives "a meeting with Shoigu" to ``hold`` and nothing of "praised";
- the words before it are its subtree to the left (subject side, auxiliaries).
Elements must match in order; a prepositional element matches a preposition token with
its own elements found, in order, inside the preposition's subtree. Of the patterns that
match, the heaviest (most words) wins; an explicit ``---`` winner means "no event".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.stages.events.lexicon import Element, Lexicon, Pattern, Verb
from eventwire.stages.syntax import clause_tokens, is_temporal

OUTSIDE_PHRASE = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "advcl", "relcl",
                            "conj", "cc", "parataxis", "punct", "mark", "appos"})
EMBEDDED = frozenset({"relcl", "acl", "ccomp", "advcl", "csubj", "parataxis"})
PREPOSITIONS = frozenset({"prep", "agent", "dative"})
PREP_DEPS = frozenset({"prep", "agent", "dative", "prt", "advmod", "mark", "pcomp"})
AGENT_ENDINGS = frozenset({"er", "ers", "or", "ors"})
"""Endings that turn an act into its doer, which stem matching must not cross."""
STEM_SLACK = 3
"""A dictionary word without the exact-form mark also matches longer inflections of it
("DEMONSTRATION" → "demonstrations"), as in TABARI's stem matching."""


@dataclass(frozen=True, slots=True)
class Match:
    verb: Verb
    pattern: Pattern | None
    """None when no pattern matched and the verb's own code applies."""

    @property
    def code(self) -> str:
        return self.pattern.code if self.pattern is not None else self.verb.code

    @property
    def rule(self) -> str:
        if self.pattern is None:
            return f"verb:{self.verb.lemma}"
        return f"pattern:{self.verb.lemma}:{self.pattern.origin}"


def phrase_after(verb: Token, adjunct_preps: tuple[str, ...] = ()) -> list[Token]:
    """The verb's phrase to its right, in text order (see module docstring). Of a phrase
    headed by one of ``adjunct_preps`` ("because of fighting", "after the clash") only
    the preposition is kept: a pattern reaches inside it only through an explicit
    prepositional element (``after:clash``), never with a bare word."""
    words: list[Token] = []
    for child in verb.children:
        if (child.dep_ in OUTSIDE_PHRASE and not _for_clause(child)) or child.i < verb.i:
            continue
        if child.dep_ == "prep" and child.lower_ in adjunct_preps:
            words.append(child)
        else:
            words.extend(_own_words(child))
    return sorted(words, key=lambda token: token.i)


def passive_theme(verb: Token) -> list[Token]:
    """"the minister was received by Mubarak": a passive verb's subject is what its active
    object would be; for a verb that codes nothing by itself, only by its object
    ("received the minister" hosts, CAMEO 043), a pattern reads the subject in its place."""
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return []
    subject = next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
    return [] if subject is None else _own_words(subject)


def _for_clause(clause: Token) -> bool:
    """"called for Russia to withdraw": a "for X to V" clause is what the verb asks for,
    part of its phrase (spaCy makes it an adverbial clause)."""
    return clause.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ == "for"
                                          for child in clause.children)


def phrase_before(verb: Token) -> list[Token]:
    """The verb's subject side and auxiliaries, to its left, in text order."""
    words = [token for token in verb.lefts if token.dep_ not in {"ccomp", "advcl", "punct"}]
    return sorted((word for token in words for word in token.subtree), key=lambda t: t.i)


def _own_words(top: Token) -> list[Token]:
    """``top``'s subtree without the clauses embedded in it: "hailing them as heroes who
    inflicted defeat" gives "them as heroes" to ``hail``, and "halted aid to Serbia in line
    with efforts to end the fighting" gives no "fighting" to ``halt``."""
    return clause_tokens(top, EMBEDDED)


def best_match(verb_token: Token, lexicon: Lexicon,
               forms: frozenset[str] | None = None) -> Match | None:
    """The best pattern (or bare verb code) for ``verb_token``, or None if nothing codes.
    ``forms`` (:func:`sentence_forms` of its sentence) may be passed in to share it. A code
    the verb's object rules out ("charged fees", ``object_senses.tsv``) codes nothing."""
    match = _best_match(verb_token, lexicon, forms)
    theme = passive_theme(verb_token) if match is None else []
    if theme:  # "the minister was received by Mubarak": only the object decides the code
        match = _best_match(verb_token, lexicon, forms, theme)
    if match is not None and not lexicon.object_allows(match.verb.lemma, match.code,
                                                       verb_token):
        return None
    return match


def _best_match(verb_token: Token, lexicon: Lexicon, forms: frozenset[str] | None,
                theme: list[Token] | None = None) -> Match | None:
    verbs = lexicon.verbs_for(lexicon.lemma(verb_token))
    if not verbs:
        return None
    after = (theme or []) + phrase_after(verb_token, lexicon.words.get("adjunct_prep", ()))
    in_phrases = _inside_prepositions(after, verb_token)
    before: list[Token] | None = None
    forms = forms if forms is not None else sentence_forms(verb_token.sent)
    for verb in verbs:
        if verb.particle and not _has_particle(verb_token, verb.particle):
            continue
        best: Pattern | None = None
        for pattern in lexicon.patterns_for(verb):
            if best is not None and pattern.weight <= best.weight:
                continue
            if not pattern.anchors <= forms:
                continue
            if pattern.particle and not _has_particle(verb_token, pattern.particle):
                continue
            if pattern.pre:
                before = before if before is not None else phrase_before(verb_token)
                if not _sequence(pattern.pre, before, lexicon):
                    continue
            if _sequence(pattern.post, after, lexicon, in_phrases):
                best = pattern
        if best is not None:
            return None if best.code == "---" else Match(verb, best)
        if verb.code and verb.code != "---":
            return Match(verb, None)
    return None


def mentions(pattern: Pattern, token: Token, lexicon: Lexicon) -> bool:
    """Does one of the pattern's words or synonym sets name ``token``? ("issue ultimatum"
    names "ultimatum"; "issue … to:" does not): a light verb's event noun outranks a
    pattern that says nothing about it."""
    elements = list(pattern.post)
    while elements:
        element = elements.pop()
        if element.kind == "prep":
            elements.extend(element.inner)
        elif element.kind == "synset":
            if any(key in lexicon.synset_lasts.get(element.words[0], ()) for key in _keys(token)):
                return True
        elif element.kind in {"word", "phrase"} and any(
                not word.startswith("&") and _word_matches(word, element.exact, token)
                for word in element.words):
            return True
    return False


def sentence_forms(sentence: Span) -> frozenset[str]:
    """Every form a dictionary word could match in the sentence (text, lemma, stems within
    the stem slack): patterns whose plain words are not all here are skipped unmatched."""
    forms: set[str] = set()
    for token in sentence:
        text = token.lower_
        forms.add(text)
        forms.add(token.lemma_.lower())
        for cut in range(1, STEM_SLACK + 1):
            if len(text) - cut >= 4:
                forms.add(text[:-cut])
    return frozenset(forms)


def _has_particle(verb: Token, particle: str) -> bool:
    """Is ``particle`` the verb's own ("pulled out its forces", "pulled its forces out",
    "pressed on", "called off the strike", which the parser may read as a preposition)?
    It is the verb's particle or adverb, or a preposition before the verb's object; a
    preposition after the object is that object's setting ("gave a speech in Parliament"
    does not "give in", "urged restraint on the army" does not "urge on"), and a date is
    no particle ("urged on Tuesday")."""
    objects = [child.i for child in verb.children if child.dep_ in {"dobj", "obj"}]
    return any(child.lower_ == particle and child.i > verb.i and not is_temporal(child) and (
        child.dep_ == "prt" or (child.dep_ in PREPOSITIONS | {"advmod"}
                                and not any(verb.i < i < child.i for i in objects)))
        for child in verb.children)


def _inside_prepositions(words: list[Token], verb: Token) -> frozenset[int]:
    """Indexes of the words under a preposition of the verb's phrase ("launched fire against
    camps near the border": "camps", "near", "the", "border"), transparent ones excepted
    (see ``_transparent``)."""
    theme = any(child.dep_ in {"dobj", "obj"} for child in verb.children)
    inside: set[int] = set()
    for word in words:
        head = word.head
        while head != verb and head.head != head:
            if head.dep_ in PREPOSITIONS and not _transparent(head, verb, theme):
                inside.add(word.i)
                break
            head = head.head
    return frozenset(inside)


def _transparent(preposition: Token, verb: Token, theme: bool) -> bool:
    """Prepositions whose object belongs to the verb's object: an "of" inside a noun phrase
    ("a mission of observers"), and the "with" of "presented Kim with a letter", which
    names the thing given when the verb has a person as object."""
    if preposition.lower_ == "of":
        return preposition.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
    return preposition.lower_ == "with" and preposition.head == verb and theme


def _sequence(elements: tuple[Element, ...], tokens: list[Token], lexicon: Lexicon,
              blocked: frozenset[int] = frozenset()) -> bool:
    """Do ``elements`` match ``tokens`` in order (not necessarily adjacent)? A bare word or
    synonym set never matches a token in ``blocked`` (words under a preposition of the
    verb's phrase, which only a prepositional element reaches): PETRARCH's bare words
    name the verb's object."""
    position = 0
    for element in elements:
        if element.kind == "slot":
            continue
        found = _find(element, tokens, position, lexicon, blocked)
        if found < 0:
            return False
        position = found
    return True


def _find(element: Element, tokens: list[Token], start: int, lexicon: Lexicon,
          blocked: frozenset[int]) -> int:
    """Index just past the first match of ``element`` in ``tokens[start:]``, or -1."""
    for index in range(start, len(tokens)):
        if element.kind != "prep" and tokens[index].i in blocked:
            continue
        end = _match_at(element, tokens, index, lexicon)
        if end > 0:
            return end
    return -1


def _match_at(element: Element, tokens: list[Token], index: int, lexicon: Lexicon) -> int:
    token = tokens[index]
    if element.kind == "prep":
        if token.lower_ not in element.preps or token.dep_ not in PREP_DEPS \
                or is_temporal(token):
            return -1
        inside = sorted((word for word in _own_words(token) if word.i > token.i),
                        key=lambda word: word.i)
        return index + 1 if _sequence(element.inner, inside, lexicon) else -1
    if element.kind == "synset":
        starts = lexicon.synset_starts.get(element.words[0], {})
        for key in _keys(token):
            for phrase in starts.get(key, ()):
                end = _words_at(phrase, False, tokens, index, lexicon)
                if end > 0:
                    return end
        return -1
    return _words_at(element.words, element.exact, tokens, index, lexicon)


def _words_at(words: tuple[str, ...], exact: bool, tokens: list[Token], index: int,
              lexicon: Lexicon) -> int:
    """Do ``words`` match the adjacent tokens from ``index``? Returns the end or -1."""
    if index + len(words) > len(tokens):
        return -1
    for offset, word in enumerate(words):
        token = tokens[index + offset]
        if offset and token.i != tokens[index + offset - 1].i + 1:
            return -1
        if word.startswith("&"):
            lasts = lexicon.synset_lasts.get(word[1:], frozenset())
            if not any(key in lasts for key in _keys(token)):
                return -1
        elif not _word_matches(word, exact, token):
            return -1
    return index + len(words)


def _keys(token: Token) -> list[str]:
    """The dictionary words that could match ``token``: its text, lemma and stems."""
    text = token.lower_
    keys = [text, token.lemma_.lower()]
    keys.extend(text[:-cut] for cut in range(1, STEM_SLACK + 1)
                if len(text) - cut >= 4 and not _agent_ending(text[:-cut], text[-cut:]))
    return keys


def _agent_ending(stem: str, rest: str) -> bool:
    """Does ``rest`` make the doer of ``stem`` ("protest" → "protesters", "strike" →
    "strikers", "bomb" → "bombers")? The doer is an actor, not the act the dictionary word
    names: "held a protest" rallies, "detained protesters" does not."""
    return rest in AGENT_ENDINGS or (stem.endswith("e") and rest in {"r", "rs"})


def _word_matches(word: str, exact: bool, token: Token) -> bool:
    text = token.lower_
    word = word.rstrip("_")
    if text == word or (not exact and token.lemma_.lower() == word):
        return True
    return (not exact and len(word) >= 4 and text.startswith(word)
            and len(text) - len(word) <= STEM_SLACK
            and not _agent_ending(word, text[len(word):]))
