"""Actor scorer on the PLOVER gold standard records (``PLOVER_GSR_CAMEO.json``).

For each gold actor (its ``actorText`` and ``code``, and ``sector`` where given) the
question is whether eventwire resolved an actor on that text with the same country, and
the same sector where gold gives one. The system actor is the one whose mention covers
the gold phrase's head word, else the one whose mentions overlap the gold text most.
Records split as the event scorer splits them (:mod:`.splits`): even = dev (tune on it),
odd = held-out (report only), unless the file's documentation record names one split.

Gold codes are normalised before comparison (``GOLD_CODES``): the file uses a few
non-ISO country codes, and codes international bodies IGO or NGO inconsistently (Amnesty
International is IGO in one record, the Red Cross NGO in another), so the two count as
one "international" class. Gold sectors are compared on their first three letters
(``CVLalb`` → CVL; ``***`` means none) in CAMEO's agent vocabulary, which eventwire
uses: the gold writes ``CIV`` for CAMEO's CVL, ``JRN`` for its media agent MED (La Prensa,
a journalist), and ``MED`` for its health agent HLH (doctors, the Red Cross).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from eventwire.eval.splits import SPLITS, declared_split, split_of
from eventwire.models import Actor, Article, ArticleResult, Place
from eventwire.pipeline import Pipeline

GOLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IGO": "INT", "NGO": "INT",
              "IMG": "INT", "ISM": "INT"}
"""Gold country code → the code eventwire's KB uses (INT: any transnational body)."""
GOLD_SECTORS = {"CIV": "CVL", "JRN": "MED", "MED": "HLH"}
"""Gold sector → the CAMEO agent code eventwire writes for it."""
ELISION = re.compile(r"\.{2,}")
GAP_WORDS = 2
"""Sentence words a gold text may leave out between two of its own words."""


@dataclass(frozen=True, slots=True)
class GoldActor:
    record: int
    text: str
    code: str
    sector: str | None


@dataclass(slots=True)
class Judgement:
    gold: GoldActor
    located: bool
    system: str | None = None
    country: str | None = None
    sector: str | None = None
    via_place: bool = False

    @property
    def country_ok(self) -> bool:
        return self.country is not None and normalise(self.country) == normalise(self.gold.code)

    @property
    def sector_ok(self) -> bool:
        return self.gold.sector is not None and self.sector == self.gold.sector


@dataclass(slots=True)
class Score:
    """Counts for one split."""

    judgements: list[Judgement] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.judgements)

    def country_accuracy(self, with_places: bool = False) -> float:
        hits = sum(j.country_ok and (with_places or not j.via_place) for j in self.judgements)
        return hits / self.total if self.total else 0.0

    def sector_accuracy(self) -> float:
        graded = [j for j in self.judgements if j.gold.sector is not None]
        return sum(j.sector_ok for j in graded) / len(graded) if graded else 0.0

    @property
    def with_sector(self) -> int:
        return sum(j.gold.sector is not None for j in self.judgements)

    @property
    def unlocated(self) -> int:
        return sum(not j.located for j in self.judgements)


def normalise(code: str) -> str:
    prefix = code[:3].upper()
    return GOLD_CODES.get(prefix, prefix)


def read_gold(path: Path) -> Iterator[tuple[int, dict, str]]:
    """Records that carry a text, with their position in the file and their split."""
    records = json.loads(path.read_text(encoding="utf-8"))
    declared = declared_split(records)
    for number, record in enumerate(records):
        if record.get("text"):
            yield number, record, split_of(number, declared)


def gold_actors(number: int, record: dict) -> list[GoldActor]:
    actors = []
    for role in ("source", "target"):
        value = record.get(role)
        if not isinstance(value, list):
            continue
        for item in value:
            sector = (item.get("sector") or "").strip()[:3].upper() or None
            sector = None if sector == "***" else GOLD_SECTORS.get(sector or "", sector)
            actors.append(GoldActor(number, item.get("actorText") or "", item.get("code") or "",
                                    sector))
    return actors


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of ``actor_text`` in ``text`` ("U.S. ... negotiators" spans both).

    The gold texts were cut out of a markup string, so they keep its stray spaces
    ("Homeland Union  (Conservatives)"), write elisions as ".." or "...", and now and then
    leave out a word of the sentence ("Jordan's King Abdullah II" for "Jordan's visiting
    King Abdullah II"). Words are matched in order across any whitespace, case first as
    written and then ignored; only when that fails may up to ``GAP_WORDS`` sentence words
    sit between two gold words.
    """
    parts = [p.strip(" ()") for p in ELISION.split(actor_text) if p.strip(" ()")]
    if not parts:
        return None
    for gap, flags in ((r"\s+", 0), (r"\s+", re.IGNORECASE),
                       (rf"\s+(?:\S+\s+){{0,{GAP_WORDS}}}", re.IGNORECASE)):
        span = _find_parts(text, parts, gap, flags)
        if span is not None:
            return span
    return None


def _find_parts(text: str, parts: list[str], gap: str, flags: int) -> tuple[int, int] | None:
    start, cursor = -1, 0
    for part in parts:
        pattern = gap.join(re.escape(word) for word in part.split())
        found = re.compile(pattern, flags).search(text, cursor)
        if found is None:
            return None
        start = found.start() if start < 0 else start
        cursor = found.end()
    return start, cursor


def best_overlap(items: list[Actor] | list[Place], start: int,
                 end: int) -> Actor | Place | None:
    best, best_size = None, 0
    for item in items:
        size = max((min(end, m.end) - max(start, m.start) for m in item.mentions), default=0)
        if size > best_size:
            best, best_size = item, size
    return best


def gold_head(doc: Doc, start: int, end: int) -> int | None:
    """Character offset of the head word of the gold phrase at ``start..end``.

    A gold phrase often carries its complements ("Doctors from two American aid groups",
    "supporters of former President X", "Zoran Djindjic's opposition coalition"): the
    actor it codes is its syntactic head, not whichever name inside it is longest. A
    number heading a partitive ("Hundreds of thousands of people") hands the head on to
    what it counts.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    outward = [t for t in span if t.head == t or not span.start <= t.head.i < span.end]
    head = outward[-1]  # an English noun phrase ends with its head: "U.S. border patrol"
    while head.like_num or head.ent_type_ in {"CARDINAL", "QUANTITY"}:
        counted = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and span.start <= g.i < span.end]
        if not counted:
            break
        head = counted[0]
    return head.idx


def _head_part(text: str, gold_text: str, span: tuple[int, int], doc: Doc
               ) -> tuple[int, int]:
    """The part of an elided gold phrase that holds its head: the last one ("U.S. ...
    negotiators"), unless that is a prepositional phrase ("people .. in Hong Kong")."""
    parts = [p.strip(" ()") for p in ELISION.split(gold_text) if p.strip(" ()")]
    for part in reversed(parts):
        found = locate(text[span[0]:span[1]], part)
        if found is None:
            continue
        start, end = span[0] + found[0], span[0] + found[1]
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is not None and len(first) and first[0].tag_ == "IN" and part != parts[0]:
            continue
        return start, end
    return span


def judge(result: ArticleResult, gold: GoldActor, text: str, doc: Doc | None = None
          ) -> Judgement:
    """The system actor on the gold text: the one whose mention covers the phrase's head
    word, else the one overlapping the phrase most; failing any actor, a place there."""
    span = locate(text, gold.text)
    if span is None:
        return Judgement(gold, located=False)
    head = gold_head(doc, *_head_part(text, gold.text, span, doc)) if doc is not None else None
    actor = next((a for a in result.actors for m in a.mentions
                  if head is not None and m.start <= head < m.end), None) \
        or best_overlap(result.actors, *span)
    if isinstance(actor, Actor):
        return Judgement(gold, True, actor.name, actor.country, actor.sector)
    place = best_overlap(result.places, *span)
    if isinstance(place, Place):
        return Judgement(gold, True, place.name, place.country, None, via_place=True)
    return Judgement(gold, True)


def score_file(path: Path, pipeline: Pipeline | None = None) -> dict[str, Score]:
    """Run the pipeline on every gold sentence and judge each gold actor."""
    pipeline = pipeline or Pipeline()
    scores = {name: Score() for name in SPLITS}
    for number, record, split in read_gold(path):
        day = _date(record.get("date"))
        article = Article(id=str(record.get("id") or number), date=day, text=record["text"])
        doc = pipeline.nlp(article.text)
        result = pipeline.analyse(article, doc)
        for gold in gold_actors(number, record):
            scores[split].judgements.append(
                judge(result, gold, record["text"], doc))
    return scores


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
