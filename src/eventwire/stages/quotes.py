"""Quotes with their speakers, and the outlets an article credits.

Every span between paired quotation marks (straight or curly) is a quote, partial quotes
inside a clause included ('hailing them as heroes who "inflicted defeat"'). Its speaker is
the nearest subject above it in the parse that is a person, organisation or outlet,
climbing clause by clause (an unresolved "he" is passed over for the subject of the
clause above), else the nearest such actor before it; a quoted name has no speaker.
The event of the same clause carries the quote (see ``stages.events.coder``).
Credits are the outlets named in a closing "(With inputs from Reuters)" /
"(Reporting by …)" line.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.models import Actor, ActorRef, ParsedArticle, Quote
from eventwire.stages.syntax import actor_at, governing_verb, token_at

QUOTE_PAIRS = re.compile(r"\"([^\"\n]{1,2000}?)\"|“([^”]{1,2000}?)”")
CREDIT_LINE = re.compile(
    r"\((?:with\s+(?:inputs|input|additional reporting)\s+from|reporting\s+by|"
    r"additional\s+reporting\s+by|source:?)\s+(?P<names>[^)]+)\)",
    re.IGNORECASE)
SPEAKER_KINDS = frozenset({"person", "organization", "media", "group"})
CREDIT_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*")


class QuoteFinder:
    """Stage: ``ParsedArticle`` + actors → quotes with speakers."""

    name = "quotes"

    def __call__(self, parsed: ParsedArticle, actors: list[Actor]) -> list[Quote]:
        quotes = []
        for match in QUOTE_PAIRS.finditer(parsed.article.text):
            group = 1 if match.group(1) is not None else 2
            start, end = match.start(group), match.end(group)
            if not match.group(group).strip():
                continue
            sentence = parsed.sentence_of(start)
            speaker = speaker_of(parsed, actors, start, end, sentence)
            quotes.append(Quote(speaker, match.group(group), start, end, sentence))
        return quotes


def speaker_of(parsed: ParsedArticle, actors: list[Actor], start: int, end: int,
               sentence: int) -> ActorRef | None:
    """Who says the text at ``start``: the nearest clause subject above the quote that is a
    person, organisation or outlet (climbing from "who 'inflicted defeat'" through "hailing"
    to "he praised"), else the nearest such actor before the quote, in the sentence first,
    then anywhere earlier. A quoted name ("Victory Day") has no speaker."""
    if _is_name(parsed.article.text[start:end]):
        return None
    token = token_at(parsed, start)
    if token is not None:
        actor = _subject_speaker(token, actors)
        if actor is not None:
            return ActorRef.of(actor)
    before = [(m.start, a) for a in actors if a.kind in SPEAKER_KINDS for m in a.mentions
              if m.start < start]
    same_sentence = [(pos, a) for pos, a in before if parsed.sentence_of(pos) == sentence]
    pool = same_sentence or [(pos, a) for pos, a in before if a.kind == "person"] or before
    if not pool:
        return None
    return ActorRef.of(max(pool, key=lambda item: item[0])[1])


def _subject_speaker(token: Token, actors: list[Actor]) -> Actor | None:
    verb = governing_verb(token)
    for _ in range(8):
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                actor = actor_at(actors, child.idx, child.idx + len(child))
                if actor and actor.kind in SPEAKER_KINDS:
                    return actor
        if verb.head == verb:
            return None
        verb = governing_verb(verb.head)
    return None


def _is_name(text: str) -> bool:
    """A quoted title or name ("Victory Day", "Great Fatherland Liberation War"): every
    word capitalised, a few words long, nothing said."""
    words = text.strip(" .,").split()
    return 0 < len(words) <= 6 and all(word[:1].isupper() for word in words)


def find_credits(text: str) -> list[str]:
    """Outlets credited by the article ("(With inputs from Reuters)" → ["Reuters"])."""
    names: list[str] = []
    for match in CREDIT_LINE.finditer(text):
        for name in CREDIT_SPLIT.split(match.group("names").strip()):
            name = name.strip(" .")
            if name and name not in names:
                names.append(name)
    return names
