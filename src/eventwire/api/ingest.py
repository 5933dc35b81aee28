"""The one write endpoint's work: JSON lines in, articles stored and consolidated.

Writes are serialised by a lock (DuckDB takes one writer at a time) and the spaCy
pipeline is loaded on the first ingest only, so a server that is never written to never
pays for it.
"""

from __future__ import annotations

import hmac
import io
import threading
from dataclasses import dataclass, field
from typing import Any

from eventwire.consolidate import Consolidator
from eventwire.ingest import IngestOptions, read_jsonl
from eventwire.models import Article, ArticleResult, Rejection
from eventwire.pipeline import Pipeline
from eventwire.provenance import extractor_version
from eventwire.runner import extract_batch
from eventwire.store import Store


def token_matches(expected: str | None, authorization: str | None) -> bool:
    """``Authorization: Bearer <token>`` against the configured token, in constant time."""
    if not expected or not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(),
                                                              expected.encode())


@dataclass(slots=True)
class Ingestor:
    store: Store
    max_bytes: int
    lock: threading.Lock = field(default_factory=threading.Lock)
    pipeline: Pipeline | None = None
    consolidator: Consolidator | None = None

    def ingest(self, body: bytes) -> dict[str, Any]:
        """Store the JSON-lines articles of ``body``; report what happened to each line."""
        items = list(read_jsonl(io.BytesIO(body), "<http>", IngestOptions(
            max_bytes=self.max_bytes)))
        articles = [item for item in items if isinstance(item, Article)]
        rejects = [item for item in items if isinstance(item, Rejection)]
        with self.lock:
            if self.pipeline is None:
                self.pipeline = Pipeline()
            if self.consolidator is None:
                self.consolidator = Consolidator(self.store)
                self.consolidator.update()  # what an earlier writer left unconsolidated
            results = extract_batch(self.pipeline, articles)
            outcome = self.store.write_batch([*results, *map(ArticleResult.rejected, rejects)],
                                             extractor_version())
            consolidated = self.consolidator.update(outcome.stored)
        return {
            "read": len(items), "stored": outcome.stored, "duplicates": outcome.duplicates,
            "rejected": [{"origin": r.origin, "reason": r.reason} for r in outcome.rejected],
            "new_events": consolidated.new_events,
            "updated_events": consolidated.updated_events,
        }
