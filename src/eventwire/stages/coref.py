"""Within-article coreference by rules: no coreference model installs offline.

Each resolved reference becomes one more ``Mention`` of the actor it refers to, with the
rule that chose it, so later stages find an actor wherever the text refers to it (the
event coder looks up whose mention covers a subject or object). Rules, in order:

- **names** — every later occurrence of a person's name, surname or given-name subset
  ("Shoigu", "Kim") joins the most recently mentioned person it fits; a name wins over
  the NER label, which corrects label errors ("Shoigu" tagged GPE);
- **definite descriptions** — "the isolated country" is the most salient country the
  article has mentioned so far (salience = mentions of actors of that country in the
  whole article); an epithet the country table knows ("the Jewish state") is its country;
- **bare titles** — "the defence minister" is the latest person described with that role;
- **pronouns** — he/she: a person, by syntactic role and recency (subject of the same
  clause for a possessive, subject of the main clause, subject of the previous sentence,
  most recent mention), never a person of the country a trip goes to ("his visit to
  North Korea" is not a North Korean's); a possessive in a fronted phrase refers forward
  to the main subject ("During his visit, Kim …"); it/its and they/their/them only to the
  nearest noun phrase of the right number when that phrase is an actor;
- **counterparts and relatives** — "his North Korean counterpart" has the sector of the
  pronoun's referent; "his sister" the referent's country.

:func:`interacting_parties` gives the event coder the two parties of the latest
interaction, for "both sides" and "the two leaders".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.models import Actor, ParsedArticle

if TYPE_CHECKING:
    from eventwire.stages.actors import ArticleActors, Entity

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
FRONTED = frozenset({"prep", "advcl", "npadvmod"})


def resolve_references(state: ArticleActors) -> None:
    """Add every coreference mention the rules find to the entities of ``state``."""
    _names(state)
    _descriptions(state)
    _titles(state)
    _pronouns(state)
    _relations(state)


# -- names ---------------------------------------------------------------------------------


def _names(state: ArticleActors) -> None:
    """Later occurrences of a person's name words, whatever the NER said about them."""
    doc = state.parsed.doc
    people = [e for e in state.entities if e.kind == "person" and e.mentions]
    if not people:
        return
    name_words = {w for e in people for n in [e.name, *e.aliases] for w in n.split()
                  if w[:1].isupper() and len(w) > 1}
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in state.owner or token.text not in name_words or token.pos_ not in {"PROPN", "NOUN"}:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in state.owner and doc[end].text in name_words:
            end += 1
        text = doc[i:end].text
        entity = _latest_person_named(text, people, token.idx, state)
        if entity is not None:
            state.mention(entity, i, end, "name")
        i = end


def _latest_person_named(text: str, people: list[Entity], before: int,
                         state: ArticleActors) -> Entity | None:
    words = text.split()
    best, best_position = None, -1
    for entity in people:
        if not any(all(w in n.split() for w in words) for n in [entity.name, *entity.aliases]):
            continue
        earlier = [m.start for m in entity.mentions if m.start < before]
        position = max(earlier) if earlier else -1
        if best is None or position > best_position:
            best, best_position = entity, position
    return best


# -- descriptions and titles -------------------------------------------------------------


def _descriptions(state: ArticleActors) -> None:
    """"the isolated country" → the most salient country mentioned before it; a head whose
    lexicon value names a class of states ("island": ``island_state``) picks among those
    only, so "Beijing threatened the island" is Taiwan, however salient China is."""
    heads = state.kb.words("description")
    doc = state.parsed.doc
    salience = country_salience(state)
    for token in doc:
        if token.i in state.owner or token.lemma_.lower() not in heads or token.tag_ != "NN":
            continue
        det = [c for c in token.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the" or any(c.dep_ in {"compound", "poss"}
                                                     for c in token.children):
            continue
        epithet = state.kb.country(doc[det[0].i + 1:token.i + 1].text)
        seen = _countries_before(state, token.idx)
        if heads[token.lemma_.lower()]:
            kind = state.kb.words(heads[token.lemma_.lower()])
            seen = {iso3: at for iso3, at in seen.items() if iso3 in kind}
        if not seen and epithet is None:
            continue
        best = epithet.iso3 if epithet is not None else max(
            seen, key=lambda iso3: (salience.get(iso3, 0), seen[iso3]))
        entity = _country_entity(state, best)
        if entity is not None:
            state.mention(entity, det[0].i, token.i + 1, "description")


def country_salience(state: ArticleActors) -> dict[str, int]:
    """Country → mentions of actors of that country in the whole article; a news outlet
    credited ("told AFP") says where the news came from, not what it is about, and
    refugees ("Rwandan Hutu refugees" in Zaire) are outside the country they are of."""
    counts: dict[str, int] = {}
    for entity in state.entities:
        if entity.country and entity.country in state.kb.by_iso3 and entity.kind != "media" \
                and entity.sector not in state.kb.words("displaced_sector"):
            counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
    return counts


def _countries_before(state: ArticleActors, char: int) -> dict[str, int]:
    """Countries of actors mentioned before ``char`` → position of the latest such mention."""
    seen: dict[str, int] = {}
    for entity in state.entities:
        if not entity.country or entity.country in {"IGO", "NGO", "IMG", "MNC"}:
            continue
        for mention in entity.mentions:
            if mention.start < char:
                seen[entity.country] = max(seen.get(entity.country, -1), mention.start)
    return seen


def _country_entity(state: ArticleActors, iso3: str) -> Entity | None:
    country = state.kb.by_iso3.get(iso3)
    if country is None:
        return None
    entity = state.entity(f"country:{iso3}", country.name, "country")
    entity.learn(iso3, None)
    entity.kb_id = f"country:{iso3}"
    return entity


def _titles(state: ArticleActors) -> None:
    """"the defence minister" → the latest person described with that role noun."""
    doc = state.parsed.doc
    for token in doc:
        if token.i in state.owner or token.pos_ != "NOUN" or token.tag_ in PLURAL_TAGS:
            continue
        det = [c for c in token.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the":
            continue
        words = [t for t in token.subtree if det[0].i < t.i <= token.i]
        if any(not state.free(t.i, t.i + 1) for t in words):
            continue
        if state.kb.sector([t.lower_ for t in words]) is None:
            continue
        lemma = token.lemma_.lower()
        holders = [e for e in state.entities if e.kind == "person"
                   and any(r.lemma_.lower() == lemma for r in e.roles)
                   and any(m.start < token.idx for m in e.mentions)]
        if holders:
            latest = max(holders, key=lambda e: max(m.start for m in e.mentions
                                                    if m.start < token.idx))
            state.mention(latest, det[0].i, token.i + 1, "title")


# -- pronouns -------------------------------------------------------------------------------


def _pronouns(state: ArticleActors) -> None:
    pronouns = state.kb.words("pronoun")
    for token in state.parsed.doc:
        kind = pronouns.get(token.lower_)
        if kind is None or token.i in state.owner or token.pos_ != "PRON":
            continue
        if kind in {"he", "she"}:
            entity = _person_antecedent(token, kind, state)
        else:
            entity = _nominal_antecedent(token, kind == "they", state)
        if entity is not None:
            state.mention(entity, token.i, token.i + 1, f"pronoun:{_role_rule(token)}")


def _role_rule(token: Token) -> str:
    return "possessive" if token.dep_ == "poss" else "subject" if token.dep_ in SUBJECTS \
        else "object"


def _person_antecedent(pronoun: Token, gender: str, state: ArticleActors) -> Entity | None:
    wanted = "m" if gender == "he" else "f"
    excluded = _trip_destination(pronoun, state)
    people = [e for e in state.entities if e.kind == "person" and e.mentions
              and e.gender in {None, wanted} and (excluded is None or e.country != excluded)]
    if not people:
        return None
    forward = _fronted_subject(pronoun, state)
    if forward is not None and forward in people:
        return forward
    sentence = state.parsed.sentence_of(pronoun.idx)
    clause_subject = _clause_subject(pronoun)
    ranked: list[tuple[tuple[int, int, int], Entity]] = []
    for entity in people:
        before = [m for m in entity.mentions if m.start < pronoun.idx]
        if not before:
            continue
        latest = max(before, key=lambda m: m.start)
        distance = sentence - latest.sentence
        if distance > 3:
            continue
        role = _mention_role(entity, before, state, clause_subject, pronoun)
        ranked.append(((distance, role, -latest.start), entity))
    return min(ranked, key=lambda item: item[0])[1] if ranked else None


def _mention_role(entity: Entity, before: list, state: ArticleActors,
                  clause_subject: Token | None, pronoun: Token) -> int:
    """0: subject of the pronoun's clause (not for an object pronoun: "Kim met him"),
    1: a subject, 2: inside a subject phrase, 3: anything else."""
    doc = state.parsed.doc
    best = 3
    same_sentence = state.parsed.sentence_of(pronoun.idx)
    for mention in before:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if clause_subject is not None and root == clause_subject \
                and mention.sentence == same_sentence:
            best = min(best, 3 if pronoun.dep_ in {"dobj", "pobj"} else 0)
        elif root.dep_ in SUBJECTS:
            best = min(best, 1)
        elif any(a.dep_ in SUBJECTS for a in root.ancestors):
            best = min(best, 2)
    return best


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause a token is in (through conjoined verbs). A pronoun that is
    itself the subject of a conjoined verb looks to the first conjunct's subject: in
    "Kim thanked Putin …, and he emphasised …" subjects run parallel."""
    head = token.head
    while head.head != head and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    while True:
        subject = next((c for c in head.children if c.dep_ in SUBJECTS and c != token), None)
        if subject is not None or head.dep_ not in {"conj", "xcomp"}:
            return subject
        head = head.head


def _fronted_subject(pronoun: Token, state: ArticleActors) -> Entity | None:
    """"During his visit, Kim Jong Un …": a possessive in a phrase before the main subject."""
    if pronoun.dep_ != "poss":
        return None
    node = pronoun
    while node.head != node and node.dep_ not in FRONTED:
        node = node.head
    verb = node.head
    if node.dep_ not in FRONTED or node.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.i < pronoun.i:
        return None
    owner = state.owner.get(subject.i)
    return owner if owner is not None and owner.kind == "person" else None


def _trip_destination(pronoun: Token, state: ArticleActors) -> str | None:
    """The country a pronoun's owner travels to ("his visit to X", "he arrived in X")."""
    travel = state.kb.words("travel")
    movers = pronoun.dep_ == "poss" or pronoun.dep_ in SUBJECTS
    if not movers or pronoun.head.lemma_.lower() not in travel:
        return None
    mover = pronoun.head
    for prep in (c for c in mover.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            owner = state.owner.get(obj.i)
            if owner is not None and owner.kind == "country":
                return owner.country
            country = state.kb.country(obj.text) or state.kb.capital_of(obj.text, state.day)
            if country is not None:
                return country.iso3
    return None


def _nominal_antecedent(pronoun: Token, plural: bool, state: ArticleActors) -> Entity | None:
    """it/its, they/their/them: the nearest earlier noun phrase of that number, if an actor.

    Only subjects are considered, in the pronoun's sentence and the one before: a
    pronoun whose nearest candidate is not an actor ("the soldiers … hailing them") is
    left alone rather than forced onto a distant actor.
    """
    own = _reflexive_subject(pronoun, plural, state)
    if own is not None:
        return own
    doc = state.parsed.doc
    sentence = state.parsed.sentence_of(pronoun.idx)
    for token in reversed(doc[:pronoun.i]):
        if state.parsed.sentence_of(token.idx) < sentence - 1:
            break
        if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in SUBJECTS | {"dobj", "pobj"}:
            continue
        owner = state.owner.get(token.i)
        token_plural = token.tag_ in PLURAL_TAGS or (owner is not None and owner.plural)
        if owner is not None and owner.kind in {"country", "organization", "group"}:
            if plural == token_plural or (plural and owner.kind == "country"
                                          and token.dep_ in SUBJECTS):
                return owner
            continue
        if token_plural == plural and token.dep_ in SUBJECTS | {"dobj"}:
            return None
    return None


def _reflexive_subject(pronoun: Token, plural: bool, state: ArticleActors) -> Entity | None:
    """A reflexive ("blew themselves up") is its own verb's subject, whoever is nearer,
    when that subject is a group or body of its number."""
    if pronoun.morph.get("Reflex") != ["Yes"]:
        return None
    node = pronoun
    while node.dep_ == "conj":  # "killed 23 people as well as themselves"
        node = node.head
    subject = next((c for c in node.head.children if c.dep_ in SUBJECTS), None)
    owner = state.owner.get(subject.i) if subject is not None else None
    if owner is None or owner.kind not in {"country", "organization", "group"}:
        return None
    return owner if (subject.tag_ in PLURAL_TAGS or owner.plural) == plural else None


# -- relations -----------------------------------------------------------------------------


def _relations(state: ArticleActors) -> None:
    """Counterparts take their anchor's sector, relatives their anchor's country."""
    for entity in state.entities:
        if entity.relation is None:
            continue
        relation, token_index = entity.relation
        anchor = state.owner.get(token_index)
        if anchor is None or anchor is entity:
            continue
        if relation == "counterpart":
            entity.learn(None, anchor.sector)
        else:
            entity.learn(anchor.country, None, rule="kin")


# -- for the event coder -----------------------------------------------------------------


def interacting_parties(parsed: ParsedArticle, actors: list[Actor],
                        char: int) -> tuple[Actor, Actor] | None:
    """The two parties of the latest interaction before ``char``: for "both sides".

    The subject and the object (or with-/to-phrase) of the main verb of the nearest
    earlier sentence that has both, when they are actors of different countries;
    otherwise the two most recently mentioned actors of different countries, people
    first. ``None`` when the text has no two such parties.
    """
    by_mention = sorted(((m.start, m.end, a) for a in actors for m in a.mentions),
                        key=lambda item: item[0])
    sentence = parsed.sentence_of(char)
    for index in range(sentence, max(sentence - 3, -1), -1):
        pair = _sentence_parties(parsed, index, by_mention, char)
        if pair is not None:
            return pair
    seen: list[Actor] = []
    for _start, _end, actor in reversed([m for m in by_mention if m[0] < char]):
        if actor.kind == "media" or actor in seen or not actor.country:
            continue
        seen.append(actor)
    for first in sorted(seen, key=lambda a: a.kind != "person"):
        other = next((a for a in seen if a.country != first.country), None)
        if other is not None:
            return first, other
    return None


def _sentence_parties(parsed: ParsedArticle, index: int,
                      mentions: list[tuple[int, int, Actor]],
                      char: int) -> tuple[Actor, Actor] | None:
    span = parsed.sentences[index]
    doc_span = parsed.doc.char_span(span.start, min(span.end, char), alignment_mode="contract")
    if doc_span is None or not len(doc_span):
        return None
    root = doc_span.root
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    others = [c for c in root.children if c.dep_ == "dobj"]
    others += [g for c in root.children if c.dep_ == "prep" and c.lower_ in {"with", "to"}
               for g in c.children if g.dep_ == "pobj"]
    others += [g for o in list(others) for c in o.children
               if c.dep_ == "prep" and c.lower_ in {"with", "to"}
               for g in c.children if g.dep_ == "pobj"]
    source = _actor_covering(subject, mentions) if subject is not None else None
    for other in others:
        target = _actor_covering(other, mentions)
        if source and target and source.country and target.country \
                and source.country != target.country:
            return source, target
    return None


def _actor_covering(token: Token, mentions: list[tuple[int, int, Actor]]) -> Actor | None:
    for start, end, actor in mentions:
        if start <= token.idx < end:
            return actor
    return None
