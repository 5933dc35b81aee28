"""Wire datelines stand apart from the story: the agency never acts in it."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dateline import find_dateline
from eventwire.models import Article


@pytest.mark.parametrize(("text", "story"), [
    ("SEOUL, July 27 (Reuters) - North Korea fired a missile.", "North Korea"),
    ("PYONGYANG (AP) — Kim Jong Un met Sergei Shoigu.", "Kim Jong Un"),
    ("Nairobi, Jan. 4 -- Police arrested ten people.", "Police"),
    ("GENEVA - Talks resumed on Monday.", "Talks"),
    ("CANBERRA, Australia (AP)_ Qantas will double its flights.", "Qantas"),
])
def test_dateline_end_is_where_the_story_starts(text, story):
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.end:].startswith(story)


def test_the_dateline_place_is_its_first_name():
    text = "CANBERRA, Australia (AP)_ Qantas will double its flights."
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.place_start:dateline.place_end] == "CANBERRA"


@pytest.mark.parametrize("text", [
    "President Biden - who met Kenyan leaders - praised Kenya.",
    "North Korea fired a missile on Thursday.",
    "Seoul, the capital, was quiet.",
    "In Paris, police arrested ten people.",
])
def test_text_without_a_dateline_has_none(text):
    assert find_dateline(text) is None


def test_the_agency_of_a_dateline_is_not_the_subject_of_the_first_sentence(pipeline):
    text = "NAIROBI, July 3 (Reuters) - Kenyan police fired tear gas at protesters."
    result = pipeline.process(Article("t", date(2023, 7, 5), text))
    (event,) = result.events
    assert (event.cameo, event.source.name, event.source.code) == ("175", "Kenyan police",
                                                                   "KENCOP")
    assert [text[s.start:s.end] for s in result.sentences] == [
        "NAIROBI, July 3 (Reuters) -", "Kenyan police fired tear gas at protesters."]


@pytest.mark.parametrize("text", [
    "CANBERRA, Australia (AP)_ Qantas will double its flights.",
    "In Paris, police arrested ten people.",
])
def test_the_parse_keeps_the_dateline_it_found(pipeline, text):
    """Found once, by the parser set-up, and read from the doc by the place stage."""
    assert pipeline.nlp(text)._.dateline == find_dateline(text)
