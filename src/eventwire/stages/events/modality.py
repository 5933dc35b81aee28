"""How sure the text is that an event happened: negation, intention, hypothesis, report.

Read from the trigger's clause:
- ``not``/``never`` on the verb → negated ("did not meet" is no meeting: the event keeps its
  code with ``negated`` set and modality ``denied``); with a future auxiliary it is a
  refusal instead ("will not accept refugees" → CAMEO 12x);
- a future auxiliary (will, would, shall) → ``intended``, and the code becomes its intent
  (03x) or, for hostile acts, its threat (13x);
- a possibility modal (may, might, could), a question or the clause of a verb of expecting
  or believing ("expected China to lift the ban") → ``hypothetical``; hostile acts become
  threats; a condition ("if Iran attacks", "unless") is nobody's act: the coder codes no
  event for it, and a threat it conditions is aimed at its subject;
- a clause that is the complement of a speech verb ("X said Y attacked Z") → ``reported``;
  of a denial verb ("X denied attacking Z") → ``denied``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.stages.events.lexicon import Lexicon
from eventwire.stages.syntax import first_conjunct

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
HOSTILE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
UP_THE_CLAUSE = frozenset({"ccomp", "xcomp", "conj", "acomp", "advcl"})


@dataclass(frozen=True, slots=True)
class Mood:
    negated: bool = False
    future: bool = False
    possible: bool = False
    conditional: bool = False
    question: bool = False
    expected: bool = False
    """The clause of a verb of expecting or believing."""
    speech: Token | None = None
    """The speech verb whose complement the clause is, if any."""
    denied: bool = False


def mood_of(verb: Token, lexicon: Lexicon) -> Mood:
    """The mood of ``verb``'s clause (auxiliaries of a coordinated verb are shared)."""
    words = lexicon.words
    auxiliaries = [child for child in first_conjunct(verb).children if child.dep_ in {"aux", "neg"}]
    own = [child for child in verb.children if child.dep_ in {"aux", "neg"}]
    lowered = {token.lower_ for token in [*own, *auxiliaries]}
    negated = any(token.dep_ == "neg" for token in own) or (
        not own and any(token.dep_ == "neg" for token in auxiliaries))
    speech, denied = _governing_speech(verb, words["speech"], words["deny"])
    sentence = verb.sent.text.rstrip()
    return Mood(
        negated=negated,
        future=bool(lowered & set(words["future"])) or (
            _scheduled(verb, words["scheduled"]) and not copula_passive(verb, lexicon)),
        possible=bool(lowered & set(words["possible"])),
        conditional=_conditional(verb, words["condition"])
        or inverted_condition(verb, words["inverted_condition"]),
        question=sentence.endswith("?"),
        expected=_expected(verb, words["irrealis"]),
        speech=speech,
        denied=denied,
    )


def _conditional(verb: Token, markers: tuple[str, ...]) -> bool:
    clause = verb
    for _ in range(4):
        if any(child.dep_ == "mark" and child.lower_ in markers for child in clause.children):
            return True
        if clause.dep_ not in {"conj", "xcomp"} or clause.head == clause:
            return False
        clause = clause.head
    return False


def inverted_condition(verb: Token, auxiliaries: tuple[str, ...]) -> bool:
    """"Should he fail to respond, …", "Had Iran attacked, …": a clause of a statement
    whose auxiliary comes before its subject is a condition, as with "if" (no obligation,
    no act); the parser hangs it as an adverbial or a complement clause."""
    clause = first_conjunct(verb)
    if verb.sent.text.rstrip().endswith("?"):
        return False  # "Should Iran withdraw?" asks
    subject = next((child for child in clause.children
                    if child.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        child.dep_ in {"aux", "auxpass"} and child.lower_ in auxiliaries and child.i < subject.i
        for child in clause.children)


def _scheduled(verb: Token, scheduling: tuple[str, ...]) -> bool:
    """"The prime minister is scheduled to meet …", "is due to hold talks", "is set to
    visit", "is to meet": an act on a timetable is announced, not done — as with "will".
    The copula does it bare ("X is to meet"), not with a predicate ("is ready to meet")."""
    clause = first_conjunct(verb)
    head = clause.head
    if clause.dep_ != "xcomp":
        return False
    if going_to_future(head):
        return True
    if head.lemma_.lower() == "be":
        return not any(child.dep_ in {"acomp", "attr"} for child in head.children)
    return head.lemma_.lower() in scheduling and (
        head.dep_ == "acomp" or any(child.dep_ == "auxpass" for child in head.children))


def going_to_future(verb: Token) -> bool:
    """"Hamas is going to organize protests", "we are going to attack": "be going to"
    with an infinitive is the future, as "will" (CAMEO codes the announced act as an
    intent or a threat); "going" itself goes nowhere."""
    return verb.lower_ == "going" and any(
        child.dep_ == "aux" and child.lemma_.lower() == "be" for child in verb.children) \
        and any(child.dep_ == "xcomp" and any(mark.tag_ == "TO" for mark in child.children)
                for child in verb.children)


def copula_passive(verb: Token, lexicon: Lexicon) -> bool:
    """"Syria is to blame for the attack": the bare copula's infinitive of a verb of
    ``passive_infinitive`` is passive in sense (Syria is blamed), no act on a timetable;
    its subject undergoes the act of whoever says so."""
    clause = first_conjunct(verb)
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "be" \
        and lexicon.lemma(verb) in lexicon.words["passive_infinitive"] \
        and any(child.tag_ == "TO" for child in verb.children)


def _expected(verb: Token, irrealis: tuple[str, ...]) -> bool:
    """"Officials expected China to lift the ban": the clause of a verb of expecting,
    hoping or believing tells what may happen, not what did."""
    clause = first_conjunct(verb)
    return clause.dep_ in {"ccomp", "xcomp"} and clause.head.lemma_.lower() in irrealis


def _governing_speech(verb: Token, speech: tuple[str, ...],
                      deny: tuple[str, ...]) -> tuple[Token | None, bool]:
    clause = verb
    for _ in range(6):
        if clause.dep_ not in UP_THE_CLAUSE or clause.head == clause:
            return None, False
        head = clause.head
        lemma = head.lemma_.lower()
        if clause.dep_ in {"ccomp", "xcomp"} and lemma in deny:
            return head, True
        if clause.dep_ == "ccomp" and lemma in speech:
            return head, False
        clause = head
    return None, False


def apply_mood(code: str, mood: Mood, lexicon: Lexicon) -> tuple[str, str, bool]:
    """The event's final code, modality and negation given its clause's mood."""
    root = code[:2]
    if mood.negated and mood.future and root in COOPERATIVE_ROOTS:
        return lexicon.derive(code, "refuse") or "120", "intended", False
    if mood.negated or mood.denied:
        return code, "denied", True
    if mood.conditional or mood.question or mood.possible or mood.expected:
        if root in HOSTILE_ROOTS:
            return lexicon.derive(code, "threaten") or code, "hypothetical", False
        if mood.future and root in COOPERATIVE_ROOTS:
            return lexicon.derive(code, "intend") or code, "hypothetical", False
        return code, "hypothetical", False
    if mood.future:
        return lexicon.derive(code, "intend") or code, "intended", False
    if mood.speech is not None:
        return code, "reported", False
    return code, "asserted", False


def combine_complement(kind: str, head_code: str, complement_code: str,
                       lexicon: Lexicon) -> tuple[str, str, bool]:
    """Code of "<head> to <complement>": "pledged to visit" → 036, "threatened to cut
    aid" → 1311, "refused to meet" → 125. Returns code, modality and negation."""
    inner = complement_code
    if kind == "intend":
        # A complement with no intent code ("agreed to set up a centre") is the head's
        # promise (agree → 030), not the complement's act asserted as done.
        derived = lexicon.derive(inner, "intend") if inner else ""
        return derived or head_code or inner, "intended", False
    if kind == "plan":
        return (lexicon.derive(inner, "intend") if inner else ""), "intended", False
    if kind == "consider":  # "is considering sending peacekeepers": CAMEO 014, no act;
        # weighing a hostile act threatens it (the dictionary's "consider sanctions" 1312)
        hostile = inner[:2] in HOSTILE_ROOTS
        return (lexicon.derive(inner, "threaten") if hostile else ""), "intended", False
    if kind == "threaten":
        derived = lexicon.derive(inner, "threaten") if inner else ""
        return derived or head_code or "130", "intended", False
    if kind == "refuse":
        derived = lexicon.derive(inner, "refuse") if inner else ""
        return derived or head_code or "120", "asserted", False
    if kind == "fail":
        if inner[:2] in COOPERATIVE_ROOTS:
            return lexicon.derive(inner, "refuse") or "120", "asserted", False
        return inner, "denied", True
    if kind == "stop":  # "lifted the embargo" → 085, "called off the strike" → 082
        # an ending of an act with no ending code ("stopped allowing access") is none
        return (lexicon.derive(inner, "stop") if inner else head_code), "asserted", False
    if kind == "deny":
        return (inner, "denied", True) if inner else (head_code, "asserted", False)
    if kind == "assist":  # "helped broker a truce" → 045; "helped rebuild schools" → 070
        return inner or head_code, "asserted", False
    return inner, "asserted", False
