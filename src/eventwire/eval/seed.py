"""Acceptance scoring against an analyst's coding of one article (``expected.yaml``).

The expected file lists ``must`` and ``should`` items per kind (temporal, actors,
places, events, quotes, provenance) with its own matching rules, written in its header:
actors match on country and a name substring with any of the accepted sectors; events on
PLOVER type, an accepted CAMEO prefix, the actors on each side (either way round when
``symmetric``), the date, the place, a reporter and a quote substring. This module
applies those rules to an ``ArticleResult`` and says, item by item, what was found.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eventwire.models import Actor, ActorRef, ArticleResult, Event, Place

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True, slots=True)
class ItemResult:
    kind: str
    level: str
    label: str
    found: bool


def load_expected(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def score(result: ArticleResult, expected: dict[str, Any]) -> list[ItemResult]:
    """Every ``must``/``should`` item of ``expected`` with whether ``result`` has it."""
    checks = {"temporal": _timex_found, "actors": _actor_found, "places": _place_found,
              "events": _event_found, "quotes": _quote_found}
    items: list[ItemResult] = []
    for kind, check in checks.items():
        for level in ("must", "should"):
            for item in expected.get(kind, {}).get(level, []) or []:
                items.append(ItemResult(kind, level, _label(item), check(result, item)))
    for level in ("must", "should"):
        for claim in expected.get("provenance", {}).get(level, []) or []:
            items.append(ItemResult("provenance", level, claim, _provenance(result, claim)))
    return items


def _label(item: dict[str, Any]) -> str:
    return str(item.get("id") or item.get("text") or item.get("name") or item)


def _contains(haystack: str | None, needle: str | None) -> bool:
    return needle is None or (haystack is not None and needle.lower() in haystack.lower())


def _timex_found(result: ArticleResult, item: dict[str, Any]) -> bool:
    wanted = item["text"].lower()
    return any((timex.text.lower() in wanted or wanted in timex.text.lower())
               and timex.value == item["value"]
               and item.get("sentence", timex.sentence) == timex.sentence
               for timex in result.timexes)


def _actor_matches(actor: Actor | ActorRef | None, spec: dict[str, Any] | None) -> bool:
    if spec is None:
        return True
    if actor is None:
        return False
    sectors = spec.get("sector")
    return (actor.country == spec.get("country", actor.country)
            and _contains(actor.name, spec.get("name"))
            and (not sectors or actor.sector in sectors))


def _actor_found(result: ArticleResult, item: dict[str, Any]) -> bool:
    return any(_actor_matches(actor, item) for actor in result.actors)


def _place_found(result: ArticleResult, item: dict[str, Any]) -> bool:
    return any(_place_matches(place, item) for place in result.places)


def _place_matches(place: Place, item: dict[str, Any]) -> bool:
    if not _contains(place.name, item.get("name")) or place.country != item["country"]:
        return False
    if "lat" not in item:
        return True
    if place.lat is None or place.lon is None:
        return False
    return _km(place.lat, place.lon, item["lat"], item["lon"]) <= item.get("tolerance_km", 25)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _event_found(result: ArticleResult, item: dict[str, Any]) -> bool:
    return any(_event_matches(event, item) for event in result.events if not event.negated)


def _event_matches(event: Event, item: dict[str, Any]) -> bool:
    if "plover" in item and event.plover != item["plover"]:
        return False
    if "cameo" in item and not any(event.cameo.startswith(p) for p in item["cameo"]):
        return False
    if "date" in item and event.date != item["date"]:
        return False
    if "place" in item and not (event.place and _contains(event.place.name, item["place"])):
        return False
    if "quote" in item and not _contains(event.quote, item["quote"]):
        return False
    reporters = [reporter.name for reporter in event.reported_by]
    if "reported_by" in item and not any(_contains(r, item["reported_by"]) for r in reporters):
        return False
    if "attribution_chain" in item and not _chain_matches(reporters, item["attribution_chain"]):
        return False
    source, target = item.get("source"), item.get("target")
    forward = _actor_matches(event.source, source) and _actor_matches(event.target, target)
    backward = _actor_matches(event.source, target) and _actor_matches(event.target, source)
    return forward or (bool(item.get("symmetric")) and backward)


def _chain_matches(reporters: list[str], chain: list[str]) -> bool:
    """Each name of ``chain`` appears among the reporters, in the same order."""
    position = 0
    for name in chain:
        while position < len(reporters) and not _contains(reporters[position], name):
            position += 1
        if position == len(reporters):
            return False
        position += 1
    return True


def _quote_found(result: ArticleResult, item: dict[str, Any]) -> bool:
    return any(_contains(quote.text, item["text"])
               and quote.speaker is not None and _contains(quote.speaker.name, item["speaker"])
               for quote in result.quotes)


def _provenance(result: ArticleResult, claim: str) -> bool:
    """The two provenance claims of the reference file, checked literally."""
    if "credit" in claim:
        credited = [name for name in result.credits if name.lower() in claim.lower()]
        return bool(credited)
    article = result.article
    text = article.text if article else ""
    return bool(result.events) and all(
        0 <= event.start <= event.trigger.start < event.trigger.end <= event.end <= len(text)
        and result.sentences[event.sentence].start <= event.trigger.start
        for event in result.events) and article is not None and bool(article.id)
