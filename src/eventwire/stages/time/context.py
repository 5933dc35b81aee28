"""What a resolver knows besides the match: the article date, the time last mentioned, and
the parse (for the tense that decides whether "Wednesday" is last or next Wednesday).

News narrates in the past, so an expression whose clause gives no sign of the future is
read as past; a future auxiliary ("will", "'ll", "shall"), an infinitive governed by a word
of planning ("set to resume Monday", "is going to meet"), a progressive present ("is
meeting Friday") or an adjacent "upcoming" makes it future. Bare modals and infinitives are
not signs: on TimeBank they as often report past plans. The cue words are lexicon classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from eventwire.models import ParsedArticle
from eventwire.stages.syntax import first_conjunct, governing_verb
from eventwire.stages.time.calendar import Period
from eventwire.stages.time.lexicon import Lexicon

NOMINAL_DEPENDENCIES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "attr"})
SURELY_PAST, PAST, UNKNOWN, FUTURE, SURELY_FUTURE = -2, -1, 0, 1, 2
"""SURELY_PAST: the expression is the object of "in"/"on"/"during"/"since" on a verb in the
past tense ("was arrested in January"), which leaves no room for a future reading.
SURELY_FUTURE: the object of "until" on a verb in the present ("has until Jan. 31", "stays
in force until March"): a limit still ahead, however close the same date a year before."""


@dataclass(slots=True)
class Reference:
    """The times last mentioned, for chained expressions ("two days later")."""

    day: Period | None = None
    latest: Period | None = None
    latest_sentence: int = -1
    quarter: Period | None = None
    quarter_sentence: int = -1

    def note(self, value: Period, sentence: int) -> None:
        self.latest, self.latest_sentence = value, sentence
        if value.grain == "day":
            self.day = value
        if value.grain == "quarter":
            self.quarter, self.quarter_sentence = value, sentence

    def note_quarter(self, value: Period, sentence: int) -> None:
        """The quarter of the report, named again without becoming the time last mentioned."""
        self.quarter, self.quarter_sentence = value, sentence


@dataclass(slots=True)
class Context:
    parsed: ParsedArticle
    words: Lexicon
    reference: Reference = field(default_factory=Reference)
    occasions: dict[tuple[int, str], str] = field(default_factory=dict)
    """(weekday number, noun lemma) → the day value that "Sunday's race" was first given:
    the same occasion named again is the same day."""

    @property
    def anchor(self) -> date | None:
        """The article date: what "yesterday" and "last week" are counted from."""
        return self.parsed.article.date

    def span(self, start: int, end: int) -> Span | None:
        return self.parsed.doc.char_span(start, end, alignment_mode="expand")

    def head(self, start: int, end: int) -> Token | None:
        """The syntactic head of the tokens covering ``[start, end)``."""
        span = self.span(start, end)
        return span.root if span is not None and len(span) else None

    def direction(self, start: int, end: int) -> int:
        """SURELY_PAST, PAST, FUTURE, SURELY_FUTURE or UNKNOWN: where the clause around
        ``[start, end)`` points."""
        head = self.head(start, end)
        if head is None:
            return UNKNOWN
        span = self.span(start, end)
        if span is not None and _right_after_past_saying(span[0], self.words):
            return PAST
        if _limit_ahead(head, self.words):
            return SURELY_FUTURE
        direction = clause_direction(head, self.words)
        if direction == PAST and _object_of_past_verb(head, self.words):
            return SURELY_PAST
        return direction

    def reference_day(self) -> Period | None:
        """The day last mentioned, else the article date."""
        if self.reference.day is not None:
            return self.reference.day
        return Period("day", self.anchor) if self.anchor else None


def clause_direction(token: Token, words: Lexicon) -> int:
    """Whether the clause governing ``token`` speaks of the future (else the past).

    In news a weekday or a month without a year is far more often past, so only signs of
    the future count as future: an auxiliary of the future or a modal ("will", "could"), a
    word of planning governing an infinitive ("set to resume"), "is to", a progressive or
    passive present ("is meeting", "are announced Tuesday") and a present tense that is not
    a verb of saying ("the summit opens Wednesday": a present cannot tell of a past day;
    "follows Tuesday's declaration" dates the declaration, not the following).
    The cue words are the ``future_aux``, ``modal``, ``present_be``, ``past_aux``,
    ``future_word``, ``scheduling``, ``saying`` and ``same_past`` classes of the lexicon."""
    doc = token.doc
    if any(words.has("future_word", word.lower_) for word in doc[max(token.i - 3, 0):token.i]):
        return FUTURE
    first = first_conjunct(token)  # "on Friday and Saturday"
    if _due(first, words) or _ahead_of(first) or _planned_for(first, words):
        return FUTURE
    own = governing_verb(token)
    verb = _finite(own)
    auxiliaries = [child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(words.has("future_aux", word) for word in auxiliaries) or _scheduled(verb, words) \
            or _infinitive_of_a_noun(verb, auxiliaries, words):
        return FUTURE
    if any(words.has("past_aux", word) for word in auxiliaries) or verb.tag_ == "VBD":
        return PAST
    modal = any(words.has("modal", word) for word in auxiliaries)
    if _on_verb(token, verb) and (modal or _present(verb, words)):
        return FUTURE
    if verb != own and modal:  # "would not prevent him from visiting Jordan on Sunday"
        return FUTURE
    if any(words.has("present_be", word) for word in auxiliaries):
        return FUTURE
    if verb.tag_ == "VBN":
        return PAST
    return UNKNOWN


def _right_after_past_saying(first: Token, words: Lexicon) -> bool:
    """ "officials said Sunday the operation would last", "said on Saturday they would
    free": a time right after a verb of saying in the past dates the saying, whatever the
    parse attaches it to and the tense of the clause reported."""
    index = first.i - 1
    if index >= 0 and first.doc[index].lower_ in ("on", "early", "late", "last"):
        index -= 1
    if index < 0:
        return False
    verb = first.doc[index]
    return verb.tag_ == "VBD" and words.has("saying", verb.lemma_.lower())


def _finite(verb: Token) -> Token:
    """The verb that gives a bare gerund its tense: "was quoted as saying in April", "formed
    the government after winning elections in January" tell of the past like the verb they
    depend on, "is considering visiting Jordan on Sunday" of the future."""
    while (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "advcl", "xcomp")
           and not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
           and verb.head != verb):
        verb = governing_verb(verb.head)
    return verb


def _limit_ahead(token: Token, words: Lexicon) -> bool:
    """ "has until Jan. 31 to decide", "remains in force until March": the object of a
    preposition of limit on a verb in the present (not one of saying) is a limit to come."""
    preposition = token.head
    verb = preposition.head
    return (token.dep_ == "pobj" and words.has("limit_preposition", preposition.lower_)
            and verb.tag_ in ("VBZ", "VBP") and not words.has("saying", verb.lemma_))


def _on_verb(token: Token, verb: Token) -> bool:
    """Whether ``token`` dates ``verb`` itself ("meets Bush on Monday"), not a noun of its
    clause ("feel about the finding on Saturday", "follows Tuesday's declaration"), and
    ``verb`` is used as a verb (the tagger calls some plural nouns VBZ)."""
    if verb.dep_ in NOMINAL_DEPENDENCIES or token.dep_ == "poss":
        return False
    above = first_conjunct(token).head  # "on Monday or Tuesday"
    for _ in range(3):  # through "on", "as early as"
        if above == verb:
            return True
        if above.pos_ not in ("ADP", "ADV") or above.head == above:
            return False
        above = above.head
    return above == verb


def _present(verb: Token, words: Lexicon) -> bool:
    """A verb in the present tense that is not one of saying, or an infinitive after a
    present "be" ("is to resume"). "hurt", "cut", "set" look the same in the past: the
    tagger's present for them is no sign."""
    if verb.tag_ in ("VBZ", "VBP"):
        return not (words.has("saying", verb.lemma_) or verb.lemma_ == "be"
                    or (verb.tag_ == "VBP" and words.has("same_past", verb.lower_)))
    head = verb.head
    return (verb.tag_ == "VB" and verb.dep_ == "xcomp" and head.lemma_ == "be"
            and head.tag_ in ("VBZ", "VBP"))


def _object_of_past_verb(token: Token, words: Lexicon) -> bool:
    """ "was arrested in January", "the fiscal year ended Jan. 31", "the offer expired Jan.
    31": a date on a verb in the past, through a preposition or directly. Not a participle
    of an infinitive or after a modal ("to be followed by a run-off on April 27"), nor a
    verb that looks ahead ("awaited an increase on May 1"): their date may well be to
    come."""
    if token.dep_ == "npadvmod":  # not a present perfect, which takes no date of its own:
        verb = token.head         # "has set Nov. 10 as the deadline" names one ahead
        if any(child.lower_ in ("has", "have") for child in verb.children):
            return False
    elif token.dep_ == "pobj" and words.has("past_preposition", token.head.lower_):
        verb = token.head.head
    else:
        return False
    if not (verb.tag_ in ("VBD", "VBN") and verb.pos_ in ("VERB", "AUX")):
        return False
    if _looks_ahead(verb, words):
        return False
    return not any(child.dep_ == "aux" and (child.lower_ == "to" or words.has("modal", child.lower_)
                                            or words.has("future_aux", child.lower_))
                   for child in verb.children)


def _due(token: Token, words: Lexicon) -> bool:
    """ "the ship, due here Tuesday", "the report is due Friday", "she is due in Kenya on
    Friday": a time attached to an adjective of planning, not in a past perfect ("had been
    due Friday")."""
    adjective = token.head
    if token.dep_ == "pobj" and adjective.pos_ == "ADP":  # "due in Kenya on Friday"
        adjective = adjective.head
    elif token.dep_ != "npadvmod":
        return False
    if adjective.lemma_ == "be":  # the parse hangs the day on "is" of "is due"
        adjective = next((child for child in adjective.children if child.dep_ == "acomp"),
                         adjective)
    return (adjective.pos_ == "ADJ" and _plans(adjective, words)
            and not _past_perfect(adjective.head))


def _ahead_of(token: Token) -> bool:
    """ "polls ahead of Sunday's election", "tension ahead of a speech by Abbas on Saturday":
    what a report is ahead of is still to come."""
    word = token
    for _ in range(6):
        if word.lower_ == "of" and word.head.lower_ == "ahead":
            return True
        if word.head == word or word.head.pos_ in ("VERB", "AUX"):
            return False
        word = word.head
    return False


def _planned_for(token: Token, words: Lexicon) -> bool:
    """ "a meeting was scheduled for Monday", "postponed until Friday", "the summit
    scheduled on Friday": the day a plan names, unless the plan is a past perfect ("had
    been set for Monday")."""
    preposition = token.head
    verb = preposition.head
    prepositions = ("for", "to", "until", "till") + (("on",) if verb.dep_ == "acl" else ())
    return (token.dep_ == "pobj" and preposition.lower_ in prepositions
            and _looks_ahead(verb, words)
            and not _past_perfect(verb))


def _infinitive_of_a_noun(verb: Token, auxiliaries: list[str], words: Lexicon) -> bool:
    """ "the poll, to be published Friday", "a meeting to be held Monday": a passive
    infinitive describing a noun names what is still to come, unless the noun is ranked
    ("the first leader to be received on Monday" tells of a reception made)."""
    if verb.dep_ not in ("relcl", "acl") or "to" not in auxiliaries or "be" not in auxiliaries:
        return False  # an active infinitive is as often one of purpose or result
    return not any(words.has("rank", child.lower_) for child in verb.head.children)


def _scheduled(verb: Token, words: Lexicon) -> bool:
    """ "is going to meet", "set to resume", "scheduled to open": an infinitive governed by a
    word of planning, itself not in the past perfect ("had been due to expire")."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp", "advcl") or head == verb:
        return False
    if verb.tag_ != "VB" and not any(child.lower_ == "to" for child in verb.children):
        return False  # no infinitive: "the spat set off when Georgia arrested …"
    if not _plans(head, words):
        return False
    return not (_past_perfect(head) or _past_perfect(head.head))


def _plans(word: Token, words: Lexicon) -> bool:
    """A word of planning that governs an infinitive ("set to", "due to", "scheduled to",
    "expects to"): one of ``scheduling`` as written or by lemma, or a verb that looks
    ahead."""
    return words.has("scheduling", word.lower_) or words.has("scheduling", word.lemma_) \
        or _looks_ahead(word, words)


def _looks_ahead(verb: Token, words: Lexicon) -> bool:
    """A verb whose date names what is still to come: of planning, waiting or putting off
    ("scheduled for Monday", "awaited an increase on May 1", "postponed until Friday")."""
    return words.has("looking_ahead", verb.lemma_.lower())


def _past_perfect(word: Token) -> bool:
    """ "had been due", "had been set for": a plan told as already past."""
    return any(child.lower_ == "had" for child in word.children)
