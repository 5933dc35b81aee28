"""Issue 5, misses on ordinary news: phrasal "break up" of a gathering, denied hostile
acts, threats under an inverted condition, an indication that is no allegation (one test
per rule, on sentences written by the eventwire team)."""

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


@pytest.mark.parametrize(("text", "expected"), [
    # denying a hostile act denies doing it, as "denied attacking" does
    ("Iran denied the attack on Israel.", [("190", "IRN", "ISR", "denied")]),
    ("Iran denied attacking Israel.", [("190", "IRN", "ISR", "denied")]),
    ("Iran denied the bombing of the embassy.", [("183", "IRN", None, "denied")]),
    # denying aid still refuses it; denying another's accusation makes no event
    ("Israel denied aid to Gaza.", [("120", "ISR", "PSE", "asserted")]),
    ("Iran denied accusations of an attack on the embassy.", []),
])
def test_denying_a_hostile_act_denies_doing_it(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an inverted condition ("should X fail …") aims a threat at X, as "if X fails" does,
    # whether the parser hangs it on the speech verb or on the threat
    ("Should Iran fail to respond, France said it would impose sanctions.",
     [("1312", "FRA", "IRN", "intended")]),
    ("France said it would impose sanctions should Iran fail to respond.",
     [("1312", "FRA", "IRN", "intended")]),
    ("France said it would impose sanctions if Iran failed to respond.",
     [("1312", "FRA", "IRN", "intended")]),
])
def test_an_inverted_condition_names_the_threatened(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an indication, like a sign, shows something and charges nobody: no allegation whose
    # clause names the party an inquiry is into
    ("The United Nations is investigating indications that Iraq bought uranium.",
     [("090", "IGO", None, "asserted")]),
    ("The United Nations is investigating allegations that Iraq bought uranium.",
     [("090", "IGO", "IRQ", "asserted")]),
])
def test_an_indication_is_no_allegation(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
