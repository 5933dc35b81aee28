"""Sentence spans over the article body.

spaCy's parser decides sentence boundaries, but en_core_web_sm often splits a closing
quotation mark off the sentence it ends (``... relations."`` / ``"\nThis visit``). A
parsed ``Doc`` cannot be re-segmented, so eventwire keeps its own sentence spans: spaCy's,
with such leading closing punctuation moved back, and surrounding whitespace trimmed so
that every span slices to the sentence text itself.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import Sentence

CLOSING_MARKS = frozenset({'"', "”", "’", "'", ")", "]", "»"})


def split_sentences(doc: Doc) -> list[Sentence]:
    """Return trimmed, quote-repaired sentence spans of ``doc`` numbered from 0."""
    text = doc.text
    bounds: list[list[int]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while bounds and start < end and text[start] in CLOSING_MARKS and _closes(text, start):
            bounds[-1][1] = start + 1
            start += 1
        bounds.append([start, end])
    sentences: list[Sentence] = []
    for start, end in bounds:
        start, end = _trim(text, start, end)
        if start < end:
            sentences.append(Sentence(len(sentences), start, end))
    return sentences


def _closes(text: str, position: int) -> bool:
    """A mark closes the previous sentence when whitespace or the end of text follows it."""
    return position + 1 >= len(text) or text[position + 1].isspace()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
