"""The converted CAMEO.2.0 dictionary: compiled once, indexed by verb, matched on the parse."""

from __future__ import annotations

import pytest

from eventwire.stages.events.lexicon import lexicon
from eventwire.stages.events.matcher import best_match


def test_lexicon_is_compiled_once_per_process():
    assert lexicon() is lexicon()


def test_converted_verbs_and_patterns():
    lex = lexicon()
    assert [(v.lemma, v.code, v.blocks) for v in lex.verbs_for("meet")] == [
        ("meet with", "040", ("meet_people",)), ("meet", "040", ("meet_people",))]
    assert lex.derive("0421", "intend") == "036"
    assert lex.derive("1823", "threaten") == "1383"


def test_prepositional_pattern_beats_verb_default(pipeline):
    doc = pipeline.nlp("The minister arrived for talks in Damascus.")
    match = best_match(doc[2], lexicon())
    assert (match.code, match.rule) == ("046", "pattern:arrive:CAMEO.2.0:5160 ARRIVE")


def test_lemma_repair(pipeline):
    lex = lexicon()
    doc = pipeline.nlp("Activists staged rallies as street battles raged and troops opened fire.")
    staged, raged, opened = doc[1], doc[6], doc[9]
    assert (staged.lemma_, lex.lemma(staged)) == ("stag", "stage")
    assert lex.lemma(raged) == "rage"  # not "rag": that would be "ragged"
    assert lex.lemma(opened) == "open"  # two syllables: no doubling rule


def test_two_word_and_carrier_nouns(pipeline):
    lex = lexicon()
    doc = pipeline.nlp("They began a hunger strike and a general strike after the mediation "
                       "mission.")
    assert [lex.noun(doc[i]).code for i in (4, 8, 12)] == ["142", "143", "045"]


def test_extra_verb_codes_replace_converted_defaults():
    lex = lexicon()
    assert [verb.code for verb in lex.verbs_for("rally")] == ["141"]
    assert [verb.code for verb in lex.verbs_for("urge")] == ["020"]


def test_extra_patterns_must_name_known_synonym_sets():
    from eventwire.stages.events.lexicon import _check_synsets

    with pytest.raises(KeyError, match="&nosuchset"):
        _check_synsets([{"pre": "", "post": "for:&nosuchset"}], lexicon().synsets)
