"""The converted CAMEO.2.0 dictionary: compiled once, indexed by verb, matched on the parse."""

from __future__ import annotations

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
