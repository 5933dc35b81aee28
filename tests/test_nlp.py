"""eventwire's own components of the spaCy pipeline (``nlp.py``)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "word", "expected"), [
    # A verbless sentence whose root is a plural noun after its proper-noun subject: the
    # present verb the tagger missed, with a verb's part of speech and lemma ...
    ("The Senate votes Tuesday on the bill.", "votes", ("VBZ", "VERB", "vote")),
    # ... not a sentence with a verb of its own, nor a headline or table row.
    ("The Senate votes were counted.", "votes", ("NNS", "NOUN", "vote")),
    ("Senate votes Tuesday on the bill", "votes", ("NNS", "NOUN", "vote")),
])
def test_a_present_verb_read_as_a_plural_noun_is_retagged(pipeline, text, word, expected):
    doc = pipeline.nlp(text)
    token = next(token for token in doc if token.text == word)
    assert (token.tag_, token.pos_, token.lemma_) == expected
