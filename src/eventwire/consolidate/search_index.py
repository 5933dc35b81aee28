"""The full-text index behind ``/api/search``: term frequencies per article, scored BM25.

DuckDB's own ``fts`` extension is downloaded at run time, which eventwire may not do, so
the index is two plain tables (``search_docs``, ``search_terms``) that consolidation keeps
up to date and ``Queries.search`` scores with BM25 in SQL.
"""

from __future__ import annotations

import re
from collections import Counter

TERM = re.compile(r"\w\w+")


def terms(text: str) -> list[str]:
    """Index terms of a text: case-folded words of two characters or more."""
    return TERM.findall(text.casefold())


def document_rows(article_id: str, title: str | None,
                  text: str) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The ``search_docs`` row and ``search_terms`` rows of one article (title + body)."""
    words = terms(f"{title or ''}\n{text}")
    counts = Counter(words)
    doc = {"article_id": article_id, "length": len(words)}
    return doc, [{"term": term, "article_id": article_id, "tf": tf}
                 for term, tf in sorted(counts.items())]
