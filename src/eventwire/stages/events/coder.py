"""The event coder: sentences → CAMEO/PLOVER events with actors, mood, date, place, sources.

For every sentence (headlines repeated in the body excepted) each verb is looked up in the
compiled lexicon (:mod:`.lexicon`) and its best pattern chosen (:mod:`.matcher`):
- a verb that takes its event as a complement ("pledged to strengthen", "threatened to cut",
  "refused to meet", "expressed its willingness to hold talks") codes the complement,
  turned into an intent, threat or refusal; with an event noun as object ("threatened
  sanctions") the noun is the complement;
- a light verb with an event noun ("held a meeting", "staged a rally") codes the noun
  unless a pattern of the verb names that noun; "claimed responsibility for the bombing"
  codes the bombing, "converged for a rally" and "took part in a march" the rally/march;
- "helped broker a truce" codes the brokering (``complement_verbs.tsv`` kind ``assist``);
  a promise of an act that codes nothing promises its aim ("willing to send material to
  help defend X");
- a participle giving a statement's content ("issued a statement condemning the attack")
  is the issuer's verbal act; "told Israel to stop …" is a demand of Israel, and what is
  told to an addressee is aimed at them when it names no other target;
- a verb form that only describes or names ("the team trying to broker a pact", "its
  fisheries dispute" tagged as a verb) codes nothing, nor does its complement;
- a verb with no code done "in protest against X" is a protest;
- an obligation in reported speech or in a speech noun's clause ("said Y must withdraw",
  "issued a reminder that it must cooperate") is a demand;
- an event noun on its own codes when the phrase names both sides ("his meeting with Kang",
  "clashes between X and Y");
- a violent act takes the code of its means or victims ("aircraft … killed" → 195, "beat
  demonstrators" → 175) and, coded only by its verb's default, of its attacker (unnamed or
  civilian → 180, protesters → 145);
- ending an event ("lifted the embargo", "called off the strike") has its ending code
  (``complement_verbs.tsv`` kind ``stop``); a subjunctive after "insist"/"propose" is a
  demand/appeal on its subject.
Before a sentence is read, :mod:`.clauses` mends one parser error in its parse (two
coordinated clauses, each with its own subject, read as one). Sources come from
:mod:`.participants` (an unnamed attacker still attacks; a crowd
protesting in a place is that place's people), targets from :mod:`.targets`, mood from
:mod:`.modality`; :mod:`.folding` drops what is part of another event's report (purpose
clauses, characterizing participles, the content of verbal acts). The date comes from
:func:`eventwire.stages.dating.date_event`, the place from
:func:`eventwire.stages.places.place_of_event`, attribution from
:mod:`eventwire.stages.attribution`. An event needs at least one actor (a threat its
threatener, a meeting two parties): a sentence whose participants are all generic
("Officials met") codes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from eventwire.resources import data_path, table_rows
from eventwire.stages.attribution import reporters_for, sentence_reporters
from eventwire.stages.dating import EventDate, date_event
from eventwire.stages.events.clauses import split_coordinated_clauses
from eventwire.stages.events.draft import (
    VERBAL,
    VIOLENT_ROOTS,
    Draft,
    adjunct_controller,
    ids,
    is_infinitive,
)
from eventwire.stages.events.folding import adjunct_role, fold
from eventwire.stages.events.lexicon import Lexicon, Noun, lexicon
from eventwire.stages.events.matcher import (
    Match,
    best_match,
    mentions,
    sentence_forms,
)
from eventwire.stages.events.modality import (
    COOPERATIVE_ROOTS,
    Mood,
    apply_mood,
    combine_complement,
    copula_passive,
    going_to_future,
    inverted_condition,
    mood_of,
)
from eventwire.stages.events.participants import (
    OBJECTS,
    actors_of,
    agent_actors,
    attack_actors,
    comitative_actors,
    objects_of,
    possessor_or_agent,
    speaker_for_pronoun,
    subject_of,
)
from eventwire.stages.events.targets import INVOLVEMENT_CODE, Targets, adjunct_phrases
from eventwire.stages.places import place_of_event
from eventwire.stages.syntax import clause_tokens, first_conjunct

THREAT_ROOT = "13"
STANCE_ROOTS = frozenset({"11", "12", "13"})
"""Disapproval, rejection and threat: the verbal conflict of a party."""
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})
PROTEST_ROOT = "14"
SHOW_OF_FORCE = "150"
REPRESSION = "175"
RIOT = "145"
DESTROY_PROPERTY = "1712"
SANCTION_ROOT = "16"
OFFICIAL_COMPLAINT = "114"
THREAT_OF_FORCE = "138"
"""Threats of military force (CAMEO 138x): what a plan of violence becomes."""
DEMAND_ROOTS = frozenset({"02", "10"})
"""Appeals and demands."""
CONSULT_ROOT = "04"
VISIT = "042"
OFFICIAL_KINDS = frozenset({"country", "organization", "person"})
"""Actors whose protest is a statement, not a crowd's demonstration."""
CONVENTIONAL_FORCE = "190"
UNCONVENTIONAL_VIOLENCE = "180"
PHYSICAL_ASSAULT = "182"
UNIDENTIFIED_ARMED = "UAF"
STOP_KIND = "stop"
DENY_KIND = "deny"
MATERIAL_CONFLICT = 4


def _sector_classes() -> dict[str, frozenset[str]]:
    """``data/events/sector_classes.tsv``: class → CAMEO sectors."""
    classes: dict[str, set[str]] = {}
    for row in table_rows(data_path("events", "sector_classes.tsv")):
        classes.setdefault(row["class"], set()).add(row["sector"])
    return {name: frozenset(sectors) for name, sectors in classes.items()}


SECTOR_CLASSES = _sector_classes()
STATE_SECTORS = SECTOR_CLASSES["state"]
NON_STATE_ARMED = SECTOR_CLASSES["non_state_armed"]
ARMED_SECTORS = STATE_SECTORS | NON_STATE_ARMED
COMBATANT_SECTORS = SECTOR_CLASSES["combatant"]
POLICE = "COP"
POLICE_FORCE_CODES = frozenset({"190", "193"})
"""Unspecified force and small arms: what police use on a crowd or a person."""
OBJECT_SLOTS = frozenset({"dobj", "attr", "appos", "compound"})
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "pobj"})
"""A verb form in a noun's slot is a noun; in a subject or prepositional slot the parser
errs both ways ("Thousands of Nepalese protested" is parsed with "protested" as ``pobj``),
so there a determiner or possessor must show it ("the wounded")."""
NOUNS = frozenset({"NOUN", "PROPN"})
TWO_PARTY = frozenset({"040", "041", "046"})
"""Meeting, telephoning and negotiating take two parties; a visit (042) may have none
("Kim visited the cemetery")."""
PERSONAL_ACT_ROOTS = frozenset({"02", "03", "04", "05"})
"""Appeals, intents, consultations and diplomatic cooperation: verbal and diplomatic acts a
sentence may ascribe to a party it names only by a personal pronoun."""
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})
"""Coordinated subjects with no object act on each other in these families ("Israel and
Lebanon renewed negotiations"); in others each acts alone ("X and Y protested")."""
ARGUMENT_DEPS = frozenset({"nsubjpass", "dobj", "obj", "attr"})
"""An event noun in these slots is coded by its verb ("rejected the offer"), not alone."""
DEMONSTRATIVES = frozenset({"this", "that", "the", "these", "those"})
DEMAND = "100"
APPEAL = "020"
CLAUSE_MARKERS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark"})
"""What makes a base-form verb a clause: "to" (tagged ``aux``), a modal, a subject or a
subordinator."""
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
"""How the parser attaches a purpose infinitive ("used force to break up the rally")."""
NO_INSTANCE = frozenset({"any", "no", "every"})
"""Determiners by which a noun names no act that happened ("any attempt to …")."""
DESCRIPTIVE = frozenset({"acl", "amod"})
"""Participles that modify a noun ("a delegation led by Shoigu", "the war, celebrated as
Victory Day") describe it; they do not report an event."""
SCORE_DASHES = frozenset({"-", "–"})
"""What joins the two numbers of a score ("2-1")."""


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


class EventCoder:
    """Stage: ``EventContext`` → ``list[Event]``, numbered E1, E2, … in text order."""

    name = "events"

    def __init__(self) -> None:
        self.lexicon: Lexicon = lexicon()
        self.targets = Targets(self.lexicon)
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
        split_coordinated_clauses(span, self.lexicon)
        self._forms = sentence_forms(span)
        for token in span:
            if token.i in consumed:
                continue
            draft: Draft | None = None
            demand = self._demand(token, context.actors) if token.pos_ in VERBAL else None
            if demand is not None:
                drafts.append(demand)
                consumed.update(_shared_subject_conjuncts(token))
                continue
            issuer = self._issued_message(token, context.actors)
            if issuer:
                draft = self._verbal(token, consumed)
                if draft is not None and lookup(draft.code).plover:
                    draft.sources = issuer
                    draft.rule.append("source:issuer-of:" + token.head.lemma_.lower())
                    self.targets.find(draft, context.actors)
                    drafts.append(draft)
                continue
            attempt = self._attempt_noun(token)
            if attempt is not None:
                draft = self._attempted(token, *attempt, consumed, context.actors)
            elif token.dep_ in DESCRIPTIVE or token.dep_ == "prep" or _nominal_use(token) \
                    or _reduced_relative(token):
                consumed.update(_complement_chain(token))  # "the team trying to broker"
                continue  # "according to" is no agreement, "the wounded" no wounding
            elif token.lower_ in self.lexicon.stances and _predicative(token):
                draft = self._stance(token)
            elif token.pos_ == "AUX" and self._posture_state(token):
                draft = self._force_posture(token)
            elif token.pos_ == "VERB" or self._is_complement_adjective(token):
                draft = self._directive(token, consumed, context.actors) \
                    or self._verbal(token, consumed) \
                    or self._adjunct_draft(token)
            elif token.pos_ == "NOUN" and token.dep_ not in ARGUMENT_DEPS:
                draft = self._nominal(token, context.actors)
            if draft is None or not lookup(draft.code).plover:
                continue
            self._ordered_forces(draft, context.actors)
            self._refine_by_weapon(draft)
            if not draft.code:
                continue
            self._conditioned_sanction(draft)
            draft.reciprocal = self.lexicon.lemma(draft.first) in self.lexicon.words[
                "reciprocal_verb"]
            if not draft.sources and not draft.targets and not draft.unnamed_agent:
                self._participants(draft, context, earlier)
            if not draft.targets and draft.code.startswith(THREAT_ROOT):
                self._threatened_party(draft, context.actors)
            if not draft.targets or draft.code.startswith(PROTEST_ROOT):
                # "blocked streets in Hong Kong in defiance of Chinese authorities": whom a
                # protest defies is its target, not the place it occupies
                self.targets.adjunct(draft, context.actors)
            if not draft.targets and (draft.sources or draft.unnamed_agent) \
                    and not _mutual(draft):
                self.targets.place(draft, context.places)
            self._refine_by_attacker(draft)
            self._rioters_destroying(draft)
            _police_force_on_civilians(draft)
            self._repressed_protest(draft)
            self._official_protest(draft)
            draft.kept = self._has_parties(draft) and not self._idle_warning(
                draft, context.actors) and not _internal_order(draft)
            drafts.append(draft)
        return [draft for draft in fold(drafts, self.lexicon) if draft.kept]

    def _issued_message(self, verb: Token, actors: list[Actor]) -> list[Actor]:
        """"Pakistan's foreign ministry issued a statement condemning the attack", "the
        Council adopted a statement that welcomed the talks": a participle or a relative
        clause that gives the content of a statement (a speech noun the subject issued) is
        the subject's own verbal act; returns its actors, or ``[]``."""
        noun = verb.head
        if not (_content_participle(verb) or _content_relative(verb)) or noun.pos_ != "NOUN" \
                or noun.lemma_.lower() not in self.lexicon.words["speech_noun"] \
                or noun.dep_ not in OBJECTS or noun.head.pos_ != "VERB" \
                or self.lexicon.lemma(noun.head) not in self.lexicon.words["issuing_verb"]:
            return []  # "would not support the resolution condemning China": not France's
        subject, passive = subject_of(noun.head)
        return [] if passive else actors_of(subject, actors, agent=True)

    def _threatened_party(self, draft: Draft, actors: list[Actor]) -> None:
        """"X threatened to strike unless Israel rescinded the annexation", "warned that it
        would retaliate if Hezbollah attacked", "should Iran fail to respond, France said it
        would impose sanctions": a threat is aimed at whoever its condition asks to act or
        not to."""
        contents = [child for child in draft.first.children if child.dep_ in {"ccomp", "xcomp"}]
        for verb in dict.fromkeys((draft.clause, draft.first, *contents, draft.speech)):
            for clause in verb.children if verb is not None else ():
                if clause != draft.first and self._condition_clause(clause):
                    subject, _ = subject_of(clause)
                    found = actors_of(subject, actors, ids(draft.sources))
                    if found:
                        draft.targets = found
                        draft.rule.append("target:condition-subject")
                        return

    def _condition_clause(self, clause: Token) -> bool:
        """Is ``clause`` a condition: an adverbial clause opened by "if" or "unless", or an
        inverted one ("should Iran fail to respond"), which the parser may hang as a
        complement of the speech verb?"""
        words = self.lexicon.words
        if clause.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in
                                          words["condition"] for child in clause.children):
            return True
        return clause.dep_ in {"advcl", "ccomp"} \
            and inverted_condition(clause, words["inverted_condition"])

    def _has_parties(self, draft: Draft) -> bool:
        """An event needs an actor; a threat needs its threatener ("if it is attacked" is
        nobody's threat), and a consultation two parties ("the cabinet met" is none)."""
        root = draft.code[:2]
        if root == "13":
            return bool(draft.sources)
        if draft.code in TWO_PARTY:
            return (bool(draft.sources) or draft.unnamed_agent) \
                and (bool(draft.targets) or len(draft.sources) > 1)
        return bool(draft.sources or draft.targets)

    def _adjunct_draft(self, verb: Token) -> Draft | None:
        """A verb with no code of its own, done "in protest against X", is a protest."""
        if verb.pos_ != "VERB":
            return None
        for adjunct, noun in adjunct_phrases(verb, self.lexicon):
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
        if any(token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.words[
                "accident_noun"] for token in clause_tokens(draft.clause)):
            draft.code = ""  # "was killed in a car crash": nobody's attack
            return
        if self._in_contest(draft.clause):
            draft.code = ""  # "beat Pakistan in the final", "defeated him in the election"
            return
        if any(self.lexicon.lemma(token) in self.lexicon.words["protester_noun"]
               for token in _victims(draft.clause)):
            draft.rule.append("victims:protesters")
            draft.code = REPRESSION
            return
        if self._against_captives(draft):
            draft.rule.append("victims:captives")
            draft.code = PHYSICAL_ASSAULT
            return
        if draft.code.startswith(self.lexicon.words["act_code"]):
            return  # "hijacked a plane", "kidnapped during clashes": the act decides
        words = sorted(clause_tokens(draft.clause), key=lambda token: token.i)
        code = self.lexicon.weapon(words)
        if code and not draft.code.startswith(code):
            draft.rule.append(f"weapon:{code}")
            draft.code = code

    def _conditioned_sanction(self, draft: Draft) -> None:
        """"France said it would impose sanctions if Iran failed to respond": a sanction
        promised on a condition is a threat (CAMEO 131x-136), whereas one announced or
        decided outright ("decided to break relations", "would prohibit all aid") is the
        sanction itself (the intend cells of 16x in ``derived_codes.tsv``)."""
        if draft.modality != "intended" or not draft.code.startswith(SANCTION_ROOT):
            return
        # where the parser hangs a condition: on the act, its clause or the speech verb
        verbs = (draft.clause, draft.first, draft.speech)
        if any(child != draft.first and self._condition_clause(child)
               for verb in dict.fromkeys(verbs) if verb is not None
               for child in verb.children):
            draft.code = self.lexicon.derive(draft.code, "threaten") or draft.code
            draft.rule.append("sanction:conditional")

    def _against_captives(self, draft: Draft) -> bool:
        """"Guards attacked Palestinian prisoners", "soldiers fired on the detainees": force
        used on people held captive is no fight with a party that can fight back (CAMEO 19)
        but physical assault (182); only a code of force (19x) or unspecified violence
        (180) is so refined, a torture or a killing keeps its own."""
        if not (draft.code.startswith("19") or draft.code == UNCONVENTIONAL_VIOLENCE):
            return False
        captives = self.lexicon.words["captive_noun"]
        # the act's own victims, not a purpose clause's ("stormed the embassy to free the
        # hostages" fights the hostage-takers)
        return any(self.lexicon.lemma(token) in captives for token in _victims(draft.clause)
                   if token.head == draft.clause or token.head.dep_ == "prep")

    def _in_contest(self, verb: Token) -> bool:
        """Is ``verb`` done in a contest ("beat Pakistan in the cricket final", "defeated
        the ruling party in the election", "the national team beat Japan 2-1")? Beating or
        defeating someone there is winning, no violence."""
        words = self.lexicon.words
        if any(child.dep_ == "prep" and child.lower_ in {"in", "at"}
               and any(pobj.dep_ == "pobj" and pobj.lemma_.lower() in words["contest_noun"]
                       for pobj in child.children)
               for child in verb.children):
            return True
        return self.lexicon.lemma(verb) in words["contest_verb"] and _sporting(verb, words)

    def _refine_by_attacker(self, draft: Draft) -> None:
        """Who uses force decides its family: a violent verb coded only by its default
        (CAMEO 190, "killed", "shot") is conventional force when a state's forces or an
        organized armed group act, but unconventional violence (180) when the attacker is
        unnamed or has no such role ("were killed by gunfire", "a man shot his
        neighbour"); a crowd of protesters doing
        violence riots (145: "rioters burned shops")."""
        if draft.code[:2] not in {"18", "19"} or draft.matched_pattern or draft.nominal \
                or not any(part.startswith("verb:") for part in draft.rule) \
                or any(part.startswith("weapon:") for part in draft.rule):
            return  # a pattern, or the means ("killed in clashes", "by aircraft"), decides
        subject, _ = subject_of(draft.first)
        if subject is not None and draft.sources and self.lexicon.lemma(subject) in \
                self.lexicon.words["protester_noun"]:
            draft.rule.append("attacker:protesters")
            draft.code = RIOT
            return
        if draft.code != CONVENTIONAL_FORCE or draft.addressee is not None \
                or _conventional_attacker(draft):
            return  # forces acting on an order are a state's
        draft.rule.append("attacker:non-state")
        draft.code = UNCONVENTIONAL_VIOLENCE

    def _rioters_destroying(self, draft: Draft) -> None:
        """"Protesters torched the embassy", "rioters set fire to shops": property destroyed
        by a crowd of protesters is a riot (CAMEO 145), as their violence is (see
        :meth:`_refine_by_attacker`); by anyone else it is destruction of property (1712)."""
        if draft.code != DESTROY_PROPERTY or not draft.sources:
            return
        subject, passive = subject_of(draft.first)
        if subject is not None and not passive and self.lexicon.lemma(subject) in \
                self.lexicon.words["protester_noun"]:
            draft.rule.append("destroyer:protesters")
            draft.code = RIOT

    def _repressed_protest(self, draft: Draft) -> None:
        """"Police stopped a demonstration", "the government stopped the strike": a state,
        its government or its forces ending a protest repress it (CAMEO 175), whereas its
        organisers calling it off ease dissent (082, the ending code of a protest)."""
        if draft.code != self.lexicon.derive(PROTEST_ROOT, STOP_KIND) \
                or not self._ends_protest(draft) or not any(map(_state_actor, draft.sources)):
            return
        draft.rule.append("ender:state")
        draft.code = REPRESSION

    def _ends_protest(self, draft: Draft) -> bool:
        """Is what the draft ends a protest ("stopped the strike", "halted the march")?"""
        ended = [draft.last, *(child for child in draft.first.children if child.dep_ == "dobj")]
        nouns = [self.lexicon.noun(token) for token in ended]
        return any(noun is not None and noun.code.startswith(PROTEST_ROOT) for noun in nouns)

    def _official_protest(self, draft: Draft) -> None:
        """"Pakistan protested the border firing", "summoned the Indian ambassador to
        protest the firing": a state, organization or person protesting, or meeting an
        envoy to protest, complains officially (CAMEO 114, PLOVER disapprove); a crowd
        protesting demonstrates (140)."""
        if not draft.sources or not all(source.kind in OFFICIAL_KINDS
                                        for source in draft.sources):
            return
        verbs = self.lexicon.words["verbal_protest_verb"]
        if draft.code.startswith(PROTEST_ROOT) and draft.first.pos_ == "VERB" \
                and self.lexicon.lemma(draft.first) in verbs:
            draft.code = OFFICIAL_COMPLAINT
            draft.rule.append("protester:official")
        elif draft.code.startswith(CONSULT_ROOT) and any(
                child.dep_ in PURPOSE_DEPS and is_infinitive(child)
                and self.lexicon.lemma(child) in verbs for child in draft.first.children):
            draft.code = OFFICIAL_COMPLAINT
            draft.rule.append("purpose:protest")

    def _demand(self, verb: Token, actors: list[Actor]) -> Draft | None:
        """"X said Y must withdraw", "X issued a reminder to Y that it must cooperate": an
        obligation in reported speech, or in the complement of a speech noun, is X's
        demand of Y (CAMEO 10), whatever the complement's own verb; so is a subjunctive
        after "insist" ("insisted that Y apologize"; an appeal after "propose")."""
        if verb.lemma_.lower() == "be" and not any(
                grandchild.dep_ == "xcomp" for child in verb.children
                for grandchild in child.children):
            return None  # "a judgment should be available" obliges nobody ("be ready to")
        obligations = self.lexicon.words["obligation"]
        mood = mood_of(verb, self.lexicon)
        speech, noun = mood.speech, self._speech_noun(verb)
        code = DEMAND
        if not any(child.dep_ == "aux" and child.lower_ in obligations
                   for child in verb.children):
            code = self._mandative(verb)
            if not code:
                return None
            speech, noun = verb.head, None
        if noun is not None and speech is None:
            speech = noun.head
        if speech is None or mood.negated or mood.conditional:
            return None  # "Should he fail to respond, …" is a condition, no obligation
        speaker, _ = subject_of(speech)
        obliged, _ = subject_of(verb)
        sources = actors_of(speaker, actors, agent=True)
        targets = actors_of(obliged, actors)
        if not targets and obliged is not None and obliged.pos_ in NOUNS:
            return None  # "the talks should resume", "growth should have no effect": no party
        if not targets and noun is not None:
            targets, _ = objects_of(noun, actors, ("to",), (), ids(sources))
        if not sources:
            return None
        draft = Draft(verb, verb, verb, code, "asserted", False,
                      [f"obligation-in-speech:{(noun or speech).lemma_.lower()}",
                       "source:speaker", "target:obliged"], sources, targets)
        draft.matched_pattern = True
        draft.anchor = speech
        return draft

    def _directive(self, verb: Token, consumed: set[int], actors: list[Actor]) -> Draft | None:
        """"The Egyptian president told Israel to stop building settlements": telling
        someone to do something is a demand of them (CAMEO 100); what they are told to do
        is its content, no event of its own. An order to one's own forces ("ordered troops
        to crush the revolt") is no demand: the ordered act is coded (kind decree)."""
        lemma = self.lexicon.lemma(verb)
        addressee = _addressee(verb)
        decree = self._complement_kind(verb, lemma) == "decree"
        if addressee is None or not (decree or lemma in self.lexicon.words["directive_verb"]):
            return None
        if decree and _own_forces(addressee, actors, self.lexicon.words["subordinate_noun"]):
            return None
        complement = next((child for child in verb.children if child.dep_ == "xcomp"
                           and is_infinitive(child)), None)
        if complement is None:
            return None
        consumed.update([complement.i, *_complement_chain(complement)])
        mood = mood_of(verb, self.lexicon)
        code, modality, negated = apply_mood(DEMAND, mood, self.lexicon)
        draft = Draft(verb, verb, verb, code, modality, negated,
                      [f"directive:{self.lexicon.lemma(verb)}", f"mood:{modality}"])
        draft.speech = mood.speech
        return draft

    def _attempt_noun(self, verb: Token) -> tuple[Token, Match | None] | None:
        """The noun of attempting or plotting whose infinitive ``verb`` is ("an attempt to
        assassinate", "foiled a plot to kill", where the parser hangs the infinitive on
        the verb), when ``verb`` is a violent act; with the verb's match, which codes it."""
        if verb.pos_ != "VERB" or not is_infinitive(verb):
            return None
        nouns = self.lexicon.words["attempt_noun"]
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in nouns:
            noun = verb.head
        else:  # the noun's phrase ends where the infinitive's clause begins
            noun = next((child for child in verb.head.children if child.dep_ in OBJECTS
                         and child.lemma_.lower() in nouns
                         and child.right_edge.i + 1 == verb.left_edge.i),
                        None) if verb.dep_ == "advcl" else None
        if noun is None:
            return None
        match = best_match(verb, self.lexicon, self._forms)
        code, _, _ = self._verb_code(verb, match)
        return (noun, match) if code[:2] in VIOLENT_ROOTS else None

    def _attempted(self, verb: Token, attempt: Token, match: Match | None, consumed: set[int],
                   actors: list[Actor]) -> Draft | None:
        """"An attempt to assassinate the governor was foiled", "foiled a Kurdish rebel plot
        to bomb the exchange": a violent act attempted or plotted is coded itself (CAMEO
        counts attempts); who attempts is the noun's own ("rebel plot", "an attempt by
        rebels"), never who foiled it, and unnamed otherwise. Other infinitives completing
        a noun are no events."""
        if any(child.lower_ in NO_INSTANCE for child in attempt.children):
            return None  # "any attempt to fire into Israel would be …" is hypothetical
        draft = self._coded_verbal(verb, match, consumed)
        if draft is None:
            return None
        draft.sources = possessor_or_agent(attempt, actors) or actors_of(attempt, actors,
                                                                         agent=True)
        draft.unnamed_agent = not draft.sources
        draft.rule.append(f"attempt:{attempt.lemma_.lower()}")
        self.targets.find(draft, actors)
        return draft

    def _ordered_forces(self, draft: Draft, actors: list[Actor]) -> None:
        """"Yeltsin ordered Russian troops to storm the capital": the forces ordered are
        who acts (the orderer's side either way), and never the act's target."""
        forces = actors_of(draft.addressee, actors)
        if forces:
            draft.sources = forces
            draft.rule.append("source:ordered-forces")
            self.targets.find(draft, actors)

    def _mandative(self, verb: Token) -> str:
        """"China insisted that Japan apologize", "proposed that the two sides meet": a
        subjunctive (bare verb, or plural present after a past verb, with its own subject,
        no auxiliary) in the clause of a verb of insisting or proposing states what the
        addressee is to do: a demand (CAMEO 100) or an appeal (020). ``""`` when ``verb`` is
        no such clause."""
        if not _subjunctive_form(verb) or verb.dep_ != "ccomp" or not any(
                child.dep_ == "nsubj" for child in verb.children) or any(
                child.dep_ in {"aux", "auxpass"} for child in verb.children):
            return ""
        head = self.lexicon.lemma(verb.head)
        if head in self.lexicon.words["mandative_demand"]:
            return DEMAND
        return APPEAL if head in self.lexicon.words["mandative_appeal"] else ""

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

    def _stance(self, adjective: Token) -> Draft | None:
        """"Iran was pleased with the political process": a predicate adjective of stance
        (``stance_adjectives.tsv``) takes it towards its prepositional object, its "that"
        clause, or what it perceives ("pleased to see the achievements"), and towards
        nothing without one ("he was happy", "happy to announce")."""
        stance = self.lexicon.stances.get(adjective.lower_)
        perceived = self.lexicon.words["stance_complement"]
        if stance is None or not any(
                child.dep_ == "ccomp"
                or (child.dep_ == "xcomp" and child.lemma_.lower() in perceived)
                or (child.dep_ == "prep" and child.lower_ in stance.target_preps)
                for child in adjective.children):
            return None  # "happy to announce", "glad to help": no stance towards anything
        code, modality, negated = apply_mood(stance.code, mood_of(adjective, self.lexicon),
                                             self.lexicon)
        if any(child.dep_ == "neg" for child in (*adjective.children, *adjective.head.children)):
            modality, negated = "denied", True  # "was not satisfied with": on the copula
        draft = Draft(adjective, adjective, adjective, code, modality, negated,
                      [f"stance:{stance.lemma}", f"mood:{modality}"])
        draft.target_preps = tuple(sorted(stance.target_preps))
        return draft

    def _posture_state(self, copula: Token) -> bool:
        """"The armed forces were on high alert": the copula with "on" + a state of
        readiness (``posture_state`` of ``function_words.tsv``) said of armed or police
        forces (the synonym sets of ``posture_holder``), not of hospitals on alert."""
        words = self.lexicon.words
        if copula.lemma_.lower() != "be" or not any(
                child.dep_ == "prep" and child.lower_ == "on" and any(
                    pobj.dep_ == "pobj" and pobj.lemma_.lower() in words["posture_state"]
                    for pobj in child.children)
                for child in copula.children):
            return False
        subject, _ = subject_of(copula)
        return subject is not None and any(
            {subject.lower_, subject.lemma_.lower()} & self.lexicon.synset_lasts.get(
                name, frozenset()) for name in words["posture_holder"])

    def _force_posture(self, copula: Token) -> Draft:
        """Forces on alert show force (CAMEO 150), as "remained on alert" does; their
        subject is the source."""
        code, modality, negated = apply_mood(SHOW_OF_FORCE, mood_of(copula, self.lexicon),
                                             self.lexicon)
        return Draft(copula, copula, copula, code, modality, negated,
                     ["copula:on-alert", f"mood:{modality}"])

    def _is_complement_adjective(self, token: Token) -> bool:
        return (token.pos_ == "ADJ" and token.lemma_.lower() in self.lexicon.complements
                and _complement_clause(token) is not None)

    def _verbal(self, verb: Token, consumed: set[int]) -> Draft | None:
        if going_to_future(verb):
            return None  # the future auxiliary of its infinitive, which codes on its own
        match = best_match(verb, self.lexicon, self._forms) if verb.pos_ == "VERB" else None
        return self._coded_verbal(verb, match, consumed)

    def _coded_verbal(self, verb: Token, match: Match | None,
                      consumed: set[int]) -> Draft | None:
        """The draft of a verb (or complement adjective) whose pattern ``match`` is."""
        lemma = self.lexicon.lemma(verb)
        head_code, rule, last = self._verb_code(verb, match)
        kind = self._complement_kind(verb, lemma)
        if kind != STOP_KIND and verb.pos_ != "ADJ" \
                and lemma not in self.lexicon.words["stative_passive"] \
                and any(child.dep_ == "auxpass" for child in verb.children):
            if kind is not None and any(child.dep_ == "xcomp" for child in verb.children):
                return None  # "is expected to visit China": someone else's expectation,
            kind = None  # which codes nothing; the visit codes on its own
        complement = _complement_clause(verb) if kind else None
        if complement is None and (lemma in self.lexicon.light_verbs
                                   or lemma in self.lexicon.words["speech"]):
            kind, complement = self._noun_complement(verb) or (kind, None)
        mood = mood_of(verb, self.lexicon)
        if mood.conditional:
            return None  # "if Iran attacks, …": the condition is nobody's act or threat
        if complement is not None:
            consumed.add(complement.i)
            inner_match = best_match(complement, self.lexicon, self._forms)
            inner_code, inner_rule, inner_last = self._verb_code(complement, inner_match)
            if not inner_code and kind in {"intend", "plan"}:
                inner_code, inner_rule, inner_last = self._promised_aim(complement, consumed) \
                    or (inner_code, inner_rule, inner_last)
            code, modality, negated = combine_complement(kind, head_code, inner_code,
                                                         self.lexicon)
            if not code or self._untold_plan_of_force(verb, kind, code, mood):
                return None
            if kind in {"attempt", "stop", "assist", "decree"}:  # "would continue to attack"
                code, modality, negated = apply_mood(code, mood, self.lexicon)
            if mood.negated:
                modality, negated = "denied", True
            draft = Draft(verb, max(last, inner_last, key=lambda t: t.i), complement, code,
                          modality, negated, [f"complement:{kind}", rule, inner_rule])
            draft.matched_pattern = bool(inner_match and inner_match.pattern)
            draft.target_preps = _pattern_preps(inner_match)
            draft.speech = mood.speech
            if kind == "decree":
                draft.addressee = _addressee(verb)
            return draft
        matched = bool(match and match.pattern)  # the pattern reads the object ("denied
        # them visas"), unless a denial's object is an act ("denied the attack")
        event_noun = self._object_event(verb) if kind and (
            kind == STOP_KIND or lemma not in self.lexicon.light_verbs) and (
            not matched or kind == DENY_KIND) else None
        if matched and not _denied_act(event_noun):
            event_noun = None
        if event_noun is not None:  # "threatened sanctions", "refused talks", "planned a strike"
            noun, token = event_noun
            if kind == DENY_KIND and noun.lemma in self.lexicon.words["allegation_noun"]:
                return None  # "denied accusations of …": another's charge, rejected, not made
            code, modality, negated = combine_complement(kind, head_code, noun.code,
                                                         self.lexicon)
            if not code:
                return None  # "ended the year": an ending of nothing coded
            if kind == STOP_KIND:  # "expected China to lift the ban": the verb's own mood
                code, modality, negated = apply_mood(code, mood, self.lexicon)
            if mood.negated:
                modality, negated = "denied", True
            draft = Draft(verb, token, verb, code, modality, negated,
                          [f"complement:{kind}", rule, f"noun:{noun.lemma}"])
            draft.speech = mood.speech
            return draft
        if not head_code or (kind == "plan" and not (match and match.pattern)):
            return None  # "planning a divorce" is no promise
        if not _read_by_pattern(match) and self._states_a_clause(verb, lemma):
            return None  # "recognise that there is a long way to go", "denied it was involved"
        if not (match and match.pattern) and _characterizes(verb, self.lexicon):
            return None  # "called the sanctions illegal" is no telephone call
        code, modality, negated = apply_mood(head_code, mood, self.lexicon)
        draft = Draft(verb, last, verb, code, modality, negated, [rule, f"mood:{modality}"])
        draft.matched_pattern = bool(match and match.pattern)
        draft.target_preps = _pattern_preps(match)
        draft.subject_is_target = bool(match and match.pattern
                                       and match.pattern.subject_role == "target") \
            or copula_passive(verb, self.lexicon)
        draft.speech = mood.speech
        return draft

    def _untold_plan_of_force(self, verb: Token, kind: str, code: str, mood: Mood) -> bool:
        """"was detained because he was planning to commit atrocities", "Iran is planning
        to attack Israel, the US said": a plan of force told about its planner threatens
        nobody, for a threat (CAMEO 13) is uttered by the one who would act — "we are
        ready to fight", "Hezbollah said it was preparing to strike" — so the plan codes
        as a threat only when its planner speaks: a first-person subject, or the subject
        of the speech verb it is the complement of (repeated, or a pronoun of it). A plan
        of coercion or sanctions ("plans to impose restrictions") is their announcement,
        still a threat (1312)."""
        if kind != "plan" or not code.startswith(THREAT_OF_FORCE):
            return False
        subject, _ = subject_of(verb)
        if subject is None:
            return False
        if subject.lower_ in self.lexicon.words["first_person"]:
            return False
        if mood.speech is None:
            return True
        speaker, _ = subject_of(mood.speech)
        return not (subject.lower_ in self.lexicon.words["personal_pronoun"] or (
            speaker is not None and speaker.lower_ == subject.lower_))

    def _promised_aim(self, complement: Token,
                      consumed: set[int]) -> tuple[str, str, Token] | None:
        """"willing to send material to help defend Saudi Arabia": a promised act that codes
        nothing of its own promises its purpose (the defence); ``None`` when it has none
        that codes."""
        aim = next((child for child in complement.children if child.dep_ == "advcl"
                    and is_infinitive(child) and child.pos_ == "VERB"), None)
        draft = self._verbal(aim, consumed) if aim is not None else None
        if draft is None or draft.negated or not draft.code:
            return None
        consumed.add(aim.i)
        return draft.code, f"aim:{'|'.join(part for part in draft.rule if part)}", draft.last

    def _complement_kind(self, verb: Token, lemma: str) -> str | None:
        """How the verb's complement carries its event (``complement_verbs.tsv``), looked up
        with its particle first ("called off the strike", "broke off relations")."""
        for child in verb.children:
            if child.dep_ == "prt":
                kind = self.lexicon.complements.get(f"{lemma} {child.lower_}")
                if kind is not None:
                    return kind
        return self.lexicon.complements.get(lemma)

    def _states_a_clause(self, verb: Token, lemma: str) -> bool:
        """Does ``verb`` only state or judge its clausal object ("recognise that there is a
        long way to go")?"""
        return lemma in self.lexicon.words["clause_statement"] and _clause_object(verb) is not None

    def _idle_warning(self, draft: Draft, actors: list[Actor]) -> bool:
        """A warning whose clause foretells nothing ("warned that food supplies had reached
        alarming levels") threatens nothing, nor one that foretells what a third party
        will do ("warned that insurgents will step up their attacks"); "warned that police
        will no longer tolerate rallies" and "warned that countries supporting the motion
        would harm their ties" do; nor does a warning of a hazard ("warned of a
        humanitarian crisis"), unlike one of an act ("warned of a crushing response")."""
        if self.lexicon.lemma(draft.first) not in self.lexicon.words["warning"]:
            return False
        if self._warns_of_hazard(draft.first):
            return True
        clause = _clause_object(draft.first)
        if clause is None:
            return False
        mood = mood_of(clause, self.lexicon)
        if not (mood.future or mood.possible):
            return True
        subject, _ = subject_of(clause)  # "warned that insurgents will step up attacks"
        named = actors_of(subject, actors) if subject is not None and subject.pos_ != "PRON" \
            else []
        own = ids(draft.sources), {source.country for source in draft.sources}
        return bool(named) and all(actor.id not in own[0] and actor.country not in own[1]
                                   for actor in named)

    def _warns_of_hazard(self, verb: Token) -> bool:
        """Is what ``verb`` warns of ("of"/"about" phrase) a hazard nobody does ("a
        humanitarian crisis", "the risk of famine") rather than an act?"""
        hazards = self.lexicon.words["hazard_noun"]
        return any(child.dep_ == "prep" and child.lower_ in {"of", "about"}
                   and any(pobj.dep_ == "pobj" and pobj.lemma_.lower() in hazards
                           for pobj in child.children)
                   for child in verb.children)

    def _verb_code(self, verb: Token, match: Match | None) -> tuple[str, str, Token]:
        """Code of a verb on its own: its pattern, else a light verb's event noun, else the
        verb's default code. A pattern that does not name the light verb's event noun
        ("issue … to:" for "issued an ultimatum to Ecuador") yields to the noun."""
        light = self._light_noun(verb) or self._claimed_event(verb) \
            or self._gathered_for(verb) or self._joined_event(verb)
        yielding = self._demanded_ending(verb, match)
        if yielding and match is not None:
            return yielding, f"{match.rule}|demand-of-ending", verb
        if match is not None and match.pattern is not None and (
                light is None or mentions(match.pattern, light[1], self.lexicon)):
            return match.code, match.rule, verb
        if light is not None:
            noun, token = light
            rule = f"light-verb:{self.lexicon.lemma(verb)}+{noun.lemma}"
            if self._drill_alone(noun, token, verb):
                return SHOW_OF_FORCE, f"{rule}|drill-alone", token
            return noun.code, rule, token
        if self._admits_mission(verb):
            return INVOLVEMENT_CODE, f"admission:{self.lexicon.lemma(verb)}", verb
        if match is not None:
            return match.code, match.rule, verb
        return "", "", verb

    def _admits_mission(self, verb: Token) -> bool:
        """"allowed European observers to monitor the election", "let IAEA inspectors visit
        the plant": letting foreign or international personnel act in one's country allows
        international involvement (CAMEO 086), whatever they are let do; the parser makes
        them the subject of the clause, out of reach of the "allow … &mission" pattern."""
        if self.lexicon.lemma(verb) not in self.lexicon.words["admission_verb"]:
            return False
        mission = self.lexicon.synset_lasts["mission"]
        return any(clause.dep_ in {"ccomp", "xcomp"} and any(
            subject.dep_ == "nsubj" and subject.lemma_.lower() in mission
            for subject in clause.children) for clause in verb.children)

    def _demanded_ending(self, verb: Token, match: Match | None) -> str:
        """"demanded the lifting of sanctions", "urged an end to the blockade": a verb of
        demanding or appealing whose object ends something asks the target to yield (CAMEO
        105, 025), whatever pattern matched ("demand … sanctions" is a threat of sanctions,
        "urge" alone an appeal). ``""`` when ``verb`` is no such demand."""
        root = match.verb.code[:2] if match is not None else ""
        if root not in DEMAND_ROOTS or not any(
                child.dep_ in OBJECTS and child.lemma_.lower() in self.lexicon.words[
                    "ending_noun"] for child in verb.children):
            return ""
        return self.lexicon.derive(root, "yielding")

    def _drill_alone(self, noun: Noun, token: Token, verb: Token) -> bool:
        """"The Chinese military conducted exercises near Taiwan": military exercises with
        no partner ("joint", "with X") show force (CAMEO 150); with one they are military
        cooperation (062, the noun's code)."""
        if noun.lemma not in self.lexicon.words["drill_noun"]:
            return False
        partners = self.lexicon.words["joint_word"]
        return not any(child.lower_ in partners or (child.dep_ == "prep" and child.lower_ ==
                                                    "with")
                       for holder in (token, verb) for child in holder.children)

    def _light_noun(self, verb: Token) -> tuple[Noun, Token] | None:
        """The event noun a light verb carries ("held a meeting"); none when the verb
        characterizes its object ("called the sanctions illegal", "called the raid a
        crime": the speaker judges the sanctions, imposes none)."""
        if self.lexicon.lemma(verb) not in self.lexicon.light_verbs:
            return None
        found = self._object_event(verb)
        if found is not None and found[1].dep_ != "oprd" and any(
                child.dep_ in {"oprd", "acomp"} for child in verb.children):
            return None
        return found

    def _claimed_event(self, verb: Token) -> tuple[Noun, Token] | None:
        """"Hamas claimed responsibility for the bombing": the claimant did what the event
        noun names."""
        if self.lexicon.lemma(verb) not in self.lexicon.words["responsibility_verb"]:
            return None
        for child in verb.children:
            if child.dep_ in OBJECTS and child.lemma_.lower() == "responsibility":
                found = self._event_for(child)
                if found is not None:
                    return found
        return None

    def _gathered_for(self, verb: Token) -> tuple[Noun, Token] | None:
        """"Thousands converged on Lagos for a rally", "delegates gathered for talks": people
        coming together for an event do what the event noun names; the coming together is
        no meeting of its own."""
        if self.lexicon.lemma(verb) not in self.lexicon.words["assembly_verb"]:
            return None
        return self._event_for(verb)

    def _joined_event(self, verb: Token) -> tuple[Noun, Token] | None:
        """"Thousands took part in a march against the government", "participated in the
        talks": taking part in an event is doing what the event noun names; so is placing
        someone under it ("placed Aung San Suu Kyi under house arrest")."""
        lemma = self.lexicon.lemma(verb)
        if lemma == "take" and not any(child.dep_ in OBJECTS and child.lower_ == "part"
                                       for child in verb.children):
            return None
        preposition_word = "in"
        if lemma in self.lexicon.words["placement_verb"]:
            preposition_word = "under"  # "placed Suu Kyi under house arrest"
        elif lemma not in self.lexicon.words["participation_verb"]:
            return None
        holders = [verb, *(child for child in verb.children if child.lower_ == "part")]
        return next((found for holder in holders
                     if (found := self._event_for(holder, preposition_word)) is not None), None)

    def _event_for(self, head: Token, preposition_word: str = "for"
                   ) -> tuple[Noun, Token] | None:
        """The event noun of ``head``'s "for" (or other) phrase ("responsibility for the
        bombing", "took part in a march")."""
        for preposition in head.children:
            if preposition.dep_ == "prep" and preposition.lower_ == preposition_word:
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
                if infinitive.dep_ in {"acl", "relcl"} and is_infinitive(infinitive):
                    return kind, infinitive
        return None

    def _object_event(self, verb: Token) -> tuple[Noun, Token] | None:
        """The event noun the verb takes as its object, if any; an object predicate counts
        when there is no object ("called a general strike", parsed so), not in "called it
        an attack"."""
        children = list(verb.children)
        has_object = any(child.dep_ in OBJECTS for child in children)
        passive = any(child.dep_ == "auxpass" for child in children)
        for child in children:
            if child.dep_ in OBJECTS or (child.dep_ == "oprd" and not has_object) \
                    or (passive and child.dep_ == "nsubjpass"):  # "the curfew was lifted"
                noun = self.lexicon.noun(child)
                if noun is not None:
                    return noun, child
        return None

    def _nominal(self, token: Token, actors: list[Actor]) -> Draft | None:
        noun = self.lexicon.noun(token)
        if noun is None:
            return None
        words = self.lexicon.words
        sources = possessor_or_agent(token, actors, of=noun.lemma in words["agent_of_noun"])
        targets, how = objects_of(token, actors, tuple(noun.target_preps), ())
        rule = "source:possessor-or-by"
        controller = adjunct_controller(token, words["control_prep"] + (
            words["travel_prep"] if noun.code == VISIT else ()))  # "X, on a visit to Y, said"
        if not sources and controller is not None and noun.code.startswith(CONSULT_ROOT):
            subject, passive = subject_of(controller)  # "after talks with Annan, X said"
            sources = [] if passive else actors_of(subject, actors, ids(targets), agent=True)
            rule = "source:subject-of-" + controller.lemma_.lower()
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
        subject of ("fighting broke out between Armenian and Azeri forces", "talks were
        held between Egypt and Israel")."""
        holders = [noun, noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else [noun]
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
        subject = _violent_antecedent(draft, subject, self.lexicon)
        controller = adjunct_controller(verb, words["control_prep"]) if subject is None \
            else None
        if controller is not None:  # "left for Madrid after meeting the king" (see below)
            subject, passive = subject_of(controller)
            draft.rule.append("subject:of-" + controller.lemma_.lower())
        if passive and (verb.pos_ == "ADJ" or self.lexicon.lemma(verb) in words[
                "stative_passive"]) and not agent_actors(verb, actors):
            passive = False  # "Israel is opposed to …", "forces were engaged in …"
        collective = self._collective(subject, earlier)
        if collective:
            draft.sources = collective
            draft.rule.append("source:collective")
        elif passive or draft.subject_is_target:
            if controller is not None:
                return  # "after receiving the prize": the subject acted in nothing
            draft.targets = actors_of(subject, actors)
            draft.sources = agent_actors(verb, actors)
            draft.rule.append("passive")
            parties = self._between(subject, actors) if subject is not None \
                and not draft.sources else []
            if len(parties) > 1:  # "talks were held between Egypt and Israel": each party
                draft.sources = draft.targets = parties  # acts on the other, no agent named
                draft.rule.append("between")
                return
            if not draft.sources and copula_passive(verb, self.lexicon) \
                    and draft.speech is not None:  # "Syria is to blame, Israel said"
                draft.sources = actors_of(subject_of(draft.speech)[0], actors)
                draft.rule.append("source:speaker")
            if not draft.sources and draft.code[:2] in VIOLENT_ROOTS:
                draft.sources = attack_actors(verb, actors, self.lexicon)
                if draft.sources:  # "were wounded in a clash with Kurdish rebels"
                    draft.rule.append("source:attack-noun")
            return
        else:
            draft.sources = actors_of(subject, actors, agent=True) or speaker_for_pronoun(
                subject, draft.clause, actors, words["speech"]) or self._crowd(
                draft, subject, context.places) or _stance_antecedent(draft, subject, actors)
            draft.rule.append("source:subject")
            if subject is not None and not draft.sources:
                if not self._unnamed_party(subject, draft):
                    return  # a generic subject ("Officials met") is no actor: no event
                # "Gunmen kidnapped two aid workers" acts unnamed; a named critic needs a target
                draft.unnamed_agent = not _named_stance(draft, subject)
        draft.sources.extend(a for a in comitative_actors(verb, actors, words["comitative"])
                             if all(a.id != s.id for s in draft.sources))
        if not draft.targets and _mutual(draft) and draft.reciprocal:
            # "X and Y clashed in Karabakh": only "with"/"against" names a further party
            draft.targets, _ = objects_of(verb, actors, ("with", "against"), (),
                                          ids(draft.sources))
        elif not draft.targets:
            self.targets.find(draft, actors)
        if not draft.targets:
            self._aim_of_sending(draft, actors)
        if not draft.targets and draft.speech is not None:
            # "told his Syrian counterpart that Baghdad would close the border"
            draft.targets = [actor for child in draft.speech.children
                             if child.dep_ in {"dobj", "dative"}
                             for actor in actors_of(child, actors, ids(draft.sources))]
            if draft.targets:
                draft.rule.append("target:addressee")
        if controller is not None and not draft.targets:
            draft.sources = []  # "after beating 101 other girls": only a party met, blamed
            draft.unnamed_agent = False  # or rebuffed makes the adjunct an act of its own

    def _unnamed_party(self, subject: Token, draft: Draft) -> bool:
        """Does a subject that no actor resolves still stand for a party? An unnamed attacker
        does ("Gunmen kidnapped two aid workers"), and so does, in an appeal, intent,
        consultation or endorsement, a personal pronoun left unresolved ("He held talks with
        Chernomyrdin") or a proper name the knowledge base lacks ("Ueda defended the US
        role"): someone acted, coded without a country as the PLOVER gold codes "we" and
        "he"; so does a named critic (:func:`_named_stance`); a generic noun ("Officials
        met") names no one."""
        pronoun = subject.lower_ in self.lexicon.words["personal_pronoun"]
        if _named_stance(draft, subject) or (
                draft.code[:2] in PERSONAL_ACT_ROOTS and (pronoun or subject.pos_ == "PROPN")):
            return True
        return subject.pos_ in NOUNS and lookup(draft.code).quad_class == MATERIAL_CONFLICT

    def _aim_of_sending(self, draft: Draft, actors: list[Actor]) -> None:
        """"dispatched inspectors to Iran to monitor …": what people are sent to do is
        intended, and aims at where they are sent, even when the sending codes nothing of
        its own (when it codes, folding does the same: see :mod:`.folding`)."""
        head = first_conjunct(draft.first)
        if adjunct_role(head, self.lexicon) != "purpose" \
                or self.lexicon.lemma(head.head) not in self.lexicon.words["theme_verb"]:
            return
        draft.targets, _ = objects_of(head.head, actors, ("to",), (), ids(draft.sources))
        if draft.targets:
            draft.rule.append(f"target:sent-to:{self.lexicon.lemma(head.head)}")
            if draft.modality in {"asserted", "reported"}:
                draft.modality = "intended"

    def _crowd(self, draft: Draft, subject: Token | None, places: list[Place]) -> list[Actor]:
        """"Hundreds of thousands of people blocked streets in Hong Kong": a crowd with no
        other name, protesting in a place, is that place's people."""
        if subject is None or not draft.code.startswith("14") \
                or subject.lemma_.lower() not in self.lexicon.words["crowd_noun"]:
            return []
        place = self.targets.place_after(draft, places)
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


def _conventional_attacker(draft: Draft) -> bool:
    """Do a state's forces attack, or a non-state armed group (rebels, insurgents,
    unidentified gunmen: CAMEO sectors REB, INS, UAF) attack armed forces? Gunmen who shoot
    a priest or aid workers, and rebels who kill villagers, use unconventional violence
    (CAMEO 18); rebels with no target named still fight (19)."""
    if any(_armed_force(source) and not _non_state_armed(source) for source in draft.sources):
        return True
    if not draft.sources:
        # "three soldiers were killed in an ambush": unnamed attackers who kill combatants
        # fight them (CAMEO 190; CAMEO.2.0 codes AMBUSH 190), as named ones do
        return any(_combatant(target) for target in draft.targets)
    non_state = [source for source in draft.sources if _non_state_armed(source)]
    if not non_state:
        return False
    if not draft.targets:
        return not all(_unidentified(source) for source in non_state)
    return any(_armed_force(target) for target in draft.targets)


def _named_stance(draft: Draft, subject: Token) -> bool:
    """"Shattuck lobbied against a Chinese motion", "Sayad disagreed with Funaro": a
    criticism, rejection or threat (CAMEO 11-13) by a named person the actor tables do not
    know is still a party's act on its target, unlike what "officials" or "analysts" say
    (a pronoun is left out: "we are arguing with the Chinese side to issue …" is often
    persuasion, and "it" names no party in the sentence)."""
    return draft.code[:2] in STANCE_ROOTS and subject.pos_ == "PROPN"


def _stance_antecedent(draft: Draft, subject: Token | None, actors: list[Actor]) -> list[Actor]:
    """"Solana, who deplored the violence, said …", "the MILF, which had refused to join
    the negotiations": a criticism, rejection or threat (CAMEO 11-13) in a relative clause
    is the act of the noun the clause describes; other relative clauses mostly describe
    ("the war which devastated the country", "Berri, who hosts the talks") and code no
    event of their own."""
    if subject is None or draft.code[:2] not in STANCE_ROOTS or subject.tag_ not in \
            RELATIVE_PRONOUN_TAGS or subject.head.dep_ != "relcl":
        return []
    return actors_of(subject.head.head, actors, agent=True)


def _violent_antecedent(draft: Draft, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """"a mortar attack that killed four children", "two air strikes that wounded ten
    soldiers": the relative pronoun of a violent act (CAMEO 18-20) whose clause restricts
    an act of violence (a violent event noun counted or determined) stands for that act,
    an unnamed attacker's, so the killing is an event. Other relative clauses describe
    ("civil war which devastated the country": a bare singular noun names a state, not an
    act; "the police, who shot the cow": no act named) and keep their pronoun."""
    if subject is None or draft.code[:2] not in VIOLENT_ROOTS \
            or subject.tag_ not in RELATIVE_PRONOUN_TAGS or subject.head.dep_ != "relcl":
        return subject
    noun = subject.head.head
    event = lexicon.noun(noun) if noun.pos_ == "NOUN" else None
    if event is None or event.code[:2] not in VIOLENT_ROOTS:
        return subject
    counted = noun.tag_ == "NNS" or any(child.dep_ in {"det", "nummod", "poss"}
                                         for child in noun.children)
    return noun if counted else subject


def _unidentified(actor: Actor) -> bool:
    return (actor.code or "")[3:6] == UNIDENTIFIED_ARMED


def _state_actor(actor: Actor) -> bool:
    """A state, its government, armed forces, police or intelligence service."""
    return actor.kind == "country" or _sector(actor) in STATE_SECTORS


def _non_state_armed(actor: Actor) -> bool:
    return actor.kind != "country" and _sector(actor) in NON_STATE_ARMED


def _armed_force(actor: Actor) -> bool:
    """Is ``actor`` a state, its armed forces, police or government, or an organized armed
    group (CAMEO sectors COP, GOV, MIL, SPY, REB, INS, UAF; see :func:`_sector`), rather than a
    civilian or a person the text gives no such role?"""
    return actor.kind == "country" or _sector(actor) in ARMED_SECTORS


def _police_force_on_civilians(draft: Draft) -> None:
    """"Police clashed with opposition supporters", "police killed two students": force a
    police force uses on people who are neither a state nor armed represses them (CAMEO
    175, violent repression), no fight (19x); against rebels or militants it stays one."""
    if draft.code not in POLICE_FORCE_CODES or not draft.sources or not draft.targets:
        return
    if all(_sector(source) == POLICE for source in draft.sources) \
            and not any(_armed_force(target) for target in draft.targets):
        draft.rule.append("police:civilians")
        draft.code = REPRESSION


def _combatant(actor: Actor) -> bool:
    """Is ``actor`` a fighting unit (armed forces, rebels, insurgents, militias: CAMEO
    sectors MIL, REB, INS, UAF), not a state, a police force or an official?"""
    return actor.kind != "country" and _sector(actor) in COMBATANT_SECTORS


def _sector(actor: Actor) -> str:
    """The CAMEO sector of an actor's code: after its country ("IRQMIL"), or alone when
    the text gives no country ("REB" for "rebels", "COP" for "police")."""
    code = actor.code or ""
    return code[3:6] or code[:3]


def _internal_order(draft: Draft) -> bool:
    """"ordered local health authorities to inspect markets": an order to one's own
    forces or officials whose act reaches no one else is internal administration."""
    return draft.addressee is not None and not draft.targets


def _addressee(verb: Token) -> Token | None:
    """Whom a verb of ordering or telling addresses: its direct object ("ordered troops
    to …", "told Israel to …")."""
    return next((child for child in verb.children if child.dep_ == "dobj"), None)


def _own_forces(addressee: Token, actors: list[Actor], subordinates: tuple[str, ...]) -> bool:
    """Does the object of an order name armed forces, police or officials rather than a
    state or anyone else ("ordered troops", "ordered his army", not "ordered Iraq", "ordered
    foreigners")? The word of a force decides ("his army" is no order to Saddam); else the
    actors named must all be forces, police or governments."""
    if addressee.lemma_.lower() in subordinates:
        return True
    named = actors_of(addressee, actors)
    return bool(named) and all(actor.kind != "country" and _armed_force(actor)
                               for actor in named)


def _predicative(token: Token) -> bool:
    """Is ``token`` said of its subject: "was pleased", "is not satisfied with"?"""
    return token.dep_ == "acomp" or any(child.dep_ == "auxpass" for child in token.children)


def _sporting(verb: Token, words: dict[str, tuple[str, ...]]) -> bool:
    """Does a verb of winning have a team for a party ("the Indian team defeated …"), a
    score ("beat Argentina 2-1") or a margin ("by six wickets", "on penalties")?"""
    for token in verb.subtree:
        if token.dep_ in {"nsubj", "dobj"} and token.head == verb \
                and token.lemma_.lower() in words["contest_party"]:
            return True
        if token.dep_ == "pobj" and token.head.head == verb and token.head.lower_ in {"by", "on"} \
                and token.lemma_.lower() in words["contest_margin"]:
            return True
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if token.like_num and following is not None and following.text in SCORE_DASHES \
                and following.i + 1 < len(token.doc) and following.nbor(1).like_num:
            return True
    return False


def _subjunctive_form(verb: Token) -> bool:
    """A bare verb ("insists that Japan apologize"), or a plural present under a past verb
    ("insisted that the inspectors leave"): an indicative there would be past ("left"), so
    the form the tagger reads as present is the subjunctive."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.head.tag_ == "VBD")


def _read_by_pattern(match: Match | None) -> bool:
    """Did a pattern that reads words after the verb code it? A row with no elements only
    sets the verb's default ("=deny 120": denying what was asked refuses it), which a
    clausal object overrides: "denied (that) it was involved" denies responsibility (CAMEO
    016), a statement."""
    pattern = match.pattern if match else None
    return pattern is not None and bool(pattern.pre or pattern.post or pattern.particle)


def _pattern_preps(match: Match | None) -> tuple[str, ...]:
    return match.pattern.target_preps if match is not None and match.pattern else ()


def _victims(verb: Token) -> list[Token]:
    """The heads of a violent verb's object and of its "on"/"at"/"against" phrases, and
    the object of its purpose clause ("opened fire to disperse demonstrators")."""
    victims = [child for child in verb.children if child.dep_ in OBJECTS]
    victims += [pobj for child in verb.children if child.dep_ == "prep"
                and child.lower_ in {"on", "at", "against"}
                for pobj in child.children if pobj.dep_ == "pobj"]
    victims += [obj for child in verb.children
                if child.dep_ in PURPOSE_DEPS and is_infinitive(child)
                for obj in child.children if obj.dep_ in OBJECTS]
    return victims


def _clause_object(verb: Token) -> Token | None:
    """The clause a verb takes as its only object ("warned that …"), if any."""
    if any(child.dep_ in OBJECTS for child in verb.children):
        return None
    return next((child for child in verb.children if child.dep_ == "ccomp"), None)


def _complement_clause(verb: Token) -> Token | None:
    """The clause a complement verb or adjective takes: its infinitive ("pledged to
    strengthen"), or a gerund after "to" ("is committed to strengthening ties", "remains
    committed to helping Haiti")."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in VERBAL:
            return child
    return next((gerund for child in verb.children if child.dep_ == "prep"
                 and child.lower_ == "to" for gerund in child.children
                 if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"), None)


def _content_participle(verb: Token) -> bool:
    """"a statement condemning the attack": a present participle completing a noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG"


def _content_relative(verb: Token) -> bool:
    """"a statement that welcomed the talks": a relative clause whose subject is the
    relative pronoun, so that what it says is what the noun says."""
    return verb.dep_ == "relcl" and any(child.dep_ == "nsubj" and child.tag_ == "WDT"
                                        for child in verb.children)


def _nominal_use(token: Token) -> bool:
    """A verb form in a noun's slot ("evacuated the wounded", "vetoed a resolution
    censuring …") or completing a noun ("the decision of sending troops", "a call for its
    forces to be deployed", "efforts to end the fighting"), or the infinitive of such a
    form ("demands to release prisoners", with "demands" parsed as a verb), names no event
    of its own; nor does a base form parsed as an adverbial clause with no "to", subject,
    auxiliary or subordinator (a noun the tagger took for a verb: "its fisheries dispute
    with Europe"), nor a gerund with no object standing as a preposition's object ("killed
    20 rebels in fighting in the north")."""
    if token.pos_ != "VERB":
        return False
    if token.dep_ in OBJECT_SLOTS or (token.dep_ in NOUN_SLOTS and any(
            child.dep_ in {"det", "poss"} for child in token.children)):
        return True
    if token.dep_ == "pobj" and token.tag_ == "VBG" and not any(
            child.dep_ in OBJECTS | CLAUSE_MARKERS for child in token.children):
        return True  # "killed 20 rebels in fighting in the north": the fighting is a setting
    head = token.head
    if token.dep_ == "pcomp":
        return head.head.pos_ in NOUNS
    if token.dep_ == "xcomp" and head != token and _nominal_use(head):
        return True  # "would not meet the kidnappers' demands to release prisoners"
    if token.dep_ == "advcl" and token.tag_ == "VB" and not any(
            child.dep_ in CLAUSE_MARKERS for child in token.children):
        return True  # "ending its fisheries dispute with …": a bare base form is a noun
    return token.dep_ in {"acl", "relcl", "advcl"} and head.pos_ in NOUNS \
        and is_infinitive(token)


def _complement_chain(verb: Token) -> list[int]:
    """The verbs whose clause completes ``verb`` ("trying to broker", "trying to help
    broker"): a description's complement describes too."""
    chain, frontier = [], [verb]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            if child.dep_ == "xcomp":
                chain.append(child.i)
                frontier.append(child)
    return chain


def _reduced_relative(verb: Token) -> bool:
    """"…, a member of the team trying to broker a pact has said": a present participle
    with no auxiliary cannot head a clause of its own; given a subject by the parser, it
    describes that noun ("the team trying to …") and reports no event."""
    children = list(verb.children)
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "ccomp", "conj"} \
        and any(child.dep_ == "nsubj" for child in children) \
        and not any(child.dep_ in {"aux", "auxpass", "mark"} for child in children)


def _shared_subject_conjuncts(verb: Token) -> list[int]:
    """Verbs coordinated with ``verb`` under its subject and modal ("China must drop
    barriers or face penalties"): the obligation scopes over them; one with a subject of
    its own ("…, and Beijing refused") is a clause of its own."""
    return [child.i for child in verb.children if child.dep_ == "conj" and child.pos_ in VERBAL
            and not any(grandchild.dep_ in {"nsubj", "nsubjpass"}
                        for grandchild in child.children)]


def _characterizes(verb: Token, lexicon: Lexicon) -> bool:
    """Does ``verb`` judge its object ("called the sanctions illegal", "called the raid a
    crime") rather than act on it?"""
    return lexicon.lemma(verb) in lexicon.words["characterize"] and any(
        child.dep_ in {"oprd", "acomp"} for child in verb.children)


def _mutual(draft: Draft) -> bool:
    """Do coordinated sources act on each other ("Chinese and Russian leaders held talks in
    Moscow": each side meets the other, not the city; "Indian and Pakistani troops
    exchanged fire": each fires on the other)?"""
    return len(draft.sources) > 1 and (draft.code[:2] in MUTUAL_ROOTS or draft.reciprocal)


def _pairs(draft: Draft) -> list[tuple[Actor | None, Actor | None]]:
    sources, targets = draft.sources, draft.targets
    if sources and targets:
        pairs = [(s, t) for s in sources for t in targets if s.id != t.id]
        return pairs or [(sources[0], None)]
    if _mutual(draft):
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


def _denied_act(event_noun: tuple[Noun, Token] | None) -> bool:
    """"Iran denied the attack", "denied the raid on Gaza": denying a hostile act denies
    doing it, as "denied attacking" does (the act, negated); it refuses nothing (120), and
    CAMEO.2.0's 016 for "deny … attack" is a statement PLOVER does not code. Denying aid or
    a visit still refuses it."""
    return event_noun is not None and lookup(event_noun[0].code).quad_class == MATERIAL_CONFLICT
