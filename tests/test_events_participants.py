"""Source and target from syntax: subjects, objects, complements, passives, coordination,
nominal triggers and "Both sides"."""

from __future__ import annotations

from tests.events_helpers import coded

PUTIN, XI = "Vladimir Putin", "Xi Jinping"


def test_subject_and_object(pipeline):
    assert coded(pipeline, "Russian President Vladimir Putin met Chinese President Xi Jinping "
                           "in Beijing on Monday.") == [("040", PUTIN, XI, "asserted", False)]


def test_light_verb_and_with_complement(pipeline):
    assert coded(pipeline, "Russian President Vladimir Putin held talks with Chinese President "
                           "Xi Jinping on Monday.") == [("046", PUTIN, XI, "asserted", False)]


def test_passive_by_agent_is_source(pipeline):
    assert coded(pipeline, "Israel was attacked by Syria on Tuesday.") == [
        ("190", "Syria", "Israel", "asserted", False)]


def test_coordinated_subjects_give_both_directions(pipeline):
    assert coded(pipeline, "Israel and Lebanon renewed negotiations on Tuesday.") == [
        ("046", "Israel", "Lebanon", "asserted", False),
        ("046", "Lebanon", "Israel", "asserted", False)]


def test_possessor_of_nominal_trigger_is_source(pipeline):
    assert coded(pipeline, "Putin's meeting with Chinese President Xi Jinping lasted three "
                           "hours.") == [("040", PUTIN, XI, "asserted", False)]


def test_both_sides_are_the_previous_event_parties(pipeline):
    events = coded(pipeline, "Russian President Vladimir Putin met Chinese President Xi Jinping "
                             "on Monday. Both sides pledged to deepen cooperation.")
    assert events[1:] == [("032", PUTIN, XI, "intended", False),
                          ("032", XI, PUTIN, "intended", False)]
