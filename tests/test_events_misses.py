"""Issue 5, misses on ordinary news: phrasal "break up" of a gathering, ... (one test per
rule, on sentences written by the team)."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country


@pytest.mark.parametrize(("text", "expected"), [
    # a state's forces breaking up a protest or a meeting disperse it: repression (175)
    ("Egyptian police broke up the demonstration.", [("175", "EGY", None, "asserted")]),
    ("Kenyan police broke up a meeting of opposition leaders.",
     [("175", "KEN", "KEN", "asserted")]),
    ("Police broke up a protest in Cairo.", [("175", "EGY", "EGY", "asserted")]),
    # breaking up anything but a gathering is no event; talks breaking up were still held
    ("The government broke up the state oil company.", []),
    ("The talks between Israel and Syria broke up without agreement.",
     [("046", "ISR", "SYR", "asserted"), ("046", "SYR", "ISR", "asserted")]),
])
def test_breaking_up_a_gathering_represses_it(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
