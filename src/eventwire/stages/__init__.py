"""Extraction stages: each module turns a ``ParsedArticle`` (plus earlier stages' output)
into one kind of typed result from :mod:`eventwire.models`."""
