"""The ``extract`` output contract of DESIGN.md: one JSON object per input article.

The data model already uses the contract's field names, so serialising is mostly
``dataclasses.asdict``; this module adds the article-level fields, turns dates into ISO
strings and keeps the key order of the contract so that lines are easy to read.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from eventwire.models import ArticleResult

LIST_FIELDS = ("sentences", "timexes", "actors", "places", "events", "quotes")


def to_contract(result: ArticleResult) -> dict[str, Any]:
    """The contract object for one article, rejected or not."""
    article = result.article
    rejection = result.rejection
    published = article.date if article else (rejection.date if rejection else None)
    record: dict[str, Any] = {
        "id": article.id if article else (rejection.article_id if rejection else None),
        "date": published.isoformat() if published else None,
        "title": article.title if article else (rejection.title if rejection else None),
        "status": result.status,
        "error": result.error,
    }
    if article is not None:
        record.update(url=article.url, source=article.source, origin=article.origin)
    elif rejection is not None:
        record["origin"] = rejection.origin
    for name in LIST_FIELDS:
        record[name] = [asdict(item) for item in getattr(result, name)]
    record["credits"] = list(result.credits)
    return record


def to_json_line(result: ArticleResult) -> str:
    """The contract object as one line of JSON (UTF-8 kept readable)."""
    return json.dumps(to_contract(result), ensure_ascii=False, separators=(",", ":"))
