"""A long ingest must not grow spaCy's vocabulary: each batch runs in a memory zone."""

from __future__ import annotations

from datetime import date

from eventwire.models import Article


def test_new_words_of_a_batch_are_forgotten_after_it(pipeline):
    articles = [Article(f"m{i}", date(2024, 1, 1), f"Officials of Qorvexland{i} met "
                        f"Zintharian{i} envoys in Blorptown{i} on Monday.") for i in range(3)]
    list(pipeline.pipe(articles[:1]))  # the pipeline's own strings are in place
    before = len(pipeline.nlp.vocab.strings)
    results = list(pipeline.pipe(articles))
    assert len(pipeline.nlp.vocab.strings) == before
    # the results are plain data and still readable after the zone closed
    assert [r.article.id for r in results] == ["m0", "m1", "m2"]
    assert [[t.value for t in r.timexes] for r in results] == [["2024-01-01"]] * 3


def test_single_article_extraction_forgets_its_new_words_too(pipeline):
    pipeline.process(Article("s0", date(2024, 1, 1), "Officials met on Monday."))
    before = len(pipeline.nlp.vocab.strings)
    result = pipeline.process(Article("s1", date(2024, 1, 1),
                                      "Qorvexlandian envoys met Zintharian officials on Monday."))
    assert len(pipeline.nlp.vocab.strings) == before
    assert [t.value for t in result.timexes] == ["2024-01-01"]


def test_lemmatizer_cache_is_bounded(pipeline, monkeypatch):
    """spaCy's lemmatizer caches every (word, tag) outside memory zones; it is emptied
    once it passes the limit, so it cannot grow with the corpus."""
    monkeypatch.setattr("eventwire.pipeline.LEMMA_CACHE_LIMIT", 5)
    cache = pipeline.nlp.get_pipe("lemmatizer").cache
    article = Article("l0", date(2024, 1, 1), "Envoys of seven countries met in Geneva "
                      "on Monday and discussed the ceasefire proposals.")
    list(pipeline.pipe([article]))
    assert len(cache) == 0
    monkeypatch.setattr("eventwire.pipeline.LEMMA_CACHE_LIMIT", 1_000)
    list(pipeline.pipe([article]))
    assert 5 < len(cache) <= 1_000
