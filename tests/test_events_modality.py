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


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran did not meet Iraq and met Turkey.",
     [("040", "Iran", "Iraq", "denied", True), ("040", "Iran", "Turkey", "asserted", False)]),
    ("Iran did not attack Iraq, and Syria shelled Turkey.",
     [("190", "Iran", "Iraq", "denied", True), ("194", "Syria", "Turkey", "asserted", False)]),
    ("Iran will not visit Iraq and meet Turkey.",
     [("125", "Iran", "Iraq", "intended", False), ("125", "Iran", "Turkey", "intended", False)]),
])
def test_conjunct_shares_auxiliaries_only_without_its_own_tense(pipeline, text, expected):
    """A coordinated verb takes the first verb's "not" or "will" only when it has no tense,
    subject or auxiliary of its own."""
    assert coded(pipeline, text) == expected
