"""General misses of the event coder found in the team's annotated sets (sentences written
for these tests, not taken from the sets)."""

from __future__ import annotations

from tests.events_helpers import by_country, coded


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


def test_plan_of_force_told_about_the_planner_threatens_nobody(pipeline) -> None:
    """A threat is uttered by the one who would act; a plan of violence reported about a
    party (by the narrator or by its enemy) is no threat."""
    assert coded(pipeline, "The court heard that the colonel was detained because he was "
                           "planning to bomb the embassy.") == []
    assert coded(pipeline, "Iran is planning to attack Israel, the United States said.") == []


def test_plan_of_force_uttered_by_the_planner_is_a_threat(pipeline) -> None:
    assert coded(pipeline, "Hezbollah said it was ready to fight Israel.") == [
        ("1384", "Hezbollah", "Israel", "intended", False)]
    assert by_country(pipeline, "\"We are prepared to strike Israel,\" the Hezbollah leader "
                                "said.") == [("1384", "LBN", "ISR", "intended")]


def test_plan_of_sanctions_stays_announced(pipeline) -> None:
    assert by_country(pipeline, "Serbia plans to impose sanctions on Kosovo.") == [
        ("163", "SRB", "XKX", "intended")]


def test_violent_act_in_a_relative_clause_of_an_attack(pipeline) -> None:
    """"a rocket attack that killed three soldiers": the relative pronoun stands for the
    attack, an unnamed attacker's act, so the killing is an event."""
    assert coded(pipeline, "Instability was underlined by a rocket attack that killed three "
                           "Afghan soldiers near Kabul.") == [
        ("190", None, "Afghan soldiers", "asserted", False)]
    assert coded(pipeline, "The bombing, which killed three Iraqi policemen, was "
                           "condemned.") == [("180", None, "Iraqi policemen", "asserted", False)]


def test_relative_clause_of_a_state_describes(pipeline) -> None:
    """A bare singular noun names a state ("civil war"), not an act: its clause describes."""
    assert coded(pipeline, "Years of civil war which killed thousands of Angolans ended in "
                           "2002.") == []


def test_passive_event_between_two_parties(pipeline) -> None:
    """"talks were held between X and Y": no agent is named, the "between" phrase names
    both parties, each acting with the other."""
    assert by_country(pipeline, "Talks were held between Egypt and Israel in Cairo.") == [
        ("046", "EGY", "ISR", "asserted"), ("046", "ISR", "EGY", "asserted")]
    assert by_country(pipeline, "Talks between Egypt and Israel were held in Cairo.") == [
        ("046", "EGY", "ISR", "asserted"), ("046", "ISR", "EGY", "asserted")]


def test_passive_with_agent_keeps_agent_as_source(pipeline) -> None:
    assert by_country(pipeline, "Talks with Israel were held by Egypt in Cairo.") == [
        ("046", "EGY", "ISR", "asserted")]


def test_passive_of_a_verb_coded_by_its_object(pipeline) -> None:
    """"received the minister" hosts a visit (043) because of its object; in the passive
    the subject is that object and the "by" agent the host."""
    assert by_country(pipeline, "The Iraqi foreign minister was received by President "
                                "Mubarak in Cairo.") == [("043", "EGY", "IRQ", "asserted")]
    assert by_country(pipeline, "President Mubarak received the Iraqi foreign minister in "
                                "Cairo.") == [("043", "EGY", "IRQ", "asserted")]
