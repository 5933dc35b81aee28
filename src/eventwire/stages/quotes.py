"""Quotes with their speakers, and the outlets an article credits.

First version: every span between paired quotation marks (straight or curly) is a quote;
its speaker is the subject of the clause the quote sits in when that subject is a known
actor, else the nearest actor mentioned before it in the same sentence, else the
nearest one before it in the article. Credits are the outlets named in a closing
"(With inputs from Reuters)" / "(Reporting by …)" line.
"""

from __future__ import annotations

import re

from eventwire.models import Actor, ActorRef, ParsedArticle, Quote
from eventwire.stages.syntax import actor_at, governing_verb, token_at

QUOTE_PAIRS = re.compile(r"\"([^\"\n]{1,2000}?)\"|“([^”]{1,2000}?)”")
CREDIT_LINE = re.compile(
    r"\((?:with\s+(?:inputs|input|additional reporting)\s+from|reporting\s+by|"
    r"additional\s+reporting\s+by|source:?)\s+(?P<names>[^)]+)\)",
    re.IGNORECASE)
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
            speaker = speaker_of(parsed, actors, start, sentence)
            quotes.append(Quote(speaker, match.group(group), start, end, sentence))
        return quotes


def speaker_of(parsed: ParsedArticle, actors: list[Actor], start: int,
               sentence: int) -> ActorRef | None:
    """Who says the text at ``start``: the clause subject if it is an actor, else the
    nearest actor before it, in the sentence first, then anywhere earlier."""
    token = token_at(parsed, start)
    if token is not None:
        for child in governing_verb(token).children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                actor = actor_at(actors, child.idx, child.idx + len(child))
                if actor and actor.kind in {"person", "organization", "media"}:
                    return ActorRef.of(actor)
    before = [(m.start, a) for a in actors if a.kind != "country" for m in a.mentions
              if m.start < start]
    same_sentence = [(pos, a) for pos, a in before if parsed.sentence_of(pos) == sentence]
    pool = same_sentence or before
    if not pool:
        return None
    return ActorRef.of(max(pool, key=lambda item: item[0])[1])


def find_credits(text: str) -> list[str]:
    """Outlets credited by the article ("(With inputs from Reuters)" → ["Reuters"])."""
    names: list[str] = []
    for match in CREDIT_LINE.finditer(text):
        for name in CREDIT_SPLIT.split(match.group("names").strip()):
            name = name.strip(" .")
            if name and name not in names:
                names.append(name)
    return names
