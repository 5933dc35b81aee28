"""``eventwire eval timeml``: temporal expressions scored against TimeML gold, TempEval-3 style.

Each ``.tml`` file gives a document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``) and a ``<TEXT>`` whose TIMEX3 elements are the gold.
The text is run through the parse and the time stage with the creation time as the article
date, and the system's timexes are compared with the gold ones:

- *strict* span match: same start and end;
- *relaxed* span match: the spans overlap (each gold and each system timex is used once,
  largest overlap first);
- *value* (and *type*) F1: a relaxed match whose ``value`` (``type``) is also equal counts as
  a true positive; precision divides by all system timexes, recall by all gold ones. This is
  the TempEval-3 attribute F1 (relaxed F1 times attribute accuracy).

The creation-time TIMEX3 itself is not scored: it is the input, not something to find.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from eventwire.eval.measures import f1
from eventwire.models import Article, ParsedArticle, Timex
from eventwire.nlp import load_nlp
from eventwire.stages.sentences import split_sentences
from eventwire.stages.time import TimeTagger

TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
ERROR_KINDS = ("missed", "spurious", "value", "type")
CONTEXT_REACH = 70
"""Characters of text shown either side of an expression in an error listing."""


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class TimemlDocument:
    """One TimeML file: its body text, creation date and gold timexes (offsets into ``text``)."""

    name: str
    created: date | None
    text: str
    gold: list[GoldTimex]


@dataclass(slots=True)
class Counts:
    """Matches against the sizes of the system and gold sets: P, R and F1.

    ``system_hits`` (for precision) and ``gold_hits`` (for recall) differ only when counts
    are split by TIMEX3 type: a match is counted under the system's type for precision and
    under the gold type for recall."""

    system_hits: int = 0
    gold_hits: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.system_hits / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def add(self, hits: int, system: int, gold: int) -> None:
        self.system_hits += hits
        self.gold_hits += hits
        self.system += system
        self.gold += gold


@dataclass(frozen=True, slots=True)
class Error:
    """One disagreement: a missed gold timex, a spurious system one or a wrong value (the
    types, the system's rule and the text around it, to list every error while tuning)."""

    kind: str
    text: str
    gold: str
    system: str
    document: str
    gold_type: str = ""
    system_type: str = ""
    rule: str = ""
    context: str = ""

    @property
    def label(self) -> str:
        """One line: where, what each side says, and why the system said it."""
        return (f"{self.document} | {self.gold_type}:{self.gold} vs "
                f"{self.system_type}:{self.system} | {self.rule} | {self.context}")


@dataclass(slots=True)
class TimemlReport:
    documents: int = 0
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    type: Counts = field(default_factory=Counts)
    relaxed_by_type: dict[str, Counts] = field(default_factory=dict)
    value_by_type: dict[str, Counts] = field(default_factory=dict)
    errors: list[Error] = field(default_factory=list)

    def worst(self, limit: int) -> list[tuple[tuple[str, str, str, str], int]]:
        """The most frequent errors, grouped by kind, lower-cased text and the two values."""
        grouped = Counter((e.kind, e.text.lower(), e.gold, e.system) for e in self.errors)
        return grouped.most_common(limit)


def read_timeml(path: Path) -> TimemlDocument:
    """Parse one TimeML file into its body text, creation date and gold TIMEX3s."""
    root = ET.parse(path).getroot()
    created = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            created = date.fromisoformat((timex.get("value") or "")[:10])
            break
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    pieces: list[str] = []
    gold: list[GoldTimex] = []
    _flatten(body, pieces, gold)
    return TimemlDocument(path.stem, created, "".join(pieces), gold)


def _flatten(element: ET.Element, pieces: list[str], gold: list[GoldTimex]) -> None:
    """Append ``element``'s text (tags removed) to ``pieces``, recording TIMEX3 offsets."""
    start = sum(len(piece) for piece in pieces)
    pieces.append(element.text or "")
    for child in element:
        _flatten(child, pieces, gold)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = start + len("".join(element.itertext()))
        gold.append(GoldTimex(start, end, "".join(element.itertext()),
                              element.get("type", ""), element.get("value", "")))


def read_directory(directory: Path) -> list[TimemlDocument]:
    paths = sorted(directory.glob("*.tml"))
    if not paths:
        raise FileNotFoundError(f"no .tml files in {directory}")
    return [read_timeml(path) for path in paths]


def tag_documents(documents: list[TimemlDocument]) -> Iterator[list[Timex]]:
    """The time stage's output for each document, with its creation date as article date."""
    nlp = load_nlp()
    tagger = TimeTagger()
    texts = (document.text for document in documents)
    for document, doc in zip(documents, nlp.pipe(texts, batch_size=16), strict=True):
        article = Article(id=document.name, date=document.created, text=document.text)
        timexes = tagger(ParsedArticle(article, doc, split_sentences(doc)))
        yield [timex3_core(timex, tagger.framing) for timex in timexes]


def timex3_core(timex: Timex, framing: dict[str, str]) -> Timex:
    """The TIMEX3 extent of a timex: eventwire's spans keep the framing preposition ("on
    Wednesday"), which TimeML annotates as a SIGNAL outside the TIMEX3."""
    first, _, rest = timex.text.partition(" ")
    if not rest or first.lower() not in framing:
        return timex
    shift = len(first) + 1
    return replace(timex, start=timex.start + shift, text=rest)


def score(documents: list[TimemlDocument], systems: Iterable[list[Timex]]) -> TimemlReport:
    """Compare each document's system timexes with its gold ones."""
    report = TimemlReport()
    for kind in TIMEX_TYPES:
        report.relaxed_by_type[kind] = Counts()
        report.value_by_type[kind] = Counts()
    for document, system in zip(documents, systems, strict=True):
        report.documents += 1
        _score_document(document, system, report)
    return report


def _score_document(document: TimemlDocument, system: list[Timex], report: TimemlReport) -> None:
    pairs = match(document.gold, system)
    matched_gold = {id(gold) for gold, _ in pairs}
    matched_system = {id(timex) for _, timex in pairs}
    strict = sum((g.start, g.end) == (s.start, s.end) for g, s in pairs)
    values = sum(g.value == s.value for g, s in pairs)
    types = sum(g.type == s.type for g, s in pairs)
    sizes = (len(system), len(document.gold))
    report.strict.add(strict, *sizes)
    report.relaxed.add(len(pairs), *sizes)
    report.value.add(values, *sizes)
    report.type.add(types, *sizes)
    for kind in TIMEX_TYPES:
        relaxed, value = report.relaxed_by_type[kind], report.value_by_type[kind]
        for counts in (relaxed, value):
            counts.system += sum(s.type == kind for s in system)
            counts.gold += sum(g.type == kind for g in document.gold)
        relaxed.system_hits += sum(s.type == kind for _, s in pairs)
        relaxed.gold_hits += sum(g.type == kind for g, _ in pairs)
        value.system_hits += sum(s.type == kind and g.value == s.value for g, s in pairs)
        value.gold_hits += sum(g.type == kind and g.value == s.value for g, s in pairs)
    text = document.text
    for gold in document.gold:
        if id(gold) not in matched_gold:
            report.errors.append(Error("missed", gold.text, gold.value, "", document.name,
                                       gold.type, context=_around(text, gold.start, gold.end)))
    for timex in system:
        if id(timex) not in matched_system:
            report.errors.append(Error("spurious", timex.text, "", timex.value, document.name,
                                       system_type=timex.type, rule=timex.rule,
                                       context=_around(text, timex.start, timex.end)))
    for gold, timex in pairs:
        if (gold.value, gold.type) != (timex.value, timex.type):
            report.errors.append(Error(
                "value" if gold.value != timex.value else "type", gold.text, gold.value,
                timex.value, document.name, gold.type, timex.type, timex.rule,
                _around(text, min(gold.start, timex.start), max(gold.end, timex.end))))


def _around(text: str, start: int, end: int, reach: int = CONTEXT_REACH) -> str:
    """The expression in ``[[ ]]`` with ``reach`` characters either side, on one line."""
    window = (text[max(start - reach, 0):start] + "[[" + text[start:end] + "]]"
              + text[end:end + reach])
    return " ".join(window.split())


def match(gold: list[GoldTimex], system: list[Timex]) -> list[tuple[GoldTimex, Timex]]:
    """One-to-one relaxed matching of overlapping spans, largest overlap first."""
    candidates = sorted(
        ((min(g.end, s.end) - max(g.start, s.start), gi, si)
         for gi, g in enumerate(gold) for si, s in enumerate(system)
         if g.start < s.end and s.start < g.end),
        reverse=True)
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs: list[tuple[GoldTimex, Timex]] = []
    for _, gi, si in candidates:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        pairs.append((gold[gi], system[si]))
    return pairs


def evaluate_directory(directory: Path) -> TimemlReport:
    """Read every ``.tml`` file of ``directory``, tag it and score it."""
    documents = read_directory(directory)
    return score(documents, tag_documents(documents))
