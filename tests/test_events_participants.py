"""Source and target from syntax: subjects, objects, complements, passives, coordination,
nominal triggers and "Both sides"."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country, coded

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
    # deepening cooperation is material cooperation (CAMEO 060 "improve, or expand"), so
    # its promise is 031
    assert events[1:] == [("031", PUTIN, XI, "intended", False),
                          ("031", XI, PUTIN, "intended", False)]


@pytest.mark.parametrize(("text", "expected"), [
    # a target that is the source itself ("its troops") is passed over for the next phrase
    ("Syria offered its troops to Lebanon.", [("030", "SYR", "LBN", "asserted")]),
    # a demand is addressed to whoever is to act: the "of" agent of the demanded withdrawal;
    # "demand" (100) with an ending as object is a demand to yield (105), whatever the
    # dictionary's appeal pattern "demand … withdraw" (025) says
    ("The European Union demanded the withdrawal of Serbian forces from Bosnia.",
     [("105", "IGO", "SRB", "asserted")]),
    # a complaint aims at what it is about, unless that is the complainant's own side
    ("Lebanon complained to the United Nations over Israeli air raids.",
     [("114", "LBN", "ISR", "asserted")]),
    ("Japan protested to China over the detention of Japanese fishermen.",
     [("114", "JPN", "CHN", "asserted")]),
    ("Syria's forces attacked Lebanese villages.", [("190", "SYR", "LBN", "asserted")]),
    # coordinated targets, as modifiers or as objects
    ("Russian troops shelled Georgian and Ukrainian positions.",
     [("194", "RUS", "GEO", "asserted"), ("194", "RUS", "UKR", "asserted")]),
    ("Britain imposed sanctions on Zimbabwe and Burma.",
     [("163", "GBR", "ZWE", "asserted"), ("163", "GBR", "MMR", "asserted")]),
    ("Germany urged Russia and Ukraine to negotiate.",
     [("020", "DEU", "RUS", "asserted"), ("020", "DEU", "UKR", "asserted")]),
    # "between X and Y" inside the object
    ("King Hassan of Morocco said he would host a meeting between an Israeli delegation and "
     "the Palestine Liberation Organization.",
     [("036", "MAR", "ISR", "intended"), ("036", "MAR", "PSE", "intended")]),
    # an act aimed at a place aims at its country
    ("Israel imposed a curfew in Hebron.", [("1723", "ISR", "PSE", "asserted")]),
    # a people takes the country of theirs the article names
    ("Kurds rallied in Berlin to protest Turkey's policies.", [("141", "TUR", "TUR", "asserted")]),
    ("Two Israeli soldiers were killed by Hezbollah guerrillas.",
     [("190", "LBN", "ISR", "asserted")]),
    # where a violent act came from is not whom it hit
    ("Syrian troops fired two missiles from Lebanon.", [("190", "SYR", None, "asserted")]),
])
def test_targets(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Access for the Sudanese refugees has improved.",
    "The number of Palestinians working in Israel hit a peak in 1992.",
])
def test_subjects_that_name_no_actor(pipeline, text):
    assert by_country(pipeline, text) == []


@pytest.mark.parametrize("text,expected", [
    # what is sent or given is no target: the recipient is
    ("Egypt would send troops if Libya is attacked.",
     [("0312", "Egypt", None, "intended", False)]),
    ("The United States will send 500 soldiers to Poland.",
     [("0312", "United States", "Poland", "intended", False)]),
])
def test_theme_objects_of_transfer_verbs_are_not_targets(pipeline, text, expected):
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parser reads "China and Russia accused Ukraine" as what Japan praised
    ("Japan praised China and Russia accused Ukraine.",
     [("051", "JPN", "CHN", "asserted"), ("112", "RUS", "UKR", "asserted")]),
    ("The United States praised Japan and North Korea accused South Korea of provocation.",
     [("051", "USA", "JPN", "asserted"), ("112", "PRK", "KOR", "asserted")]),
    # ... and "the attack and Jordan" as what Egypt condemned, Egypt as who praised
    ("Egypt condemned the attack and Jordan praised the agreement.",
     [("111", "EGY", None, "asserted"), ("051", "JOR", None, "asserted")]),
    # a verb of saying takes a clause: both accuse; a plain coordinated object stays one
    ("Japan said China and Russia accused Ukraine.",
     [("112", "CHN", "UKR", "reported"), ("112", "RUS", "UKR", "reported")]),
    ("Egypt condemned Israel and Syria on Monday.",
     [("111", "EGY", "ISR", "asserted"), ("111", "EGY", "SYR", "asserted")]),
])
def test_coordinated_clauses_each_keep_their_own_subject(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
