"""Near-duplicate articles: MinHash signatures of word shingles, found through LSH.

A wire story reprinted by many outlets, or lightly edited (a new headline, a dropped
paragraph, a local sentence added), shares most of its five-word runs with the original.
MinHash estimates that overlap (Jaccard similarity) from a fixed-size signature, and
locality-sensitive hashing finds the candidates without comparing every pair, so adding
one article costs the same however large the corpus is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from eventwire.consolidate.rules import Rules

WORD = re.compile(r"\w+")
SCHEME = "affine32"  # stated explicitly so stored signatures can be rebuilt (datasketch ≥ 2)


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
                   hashvalues=np.frombuffer(blob, dtype=np.uint32))


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    article_id: str
    duplicate_of: str
    similarity: float


class NearDuplicates:
    """The LSH index of every signed article, kept in memory for one consolidation run."""

    def __init__(self, rules: Rules, signed: Iterable[tuple[str, bytes]] = (),
                 roots: dict[str, str] | None = None) -> None:
        self.rules = rules
        self.index = MinHashLSH(threshold=rules.threshold, num_perm=rules.num_perm)
        self.signatures: dict[str, MinHash] = {}
        self.order: dict[str, int] = {}
        self.roots = dict(roots or {})
        for article_id, blob in signed:
            self._add(article_id, from_blob(blob, self.rules))

    def _add(self, article_id: str, minhash: MinHash) -> None:
        self.index.insert(article_id, minhash)
        self.signatures[article_id] = minhash
        self.order[article_id] = len(self.order)

    def add(self, article_id: str, text: str) -> tuple[bytes, DuplicateLink | None]:
        """Sign a new article; link it to the earliest article it copies, if any.

        The link always points at the root of a chain of copies, so every copy of one
        story names the same original.
        """
        minhash = signature(text, self.rules)
        link = None
        scored = [(self.signatures[other].jaccard(minhash), other)
                  for other in self.index.query(minhash)]
        matches = [(similarity, other) for similarity, other in scored
                   if similarity >= self.rules.threshold]
        if matches:
            similarity, other = min(matches, key=lambda match: self.order[match[1]])
            root = self.roots.get(other, other)
            self.roots[article_id] = root
            link = DuplicateLink(article_id, root, round(similarity, 4))
        self._add(article_id, minhash)
        return minhash.hashvalues.astype(np.uint32).tobytes(), link
