"""Agreement between two annotations of the same sentences in the PLOVER gold format.

Why: a hand-coded set (eventwire's own ``tests/data/plover_afp_dev.json``) is only as good
as its labels; a second annotator's blind coding of the same sentences says how far one
annotator's labels can be trusted, and so how much a score on them means.

Both files are read by :func:`.plover.load_gold` and grouped by :func:`.plover.sentences`;
the sentences of the two files are paired by their text (record ids are each annotator's
own). Reported:

- **kappa**: Cohen's kappa of the per-sentence decision *event / no event* (a sentence has
  an event when it has a record other than ``NONE``).
- **event-level agreement**: a record of one annotator is matched when the other annotator's
  records of the same sentence match it by :func:`.plover.is_matched`, the rule the PLOVER
  scorer uses between gold and system (same type; every country of the record among the
  other side's countries of that type). With the first annotation as reference, recall =
  first's records matched / first's records, precision = second's records matched /
  second's records, F1 their harmonic mean; swapping the files swaps P and R, F1 stays.
- **per-type** agreement: the same counts for each PLOVER type.
- the **disagreeing sentences**: those with a record of either side unmatched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.eval.measures import f1
from eventwire.eval.plover import NONE, GoldRecord, is_matched, load_gold, sentences


@dataclass(frozen=True, slots=True)
class SentencePair:
    """One sentence as both annotators coded it: their event records (``NONE`` left out)
    and whether each is matched by the other annotator's records."""

    text: str
    first: list[GoldRecord]
    second: list[GoldRecord]
    first_matched: list[bool]
    second_matched: list[bool]

    @property
    def agreed(self) -> bool:
        return all(self.first_matched) and all(self.second_matched)


@dataclass(slots=True)
class Agreement:
    pairs: list[SentencePair]
    per_type: dict[str, Counter] = field(default_factory=dict)
    """Per type: ``first``/``second`` records and ``first_matched``/``second_matched``."""

    @property
    def kappa(self) -> float:
        return cohen_kappa([(bool(pair.first), bool(pair.second)) for pair in self.pairs])

    @property
    def totals(self) -> Counter:
        return sum(self.per_type.values(), Counter())

    @property
    def recall(self) -> float:
        return _ratio(self.totals, "first")

    @property
    def precision(self) -> float:
        return _ratio(self.totals, "second")

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def type_f1(self, plover: str) -> float:
        counts = self.per_type[plover]
        return f1(_ratio(counts, "second"), _ratio(counts, "first"))

    @property
    def disagreements(self) -> list[SentencePair]:
        return [pair for pair in self.pairs if not pair.agreed]


def _ratio(counts: Counter, side: str) -> float:
    return counts[f"{side}_matched"] / counts[side] if counts[side] else 0.0


def cohen_kappa(decisions: Iterable[tuple[bool, bool]]) -> float:
    """Cohen's kappa of two raters' yes/no decisions on the same items:
    (observed agreement - chance agreement) / (1 - chance agreement), chance agreement
    from each rater's own rate of yes. When chance agreement is 1 (both raters said the
    same thing of every item) kappa is undefined; 1.0 is returned, as they agree fully."""
    table = Counter(decisions)
    total = sum(table.values())
    if not total:
        return 0.0
    observed = (table[True, True] + table[False, False]) / total
    first_yes = (table[True, True] + table[True, False]) / total
    second_yes = (table[True, True] + table[False, True]) / total
    chance = first_yes * second_yes + (1 - first_yes) * (1 - second_yes)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def compare(first_path: Path, second_path: Path) -> Agreement:
    """Pair the two files' sentences by text and judge every record of each side."""
    first = _by_text(first_path)
    second = _by_text(second_path)
    unpaired = set(first) ^ set(second)
    if unpaired:
        raise ValueError(f"{len(unpaired)} sentence(s) are in only one of the two files, "
                         f"e.g. {sorted(unpaired)[0]!r}")
    agreement = Agreement([])
    for text, first_records in first.items():
        pair = _pair(text, first_records, second[text])
        agreement.pairs.append(pair)
        _count(agreement.per_type, "first", pair.first, pair.first_matched)
        _count(agreement.per_type, "second", pair.second, pair.second_matched)
    return agreement


def _by_text(path: Path) -> dict[str, list[GoldRecord]]:
    return {records[0].text: records for records in sentences(load_gold(path)).values()}


def _pair(text: str, first: list[GoldRecord], second: list[GoldRecord]) -> SentencePair:
    first_coded = [record for record in first if record.plover != NONE]
    second_coded = [record for record in second if record.plover != NONE]
    return SentencePair(text, first_coded, second_coded,
                        [is_matched(record, _typed(second_coded)) for record in first_coded],
                        [is_matched(record, _typed(first_coded)) for record in second_coded])


def _typed(records: list[GoldRecord]) -> list[tuple[str, frozenset[str]]]:
    return [(record.plover, record.countries) for record in records]


def _count(per_type: dict[str, Counter], side: str, records: list[GoldRecord],
           matched: list[bool]) -> None:
    for record, hit in zip(records, matched, strict=True):
        counts = per_type.setdefault(record.plover, Counter())
        counts[side] += 1
        counts[f"{side}_matched"] += hit


def report(agreement: Agreement, first_name: str, second_name: str) -> str:
    """Plain-text report: kappa, event-level P/R/F1, per-type counts, disagreements."""
    with_event = Counter((bool(pair.first), bool(pair.second)) for pair in agreement.pairs)
    totals = agreement.totals
    lines = [
        f"first: {first_name}  second: {second_name}  sentences: {len(agreement.pairs)}",
        f"event / no event per sentence: kappa={agreement.kappa:.3f}  (both event "
        f"{with_event[True, True]}, both none {with_event[False, False]}, first only "
        f"{with_event[True, False]}, second only {with_event[False, True]})",
        f"event records: first {totals['first']} (matched {totals['first_matched']}), second "
        f"{totals['second']} (matched {totals['second_matched']})  P={agreement.precision:.3f} "
        f"R={agreement.recall:.3f} F1={agreement.f1:.3f}",
        f"{'type':<12}{'first':>6}{'match':>6}{'second':>7}{'match':>6}{'F1':>7}",
    ]
    for plover in sorted(agreement.per_type):
        counts = agreement.per_type[plover]
        lines.append(f"{plover:<12}{counts['first']:>6}{counts['first_matched']:>6}"
                     f"{counts['second']:>7}{counts['second_matched']:>6}"
                     f"{agreement.type_f1(plover):>7.3f}")
    disagreements = agreement.disagreements
    lines.append(f"disagreeing sentences: {len(disagreements)}")
    for pair in disagreements:
        lines.append(f"- {pair.text}")
        lines.append(f"    first:  {_records(pair.first, pair.first_matched)}")
        lines.append(f"    second: {_records(pair.second, pair.second_matched)}")
    return "\n".join(lines)


def _records(records: list[GoldRecord], matched: list[bool]) -> str:
    if not records:
        return NONE
    return "; ".join(f"{record.plover} {'/'.join(sorted(record.countries)) or '-'}"
                     f"{'' if hit else ' (unmatched)'}"
                     for record, hit in zip(records, matched, strict=True))
