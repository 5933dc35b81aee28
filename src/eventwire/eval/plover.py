"""Scorer for the PLOVER gold standard (``PLOVER_GSR_CAMEO.json``, PLOVER 0.5, 322 records).

Each gold record is one sentence with one coded event: a PLOVER 0.5 type and source/target
actors with country codes. Every sentence is run through the full pipeline as an article of
its own (dated by the record's ``date``).

- A gold record is **found** when the system's non-negated events of the gold type in that
  sentence have, among their sources' and targets' countries, every gold source and target
  country (gold actors without a code are not required). System types are PLOVER 2021 types
  mapped to 0.5 names through ``data/cameo/plover05.tsv`` (by CAMEO code); gold codes that
  are not ISO alpha-3 through ``data/cameo/plover05_countries.tsv``; ``IGO``/``NGO``/… match
  an actor whose CAMEO code starts with them.
- Predictions are the distinct (sentence, type) pairs of non-negated events; one is
  correct when it is the sentence's gold type and the record is found.
- Precision = correct predictions / predictions; recall = found records / gold records.
- Split (:mod:`.splits`, shared with the actor scorer): even record numbers are **dev** (for
  tuning), odd ones **held-out** (never tuned on), unless the file's documentation record
  names one split for all (eventwire's own AFP set, ``tests/data/plover_afp_dev.json``).
- A sentence may have several records (one per event) and is run and scored once: its
  predictions are correct when one of its records of that type is found. A record of event
  ``NONE`` marks a sentence with no codable event: it adds no gold record, and every type
  the system gives that sentence is a wrong prediction.

The confusion matrix pairs each gold type with the type the system gave the sentence: the
gold type when found, else the type of its most confident event, else ``NONE``.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from eventwire.eval.measures import f1
from eventwire.eval.splits import SPLITS, declared_split, split_of
from eventwire.models import ActorRef, Article, ArticleResult, Event
from eventwire.pipeline import Pipeline
from eventwire.resources import data_path

NONE = "NONE"


@dataclass(frozen=True, slots=True)
class GoldRecord:
    number: int
    id: str
    text: str
    date: date | None
    plover: str
    """PLOVER 0.5 type, or ``NONE`` for a sentence with no codable event."""
    countries: frozenset[str]
    split: str


@dataclass(slots=True)
class Scores:
    """Counts and figures of one split."""

    name: str
    sentences: int = 0
    gold: int = 0
    found: int = 0
    typed: int = 0
    """Records whose gold type the system gave the sentence, countries aside: separates
    the coder's errors from the actors stage's."""
    predicted: int = 0
    correct: int = 0
    per_type: dict[str, Counter] = field(default_factory=dict)
    confusion: Counter = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def type_f1(self, plover: str) -> float:
        counts = self.per_type.get(plover, Counter())
        precision = counts["tp"] / counts["pred"] if counts["pred"] else 0.0
        recall = counts["tp"] / counts["gold"] if counts["gold"] else 0.0
        return f1(precision, recall)


def load_gold(path: Path) -> list[GoldRecord]:
    """The coded records of the gold file (the documentation record 0 left out)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    split = declared_split(records)
    gold: list[GoldRecord] = []
    for number, record in enumerate(records):
        text = record.get("text")
        if not text or record.get("event") in {None, "DOCUMENT"}:
            continue
        countries = frozenset(code for side in ("source", "target")
                              for code in _codes(record.get(side)))
        gold.append(GoldRecord(number, record["id"], text, _date(record.get("date")),
                               record["event"], countries, split_of(number, split)))
    return gold


def sentences(gold: list[GoldRecord]) -> dict[str, list[GoldRecord]]:
    """The records of each sentence, by the id and number of its first record (ids repeat
    in the PLOVER file), in file order; a text in both splits is a sentence of each (the
    halves are scored apart)."""
    by_text: dict[tuple[str, str], list[GoldRecord]] = {}
    for record in gold:
        by_text.setdefault((record.split, record.text), []).append(record)
    return {f"{records[0].id}#{records[0].number}": records for records in by_text.values()}


def _codes(side: object) -> Iterable[str]:
    """Country codes of a gold side: a list of actors with ``code``, or a bare string."""
    if isinstance(side, list):
        for actor in side:
            code = actor.get("code") if isinstance(actor, dict) else None
            if code:
                yield gold_aliases().get(code, code)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@lru_cache(maxsize=1)
def plover05_types() -> dict[str, str]:
    return {row["cameo"]: row["plover05"] for row in _tsv("plover05.tsv")}


@lru_cache(maxsize=1)
def gold_aliases() -> dict[str, str]:
    return {row["gold"]: row["iso3"] for row in _tsv("plover05_countries.tsv")}


def _tsv(name: str) -> list[dict[str, str]]:
    with data_path("cameo", name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def plover05(event: Event) -> str:
    """The PLOVER 0.5 type of a system event (longest CAMEO prefix in the table)."""
    table = plover05_types()
    for length in range(len(event.cameo), 1, -1):
        if event.cameo[:length] in table:
            return table[event.cameo[:length]]
    return ""


def _actor_codes(ref: ActorRef | None) -> set[str]:
    if ref is None:
        return set()
    codes = {ref.country} if ref.country else set()
    if ref.code:
        codes.add(ref.code[:3])
    return codes


def is_found(record: GoldRecord, events: list[Event]) -> bool:
    """Does the system have the gold type with every gold country among its actors?"""
    return is_matched(record, [(plover05(event), _actor_codes(event.source)
                                | _actor_codes(event.target)) for event in events])


def is_matched(record: GoldRecord, others: Iterable[tuple[str, Iterable[str]]]) -> bool:
    """Is ``record`` matched by ``others`` ((type, countries) of the other side's events)?

    Matched when the other side has the record's type and every country of the record is
    among the countries of its events of that type. The one rule for gold against system
    (:func:`is_found`) and for one annotator against another (:mod:`.agreement`).
    """
    typed = False
    countries: set[str] = set()
    for plover, codes in others:
        if plover == record.plover:
            typed = True
            countries.update(codes)
    return typed and record.countries <= countries


def score(gold: list[GoldRecord], results: dict[str, ArticleResult]) -> dict[str, Scores]:
    """Scores of the dev and held-out splits."""
    splits = {name: Scores(name) for name in SPLITS}
    for key, records in sentences(gold).items():
        _count(splits[records[0].split], judge(records, _events(results[key])))
    return splits


def _events(result: ArticleResult) -> list[Event]:
    return [event for event in result.events if not event.negated and plover05(event)]


@dataclass(frozen=True, slots=True)
class Judged:
    """One sentence judged: its coded records, whether each was found, the types the
    system gave it and its most confident type (``NONE`` without events)."""

    coded: list[GoldRecord]
    found: list[bool]
    given: frozenset[str]
    best: str

    @property
    def wrong(self) -> bool:
        """A gold record missed, or a type given that no record has."""
        return not all(self.found) or bool(self.given - {record.plover
                                                         for record in self.coded})


def judge(records: list[GoldRecord], events: list[Event]) -> Judged:
    coded = [record for record in records if record.plover != NONE]
    best = max(events, key=lambda event: event.confidence, default=None)
    return Judged(coded, [is_found(record, events) for record in coded],
                  frozenset(plover05(event) for event in events),
                  plover05(best) if best else NONE)


def _count(split: Scores, judged: Judged) -> None:
    """Count one sentence: each coded record once, each type the system gave it once."""
    split.sentences += 1
    for record, found in zip(judged.coded, judged.found, strict=True):
        split.gold += 1
        split.found += found
        split.typed += record.plover in judged.given
        split.per_type.setdefault(record.plover, Counter())["gold"] += 1
        split.per_type[record.plover]["tp"] += found
        split.confusion[(record.plover, record.plover if found else judged.best)] += 1
    if not judged.coded:
        split.confusion[(NONE, judged.best)] += 1
    for plover in judged.given:
        split.predicted += 1
        split.per_type.setdefault(plover, Counter())["pred"] += 1
        split.correct += any(found and record.plover == plover
                             for record, found in zip(judged.coded, judged.found, strict=True))


def run(path: Path, pipeline: Pipeline | None = None
        ) -> tuple[list[GoldRecord], dict[str, ArticleResult]]:
    """The gold records and the pipeline's result for each of their sentences."""
    gold = load_gold(path)
    pipeline = pipeline or Pipeline()
    articles = [Article(key, records[0].date, records[0].text)
                for key, records in sentences(gold).items()]
    results = {result.article.id: result for result in pipeline.pipe(articles)
               if result.article is not None}
    return gold, results


def evaluate(path: Path, pipeline: Pipeline | None = None) -> dict[str, Scores]:
    """Run the pipeline over every gold sentence and score both halves."""
    return score(*run(path, pipeline))


def errors(gold: list[GoldRecord], results: dict[str, ArticleResult], split: str,
           limit: int) -> str:
    """The first ``limit`` records of ``split`` the system got wrong (gold not found, or a
    wrong extra type given): gold type and countries against every system event, so a
    miss can be told apart as the coder's (type) or the actors stage's (countries)."""
    lines: list[str] = []
    shown = 0
    for key, records in sentences(gold).items():
        if records[0].split != split or shown >= limit:
            continue
        events = _events(results[key])
        judged = judge(records, events)
        if not judged.wrong:
            continue
        shown += 1
        lines.extend(f"#{record.number} {'found' if hit else 'MISSED'} gold {record.plover} "
                     f"{'/'.join(sorted(record.countries)) or '-'}: {record.text}"
                     for record, hit in zip(judged.coded, judged.found, strict=True))
        if not judged.coded:
            lines.append(f"#{records[0].number} gold {NONE}: {records[0].text}")
        lines.extend(f"    {plover05(e):<11} {e.cameo:<5} {_side(e.source)} -> "
                     f"{_side(e.target)}  [{e.trigger.text}] {e.modality} {e.rule}"
                     for e in events)
        if not events:
            lines.append("    (no event)")
    return "\n".join(lines)


def _side(ref: ActorRef | None) -> str:
    if ref is None:
        return "-"
    return f"{ref.name}({ref.country or ref.code or '?'})"


def report(splits: dict[str, Scores]) -> str:
    """Plain-text report: totals, per-type F1 and the confusion matrix of each split."""
    lines: list[str] = []
    for split in splits.values():
        if not split.sentences:
            continue
        lines.append(f"== {split.name}: {split.gold} records in {split.sentences} sentences  "
                     f"P={split.precision:.3f} R={split.recall:.3f} F1={split.f1:.3f}  "
                     f"(found {split.found}, correct {split.correct} of {split.predicted} "
                     f"predictions; gold type given, countries aside: {split.typed})")
        lines.append(f"{'type':<12}{'gold':>6}{'pred':>6}{'tp':>5}{'F1':>7}")
        for plover in sorted(split.per_type):
            counts = split.per_type[plover]
            lines.append(f"{plover:<12}{counts['gold']:>6}{counts['pred']:>6}"
                         f"{counts['tp']:>5}{split.type_f1(plover):>7.3f}")
        lines.extend(_confusion(split))
        lines.append("")
    return "\n".join(lines)


def _confusion(split: Scores) -> list[str]:
    gold_types = sorted({gold for gold, _ in split.confusion})
    given_types = sorted({given for _, given in split.confusion})
    short = {plover: plover[:5] for plover in given_types}
    lines = ["confusion (rows gold, columns system):",
             " " * 12 + "".join(f"{short[t]:>6}" for t in given_types)]
    for gold in gold_types:
        cells = "".join(f"{split.confusion.get((gold, given), 0) or '.':>6}"
                        for given in given_types)
        lines.append(f"{gold:<12}{cells}")
    return lines
