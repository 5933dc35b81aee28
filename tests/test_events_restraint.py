"""Restraint: no event from background sentences, repeated headlines or generic subjects;
every event says how sure it is and which rule fired."""

from __future__ import annotations

from tests.events_helpers import coded, run


def test_background_sentence_codes_nothing(pipeline):
    assert coded(pipeline, "These delegations are the first prominent public visitors to China "
                           "since the start of the pandemic.") == []


def test_generic_subject_codes_nothing(pipeline):
    assert coded(pipeline, "Officials met in Geneva on Monday.") == []


def test_headline_repeated_in_body_is_skipped(pipeline):
    text = ("Putin meets Xi in Beijing\nRussian President Vladimir Putin met Chinese President "
            "Xi Jinping on Monday.")
    events = run(pipeline, text, title="Putin meets Xi in Beijing").events
    assert [(e.cameo, e.sentence, e.trigger.text) for e in events] == [("040", 0, "met")]
    assert events[0].trigger.start == text.index("met Chinese")


def test_confidence_and_rule(pipeline):
    (event,) = run(pipeline, "Russian President Vladimir Putin held talks with Chinese President "
                             "Xi Jinping on Monday.").events
    assert (event.confidence, event.rule) == (
        0.85, "pattern:hold:eventwire|mood:asserted|source:subject|target:talk:prep:with")
