"""Actor scorer on the PLOVER gold standard records (``PLOVER_GSR_CAMEO.json``).

For each gold actor (its ``actorText`` and ``code``, and ``sector`` where given) the
question is whether eventwire resolved an actor on that text with the same country, and
the same sector where gold gives one. The system actor is the one whose mentions overlap
the gold text most. Records split by their position in the file: even = dev (tune on
it), odd = held-out (report only).

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

from eventwire.models import Actor, Article, ArticleResult, Place
from eventwire.pipeline import Pipeline

GOLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IGO": "INT", "NGO": "INT",
              "IMG": "INT", "ISM": "INT"}
"""Gold country code → the code eventwire's KB uses (INT: any transnational body)."""
GOLD_SECTORS = {"CIV": "CVL", "JRN": "MED", "MED": "HLH"}
"""Gold sector → the CAMEO agent code eventwire writes for it."""
SPLITS = ("dev", "heldout")
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


def split_of(record: int) -> str:
    return "dev" if record % 2 == 0 else "heldout"


def read_gold(path: Path) -> Iterator[tuple[int, dict]]:
    """Records that carry a text, with their position in the file."""
    records = json.loads(path.read_text(encoding="utf-8"))
    for number, record in enumerate(records):
        if record.get("text"):
            yield number, record


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


def judge(result: ArticleResult, gold: GoldActor, text: str) -> Judgement:
    span = locate(text, gold.text)
    if span is None:
        return Judgement(gold, located=False)
    actor = best_overlap(result.actors, *span)
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
    for number, record in read_gold(path):
        day = _date(record.get("date"))
        article = Article(id=str(record.get("id") or number), date=day, text=record["text"])
        result = pipeline.process(article)
        for gold in gold_actors(number, record):
            scores[split_of(number)].judgements.append(judge(result, gold, record["text"]))
    return scores


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
