"""The knowledge base: countries, role nouns and news outlets, read from ``data/kb``.

Stages ask the knowledge base questions ("which country is *North Korean*?", "which
sector is a *defence minister*?"); they never hold such lists themselves, so that
correcting a fact means editing a data file, not code.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from eventwire.resources import data_path

# Lower-cased aliases that are also ordinary English words: matching them would turn the
# pronoun "us" into the United States. They still match when written in capitals.
AMBIGUOUS_ALIASES = frozenset({"us", "the us", "us of a", "chad", "georgia", "jordan", "niger",
                               "turkey", "guinea", "china"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    capital: str
    geonameid: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    country: str
    aliases: tuple[str, ...]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t")


class KnowledgeBase:
    """Lookups over the vendored knowledge files, built once per process."""

    def __init__(self, directory: Path | None = None) -> None:
        directory = directory or data_path("kb")
        self.countries = [_country(row) for row in _rows(directory / "countries.tsv")]
        self.by_iso3 = {country.iso3: country for country in self.countries}
        self._country_alias: dict[str, Country] = {}
        for country in self.countries:
            for alias in (country.name, *country.aliases):
                self._country_alias.setdefault(alias.casefold(), country)
        self.roles = {row["role"]: row["sector"] for row in _rows(directory / "roles.tsv")}
        self.longest_role = max(len(role.split()) for role in self.roles)
        self.outlets = [_outlet(row) for row in _rows(directory / "media.tsv")]
        self._outlet_alias = {
            alias.casefold(): outlet
            for outlet in self.outlets
            for alias in (outlet.name, *outlet.aliases)
        }
        self._capitals = {c.capital.casefold(): c for c in self.countries if c.capital}

    def country(self, text: str) -> Country | None:
        """The country a name, alias or demonym refers to ("DPRK", "Russian", "Russia's")."""
        key = _strip_possessive(text).casefold()
        if key.startswith("the "):
            key = key[4:]
        country = self._country_alias.get(key)
        if country and key in AMBIGUOUS_ALIASES and text.islower():
            return None
        return country

    def capital_of(self, text: str) -> Country | None:
        """The country whose capital is ``text`` (used for metonymy: "Pyongyang said")."""
        return self._capitals.get(text.casefold())

    def sector(self, words: list[str]) -> tuple[str, int] | None:
        """Sector of the longest role phrase ending ``words``, with its length in words."""
        lowered = [word.lower() for word in words]
        for size in range(min(self.longest_role, len(lowered)), 0, -1):
            sector = self.roles.get(" ".join(lowered[-size:]))
            if sector:
                return sector, size
        return None

    def outlet(self, text: str) -> Outlet | None:
        """The news outlet named ``text`` ("KCNA", "Yonhap"), if it is a known one."""
        key = text.casefold()
        if key.startswith("the "):
            key = key[4:]
        return self._outlet_alias.get(key)


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _country(row: dict[str, str]) -> Country:
    aliases = tuple(alias for alias in row["aliases"].split("|") if alias)
    return Country(row["iso3"], row["iso2"], row["name"], row["capital"], row["geonameid"],
                   aliases)


def _outlet(row: dict[str, str]) -> Outlet:
    aliases = tuple(alias for alias in (row.get("aliases") or "").split("|") if alias)
    return Outlet(row["name"], row["country"], aliases)


@lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The bundled knowledge base, shared by every stage of the process."""
    return KnowledgeBase()
