"""Codebook round, CAMEO roots 06-10 (material cooperation, aid, yield, investigate,
demand): one or more sentences, written for these tests, per rule family the round fixed
(tests/data/plover_codebook_06-10.json found them; see tests/data/README.md)."""

from __future__ import annotations

from tests.events_helpers import by_country, coded


def test_cooperating_on_or_in_a_matter_is_material_cooperation(pipeline) -> None:
    """CAMEO 060; the task's "against" is not the verb's ("collaborate against:" 110)."""
    assert by_country(pipeline, "Brazil and Argentina cooperate on nuclear safety.") == [
        ("060", "BRA", "ARG", "asserted"), ("060", "ARG", "BRA", "asserted")]
    assert by_country(pipeline, "Morocco and Spain cooperate in the fight against drug "
                                "trafficking.") == [
        ("060", "MAR", "ESP", "asserted"), ("060", "ESP", "MAR", "asserted")]


def test_proposing_to_act_is_an_intent_to_act(pipeline) -> None:
    """"proposed to cooperate" offers cooperation (031); "proposed that Y act" appeals."""
    assert by_country(pipeline, "India proposed to cooperate with Nepal on hydropower.") == [
        ("031", "IND", "NPL", "intended")]
    assert by_country(pipeline, "Brazil proposed that Venezuela hold talks with the "
                                "opposition.") == [("020", "BRA", "VEN", "asserted")]


def test_supplying_arms_is_military_aid(pipeline) -> None:
    assert by_country(pipeline, "France supplied rifles to the Malian army.") == [
        ("072", "FRA", "MLI", "asserted")]


def test_deploying_peacekeepers_is_peacekeeping(pipeline) -> None:
    assert by_country(pipeline, "The African Union deployed peacekeepers in Somalia.") == [
        ("074", "IGO", "SOM", "asserted")]


def test_police_questioning_investigates_a_crime(pipeline) -> None:
    assert coded(pipeline, "Nigerian police questioned the former governor.") == [
        ("091", "Nigerian police", None, "asserted", False)]
    assert coded(pipeline, "The former Nigerian governor was questioned by police.") == [
        ("091", "police", "Nigerian governor", "asserted", False)]


def test_questioning_a_decision_is_no_investigation(pipeline) -> None:
    assert [event[0] for event in coded(
        pipeline, "The Kenyan minister questioned the decision of Uganda.")] == []


def test_a_trip_to_investigate_is_the_investigation(pipeline) -> None:
    """No visit (042) or planned meeting (036) besides the investigation (CAMEO 09)."""
    assert by_country(pipeline, "A United Nations team arrived in Burundi to investigate "
                                "the killings.") == [("090", "IGO", "BDI", "intended")]
    assert by_country(pipeline, "The European Union sent a team to Georgia to investigate "
                                "the shelling.") == [("090", "IGO", "GEO", "intended")]


def test_a_trip_for_another_aim_stays_a_visit(pipeline) -> None:
    assert by_country(pipeline, "The Nepalese minister visited India to discuss trade.") == [
        ("042", "NPL", "IND", "asserted")]


def test_a_call_for_something_is_an_appeal(pipeline) -> None:
    """The noun "call" with "for" appeals (020); "a call to X" stays a telephone call."""
    assert coded(pipeline, "The Ugandan government renewed its call for talks with the "
                           "rebels.") == [("020", "Ugandan government", "rebels", "asserted",
                                           False)]
    assert by_country(pipeline, "The Canadian minister made a call to the Mexican "
                                "president.") == [("041", "CAN", "MEX", "asserted")]


def test_calling_for_talks_appeals_for_talks(pipeline) -> None:
    """CAMEO 026 (appeal to others to meet), not an offer to meet (036)."""
    assert coded(pipeline, "The Nepalese prime minister called for talks with the Maoist "
                           "rebels.") == [("026", "Nepalese minister", "rebels", "asserted",
                                           False)]


def test_persuading_a_party_appeals_to_it(pipeline) -> None:
    assert by_country(pipeline, "The British envoy persuaded Libya to release the "
                                "nurses.") == [("020", "GBR", "LBY", "asserted")]


def test_urging_negotiations_is_no_offer_to_negotiate(pipeline) -> None:
    """"urged Y to resume negotiations" appeals (020), not the "want … &negotiation" 036
    of the demand block; "pressed Iraq to allow inspectors into" is no "push into" 192."""
    assert by_country(pipeline, "Russia urged Georgia to resume negotiations with the Abkhaz "
                                "rebels.") == [("020", "RUS", "GEO", "asserted")]
    assert by_country(pipeline, "The French government pressed Iraq to allow inspectors into "
                                "the palaces.") == [("100", "FRA", "IRQ", "asserted")]


def test_a_coachs_resignation_is_no_political_event(pipeline) -> None:
    assert coded(pipeline, "Smith resigned as head coach of Chilean club Colo-Colo.") == []
    assert by_country(pipeline, "The Chilean interior minister resigned.") == [
        ("0831", "CHL", None, "asserted")]


def test_providing_information_shares_it(pipeline) -> None:
    assert by_country(pipeline, "Italy provided information on the smugglers to the Libyan "
                                "coastguard.") == [("064", "ITA", "LBY", "asserted")]


def test_handing_back_returns(pipeline) -> None:
    assert by_country(pipeline, "Syria handed back the Lebanese prisoners.") == [
        ("084", "SYR", None, "asserted")]


def test_accepting_or_agreeing_to_a_demand_yields(pipeline) -> None:
    assert coded(pipeline, "The Bolivian government accepted the demand of the miners.") == [
        ("080", "Bolivian government", "miners", "asserted", False)]
    assert by_country(pipeline, "The Ecuadorian government agreed to the demands of the "
                                "protesters.") == [("080", "ECU", "ECU", "asserted")]


def test_opening_a_border_to_aid_allows_its_delivery(pipeline) -> None:
    assert by_country(pipeline, "Chad opened its border to humanitarian aid.") == [
        ("0863", "TCD", None, "asserted")]


def test_calling_off_industrial_action_eases_dissent(pipeline) -> None:
    assert by_country(pipeline, "French unions called off industrial action.") == [
        ("082", "FRA", None, "asserted")]


def test_letting_international_personnel_act_allows_involvement(pipeline) -> None:
    """CAMEO 086 even when the parser makes the personnel the clause's subject."""
    assert coded(pipeline, "Sudan let United Nations aid workers enter Darfur.") == [
        ("086", "Sudan", "United Nations aid workers", "asserted", False)]
    assert by_country(pipeline, "Myanmar allowed United Nations observers to monitor the "
                                "vote.")[0] == ("086", "MMR", "IGO", "asserted")


def test_letting_a_domestic_party_act_is_no_international_involvement(pipeline) -> None:
    """Allowing one's own opposition a rally eases a restriction (08), lets no one in."""
    assert [event[0] for event in coded(
        pipeline, "The Kenyan government allowed the opposition to hold a rally.")] == [
        "080", "141"]


def test_calling_for_an_investigation_appeals_for_it(pipeline) -> None:
    """The caller asks for an investigation (02), it investigates nothing (09)."""
    assert by_country(pipeline, "Human Rights Watch called for an investigation into the "
                                "killings in Guinea.") == [("0214", "NGO", "GIN", "asserted")]


def test_making_concessions_yields(pipeline) -> None:
    assert coded(pipeline, "The Thai government made concessions to the protesters.") == [
        ("080", "Thai government", "protesters", "asserted", False)]


def test_disarming_demobilizes(pipeline) -> None:
    """CAMEO 0873, and its promise an intent to de-escalate, no threat (1384)."""
    assert by_country(pipeline, "The Congolese militias disarmed.") == [
        ("0873", "COD", None, "asserted")]
    assert by_country(pipeline, "The Liberian rebels agreed to disarm.") == [
        ("0356", "LBR", None, "intended")]


def test_plural_subjunctive_after_insisting_is_a_demand(pipeline) -> None:
    """"insisted that the rebels return": a past "insisted" makes the present a subjunctive;
    an indicative clause ("were mercenaries") is only a claim."""
    assert coded(pipeline, "The Chadian government insisted that the rebels return to "
                           "talks.") == [("100", "Chadian government", "rebels", "asserted",
                                          False)]
    assert coded(pipeline, "The Chadian government insisted that the rebels were "
                           "mercenaries.") == []


def test_accepting_peacekeepers_receives_them(pipeline) -> None:
    assert by_country(pipeline, "Somalia accepted the deployment of African Union "
                                "peacekeepers.") == [("0861", "SOM", "IGO", "asserted")]


def test_sending_doctors_is_humanitarian_aid(pipeline) -> None:
    assert by_country(pipeline, "Venezuela sent doctors to Haiti.") == [
        ("073", "VEN", "HTI", "asserted")]


def test_training_another_partys_soldiers_is_military_aid(pipeline) -> None:
    assert by_country(pipeline, "Britain trained Iraqi soldiers.") == [
        ("072", "GBR", "IRQ", "asserted")]


def test_expanding_cooperation_is_material_cooperation(pipeline) -> None:
    """CAMEO 060 "initiate, resume, improve, or expand material cooperation", by kind."""
    assert by_country(pipeline, "China and Russia expanded military cooperation.") == [
        ("062", "CHN", "RUS", "asserted"), ("062", "RUS", "CHN", "asserted")]


def test_exchanging_intelligence_shares_information(pipeline) -> None:
    assert by_country(pipeline, "Colombia and Ecuador exchanged intelligence on the "
                                "rebels.") == [
        ("064", "COL", "ECU", "asserted"), ("064", "ECU", "COL", "asserted")]
