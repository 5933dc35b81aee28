"""The event coder's helper for "both sides": the parties of the latest interaction."""

from __future__ import annotations

from datetime import date

from eventwire.models import Article, ParsedArticle
from eventwire.stages.coref import interacting_parties
from eventwire.stages.sentences import split_sentences


def test_both_sides_are_the_subject_and_the_with_party_of_the_last_meeting(pipeline):
    text = ("North Korean leader Kim Jong Un held a meeting with Russia's defence minister "
            "Sergei Shoigu. Both sides pledged to strengthen their ties.")
    article = Article("t", date(2023, 7, 27), text)
    doc = pipeline.nlp(text)
    result = pipeline.analyse(article, doc)
    parsed = ParsedArticle(article, doc, split_sentences(doc))
    pair = interacting_parties(parsed, result.actors, text.index("Both"))
    assert pair is not None
    assert {pair[0].name, pair[1].name} == {"Kim Jong Un", "Sergei Shoigu"}



def test_subject_pronoun_of_a_conjoined_clause_is_the_first_subject(pipeline):
    text = ("North Korean leader Kim Jong Un thanked Russian President Vladimir Putin for "
            "sending a delegation led by Sergei Shoigu, and he emphasised their strong ties.")
    result = pipeline.analyse(Article("t", date(2023, 7, 27), text), pipeline.nlp(text))
    (he,) = [a for a in result.actors if any(m.text == "he" for m in a.mentions)]
    assert he.name == "Kim Jong Un"
