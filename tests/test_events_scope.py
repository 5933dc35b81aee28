"""What a verb's pattern may read and which clauses are events of their own: patterns match
the trigger's own object and prepositional phrases (not relative clauses, cause or time
adjuncts, or words under another preposition), and purpose clauses, characterizing
participles, the content of verbal acts and repeated nominal triggers fold into the event
they belong to."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country


@pytest.mark.parametrize(("text", "expected"), [
    # "HAIL … DEFEAT" must not match "defeat" inside the relative clause; "hailing" only
    # characterizes the welcome
    ("The Israeli ministry welcomed the Palestinian prisoners, hailing them as heroes who "
     "inflicted defeat on Egypt.", [("051", "ISR", "PSE", "asserted")]),
    # "fighting" lies in an embedded clause: no ceasefire (0871), halting aid is 1621
    ("Japan said on Tuesday it had halted economic aid to Serbia in line with efforts to end "
     "the fighting there.", [("1621", "JPN", "SRB", "reported")]),
    # a cause adjunct names nothing the verb did
    ("Russia closed its borders with Georgia because of fighting in Chechnya.",
     [("191", "RUS", "GEO", "asserted")]),
    # "calling it a violation" is no telephone call (041)
    ("South Korea condemned North Korea for launching a satellite, calling it a violation of "
     "United Nations resolutions.", [("111", "KOR", "PRK", "asserted")]),
    # meeting someone at a place is a meeting, not an intent to meet
    ("North Korean leader Kim Jong Un met Russian President Vladimir Putin at the airport.",
     [("040", "PRK", "RUS", "asserted")]),
])
def test_patterns_read_only_the_verbs_own_phrase(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # purpose of the same type, purpose of a verbal act
    ("The United States telephoned Russia on Tuesday to discuss the crisis.",
     [("041", "USA", "RUS", "asserted")]),
    ("Serbia demanded a meeting of the Security Council to discuss Croatia's advance.",
     [("0212", "SRB", "IGO", "asserted")]),
    # a characterizing participle and the demand it reports are the protest's message
    ("Opposition supporters staged rallies in Pakistan against the government, saying the "
     "Pakistani prime minister must resign.", [("141", "PAK", "PAK", "asserted")]),
    # what was refused, demanded or alleged did not happen
    ("The Kenyan government refused to allow British planes to land and evacuate the wounded.",
     [("124", "KEN", "GBR", "asserted")]),
    ("Iran demanded that the United States withdraw its troops from Iraq.",
     [("100", "IRN", "USA", "asserted")]),
    ("Egypt accused Israel of attacking Lebanon.", [("112", "EGY", "ISR", "asserted")]),
    # the noun repeats the verb's visit
    ("Vladimir Putin arrived in Pyongyang for his first visit to North Korea.",
     [("042", "RUS", "PRK", "asserted")]),
    # what inspectors are sent to do is an intended event aimed where they are sent
    # (dispatching them is no export)
    ("The IAEA dispatched inspectors to Iran to monitor the nuclear plant.",
     [("090", "IGO", "IRN", "intended")]),
    # a condition is nobody's threat; a meeting needs two parties
    ("Egypt would send troops if Libya is attacked.", [("0312", "EGY", None, "intended")]),
    ("The Egyptian cabinet met on Sunday.", []),
])
def test_clauses_fold_into_their_event(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_warning_threatens_only_when_it_foretells(pipeline):
    assert by_country(pipeline, "North Korea warned that it would strike the United States.") \
        == [("130", "PRK", "USA", "asserted")]
    assert by_country(pipeline, "The European Union warned that food supplies in Albania had "
                                "reached alarming levels.") == []


def test_obligation_in_a_speech_noun_is_a_demand(pipeline):
    assert by_country(pipeline, "France issued a stern reminder to Iraq that it must cooperate "
                                "with the inspectors.") == [("100", "FRA", "IRQ", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb coordinated with a purpose infinitive shares its role ...
    ("Putin flew to Minsk to attend the summit and meet Lukashenko.",
     [("042", "RUS", "BLR", "asserted")]),
    # ... unless its own tensed auxiliary makes it a clause of its own
    ("Putin flew to Minsk to attend the summit and will visit Ukraine on Friday.",
     [("042", "RUS", "BLR", "asserted"), ("036", "RUS", "UKR", "intended")]),
])
def test_a_finite_conjunct_of_a_purpose_is_an_event_of_its_own(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
