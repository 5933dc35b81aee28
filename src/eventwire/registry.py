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
    return " ".join(actor.name.casefold().split())


def apply_registry(connection: duckdb.DuckDBPyConnection, result: ArticleResult,
                   now: datetime) -> None:
    """Fill ``result``'s uncoded actors from the registry, then teach it this article's."""
    article = result.article
    if article is None:
        return
    actors = [a for a in result.actors if a.kind in LEARNABLE]
    if not actors:
        return
    keys = sorted({name_key(a) for a in actors})
    rows = connection.execute(
        "SELECT name_key, country, sector, code FROM actor_registry "
        "WHERE name_key IN (SELECT unnest(?))", [keys]).fetchall()
    known = {row[0]: row[1:] for row in rows}
    for actor in actors:
        key = name_key(actor)
        if key in known and actor.country_rule == "kb-dated" \
                and (actor.country, actor.sector) != known[key][:2]:
            _confirm(connection, result, actor, key)
            known[key] = (actor.country, actor.sector, actor.code)
        elif key in known:
            if actor.country is None or actor.country_rule == "article-country":
                _fill(result, actor, *known[key])
                connection.execute("INSERT INTO actor_registry_uses VALUES (?, ?, ?, ?, ?, ?)",
                                   [article.id, actor.id, key, actor.country, actor.sector, now])
            connection.execute("UPDATE actor_registry SET seen = seen + 1 WHERE name_key = ?",
                               [key])
        elif actor.country is not None and actor.kb_id is None \
                and actor.country_rule in {"text", "kin"}:
            evidence = max(actor.mentions, key=lambda m: (m.end - m.start, -m.start))
            connection.execute(
                "INSERT INTO actor_registry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                [key, actor.name, actor.kind, actor.country, actor.sector, actor.code,
                 article.id, actor.id, evidence.text, evidence.start, evidence.end, now])
            known[key] = (actor.country, actor.sector, actor.code)


def _confirm(connection: duckdb.DuckDBPyConnection, result: ArticleResult, actor: Actor,
             key: str) -> None:
    """A dated knowledge-base role replaces what an earlier article's text said."""
    article = result.article
    assert article is not None
    evidence = max(actor.mentions, key=lambda m: (m.end - m.start, -m.start))
    connection.execute(
        "UPDATE actor_registry SET country = ?, sector = ?, code = ?, article_id = ?, "
        "actor_id = ?, evidence = ?, evidence_start = ?, evidence_end = ?, seen = seen + 1 "
        "WHERE name_key = ?",
        [actor.country, actor.sector, actor.code, article.id, actor.id,
         f"{evidence.text} (knowledge base: {actor.kb_id})", evidence.start, evidence.end, key])


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
