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
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.kb import TRANSNATIONAL, Country, KnowledgeBase, KnownActor, default_kb
from eventwire.models import Actor, Mention, ParsedArticle
from eventwire.stages.places import (
    as_read,
    clean_name,
    folded,
    gazetteer,
    mislabelled_country,
    named_countries,
    names_currency,
    stance_marked,
)
from eventwire.stages.syntax import clause_tokens

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
GROUP_LABELS = frozenset({"NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAMED_LABELS = PERSON_LABELS | ORG_LABELS | GROUP_LABELS | PLACE_LABELS
SWALLOWED = ORG_LABELS | GROUP_LABELS | PLACE_LABELS | {"PRODUCT"}
"""Entities a known name may contain or replace ("… of Tamil Eelam"; "G-20" the NER calls
a product)."""
NOT_ACTORS = frozenset({"EVENT", "LAW", "WORK_OF_ART", "LANGUAGE", "DATE", "TIME", "MONEY",
                        "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL", "PRODUCT"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "npadvmod", "case",
                           "punct", "det", "prep", "pobj", "cc", "conj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
LOCATING_PREPS = frozenset({"in", "of", "from", "at", "across", "throughout", "inside", "near",
                            "outside"})
"""Prepositions whose object says where a group is ("rebels in Darfur")."""
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
SECURITY_SECTORS = frozenset({"MIL", "COP"})
"""Forces whose country, when the text does not say it, is the state holding the place."""
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Sectors of states' own bodies: made international, they are IGO, not NGO."""
OFFICE_SECTORS = frozenset({"GOV", "LEG"})
"""Sectors of the offices whose holders news names by surname alone."""
SURNAME_REACH = timedelta(days=2 * 365)
"""How far from its term a leader's bare surname still names them ("Bush administration")."""
NAME_JOINERS = frozenset({"of", "the", "for", "and"})
LONGEST_SCAN = 6
MOST_COORDINATED = 3
"""Longest coordination whose bare names are read as people by their partners' kind:
longer lists are of places or things more often than of people."""
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
    provisional: bool = False
    """A group or body no phrase anchors ("demonstrators"): an actor only if the article
    has a main country to give it."""
    proper: bool = False
    """A provisional body with a name of its own ("the Azadliq opposition coalition"): a
    specific body, which the places an article names may locate where no actor does."""
    anchor: Entity | None = None
    """The actor a nominal belongs to when that actor's country is not known yet
    ("Zoran Djindjic's opposition coalition"): its country is taken once it is."""

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
    named_countries: list[tuple[int, str]] = field(default_factory=list)
    """(token index, country) of every country, capital, city or region the text names:
    the article's context, read before any actor is resolved."""
    acronyms: dict[str, Entity] = field(default_factory=dict)
    """Acronyms the text defines ("… Development (OECD)") → the body they stand for."""
    shared_roles: set[int] = field(default_factory=set)
    """Role nouns several coordinated countries hold ("the leaders of Greece and Turkey"):
    their countries' names are the mentions, the noun is no one's."""

    def context(self) -> dict[str, tuple[int, int]]:
        """Country → (times named, -first token index): larger is more present."""
        found: dict[str, tuple[int, int]] = {}
        for index, iso3 in self.named_countries:
            count, first = found.get(iso3, (0, -index))
            found[iso3] = (count + 1, max(first, -index))
        return found

    def country_before(self, index: int, other_than: str | None = None) -> str | None:
        """The country of the latest place named before token ``index`` (that is not
        ``other_than``: "the Albanian population of the province" is not Albania's)."""
        earlier = [iso3 for i, iso3 in self.named_countries if i < index and iso3 != other_than]
        return earlier[-1] if earlier else None

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
        self.bodies = self.kb.words("collective").keys() | self.kb.words("body_noun").keys()

    def __call__(self, parsed: ParsedArticle) -> list[Actor]:
        from eventwire.stages.coref import resolve_references

        state = ArticleActors(parsed, self.kb)
        state.named_countries = named_countries(parsed.doc, self.kb, parsed.article.date)
        spans = self._named_spans(parsed)
        # People and organisations first: their titles claim the countries inside them
        # ("Russia's defence minister Sergei Shoigu" is one mention of Shoigu).
        for span in sorted(spans, key=lambda s: (s.label_ not in PERSON_LABELS,
                                                 s.label_ not in ORG_LABELS, s.start)):
            self._named(span, state)
            self._define_acronym(span, state)
        self._nominals(state)
        self._country_modifiers(state)
        resolve_references(state)
        self._domestic(state)
        return state.actors()

    def _domestic(self, state: ArticleActors) -> None:
        """A person or body the text never places belongs to the article's main country:
        news names foreigners by nationality ("Iraqi President …") and locals bare. With
        no main country, an unanchored group ("Officials met in Geneva") is no actor."""
        from eventwire.stages.coref import country_salience

        salience = country_salience(state)
        context = {c: v for c, v in state.context().items() if c in self.kb.by_iso3}
        ranked = sorted(salience, key=lambda iso3: (salience[iso3], context.get(
            iso3, (0, -len(state.parsed.doc)))), reverse=True)
        placed = max(context, key=lambda iso3: context[iso3]) if context else None
        for entity in state.entities:
            if entity.country is not None or entity.anchor is not None:
                continue
            foreign = self._counterpart_countries(entity, state) \
                | self._patient_countries(entity, state)
            main = next((iso3 for iso3 in ranked if iso3 not in foreign), None)
            scene = self._scene_country(entity, state) or (
                self._scene_force(entity, state) if main is None else None)
            if scene is not None and entity.roles:
                scene = self._settling_state(entity.roles[0], scene)
            if scene is not None:
                entity.learn(scene, None, rule="scene-country")
            elif main is None and entity.proper and placed is not None:
                entity.learn(placed, None, rule="article-country")
            elif main is None and entity.provisional \
                    and not self._unplaceable(entity, state, foreign):
                entity.mentions.clear()
            elif self._settlement(entity) and (place := _place_country(entity.roles[0], state)):
                entity.learn(place, None, rule="place")
            elif main is not None and entity.kind in {"person", "organization", "group"}:
                opposed = self._opposing_force(entity, main, state)
                local = self._local_force(entity, state)
                settling = self._settling_state(entity.roles[0], main) if entity.roles else main
                entity.learn(opposed or local or settling, None,
                             rule="opposed-force" if opposed else "local-force" if local
                             else "article-country")
        for entity in state.entities:
            if entity.country is None and entity.anchor is not None:
                entity.learn(entity.anchor.country, None, rule="anchor")

    def _unplaceable(self, entity: Entity, state: ArticleActors, foreign: set[str]) -> bool:
        """Whether an unanchored role ("Gunmen killed a priest.") stays an actor of no
        country: an article that names no country nor place but ``foreign`` ones gives it
        none, yet a ``stateless_sector`` (UAF, REL) is a party of its own, which CAMEO
        codes by sector alone; a state's body ("the military") is nobody's without its
        state."""
        return entity.sector in self.kb.words("stateless_sector") \
            and not set(state.context()) - foreign

    def _patient_countries(self, entity: Entity, state: ArticleActors) -> set[str]:
        """Nationalities the text gives the people ``entity`` acts on ("rebels freed the
        kidnapped Italian engineers", "… were seized by gunmen"): victims' or hostages'
        nationality says nothing of their captors', so it is not the actor's own. Only a
        demonym or country name on the patient counts: where victims are ("12 people in
        Baghdad") is where the act happens, which does place the actor."""
        countries: set[str] = set()
        for role in entity.roles:
            if role.dep_ in {"nsubj", "nsubjpass"} and role.head.pos_ in {"VERB", "AUX"}:
                verb, patient_deps = role.head, {"dobj"}
            elif role.dep_ == "pobj" and role.head.dep_ == "agent":
                verb, patient_deps = role.head.head, {"nsubjpass"}
            else:
                continue
            patients = [c for c in verb.children if c.dep_ in patient_deps]
            patients += [c for p in patients for c in p.conjuncts]
            for patient in patients:
                other = state.owner.get(patient.i)
                if other is not None and other is not entity and other.country is not None \
                        and other.country_rule == "text" and any(
                            self.kb.country_word(c.text) for c in patient.children
                            if c.dep_ in {"amod", "compound", "nmod", "poss"}):
                    countries.add(other.country)
        return countries

    @staticmethod
    def _counterpart_countries(entity: Entity, state: ArticleActors) -> set[str]:
        """Countries of the counterparts named for ``entity`` ("… met his Egyptian
        counterpart"): a counterpart serves another state, so these are not its own."""
        return {other.country for other in state.entities if other.relation is not None
                and other.relation[0] == "counterpart" and other.country is not None
                and state.owner.get(other.relation[1]) is entity}

    def _opposing_force(self, entity: Entity, default: str, state: ArticleActors
                        ) -> str | None:
        """The country of unanchored soldiers or police whom a conflict verb sets against a
        party of the ``default`` country ("Palestinian youths threw stones at soldiers"):
        forces belong to the state that holds the place (``territory_controller``: the
        West Bank's soldiers are Israel's; soldiers fighting Albanians near Tetovo are
        Macedonia's), or, in an article that names no place, to the country of the
        nearest named force of another country ("Israeli troops"). None when the clause
        sets them against no such party, or the place is that party's own country: a
        civil conflict is one country's."""
        if entity.sector not in SECURITY_SECTORS or not entity.provisional:
            return None
        verbs = self.kb.words("conflict_verb").keys() | self.kb.words("assault_verb").keys()
        tokens = [t for t in entity.roles if _opposed(t, default, state, verbs)]
        if not tokens:
            return None
        place = _place_country(tokens[0], state)
        if place is not None:
            holder = self.kb.words("territory_controller").get(place.casefold(), place)
            return holder if holder != default else None
        forces = [(abs(m.start - tokens[0].idx), e.country) for e in state.entities
                  if e.sector in SECURITY_SECTORS and e.country not in {None, default}
                  and e.country_rule == "text" for m in e.mentions]
        return min(forces)[1] if forces else None

    def _local_force(self, entity: Entity, state: ArticleActors) -> str | None:
        """Unanchored police ("police said") serve where the sentence's events happen: the
        country of the place it names nearest them ("… blew themselves up in Tel Aviv …,
        police said"; "police custody at Malaga airport in Spain … a plane from Stockholm"),
        else of the place the article names most, not the country its demonyms name most
        (the bombers' "Palestinian"); in a held territory, the holding state's."""
        if entity.sector not in self.kb.words("local_sector") or not entity.roles \
                or not entity.provisional:
            return None
        noun = entity.roles[0]
        near = [(abs(i - noun.i), iso3) for i, iso3 in _named_places(noun.doc, state)
                if noun.doc[i].sent == noun.sent]
        return self._holding_state(min(near)[1] if near else _place_country(noun, state))

    def _scene_force(self, entity: Entity, state: ArticleActors) -> str | None:
        """Unanchored troops or security forces acting where an article that names no
        country's people or state says they act serve the state holding that place
        ("Security forces dispersed a rally in Cairo" are Egypt's): troops often act
        abroad, but with no other country named nothing says these do."""
        if entity.sector not in SECURITY_SECTORS or not entity.provisional:
            return None
        return self._holding_state(self._scene_country(entity, state, expeditionary=True))

    def _holding_state(self, place: str | None) -> str | None:
        """The state whose forces serve in ``place``: a held territory's holder
        (``territory_controller``: the West Bank's are Israel's), else its own."""
        return self.kb.words("territory_controller").get(place.casefold(), place) \
            if place is not None else None

    def _scene_country(self, entity: Entity, state: ArticleActors, expeditionary: bool = False
                       ) -> str | None:
        """The country of the place where an unanchored group acts or is acted on: in
        "Demonstrators blocked a road in Baghdad to protest US policy" the protesters are
        Iraqi, and in "Police dispersed Ugandan students in Nairobi" the police Kenyan,
        whatever country the article talks about most (as are those a verb's act is
        directed to: "sent supplies to victims in Turkey", "fired at protesters in
        Cairo"); a when-, as- or while-clause tells the same scene ("killed 23 people
        when they blew themselves up in Tel Aviv").
        Troops, officials and agents, who often act abroad, are not made local by where
        they act, unless the caller takes them as local too (``expeditionary``: nothing
        in the article says they are abroad). One person is local only when acted on
        ("Gunmen killed a priest in Cairo"): one who acts there may be a visitor."""
        if entity.kind not in {"group", "person"} or not entity.mentions \
                or (entity.sector in self.kb.words("expeditionary_sector") and not expeditionary):
            return None
        first = entity.mentions[0]
        span = state.parsed.doc.char_span(first.start, first.end, alignment_mode="expand")
        party = span.root if span is not None else None
        if party is not None and party.dep_ == "pobj" and party.head.lower_ == "of" and (
                party.head.head.ent_type_ == "CARDINAL" or party.head.head.like_num):
            party = party.head.head  # "Hundreds of students protested"
        if party is not None and party.dep_ == "pobj" and party.head.head.pos_ == "VERB" \
                and party.head.lower_ in self.kb.words("recipient_preposition"):
            party = party.head  # "sent medical supplies to earthquake victims in Turkey"
        if party is None or party.dep_ not in {"nsubj", "nsubjpass", "dobj", "prep"} or (
                entity.kind == "person" and party.dep_ not in {"nsubjpass", "dobj"}):
            return None
        verb = party.head
        marks = self.kb.words("scene_clause_mark")
        circumstances = [c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ in {"mark", "advmod"} and m.lower_ in marks for m in c.children)]
        for clause in (verb, *circumstances):
            place = self._clause_scene(clause, state)
            if place is not None:
                return place
        return None

    def _clause_scene(self, clause: Token, state: ArticleActors) -> str | None:
        """The country of the first scene a clause's own words name ("… in Baghdad"): a
        place's name before a demonym ("outside the Israeli embassy in Amman" is in
        Jordan; "in a Palestinian village" is read by its demonym when nothing else)."""
        named = dict(state.named_countries)
        scene_words = self.kb.words("scene_preposition")
        for word in sorted(clause_tokens(clause), key=lambda t: t.i):  # the first named
            if word.dep_ == "prep" and word.lower_ in scene_words:
                inside = sorted((t for c in word.children if c.dep_ == "pobj"
                                 for t in c.subtree if t.i in named),
                                key=lambda t: (t.ent_type_ not in PLACE_LABELS
                                               or t.tag_ in {"JJ", "NNPS"}, t.i))
                if inside:
                    return named[inside[0].i]
        return None

    # -- named mentions ------------------------------------------------------------

    def _named_spans(self, parsed: ParsedArticle) -> list[Span]:
        """Entities worth reading, plus capitalised runs the knowledge base knows; a known
        organisation's name may swallow the places and peoples the NER found inside it
        ("Liberation Tigers of" + "Tamil" + "Eelam")."""
        doc = parsed.doc
        spans: list[Span] = []
        for span in (s for s in doc.ents if s.label_ in NAMED_LABELS):
            if self._opens_role(span):
                continue
            opened = next((t.i for t in span if t.text == "("), None)
            if opened is not None and opened > span.start and not any(
                    t.text == ")" for t in doc[opened:span.end]):  # "Party of the Left (PDS"
                span = Span(doc, span.start, opened, label=span.label_)
            if span[-1].text in {",", "-"} and len(span) > 1:
                span = Span(doc, span.start, span.end - 1, label=span.label_)
            if not spans or span.start >= spans[-1].end:
                spans.append(self._extended(span))
        holder = {i: span for span in [*doc.ents, *spans] for i in range(span.start, span.end)}
        i = 0
        while i < len(doc):
            found = None
            if i not in holder and _capitalised(doc[i]):
                for size in range(min(LONGEST_SCAN, len(doc) - i), 0, -1):
                    inside = {holder[j] for j in range(i, i + size) if j in holder}
                    if any(h.start < i or h.end > i + size or h.label_ not in SWALLOWED
                           for h in inside):
                        continue
                    candidate = doc[i:i + size]
                    if self._knowable(candidate) and (not inside or any(
                            a.kind != "person" for a in self.kb.known(candidate.text))):
                        found = candidate
                        break
            if found is not None:
                spans = [s for s in spans if not found.start <= s.start < found.end]
                spans.append(found)
                i += len(found)
            else:
                i += 1
        spans = self._coordinated_people(spans) + self._titled_names(doc, spans)
        return sorted(spans, key=lambda s: s.start)

    def _opens_role(self, span: Span) -> bool:
        """"Riot police fired tear gas": a sentence's capitalised first words the NER takes
        for a name are no name when, with the lower-case noun after them, they make one
        role phrase of the knowledge base ("riot police"): the capital is the sentence's."""
        after = span.end
        if span.start != span.sent.start or after >= span.sent.end \
                or not span.doc[after].is_lower or span.doc[after].pos_ != "NOUN":
            return False
        words = [t.lower_ for t in span]
        noun = span.doc[after]
        found = self.kb.sector([*words, noun.lower_]) or self.kb.sector([*words, noun.lemma_])
        return found is not None and found[1] == len(words) + 1

    def _titled_names(self, doc, spans: list[Span]) -> list[Span]:
        """"Suspected British militant Haroon Rashid Aswad": a run of two or more
        capitalised proper nouns the NER left out, right after a role noun, is the name
        of a person that role describes (the knowledge base's bodies and places aside)."""
        held = {i for span in [*doc.ents, *spans] for i in range(span.start, span.end)}
        found: list[Span] = []
        i = 1
        while i < len(doc):
            end = i
            while end < len(doc) and end not in held and doc[end].tag_ == "NNP" \
                    and _capitalised(doc[end]) and doc[end].is_alpha:
                end += 1
            title = doc[i - 1]
            if end - i >= 2 and title.tag_ == "NN" and title.i not in held \
                    and self._role_of(title) is not None and not self._knowable(doc[i:end]) \
                    and not any(self._title_word(t) for t in doc[i:end]):  # "Brigadier General"
                found.append(Span(doc, i, end, label="PERSON"))
            i = max(end, i + 1)
        return found

    def _coordinated_people(self, spans: list[Span]) -> list[Span]:
        """"A meeting of Clerides and Denktash", "Kabila and Museveni": a bare capitalised
        name coordinated with a name the NER tags a person, or names that are all known
        leaders' surnames, are people, whether the NER left them out or tagged them a
        one-word body or people (it does all three). Names the knowledge base knows as a
        body, country or capital keep their reading ("Arafat and Israel")."""
        if not spans:
            return spans
        doc = spans[0].doc
        held = {i: span for span in spans for i in range(span.start, span.end)}
        added: list[Span] = []
        for head in (t for t in doc if t.dep_ != "conj" and t.conjuncts):
            group = [head, *head.conjuncts]
            whole = doc[min(t.left_edge.i for t in group):max(t.i for t in group) + 1]
            if len(group) > MOST_COORDINATED or self.kb.country(whole.text):
                continue  # a list of places ("ports of Yangon -- Thilawa, …"), "Sao Tome
                # and Principe"
            names = {t.i: self._bare_name(t, held) for t in group}
            tagged = any(t.i in held and held[t.i].label_ in PERSON_LABELS for t in group)
            surnames = all((t.i in held and held[t.i].label_ in PERSON_LABELS) or (
                names[t.i] is not None and self.kb.by_surname(names[t.i].text)) for t in group)
            if not (tagged or surnames):
                continue  # "Ford and GM": one leader's surname alone makes no people
            added += [Span(doc, name.start, name.end, label="PERSON")
                      for name in names.values() if name is not None]
        replaced = {i for span in added for i in range(span.start, span.end)}
        return [s for s in spans if not any(i in replaced for i in range(s.start, s.end))] \
            + added

    def _bare_name(self, token: Token, held: dict[int, Span]) -> Span | None:
        """The capitalised name ending at ``token`` if the NER left it out or gave it a
        one-word non-person label, and the knowledge base knows it as nothing else."""
        span = held.get(token.i)
        if token.pos_ != "PROPN" or token.tag_ == "NNPS" or not _capitalised(token) or (
                span is not None and (
                span.label_ in PERSON_LABELS | PLACE_LABELS or len(span) > 1)):
            return None
        start = min(t.i for t in token.subtree if t.i <= token.i)
        name = token.doc[start:token.i + 1]
        text = name.text
        if not all(t.pos_ == "PROPN" and _capitalised(t) for t in name) \
                or self.kb.country(text) or self.kb.demonym(text) or self.kb.people(text) \
                or self.kb.capital_of(text) or self.kb.seat(text) \
                or any(a.kind != "person" for a in self.kb.known(text)):
            return None
        return name

    def _extended(self, span: Span) -> Span:
        """The NER cuts long names ("Liberation Tigers" | "of" | "Tamil Eelam"): a span is
        carried on over capitalised words and "of"/"the"/"for"/"and" when the longer
        name is one the knowledge base knows."""
        doc = span.doc
        for end in range(min(len(doc), span.end + LONGEST_SCAN), span.end, -1):
            if all(_capitalised(t) or t.lower_ in NAME_JOINERS for t in doc[span.end:end]) \
                    and _capitalised(doc[end - 1]) and self.kb.known(doc[span.start:end].text):
                return doc[span.start:end]
        return span

    def _knowable(self, span: Span) -> bool:
        if not all(_capitalised(t) or t.is_punct or t.like_num or t.lower_ in {"of", "the", "and"}
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
        text = clean_name(name_span)
        if not text or not state.free(span.start, span.end) or self._modifies_role(span) \
                or names_currency(span, self.kb) or text.casefold() in self.kb.words("not_actor"):
            return
        if span.label_ not in PERSON_LABELS and self._conjoined_modifier(span, state):
            return
        defined = state.acronyms.get(text)
        if defined is not None:  # "OECD" after "Organisation for Economic … (OECD)"
            state.mention(defined, span.start, span.end, "acronym")
            return
        seat = self.kb.seat(text)
        capital = self.kb.capital_of(text, state.day) or _capital_by_other_name(text, span, state)
        if capital is not None and any(start == span.start and iso3 != capital.iso3
                                       for start, iso3 in state.named_countries):
            capital = None  # a namesake of the capital ("Tripoli" in a story about Lebanon)
        country = as_read(self.kb.country(text), text, span.start, state.named_countries,
                          self.kb) if span.label_ not in PERSON_LABELS or (
            mislabelled_country(span, self.kb) and not _earlier_person(text, state)) else None
        if country is not None and (span.start, country.iso3) not in state.named_countries \
                and any(start == span.start for start, _ in state.named_countries):
            country = None  # a region of another country by that name ("Atlanta, Georgia")
        known = self._known(text, span, state) or self._short_name(span, text)
        # A capital no person in the knowledge base is named after is its government even
        # when the NER calls it a person (en_core_web_sm tags "Kyiv" PERSON).
        if (seat and span.label_ not in PERSON_LABELS) or (capital and not known
                                                           and not country):
            self._metonymy(span, state, seat.country if seat else capital.iso3,  # type: ignore[union-attr]
                           seat.sector if seat else "GOV")
        elif country is not None and (known is None or known.rank == 0):
            self._country_named(span, country, state)
        elif known is not None:
            self._known_actor(span, name_span, known, state)
        elif country is not None:
            self._country_named(span, country, state)
        elif span.label_ in GROUP_LABELS or ((self.kb.people(text) or self.kb.demonym(text))
                                             and not _earlier_person(text, state)):
            self._group(span, state)  # but "Fleming" after Stephen Fleming is him
        elif span.label_ in PERSON_LABELS and not _earlier_person(text, state) and any(
                start == span.start for start, _ in state.named_countries):
            self._acting_place(span, text, state)  # a place the NER took for a person
        elif span.label_ in PERSON_LABELS or (span.label_ in ORG_LABELS and not
                                             self._landmark(name_span)):
            self._new_named(span, name_span, text, state)
        elif span.label_ in PLACE_LABELS:
            self._acting_place(span, text, state)

    def _country_named(self, span: Span, country: Country, state: ArticleActors) -> None:
        """A country's name is the country acting, unless it shares a role noun with
        other countries ("the leaders of Greece and Turkey")."""
        if self._shares_role(span, country, state):
            return
        entity = state.entity(f"country:{country.iso3}", country.name, "country")
        entity.learn(country.iso3, None)
        entity.kb_id = f"country:{country.iso3}"
        state.mention(entity, span.start, span.end, "country")

    def _shares_role(self, span: Span, country: Country, state: ArticleActors) -> bool:
        """"The leaders of Greece and Turkey", "the armies of India and Pakistan",
        "delegations from China and Vietnam": a plural role noun whose of- or from-object
        coordinates several countries is held by each of them.
        One actor with one country cannot be both, so each country's name becomes a
        mention of its own role holders (GRCGOV, TURGOV) and the noun is left to none:
        the event coder reads the phrase through to every conjunct."""
        first = span.root
        while first.dep_ == "conj":
            first = first.head
        prep, noun = first.head, first.head.head
        if first.dep_ != "pobj" or prep.lower_ not in {"of", "from"} \
                or noun.tag_ not in {"NNS", "NNPS"}:
            return False
        modifiers = [t for t in noun.lefts if t.dep_ in {"amod", "compound"}]
        sector = self._sector([*modifiers, noun]) or self._role_of(noun)
        parties = {self._named_country_at(t, state) for t in (first, *first.conjuncts)}
        if sector is None or len(parties - {None}) < 2:
            return False
        entity = state.entity(f"nominal:{country.iso3}:{sector}:{noun.lemma_.lower()}",
                              f"{country.adjective} {_role_label(noun)}", "group")
        entity.learn(country.iso3, sector)
        entity.plural = True
        entity.roles.append(noun)
        state.shared_roles.add(noun.i)
        return state.mention(entity, span.start, span.end, "shared-role")

    def _named_country_at(self, token: Token, state: ArticleActors) -> str | None:
        """The country of the body already read on ``token``, or that its name names."""
        owner = state.owner.get(token.i)
        if owner is not None and owner.kind != "person" and owner.country in self.kb.by_iso3:
            return owner.country  # "the leaders of Israel and the PLO"
        name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        return next((iso3 for i, iso3 in state.named_countries
                     if name is not None and i == name.start and iso3 in self.kb.by_iso3),
                    None)

    def _acting_place(self, span: Span, text: str, state: ArticleActors) -> None:
        """A city or region that acts or is acted upon ("Sivas rose up", "Georgia sued the
        federal government") stands for its people, CVL, as CAMEO codes a city, or for a
        region's government, GOV (capitals are their countries' governments: see
        ``_metonymy``)."""
        iso3 = next((i for start, i in state.named_countries if start == span.start), None)
        if iso3 is None or not _acts(span.root, self.kb) or self._names_settlement(span.root):
            return
        places = gazetteer()
        region = any(a.country == iso3 for a in places.admin1.get(text.casefold(), [])) \
            and not any(c.country == iso3 for c in places.cities.get(text.casefold(), []))
        entity = state.entity(f"city:{iso3}:{text.casefold()}", text,
                              "organization" if region else "group")
        entity.learn(iso3, "GOV" if region else "CVL")
        entity.plural = not region
        state.mention(entity, span.start, span.end, _place_actor_rule(span.root, self.kb))

    def _define_acronym(self, span: Span, state: ArticleActors) -> None:
        """"Organisation for Economic Cooperation and Development (OECD)": the bracketed
        capitals that spell the initials of the name just read are that body's name too."""
        doc = span.doc
        if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
            return
        acronym = doc[span.end + 1].text
        owner = state.owner.get(span.end - 1)
        initials = "".join(t.text[0] for t in span if _capitalised(t) and t.is_alpha
                           and not (t.i == span.start and t.lower_ == "the"))
        if owner is None or owner.kind == "person" or not acronym.isupper() \
                or acronym.casefold() != initials.casefold():
            return
        state.acronyms[acronym] = owner
        owner.aliases.append(acronym)

    def _modifies_role(self, span: Span) -> bool:
        """A country, people or body named only to anchor a role noun ("Serbian forces",
        "UN peacekeepers", "Burundi's government"): the nominal pass reads the phrase."""
        root = span.root
        head = root.head
        people = self._people_words(span)
        return (span.label_ not in PERSON_LABELS or people) \
            and (root.dep_ in {"amod", "compound", "poss"} or (people and root.dep_ == "nmod")) \
            and head.i >= span.end and head.pos_ in {"NOUN", "PROPN"} \
            and head.ent_type_ not in PERSON_LABELS and self._role_of(head) is not None

    def _people_words(self, span: Span) -> bool:
        """Whether a name is a people or demonym, or a run of them ("Burundian Hutu", which
        the NER calls a person), not someone's name."""
        if self.kb.people(span.text) != () or self.kb.demonym(span.text) is not None:
            return True
        words = [t.text for t in span if t.lower_ != "the"]
        return len(words) > 1 and all(self.kb.people(w) or self.kb.demonym(w) for w in words)

    def _role_of(self, noun: Token) -> str | None:
        found = self.kb.sector([noun.lower_]) or self.kb.sector([noun.lemma_.lower()])
        return found[0] if found else None

    def _name_sector(self, name: Span) -> str | None:
        """What a body's name says it is ("US Congress" → LEG, "… of African Jurists" →
        JUD, else the head before "of": "Ministry of Health" → GOV); a community word
        ("European Community") or a union of states ("African Union") names no sector."""
        last = name[-1]
        if last.lower_ in self.kb.words("minority_noun") or \
                last.lower_ in self.kb.words("sectorless_name_head"):
            return None
        head = next((t.nbor(-1) for t in name if t.lower_ in {"of", "for"} and t.i > name.start),
                    None)
        found = self.kb.sector([t.lower_ for t in name])  # "MENA news agency" → MED
        return (found[0] if found else self._role_of(last)) or \
            (self._role_of(head) if head is not None else None)

    def _landmark(self, name: Span) -> bool:
        """A named facility ("the Fatherland Liberation War Martyrs Cemetery") is a place."""
        return name[-1].lower_ in self.kb.words("landmark")

    def _strip_titles(self, span: Span) -> Span | None:
        """The name inside a span that starts with titles ("President Putin" → "Putin")."""
        start = span.start + (span[0].lower_ == "the" and len(span) > 1)
        while start < span.end - 1 and (span.doc[start].lower_ in self.honorifics
                                        or self.kb.sector([span.doc[start].text])) \
                and not span.doc[start + 1].is_lower:  # "Ministry of Health" is a name
            start += 1
        return span.doc[start:span.end]

    def _known(self, text: str, span: Span, state: ArticleActors) -> KnownActor | None:
        """The knowledge-base actor ``text`` names, chosen by precedence and article date."""
        candidates = self.kb.known(text)
        titled = (span.start > 0 and self._title_word(span.doc[span.start - 1])) \
            or self._title_word(span[0])
        if not candidates and span.start > 0 and self._title_word(span.doc[span.start - 1]):
            candidates = self.kb.known(span.doc[span.start - 1:span.end].text)  # "Pope Francis"
        if not candidates and titled and span.label_ in PERSON_LABELS \
                and len(text.split()) == 1 and not _earlier_person(text, state):
            candidates = self._titled_bearers(span, text, state.day)
            if len({a.role_on(state.day).country for a in candidates  # type: ignore[union-attr]
                    }) > 1:
                candidates = _best_known(candidates)
            if len({a.role_on(state.day).country for a in candidates  # type: ignore[union-attr]
                    }) != 1:
                return None
        if not candidates and span.label_ not in PERSON_LABELS:
            candidates = self._known_after_demonym(span, state.day)
        if not candidates and span.label_ in PERSON_LABELS:
            # a shortened name ("Laurent Kabila") or a misspelt one ("Francois Mitterand")
            candidates = self.kb.fuller_name(text) or self.kb.near_person(text)
            if len({a.id for a in candidates}) != 1:
                return None
        if not candidates:
            return None
        if span.label_ in PERSON_LABELS and any(a.kind == "person" for a in candidates):
            candidates = [a for a in candidates if a.kind == "person"]
        top = [a for a in candidates if a.rank == candidates[0].rank]
        current = [a for a in top if state.day is None or _holds(a, state.day)]
        return (current or top)[0]

    def _short_name(self, span: Span, text: str) -> KnownActor | None:
        """"the Community", "the Union": a body the article names in full or by its
        acronym anywhere ("European Community", "EC officials"), called by the last word
        of its name after "the". None unless exactly one such body is named."""
        doc = span.doc
        first = span.start + (span[0].lower_ == "the")
        if span.label_ not in ORG_LABELS or len(text.split()) != 1 or first == 0 \
                or doc[first - 1].lower_ != "the":
            return None
        names = {e.text for e in doc.ents if e.start != span.start} | {
            t.text for t in doc if t.is_upper and len(t) > 1 and not span.start <= t.i < span.end}
        bodies = {actor.id: actor for name in names for actor in self.kb.known(name)
                  if actor.kind != "person" and len(actor.name.split()) > 1
                  and actor.name.split()[-1].casefold() == text.casefold()}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _titled_bearers(self, span: Span, surname: str, day: date | None) -> list[KnownActor]:
        """The known bearers of a surname a title names ("President Bush"): those in
        office on the article date, and when the title says what office ("former prime
        minister Blair"), those who held one of that sector then, or before it for a
        former one (Tony Blair in 2009, not Dennis Blair, then US intelligence chief)."""
        bearers = self.kb.by_surname(surname)
        if day is None:
            return bearers
        doc = span.doc
        name_start = span.end - 1  # the surname; titles may be inside the span or before it
        before = [t for t in doc[max(0, name_start - 4):name_start] if not t.is_punct]
        titled = self._sector([t for t in before if t.lower_ not in self.kb.words("former")])
        former = any(t.lower_ in self.kb.words("former") for t in before)
        if titled is None or titled == "ELI":
            return [a for a in bearers if _holds(a, day)]
        return [a for a in bearers if any(
            role.sector == titled and role.dated
            and (role.end is not None and role.end < day if former else role.covers(day))
            for role in a.roles)]

    def _known_after_demonym(self, span: Span, day: date | None) -> list[KnownActor]:
        """"the Palestinian Islamic Resistance Movement": a known body's name after the
        demonym of its own country (a demonym of another country is no such name)."""
        words = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
        if len(words) < 2 or (people := self.kb.demonym(words[0].text)) is None:
            return []
        rest = span.doc[words[1].i:span.end].text
        return [a for a in self.kb.known(rest)
                if (role := a.role_on(day)) is not None and role.country == people.iso3]

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
            confirmed = role.dated and state.day is not None and role.covers(state.day)
            entity.learn(known_country, role.sector, role.code if role.dated or kind != "person"
                         else None, rule="kb-dated" if confirmed else "kb")
        if entity.sector is None and kind != "person":
            entity.learn(None, self._name_sector(name_span))
        entity.roles += roles
        self._counterpart_title(span, roles, entity)
        entity.aliases.append(clean_name(name_span))
        state.mention(entity, first, span.end, "kb")
        self._appositions(span, entity, state)

    def _new_named(self, span: Span, name_span: Span, text: str, state: ArticleActors) -> None:
        kind = "person" if span.label_ in PERSON_LABELS else "organization"
        earlier = _earlier_person(text, state) if kind == "person" else None
        entity = earlier or state.entity(f"{kind}:{text.casefold()}", text, kind)
        first, roles = self._describe(span, state)
        country, sector, code = self._text_facts(span, first, roles, state)
        title = self._body_title(span, state) if kind == "person" and first == span.start \
            else None
        if title is not None:
            country, sector, code = title[1:]
        if kind == "organization" and country is None:  # keep what a description said
            country, inner_sector, code = self._inner_facts(name_span)
            sector = sector or inner_sector
        entity.learn(country, sector, code)
        if kind == "organization" and entity.sector is None:
            entity.learn(None, self._name_sector(name_span))
        group = self.kb.member_of(text) if kind == "person" and len(text.split()) > 1 else None
        if group is not None and (role := group.role_on(state.day)) is not None:
            entity.learn(role.country, role.sector, role.code, rule="kb-member")
        if kind == "person" and entity.country is None and len(entity.name.split()) == 1 \
                and not any(t.is_lower and t.lower_ == text.lower() for t in state.parsed.doc):
            # a bare surname, not one of a person the text has named in full ("Tony
            # Fernandes … Fernandes" is not the minister George Fernandes), nor a word the
            # article also writes in lower case ("Bird flu … bird flu")
            entity.learn(*self._surname_facts(text, state), rule="kb-surname")
        entity.roles += roles
        self._counterpart_title(span, roles, entity)
        if text != entity.name:
            entity.aliases.append(text)
        state.mention(entity, first, span.end, "surname" if earlier else "ner")
        if title is not None:
            entity.roles.append(title[0])
            state.mention(entity, title[0].i, title[0].i + 1, "apposition")
        self._appositions(span, entity, state)

    @staticmethod
    def _counterpart_title(span: Span, roles: list[Token], entity: Entity) -> None:
        """"his Egyptian counterpart Magdi Hatata": a counterpart title before a name
        relates its bearer to the possessor, as the apposition "…, his counterpart" does."""
        title = next((t for t in roles if t.lemma_.lower() == "counterpart"), None)
        if title is None or entity.relation is not None:
            return
        possessor = next((t for t in (*title.children, *span.root.children)
                          if t.dep_ == "poss" and t.i < title.i), None)
        if possessor is not None:
            entity.relation = ("counterpart", possessor.i)

    def _body_title(self, span: Span, state: ArticleActors
                    ) -> tuple[Token, str | None, str | None, str | None] | None:
        """"The leader of the Islamic Resistance Movement (Hamas) Khaled Meshaal": a title
        of a named body written before a person's name without the comma that would make
        the parser see an apposition. The title noun, and the country, sector and code it
        gives the person; None when the words before the name are not that."""
        doc = span.doc
        end = span.start
        if end > 0 and doc[end - 1].text == ")":  # the body's bracketed short name
            end = next((i for i in range(end - 2, max(end - 6, 0), -1) if doc[i].text == "("),
                       0)
        body = next((e for e in doc.ents if e.end == end and e.label_ in ORG_LABELS), None)
        if body is None:
            return None
        words = [t for t in body if not (t.i == body.start and t.lower_ == "the")]
        before = body.start - 1 - (body.start > 1 and doc[body.start - 1].lower_ == "the")
        if before < 1 or doc[before].lower_ != "of":
            return None
        noun = doc[before - 1]
        sector = self._sector([noun]) if noun.tag_ == "NN" else None
        country, code, _ = self._anchor(words, state)
        if sector is None or country is None or not state.free(noun.i, noun.i + 1):
            return None
        return noun, country, sector, code

    def _surname_facts(self, surname: str, state: ArticleActors
                       ) -> tuple[str | None, str | None]:
        """A bare surname ("Bush") names the known bearer who governed nearest the article
        date, if within ``SURNAME_REACH`` (undated: every bearer who governed must agree).
        Of bearers of several countries, those of a country the article names or whose
        bodies it names come first ("Hamas rejected Abbas's call" is Mahmoud Abbas, not
        Algeria's minister).

        Offices are government and legislature ("Gingrich" in 1997 is the Speaker). The
        country is that bearer's; the sector is the office's only when one bearer held one
        on the article date, since a leader named near, not in, a term may be a former one.
        """
        day = state.day
        terms = [(actor.id, role.country, role.distance(day) if day else 0)
                 for actor in self.kb.by_surname(surname) for role in actor.roles
                 if role.sector in OFFICE_SECTORS and role.dated
                 and role.country in self.kb.by_iso3]
        terms = [term for term in terms if term[2] <= SURNAME_REACH.days]
        if not terms:
            return None, None
        nearest = min(distance for _, _, distance in terms)
        terms = [term for term in terms if term[2] == nearest]
        if len({country for _, country, _ in terms}) != 1:
            present = self._article_countries(state)
            terms = [term for term in terms if term[1] in present] or terms
        if len({country for _, country, _ in terms}) != 1:
            best = {a.id for a in _best_known([self.kb.actors[b] for b, _, _ in terms])}
            terms = [term for term in terms if term[0] in best]
        countries = {country for _, country, _ in terms}
        if len(countries) != 1:
            return None, None
        in_office = {bearer for bearer, _, distance in terms if distance == 0}
        if day is None or len(in_office) != 1:
            return countries.pop(), None
        role = self.kb.actors[in_office.pop()].role_on(day)
        return countries.pop(), role.sector if role is not None else None

    def _article_countries(self, state: ArticleActors) -> set[str]:
        """Countries the article names, and those of the bodies it names that the knowledge
        base knows ("Hamas"), on the article date."""
        bodies = {role.country for ent in state.parsed.doc.ents if ent.label_ in ORG_LABELS
                  for actor in self.kb.known(ent.text) if actor.kind != "person"
                  and (role := actor.role_on(state.day)) is not None and role.country}
        return {iso3 for _, iso3 in state.named_countries} | bodies


    def _group(self, span: Span, state: ArticleActors) -> None:
        """A people named as a noun ("the Palestinians", "Bosnian Serbs", "Kurds"): its
        civilians, of its own country, or of the country it lives in when the text says it
        is a minority there ("ethnic Albanians in south Serbia", "Albanians of Serbia")."""
        head = span.root
        if head.dep_ in {"amod", "compound", "nmod"} and head.head.i >= span.end:
            return  # a modifier: the nominal pass reads it with its noun
        kin, _, _ = self._anchor(list(span), state)
        if kin is None:
            kin = self._people_country(clean_name(span), state)
        if kin is None:
            return
        marked = self._ethnic(head)
        located, _, _ = self._located(head, state, {"of"} if not marked else None, kin)
        country = located or (self._residence(kin, state) if marked else kin)
        name = clean_name(span)
        entity = state.entity(f"group:{country}:{name.casefold()}", name, "group")
        entity.learn(country, "CVL")
        entity.plural = True
        start = min([span.start, *(t.i for t in head.subtree if t.i < span.start
                                   and t.lower_ in self.kb.words("ethnic_marker"))])
        state.mention(entity, start if state.free(start, span.start) else span.start, span.end,
                      "demonym")

    def _nominal_kind(self, noun: Token) -> str:
        """A plural role noun is a group; a singular one a body ("the ministry") or else a
        person ("the spokesman", "a girl")."""
        if noun.tag_ in {"NNS", "NNPS"}:
            return "group"
        return "organization" if noun.lemma_.lower() in self.bodies else "person"

    def _conjoined_modifier(self, span: Span, state: ArticleActors) -> bool:
        """"US and South Korean officials", "the Palestinian and Jordanian leaders": a
        people coordinated with another modifier of a role noun shares that noun; it is
        that country's role holders (KORGOV), not its civilians."""
        first = span.root
        while first.dep_ == "conj":
            first = first.head
        noun = first.head
        if first == span.root or first.dep_ not in {"amod", "compound", "nmod"} \
                or noun.i < span.end or (sector := self._role_of(noun)) is None:
            return False
        country, code, _ = self._anchor(list(span), state)
        iso = self.kb.by_iso3.get(country or "")
        if iso is None:
            return False
        entity = state.entity(f"nominal:{iso.iso3}:{sector}:{noun.lemma_.lower()}",
                              f"{iso.adjective} {_role_label(noun)}", self._nominal_kind(noun))
        entity.learn(iso.iso3, sector, code)
        entity.plural = noun.tag_ in {"NNS", "NNPS"}
        entity.roles.append(noun)
        return state.mention(entity, span.start, span.end, "conjoined-modifier")

    def _people_country(self, text: str, state: ArticleActors) -> str | None:
        """The country of a community: the first of its countries the article names."""
        candidates = self.kb.people(text)
        if not candidates:
            return None
        context = state.context()
        present = [c for c in candidates if c in context]
        return present[0] if present else candidates[0]

    def _ethnic(self, noun: Token) -> bool:
        """"ethnic Albanians", "the Albanian population": a people outside its kin state."""
        return noun.lemma_.lower() in self.kb.words("minority_noun") or any(
            t.lower_ in self.kb.words("ethnic_marker") for t in noun.subtree if t.i < noun.i)

    def _residence(self, kin: str, state: ArticleActors) -> str:
        """Where a minority lives when no phrase says: the country the article names most
        (first named on ties) other than its kin state; the kin state if there is none."""
        context = {c: v for c, v in state.context().items() if c != kin and c in
                   self.kb.by_iso3}
        return max(context, key=lambda c: context[c]) if context else kin

    def _metonymy(self, span: Span, state: ArticleActors, country: str, sector: str) -> None:
        """A capital or seat as the institution it houses, when it acts or is addressed."""
        if not _acts(span.root, self.kb):
            return
        iso = self.kb.by_iso3.get(country)
        name = f"{iso.adjective if iso else country} {'government' if sector == 'GOV' else sector}"
        entity = state.entity(f"nominal:{country}:{sector}:government", name, "organization")
        entity.learn(country, sector)
        entity.aliases.append(clean_name(span))
        state.mention(entity, span.start, span.end, _place_actor_rule(span.root, self.kb))

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
                    or (token.is_punct and not _glues_words(token)) \
                    or token.ent_type_ in PERSON_LABELS:
                break
            start = token.i
        return start, [doc[i] for i in range(start, span.start) if doc[i].lower_ != "the"]

    def _text_facts(self, span: Span, first: int, words: list[Token],
                    state: ArticleActors) -> tuple[str | None, str | None, str | None]:
        """Country, sector and code that the words around a name state."""
        country, code, rest = self._anchor(words, state)
        sector = self._sector(rest)
        for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
            anchor_country, anchor_code, _ = self._anchor(list(prep.subtree)[1:], state)
            country, code = country or anchor_country, code or anchor_code
        return country, sector, code

    def _anchor(self, words: list[Token], state: ArticleActors | None = None
                ) -> tuple[str | None, str | None, list[Token]]:
        """The country or organisation named among ``words``, and the words left over.

        A country after "pro-"/"anti-" is not an anchor ("pro-Iranian militia"); a people
        ("Hausa politicians") anchors to the country it lives in; a seat of power to its
        country ("White House spokesman", "Kremlin officials").
        """
        i = 0
        found: tuple[str | None, str | None] = (None, None)
        country_named = False  # a country's name or demonym says more than a people's
        rest: list[Token] = []
        while i < len(words):
            for size in range(min(4, len(words) - i), 0, -1):
                text = " ".join(t.text for t in words[i:i + size] if t.tag_ != "POS")
                if not text or not _capitalised(words[i]) or stance_marked(words[i], self.kb) \
                        or self._sponsor(words[i + size - 1]):
                    continue
                country = self.kb.country_word(text) or self.kb.capital_of(
                    text, state.day if state is not None else None)
                if state is not None:
                    country = as_read(country, text, words[i].i, state.named_countries, self.kb)
                seat = self.kb.seat(text)  # "White House spokesman"
                named = country.iso3 if country else seat.country if seat else None
                if named is not None:
                    found = (named, None)
                    country_named = True
                    i += size
                    break
                people = self._people_country(text, state) if state is not None \
                    else next(iter(self.kb.people(text)), None)
                if people is not None:
                    if not country_named:  # "Burundian Hutu rebels" are Burundi's
                        found = (people, None)
                    i += size
                    break
                org = next((a for a in self.kb.known(text) if a.kind != "person"), None)
                day = state.day if state is not None else None  # the SPLA was Sudan's
                if org is not None and (role := org.role_on(day)) is not None \
                        and self.kb.is_country_code(role.country):
                    found = (role.country, role.code)
                    i += size
                    break
            else:
                rest.append(words[i])
                i += 1
        return found[0], found[1], rest

    def _sponsor(self, token: Token) -> bool:
        """"Iranian-backed", "Israeli-occupied": the country backs or holds what the
        compound modifies, so it is neither the actor's country nor an actor acting."""
        doc = token.doc
        return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
            and doc[token.i + 2].lower_ in self.kb.words("sponsor_suffix")

    def _sector(self, words: list[Token]) -> str | None:
        content = [t for t in words if not t.is_punct and t.tag_ not in {"POS", "DT", "PRP$"}]
        if not content or content[-1].pos_ == "ADJ":
            return None  # a role ends in a noun: "official" in "official news agency" is none
        if any(t.lower_ in self.kb.words("former") for t in content) \
                and self.kb.sector([t.lower_ for t in content]):
            return "ELI"  # a past role: former leaders are elites, not the government
        found = self.kb.sector([t.lower_ for t in content]) or \
            self.kb.sector([*(t.lower_ for t in content[:-1]), content[-1].lemma_.lower()])
        return found[0] if found else None

    def _inner_facts(self, name: Span) -> tuple[str | None, str | None, str | None]:
        """An organisation's own name may say where and what it is ("Latvian Constitutional
        Court" → LVA, JUD; "Nigerian Union of Teachers" → NGA); a name that says it is
        international ("Association of African Jurists") makes it a transnational body."""
        country, code, rest = self._anchor(list(name))
        sector = self._sector(rest)
        if country is None:
            transnational = self._transnational(list(name), sector, named=True)
            if transnational is None:  # "Cabinda Forum for Dialogue" is Angolan
                return _region_country(name, self.kb), None, None
            return transnational, sector, transnational
        if sector is not None and code is not None and not code.endswith(sector):
            code = None  # "Baghdad Radio" is Iraq's radio, not the government its capital is
        return country, sector, code

    def _transnational(self, words: list[Token], sector: str | None, named: bool = False
                       ) -> str | None:
        """IGO or NGO when ``words`` say a body is international without naming a country:
        "a human rights group" (the noun says so), "regional peacekeeping force" (a
        modifier: states' bodies are IGO, others NGO, and so is an association of people
        whose role is a state's, "Association of African Jurists"). A role noun must say
        that a modified phrase is an actor; an organisation's name already does."""
        lowered = [t.lower_ for t in words if not t.is_punct]
        nouns = self.kb.words("transnational_noun")
        for size in range(min(4, len(lowered)), 0, -1):
            if " ".join(lowered[-size:]) in nouns:
                return nouns[" ".join(lowered[-size:])]
        modifiers = self.kb.words("transnational_modifier")
        if (sector is not None or named) and any(word in modifiers for word in lowered):
            civil = named and any(word in self.kb.words("civil_body") for word in lowered)
            return "IGO" if sector in STATE_SECTORS and not civil else "NGO"
        return None

    def _appositions(self, span: Span, entity: Entity, state: ArticleActors) -> None:
        """Descriptions set beside a name, before or after it, and what they say."""
        root = span.root
        doc = span.doc
        described: list[Token] = []
        before = span.start - 2
        if before >= 0 and doc[span.start - 1].text == "," and doc[before].pos_ == "NOUN" \
                and self._describes(doc[before]):
            described.append(doc[before])
        elif entity.kind == "person" and root.dep_ == "appos" and root.head.i < span.start - 1 \
                and root.head.pos_ == "NOUN" and self._describes(root.head):
            described.append(root.head)  # "the UN chief's envoy to Nepal, Ian Martin"
        described += [c for c in root.children if c.dep_ == "appos" and c.i >= span.end
                      and c.pos_ in {"NOUN", "PROPN"}]
        for noun in described:
            if noun.ent_type_ in PERSON_LABELS:
                continue
            words = [t for t in noun.subtree if t.i <= noun.i]
            country, code, rest = self._anchor(words, state)
            sector = self._sector(rest)
            if country is None:  # "the head of the UN mission (in East Timor)"
                country, code = self._of_anchor(noun, state)
            if country in TRANSNATIONAL and country != entity.country \
                    and entity.country_rule.startswith("kb") and noun.tag_ == "NN":
                self._unlearn(entity)  # the text says an international body's officer
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
            start = min((t.i for t in words if t.tag_ != "PRP$" and t.dep_ != "det"
                         and not t.is_punct), default=noun.i)
            state.mention(entity, start, noun.i + 1, "apposition")

    def _of_anchor(self, noun: Token, state: ArticleActors) -> tuple[str | None, str | None]:
        """The country or body of the noun phrase after a title's "of", read up to its head
        only: the head of the UN mission in East Timor is the UN's, not East Timor's."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                country, code, _ = self._anchor([t for t in obj.subtree if t.i <= obj.i], state)
                if country is not None:
                    return country, code
        return None, None

    @staticmethod
    def _unlearn(entity: Entity) -> None:
        """Forget the facts a knowledge-base entry gave: the text names another role."""
        entity.country = entity.sector = entity.code = None
        entity.country_rule = ""
        if entity.kind == "person":
            entity.kb_id = None

    def _describes(self, noun: Token) -> bool:
        """Whether a noun can describe a person or body set beside it ("counterpart")."""
        lemma = noun.lemma_.lower()
        if lemma in self.kb.words("settlement_noun"):
            return False  # "in this spa town, Yeltsin said": a place, not his title
        return lemma in self.kin or lemma == "counterpart" or \
            self.kb.sector([noun.lower_]) is not None or self.kb.sector([lemma]) is not None

    # -- actors without a name ----------------------------------------------------------

    def _nominals(self, state: ArticleActors) -> None:
        """Role nouns anchored to a country or organisation ("Israeli army"), to the place
        they are in ("opposition parties in Nepal"), to the person they follow ("supporters
        of former President X"), or, for groups and bodies, to the article's country."""
        for token in state.parsed.doc:
            if token.pos_ not in {"NOUN", "PROPN"} or token.i in state.owner \
                    or token.i in state.shared_roles \
                    or token.ent_type_ in NOT_ACTORS or not self._settlement_acts(token):
                continue
            if token.dep_ in {"compound", "amod"}:
                if token.dep_ == "amod" or self._role_of(token.head) is not None:
                    continue  # part of a longer noun phrase, read at its head
                words = [t for t in token.head.children if t.i < token.i
                         and t.dep_ in MODIFIER_DEPS and t.dep_ not in {"det", "prep"}] + [token]
            else:
                words = [t for t in token.subtree if t.i < token.i
                         and t.dep_ in MODIFIER_DEPS and t.i >= _np_start(token)] + [token]
            owned = [state.owner[t.i] for t in words if t.i in state.owner]
            free_words = [t for t in words if t.i not in state.owner]
            country, code, rest = self._anchor(free_words, state)
            sector = self._sector(rest)
            transnational = None if token.lemma_.lower() in self.kb.words("settlement_noun") \
                else self._transnational(rest, sector)  # "Asian cities" are no body
            if sector is None and transnational is None:
                continue
            anchor = next((e for e in owned if e.country), None)
            if country is None and anchor is not None:
                country, code = anchor.country, anchor.code if anchor.kind != "person" else None
            pending = next((e for e in owned if e.kind != "country"), None) \
                if anchor is None else None
            if country is not None and self._ethnic(token):
                located, _, _ = self._located(token, state, kin=country)
                country, code = located or self._residence(country, state), None
            followed = None
            if country is None:
                country, code = self._sender(token, state)
            if country is None:
                country, code, followed = self._located(token, state)
                country = self._settling_state(token, country)
            if followed is not None and token.lower_ in self.kb.words("follower"):
                sector = None if followed.sector == "GOV" else "OPP"
            if country is None:
                country, code = transnational, transnational
            if country is None and pending is None and not self._stands_alone(token):
                continue
            entity = self._nominal_entity(state, token, words, country, sector, code)
            if country is None and pending is not None:
                entity.anchor, entity.provisional = pending, False

    def _settling_state(self, noun: Token, country: str | None) -> str | None:
        """Settlers in a held territory ("settlers in the West Bank") are the civilians
        of the state that holds it (``territory_controller``), not of the territory."""
        if country is None or noun.lemma_.lower() not in self.kb.words("settler_noun"):
            return country
        return self.kb.words("territory_controller").get(country.casefold(), country)

    def _names_settlement(self, token: Token) -> bool:
        """"the town of Gorazde": the name of a town the nominal pass reads as its people."""
        return token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in self.kb.words("settlement_noun")

    def _settlement(self, entity: Entity) -> bool:
        """Whether an unanchored nominal is a town or village: of the place the article is
        about ("raided a village" in a story from Hebron), not of the main actors."""
        return entity.provisional and bool(entity.roles) and \
            entity.roles[0].lemma_.lower() in self.kb.words("settlement_noun")

    def _settlement_acts(self, noun: Token) -> bool:
        """A town or city is its people only when it acts or is acted upon ("shelled Iraqi
        towns", "the town of X appealed"), not where something happens ("in Iraqi towns")
        nor inside a place's name ("Mexico City"); other nouns pass."""
        if noun.lemma_.lower() not in self.kb.words("settlement_noun"):
            return True
        return noun.ent_type_ not in PLACE_LABELS and _acts(noun, self.kb)

    def _stands_alone(self, noun: Token) -> bool:
        """Whether a role noun with no anchor is still an actor of the article's country:
        a group ("demonstrators", "opposition parties") or a body ("the opposition
        coalition"), not a title ("the president", which coreference resolves) nor a
        possessed noun ("its army", whose owner is not known yet)."""
        if any(c.dep_ == "poss" for c in noun.children):
            return False
        return noun.tag_ in {"NNS", "NNPS"} or noun.lemma_.lower() in self.kb.words("collective") \
            or any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)

    def _nominal_entity(self, state: ArticleActors, token: Token, words: list[Token],
                        country: str | None, sector: str | None, code: str | None) -> Entity:
        doc = state.parsed.doc
        start = token.i
        while start - 1 >= 0 and state.free(start - 1, start) and doc[start - 1] in words \
                and doc[start - 1].dep_ != "det" and doc[start - 1].tag_ != "PRP$":
            start -= 1
        if doc[start].tag_ == "POS":
            start += 1  # "Pakistan's defence secretary", "Pakistan" another actor's mention
        iso = self.kb.by_iso3.get(country or "")
        label = _role_label(token)
        people = self._people_word(words, iso)
        if people is not None:  # "Kurdish rebels" are not "Turkish rebels"
            name = f"{people.text} {label}"
        elif iso is not None:
            name = f"{iso.adjective} {label}"
        elif country is not None:  # a bloc, not a state: its own words name it
            name = doc[start:token.i].text_with_ws + label  # "international community"
        else:
            name = label
        kin = f":{people.lower_}" if people is not None else ""
        entity = state.entity(f"nominal:{country}:{sector}:{token.lemma_.lower()}{kin}", name,
                              self._nominal_kind(token))
        entity.learn(country, sector, code)
        entity.plural = token.tag_ in {"NNS", "NNPS"}
        entity.provisional = country is None
        entity.proper = entity.provisional and any(
            t.pos_ == "PROPN" and _capitalised(t) and t.i not in state.owner for t in words
            if t != token)
        entity.roles.append(token)
        state.mention(entity, start, token.i + 1, "nominal")
        return entity

    def _people_word(self, words: list[Token], iso: Country | None) -> Token | None:
        """The people word that gave a role noun its country when no word names the
        country itself ("Kurdish" in "Kurdish rebels", read as Turkey's)."""
        if iso is None or any(self.kb.country_word(t.text) == iso for t in words):
            return None
        return next((t for t in words if self.kb.people(t.text)
                     and iso.iso3 in self.kb.people(t.text)), None)

    def _located(self, noun: Token, state: ArticleActors, preps: set[str] | None = None,
                 kin: str | None = None) -> tuple[str | None, str | None, Entity | None]:
        """"Opposition groups in Zimbabwe", "rebels in Darfur", "guerrillas operating in
        Macedonia", "workers of the United Bus Company", "students at X University": the
        country of the place or body a group is in, and that body if it is an actor."""
        allowed = preps or LOCATING_PREPS
        holders = [noun] + [c for c in noun.children if c.dep_ in {"acl", "relcl"}
                            and not self._names_sender(c)]
        for holder in holders:
            for prep in (c for c in holder.children if c.dep_ == "prep"
                         and c.lower_ in allowed):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    found = self._located_in(obj, state, kin)
                    if found[0] is not None:
                        return found
        return None, None, None

    def _sender(self, noun: Token, state: ArticleActors) -> tuple[str | None, str | None]:
        """Country and code of the body a passive clause says sends or leads the group
        ("troops deployed by NATO", "a force to be sent by the UN"): it is that body's.
        Other agents are not owners: "citizens abducted by North Korea" are not its."""
        for clause in (c for c in noun.children if self._names_sender(c)):
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    owner = state.owner.get(obj.i)
                    if owner is not None and owner.country is not None:
                        return owner.country, owner.code if owner.kind != "person" else None
        return None, None

    def _names_sender(self, clause: Token) -> bool:
        """"a force to be sent by the UN in Darfur", "troops deployed by NATO in Kosovo": a
        passive clause of a ``sender_verb`` that names who sends the group places it where
        it is sent, which is not where it is from."""
        return clause.dep_ in {"acl", "relcl"} \
            and clause.lemma_.lower() in self.kb.words("sender_verb") \
            and any(c.dep_ == "agent" for c in clause.children)

    def _located_in(self, obj: Token, state: ArticleActors, kin: str | None
                       ) -> tuple[str | None, str | None, Entity | None]:
        """Country, actor code and actor of the place or body ``obj`` names: its resolved
        actor first, then a country name, then an anchoring modifier, and for "the area"
        the country named last before it."""
        owner = state.owner.get(obj.i)
        if owner is not None and owner.country and owner.country in self.kb.by_iso3:
            return owner.country, owner.code if owner.kind != "person" else None, owner
        own_name = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
        named = [iso3 for i, iso3 in state.named_countries
                 if own_name is not None and i == own_name.start]
        if named:
            return named[0], None, None
        country, code, _ = self._anchor([t for t in obj.subtree if t.i <= obj.i], state)
        if country is not None:
            return country, code, None
        if obj.lemma_.lower() in self.kb.words("area_noun") and any(
                c.dep_ == "det" and c.lower_ == "the" for c in obj.children):
            return state.country_before(obj.i, kin), None, None
        return None, None, None

    def _country_modifiers(self, state: ArticleActors) -> None:
        """Demonyms and country names that modify a non-role noun are the country acting
        ("an Indian proposal", "US mediation", "Serbia's suppression")."""
        doc = state.parsed.doc
        for token in doc:
            if token.i in state.owner or token.dep_ not in {"amod", "compound", "poss"} \
                    or token.head.ent_type_ in NOT_ACTORS or token.ent_type_ in NOT_ACTORS \
                    or not _capitalised(token) or stance_marked(token, self.kb) \
                    or self._sponsor(token):
                continue
            start = token.i
            if token.i > 0 and doc[token.i - 1].dep_ == "compound" \
                    and doc[token.i - 1].head == token:
                start = token.i - 1
            if _inside_place_name(token, self.kb):
                continue  # "Mexico City", "Kuwait City": a city, not the country acting
            text = doc[start:token.i + 1].text
            if not self.kb.country_word(text):
                start, text = token.i, token.text
            country = as_read(self.kb.country_word(text), text, start, state.named_countries,
                              self.kb)
            if country is None:
                continue
            entity = state.entity(f"country:{country.iso3}", country.name, "country")
            entity.learn(country.iso3, None)
            entity.kb_id = f"country:{country.iso3}"
            state.mention(entity, start, token.i + 1 + (token.nbor().tag_ == "POS"
                                                        if token.i + 1 < len(doc) else 0),
                          "modifier")


def _role_label(noun: Token) -> str:
    """A role noun as a name ends with it: plural as written, singular as its lemma."""
    return noun.lower_ if noun.tag_ in {"NNS", "NNPS"} else noun.lemma_.lower()


def _glues_words(token: Token) -> bool:
    """A hyphen written without spaces joins one title ("Secretary-General", which the
    tokenizer splits and the NER may cut after the hyphen)."""
    return token.text == "-" and token.i > 0 and not token.doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def _capitalised(token: Token) -> bool:
    return bool(token.text) and token.text[0].isupper()


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


def _capital_by_other_name(text: str, span: Span, state: ArticleActors) -> Country | None:
    """The country whose capital a name is under another spelling ("Khatmandu"): the most
    populous gazetteer city of that name (in the country the article reads it in, if it
    reads one) is its country's capital."""
    iso3 = next((i for start, i in state.named_countries if start == span.start), None)
    cities = [c for c in gazetteer().cities.get(text.casefold(), [])
              if iso3 is None or c.country == iso3][:1]
    country = state.kb.by_iso3.get(cities[0].country) if cities else None
    if country is None or not country.capital:
        return None
    return country if folded(cities[0].name) == folded(country.capital) else None


def _region_country(name: Span, kb: KnowledgeBase) -> str | None:
    """The country of the province or state a body's name starts with ("Cabinda Forum",
    "Aceh Referendum Information Centre"), if the gazetteer knows it in one country only
    and it is not an ordinary word too (Togo's "Maritime" region)."""
    words = [t for t in name if not (t.i == name.start and t.lower_ == "the")]
    generic = kb.words("generic_region")
    for size in (2, 1):
        region = words[:size]
        if len(region) < size or not all(_capitalised(t) and t.pos_ == "PROPN"
                                         and t.lower_ not in generic for t in region):
            continue
        countries = {r.country for r in gazetteer().admin1.get(
            " ".join(t.text for t in region).casefold(), [])}
        if len(countries) == 1:
            return countries.pop()
    return None


def _inside_place_name(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a token is part of a longer place name that is not a country's ("Mexico" in
    "Mexico City")."""
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if name is None or name.label_ not in PLACE_LABELS or len(name) < 2:
        return False
    text = clean_name(name)
    return kb.country(text) is None and text.casefold() in gazetteer().cities


def _clause_parties(token: Token, verbs: set[str]) -> list[Token]:
    """The other parties of the conflict verb (one of ``verbs``) that ``token`` is a
    subject, object or prepositional object of ("youths" for "soldiers" in "youths threw
    stones at soldiers"); its own conjuncts are on its side."""
    while token.dep_ == "conj":
        token = token.head
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in PARTY_DEPS or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return []
    parties = [c for c in verb.children if c.dep_ in PARTY_DEPS - {"pobj"}]
    parties += [g for c in verb.children if c.dep_ in {"prep", "agent"}
                for g in c.children if g.dep_ == "pobj"]
    parties += [c for p in list(parties) for c in p.conjuncts]
    own = {token.i, *(c.i for c in token.conjuncts)}
    return [p for p in parties if p.i not in own]


def _opposed(token: Token, country: str, state: ArticleActors, verbs: set[str]) -> bool:
    """Whether a clause sets ``token`` against a party the text places in ``country``."""
    for party in _clause_parties(token, verbs):
        owner = state.owner.get(party.i)
        if owner is not None and owner.country == country and owner.country_rule != \
                "article-country":
            return True
    return False


def _place_country(token: Token, state: ArticleActors) -> str | None:
    """The country of the place a token's sentence names, else of the place the article
    names most (names of places, not demonyms: "Palestinian" locates nothing)."""
    doc = token.doc
    places = _named_places(doc, state)
    sentence = [iso3 for i, iso3 in places if doc[i].sent == token.sent]
    counts: dict[str, int] = {}
    for _, iso3 in places:
        counts[iso3] = counts.get(iso3, 0) + 1
    if sentence:
        return sentence[-1]
    return max(counts, key=lambda iso3: counts[iso3]) if counts else None


def _named_places(doc: Doc, state: ArticleActors) -> list[tuple[int, str]]:
    """The article's country mentions that name a place (token index, ISO3): demonyms and
    plural peoples are left out because they say who someone is, not where."""
    return [(i, iso3) for i, iso3 in state.named_countries
            if doc[i].ent_type_ in PLACE_LABELS and doc[i].tag_ not in {"JJ", "NNPS"}]


def _best_known(bearers: list[KnownActor]) -> list[KnownActor]:
    """Of leaders of several countries bearing one surname at once, the one the
    dictionaries know by the most names ("President Bush", "George W. Bush", …): a bare
    surname in world news names the leader the world writes about (George W. Bush, not
    the Cayman Islands' McKeeva Bush). All of them when that is a tie."""
    most = max(len(a.aliases) for a in bearers)
    best = {a.id for a in bearers if len(a.aliases) == most}
    return [a for a in bearers if a.id in best] if len(best) == 1 else bearers


def _holds(actor: KnownActor, day: date) -> bool:
    return any(role.covers(day) for role in actor.roles if role.dated)


def _np_start(head: Token) -> int:
    return min(t.i for t in head.subtree if t.i <= head.i)


def _place_actor_rule(token: Token, kb: KnowledgeBase) -> str:
    """"target-place" for a place that is attacked ("shelled Juba", "Kabul was bombed"):
    it is the target, its people or government, and still where the attack happened (the
    places stage keeps it); "metonymy" for a place that only stands for its actor."""
    while token.dep_ == "conj":
        token = token.head
    assault = token.dep_ in {"dobj", "nsubjpass"} \
        and token.head.lemma_.lower() in kb.words("assault_verb")
    return "target-place" if assault else "metonymy"


def _acts(token: Token, kb: KnowledgeBase) -> bool:
    """Whether a capital or seat is used as an actor rather than as a place.

    Subjects, agents and possessors act ("Pyongyang said", "by Moscow", "Washington's
    wish"), unless what is possessed is part of the place ("Moscow's streets"); objects of
    verbs and of non-locative prepositions are addressed ("urged Washington", "ties with
    Beijing"), unless the verb takes places ("visited Moscow"; an attacked place is a
    target: "shelled Juba"); conjuncts follow their first conjunct.
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
