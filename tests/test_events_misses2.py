"""General misses of the event coder found in the team's annotated sets (sentences written
for these tests, not taken from the sets)."""

from __future__ import annotations

from tests.events_helpers import coded


def test_can_makes_an_act_possible_not_done(pipeline) -> None:
    """"can be confiscated" says what may be done: no seizure happened, and a hostile act
    nobody is named to do threatens nobody."""
    assert coded(pipeline, "Officials said the smuggled goods can be confiscated.") == []
    assert coded(pipeline, "Under the new law, the assets of convicted officials can be "
                           "frozen.") == []
    assert coded(pipeline, "Japan can send aid to Nepal, the minister said.") == [
        ("070", "Japan", "Nepal", "hypothetical", False)]


def test_done_seizure_stays_asserted(pipeline) -> None:
    assert coded(pipeline, "Police confiscated the smuggled goods.") == [
        ("1711", "police", None, "asserted", False)]
