"""Corpus-level consolidation: copies linked, mentions grouped into events, counts kept.

``Consolidator.update`` only looks at what is not consolidated yet (articles without a
signature, mentions without an event), so it is incremental by construction and running
it again changes nothing. Each update runs in one transaction: a crash leaves the store
as it was, and the next update redoes the missing part. When articles are extracted
again (``eventwire reprocess``), ``withdraw`` takes their mentions out of their events
first and the update puts the unchanged ones back. Mentions are taken oldest report
first, so a corpus consolidated in one run or batch by batch (in publication order) ends
up with the same events.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from eventwire.consolidate.duplicates import DuplicateLink, NearDuplicates
from eventwire.consolidate.matching import ActorKey, Cluster, MentionInfo, best_cluster
from eventwire.consolidate.rules import Rules, default_rules
from eventwire.consolidate.search_index import document_rows

if TYPE_CHECKING:
    from eventwire.store import Store

OUTLET = ("coalesce(a.source, nullif(regexp_extract(a.url, '://(?:www\\.)?([^/:]+)', 1), ''), "
          "'article:' || a.id)")
MENTION_SQL = f"""
    SELECT e.article_id, e.event_id, e.cameo, e.negated, e.date, e.date_precision,
           e.source_name, e.source_country, sa.kb_id AS source_kb,
           e.target_name, e.target_country, ta.kb_id AS target_kb,
           e.place_country, e.place_lat, e.place_lon, a.date AS published,
           {OUTLET} AS outlet,
           substr(a.text, e.start_char + 1, e.end_char - e.start_char) AS evidence,
           m.consolidated_id, m.link_rule
    FROM events e
    JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.actor_id = e.source_actor
    LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.actor_id = e.target_actor
    LEFT JOIN event_mentions m ON m.article_id = e.article_id AND m.event_id = e.event_id
"""
MENTION_ORDER = " ORDER BY a.date, e.article_id, e.sentence, e.start_char, e.event_id"
STORED_MENTION_SQL = """
    SELECT article_id, event_id, cameo, negated, date_lo, date_hi, tolerance, date_precision,
           source_kb, source_words, source_country, target_kb, target_words, target_country,
           place_country, place_lat, place_lon, published, outlet, evidence_key,
           consolidated_id, link_rule
    FROM event_mentions
"""
STORED_ORDER = " ORDER BY published, article_id, event_id"
CORPUS_TABLES = ("consolidated_events", "event_mentions", "article_duplicates",
                 "article_signatures", "article_bands", "search_terms", "search_docs")


@dataclass(frozen=True, slots=True)
class _Scope:
    """Which articles an update looks at: all (``None``) or the given ids."""

    article_ids: Sequence[str] | None

    def sql(self, column: str) -> str:
        return "" if self.article_ids is None else f" AND {column} IN (SELECT unnest(?))"

    @property
    def params(self) -> list[Any]:
        return [] if self.article_ids is None else [list(self.article_ids)]


@dataclass(slots=True)
class Placements:
    """Where withdrawn mentions were (``Consolidator.withdraw``): their event and link rule
    by everything consolidation compares, and every event that lost a mention."""

    by_key: dict[tuple[Any, ...], list[tuple[int, str]]] = field(default_factory=dict)
    events: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, rows: list[dict[str, Any]]) -> Placements:
        placements = cls()
        for row in rows:
            placements.by_key.setdefault(_placement_key(row), []).append(
                (row["consolidated_id"], row["link_rule"]))
            placements.events.add(row["consolidated_id"])
        return placements

    def take(self, row: dict[str, Any]) -> tuple[int, str] | None:
        """The event and link rule of a withdrawn mention equal to ``row`` (each is
        given back once), or None when the new extraction changed the mention."""
        places = self.by_key.get(_placement_key(row))
        return places.pop(0) if places else None


PLACEMENT_FREE = frozenset({"event_id", "consolidated_id", "link_rule"})
"""Mention columns that say where a mention went, not what it is: an event id is only the
mention's number within its article's extraction."""


def _placement_key(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple((name, tuple(value) if isinstance(value, list) else value)
                 for name, value in sorted(row.items()) if name not in PLACEMENT_FREE)


@dataclass(slots=True)
class ConsolidationSummary:
    articles: int = 0
    duplicates: int = 0
    mentions: int = 0
    new_events: int = 0
    updated_events: int = 0


class Consolidator:
    """Keeps one store's corpus-level tables up to date. It holds no corpus state of its
    own (the LSH index is in the store), so memory stays flat over any number of batches."""

    def __init__(self, store: Store, rules: Rules | None = None) -> None:
        self.store = store
        self.rules = rules or default_rules()
        self.near = NearDuplicates(store, self.rules)

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        return self.store.connection

    def rebuild(self) -> ConsolidationSummary:
        """Forget every corpus-level result and consolidate the whole store again."""
        with self.store.transaction():
            for table in CORPUS_TABLES:
                self.connection.execute(f"DELETE FROM {table}")
        return self.update()

    def update(self, article_ids: Sequence[str] | None = None,
               placed: Placements | None = None) -> ConsolidationSummary:
        """Consolidate what is not consolidated yet: everything in the store, or only the
        articles ``article_ids`` (a batch just written), which keeps each batch's work and
        memory independent of the store's size. ``placed`` says where the mentions of
        re-extracted articles were (see ``withdraw``)."""
        summary = ConsolidationSummary()
        scope = _Scope(article_ids)
        with self.store.transaction():
            self._link_articles(summary, scope)
            self._group_mentions(summary, scope, placed or Placements())
        return summary

    def withdraw(self, article_ids: Sequence[str]) -> Placements:
        """Take these articles' mentions out of their events, because their extraction is
        being replaced (``eventwire reprocess``); returns where each mention was.

        Copy links and the search index stay: they come from the text, which does not
        change. Given the placements, ``update`` puts a mention the new extraction left
        as it was back into its event, so reprocessing an unchanged article changes
        nothing; the events that lost a mention are recounted either way.
        """
        scope = _Scope(article_ids)
        with self.store.transaction():
            rows = self._rows("SELECT * FROM event_mentions WHERE true" + scope.sql("article_id")
                              + STORED_ORDER, scope.params)
            self.connection.execute("DELETE FROM event_mentions WHERE true"
                                    + scope.sql("article_id"), scope.params)
        return Placements.of(rows)

    # -- articles: copies and the search index -------------------------------------------

    def _link_articles(self, summary: ConsolidationSummary, scope: _Scope) -> None:
        fresh = self.connection.execute(
            "SELECT a.id, a.title, a.text, a.date, a.ingested_at FROM articles a "
            "LEFT JOIN article_signatures s ON s.article_id = a.id "
            "WHERE s.article_id IS NULL" + scope.sql("a.id")
            + " ORDER BY a.date, a.ingested_at, a.id", scope.params).fetchall()
        if not fresh:
            return
        signed = self.near.link([(article_id, text, day, ingested)
                                 for article_id, _, text, day, ingested in fresh])
        signatures, bands, links, docs, terms = [], [], [], [], []
        for article, (article_id, title, text, _, _) in zip(signed, fresh, strict=True):
            signatures.append({"article_id": article_id, "minhash": article.blob})
            bands.extend({"band_key": key, "article_id": article_id} for key in article.keys)
            if article.link:
                links.append(_link_row(article.link))
            doc, doc_terms = document_rows(article_id, title, text)
            docs.append(doc)
            terms.extend(doc_terms)
        for table, rows in (("article_signatures", signatures), ("article_bands", bands),
                            ("article_duplicates", links), ("search_docs", docs),
                            ("search_terms", terms)):
            self.store.insert_rows(table, rows)
        summary.articles += len(fresh)
        summary.duplicates += len(links)

    # -- mentions: events ----------------------------------------------------------------

    def _group_mentions(self, summary: ConsolidationSummary, scope: _Scope,
                        placed: Placements) -> None:
        fresh = [fresh_mention(row, self.rules) for row in self._rows(
            MENTION_SQL + " WHERE m.article_id IS NULL" + scope.sql("e.article_id")
            + MENTION_ORDER, scope.params)]
        touched = self._place_mentions(fresh, summary, placed) if fresh else set()
        self._refresh_events(sorted(touched | placed.events))

    def _place_mentions(self, fresh: list[MentionInfo], summary: ConsolidationSummary,
                        placed: Placements) -> set[int]:
        """Put each fresh mention in an event, new or stored; returns the events touched."""
        blocks = self.candidate_clusters(fresh, placed.events)
        stories = self._stories(fresh)
        # A withdrawn mention's event keeps its id, even if no other mention is left in it.
        next_id = max(self._next_id(), max(placed.events, default=0) + 1)
        existing = {cluster.id for block in blocks.values() for cluster in block}
        existing |= placed.events
        touched: set[int] = set()
        for mention in fresh:
            block = blocks[(mention.root, mention.negated)]
            cluster = self._chosen_cluster(mention, block, placed, stories)
            if cluster is None:
                cluster = Cluster(next_id)
                next_id += 1
                block.append(cluster)
            cluster.members.append(mention)
            mention.consolidated_id = cluster.id
            touched.add(cluster.id)
            stories.copies[(mention.article_id, mention.evidence_key, mention.cameo)] = cluster
        self.store.insert_rows("event_mentions", [self._mention_row(m) for m in fresh])
        summary.mentions += len(fresh)
        summary.updated_events += len(touched & existing)
        summary.new_events += len(touched - existing)
        return touched

    def _chosen_cluster(self, mention: MentionInfo, block: list[Cluster], placed: Placements,
                        stories: _Stories) -> Cluster | None:
        """The event a fresh mention joins (None: a new one), with its link rule set.

        A re-extracted mention that did not change goes back to its event: matching it
        again could split what a copy link joined (a reprint dates "on Wednesday" from its
        own day), or what was matched before later reports arrived.
        """
        previous = placed.take(self._mention_row(mention))
        if previous is not None:
            cluster_id, mention.link_rule = previous
            return _in_block(block, Cluster(cluster_id))
        cluster = stories.copied_cluster(mention, block)
        if cluster is not None:
            return cluster
        cluster = best_cluster(mention, block, self.rules)
        mention.link_rule = "matched" if cluster is not None else "new"
        return cluster

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.connection.execute(sql, params)
        names = [column[0] for column in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def candidate_clusters(self, fresh: list[MentionInfo], also: Iterable[int] = ()
                           ) -> defaultdict[tuple[str, bool], list[Cluster]]:
        """Stored events that could take one of ``fresh`` (and the events ``also``), with
        all their mentions, grouped by (CAMEO root, negated).

        An event can take a mention only if every one of its mentions fits it, and a fit
        needs the same root and negation, dates within tolerance and one actor in common;
        so the events asked for are those with a mention that passes these tests against
        some fresh mention. That set depends on how much news shares the batch's days and
        actors, not on how large the store has grown.
        """
        blocks: defaultdict[tuple[str, bool], list[Cluster]] = defaultdict(list)
        reach = timedelta(days=self.rules.widest_tolerance)
        keys = pa.Table.from_pylist([_block_row(m) for m in fresh], schema=BLOCK_SCHEMA)
        self.connection.register("batch_mentions", keys)
        try:
            wanted = sorted(also)  # asked for only when given: ingest's lookup stays as lean
            rows = self._rows(STORED_MENTION_SQL + f"""
                WHERE consolidated_id IN ({CANDIDATE_EVENTS_SQL})"""
                + (" OR consolidated_id IN (SELECT unnest(?))" if wanted else "")
                + STORED_ORDER,
                [min(m.lo for m in fresh) - reach, max(m.hi for m in fresh) + reach,
                 *([wanted] if wanted else [])])
        finally:
            self.connection.unregister("batch_mentions")
        clusters: dict[int, Cluster] = {}
        for row in rows:
            mention = stored_mention(row)
            assert mention.consolidated_id is not None
            cluster = clusters.get(mention.consolidated_id)
            if cluster is None:
                cluster = clusters[mention.consolidated_id] = Cluster(mention.consolidated_id)
                blocks[(mention.root, mention.negated)].append(cluster)
            cluster.members.append(mention)
        return blocks

    def _stories(self, fresh: list[MentionInfo]) -> _Stories:
        """What the fresh mentions' articles share with the articles they copy, or (when
        an original's extraction is replaced) with the stored articles that copy them."""
        articles = sorted({m.article_id for m in fresh})
        originals = dict(self.connection.execute(
            "SELECT article_id, duplicate_of FROM article_duplicates "
            "WHERE article_id IN (SELECT unnest(?))", [articles]).fetchall())
        reprinted = dict(self.connection.execute(
            "SELECT article_id, duplicate_of FROM article_duplicates "
            "WHERE duplicate_of IN (SELECT unnest(?))", [articles]).fetchall())
        return _Stories(originals, self._keyed_events(sorted(set(originals.values())), {}),
                        self._keyed_events(sorted(reprinted), reprinted))

    def _keyed_events(self, article_ids: list[str],
                      original_of: dict[str, str]) -> dict[tuple[str, str, str], Cluster]:
        """Events of the stored mentions of ``article_ids``, keyed by (original article,
        normalised evidence sentence, CAMEO code); an article absent from
        ``original_of`` is an original itself."""
        if not article_ids:
            return {}
        rows = self._rows(STORED_MENTION_SQL + " WHERE article_id IN (SELECT unnest(?))",
                          [article_ids])
        targets: dict[tuple[str, str, str], Cluster] = {}
        for row in rows:
            mention = stored_mention(row)
            assert mention.consolidated_id is not None
            original = original_of.get(mention.article_id, mention.article_id)
            targets[(original, mention.evidence_key, mention.cameo)] = Cluster(
                mention.consolidated_id, [mention])
        return targets

    def _next_id(self) -> int:
        ((highest,),) = self.connection.execute(
            "SELECT coalesce(max(consolidated_id), 0) FROM event_mentions").fetchall()
        return int(highest) + 1

    def _mention_row(self, mention: MentionInfo) -> dict[str, Any]:
        return {
            "article_id": mention.article_id, "event_id": mention.event_id,
            "consolidated_id": mention.consolidated_id, "link_rule": mention.link_rule,
            "date_lo": mention.lo, "date_hi": mention.hi, "tolerance": mention.tolerance,
            "cameo_root": mention.root, "negated": mention.negated,
            "source_key": mention.source.text if mention.source else None,
            "target_key": mention.target.text if mention.target else None,
            "published": mention.published, "outlet": mention.outlet,
            **match_keys(mention),
        }

    def _refresh_events(self, ids: list[int]) -> None:
        """Recompute the touched events from all their mentions (counts, representative);
        an event left without mentions goes."""
        if not ids:
            return
        self.connection.execute(
            "DELETE FROM consolidated_events WHERE id IN (SELECT unnest(?))", [ids])
        self.connection.execute(REFRESH_SQL, [list(self.rules.precision_rank), ids])


@dataclass(slots=True)
class _Stories:
    """A batch's articles told by several outlets: copy → original, the originals' events
    (for fresh copies, and filled with the batch's own events as they are placed) and
    the stored copies' events (for originals whose extraction is replaced), both keyed
    by (original article, evidence key, CAMEO code)."""

    originals: dict[str, str]
    copies: dict[tuple[str, str, str], Cluster]
    reprints: dict[tuple[str, str, str], Cluster]

    def copied_cluster(self, mention: MentionInfo, block: list[Cluster]) -> Cluster | None:
        """A mention in a copy of an article joins the event of the same sentence in the
        original, whatever its own dates say (a reprint resolves "on Wednesday" against
        its own, later, publication date); a re-extracted original's mention joins the
        event its copies' same sentence is in. Sets the link rule it follows."""
        original = self.originals.get(mention.article_id)
        if original is not None:
            target = self.copies.get((original, mention.evidence_key, mention.cameo))
            rule = "copy-of:"
        else:
            target = self.reprints.get((mention.article_id, mention.evidence_key,
                                        mention.cameo))
            rule = "original-of:"
        if target is None:
            return None
        mention.link_rule = rule + target.members[0].article_id
        return _in_block(block, target)


def _in_block(block: list[Cluster], cluster: Cluster) -> Cluster:
    """The block's cluster with ``cluster``'s id, ``cluster`` itself added if it has none
    (a copy's original event, or a withdrawn mention's, may not be among the candidates)."""
    same = next((known for known in block if known.id == cluster.id), None)
    if same is None:
        block.append(cluster)
        return cluster
    return same


def fresh_mention(row: dict[str, Any], rules: Rules) -> MentionInfo:
    """A mention read from the events it comes from (``MENTION_SQL``)."""
    published: date = row["published"]
    precision = row["date_precision"] if row["date"] else "publication"
    window = rules.window(precision)
    lo, hi = window.bounds(row["date"] or published)
    return MentionInfo(
        article_id=row["article_id"], event_id=row["event_id"], cameo=row["cameo"] or "",
        negated=bool(row["negated"]), lo=lo, hi=hi, tolerance=window.tolerance,
        source=ActorKey.of(row["source_name"], row["source_kb"], row["source_country"]),
        target=ActorKey.of(row["target_name"], row["target_kb"], row["target_country"]),
        place_country=row["place_country"], lat=row["place_lat"], lon=row["place_lon"],
        published=published, outlet=row["outlet"], precision=precision,
        evidence_key=evidence_key(row["evidence"] or ""),
        consolidated_id=row["consolidated_id"], link_rule=row["link_rule"] or "")


def stored_match_keys(connection: duckdb.DuckDBPyConnection,
                      rules: Rules | None = None) -> list[dict[str, Any]]:
    """Match keys of every consolidated mention, recomputed from its event: how a store
    made before the keys were kept with the mentions gets them (schema step 005)."""
    rules = rules or default_rules()
    cursor = connection.execute(MENTION_SQL + " WHERE m.consolidated_id IS NOT NULL")
    names = [column[0] for column in cursor.description or []]
    mentions = [fresh_mention(dict(zip(names, row, strict=True)), rules)
                for row in cursor.fetchall()]
    return [{"article_id": m.article_id, "event_id": m.event_id, **match_keys(m)}
            for m in mentions]


def evidence_key(sentence: str) -> str:
    """A short digest of an evidence sentence, blind to case and spacing: a reprint's
    sentence finds the original's event by it."""
    normal = " ".join(sentence.casefold().split())
    return hashlib.blake2b(normal.encode(), digest_size=8).hexdigest()


def match_keys(mention: MentionInfo) -> dict[str, Any]:
    """The stored form of what matching compares (schema ``MATCH_KEYS``)."""
    return {"cameo": mention.cameo, "date_precision": mention.precision,
            **_actor_columns("source", mention.source),
            **_actor_columns("target", mention.target),
            "place_country": mention.place_country, "place_lat": mention.lat,
            "place_lon": mention.lon, "evidence_key": mention.evidence_key}


def _actor_columns(role: str, key: ActorKey | None) -> dict[str, Any]:
    """An absent actor is NULL words; a known one always has a (maybe empty) word list."""
    return {f"{role}_kb": key.kb_id if key else None,
            f"{role}_words": sorted(key.words) if key else None,
            f"{role}_country": key.country if key else None}


def _stored_actor(row: dict[str, Any], role: str) -> ActorKey | None:
    words = row[f"{role}_words"]
    if words is None:
        return None
    return ActorKey(row[f"{role}_kb"], frozenset(words), row[f"{role}_country"])


def stored_mention(row: dict[str, Any]) -> MentionInfo:
    """A mention as stored in ``event_mentions`` (``STORED_MENTION_SQL``)."""
    return MentionInfo(
        article_id=row["article_id"], event_id=row["event_id"], cameo=row["cameo"] or "",
        negated=bool(row["negated"]), lo=row["date_lo"], hi=row["date_hi"],
        tolerance=row["tolerance"], source=_stored_actor(row, "source"),
        target=_stored_actor(row, "target"), place_country=row["place_country"],
        lat=row["place_lat"], lon=row["place_lon"], published=row["published"],
        outlet=row["outlet"], precision=row["date_precision"] or "publication",
        evidence_key=row["evidence_key"] or "", consolidated_id=row["consolidated_id"],
        link_rule=row["link_rule"] or "")


def _block_row(mention: MentionInfo) -> dict[str, Any]:
    return {"root": mention.root, "negated": mention.negated, "lo": mention.lo,
            "hi": mention.hi, "tolerance": mention.tolerance,
            **_actor_columns("source", mention.source),
            **_actor_columns("target", mention.target)}


BLOCK_SCHEMA = pa.schema([
    ("root", pa.string()), ("negated", pa.bool_()), ("lo", pa.date32()), ("hi", pa.date32()),
    ("tolerance", pa.int32()),
    *((f"{role}_{field}", kind) for role in ("source", "target")
      for field, kind in (("kb", pa.string()), ("words", pa.list_(pa.string())),
                          ("country", pa.string()))),
])


def _may_be_same_actor(one: str, other: str) -> str:
    """SQL for ``matching.same_actor`` between two stored actor sides (column prefixes);
    an absent side (NULL words) matches nothing."""
    return (f"(CASE WHEN {one}_words IS NULL OR {other}_words IS NULL THEN false "
            f"WHEN {one}_kb IS NOT NULL AND {other}_kb IS NOT NULL THEN {one}_kb = {other}_kb "
            f"WHEN {one}_country <> {other}_country THEN false "
            f"WHEN len({one}_words) = 0 OR len({other}_words) = 0 THEN false "
            f"ELSE list_has_all({one}_words, {other}_words) "
            f"OR list_has_all({other}_words, {one}_words) END)")


# Events with a mention that may fit a mention of the batch (``registered batch_mentions``):
# same root and negation, dates within the wider tolerance, an actor in common in either
# role. The outer date bounds only let DuckDB skip row groups by their min/max.
CANDIDATE_EVENTS_SQL = f"""
    SELECT DISTINCT m.consolidated_id
    FROM event_mentions m
    JOIN batch_mentions f ON m.cameo_root = f.root AND m.negated = f.negated
    WHERE m.date_hi >= ? AND m.date_lo <= ?
      AND date_diff('day', least(m.date_hi, f.hi), greatest(m.date_lo, f.lo))
          <= greatest(m.tolerance, f.tolerance)
      AND ({" OR ".join(_may_be_same_actor("f." + one, "m." + other)
                        for one in ("source", "target") for other in ("source", "target"))})
"""


def _link_row(link: DuplicateLink) -> dict[str, Any]:
    return {"article_id": link.article_id, "duplicate_of": link.duplicate_of,
            "similarity": link.similarity}


def _side(role: str) -> str:
    fields = ", ".join(f"'{field}': {role}_{field}" for field in
                       ("name", "country", "sector", "code"))
    return (f"arg_min({{'actor': {role}_key, {fields}}}, r) "
            f"FILTER (WHERE {role}_name IS NOT NULL) AS {role}")


REFRESH_SQL = f"""
    INSERT INTO consolidated_events
    WITH ranked AS (
        SELECT m.consolidated_id AS id, m.outlet, m.published, m.source_key, m.target_key,
               coalesce(d.duplicate_of, m.article_id) AS story, e.*,
               row_number() OVER (
                   PARTITION BY m.consolidated_id
                   ORDER BY coalesce(list_position(?::VARCHAR[], e.date_precision), 99),
                            e.confidence DESC, m.published, e.article_id, e.sentence,
                            e.event_id) AS r
        FROM event_mentions m
        JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        LEFT JOIN article_duplicates d ON d.article_id = m.article_id
        WHERE m.consolidated_id IN (SELECT unnest(?))
    ), grouped AS (
        SELECT id,
               arg_min({{'date': date, 'date_precision': date_precision, 'cameo': cameo,
                         'cameo_name': cameo_name, 'plover': plover, 'mode': mode,
                         'quad_class': quad_class, 'goldstein': goldstein,
                         'negated': negated, 'modality': modality, 'article_id': article_id,
                         'event_id': event_id, 'sentence': sentence, 'published': published}},
                       r) AS rep,
               {_side("source")}, {_side("target")},
               arg_min({{'name': place_name, 'country': place_country, 'lat': place_lat,
                         'lon': place_lon}}, r) FILTER (WHERE place_name IS NOT NULL) AS place,
               max(confidence) AS confidence, count(*) AS num_mentions,
               count(DISTINCT outlet) AS num_sources,
               count(DISTINCT article_id) AS num_articles,
               count(DISTINCT story) AS num_stories,
               min(published) AS first_published, max(published) AS last_published
        FROM ranked GROUP BY id
    )
    SELECT id, coalesce(rep.date, rep.published), rep.date_precision, rep.cameo,
           rep.cameo_name, left(rep.cameo, 2), rep.plover, rep.mode, rep.quad_class,
           rep.goldstein, source.actor, source.name, source.country, source.sector,
           source.code, target.actor, target.name, target.country, target.sector,
           target.code, place.name, place.country, place.lat, place.lon, rep.negated,
           rep.modality, confidence, num_mentions, num_sources, num_articles, num_stories,
           first_published, last_published, rep.article_id, rep.event_id, rep.sentence
    FROM grouped
"""
