"""The event lexicon: verb patterns, nominal triggers and modality tables, compiled once.

Data (all under ``data/events/``):
- ``cameo_verbs.tsv``, ``cameo_patterns.tsv``, ``cameo_synsets.tsv``: the PETRARCH2 CAMEO
  verb dictionary converted by ``scripts/build_verb_patterns.py`` (element syntax there);
- ``extra_verbs.tsv``, ``extra_patterns.tsv``, ``extra_synsets.tsv``: eventwire's additions
  where the dictionary is silent or wrong; an extra pattern's ``block`` may be ``=lemma``
  (one verb only); an extra synonym set names a class of objects the patterns share
  (international missions, news media, requests);
- ``nouns.tsv``: nominal triggers ("meeting", "visit") with their target prepositions;
- ``complement_verbs.tsv``: verbs whose complement carries the event ("pledged to …",
  "threatened to …", "refused to …") and how they change its code;
- ``derived_codes.tsv``: for a CAMEO code, the intent (03x), threat (13x) and refusal
  (12x) codes that "will X", "threatened to X" and "refused to X" become, the code of
  ending X ("lifted the embargo", "broke off talks"), and what a demand or appeal asks
  when its object is an ending ("demanded the lifting of sanctions": 105, 025);
- ``light_verbs.txt``: verbs that carry a nominal trigger ("held a meeting");
- ``function_words.tsv``: target prepositions, future and modal auxiliaries, speech verbs…;
- ``anaphora.tsv``: "This statement/This visit" nouns and the events they may stand for;
- ``weapons.tsv``: means of violence and the CAMEO code they give a violent act;
- ``adjunct_phrases.tsv``: "in protest against X", "in defiance of X": why a clause's act
  was done, which names its target (and its code when the verb has none);
- ``verb_senses.tsv``: verbs of different senses the dictionary files in one block, and
  which of the block's patterns each sense takes;
- ``object_senses.tsv``: what a verb's object must (not) be for one of its codes ("charged
  fees" is no accusation, "deployed an oil rig" no mobilization);
- ``stance_adjectives.tsv``: predicate adjectives that take a stance towards something
  ("was pleased with the process" endorses it).

Everything is read and compiled by :func:`lexicon` once per process (``lru_cache``) and
patterns are indexed by verb, so coding a sentence never re-reads or re-parses a pattern.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.cameo import codebook
from eventwire.resources import data_path, table_rows

NO_EVENT = "---"
THEME_DEPS = frozenset({"dobj", "nsubjpass"})
"""What a verb is done to: its direct object, or its passive subject."""
INFLECTIONS = (("ied", ("y",)), ("ies", ("y",)), ("ed", ("e", "")), ("ing", ("", "e")),
               ("es", ("", "e")), ("s", ("",)))
"""Suffixes of inflected verb forms and what may replace them in the base form."""


@dataclass(frozen=True, slots=True)
class Element:
    """One pattern element (see ``scripts/build_verb_patterns.py`` for the syntax)."""

    kind: str  # word | phrase | synset | prep | slot
    words: tuple[str, ...] = ()
    exact: bool = False
    preps: tuple[str, ...] = ()
    inner: tuple[Element, ...] = ()

    @property
    def weight(self) -> int:
        """How much a match of this element says: longer matches win over shorter ones."""
        if self.kind == "slot":
            return 0
        if self.kind == "prep":
            return 1 + sum(element.weight for element in self.inner)
        return max(len(self.words), 1) + (1 if self.kind == "phrase" else 0)


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str
    reverse: str
    subject_role: str
    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    origin: str
    weight: int
    target_preps: tuple[str, ...]
    """Prepositions whose object the pattern marks as the target (``to:@target``)."""
    anchors: frozenset[str]
    """Plain words the pattern cannot match without: a cheap filter run before matching."""
    noted_verbs: frozenset[str] = frozenset()
    """The verbs PETRARCH's note says the pattern was written for ("CAMEO.2.0:7647 DELAY ,
    POSTPONE" → delay, postpone); empty for eventwire's own rows."""
    particle: str = ""
    """The particle of a phrasal-verb pattern ("- * ON" → "on"; ``particle`` in
    ``function_words.tsv``), matched against the verb's own particle, not as a word."""


def _sense_preposition(child: Token) -> str:
    """The preposition a noun's right dependent opens: its prepositional phrase ("call for
    talks") or a "for X to Y" clause ("a call for investigators to probe …"); else ``""``."""
    if child.dep_ == "prep":
        return child.lower_
    if child.dep_ in {"acl", "advcl"}:
        return next((mark.lower_ for mark in child.children
                     if mark.dep_ == "mark" and mark.lower_ == "for"), "")
    return ""


@dataclass(frozen=True, slots=True)
class Verb:
    lemma: str
    particle: str
    """Second word of a particle verb ("meet with" → "with"), else empty."""
    code: str
    blocks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Noun:
    lemma: str
    code: str
    target_preps: frozenset[str]


@dataclass(frozen=True, slots=True)
class Adjunct:
    """A "why" phrase ("in protest against X"): the code it gives a verb that has none."""

    code: str
    target_preps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ObjectSense:
    """A code of a verb that stands only when its object is (``only``) or is not (``not``)
    of some classes (``object_senses.tsv``)."""

    code: str
    only: bool
    synsets: tuple[str, ...]
    own: bool
    """The class "the subject's own" ("his troops")."""


@dataclass(frozen=True, slots=True)
class Derived:
    intend: str
    threaten: str
    refuse: str
    stop: str
    yielding: str
    """What a demand or appeal of this family becomes when what it asks is an ending
    ("demanded the lifting of sanctions" → 105, "urged an end to the blockade" → 025)."""


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, list[Verb]] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    synsets: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    synset_starts: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)
    """Per synset, its phrases by first word (exact-form mark dropped): lets the matcher
    look a token up instead of trying every phrase of a large set."""
    synset_lasts: dict[str, frozenset[str]] = field(default_factory=dict)
    nouns: dict[str, Noun] = field(default_factory=dict)
    complements: dict[str, str] = field(default_factory=dict)
    derived: dict[str, Derived] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    senses: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    """(block, verb) → the verbs of its sense in that block (``verb_senses.tsv``)."""
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Function words by role (``function_words.tsv``): target_prep, future, speech, …"""
    anaphora: dict[str, tuple[str, ...]] = field(default_factory=dict)
    adjuncts: dict[tuple[str, str], Adjunct] = field(default_factory=dict)
    weapons: dict[str, str] = field(default_factory=dict)
    """``weapons.tsv``: a weapon word or two-word phrase → the CAMEO code of its use."""
    object_senses: dict[str, tuple[ObjectSense, ...]] = field(default_factory=dict)
    """``object_senses.tsv`` by verb."""
    stances: dict[str, Noun] = field(default_factory=dict)
    """``stance_adjectives.tsv``: an adjective → its code and target prepositions."""

    def verbs_for(self, lemma: str) -> list[Verb]:
        return self.verbs.get(lemma, [])

    def noun(self, token: Token) -> Noun | None:
        """The nominal trigger ``token`` heads: an "X of Y" entry ("state of emergency"), an
        "X prep" entry whose preposition selects the noun's sense ("call for"), or a
        two-word entry with one of its modifiers ("hunger strike", "general strike") before
        the head noun alone ("strike"); a
        carrier noun's compound modifier ("mediation mission")."""
        lemma = token.lemma_.lower()
        for child in token.rights:  # "state of emergency"
            if child.dep_ == "prep" and child.lower_ == "of":
                noun = next((self.nouns.get(f"{lemma} of {pobj.lemma_.lower()}")
                             for pobj in child.children if pobj.dep_ == "pobj"), None)
                if noun is not None:
                    return noun
            elif (word := _sense_preposition(child)) \
                    and (noun := self.nouns.get(f"{lemma} {word}")):
                return noun  # "a call for talks": an appeal, not a telephone call
        for child in token.lefts:
            if child.dep_ in {"compound", "amod"}:
                noun = self.nouns.get(f"{child.lower_} {lemma}")
                if noun is not None:
                    return noun
        if lemma in self.words["carrier_noun"]:
            return next((self.nouns[child.lemma_.lower()] for child in token.lefts
                         if child.dep_ == "compound" and child.lemma_.lower() in self.nouns),
                        None)
        return self.nouns.get(lemma)

    def weapon(self, words: list[Token]) -> str:
        """The CAMEO code of the first weapon named in ``words`` (text order), or ``""``."""
        for index, token in enumerate(words):
            following = words[index + 1] if index + 1 < len(words) else None
            if following is not None and following.i == token.i + 1:
                code = self.weapons.get(f"{token.lower_} {following.lemma_.lower()}")
                if code:
                    return code
            code = self.weapons.get(token.lemma_.lower())
            if code:
                return code
        return ""

    def lemma(self, token: Token) -> str:
        """The token's lemma, repaired when spaCy's is no verb the lexicon knows but an
        inflection of the word is ("staged" → spaCy "stag" → "stage")."""
        lemma = token.lemma_.lower()
        if not token.tag_.startswith("VB"):
            return lemma
        if _undoubled(lemma, token.lower_):
            return lemma + "e"  # "raged" is no form of "rag" (that would be "ragged")
        if lemma in self.verbs:
            return lemma
        return next((stem for stem in _stems(token.lower_) if stem in self.verbs), lemma)

    def patterns_for(self, verb: Verb) -> Iterator[Pattern]:
        """The verb's own extras, then the patterns of every block the verb belongs to
        (on equal weight the earlier pattern wins); in a block that joins several senses
        (``verb_senses.tsv``) only the patterns noted for the verb's sense or for none
        ("condemned the visit" is no postponement)."""
        yield from self.patterns.get("=" + verb.lemma, ())
        for block in verb.blocks:
            sense = self.senses.get((block, verb.lemma))
            yield from (pattern for pattern in self.patterns.get(block, ())
                        if sense is None or not pattern.noted_verbs
                        or pattern.noted_verbs & sense)

    def object_allows(self, verb: str, code: str, token: Token) -> bool:
        """May verb ``token`` (lexicon entry ``verb``) take ``code`` given what its object
        is? "charged high fees" is no accusation, "deployed an oil rig" no mobilization
        (``object_senses.tsv``); a verb with no object keeps its code."""
        for sense in self.object_senses.get(verb, ()):
            if not code.startswith(sense.code):
                continue
            objects = [child for child in token.children if child.dep_ in THEME_DEPS]
            if token.dep_ == "relcl":
                objects.append(token.head)  # "the fees Moscow charges (foreign airlines)"
            if not objects:
                continue
            of_class = any(self._of_class(head, sense, token) for head in objects)
            if of_class != sense.only:
                return False
        return True

    def _of_class(self, head: Token, sense: ObjectSense, verb: Token) -> bool:
        if sense.own and _owned_by_subject(head, verb):
            return True
        words = {head.lower_, head.lemma_.lower()}
        return any(words & self.synset_lasts.get(name, frozenset()) for name in sense.synsets)

    def derive(self, code: str, how: str) -> str:
        """The intent/threat/refusal/ending/yielding code of ``code`` (the longest listed prefix
        whose cell is filled), or ``""``."""
        for length in range(len(code), 1, -1):
            row = self.derived.get(code[:length])
            if row is not None and getattr(row, how):
                return getattr(row, how)
        return ""


def _owned_by_subject(head: Token, verb: Token) -> bool:
    """Does the object belong to the verb's subject ("used his troops", "its own police")?
    In a complement with a subject of its own or the main verb's object for subject
    ("allowed the US to use its bases"), a possessive pronoun may point back to the main
    subject: then the object is not taken for the user's own."""
    if any(child.lower_ == "own" for child in head.children):
        return True
    own_subject = verb.dep_ in {"xcomp", "ccomp"} and any(
        child.dep_ == "nsubj" for child in verb.children)
    object_control = verb.dep_ == "xcomp" and any(
        child.dep_ == "dobj" for child in verb.head.children)
    subject_of_main = own_subject or object_control
    return not subject_of_main and any(child.dep_ == "poss" and child.pos_ == "PRON"
                                  for child in head.children)


def _undoubled(lemma: str, word: str) -> bool:
    """Is ``word`` ``lemma`` + -ed/-ing without the final consonant doubled that a short
    consonant-vowel-consonant verb takes ("rag" → "ragged")? Then ``lemma`` is wrong."""
    vowels = "aeiou"
    onset = lemma[:-2]  # one-syllable verbs only: "rag", "stag" (not "open", "visit")
    return 1 <= len(onset) <= 2 and all(letter not in vowels for letter in onset) \
        and word in {lemma + "ed", lemma + "ing"} \
        and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels


def _stems(word: str) -> Iterator[str]:
    """Base forms an English verb form may come from, most likely first."""
    for suffix, replacements in INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[:-len(suffix)]
            for replacement in replacements:
                yield stem + replacement
            if suffix in {"ed", "ing"} and len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]  # "stopped" → "stop"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The compiled lexicon, built once per process."""
    lex = Lexicon()
    for row in [*_rows("cameo_synsets.tsv"), *_rows("extra_synsets.tsv")]:
        lex.synsets.setdefault(row["synset"], ())
        lex.synsets[row["synset"]] += (tuple(row["phrase"].split()),)
    for name, phrases in lex.synsets.items():
        starts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in phrases:
            starts[phrase[0].rstrip("_")].append(phrase)
        lex.synset_starts[name] = dict(starts)
        lex.synset_lasts[name] = frozenset(phrase[-1].rstrip("_") for phrase in phrases)
    # Extras first: their codes replace the converted defaults ("rally" demonstrates).
    _load_verbs(lex, [*_rows("extra_verbs.tsv"), *_rows("cameo_verbs.tsv")])
    lex.words = _function_words()
    particles = frozenset(lex.words["particle"])
    patterns: dict[str, list[Pattern]] = defaultdict(list)
    # Extras first: on equal weight the earlier pattern wins, so eventwire's fixes do.
    extras = _rows("extra_patterns.tsv")
    for row in [*extras, *_rows("cameo_patterns.tsv")]:
        pattern = _pattern(row, particles)
        if pattern is not None:
            patterns[row["block"]].append(pattern)
    _check_synsets(extras, lex.synsets)
    lex.patterns = dict(patterns)
    for row in _rows("verb_senses.tsv"):
        sense = frozenset(row["verbs"].split("|"))
        lex.senses.update({(row["block"], verb): sense for verb in sense})
    lex.nouns = {row["noun"]: Noun(row["noun"], _known(row["code"]),
                                   frozenset(filter(None, row["target_preps"].split("|"))))
                 for row in _rows("nouns.tsv")}
    lex.complements = {row["verb"]: row["kind"] for row in _rows("complement_verbs.tsv")}
    lex.derived = {row["code"]: Derived(_known(row["intend"]), _known(row["threaten"]),
                                        _known(row["refuse"]), _known(row["stop"]),
                                        _known(row["yielding"]))
                   for row in _rows("derived_codes.tsv")}
    lex.light_verbs = frozenset(
        line.strip() for line in data_path("events", "light_verbs.txt")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
    lex.anaphora = {row["noun"]: tuple(row["codes"].split("|")) for row in _rows("anaphora.tsv")}
    lex.weapons = {row["phrase"]: _known(row["code"]) for row in _rows("weapons.tsv")}
    lex.object_senses = _object_senses(lex.synsets)
    lex.stances = {row["adjective"]: Noun(row["adjective"], _known(row["code"]),
                                          frozenset(row["target_preps"].split("|")))
                   for row in _rows("stance_adjectives.tsv")}
    lex.adjuncts = {(row["prep"], row["noun"]): Adjunct(_known(row["code"]),
                                                        tuple(row["target_preps"].split("|")))
                    for row in _rows("adjunct_phrases.tsv")}
    return lex


def _rows(name: str) -> list[dict[str, str]]:
    """The rows of ``data/events/<name>``, cells stripped (an empty cell reads as ``""``)."""
    return [{key: (value or "").strip() for key, value in row.items()}
            for row in table_rows(data_path("events", name)) if any(row.values())]


def _function_words() -> dict[str, tuple[str, ...]]:
    """``function_words.tsv`` by role; a role listed again (in a later section of the file)
    adds its words to the earlier row's, so each section can extend a role without editing
    another's row."""
    words: dict[str, tuple[str, ...]] = {}
    for row in _rows("function_words.tsv"):
        words[row["role"]] = words.get(row["role"], ()) + tuple(row["words"].split("|"))
    return words


def _object_senses(synsets: dict[str, object]) -> dict[str, tuple[ObjectSense, ...]]:
    """``object_senses.tsv`` by verb; a class naming no synonym set fails loudly."""
    senses: dict[str, tuple[ObjectSense, ...]] = defaultdict(tuple)
    for row in _rows("object_senses.tsv"):
        classes = row["classes"].split("|")
        names = tuple(name[1:] for name in classes if name.startswith("&"))
        unknown = [name for name in classes if name != "own" and name[1:] not in synsets]
        if unknown or row["when"] not in {"only", "not"}:
            raise KeyError(f"object_senses.tsv: bad row for {row['verb']!r}: {unknown}")
        sense = ObjectSense(_known(row["code"]), row["when"] == "only", names, "own" in classes)
        senses[row["verb"]] += (sense,)
    return dict(senses)


def _known(code: str) -> str:
    """``code`` if the codebook knows it (or it is empty/``---``); raises otherwise, so a
    typo in a data file fails loudly when the lexicon is built."""
    if code and code != NO_EVENT and code not in codebook():
        raise KeyError(f"event lexicon names unknown CAMEO code {code!r}")
    return code


def _load_verbs(lex: Lexicon, rows: list[dict[str, str]]) -> None:
    blocks: dict[str, list[str]] = defaultdict(list)
    codes: dict[str, str] = {}
    for row in rows:
        verb = row["verb"]
        if row["block"] not in blocks[verb]:
            blocks[verb].append(row["block"])
        if row["code"] and verb not in codes:
            codes[verb] = _known(row["code"])
    for verb, verb_blocks in blocks.items():
        lemma, _, particle = verb.partition(" ")
        entry = Verb(verb, particle, codes.get(verb, ""), tuple(verb_blocks))
        lex.verbs.setdefault(lemma, []).append(entry)
    for entries in lex.verbs.values():
        entries.sort(key=lambda verb: -len(verb.particle))


def _pattern(row: dict[str, str], particles: frozenset[str]) -> Pattern | None:
    code = row["code"] or NO_EVENT
    if code != NO_EVENT and code not in codebook():
        return None  # the PETRARCH file names a few codes CAMEO 1.1b3 does not have
    pre = tuple(_parse(text) for text in row["pre"].split())
    post = tuple(_parse(text) for text in row["post"].split())
    particle = ""
    if post and post[0].kind == "word" and post[0].words[0] in particles:
        particle, post = post[0].words[0], post[1:]  # "- * DOWN &WEAPON": "lay down"
    targets = tuple(preposition for element in post if element.kind == "prep"
                    and any(inner.kind == "slot" and inner.words == ("target",)
                            for inner in element.inner)
                    for preposition in element.preps)
    weight = sum(element.weight for element in (*pre, *post)) + (1 if particle else 0)
    anchors = frozenset(word for element in (*pre, *post) for word in _anchors(element))
    return Pattern(code, row["reverse"], row["subject_role"], pre, post, _origin(row),
                   weight, targets, anchors | ({particle} if particle else set()),
                   _noted_verbs(row["origin"]), particle)


def _noted_verbs(origin: str) -> frozenset[str]:
    """The verbs of PETRARCH's note ("CAMEO.2.0:7647 DELAY , POSTPONE", "… SET_UP")."""
    if origin.startswith("eventwire"):
        return frozenset()
    _, _, note = origin.partition(" ")
    return frozenset(word.lower().replace("_", " ")
                     for word in note.replace(",", " ").split())


def _origin(row: dict[str, str]) -> str:
    """Where a pattern comes from, short enough for an event's rule: PETRARCH's own note
    ("CAMEO.2.0:5444 MEET"), or "eventwire" (the reason is written beside the row)."""
    return "eventwire" if row["origin"].startswith("eventwire") else row["origin"]


def _check_synsets(rows: list[dict[str, str]], synsets: dict[str, object]) -> None:
    """eventwire's own patterns may name only synonym sets that exist: a typo fails loudly."""
    for row in rows:
        for text in (*row["pre"].split(), *row["post"].split()):
            for word in text.replace(":", ",").replace("+", ",").split(","):
                if word.startswith("&") and word[1:].rstrip("_") not in synsets:
                    raise KeyError(f"extra pattern names unknown synonym set {word!r}")


def _anchors(element: Element) -> Iterator[str]:
    if element.kind in {"word", "phrase"}:
        yield from (word for word in element.words if not word.startswith("&"))
    elif element.kind == "prep":
        if len(element.preps) == 1:
            yield element.preps[0]
        for inner in element.inner:
            yield from _anchors(inner)


def _parse(text: str) -> Element:
    if text.startswith("@"):
        return Element("slot", (text[1:],))
    if ":" in text:
        preps, _, inner = text.partition(":")
        parts = tuple(_parse(part) for part in inner.split(",") if part)
        return Element("prep", preps=tuple(preps.split("/")), inner=parts)
    if text.startswith("&"):
        return Element("synset", (text[1:],))
    exact = text.endswith("_")
    words = tuple(word.rstrip("_") for word in text.split("+"))
    return Element("phrase" if len(words) > 1 else "word", words, exact)
