"""The event coder: sentences → CAMEO/PLOVER events with actors, mood, date, place, sources.

For every sentence (headlines repeated in the body excepted) each verb is looked up in the
compiled lexicon (:mod:`.lexicon`) and its best pattern chosen (:mod:`.matcher`):
- a verb that takes its event as a complement ("pledged to strengthen", "threatened to cut",
  "refused to meet") codes the complement, turned into an intent, threat or refusal;
- a light verb with an event noun ("held a meeting", "made a visit") codes the noun when
  no pattern of the verb did;
- an event noun on its own codes when the phrase names both sides ("his meeting with Kang").
Participants come from :mod:`.participants`, mood from :mod:`.modality`, the date from
:func:`eventwire.stages.dating.date_event`, the place from
:func:`eventwire.stages.places.place_of_event`, attribution from
:mod:`eventwire.stages.attribution`. An event needs at least one actor: a sentence whose
participants are all generic ("Officials met") codes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from eventwire.cameo import lookup
from eventwire.models import (
    Actor,
    ActorRef,
    Event,
    ParsedArticle,
    Place,
    Quote,
    Timex,
    Trigger,
)
from eventwire.stages.attribution import reporters_for, sentence_reporters
from eventwire.stages.dating import EventDate, date_event
from eventwire.stages.events.lexicon import Adjunct, Lexicon, Noun, lexicon
from eventwire.stages.events.matcher import (
    Match,
    best_match,
    mentions,
    phrase_after,
    sentence_forms,
)
from eventwire.stages.events.modality import (
    COOPERATIVE_ROOTS,
    apply_mood,
    combine_complement,
    mood_of,
)
from eventwire.stages.events.participants import (
    OBJECTS,
    actors_of,
    agent_actors,
    comitative_actors,
    objects_of,
    possessor_or_agent,
    speaker_for_pronoun,
    subject_of,
)
from eventwire.stages.places import place_of_event
from eventwire.stages.syntax import clause_tokens

VIOLENT_ROOTS = frozenset({"18", "19", "20"})
REPRESSION = "175"
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
VERBAL_QUADS = frozenset({1, 3})
TARGET_PLACES = frozenset({"country", "admin1", "city"})
"""Places whose country an event aimed at them targets; a sea or a landmark may lie off
any country ("attacked a ship in the Red Sea")."""
OBJECT_SLOTS = frozenset({"dobj", "attr", "appos", "compound"})
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "pobj"})
"""A verb form in a noun's slot is a noun; in a subject or prepositional slot the parser
errs both ways ("Thousands of Nepalese protested" is parsed with "protested" as ``pobj``),
so there a determiner or possessor must show it ("the wounded")."""
NOUNS = frozenset({"NOUN", "PROPN"})
ADDRESSED_ROOTS = frozenset({"02", "10", "12", "13"})
"""Appeals, demands, refusals and threats whose addressee may be their content's subject
("demanded that the United States match …", "refused to allow UN planes to land")."""
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "acomp", "pcomp"})
"""Dependencies that make a clause the content of the verb above it."""
TWO_PARTY = frozenset({"040", "041", "046"})
"""Meeting, telephoning and negotiating take two parties; a visit (042) may have none
("Kim visited the cemetery")."""
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})
"""Coordinated subjects with no object act on each other in these families ("Israel and
Lebanon renewed negotiations"); in others each acts alone ("X and Y protested")."""
ARGUMENT_DEPS = frozenset({"nsubjpass", "dobj", "obj", "attr"})
"""An event noun in these slots is coded by its verb ("rejected the offer"), not alone."""
DEMONSTRATIVES = frozenset({"this", "that", "the", "these", "those"})
VERBAL = frozenset({"VERB", "AUX"})
DEMAND = "100"
DESCRIPTIVE = frozenset({"acl", "amod"})
"""Participles that modify a noun ("a delegation led by Shoigu", "the war, celebrated as
Victory Day") describe it; they do not report an event."""


@dataclass(slots=True)
class EventContext:
    """Everything the event coder reads besides the parse: the other stages' output."""

    parsed: ParsedArticle
    actors: list[Actor]
    timexes: list[Timex]
    places: list[Place]
    quotes: list[Quote]
    last_date: EventDate | None = None
    """The date of the event coded last, for the narrative dating rule."""


@dataclass(slots=True)
class Draft:
    """An event before it is split into source/target pairs and dated."""

    first: Token
    last: Token
    clause: Token
    code: str
    modality: str
    negated: bool
    rule: list[str]
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    matched_pattern: bool = False
    subject_is_target: bool = False
    """The pattern says the subject undergoes the event ("X faced court martial")."""
    kept: bool = True
    """False when the draft has no parties to be an event: it still tells its clause's
    purpose clauses and content that they are part of it ("The protesters demanded that
    the Commission withdraw the proposal": no withdrawal)."""
    nominal: bool = False
    """Triggered by an event noun on its own ("his meeting with Kang")."""
    unnamed_agent: bool = False
    """An attack by someone the text does not name ("Gunmen kidnapped …"): an event even
    without a source."""
    speech: Token | None = None
    """The speech verb whose complement the trigger's clause is ("X said Y attacked Z")."""
    anchor: Token | None = None
    """The verb whose place in the sentence decides whether the draft is an event of its
    own or part of another's (see ``EventCoder._fold``): the trigger verb, or for a demand
    in reported speech the speech verb."""

    @property
    def verb(self) -> Token:
        return self.anchor if self.anchor is not None else self.first


class EventCoder:
    """Stage: ``EventContext`` → ``list[Event]``, numbered E1, E2, … in text order."""

    name = "events"

    def __init__(self) -> None:
        self.lexicon: Lexicon = lexicon()
        self._forms: frozenset[str] = frozenset()
        """Word forms of the sentence being coded (see ``matcher.sentence_forms``)."""

    def __call__(self, context: EventContext) -> list[Event]:
        parsed = context.parsed
        skipped = headline_ranges(parsed)
        events: list[Event] = []
        for sentence in parsed.sentences:
            span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is None:
                continue
            for draft in self._drafts(span, context, events):
                if any(start <= draft.first.idx < end for start, end in skipped):
                    continue
                events.extend(self._events(draft, span, context))
        self._pass_on_attribution(context, events)
        for number, event in enumerate(events, 1):
            event.id = f"E{number}"
        return events

    # ------------------------------------------------------------------ drafts

    def _drafts(self, span: Span, context: EventContext, earlier: list[Event]) -> list[Draft]:
        drafts: list[Draft] = []
        consumed: set[int] = set()
        self._forms = sentence_forms(span)
        for token in span:
            if token.i in consumed:
                continue
            draft: Draft | None = None
            demand = self._demand(token, context.actors) if token.pos_ in VERBAL else None
            if demand is not None:
                drafts.append(demand)
                continue
            if token.dep_ in DESCRIPTIVE or token.dep_ == "prep" or _nominal_use(token):
                continue  # "according to" is no agreement, "the wounded" no wounding
            if token.pos_ == "VERB" or self._is_complement_adjective(token):
                draft = self._verbal(token, consumed) or self._adjunct_draft(token)
            elif token.pos_ == "NOUN" and token.dep_ not in ARGUMENT_DEPS:
                draft = self._nominal(token, context.actors)
            if draft is None or not lookup(draft.code).plover:
                continue
            self._refine_by_weapon(draft)
            if not draft.sources and not draft.targets:
                self._participants(draft, context, earlier)
            if not draft.targets:
                self._adjunct_targets(draft, context.actors)
            if not draft.targets and (draft.sources or draft.unnamed_agent):
                self._place_target(draft, context.places)
            draft.kept = self._has_parties(draft) and not self._idle_warning(draft)
            drafts.append(draft)
        return [draft for draft in self._fold(drafts) if draft.kept]

    def _has_parties(self, draft: Draft) -> bool:
        """An event needs an actor; a threat needs its threatener ("if it is attacked" is
        nobody's threat), and a consultation two parties ("the cabinet met" is none)."""
        root = draft.code[:2]
        if root == "13":
            return bool(draft.sources)
        if draft.code in TWO_PARTY:
            return bool(draft.sources) and (bool(draft.targets) or len(draft.sources) > 1)
        return bool(draft.sources or draft.targets)

    def _fold(self, drafts: list[Draft]) -> list[Draft]:
        """Drafts that are part of another event's report rather than events of their own:
        - a purpose clause ("telephoned Kozyrev to discuss …", "demanded a meeting to
          discuss …", "began a hunger strike to protest against …") is no event of its own
          when it repeats its act's type, explains a verbal act (whose content it is) or
          gives a protest's message; otherwise it is an intended event;
        - a characterizing participle ("denounced X, calling it a crime", "staged rallies,
          saying he must resign"), and what it reports, describe the head's event; another
          trailing participle is part of it when it repeats its type or gives a protest's
          message ("blocked roads, demanding that …");
        - the content of a verbal act ("refused to allow planes to land and evacuate",
          "demanded that control be taken away", "accused X of attacking") did not happen;
        - an event noun inside a verb's phrase that repeats the verb's type ("arrived in
          Pyongyang for his first visit to North Korea") is the same event."""
        by_verb: dict[int, Draft] = {}
        for draft in drafts:
            by_verb.setdefault(draft.first.i, draft)
            by_verb.setdefault(draft.clause.i, draft)
        kept: list[Draft] = []
        for draft in drafts:
            head, role = self._head_of(draft, by_verb)
            if head is not None and _part_of(draft, head, role):
                continue
            if role == "purpose":
                self._as_purpose(draft, head)
            kept.append(draft)
        return kept

    def _as_purpose(self, draft: Draft, head: Draft) -> None:
        """A purpose clause kept as an event of its own is intended, and aims at its act's
        target when it names none ("dispatched inspectors to Esfahan to monitor …")."""
        if draft.modality in {"asserted", "reported"}:
            draft.modality = "intended"
        draft.rule.append(f"purpose-of:{self.lexicon.lemma(head.first)}")
        if not draft.targets:
            draft.targets = [actor for actor in head.targets
                             if all(actor.id != source.id for source in draft.sources)]
            if draft.targets:
                draft.rule.append("target:of-purpose-head")

    def _head_of(self, draft: Draft, by_verb: dict[int, Draft]) -> tuple[Draft | None, str]:
        """The event whose purpose clause, trailing participle or verbal content ``draft``
        is (or reports from), and which of the three."""
        for verb in (draft.verb, draft.speech):
            if verb is None:
                continue
            clause = _first_conjunct(verb)
            role = self._adjunct_role(clause)
            head = by_verb.get(clause.head.i) if role else None
            if head is not None and head is not draft:
                return head, role
        if draft.nominal:
            head = _verb_above(draft.first, by_verb)
            return (head, "nominal") if head is not None else (None, "")
        head = _content_head(draft, by_verb)
        return (head, "content") if head is not None else (None, "")

    def _adjunct_role(self, verb: Token) -> str:
        """``purpose`` for an infinitive explaining the verb it follows, ``characterize``
        for a trailing participle of a characterizing verb, ``participle`` for another
        trailing participle ("…, killing one person"), else ``""``."""
        if verb.dep_ not in {"advcl", "xcomp"} or verb.head.pos_ not in VERBAL \
                or verb.i < verb.head.i:
            return ""
        if _is_infinitive(verb):
            return "purpose"
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" \
                or any(child.dep_ == "mark" for child in verb.children):
            return ""
        if self.lexicon.lemma(verb) in self.lexicon.words["characterize"]:
            return "characterize"
        return "participle"

    def _adjunct_phrases(self, verb: Token) -> list[tuple[Adjunct, Token]]:
        """The "in protest against X" phrases on ``verb``, with the noun heading each."""
        found: list[tuple[Adjunct, Token]] = []
        for child in verb.children:
            if child.dep_ != "prep":
                continue
            for noun in child.children:
                adjunct = self.lexicon.adjuncts.get((child.lower_, noun.lemma_.lower()))
                if noun.dep_ == "pobj" and adjunct is not None:
                    found.append((adjunct, noun))
        return found

    def _adjunct_draft(self, verb: Token) -> Draft | None:
        """A verb with no code of its own, done "in protest against X", is a protest."""
        if verb.pos_ != "VERB":
            return None
        for adjunct, noun in self._adjunct_phrases(verb):
            if adjunct.code:
                code, modality, negated = apply_mood(adjunct.code, mood_of(verb, self.lexicon),
                                                     self.lexicon)
                return Draft(verb, verb, verb, code, modality, negated,
                             [f"adjunct:{noun.head.lower_} {noun.lower_}", f"mood:{modality}"])
        return None

    def _refine_by_weapon(self, draft: Draft) -> None:
        """A violent act's means decides its code ("aircraft … killed" → 195 aerial
        weapons, "killed in a car bomb explosion" → 1832): read from its own clause; so
        do its victims when they are protesters ("police beat demonstrators" → 175,
        violent repression)."""
        if draft.code[:2] not in VIOLENT_ROOTS:
            return
        if any(self.lexicon.lemma(token) in self.lexicon.words["protester_noun"]
               for token in _victims(draft.clause)):
            draft.rule.append("victims:protesters")
            draft.code = REPRESSION
            return
        words = sorted(clause_tokens(draft.clause), key=lambda token: token.i)
        code = self.lexicon.weapon(words)
        if code and not draft.code.startswith(code):
            draft.rule.append(f"weapon:{code}")
            draft.code = code

    def _place_target(self, draft: Draft, places: list[Place]) -> None:
        """An event aimed at no actor but at a place ("imposed a curfew in Abidjan", "set up
        a research centre in Tokyo", "arrived in Amman") has the place's country as target,
        as CAMEO codes locations; only places the verb's own phrase names after it."""
        place = self._place_after(draft, places)
        if place is not None:
            draft.targets = [Actor("", place.name, "country", place.country)]
            draft.rule.append(f"target:place:{place.name}")

    def _place_after(self, draft: Draft, places: list[Place]) -> Place | None:
        """The first place with a country that a locative phrase of the verb names."""
        words = {token.idx for verb in dict.fromkeys((draft.first, draft.clause))
                 for token in phrase_after(verb, self.lexicon.words["adjunct_prep"])
                 if token.dep_ == "pobj" and token.head.lower_ in self.lexicon.words["locative"]}
        for place in places:
            if place.country is not None and place.feature in TARGET_PLACES and any(
                    mention.start <= start < mention.end
                    for mention in place.mentions for start in words):
                return place
        return None

    def _adjunct_targets(self, draft: Draft, actors: list[Actor]) -> None:
        """The target named by a "why" phrase of the event's verb ("in protest against X")."""
        for verb in dict.fromkeys((draft.clause, draft.first)):
            for adjunct, noun in self._adjunct_phrases(verb):
                found, how = objects_of(noun, actors, adjunct.target_preps, (),
                                        _ids(draft.sources))
                if found:
                    draft.targets = found
                    draft.rule.append(f"target:{noun.head.lower_} {noun.lower_}:{how}")
                    return

    def _demand(self, verb: Token, actors: list[Actor]) -> Draft | None:
        """"X said Y must withdraw", "X issued a reminder to Y that it must cooperate": an
        obligation in reported speech, or in the complement of a speech noun, is X's
        demand of Y (CAMEO 10), whatever the complement's own verb."""
        obligations = self.lexicon.words["obligation"]
        if not any(child.dep_ == "aux" and child.lower_ in obligations
                   for child in verb.children):
            return None
        mood = mood_of(verb, self.lexicon)
        speech, noun = mood.speech, self._speech_noun(verb)
        if noun is not None and speech is None:
            speech = noun.head
        if speech is None or mood.negated:
            return None
        speaker, _ = subject_of(speech)
        obliged, _ = subject_of(verb)
        sources = actors_of(speaker, actors, agent=True)
        targets = actors_of(obliged, actors)
        if not targets and noun is not None:
            targets, _ = objects_of(noun, actors, ("to",), (), _ids(sources))
        if not sources:
            return None
        draft = Draft(verb, verb, verb, DEMAND, "asserted", False,
                      [f"obligation-in-speech:{(noun or speech).lemma_.lower()}",
                       "source:speaker", "target:obliged"], sources, targets)
        draft.matched_pattern = True
        draft.anchor = speech
        return draft

    def _speech_noun(self, verb: Token) -> Token | None:
        """The speech noun ("reminder", "warning") whose content clause ``verb`` heads,
        attached to the noun or, as the parser often does, to the noun's verb ("issued a
        reminder to Iraq that it must cooperate")."""
        nouns = self.lexicon.words["speech_noun"]
        head = verb.head
        if verb.dep_ not in {"acl", "ccomp"}:
            return None
        if head.pos_ == "NOUN" and head.lemma_.lower() in nouns and head.head.pos_ in VERBAL:
            return head
        if head.pos_ in VERBAL:
            return next((child for child in head.children if child.dep_ in OBJECTS
                         and child.lemma_.lower() in nouns), None)
        return None

    def _is_complement_adjective(self, token: Token) -> bool:
        return (token.pos_ == "ADJ" and token.lemma_.lower() in self.lexicon.complements
                and any(child.dep_ == "xcomp" for child in token.children))

    def _verbal(self, verb: Token, consumed: set[int]) -> Draft | None:
        lemma = self.lexicon.lemma(verb)
        match = best_match(verb, self.lexicon, self._forms) if verb.pos_ == "VERB" else None
        head_code, rule, last = self._verb_code(verb, match)
        kind = self.lexicon.complements.get(lemma)
        if any(child.dep_ == "auxpass" for child in verb.children):
            kind = None  # "was expected to hold": someone else's expectation
        complement = next((child for child in verb.children if child.dep_ == "xcomp"
                           and child.pos_ in {"VERB", "AUX"}), None) if kind else None
        if complement is None and (lemma in self.lexicon.light_verbs
                                   or lemma in self.lexicon.words["speech"]):
            kind, complement = self._noun_complement(verb) or (kind, None)
        mood = mood_of(verb, self.lexicon)
        if complement is not None:
            consumed.add(complement.i)
            inner_match = best_match(complement, self.lexicon, self._forms)
            inner_code, inner_rule, inner_last = self._verb_code(complement, inner_match)
            code, modality, negated = combine_complement(kind, head_code, inner_code,
                                                         self.lexicon)
            if not code:
                return None
            if kind == "attempt":  # "would continue to attack": the head's mood rules
                code, modality, negated = apply_mood(code, mood, self.lexicon)
            if mood.negated:
                modality, negated = "denied", True
            draft = Draft(verb, max(last, inner_last, key=lambda t: t.i), complement, code,
                          modality, negated, [f"complement:{kind}", rule, inner_rule])
            draft.matched_pattern = bool(inner_match and inner_match.pattern)
            draft.speech = mood.speech
            return draft
        event_noun = self._object_event(verb) if kind and lemma not in self.lexicon.light_verbs \
            and not (match and match.pattern) else None
        if event_noun is not None:  # "threatened sanctions", "refused talks", "planned a strike"
            noun, token = event_noun
            code, modality, negated = combine_complement(kind, head_code, noun.code,
                                                         self.lexicon)
            if mood.negated:
                modality, negated = "denied", True
            draft = Draft(verb, token, verb, code, modality, negated,
                          [f"complement:{kind}", rule, f"noun:{noun.lemma}"])
            draft.speech = mood.speech
            return draft
        if not head_code or (kind == "plan" and not (match and match.pattern)):
            return None  # "planning a divorce" is no promise
        if not (match and match.pattern) and self._states_a_clause(verb, lemma):
            return None  # "recognise that there is a long way to go"
        code, modality, negated = apply_mood(head_code, mood, self.lexicon)
        draft = Draft(verb, last, verb, code, modality, negated, [rule, f"mood:{modality}"])
        draft.matched_pattern = bool(match and match.pattern)
        draft.subject_is_target = bool(match and match.pattern
                                       and match.pattern.subject_role == "target")
        draft.speech = mood.speech
        return draft

    def _states_a_clause(self, verb: Token, lemma: str) -> bool:
        """Does ``verb`` only state or judge its clausal object ("recognise that there is a
        long way to go")?"""
        return lemma in self.lexicon.words["clause_statement"] and _clause_object(verb) is not None

    def _idle_warning(self, draft: Draft) -> bool:
        """A warning whose clause foretells nothing ("warned that food supplies had reached
        alarming levels") threatens nothing; "warned that police will no longer tolerate
        rallies" and "warned that countries supporting the motion would harm their ties"
        do."""
        if self.lexicon.lemma(draft.first) not in self.lexicon.words["warning"]:
            return False
        clause = _clause_object(draft.first)
        if clause is None:
            return False
        mood = mood_of(clause, self.lexicon)
        return not (mood.future or mood.possible)

    def _verb_code(self, verb: Token, match: Match | None) -> tuple[str, str, Token]:
        """Code of a verb on its own: its pattern, else a light verb's event noun, else the
        verb's default code. A pattern that does not name the light verb's event noun
        ("issue … to:" for "issued an ultimatum to Ecuador") yields to the noun."""
        light = self._light_noun(verb) or self._claimed_event(verb)
        if match is not None and match.pattern is not None and (
                light is None or mentions(match.pattern, light[1], self.lexicon)):
            return match.code, match.rule, verb
        if light is not None:
            noun, token = light
            return noun.code, f"light-verb:{self.lexicon.lemma(verb)}+{noun.lemma}", token
        if match is not None:
            return match.code, match.rule, verb
        return "", "", verb

    def _light_noun(self, verb: Token) -> tuple[Noun, Token] | None:
        if self.lexicon.lemma(verb) not in self.lexicon.light_verbs:
            return None
        return self._object_event(verb)

    def _claimed_event(self, verb: Token) -> tuple[Noun, Token] | None:
        """"Hamas claimed responsibility for the bombing": the claimant did what the event
        noun names."""
        if self.lexicon.lemma(verb) not in self.lexicon.words["responsibility_verb"]:
            return None
        for child in verb.children:
            if child.dep_ in OBJECTS and child.lemma_.lower() == "responsibility":
                for preposition in child.children:
                    if preposition.dep_ == "prep" and preposition.lower_ == "for":
                        for pobj in preposition.children:
                            noun = self.lexicon.noun(pobj) if pobj.dep_ == "pobj" else None
                            if noun is not None:
                                return noun, pobj
        return None

    def _noun_complement(self, verb: Token) -> tuple[str, Token] | None:
        """"expressed its willingness to hold talks": an object noun of intention, promise,
        threat or refusal with its infinitive, read like "was willing to hold talks"."""
        for child in verb.children:
            kind = self.lexicon.complements.get(child.lemma_.lower())
            if child.dep_ not in OBJECTS or child.pos_ != "NOUN" or kind is None:
                continue
            for infinitive in child.children:
                if infinitive.dep_ in {"acl", "relcl"} and _is_infinitive(infinitive):
                    return kind, infinitive
        return None

    def _object_event(self, verb: Token) -> tuple[Noun, Token] | None:
        """The event noun the verb takes as its object, if any; an object predicate counts
        when there is no object ("called a general strike", parsed so), not in "called it
        an attack"."""
        children = list(verb.children)
        has_object = any(child.dep_ in OBJECTS for child in children)
        for child in children:
            if child.dep_ in OBJECTS or (child.dep_ == "oprd" and not has_object):
                noun = self.lexicon.noun(child)
                if noun is not None:
                    return noun, child
        return None

    def _nominal(self, token: Token, actors: list[Actor]) -> Draft | None:
        noun = self.lexicon.noun(token)
        if noun is None:
            return None
        sources = possessor_or_agent(token, actors)
        targets, how = objects_of(token, actors, tuple(noun.target_preps), ())
        rule = "source:possessor-or-by"
        if not sources:  # "fighting between Armenian and Azeri forces": each on the other
            sources, rule = self._between(token, actors), "between"
            targets, how = (sources, "between") if len(sources) > 1 else ([], "")
        if not sources or not targets:
            return None
        negated = any(child.dep_ == "neg" for child in token.children)
        draft = Draft(token, token, token, noun.code, "denied" if negated else "asserted",
                      negated, [f"noun:{noun.lemma}", rule, f"target:{how}"])
        draft.sources, draft.targets = sources, targets
        draft.nominal = True
        return draft

    @staticmethod
    def _between(noun: Token, actors: list[Actor]) -> list[Actor]:
        """The parties of "… between X and Y" on an event noun, or on the verb it is the
        subject of ("fighting broke out between Armenian and Azeri forces")."""
        holders = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]
        for child in (child for holder in holders for child in holder.children):
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return actors_of(pobj, actors)
        return []

    # ------------------------------------------------------------ participants

    def _participants(self, draft: Draft, context: EventContext, earlier: list[Event]) -> None:
        words = self.lexicon.words
        actors = context.actors
        verb = draft.first
        subject, passive = subject_of(verb)
        if passive and self.lexicon.lemma(verb) in words["stative_passive"] \
                and not agent_actors(verb, actors):
            passive = False  # "Israel is opposed to …", "forces were engaged in …"
        collective = self._collective(subject, earlier)
        if collective:
            draft.sources = collective
            draft.rule.append("source:collective")
        elif passive or draft.subject_is_target:
            draft.targets = actors_of(subject, actors)
            draft.sources = agent_actors(verb, actors)
            draft.rule.append("passive")
            return
        else:
            draft.sources = actors_of(subject, actors, agent=True) or speaker_for_pronoun(
                subject, draft.clause, actors, words["speech"]) or self._crowd(
                draft, subject, context.places)
            draft.rule.append("source:subject")
            if subject is not None and not draft.sources:
                if subject.pos_ not in NOUNS or lookup(draft.code).quad_class != 4:
                    return  # a generic subject ("Officials met") is no actor: no event
                draft.unnamed_agent = True  # "Gunmen kidnapped two aid workers" still acts
        draft.sources.extend(a for a in comitative_actors(verb, actors, words["comitative"])
                             if all(a.id != s.id for s in draft.sources))
        if not draft.targets:
            self._targets(draft, actors)

    def _targets(self, draft: Draft, actors: list[Actor]) -> None:
        """The first of these that names an actor other than the sources: the agent of a
        demanded act ("demanded the withdrawal of Serbian forces"); an event noun's own
        prepositions ("held a meeting with X", "called for sanctions against X"); what a
        disapproval is about ("complained to the UN over Israeli raids"); the verb's
        object and target prepositions; the subject of what an appeal, demand, refusal or
        threat is about ("refused to allow UN planes to land"); a purpose clause's object."""
        words = self.lexicon.words
        exclude = _ids(draft.sources)
        skip = frozenset(words["complex_prep_noun"])
        holders = _target_holders(draft)
        found, how = self._demanded_agent(draft, actors, exclude)
        for noun_token, noun in ([] if found else self._event_nouns(draft, holders)):
            found, how = objects_of(noun_token, actors, tuple(noun.target_preps), (), exclude,
                                    skip)
            if found:
                how = f"{noun.lemma}:{how}"
                break
        if not found and draft.code[:2] == "11":  # what it is about, if not about itself
            found, how = self._first_target(holders, actors, words["grievance_prep"], (),
                                            exclude, skip)
            countries = {source.country for source in draft.sources}
            found = [actor for actor in found if actor.country not in countries]
        if not found:
            found, how = self._first_target(holders, actors, self._target_preps(draft),
                                            words["target_prep"], exclude, skip)
        if not found and draft.code[:2] in ADDRESSED_ROOTS:
            for clause in (c for holder in holders for c in _content_clauses(holder)):
                subject, _ = subject_of(clause)
                found, how = actors_of(subject, actors, exclude), "content-subject"
                if not found:  # "warned that it would strike the United States"
                    found, how = objects_of(clause, actors, (), words["target_prep"], exclude,
                                            skip)
                    how = f"content:{how}"
                if found:
                    break
        objects = [child for child in draft.clause.children if child.dep_ in OBJECTS]
        purposes = [clause for holder in [*holders, *objects]
                    for clause in _purpose_clauses(holder)]
        for purpose in [] if found else purposes:
            found, how = objects_of(purpose, actors, (), words["target_prep"], exclude, skip)
            if found:
                how = f"purpose:{purpose.lower_}:{how}"
                break
        if found:
            draft.targets = found
            draft.rule.append(f"target:{how}")

    @staticmethod
    def _first_target(holders: list[Token], actors: list[Actor], preferred: tuple[str, ...],
                      fallback: tuple[str, ...], exclude: frozenset[str],
                      skip: frozenset[str]) -> tuple[list[Actor], str]:
        for holder in holders:
            found, how = objects_of(holder, actors, preferred, fallback, exclude, skip)
            if found:
                return found, how
        return [], ""

    def _demanded_agent(self, draft: Draft, actors: list[Actor],
                        exclude: frozenset[str]) -> tuple[list[Actor], str]:
        """"demanded the withdrawal of Serbian forces": who is to act is the addressee."""
        if draft.code[:2] not in {"02", "10"}:
            return [], ""
        for child in draft.clause.children:
            if child.dep_ in OBJECTS and child.lemma_.lower() in self.lexicon.words[
                    "agentive_noun"]:
                found = possessor_or_agent(child, actors, of=True)
                found = [actor for actor in found if actor.id not in exclude]
                if found:
                    return found, f"agent-of:{child.lemma_.lower()}"
        return [], ""

    def _crowd(self, draft: Draft, subject: Token | None, places: list[Place]) -> list[Actor]:
        """"Hundreds of thousands of people blocked streets in Hong Kong": a crowd with no
        other name, protesting in a place, is that place's people."""
        if subject is None or not draft.code.startswith("14") \
                or subject.lemma_.lower() not in self.lexicon.words["crowd_noun"]:
            return []
        place = self._place_after(draft, places)
        if place is None:
            return []
        draft.rule.append(f"source:crowd-in:{place.name}")
        return [Actor("", place.name, "group", place.country)]

    def _collective(self, subject: Token | None, earlier: list[Event]) -> list[Actor]:
        """"Both sides" → the source and target of the latest event that had both."""
        if subject is None:
            return []
        text = " ".join(token.lower_ for token in subject.subtree)
        if text not in self.lexicon.words["collective"]:
            return []
        for event in reversed(earlier):
            if event.source and event.target:
                return [_as_actor(event.source), _as_actor(event.target)]
        return []

    def _target_preps(self, draft: Draft) -> tuple[str, ...]:
        noun = self.lexicon.noun(draft.last)
        if draft.last != draft.first and noun is not None:
            return tuple(noun.target_preps)
        return ()

    def _event_nouns(self, draft: Draft, holders: list[Token]) -> list[tuple[Token, Noun]]:
        """The event nouns a verb takes as object other than its trigger ("held a meeting
        with X"), whose own prepositions name the target."""
        found: list[tuple[Token, Noun]] = []
        for child in draft.clause.children:
            noun = self.lexicon.noun(child) if child.dep_ in OBJECTS else None
            if noun is not None and child not in holders:
                found.append((child, noun))
        return found

    # ------------------------------------------------------------------ events

    def _events(self, draft: Draft, span: Span, context: EventContext) -> list[Event]:
        pairs = _pairs(draft)
        return [self._event(draft, source, target, span, context) for source, target in pairs]

    def _event(self, draft: Draft, source: Actor | None, target: Actor | None, span: Span,
               context: EventContext) -> Event:
        parsed = context.parsed
        code = lookup(draft.code)
        sentence = parsed.sentence_of(draft.first.idx)
        words = clause_tokens(draft.first)
        dated = context.last_date = date_event(words, context.timexes, parsed, context.last_date)
        place, place_rule = place_of_event(words, context.places)
        first, last = sorted((draft.first, draft.last), key=lambda token: token.i)
        trigger = parsed.doc[first.i:last.i + 1]
        bounds = parsed.sentences[sentence]
        return Event(
            id="",
            sentence=sentence,
            start=bounds.start,
            end=bounds.end,
            trigger=Trigger(trigger.start_char, trigger.end_char, trigger.text),
            source=_ref(source),
            target=_ref(target),
            cameo=code.code,
            cameo_name=code.name,
            plover=code.plover or "",
            mode=code.mode,
            context=list(code.context),
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            date=dated.date,
            date_precision=dated.precision,
            place=place,
            negated=draft.negated,
            modality=draft.modality,
            quote=_quote_for(draft.first, sentence, source, context.quotes),
            reported_by=reporters_for(draft.first, span, context.actors,
                                      self.lexicon.words["speech"]),
            confidence=_confidence(draft, source, target),
            rule="|".join(part for part in draft.rule if part),
            date_rule=dated.rule,
            place_rule=place_rule,
        )

    def _pass_on_attribution(self, context: EventContext, events: list[Event]) -> None:
        """"This statement was made …, as reported by Yonhap": the sentence's attribution
        also belongs to the event of the previous sentence that the subject names."""
        parsed = context.parsed
        for sentence in parsed.sentences[1:]:
            span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            codes = self._anaphoric_subject(span) if span is not None else None
            if not codes:
                continue
            reporters = sentence_reporters(span, context.actors)
            antecedent = _latest_event(events, sentence.index - 1, codes)
            if antecedent is None or not reporters:
                continue
            for reporter in reporters:
                if all(reporter.name != known.name for known in antecedent.reported_by):
                    antecedent.reported_by.append(reporter)
            antecedent.rule += f"|attribution-from-next-sentence:{sentence.index}"

    def _anaphoric_subject(self, span: Span) -> tuple[str, ...]:
        root = span.root
        for child in root.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                codes = self.lexicon.anaphora.get(child.lemma_.lower())
                if codes and any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES
                                 for d in child.children):
                    return codes
        return ()


def _victims(verb: Token) -> list[Token]:
    """The heads of a violent verb's object and of its "on"/"at"/"against" phrases."""
    victims = [child for child in verb.children if child.dep_ in OBJECTS]
    victims += [pobj for child in verb.children if child.dep_ == "prep"
                and child.lower_ in {"on", "at", "against"}
                for pobj in child.children if pobj.dep_ == "pobj"]
    return victims


def _clause_object(verb: Token) -> Token | None:
    """The clause a verb takes as its only object ("warned that …"), if any."""
    if any(child.dep_ in OBJECTS for child in verb.children):
        return None
    return next((child for child in verb.children if child.dep_ == "ccomp"), None)


def _nominal_use(token: Token) -> bool:
    """A verb form in a noun's slot ("evacuated the wounded", "vetoed a resolution
    censuring …") or completing a noun ("the decision of sending troops", "a call for its
    forces to be deployed", "efforts to end the fighting") names no event of its own."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ in OBJECT_SLOTS or (token.dep_ in NOUN_SLOTS and any(
            child.dep_ in {"det", "poss"} for child in token.children)):
        return True
    head = token.head
    if token.dep_ == "pcomp":
        return head.head.pos_ in NOUNS
    return token.dep_ in {"acl", "relcl", "advcl"} and head.pos_ in NOUNS \
        and _is_infinitive(token)


def _first_conjunct(verb: Token) -> Token:
    """"to protect them … and prevent a war": a coordinated verb shares the first's role."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


def _content_clauses(verb: Token) -> list[Token]:
    """"demanded that the United States match …": the clauses a verb's act is about."""
    return [child for child in verb.children if child.dep_ in {"ccomp", "xcomp"}
            and child.pos_ in VERBAL]


def _purpose_clauses(head: Token) -> list[Token]:
    """"began a hunger strike to protest against Sweden's decision": the infinitives after
    a verb, or after its event noun, that say what it was done for, whose objects name the
    act's target."""
    return [child for child in head.children if child.dep_ in PURPOSE_DEPS
            and child.i > head.i and _is_infinitive(child)]


def _is_infinitive(verb: Token) -> bool:
    return any(child.tag_ == "TO" for child in verb.children)


def _ids(actors: list[Actor]) -> frozenset[str]:
    return frozenset(actor.id for actor in actors)


def _part_of(draft: Draft, head: Draft, role: str) -> bool:
    """Is ``draft`` part of ``head``'s event rather than one of its own (see ``_fold``)?"""
    own, other = lookup(draft.code), lookup(head.code)
    message = head.code.startswith("14") and own.quad_class in VERBAL_QUADS
    if role in {"characterize"}:
        return True
    if role == "content":
        return other.quad_class in VERBAL_QUADS
    if role == "nominal":
        return own.plover == other.plover and head.kept
    if role == "participle":
        return own.plover == other.plover or message
    return own.plover == other.plover or other.quad_class in VERBAL_QUADS or message


def _verb_above(noun: Token, by_verb: dict[int, Draft]) -> Draft | None:
    """The event of the nearest verb above a nominal trigger, if that verb has one."""
    head = noun.head
    while head.pos_ not in VERBAL and head.head != head:
        head = head.head
    return by_verb.get(head.i) if head != noun else None


def _content_head(draft: Draft, by_verb: dict[int, Draft]) -> Draft | None:
    """The event whose clausal complement ``draft``'s clause lies in ("refused to allow
    planes to land and evacuate": "evacuate" lies in "allow", the refusal's complement)."""
    child = draft.clause
    via_content = False
    while child.dep_ in CONTENT_DEPS | {"conj", "prep"} and child.head != child:
        head = child.head
        via_content = child.dep_ in CONTENT_DEPS or (child.dep_ == "prep" and via_content)
        found = by_verb.get(head.i)
        if found is not None and found is not draft:
            return found if via_content else None
        child = head
    return None


def _target_holders(draft: Draft) -> list[Token]:
    """Where the target may hang: the event noun, the complement verb, then the verb."""
    holders = [draft.last] if draft.last != draft.first else []
    if draft.clause not in holders and draft.clause != draft.first:
        holders.append(draft.clause)
    holders.append(draft.first)
    return holders


def _pairs(draft: Draft) -> list[tuple[Actor | None, Actor | None]]:
    sources, targets = draft.sources, draft.targets
    if sources and targets:
        pairs = [(s, t) for s in sources for t in targets if s.id != t.id]
        return pairs or [(sources[0], None)]
    if len(sources) > 1 and draft.code[:2] in MUTUAL_ROOTS:
        return [(a, b) for a in sources for b in sources if a.id != b.id]
    if sources:
        return [(source, None) for source in sources]
    return [(None, target) for target in targets]


def _ref(actor: Actor | None) -> ActorRef | None:
    """The event's pointer to ``actor``; a place standing as target has no actor id."""
    if actor is None:
        return None
    ref = ActorRef.of(actor)
    ref.actor = ref.actor or None
    return ref


def _as_actor(ref: ActorRef) -> Actor:
    return Actor(ref.actor or ref.name, ref.name, "group", ref.country, ref.sector, ref.code)


def _quote_for(trigger: Token, sentence: int, source: Actor | None,
               quotes: list[Quote]) -> str | None:
    """The quote inside the trigger's clause, else one the event's source says in the
    same sentence."""
    clause = list(trigger.subtree)
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
    for quote in quotes:
        if start <= quote.start and quote.end <= end:
            return quote.text
    for quote in quotes:
        if quote.sentence == sentence and source is not None and quote.speaker is not None \
                and quote.speaker.actor == source.id:
            return quote.text
    return None


def _confidence(draft: Draft, source: Actor | None, target: Actor | None) -> float:
    score = 0.55 if draft.matched_pattern else 0.45
    score += 0.2 if source is not None else 0.0
    score += 0.1 if target is not None else 0.0
    if draft.modality == "hypothetical":
        score -= 0.15
    if draft.modality == "reported":
        score -= 0.05
    if draft.code[:2] in COOPERATIVE_ROOTS and source is None:
        score -= 0.1
    return round(min(max(score, 0.05), 0.95), 2)


def _latest_event(events: list[Event], sentence: int, codes: tuple[str, ...]) -> Event | None:
    for event in reversed(events):
        if event.sentence != sentence:
            continue
        if any(event.cameo.startswith(code) or (code == "verbal" and event.quad_class in {1, 3})
               for code in codes):
            return event
    return None


def headline_ranges(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """Character ranges that only repeat a headline: a sentence equal to the article's
    title, or a first line standing alone without closing punctuation (a headline pasted
    into the body, which the sentence splitter may have glued to the first sentence)."""
    text = parsed.article.text
    title = _normalise(parsed.article.title or "")
    ranges = [(sentence.start, sentence.end) for sentence in parsed.sentences
              if title and _normalise(text[sentence.start:sentence.end]) == title]
    body = text.lstrip()
    first_line = body.split("\n", 1)[0].rstrip()
    if "\n" in body.strip() and not first_line.endswith((".", "!", "?", '"', "\u201d", ":")):
        start = len(text) - len(body)
        ranges.append((start, start + len(first_line)))
    return ranges


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split()).rstrip(".")
