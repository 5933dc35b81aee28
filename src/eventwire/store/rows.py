"""Flatten an ``ArticleResult`` into rows of the store's tables (column name → value)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from eventwire.models import ActorRef, ArticleResult, Event, Mention

Row = dict[str, Any]


def result_rows(result: ArticleResult, ingested_at: datetime,
                extractor: str | None = None) -> dict[str, list[Row]]:
    """Rows for every table, keyed by table name, for one accepted article; ``extractor``
    marks which extractor made them (``eventwire.provenance``; None: unknown)."""
    article = result.article
    assert article is not None, "rejected results have no rows but a rejection"
    key = article.id
    rows: dict[str, list[Row]] = defaultdict(list)
    rows["articles"].append({
        "id": key, "fingerprint": article.fingerprint, "date": article.date,
        "title": article.title, "url": article.url, "source": article.source,
        "origin": article.origin, "text": article.text, "credits": list(result.credits),
        "ingested_at": ingested_at, "extractor": extractor,
    })
    rows["sentences"] = [{"article_id": key, "idx": s.index, "start_char": s.start,
                          "end_char": s.end} for s in result.sentences]
    rows["timexes"] = [{"article_id": key, "idx": i, "start_char": t.start, "end_char": t.end,
                        "text": t.text, "sentence": t.sentence, "type": t.type,
                        "value": t.value, "rule": t.rule}
                       for i, t in enumerate(result.timexes)]
    for actor in result.actors:
        rows["actors"].append({"article_id": key, "actor_id": actor.id, "name": actor.name,
                               "kind": actor.kind, "country": actor.country,
                               "sector": actor.sector, "code": actor.code,
                               "kb_id": actor.kb_id, "aliases": list(actor.aliases)})
        rows["actor_mentions"] += _mentions(key, "actor_id", actor.id, actor.mentions)
    for place in result.places:
        rows["places"].append({"article_id": key, "place_id": place.id, "name": place.name,
                               "country": place.country, "admin1": place.admin1,
                               "lat": place.lat, "lon": place.lon, "feature": place.feature,
                               "gazetteer_id": place.gazetteer_id})
        rows["place_mentions"] += _mentions(key, "place_id", place.id, place.mentions)
    rows["events"] = [event_row(key, event) for event in result.events]
    speaker_fields = ("actor", "name", "country")
    rows["quotes"] = [{"article_id": key, "idx": i, **_ref("speaker", q.speaker, speaker_fields),
                       "text": q.text, "start_char": q.start, "end_char": q.end,
                       "sentence": q.sentence} for i, q in enumerate(result.quotes)]
    return rows


def event_row(article_id: str, event: Event) -> Row:
    place = event.place
    return {
        "article_id": article_id, "event_id": event.id, "sentence": event.sentence,
        "start_char": event.start, "end_char": event.end,
        "trigger_start_char": event.trigger.start, "trigger_end_char": event.trigger.end,
        "trigger_text": event.trigger.text,
        **_ref("source", event.source), **_ref("target", event.target),
        "cameo": event.cameo, "cameo_name": event.cameo_name, "plover": event.plover,
        "mode": event.mode, "context": list(event.context), "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "date": date.fromisoformat(event.date) if event.date else None,
        "date_precision": event.date_precision, "date_rule": event.date_rule,
        "place_id": place.id if place else None, "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "place_lat": place.lat if place else None, "place_lon": place.lon if place else None,
        "place_rule": event.place_rule, "negated": event.negated, "modality": event.modality,
        "quote": event.quote, "reported_by": [asdict(r) for r in event.reported_by],
        "confidence": event.confidence, "rule": event.rule,
    }


def _ref(role: str, ref: ActorRef | None,
         fields: tuple[str, ...] = ("actor", "name", "country", "sector", "code")) -> Row:
    return {f"{role}_{field}": getattr(ref, field) if ref else None for field in fields}


def _mentions(article_id: str, key: str, owner: str, mentions: list[Mention]) -> list[Row]:
    return [{"article_id": article_id, key: owner, "start_char": m.start, "end_char": m.end,
             "text": m.text, "sentence": m.sentence} for m in mentions]
