"""Actors: who each mention is, with country, sector, CAMEO actor code and knowledge-base id.

The stage works in passes over one parsed article (``ArticleActors`` holds what they find):

1. **Named mentions** — spaCy's entities plus any capitalised words that name a known
   actor (the NER often misses "KCNA"). Each is looked up in the knowledge base (dated
   roles chosen by the article date) and read for what the text says about it: titles
   and roles in premodifiers and appositions ("Russia's defence minister Sergei Shoigu",
   "his North Korean counterpart, Kang Sun Nam", "King Hassan of Morocco"). What the
   text says wins over the knowledge base; the knowledge base fills what it leaves out.
2. **Metonymy** — a capital or seat of power that acts or is acted upon ("Pyongyang
   said", "talks with Washington", "the Kremlin") is the government, not a place.
3. **Nominal actors** — role nouns anchored to a country or organisation ("Israeli
   army", "Nigerian authorities", "Opposition groups in Zimbabwe", "UN peacekeepers").
4. **Countries as actors** — country names, and demonyms that modify a non-role noun
   ("an Indian proposal"), are the country acting.
5. **Coreference** (:mod:`eventwire.stages.coref`): partial names, bare titles, pronouns,
   definite descriptions, counterparts and relatives, each recorded as a mention.

Actors are numbered A1, A2, … by first mention; every mention carries the rule that
tied it to its actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from eventwire.kb import TRANSNATIONAL, KnowledgeBase, KnownActor, default_kb
from eventwire.models import Actor, Mention, ParsedArticle

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
GROUP_LABELS = frozenset({"NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAMED_LABELS = PERSON_LABELS | ORG_LABELS | GROUP_LABELS | PLACE_LABELS
NOT_ACTORS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "DATE", "TIME", "MONEY",
                        "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "PRODUCT"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "npadvmod", "case",
                           "punct", "det", "prep", "pobj", "cc", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
LONGEST_SCAN = 6
"""Longest run of capitalised words tried against the knowledge base's aliases."""


@dataclass(slots=True)
class Entity:
    """An actor while the article is being read: the facts and the mentions gathered so far."""

    key: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kb_id: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    relation: tuple[str, int] | None = None
    """A deferred fact: ("counterpart" | "kin", token index of the possessor)."""
    country_rule: str = ""

    def learn(self, country: str | None, sector: str | None, code: str | None = None,
              rule: str = "text") -> None:
        """Fill what is still unknown; text evidence is read before the knowledge base."""
        if self.country is None and country is not None:
            self.country_rule = rule
        self.country = self.country or country
        self.sector = self.sector or sector
        self.code = self.code or code

    def actor(self, identifier: str) -> Actor:
        mentions = sorted(self.mentions, key=lambda m: m.start)
        return Actor(identifier, self.name, self.kind,  # type: ignore[arg-type]
                     self.country, self.sector, cameo_actor_code(self), self.kb_id,
                     [a for a in dict.fromkeys(self.aliases) if a != self.name], mentions,
                     self.country_rule)


@dataclass(slots=True)
class ArticleActors:
    """The working state of one article: entities, and which tokens they already claim."""

    parsed: ParsedArticle
    kb: KnowledgeBase
    entities: list[Entity] = field(default_factory=list)
    by_key: dict[str, Entity] = field(default_factory=dict)
    owner: dict[int, Entity] = field(default_factory=dict)
    """Token index → entity whose mention covers it."""

    @property
    def day(self) -> date | None:
        return self.parsed.article.date

    def entity(self, key: str, name: str, kind: str) -> Entity:
        found = self.by_key.get(key)
        if found is None:
            found = Entity(key, name, kind)
            self.entities.append(found)
            self.by_key[key] = found
        return found

    def free(self, start: int, end: int) -> bool:
        """Whether tokens ``start..end-1`` belong to no mention yet."""
        return all(i not in self.owner for i in range(start, end))

    def mention(self, entity: Entity, start: int, end: int, rule: str) -> bool:
        """Give tokens ``start..end-1`` to ``entity`` as one mention (if they are free)."""
        if end <= start or not self.free(start, end):
            return False
        doc = self.parsed.doc
        first, last = doc[start], doc[end - 1]
        entity.mentions.append(self.parsed.mention(first.idx, last.idx + len(last), rule))
        for i in range(start, end):
            self.owner[i] = entity
        return True

    def actors(self) -> list[Actor]:
        live = [e for e in self.entities if e.mentions]
        live.sort(key=lambda e: min(m.start for m in e.mentions))
        return [entity.actor(f"A{number}") for number, entity in enumerate(live, start=1)]


def cameo_actor_code(entity: Entity) -> str | None:
    """CAMEO actor code: a known code (``IGOUNO``), else country plus sector (``RUSMIL``)."""
    if entity.code and (entity.sector is None or entity.sector in entity.code[3:]):
        return entity.code
    if entity.code and entity.code[:3] in TRANSNATIONAL:
        return entity.code + (entity.sector or "")
    code = (entity.country or "") + (entity.sector or "")
    return code or None


class ActorResolver:
    """Stage: ``ParsedArticle`` → ``list[Actor]``."""

    name = "actors"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_kb()
        self.honorifics = self.kb.words("honorific")
        self.kin = self.kb.words("kin")

    def __call__(self, parsed: ParsedArticle) -> list[Actor]:
        from eventwire.stages.coref import resolve_references

        state = ArticleActors(parsed, self.kb)
        spans = self._named_spans(parsed)
        # People and organisations first: their titles claim the countries inside them
        # ("Russia's defence minister Sergei Shoigu" is one mention of Shoigu).
        for span in sorted(spans, key=lambda s: (s.label_ not in PERSON_LABELS,
                                                 s.label_ not in ORG_LABELS, s.start)):
            self._named(span, state)
        self._nominals(state)
        self._country_modifiers(state)
        resolve_references(state)
        self._domestic(state)
        return state.actors()

    def _domestic(self, state: ArticleActors) -> None:
        """A person or body the text never places belongs to the article's main country:
        news names foreigners by nationality ("Iraqi President …") and locals bare."""
        from eventwire.stages.coref import country_salience

        salience = country_salience(state)
        if not salience:
            return
        main = max(salience, key=lambda iso3: salience[iso3])
        for entity in state.entities:
            if entity.country is None and entity.kind in {"person", "organization"}:
                entity.learn(main, None, rule="article-country")

    # -- named mentions ------------------------------------------------------------

    def _named_spans(self, parsed: ParsedArticle) -> list[Span]:
        """Entities worth reading, plus capitalised runs the knowledge base knows."""
        doc = parsed.doc
        spans = [span for span in doc.ents if span.label_ in NAMED_LABELS]
        taken = {i for span in doc.ents for i in range(span.start, span.end)}
        i = 0
        while i < len(doc):
            found = None
            if i not in taken and _capitalised(doc[i]):
                for size in range(min(LONGEST_SCAN, len(doc) - i), 0, -1):
                    if any(j in taken for j in range(i, i + size)):
                        continue
                    candidate = doc[i:i + size]
                    if self._knowable(candidate):
                        found = candidate
                        break
            if found is not None:
                spans.append(found)
                i += len(found)
            else:
                i += 1
        return sorted(spans, key=lambda s: s.start)

    def _knowable(self, span: Span) -> bool:
        if not all(_capitalised(t) or t.is_punct or t.lower_ in {"of", "the", "and"}
                   for t in span):
            return False
        if len(span) == 1 and span[0].pos_ != "PROPN" and not span[0].is_upper:
            return False
        text = span.text
        return bool(self.kb.known(text) or self.kb.seat(text) or self.kb.country(text))

    def _named(self, span: Span, state: ArticleActors) -> None:
        name_span = self._strip_titles(span)
        if name_span is None:
            return
        text = _clean_name(name_span)
        if not text or not state.free(span.start, span.end) or self._modifies_role(span):
            return
        seat = self.kb.seat(text)
        capital = self.kb.capital_of(text)
        country = self.kb.country(text) if span.label_ not in PERSON_LABELS else None
        known = self._known(text, span, state)
        if (seat or (capital and not known and not country)) and span.label_ not in \
                PERSON_LABELS:
            self._metonymy(span, state, seat.country if seat else capital.iso3,  # type: ignore[union-attr]
                           seat.sector if seat else "GOV")
        elif country is not None and (known is None or known.rank == 0):
            entity = state.entity(f"country:{country.iso3}", country.name, "country")
            entity.learn(country.iso3, None)
            entity.kb_id = f"country:{country.iso3}"
            state.mention(entity, span.start, span.end, "country")
        elif known is not None:
            self._known_actor(span, name_span, known, state)
        elif country is not None:
            entity = state.entity(f"country:{country.iso3}", country.name, "country")
            entity.learn(country.iso3, None)
            entity.kb_id = f"country:{country.iso3}"
            state.mention(entity, span.start, span.end, "country")
        elif span.label_ in GROUP_LABELS:
            self._group(span, state)
        elif span.label_ in PERSON_LABELS or (span.label_ in ORG_LABELS and not
                                             self._landmark(name_span)):
            self._new_named(span, name_span, text, state)

    def _modifies_role(self, span: Span) -> bool:
        """A country, people or body named only to anchor a role noun ("Serbian forces",
        "UN peacekeepers", "Burundi's government"): the nominal pass reads the phrase."""
        root = span.root
        head = root.head
        return span.label_ not in PERSON_LABELS and root.dep_ in {"amod", "compound", "poss"} \
            and head.i >= span.end and head.pos_ in {"NOUN", "PROPN"} \
            and head.ent_type_ not in PERSON_LABELS and self._role_of(head) is not None

    def _role_of(self, noun: Token) -> str | None:
        found = self.kb.sector([noun.lower_]) or self.kb.sector([noun.lemma_.lower()])
        return found[0] if found else None

    def _landmark(self, name: Span) -> bool:
        """A named facility ("the Fatherland Liberation War Martyrs Cemetery") is a place."""
        return name[-1].lower_ in self.kb.words("landmark")

    def _strip_titles(self, span: Span) -> Span | None:
        """The name inside a span that starts with titles ("President Putin" → "Putin")."""
        start = span.start + (span[0].lower_ == "the" and len(span) > 1)
        while start < span.end - 1 and (span.doc[start].lower_ in self.honorifics
                                        or self.kb.sector([span.doc[start].text])):
            start += 1
        return span.doc[start:span.end]

    def _known(self, text: str, span: Span, state: ArticleActors) -> KnownActor | None:
        """The knowledge-base actor ``text`` names, chosen by precedence and article date."""
        candidates = self.kb.known(text)
        titled = (span.start > 0 and self._title_word(span.doc[span.start - 1])) \
            or self._title_word(span[0])
        if not candidates and titled and span.label_ in PERSON_LABELS \
                and len(text.split()) == 1 and not _earlier_person(text, state):
            candidates = [a for a in self.kb.by_surname(text)
                          if state.day is None or _holds(a, state.day)]
            if len({a.role_on(state.day).country for a in candidates  # type: ignore[union-attr]
                    }) != 1:
                return None
        if not candidates:
            return None
        if span.label_ in PERSON_LABELS and any(a.kind == "person" for a in candidates):
            candidates = [a for a in candidates if a.kind == "person"]
        top = [a for a in candidates if a.rank == candidates[0].rank]
        current = [a for a in top if state.day is None or _holds(a, state.day)]
        return (current or top)[0]

    def _title_word(self, token: Token) -> bool:
        return token.lower_ in self.honorifics or self.kb.sector([token.lower_]) is not None

    def _known_actor(self, span: Span, name_span: Span, known: KnownActor,
                     state: ArticleActors) -> None:
        kind = known.kind if known.kind in {"person", "organization", "group", "media"} \
            else "organization"
        entity = state.entity(f"kb:{known.id}", known.name, kind)
        entity.kb_id = known.id
        first, roles = self._describe(span, state)
        country, sector, code = self._text_facts(span, first, roles, state)
        role = known.role_on(state.day)
        if country and role and country != role.country and kind == "person":
            entity.kb_id = None  # the text says someone else: do not trust the KB link
        entity.learn(country, sector, code)
        if role is not None:
            known_country = role.country if self.kb.is_country_code(role.country) else None
            entity.learn(known_country, role.sector, role.code if role.dated or kind != "person"
                         else None, rule="kb")
        if entity.sector is None and kind != "person":
            entity.learn(None, self._role_of(name_span[-1]))
        entity.roles += roles
        entity.aliases.append(_clean_name(name_span))
        state.mention(entity, first, span.end, "kb")
        self._appositions(span, entity, state)

    def _new_named(self, span: Span, name_span: Span, text: str, state: ArticleActors) -> None:
        kind = "person" if span.label_ in PERSON_LABELS else "organization"
        earlier = _earlier_person(text, state) if kind == "person" else None
        entity = earlier or state.entity(f"{kind}:{text.casefold()}", text, kind)
        first, roles = self._describe(span, state)
        country, sector, code = self._text_facts(span, first, roles, state)
        if kind == "organization" and country is None:
            country, sector, code = self._inner_facts(name_span)
        entity.learn(country, sector, code)
        entity.roles += roles
        if text != entity.name:
            entity.aliases.append(text)
        state.mention(entity, first, span.end, "surname" if earlier else "ner")
        self._appositions(span, entity, state)

    def _group(self, span: Span, state: ArticleActors) -> None:
        """A NORP entity used as a noun ("the Palestinians", "Bosnian Serbs")."""
        head = span.root
        if head.dep_ in {"amod", "compound"} and head.head.i >= span.end:
            return  # a modifier: the nominal pass reads it with its noun
        country = None
        for token in span:
            found = self.kb.country_word(token.text)
            if found is not None:
                country = found
                break
        if country is None:
            found = self.kb.country_word(span.text)
            country = found
        if country is None:
            return
        plural_name = _clean_name(span)
        entity = state.entity(f"group:{country.iso3}:{plural_name.casefold()}", plural_name,
                              "group")
        entity.learn(country.iso3, None)
        entity.plural = True
        state.mention(entity, span.start, span.end, "demonym")

    def _metonymy(self, span: Span, state: ArticleActors, country: str, sector: str) -> None:
        """A capital or seat as the institution it houses, when it acts or is addressed."""
        if not _acts(span.root, self.kb):
            return
        iso = self.kb.by_iso3.get(country)
        name = f"{iso.adjective if iso else country} {'government' if sector == 'GOV' else sector}"
        entity = state.entity(f"nominal:{country}:{sector}:government", name, "organization")
        entity.learn(country, sector)
        entity.aliases.append(_clean_name(span))
        state.mention(entity, span.start, span.end, "metonymy")

    # -- what the text says about a name ----------------------------------------------

    def _describe(self, span: Span, state: ArticleActors) -> tuple[int, list[Token]]:
        """Where the description of a name starts, and its modifier words.

        "Russia's defence minister Sergei Shoigu" → starts at "Russia's", words
        [Russia's, defence, minister]; a possessive pronoun or determiner is left out of
        the mention (the pronoun is a mention of someone else).
        """
        doc = span.doc
        root = span.root
        left = [t for t in root.subtree if t.i < span.start and t.dep_ in MODIFIER_DEPS]
        if root.dep_ == "appos" and root.head.i == span.start - 1:
            # "Russia's defence minister Sergei Shoigu" parsed as title + apposed name
            left = [t for t in root.head.subtree if t.i < span.start]
        start = span.start + (span[0].lower_ == "the" and len(span) > 1)
        for token in sorted(left, key=lambda t: -t.i):
            if token.i != start - 1 or token.dep_ in {"det", "cc", "conj"} \
                    or token.tag_ == "PRP$" or not state.free(token.i, token.i + 1) \
                    or token.is_punct or token.ent_type_ in PERSON_LABELS:
                break
            start = token.i
        return start, [doc[i] for i in range(start, span.start) if doc[i].lower_ != "the"]

    def _text_facts(self, span: Span, first: int, words: list[Token],
                    state: ArticleActors) -> tuple[str | None, str | None, str | None]:
        """Country, sector and code that the words around a name state."""
        country, code, rest = self._anchor(words)
        sector = self._sector(rest)
        for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
            anchor_country, anchor_code, _ = self._anchor(list(prep.subtree)[1:])
            country, code = country or anchor_country, code or anchor_code
        return country, sector, code

    def _anchor(self, words: list[Token]) -> tuple[str | None, str | None, list[Token]]:
        """The country or organisation named among ``words``, and the words left over."""
        i = 0
        found: tuple[str | None, str | None] = (None, None)
        rest: list[Token] = []
        while i < len(words):
            for size in range(min(4, len(words) - i), 0, -1):
                text = " ".join(t.text for t in words[i:i + size] if t.tag_ != "POS")
                if not text or not _capitalised(words[i]):
                    continue
                country = self.kb.country_word(text) or self.kb.capital_of(text)
                if country is not None:
                    found = (country.iso3, None)
                    i += size
                    break
                org = next((a for a in self.kb.known(text) if a.kind != "person"), None)
                if org is not None and (role := org.role_on(None)) is not None \
                        and self.kb.is_country_code(role.country):
                    found = (role.country, role.code)
                    i += size
                    break
            else:
                rest.append(words[i])
                i += 1
        return found[0], found[1], rest

    def _sector(self, words: list[Token]) -> str | None:
        content = [t for t in words if not t.is_punct and t.tag_ not in {"POS", "DT", "PRP$"}]
        if not content:
            return None
        if any(t.lower_ in self.kb.words("former") for t in content) \
                and self.kb.sector([t.lower_ for t in content]):
            return "ELI"  # a past role: former leaders are elites, not the government
        found = self.kb.sector([t.lower_ for t in content]) or \
            self.kb.sector([*(t.lower_ for t in content[:-1]), content[-1].lemma_.lower()])
        return found[0] if found else None

    def _inner_facts(self, name: Span) -> tuple[str | None, str | None, str | None]:
        """An organisation's own name may say where and what it is ("Latvian Constitutional
        Court" → LVA, JUD; "Nigerian Union of Teachers" → NGA)."""
        country, code, rest = self._anchor(list(name))
        return country, (self._sector(rest) if country else None), code

    def _appositions(self, span: Span, entity: Entity, state: ArticleActors) -> None:
        """Descriptions set beside a name, before or after it, and what they say."""
        root = span.root
        doc = span.doc
        described: list[Token] = []
        before = span.start - 2
        if before >= 0 and doc[span.start - 1].text == "," and doc[before].pos_ == "NOUN" \
                and self._describes(doc[before]):
            described.append(doc[before])
        described += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end
                      and c.pos_ in {"NOUN", "PROPN"}]
        for noun in described:
            if noun.ent_type_ in PERSON_LABELS:
                continue
            words = [t for t in noun.subtree if t.i <= noun.i]
            country, code, rest = self._anchor(words)
            sector = self._sector(rest)
            possessor = next((t for t in noun.children if t.dep_ == "poss"), None)
            relation = noun.lemma_.lower()
            if possessor is not None and relation == "counterpart":
                entity.relation = ("counterpart", possessor.i)
                sector = None
            elif possessor is not None and relation in self.kin:
                entity.relation = ("kin", possessor.i)
                entity.gender = self.kin[relation]
                sector = None
            entity.learn(country, sector, code)
            entity.roles.append(noun)
            start = min(t.i for t in words if t.tag_ != "PRP$" and t.dep_ != "det")
            state.mention(entity, start, noun.i + 1, "apposition")

    def _describes(self, noun: Token) -> bool:
        """Whether a noun can describe a person or body set beside it ("counterpart")."""
        lemma = noun.lemma_.lower()
        return lemma in self.kin or lemma == "counterpart" or \
            self.kb.sector([noun.lower_]) is not None or self.kb.sector([lemma]) is not None

    # -- actors without a name ----------------------------------------------------------

    def _nominals(self, state: ArticleActors) -> None:
        """Role nouns anchored to a country or organisation ("Israeli army")."""
        for token in state.parsed.doc:
            if token.pos_ not in {"NOUN", "PROPN"} or token.i in state.owner \
                    or token.dep_ in {"compound", "amod"} or token.ent_type_ in NOT_ACTORS:
                continue
            words = [t for t in token.subtree if t.i <= token.i and t.dep_ in MODIFIER_DEPS
                     and t.i >= _np_start(token)] + [token]
            owned = [state.owner[t.i] for t in words if t.i in state.owner]
            free_words = [t for t in words if t.i not in state.owner]
            country, code, rest = self._anchor(free_words)
            sector = self._sector(rest)
            if sector is None:
                continue
            anchor = next((e for e in owned if e.country), None)
            if country is None and anchor is not None:
                country, code = anchor.country, anchor.code if anchor.kind != "person" else None
            if country is None:
                country, code = self._located(token)
            if country is None:
                continue
            start = token.i
            while start - 1 >= 0 and state.free(start - 1, start) and state.parsed.doc[
                    start - 1] in words and state.parsed.doc[start - 1].dep_ != "det" \
                    and state.parsed.doc[start - 1].tag_ != "PRP$":
                start -= 1
            iso = self.kb.by_iso3.get(country)
            label = token.lower_ if token.tag_ in {"NNS", "NNPS"} else token.lemma_.lower()
            name = f"{iso.adjective if iso else country} {label}"
            entity = state.entity(f"nominal:{country}:{sector}:{token.lemma_.lower()}", name,
                                  "group" if token.tag_ in {"NNS", "NNPS"} else "organization")
            entity.learn(country, sector, code)
            entity.plural = token.tag_ in {"NNS", "NNPS"}
            entity.roles.append(token)
            state.mention(entity, start, token.i + 1, "nominal")

    def _located(self, noun: Token) -> tuple[str | None, str | None]:
        """"Opposition groups in Zimbabwe", "rebels in Darfur": the place a group is in."""
        for prep in (c for c in noun.children if c.dep_ == "prep"
                     and c.lower_ in {"in", "of", "from"}):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            for obj in objects:
                country, code, _ = self._anchor([t for t in obj.subtree])
                if country:
                    return country, code
        return None, None

    def _country_modifiers(self, state: ArticleActors) -> None:
        """Demonyms and country names that modify a non-role noun are the country acting
        ("an Indian proposal", "US mediation", "Serbia's suppression")."""
        doc = state.parsed.doc
        for token in doc:
            if token.i in state.owner or token.dep_ not in {"amod", "compound", "poss"} \
                    or token.head.ent_type_ in NOT_ACTORS or token.ent_type_ in NOT_ACTORS \
                    or not _capitalised(token):
                continue
            start = token.i
            if token.i > 0 and doc[token.i - 1].dep_ == "compound" \
                    and doc[token.i - 1].head == token:
                start = token.i - 1
            text = doc[start:token.i + 1].text
            country = self.kb.country_word(text) or self.kb.country_word(token.text)
            if country is None:
                continue
            if not self.kb.country_word(text):
                start = token.i
            entity = state.entity(f"country:{country.iso3}", country.name, "country")
            entity.learn(country.iso3, None)
            entity.kb_id = f"country:{country.iso3}"
            state.mention(entity, start, token.i + 1 + (token.nbor().tag_ == "POS"
                                                        if token.i + 1 < len(doc) else 0),
                          "modifier")


def _capitalised(token: Token) -> bool:
    return bool(token.text) and token.text[0].isupper()


def _clean_name(span: Span) -> str:
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct):
        tokens.pop()
    return "".join(t.text_with_ws for t in tokens).strip()


def _earlier_person(text: str, state: ArticleActors) -> Entity | None:
    """The most recently mentioned person whose name contains every word of ``text``."""
    words = text.split()
    best: Entity | None = None
    best_position = -1
    for entity in state.entities:
        if entity.kind != "person" or not entity.mentions:
            continue
        names = [entity.name, *entity.aliases]
        if any(all(w in name.split() for w in words) for name in names):
            position = max(m.start for m in entity.mentions)
            if position > best_position:
                best, best_position = entity, position
    return best


def _holds(actor: KnownActor, day: date) -> bool:
    return any(role.covers(day) for role in actor.roles if role.dated)


def _np_start(head: Token) -> int:
    return min(t.i for t in head.subtree if t.i <= head.i)


def _acts(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a capital or seat is used as an actor rather than as a place.

    Subjects, agents and possessors act ("Pyongyang said", "by Moscow", "Washington's
    wish"), unless what is possessed is part of the place ("Moscow's streets"); objects of
    verbs and of non-locative prepositions are addressed ("urged Washington", "ties with
    Beijing"), unless the verb takes places ("visited Moscow"); conjuncts follow their
    first conjunct.
    """
    doc = token.doc
    if token.i < 4 and token.i + 2 < len(doc) and doc[token.i + 1].text in {",", "-", "("} \
            and doc[token.i + 2].ent_type_ in {"DATE", "ORG"}:
        return False  # a dateline: "SEOUL, July 27 (Reuters) -"
    while token.dep_ == "conj":
        token = token.head
    dep = token.dep_
    if dep in {"nsubj", "nsubjpass"}:
        return True
    if dep == "poss":
        return token.head.lemma_.lower() not in kb.words("place_noun")
    if dep == "pobj":
        prep = token.head
        return (prep.lower_ not in kb.words("locative") and prep.head.pos_ != "VERB") \
            or prep.lower_ in {"with", "against", "by"}
    if dep == "dobj":
        return token.head.lemma_.lower() not in kb.words("place_verb")
    return False
