"""The corpus-level actor registry: who an actor is, learned once, recognised later.

An article may establish an actor the knowledge base does not know ("his North Korean
counterpart, Kang Sun Nam" → Kang Sun Nam, PRK, MIL); a later article that names
"Kang Sun Nam" bare cannot. The registry keeps, per canonical name, the country,
sector and code the first establishing article gave, with that article, actor and the
mention as evidence; when a later article leaves an actor of that name without a
country (or with only the article's main country as a default), the store fills it from
the registry, and the events and quotes that point at the actor, and records the use.

What was learned from text stays until the knowledge base confirms otherwise: a later
article in which the actor's country and sector come from a *dated* knowledge-base role
covering that article's date (``country_rule == "kb-dated"``: a user's ``--kb`` file
that now lists Kang Sun Nam as defence minister from 2024) replaces the entry, with that
article as evidence. A later article's own text does not: input order is not time order
(archives are ingested in any order), and one article's wording is no better evidence
than the first's.

Why at write time: it runs in the process that owns the store, in input order, inside
the batch's transaction, so it is correct with any number of extraction workers (each
worker's pipeline stays a pure function of one article) and a crash leaves no half-
learned actor. ``extract`` touches no store, so it has no registry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import duckdb

from eventwire.models import Actor, ActorRef, ArticleResult

REGISTRY_DDL = (
    "CREATE TABLE IF NOT EXISTS actor_registry (name_key VARCHAR PRIMARY KEY, name VARCHAR, "
    "kind VARCHAR, country VARCHAR, sector VARCHAR, code VARCHAR, article_id VARCHAR, "
    "actor_id VARCHAR, evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER, "
    "first_seen TIMESTAMP, seen INTEGER)",
    "CREATE TABLE IF NOT EXISTS actor_registry_uses (article_id VARCHAR, actor_id VARCHAR, "
    "name_key VARCHAR, country VARCHAR, sector VARCHAR, used_at TIMESTAMP)",
)
LEARNABLE = frozenset({"person", "organization", "group"})


def create_registry_tables(connection: duckdb.DuckDBPyConnection) -> None:
    """Migration step: the registry and the log of where it filled an actor in."""
    for statement in REGISTRY_DDL:
        connection.execute(statement)


def name_key(actor: Actor) -> str:
    return _key(actor.name)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass(frozen=True, slots=True)
class Earlier:
    """What the registry did for an article's previous extraction: the names of its
    learnable actors, and those it filled in."""

    names: frozenset[str]
    filled: frozenset[str]

    def may_fill(self, key: str) -> bool:
        """A name the previous extraction had is filled only if it was filled then: an
        entry learned from an article stored later must not change a re-extraction that
        is otherwise the same. A name new to the article is filled like any."""
        return key in self.filled or key not in self.names


def earlier_uses(connection: duckdb.DuckDBPyConnection,
                 article_ids: list[str]) -> dict[str, Earlier]:
    """``Earlier`` for each stored article, read before its extraction is replaced."""
    names: defaultdict[str, set[str]] = defaultdict(set)
    filled: defaultdict[str, set[str]] = defaultdict(set)
    for article_id, name in connection.execute(
            "SELECT article_id, name FROM actors WHERE article_id IN (SELECT unnest(?)) "
            "AND kind IN (SELECT unnest(?))", [article_ids, sorted(LEARNABLE)]).fetchall():
        names[article_id].add(_key(name))
    for article_id, key in connection.execute(
            "SELECT article_id, name_key FROM actor_registry_uses "
            "WHERE article_id IN (SELECT unnest(?))", [article_ids]).fetchall():
        filled[article_id].add(key)
    return {article_id: Earlier(frozenset(names[article_id]), frozenset(filled[article_id]))
            for article_id in article_ids}


def apply_registry(connection: duckdb.DuckDBPyConnection, result: ArticleResult,
                   now: datetime, earlier: Earlier | None = None) -> None:
    """Fill ``result``'s uncoded actors from the registry, then teach it this article's.

    ``earlier`` is given for a new extraction of a stored article (``eventwire
    reprocess``): the registry has counted its actors already, so they are not counted
    as seen again; it fills in what it filled before (see ``Earlier.may_fill``), and an
    entry this article taught is known again from the actor that taught it on, as it was
    the first time.
    """
    sighting = int(earlier is None)
    article = result.article
    if article is None:
        return
    actors = [a for a in result.actors if a.kind in LEARNABLE]
    if not actors:
        return
    known, taught = _entries(connection, article.id, {name_key(a) for a in actors},
                             earlier is not None)
    for actor in actors:
        key = name_key(actor)
        if key in taught and (actor.id == taught[key][0] or _teaches(actor)):
            known[key] = taught.pop(key)[1]
        elif key in known and actor.country_rule == "kb-dated" \
                and (actor.country, actor.sector) != known[key][:2]:
            _confirm(connection, result, actor, key, sighting)
            known[key] = (actor.country, actor.sector, actor.code)
        elif key in known:
            if (actor.country is None or actor.country_rule == "article-country") \
                    and (earlier is None or earlier.may_fill(key)):
                _fill(result, actor, *known[key])
                connection.execute("INSERT INTO actor_registry_uses VALUES (?, ?, ?, ?, ?, ?)",
                                   [article.id, actor.id, key, actor.country, actor.sector, now])
            connection.execute("UPDATE actor_registry SET seen = seen + ? WHERE name_key = ?",
                               [sighting, key])
        elif _teaches(actor):
            evidence = max(actor.mentions, key=lambda m: (m.end - m.start, -m.start))
            connection.execute(
                "INSERT INTO actor_registry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [key, actor.name, actor.kind, actor.country, actor.sector, actor.code,
                 article.id, actor.id, evidence.text, evidence.start, evidence.end, now])
            known[key] = (actor.country, actor.sector, actor.code)


Entry = tuple[str | None, str | None, str | None]
"""What the registry knows of a name: country, sector, code."""


def _entries(connection: duckdb.DuckDBPyConnection, article_id: str, keys: set[str],
             again: bool) -> tuple[dict[str, Entry], dict[str, tuple[str, Entry]]]:
    """The registry's entries for ``keys``: those known when the article starts, and (on
    a new extraction, ``again``) those the article itself taught, with the teaching actor."""
    known: dict[str, Entry] = {}
    taught: dict[str, tuple[str, Entry]] = {}
    for key, country, sector, code, source, actor_id in connection.execute(
            "SELECT name_key, country, sector, code, article_id, actor_id FROM actor_registry "
            "WHERE name_key IN (SELECT unnest(?))", [sorted(keys)]).fetchall():
        if again and source == article_id:
            taught[key] = (actor_id, (country, sector, code))
        else:
            known[key] = (country, sector, code)
    return known, taught


def _teaches(actor: Actor) -> bool:
    """An actor whose country its own article's text establishes, with no knowledge-base
    entry: what the registry learns from."""
    return actor.country is not None and actor.kb_id is None \
        and actor.country_rule in {"text", "kin"}


def _confirm(connection: duckdb.DuckDBPyConnection, result: ArticleResult, actor: Actor,
             key: str, sighting: int) -> None:
    """A dated knowledge-base role replaces what an earlier article's text said."""
    article = result.article
    assert article is not None
    evidence = max(actor.mentions, key=lambda m: (m.end - m.start, -m.start))
    connection.execute(
        "UPDATE actor_registry SET country = ?, sector = ?, code = ?, article_id = ?, "
        "actor_id = ?, evidence = ?, evidence_start = ?, evidence_end = ?, seen = seen + ? "
        "WHERE name_key = ?",
        [actor.country, actor.sector, actor.code, article.id, actor.id,
         f"{evidence.text} (knowledge base: {actor.kb_id})", evidence.start, evidence.end,
         sighting, key])


def _fill(result: ArticleResult, actor: Actor, country: str | None, sector: str | None,
          code: str | None) -> None:
    """Give ``actor`` the registry's codes, and every reference to it in the result."""
    actor.country, actor.sector = country, actor.sector or sector
    actor.country_rule = "registry"
    actor.code = code if actor.sector == sector else (country or "") + (actor.sector or "")
    for event in result.events:
        for role in ("source", "target"):
            ref: ActorRef | None = getattr(event, role)
            if ref is not None and ref.actor == actor.id:
                setattr(event, role, ActorRef.of(actor))
    for quote in result.quotes:
        if quote.speaker is not None and quote.speaker.actor == actor.id:
            quote.speaker = ActorRef.of(actor)
