"""Near-duplicate articles: MinHash signatures of word shingles, found through LSH.

A wire story reprinted by many outlets, or lightly edited (a new headline, a dropped
paragraph, a local sentence added), shares most of its five-word runs with the original.
MinHash estimates that overlap (Jaccard similarity) from a fixed-size signature, and
locality-sensitive hashing finds the candidates without comparing every pair, so adding
one article costs the same however large the corpus is.

The LSH index lives in the store (``article_bands``: one row per article and band), not
in memory: a batch looks up only the bands its own articles have, so a run over millions
of articles holds one batch's signatures at a time and its memory does not grow.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

import numpy as np
from datasketch import MinHash

from eventwire.consolidate.rules import Rules

if TYPE_CHECKING:
    from eventwire.store import Store

WORD = re.compile(r"\w+")
SCHEME = "affine32"  # stated explicitly so stored signatures can be rebuilt (datasketch ≥ 2)
SIGNED = np.dtype(np.uint32)

# The lookups of one batch, each on one table and filtered by a short list (the batch's
# band keys, then the ids they hit), so DuckDB hashes the list, never a whole table: a
# single join of the four tables let it build on ``articles`` and grow with the store.
BAND_HITS_SQL = ("SELECT band_key, article_id FROM article_bands "
                 "WHERE band_key IN (SELECT unnest(?))")
CANDIDATE_SQL = """
    SELECT s.article_id, s.minhash, a.date, a.ingested_at
    FROM (SELECT article_id, minhash FROM article_signatures
          WHERE article_id IN (SELECT unnest($ids))) s
    JOIN (SELECT id, date, ingested_at FROM articles WHERE id IN (SELECT unnest($ids))) a
      ON a.id = s.article_id
"""
ROOTS_SQL = ("SELECT article_id, duplicate_of FROM article_duplicates "
             "WHERE article_id IN (SELECT unnest(?))")


def shingles(text: str, size: int) -> set[bytes]:
    """The set of ``size``-word runs of ``text`` (case-folded); short texts give one shingle."""
    words = WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str, rules: Rules) -> MinHash:
    minhash = MinHash(num_perm=rules.num_perm, seed=rules.seed, scheme=SCHEME)
    minhash.update_batch(sorted(shingles(text, rules.shingle_words)))
    return minhash


def from_blob(blob: bytes, rules: Rules) -> MinHash:
    return MinHash(num_perm=rules.num_perm, seed=rules.seed, scheme=SCHEME,
                   hashvalues=np.frombuffer(blob, dtype=SIGNED))


def to_blob(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(SIGNED).tobytes()


def band_keys(minhash: MinHash, rules: Rules) -> list[int]:
    """One 64-bit key per LSH band: two articles are candidates when any key is equal.

    The band's number is hashed with its rows, so equal values in different bands never
    collide; keys are signed so that they fit DuckDB's BIGINT.
    """
    values = minhash.hashvalues.astype(SIGNED)
    keys = []
    for band in range(rules.bands):
        rows = values[band * rules.rows:(band + 1) * rules.rows]
        digest = hashlib.blake2b(band.to_bytes(2, "little") + rows.tobytes(), digest_size=8)
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    article_id: str
    duplicate_of: str
    similarity: float


@dataclass(slots=True)
class SignedArticle:
    """One article's signature, band keys and, if it copies an earlier one, the link."""

    article_id: str
    minhash: MinHash
    keys: list[int]
    link: DuplicateLink | None = None

    @property
    def blob(self) -> bytes:
        return to_blob(self.minhash)


@dataclass(slots=True)
class _Known:
    """An article a batch may copy: stored, or earlier in the same batch."""

    minhash: MinHash
    order: tuple[date, datetime, str]
    root: str


@dataclass(slots=True)
class _BatchIndex:
    """The candidates of one batch: stored articles sharing a band, then the batch itself."""

    known: dict[str, _Known] = field(default_factory=dict)
    by_key: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, article_id: str, known: _Known, keys: list[int]) -> None:
        self.known[article_id] = known
        for key in keys:
            self.by_key[key].add(article_id)

    def candidates(self, keys: list[int]) -> set[str]:
        return set().union(*(self.by_key.get(key, ()) for key in keys))


class NearDuplicates:
    """Links each new article to the earliest stored (or earlier batch) article it copies.

    ``link`` reads the stored band index once per batch; the caller stores what it
    returns (signatures, band keys, links) in the same transaction.
    """

    def __init__(self, store: Store, rules: Rules) -> None:
        self.store = store  # its connection is read at each use: ingest reopens it
        self.rules = rules

    def link(self, batch: list[tuple[str, str, date, datetime]]) -> list[SignedArticle]:
        """Sign ``batch`` (id, text, date, ingested_at; oldest first) and link its copies.

        A link always points at the root of a chain of copies, so every copy of one story
        names the same original.
        """
        signed = [self._sign(article_id, text) for article_id, text, _, _ in batch]
        index = self._stored_candidates(signed)
        for article, (article_id, _, day, ingested) in zip(signed, batch, strict=True):
            article.link = self._best_match(article, index)
            root = article.link.duplicate_of if article.link else article_id
            index.add(article_id, _Known(article.minhash, (day, ingested, article_id), root),
                      article.keys)
        return signed

    def _sign(self, article_id: str, text: str) -> SignedArticle:
        minhash = signature(text, self.rules)
        return SignedArticle(article_id, minhash, band_keys(minhash, self.rules))

    def _stored_candidates(self, signed: list[SignedArticle]) -> _BatchIndex:
        keys = sorted({key for article in signed for key in article.keys})
        index = _BatchIndex()
        connection = self.store.connection
        hits = connection.execute(BAND_HITS_SQL, [keys]).fetchall() if keys else []
        ids = sorted({article_id for _, article_id in hits})
        if not ids:
            return index
        roots = dict(connection.execute(ROOTS_SQL, [ids]).fetchall())
        shared: defaultdict[str, list[int]] = defaultdict(list)
        for key, article_id in hits:
            shared[article_id].append(key)
        for article_id, blob, day, ingested in connection.execute(
                CANDIDATE_SQL, {"ids": ids}).fetchall():
            index.add(article_id, _Known(from_blob(blob, self.rules),
                                         (day, ingested, article_id),
                                         roots.get(article_id, article_id)),
                      shared[article_id])
        return index

    def _best_match(self, article: SignedArticle, index: _BatchIndex) -> DuplicateLink | None:
        """The earliest candidate at or above the similarity threshold, by its root."""
        matches = []
        for other in index.candidates(article.keys):
            known = index.known[other]
            similarity = known.minhash.jaccard(article.minhash)
            if similarity >= self.rules.threshold:
                matches.append((known.order, similarity, known.root))
        if not matches:
            return None
        _, similarity, root = min(matches)
        return DuplicateLink(article.article_id, root, round(similarity, 4))
