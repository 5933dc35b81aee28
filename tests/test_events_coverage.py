"""Dictionary coverage and the events stage's data tables: sentences written for each rule."""

from __future__ import annotations

import pytest

from eventwire.stages.events.lexicon import lexicon
from tests.events_helpers import by_country, coded


def test_demand_of_an_ending_reads_its_code_from_the_derived_table(pipeline):
    lex = lexicon()
    assert (lex.derive("100", "yielding"), lex.derive("1041", "yielding"),
            lex.derive("020", "yielding"), lex.derive("040", "yielding")) == \
        ("105", "105", "025", "")
    assert by_country(pipeline, "Iran demanded the lifting of sanctions against Syria.") == [
        ("105", "IRN", "SYR", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # no pattern of "urge" misfires here: the verb's own appeal (020) yields (025)
    ("France urged an end to the blockade.", [("025", "France", None, "asserted", False)]),
    # "demand" alone is 100; an ending as its object asks the target to yield (105)
    ("Russia demanded an end to NATO air strikes on Serbia.",
     [("105", "Russia", "NATO", "asserted", False)]),
    # the ended act as the verb's infinitive is no object: a plain appeal
    ("Egypt urged Israel to end the blockade.", [("020", "Egypt", "Israel", "asserted", False)]),
])
def test_a_demand_verb_with_an_ending_as_object_asks_to_yield(pipeline, text, expected):
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "source"), [
    ("Turkish police foiled a plot by Kurdish rebels to bomb the parliament in Ankara.",
     "Kurdish rebels"),
    ("Turkish police foiled a plot to bomb the parliament in Ankara.", None),
])
def test_an_attempt_noun_is_the_object_right_before_its_infinitive(pipeline, text, source):
    """The parser hangs "to bomb" on "foiled"; the plot's phrase, whatever its length,
    ends where the infinitive begins: the bombing is coded, not the foiling; the plot's
    "by" agent plots it (the actors stage names Kurdish rebels by their people)."""
    assert coded(pipeline, text) == [("183", source, "parliament", "asserted", False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian police thwarted an attempt by Islamic militants to assassinate the governor.",
     [("186", "EGY", None, "asserted")]),
    ("Hamas's attempt to kill the Israeli minister failed.",
     [("190", "PSE", "ISR", "asserted")]),
])
def test_who_attempts_is_the_attempt_nouns_agent_or_possessor(pipeline, text, expected):
    assert by_country(pipeline, text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # A preposition further on, or a date, is no particle: "urge" is no "press on" (190).
    ("The Iranian foreign minister urged restraint on the Israeli army.",
     [("020", "IRN", "ISR", "asserted")]),
    ("The Iranian foreign minister urged on Tuesday all parties to show restraint.",
     [("020", "IRN", "IRN", "asserted")]),
    # The verb's own particle still makes the phrasal verb.
    ("Rebels in Aceh laid down their weapons on Monday.", [("0871", "IDN", None, "asserted")]),
    ("The Nepalese prime minister stepped down on Friday.",
     [("0831", "NPL", None, "asserted")]),
])
def test_a_pattern_particle_matches_only_the_verbs_own_particle(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_particle_patterns_are_compiled_with_their_particle_apart():
    patterns = lexicon().patterns["demand"]
    press_on = next(p for p in patterns if p.origin == "CAMEO.2.0:7208 PRESS")
    assert (press_on.code, press_on.particle, press_on.post, press_on.weight) == \
        ("190", "on", (), 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Security Council adopted a statement that condemned the attack by Syria.",
     [("111", "UN Security Council", "Syria", "asserted", False)]),
    ("The Arab League issued a communique which praised Egypt.",
     [("051", "Arab League", "Egypt", "asserted", False)]),
])
def test_a_relative_clause_saying_what_a_statement_says_is_the_issuers_act(pipeline, text,
                                                                            expected):
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "The Indian president is to meet his Pakistani counterpart in Delhi on Friday.",
    "The Indian president is ready to meet his Pakistani counterpart.",
])
def test_is_to_puts_an_act_on_a_timetable_like_will(pipeline, text):
    assert by_country(pipeline, text) == [("036", "IND", "PAK", "intended")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Spanish prime minister left for Madrid after meeting the Moroccan king.",
     [("042", "ESP", None, "asserted"), ("040", "ESP", "MAR", "asserted")]),
    ("After talks with the Moroccan king on Friday, the Spanish prime minister said Spain "
     "would invest in the project.",
     [("046", "ESP", "MAR", "asserted"), ("0311", "ESP", None, "intended")]),
    ("After a three-day meeting with Zambian officials, the British envoy said the talks "
     "had gone well.", [("040", "GBR", "ZMB", "asserted")]),
])
def test_a_time_adjunct_is_done_by_the_subject_of_the_verb_it_modifies(pipeline, text,
                                                                       expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "The Kenyan president returned to Nairobi after overcoming many obstacles.",
    "The Kenyan president spoke to reporters after receiving the prize.",
])
def test_an_adjunct_gerund_with_no_party_or_undergone_is_no_act_of_the_subject(pipeline,
                                                                               text):
    """Only a party met, blamed or rebuffed makes the gerund the subject's act; what the
    subject undergoes ("receiving the prize": someone gives it) is none of its acts."""
    assert by_country(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran complained that Iraq was violating the ceasefire.",
     [("114", "IRN", "IRQ", "asserted")]),
    ("Iraq is violating the ceasefire, Iran complained on Wednesday.",
     [("114", "IRN", "IRQ", "asserted")]),
])
def test_a_complaint_is_aimed_at_the_subject_of_what_it_is_about(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # meeting an envoy to protest is an official complaint (as AFP 1997: "The Philippine
    # foreign ministry summoned Beijing's ambassador to Manila on Wednesday to protest at the
    # presence of armed Chinese vessels"), aimed at the envoy's state
    ("Vietnam called in the Chinese envoy to protest against the drilling.",
     [("114", "VNM", "CHN", "asserted")]),
    ("Japan summoned the Chinese ambassador to complain about the detention of its citizens.",
     [("114", "JPN", "CHN", "asserted")]),
    # a state protesting complains; a crowd protesting demonstrates
    ("Japan protested to China over the sinking of a fishing boat.",
     [("114", "JPN", "CHN", "asserted")]),
    ("Thousands of Kenyans protested in Nairobi against the new tax.",
     [("140", "KEN", "KEN", "asserted")]),
])
def test_an_official_protest_is_a_complaint(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cuba is committed to helping Haiti.", [("033", "CUB", "HTI", "intended")]),
    ("The Cuban government said it was committed to supporting Haiti.",
     [("032", "CUB", "HTI", "intended")]),
    ("Cuba is dedicated to improving ties with Mexico.", [("032", "CUB", "MEX", "intended")]),
    ("Cuba has committed itself to supporting Haiti.", [("032", "CUB", "HTI", "intended")]),
])
def test_a_commitment_to_a_gerund_is_an_intent_of_its_subject(pipeline, text, expected):
    """"committed to helping" promises the help, like "pledged to help": the gerund after
    "to" is the complement, and the committed is its subject, no one's target."""
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # extending a peacekeeping force's mandate keeps up peacekeeping (074) ...
    ("The Security Council extended the mandate of the UN peacekeeping force in Cyprus.",
     [("074", "UN Security Council", "UN peacekeeping force", "asserted", False)]),
    # ... other mandates and terms of office are extended on nobody (nor demanded: 100)
    ("The Security Council extended the mandate of the UN inquiry into the killing of Rafik "
     "Hariri.", []),
    ("The Lebanese parliament extended the mandate of President Lahoud.", []),
])
def test_only_a_peacekeeping_mandate_extended_is_peacekeeping(pipeline, text, expected):
    assert coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United Nations is investigating allegations that Iraq bought uranium.",
     [("090", "IGO", "IRQ", "asserted")]),
    # evidence or a sign is no allegation: what it shows names no party the inquiry is into
    ("The United Nations is investigating evidence that Iraq bought uranium.",
     [("090", "IGO", None, "asserted")]),
    ("The United Nations is investigating signs that Iraq bought uranium.",
     [("090", "IGO", None, "asserted")]),
])
def test_an_inquiry_is_aimed_at_whom_an_allegation_names(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_the_bare_copula_schedules_a_coordinated_verb_too(pipeline):
    """"is to meet" puts the meeting on a timetable, as "will meet" does, also when the
    copula shares the subject of the verb before it."""
    assert by_country(pipeline, "The Indian president arrived in Delhi on Monday and is to meet "
                      "his Pakistani counterpart on Friday.") == [
        ("042", "IND", "IND", "asserted"), ("036", "IND", "PAK", "intended")]
