"""Restraint: no event from background sentences, repeated headlines or generic subjects;
every event says how sure it is and which rule fired."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country, coded, run


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


@pytest.mark.parametrize("text", [
    "Two French tourists were killed in a car crash in Egypt.",  # an accident is no attack
    "The German chancellor added that Russia was an important partner.",  # speech, not 060
    "The Russian defence minister recognised that there was a long way to go.",
    "The Pakistani army planned a parade in Lahore.",  # an intention is no promise
    "The European Union warned that food supplies in Albania had reached alarming levels.",
])
def test_no_event(pipeline, text):
    assert coded(pipeline, text) == []


def test_expected_act_is_hypothetical(pipeline):
    assert by_country(pipeline, "Japanese officials expected China to lift the ban.") == [
        ("081", "CHN", None, "hypothetical")]
