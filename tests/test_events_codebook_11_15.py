"""Codebook round for CAMEO roots 11-15 (disapprove, reject, threaten, protest, exhibit force
posture): the general rules found with ``tests/data/plover_codebook_11-15.json``, each
checked on sentences written for it (none is from a gold or set file)."""

from __future__ import annotations

from tests.events_helpers import by_country, coded


def test_defying_a_decision_is_defiance_of_norms(pipeline) -> None:
    """CAMEO 128 "defy norms, law", not the reduced relations (160) of "ignore … decision";
    a vow to defy stays the defiance (12x has no threat)."""
    assert by_country(pipeline, "North Korea defied the Security Council decision.") == [
        ("128", "PRK", "IGO", "asserted")]
    assert by_country(pipeline, "Cuba vowed it would defy the American decision to tighten "
                                "the embargo.") == [("128", "CUB", "USA", "intended")]


def test_convicting_and_upholding_a_sentence_find_guilty(pipeline) -> None:
    """CAMEO 116 "find guilty or liable (legally)", not an arrest or charge (173)."""
    assert by_country(pipeline, "A Turkish court convicted two Kurdish journalists of "
                                "separatism.") == [("116", "TUR", "TUR", "asserted")]
    assert by_country(pipeline, "An Egyptian appeals court upheld the death sentence for "
                                "three Islamists.") == [("116", "EGY", None, "asserted")]


def test_dispatching_warships_mobilizes_forces(pipeline) -> None:
    """CAMEO 154, as "deploy"; dispatching anything else stays the dictionary's export."""
    assert by_country(pipeline, "Britain dispatched two warships to the Falklands.") == [
        ("154", "GBR", "FLK", "asserted")]
    assert by_country(pipeline, "The European Union dispatched a team of experts to "
                                "Kiev.") == [("061", "IGO", None, "asserted")]


def test_provoking_riots_is_no_dissent_of_the_provoker(pipeline) -> None:
    assert coded(pipeline, "The raid provoked riots in Gaza.") == []


def test_going_to_is_the_future(pipeline) -> None:
    """"be going to X" announces X as "will X" does: a planned protest is a threat to
    protest (CAMEO 133), a planned attack a threat of force; "going" codes nothing."""
    assert by_country(pipeline, "Kenyan teachers are going to organize demonstrations "
                                "against the government.") == [
        ("133", "KEN", "KEN", "intended")]
    assert by_country(pipeline, "North Korea is going to attack South Korea, Pyongyang "
                                "said.") == [("1384", "PRK", "KOR", "intended")]


def test_staging_a_sit_in_demonstrates(pipeline) -> None:
    """The parser splits "sit-in" into "sit" and the head "in"; still CAMEO 141."""
    assert coded(pipeline, "Hundreds of Kenyan students staged a sit-in outside the "
                           "Ugandan embassy.") == [
        ("141", "Kenyan students", None, "asserted", False)]


def test_lifting_a_threat_concedes(pipeline) -> None:
    """Withdrawing a threat yields (CAMEO 08), not easing a boycott imposed (085)."""
    assert by_country(pipeline, "The Kurdish party lifted its threat of a boycott of the "
                                "Turkish elections.") == [("080", "TUR", "TUR", "asserted")]


def test_criticism_in_a_relative_clause_is_the_antecedents(pipeline) -> None:
    assert coded(pipeline, "Venezuelan President Hugo Chavez, who denounced the American "
                           "invasion of Iraq, said oil prices would rise.") == [
        ("111", "Hugo Chavez", "Iraq", "asserted", False)]


def test_describing_relative_clause_codes_no_event(pipeline) -> None:
    """Only criticism, rejection and threat (CAMEO 11-13) are read as the antecedent's act."""
    assert coded(pipeline, "Lebanese Speaker Nabih Berri, who hosts the talks in Beirut, "
                           "said the mood was good.") == []


def test_a_message_is_the_subjects_only_when_it_issues_it(pipeline) -> None:
    assert by_country(pipeline, "Canada said it would not back the resolution condemning "
                                "Israel.") == [("120", "CAN", None, "intended")]
    assert by_country(pipeline, "The Arab League issued a statement condemning Israel.") == [
        ("111", "IGO", "ISR", "asserted")]


def test_criticism_by_an_unknown_named_person_keeps_its_target(pipeline) -> None:
    assert coded(pipeline, "Shattuck criticised the Chinese decision to ban the "
                           "newspaper.") == [("111", None, "China", "asserted", False)]
    assert coded(pipeline, "Analysts rejected the Iranian offer.") == []


def test_rallying_complaining_and_suing(pipeline) -> None:
    """CAMEO 113 rally opposition against, 114 complain officially, 115 bring lawsuit."""
    assert by_country(pipeline, "Kenyan opposition parties rallied support against "
                                "President Moi.") == [("113", "KEN", "KEN", "asserted")]
    assert by_country(pipeline, "Japan filed a protest with China over the incursion.") == [
        ("114", "JPN", "CHN", "asserted")]
    assert by_country(pipeline, "Iran brought a lawsuit against the United States at the "
                                "World Court.") == [("115", "IRN", "USA", "asserted")]


def test_shunning_work_is_a_strike(pipeline) -> None:
    assert by_country(pipeline, "Palestinian workers shunned work to protest against Israeli "
                                "settlements.") == [("143", "PSE", "ISR", "asserted")]


def test_forces_on_alert_show_force(pipeline) -> None:
    """"were on high alert" as "remained on alert" (CAMEO 15), for armed or police forces
    only."""
    assert by_country(pipeline, "Israeli security forces were on high alert in "
                                "Jerusalem.") == [("150", "ISR", "ISR", "asserted")]
    assert coded(pipeline, "The hospitals in Athens are on alert.") == []


def test_dispatching_peacekeepers_stays_peacekeeping(pipeline) -> None:
    assert by_country(pipeline, "The African Union dispatched peacekeepers to Darfur.") == [
        ("074", "IGO", "SDN", "asserted")]


def test_stepping_up_a_campaign_against_a_party_rallies_opposition(pipeline) -> None:
    """CAMEO 113, where the "boost" block gave material cooperation (060); a military or
    bombing campaign stepped up is force (190, 195)."""
    assert by_country(pipeline, "The Kenyan opposition stepped up its campaign against "
                                "President Moi.") == [("113", "KEN", "KEN", "asserted")]
    assert by_country(pipeline, "Russia stepped up its bombing campaign against Chechen "
                                "rebels.") == [("195", "RUS", "RUS", "asserted")]
