"""The per-article pipeline: ``Article`` → ``ArticleResult``, a pure function of one article.

Stages run in a fixed order, each reading the parse and what earlier stages produced:

    parse → sentences → time → actors → places → quotes → events

Resources (the spaCy model, the knowledge base, the gazetteer, the lexicon) are built
once when a ``Pipeline`` is created; ``pipe`` streams articles through ``nlp.pipe`` in
batches so memory stays flat whatever the corpus size. Wall time per stage is
accumulated in ``timings`` for the throughput benchmark.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.kb import KnowledgeBase
from eventwire.models import Article, ArticleResult, ParsedArticle
from eventwire.nlp import load_nlp
from eventwire.stages.actors import ActorResolver
from eventwire.stages.events import EventCoder, EventContext
from eventwire.stages.places import PlaceResolver
from eventwire.stages.quotes import QuoteFinder, find_credits
from eventwire.stages.sentences import split_sentences
from eventwire.stages.time import TimeTagger

PARSE_BATCH = 32
LEMMA_CACHE_LIMIT = 50_000
"""Entries the lemmatizer may remember before it is emptied (see ``Pipeline._batch``)."""


class Pipeline:
    """All extraction stages, with their resources loaded once."""

    def __init__(self, nlp: Language | None = None, kb: KnowledgeBase | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.time = TimeTagger()
        self.actors = ActorResolver(kb)
        self.places = PlaceResolver(kb)
        self.quotes = QuoteFinder()
        self.events = EventCoder()
        self.timings: dict[str, float] = defaultdict(float)

    def process(self, article: Article) -> ArticleResult:
        """Extract everything from one article (in a memory zone, like a batch of one, so
        a long-lived caller such as the Python API does not grow spaCy's vocabulary)."""
        (result,) = self._batch([article])
        return result

    def pipe(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        """Extract from a stream of articles, parsing them in batches, in input order."""
        pending: list[Article] = []
        for article in articles:
            pending.append(article)
            if len(pending) >= PARSE_BATCH:
                yield from self._batch(pending)
                pending = []
        if pending:
            yield from self._batch(pending)

    def _batch(self, articles: list[Article]) -> Iterator[ArticleResult]:
        """Parse and analyse one batch inside a spaCy memory zone.

        spaCy's vocabulary keeps every new string it meets (numbers, names, typos), so a
        long ingest grows without bound; a memory zone forgets the batch's strings when it
        closes. Results are plain dataclasses, so nothing of the batch's ``Doc`` objects
        outlives the zone. The lemmatizer takes no part in memory zones and caches every
        (word, tag) it lemmatises, so its cache is bounded here.
        """
        with self.nlp.memory_zone():
            with self._timed("parse"):
                docs = list(self.nlp.pipe(a.text for a in articles))
            results = [self.analyse(article, doc)
                       for article, doc in zip(articles, docs, strict=True)]
        self._bound_lemma_cache()
        yield from results

    def _bound_lemma_cache(self) -> None:
        if "lemmatizer" not in self.nlp.pipe_names:
            return
        cache = self.nlp.get_pipe("lemmatizer").cache
        if len(cache) > LEMMA_CACHE_LIMIT:
            cache.clear()

    def analyse(self, article: Article, doc: Doc) -> ArticleResult:
        """Run every extraction stage over an already parsed article."""
        with self._timed("sentences"):
            parsed = ParsedArticle(article, doc, split_sentences(doc))
        with self._timed("time"):
            timexes = self.time(parsed)
        with self._timed("actors"):
            actors = self.actors(parsed)
        with self._timed("places"):
            places = self.places(parsed, actors)
        with self._timed("quotes"):
            quotes = self.quotes(parsed, actors)
            credits = find_credits(article.text)
        with self._timed("events"):
            events = self.events(EventContext(parsed, actors, timexes, places, quotes))
        return ArticleResult(
            article=article,
            sentences=parsed.sentences,
            timexes=timexes,
            actors=actors,
            places=places,
            events=events,
            quotes=quotes,
            credits=credits,
        )

    @contextmanager
    def _timed(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] += time.perf_counter() - started
