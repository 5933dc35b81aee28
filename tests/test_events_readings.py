"""Readings of issue 5: general rules of the language the coder misread (see README)."""

from __future__ import annotations

from tests.events_helpers import by_country, coded


def test_copula_to_blame_is_the_speakers_accusation(pipeline) -> None:
    """"X is to blame" is X blamed by whoever says so, no act on a timetable."""
    assert by_country(pipeline, "Syria is to blame for the attack, Israel said.") == [
        ("1124", "ISR", "SYR", "reported")]
    assert by_country(pipeline, "Israel said Syria was to blame for the bombing.") == [
        ("112", "ISR", "SYR", "reported")]


def test_copula_to_blame_without_speaker_has_no_source(pipeline) -> None:
    assert coded(pipeline, "Syria is to blame for the attack.") == [
        ("1124", None, "Syria", "asserted", False)]


def test_bare_copula_infinitive_still_schedules(pipeline) -> None:
    """The schedule reading stays for acts: "is to visit" is as "will visit"."""
    assert by_country(pipeline, "The French president is to visit China next week.") == [
        ("036", "FRA", "CHN", "intended")]


def test_inverted_condition_is_no_demand(pipeline) -> None:
    """"Should he fail to respond" is "if he fails to respond": nobody is obliged."""
    assert coded(pipeline, "Should he fail to respond, the United States will act, "
                           "Obama said.") == []
    assert by_country(pipeline, "Should Iran fail to respond, France said it would impose "
                                "sanctions.") == [("1312", "FRA", "IRN", "intended")]


def test_obligation_of_a_thing_is_no_demand(pipeline) -> None:
    """A demand is made of a party: "the talks should resume" obliges nobody."""
    assert coded(pipeline, "The talks should resume next week, Egypt said.") == []
    assert coded(pipeline, "France said growth should have no effect on prices.") == []


def test_obligation_of_a_party_stays_a_demand(pipeline) -> None:
    assert by_country(pipeline, "Egypt said Israel should withdraw from Gaza.") == [
        ("100", "EGY", "ISR", "asserted")]


def test_denying_an_accusation_is_no_accusation(pipeline) -> None:
    """"denied accusations of …": the charge is another's, and the denier makes none."""
    assert coded(pipeline, "Iran denied accusations of supporting the rebels.") == []
    assert coded(pipeline, "Iran denied the accusation by Israel.") == []


def test_denied_act_stays_a_denied_act(pipeline) -> None:
    assert coded(pipeline, "Iran denied carrying out the attack on the embassy.") == [
        ("190", "Iran", None, "denied", True)]


def test_rebels_killing_people_is_unconventional_violence(pipeline) -> None:
    """Non-state armed groups fight (19) only armed forces; killing people is 18."""
    assert by_country(pipeline, "Burundian Hutu rebels killed 40 people.") == [
        ("180", "BDI", "BDI", "asserted")]
    assert by_country(pipeline, "Taliban insurgents killed three villagers.") == [
        ("180", "AFG", "AFG", "asserted")]


def test_rebels_fighting_forces_stay_conventional(pipeline) -> None:
    assert by_country(pipeline, "Burundian Hutu rebels killed 40 soldiers.") == [
        ("190", "BDI", "BDI", "asserted")]
    assert coded(pipeline, "Tamil rebels attacked.") == [
        ("190", "Tamil rebels", None, "asserted", False)]
    assert by_country(pipeline, "Israeli troops killed three Palestinians.") == [
        ("190", "ISR", "PSE", "asserted")]


def test_police_ending_a_protest_is_repression(pipeline) -> None:
    """Security forces stopping a protest repress it (175)."""
    assert by_country(pipeline, "Police stopped a demonstration in Cairo.") == [
        ("175", "EGY", "EGY", "asserted")]
    assert coded(pipeline, "Egyptian police stopped a protest in Cairo.") == [
        ("175", "Egyptian police", "Cairo", "asserted", False)]


def test_organisers_calling_off_a_protest_ease_dissent(pipeline) -> None:
    assert coded(pipeline, "Egyptian protesters called off their demonstration.") == [
        ("082", "Egyptian protesters", None, "asserted", False)]


def test_government_stopping_a_strike_is_repression(pipeline) -> None:
    assert by_country(pipeline, "The Egyptian government stopped the strike.") == [
        ("175", "EGY", None, "asserted")]
