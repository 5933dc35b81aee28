"""Shared helper for the event tests: one sentence in, compact event tuples out."""

from __future__ import annotations

from datetime import date

from eventwire.models import Article, ArticleResult


def run(pipeline, text: str, title: str | None = None) -> ArticleResult:
    return pipeline.process(Article("t", date(2024, 3, 1), text, title=title))


def coded(pipeline, text: str, title: str | None = None) -> list[tuple]:
    """(cameo, source name, target name, modality, negated) of every event, in order."""
    return [(e.cameo, e.source and e.source.name, e.target and e.target.name, e.modality,
             e.negated) for e in run(pipeline, text, title).events]


def by_country(pipeline, text: str) -> list[tuple]:
    """(cameo, source country, target country, modality) of every event, in order."""
    return [(e.cameo, e.source and e.source.country, e.target and e.target.country, e.modality)
            for e in run(pipeline, text).events]
