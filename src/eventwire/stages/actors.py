"""Actors: who each named mention is, with country, sector and CAMEO actor code.

First version, over spaCy's named entities:
- PERSON and ORG mentions become actors; their country and sector come from the words
  that premodify or possess them in the parse ("Russia's defence minister Sergei Shoigu"
  → RUS, MIL; "North Korean leader Kim Jong Un" → PRK, GOV).
- Known news outlets (KCNA, Yonhap) become media actors with their outlet's country.
- GPE mentions that name a country become country actors.
- A later partial name ("Shoigu", "Kim") joins the most recent actor whose full name
  contains it; that also corrects NER label errors (en_core_web_sm tags the second
  "Shoigu" as GPE) because a known person's name wins over the entity label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.kb import KnowledgeBase, default_kb
from eventwire.models import Actor, ParsedArticle

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general"})


@dataclass(slots=True)
class _Candidate:
    span: Span
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    aliases: list[str] = field(default_factory=list)


class ActorResolver:
    """Stage: ``ParsedArticle`` → ``list[Actor]``, numbered A1, A2, … by first mention."""

    name = "actors"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_kb()

    def __call__(self, parsed: ParsedArticle) -> list[Actor]:
        actors: list[Actor] = []
        by_key: dict[str, Actor] = {}
        for span in parsed.doc.ents:
            candidate = self._candidate(span, actors)
            if candidate is None:
                continue
            actor = self._attach(candidate, actors, by_key)
            mention = parsed.mention(span.start_char, span.end_char)
            if all(m.start != mention.start for m in actor.mentions):
                actor.mentions.append(mention)
            if span.text != actor.name and span.text not in actor.aliases:
                actor.aliases.append(span.text)
        return actors

    def _candidate(self, span: Span, known: list[Actor]) -> _Candidate | None:
        text = _clean_name(span)
        if not text:
            return None
        earlier = _partial_name_match(text, known)
        if earlier is not None and earlier.kind == "person":
            return _Candidate(span, "person", earlier.name)
        outlet = self.kb.outlet(text)
        if outlet is not None:
            return _Candidate(span, "media", outlet.name, outlet.country, "MED",
                              f"media:{outlet.name}")
        if span.label_ in PLACE_LABELS:
            country = self.kb.country(text)
            if country is None:
                return None
            return _Candidate(span, "country", country.name, country.iso3, None,
                              f"country:{country.iso3}")
        if span.label_ in PERSON_LABELS | ORG_LABELS:
            kind = "person" if span.label_ in PERSON_LABELS else "organization"
            country, sector = self._modifiers(span)
            return _Candidate(span, kind, text, country, sector)
        return None

    def _modifiers(self, span: Span) -> tuple[str | None, str | None]:
        """Country and sector from the premodifiers of ``span``'s noun phrase."""
        words = [t for t in _premodifiers(span) if not t.is_punct]
        country = None
        for token in words:
            found = self.kb.country(token.text) or self.kb.country(_compound_text(token))
            if found:
                country = found.iso3
        role_words = [t.text for t in words if t.pos_ in {"NOUN", "PROPN"}
                      and not self.kb.country(t.text)]
        sector = self.kb.sector(role_words)
        return country, sector[0] if sector else None

    def _attach(self, candidate: _Candidate, actors: list[Actor],
                by_key: dict[str, Actor]) -> Actor:
        key = candidate.kb_id or f"{candidate.kind}:{candidate.name.casefold()}"
        actor = by_key.get(key)
        if actor is None:
            actor = Actor(id=f"A{len(actors) + 1}", name=candidate.name, kind=candidate.kind,
                          kb_id=candidate.kb_id)
            actors.append(actor)
            by_key[key] = actor
        actor.country = actor.country or candidate.country
        actor.sector = actor.sector or candidate.sector
        actor.code = cameo_actor_code(actor.country, actor.sector)
        return actor


def cameo_actor_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO actor code: country followed by sector (``RUSMIL``), or either alone."""
    code = (country or "") + (sector or "")
    return code or None


def _clean_name(span: Span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    while tokens and tokens[-1].tag_ == "POS":
        tokens.pop()
    return "".join(t.text_with_ws for t in tokens).strip()


def _partial_name_match(text: str, known: list[Actor]) -> Actor | None:
    """The most recent person whose name contains every word of ``text`` as whole words."""
    words = text.split()
    for actor in reversed(known):
        if actor.kind != "person":
            continue
        name_words = actor.name.split()
        if all(word in name_words for word in words) or text in actor.aliases:
            return actor
    return None


def _premodifiers(span: Span) -> list[Token]:
    """Tokens before ``span`` inside its head's noun phrase (compounds, amods, possessors)."""
    head = span.root
    left = [t for t in head.subtree if t.i < span.start]
    # An apposition ("his North Korean counterpart, Kang Sun Nam") describes the name.
    if head.dep_ == "appos":
        left = [t for t in head.head.subtree if t.i < head.head.i + 1 and t.i < span.start]
    return left


def _compound_text(token: Token) -> str:
    """"North Korean" as one string when the parse splits it into amod + amod."""
    parts = [child.text for child in token.lefts if child.dep_ in {"amod", "compound"}]
    return " ".join([*parts, token.text])
