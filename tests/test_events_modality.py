"""Modality and polarity: negation, intentions, threats, refusals, conditions, questions,
reported speech and denials, each with the exact code and actors."""

from __future__ import annotations

import pytest

from tests.events_helpers import coded

PUTIN = "Vladimir Putin"


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian President Vladimir Putin did not meet Chinese President Xi Jinping on Monday.",
     ("040", PUTIN, "Xi Jinping", "denied", True)),
    ("Russian President Vladimir Putin will visit China next week.",
     ("036", PUTIN, "China", "intended", False)),
    ("Russian President Vladimir Putin pledged to support Iran.",
     ("032", PUTIN, "Iran", "intended", False)),
    ("Iran threatened to attack Israel.", ("1384", "Iran", "Israel", "intended", False)),
    ("Iran refused to meet Israel.", ("125", "Iran", "Israel", "asserted", False)),
    ("Iran will not accept the proposal from France.",
     ("120", "Iran", "France", "intended", False)),
    ("Iran could attack Israel.", ("1384", "Iran", "Israel", "hypothetical", False)),
    ("Will Iran attack Israel?", ("1384", "Iran", "Israel", "hypothetical", False)),
    ("Iran said Syria attacked Israel.", ("190", "Syria", "Israel", "reported", False)),
    ("Iran denied attacking Israel.", ("190", "Iran", "Israel", "denied", True)),
    ("Iran said Israel must withdraw from Lebanon.", ("100", "Iran", "Israel", "asserted", False)),
])
def test_mood_sets_code_and_modality(pipeline, text, expected):
    assert coded(pipeline, text) == [expected]
