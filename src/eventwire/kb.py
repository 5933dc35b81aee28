"""The knowledge base: countries, peoples, role nouns, seats of power, dated named actors.

Stages ask the knowledge base questions ("which country is *North Korean*?", "which
sector is a *defence minister*?", "who was *Shoigu* on 2023-07-27?"); they never hold
such lists themselves, so that correcting a fact means editing a data file, not code.

Actor files share one format (``data/README.md``): one row per dated role, rows with
the same ``id`` form one actor. They load in precedence order — the Phoenix import,
then the hand-written organisations, media and leaders, then any user files given with
``--kb`` — and a later file replaces an earlier file's actor of the same id and wins
when two actors share an alias.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from eventwire.resources import data_path, table_rows

ACTOR_FORMAT = "eventwire-kb actors"
ACTOR_FORMAT_VERSION = "1"
ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "code", "start", "end", "aliases",
                 "note")
BUNDLED_ACTOR_FILES = ("phoenix_actors.tsv", "organizations.tsv", "armed_groups.tsv", "media.tsv",
                       "leaders.tsv")
TRANSNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
SPELLING_MIN = 5
"""Shortest surname matched despite a misspelling: shorter ones collide too often."""
LEGACY_CODES = {"TMP": "TLS", "KSV": "XKX", "USR": "SUN", "FRY": "YUG", "SRP": "BIH",
                "KRJ": "HRV", "ROM": "ROU", "ZAR": "COD", "ANG": "AGO", "FRN": "FRA"}
"""Country codes of the Phoenix dictionaries that ISO writes otherwise (Phoenix → ISO)."""


class KnowledgeBaseError(ValueError):
    """A knowledge file cannot be read: names the file and line."""


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    capital: str
    geonameid: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None
    """A point to map the country by: its capital (see ``build_kb_countries.py``)."""

    @property
    def adjective(self) -> str:
        """The word a canonical group name starts with ("North Korean" government)."""
        return self.demonyms[0] if self.demonyms else self.name


@dataclass(frozen=True, slots=True)
class Role:
    """One dated role of a known actor: what it was, from when to when."""

    country: str
    sector: str | None
    code: str
    start: date | None = None
    end: date | None = None
    note: str = ""

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: date) -> int:
        """Days from ``day`` to this role's term (0 inside it)."""
        if self.end is not None and self.end < day:
            return (day - self.end).days
        if self.start is not None and day < self.start:
            return (self.start - day).days
        return 0

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(slots=True)
class KnownActor:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: list[Role] = field(default_factory=list)
    rank: int = 0
    """Precedence of the file it came from (higher wins)."""

    def role_on(self, day: date | None) -> Role | None:
        """The role held on ``day``: a dated role covering it, else the undated default.

        Outside every dated role and with no default, the nearest role's country is kept
        but not its sector (who someone is does not change, what they do does).
        """
        dated = [role for role in self.roles if role.dated]
        if day is None:
            current = [r for r in dated if r.end is None] or dated
            return (current[-1] if current else None) or self._default()
        covering = [role for role in dated if role.covers(day)]
        if covering:
            return max(covering, key=lambda r: r.start or date.min)
        default = self._default()
        if default is not None:
            return default
        if not dated:
            return None
        nearest = min(dated, key=lambda r: r.distance(day))
        return Role(nearest.country, None, nearest.country, note="outside dated roles")

    def _default(self) -> Role | None:
        return next((role for role in self.roles if not role.dated), None)


@dataclass(frozen=True, slots=True)
class Seat:
    """A seat of power named for its institution ("the Kremlin" → Russia's government)."""

    name: str
    country: str
    sector: str


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _day(value: str, path: Path, line: int) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise KnowledgeBaseError(
            f"{path} row {line}: bad date {value!r} (use YYYY-MM-DD)") from error


def _check_actor_file(path: Path) -> None:
    with path.open(encoding="utf-8") as handle:
        first = handle.readline().strip()
        header = first
        while header.startswith("#"):
            header = handle.readline().strip()
    if first.startswith(f"# {ACTOR_FORMAT}") and first.split()[-1] != ACTOR_FORMAT_VERSION:
        raise KnowledgeBaseError(f"{path}: format version {first.split()[-1]} is not "
                                 f"{ACTOR_FORMAT_VERSION}")
    missing = [c for c in ("id", "name", "country") if c not in header.split("\t")]
    if missing:
        raise KnowledgeBaseError(f"{path}: missing column(s) {', '.join(missing)}; expected "
                                 f"tab-separated columns {', '.join(ACTOR_COLUMNS)}")


def read_actor_file(path: Path, rank: int) -> dict[str, KnownActor]:
    """Actors of one file in the actor format, keyed by id."""
    _check_actor_file(path)
    actors: dict[str, KnownActor] = {}
    for line, row in enumerate(table_rows(path), start=2):
        identifier = (row.get("id") or "").strip()
        country = (row.get("country") or "").strip().upper()
        if not identifier or not country:
            raise KnowledgeBaseError(f"{path} row {line}: every row needs an id and a country")
        actor = actors.get(identifier)
        if actor is None:
            name = (row.get("name") or "").strip() or identifier
            actor = KnownActor(identifier, name, (row.get("kind") or "person").strip(),
                               _split(row.get("aliases")), rank=rank)
            actors[identifier] = actor
        elif row.get("aliases"):
            actor.aliases = tuple(dict.fromkeys((*actor.aliases, *_split(row["aliases"]))))
        sector = (row.get("sector") or "").strip().upper() or None
        code = (row.get("code") or "").strip().upper() or country + (sector or "")
        country = LEGACY_CODES.get(country, country)
        if country in TRANSNATIONAL and sector is None and actor.kind == "person":
            sector = "GOV"  # an official of an international body acts for it
        actor.roles.append(Role(country, sector, code, _day(row.get("start") or "", path, line),
                                _day(row.get("end") or "", path, line),
                                (row.get("note") or "").strip()))
    return actors


class KnowledgeBase:
    """Lookups over the vendored knowledge files (and user files), built once per process."""

    def __init__(self, directory: Path | None = None, extra: Iterable[Path] = ()) -> None:
        directory = directory or data_path("kb")
        self.sources = [directory / name for name in BUNDLED_ACTOR_FILES] + list(extra)
        self.lexicon: dict[str, dict[str, str]] = {}
        for row in table_rows(directory / "lexicon.tsv"):
            self.lexicon.setdefault(row["class"], {})[row["word"]] = row["value"] or ""
        self.countries = [_country(row) for row in table_rows(directory / "countries.tsv")]
        self.by_iso3 = {country.iso3: country for country in self.countries}
        self._names: dict[str, Country] = {}
        self._demonyms: dict[str, Country] = {}
        for country in self.countries:
            for alias in (country.name, *country.aliases):
                self._names.setdefault(alias.casefold(), country)
            for demonym in country.demonyms:
                self._demonyms.setdefault(demonym.casefold(), country)
        self.dissolved = {row["iso3"]: date.fromisoformat(row["until"])
                          for row in table_rows(directory / "sources" / "historic_countries.tsv")}
        self.founded = {row["iso3"]: (date.fromisoformat(row["since"]), row["from"])
                        for row in table_rows(directory / "sources" / "new_states.tsv")}
        self._capitals: dict[str, list[Country]] = {}
        for country in self.countries:
            if country.capital:
                self._capitals.setdefault(country.capital.casefold(), []).append(country)
        self.roles: dict[str, str] = {}
        for name in ("phoenix_roles.tsv", "roles.tsv"):
            self.roles.update({row["role"]: row["sector"] for row in table_rows(directory / name)})
        self.longest_role = max(len(role.split()) for role in self.roles)
        self.seats: dict[str, Seat] = {}
        for row in table_rows(directory / "seats.tsv"):
            seat = Seat(row["name"], row["country"], row["sector"])
            for alias in (row["name"], *_split(row["aliases"])):
                self.seats[_strip_article(alias.casefold())] = seat
        self.actors: dict[str, KnownActor] = {}
        self._members: dict[str, KnownActor] = {}
        for rank, path in enumerate(self.sources):
            for identifier, actor in read_actor_file(path, rank).items():
                replaced = self.actors.get(identifier)
                if replaced is not None and actor.kind != "person":
                    self._keep_members(replaced, actor)
                self.actors[identifier] = actor
        self._aliases: dict[str, list[KnownActor]] = {}
        for actor in self.actors.values():
            for alias in dict.fromkeys(a.casefold() for a in (actor.name, *actor.aliases)):
                self._aliases.setdefault(self._spelled(_strip_article(alias)), []).append(actor)
        for candidates in self._aliases.values():
            candidates.sort(key=lambda a: -a.rank)
        self.longest_alias = max(len(alias.split()) for alias in self._aliases)
        self._surnames: dict[str, list[KnownActor]] = {}
        self._last_words: dict[str, list[KnownActor]] = {}  # for misspellings: "Tang Xiaxuan"
        for actor in self.actors.values():
            surname = self._surname(actor)
            if surname is not None:
                self._surnames.setdefault(surname.casefold(), []).append(actor)
            words = actor.name.split()
            if actor.kind == "person" and len(words) > 1 and len(words[-1]) > 2:
                self._last_words.setdefault(words[-1].casefold(), []).append(actor)
        self._near: dict[str, set[str]] | None = None
        self._words: dict[str, set[str]] | None = None
        self._peoples: dict[str, tuple[str, ...]] = {}
        for row in table_rows(directory / "peoples.tsv"):
            for form in _split(row["forms"]):
                self._peoples.setdefault(form.casefold(), _split(row["countries"]))

    # -- countries -------------------------------------------------------------------

    def country(self, text: str) -> Country | None:
        """The country a name or alias refers to ("DPRK", "Russia's", "the United States")."""
        return self._names.get(_strip_article(_strip_possessive(text).casefold()))

    def demonym(self, text: str) -> Country | None:
        """The country of a demonym ("North Korean", "Russians"); a plural is read through
        its singular ("Liberians" → "Liberian") when only the adjective is listed."""
        key = _strip_possessive(text).casefold()
        found = self._demonyms.get(key)
        if found is None and key.endswith("s") and len(key) > 4:
            found = self._demonyms.get(key[:-1])
        return found

    def country_word(self, text: str) -> Country | None:
        """A country named, or implied by its demonym, in a modifier ("Russian", "Russia's")."""
        return self.country(text) or self.demonym(text)

    def shared(self, text: str) -> tuple[str, ...]:
        """Countries a name or demonym is shared by ("Congo" → COG, COD), the reading
        ``country_word`` gives first; empty for a name only one country bears. Which one an
        article means is for its context to say (``places.named_countries``)."""
        value = self.words("shared_country_name").get(
            _strip_article(_strip_possessive(text).casefold()))
        return _split(value) if value else ()

    def is_country_code(self, code: str | None) -> bool:
        """Whether ``code`` is a country or transnational prefix (not a Phoenix region such
        as ``WAF``, West Africa, nor a religion such as ``HIN``): only those can be an
        actor's country."""
        return code is not None and (code in self.by_iso3 or code in TRANSNATIONAL)

    def people(self, text: str) -> tuple[str, ...]:
        """Countries an ethnic or religious community lives in, most populous first
        ("Kurds" → TUR, IRQ, IRN, SYR); empty when ``text`` names none."""
        return self._peoples.get(_strip_possessive(text).casefold(), ())

    def capital_of(self, text: str, day: date | None = None) -> Country | None:
        """The country whose capital is ``text`` on ``day`` (used for metonymy: "Pyongyang
        said"): Moscow is the Soviet Union's before 26 December 1991, Russia's after, and
        Juba Sudan's before 9 July 2011.
        Without a day, only states that exist today count."""
        candidates = [self._state_on(c, day)
                      for c in self._capitals.get(_strip_possessive(text).casefold(), [])]
        standing = [c for c in candidates if c.iso3 not in self.dissolved
                    or (day is not None and day < self.dissolved[c.iso3])]
        return min(standing, key=lambda c: self.dissolved.get(c.iso3, date.max), default=None)

    def _state_on(self, country: Country, day: date | None) -> Country:
        """The state a capital belonged to on ``day``: Juba was a city of Sudan before
        South Sudan was founded on 9 July 2011."""
        since, before = self.founded.get(country.iso3, (None, ""))
        if day is None or since is None or day >= since:
            return country
        return self.by_iso3.get(before, country)

    def seat(self, text: str) -> Seat | None:
        """A seat of power ("the Kremlin", "White House")."""
        return self.seats.get(_strip_article(_strip_possessive(text).casefold()))

    # -- roles and actors --------------------------------------------------------------

    def sector(self, words: list[str]) -> tuple[str, int] | None:
        """Sector of the longest role phrase ending ``words``, with its length in words."""
        lowered = [word.lower() for word in words]
        for size in range(min(self.longest_role, len(lowered)), 0, -1):
            sector = self.roles.get(" ".join(lowered[-size:]))
            if sector:
                return sector, size
        return None

    def known(self, text: str) -> list[KnownActor]:
        """Known actors with this name or alias, the highest-precedence file first."""
        return self._aliases.get(
            self._spelled(_strip_article(_strip_possessive(text).casefold())), [])

    def _keep_members(self, replaced: KnownActor, actor: KnownActor) -> None:
        """A file that redefines a group keeps only its own aliases, but the Phoenix
        dictionaries also list a group's members among them ("Khaled Meshaal" under
        Hamas): the names the new row drops are kept as possible members of the group."""
        own = {name.casefold() for name in (actor.name, *actor.aliases)}
        for alias in replaced.aliases:
            if alias.casefold() not in own:
                self._members.setdefault(self._spelled(alias.casefold()), actor)

    def member_of(self, text: str) -> KnownActor | None:
        """The group whose replaced dictionary entry listed ``text`` (read only for names
        the NER calls a person: the dropped aliases also hold bad ones such as
        "Organization", which no person is called)."""
        return self._members.get(self._spelled(_strip_possessive(text).casefold()))

    def _spelled(self, key: str) -> str:
        """One spelling for names written both ways ("World Trade Organisation" and
        "… Organization", "Defence"/"Defense"): each word in its ``spelling_variant`` form."""
        variants = self.words("spelling_variant")
        if not any(word in key for word in variants):
            return key
        return " ".join(variants.get(word, word) for word in key.split())

    def _surname(self, actor: KnownActor) -> str | None:
        """The word of a person's name a news story calls them by alone: the last, but the
        first for a people who write the family name first ("Ban Ki-moon" is Ban, and
        "Yaung Chih Liang" is not "Liang"). Names of two letters collide too often."""
        words = actor.name.split()
        if actor.kind != "person" or len(words) < 2:
            return None
        first = self.words("family_name_first")
        surname = words[0] if any(role.country in first for role in actor.roles) else words[-1]
        return surname if len(surname) > 2 else None

    def by_surname(self, text: str) -> list[KnownActor]:
        """Known people whose name ends with ``text`` ("Mugabe"), to be narrowed by date."""
        return self._surnames.get(_strip_possessive(text).casefold(), [])

    def fuller_name(self, text: str) -> list[KnownActor]:
        """The known person a shortened name stands for ("Laurent Kabila" for Laurent
        Desire Kabila, "Augusto Pinochet" for Augusto Pinochet Ugarte): every word of
        ``text``, two or more, in order in their name, its last word their surname or just
        before it (a second surname). Empty unless exactly one person fits."""
        words = _strip_possessive(text).casefold().split()
        if len(words) < 2:
            return []
        index = self._word_index()
        ids = set.intersection(*(index.get(word, set()) for word in words))
        bearers = [self.actors[i] for i in sorted(ids)
                   if _in_order(words, self.actors[i].name.casefold().split()) is not None]
        if len(bearers) != 1:  # "Jose Eduardo": Cardozo and dos Santos alike
            return []
        last = _in_order(words, bearers[0].name.casefold().split())
        return bearers if last is not None and last >= len(bearers[0].name.split()) - 2 else []

    def _word_index(self) -> dict[str, set[str]]:
        """Name word → ids of the people of three or more name words bearing it (built once)."""
        if self._words is None:
            self._words = {}
            for actor in self.actors.values():
                words = actor.name.casefold().split()
                if actor.kind == "person" and len(words) > 2:
                    for word in words:
                        self._words.setdefault(word, set()).add(actor.id)
        return self._words

    def person_countries(self, text: str) -> set[str]:
        """Countries the known people a name ("Laurent Kabila") or surname ("Kabila")
        may be have served, whatever the date: evidence of where a story is."""
        words = _strip_possessive(text).casefold().split()
        people = [a for a in self.known(text) if a.kind == "person"] or [
            a for a in self.by_surname(words[-1]) if set(words) <= set(a.name.casefold().split())
        ] if words else []
        return {role.country for actor in people for role in actor.roles}

    def near_person(self, text: str) -> list[KnownActor]:
        """Known people a misspelt name stands for ("Francois Mitterand", "Dos Sontas"):
        the last name word one edit away from theirs (``SPELLING_MIN`` letters or more) and
        every other word of ``text`` in their name."""
        words = _strip_possessive(text).casefold().split()
        if len(words) < 2 or len(words[-1]) < SPELLING_MIN:
            return []
        index = self._spelling_index()
        near = {name for variant in _deletions(words[-1]) | {words[-1]}
                for name in index.get(variant, ())}
        found = []
        for surname in sorted(near):
            if surname == words[-1] or not _one_edit(surname, words[-1]):
                continue
            for actor in self._last_words[surname]:
                own = actor.name.casefold().split()
                if all(word in own for word in words[:-1]):
                    found.append(actor)
        return found

    def _spelling_index(self) -> dict[str, set[str]]:
        """Each known last name word under itself and every one-letter deletion (built once)."""
        if self._near is None:
            self._near = {}
            for surname in self._last_words:
                if len(surname) >= SPELLING_MIN:
                    for variant in _deletions(surname) | {surname}:
                        self._near.setdefault(variant, set()).add(surname)
        return self._near

    def words(self, word_class: str) -> dict[str, str]:
        """A closed word class of ``lexicon.tsv``: word → value."""
        return self.lexicon.get(word_class, {})

    def outlet(self, text: str) -> KnownActor | None:
        """The news outlet named ``text`` ("KCNA", "Yonhap"), if it is a known one."""
        return next((actor for actor in self.known(text) if actor.kind == "media"), None)


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one insertion, deletion, substitution or swap of
    neighbouring letters."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _in_order(short: list[str], full: list[str]) -> int | None:
    """Where the last word of ``short`` falls in ``full`` when ``short`` is ``full`` with
    words left out; None when it is not."""
    position = -1
    for word in short:
        try:
            position = full.index(word, position + 1)
        except ValueError:
            return None
    return position


def _strip_article(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _country(row: dict[str, str]) -> Country:
    return Country(row["iso3"], row["iso2"], row["name"], row["capital"], row["geonameid"],
                   _split(row["aliases"]), _split(row.get("demonyms")),
                   float(row["lat"]) if row.get("lat") else None,
                   float(row["lon"]) if row.get("lon") else None)


@lru_cache(maxsize=8)
def load_kb(extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base plus user files, built once per process per file set."""
    return KnowledgeBase(extra=extra)


def default_kb() -> KnowledgeBase:
    """The bundled knowledge base, shared by every stage of the process."""
    return load_kb()
