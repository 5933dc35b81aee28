"""Codebook round, CAMEO roots 01-05 (statements, appeals, intents, consultations,
diplomatic cooperation): general rules found with ``tests/data/plover_codebook_01-05.json``,
each checked on sentences written for these tests."""

from __future__ import annotations

from tests.events_helpers import by_country, coded


def test_urging_negotiations_is_an_appeal_not_an_intent(pipeline) -> None:
    """The dictionary's "want negotiations" (036) is an intent of the one who wants; an
    appeal verb keeps its appeal (CAMEO 02) whatever it asks for."""
    assert by_country(pipeline, "Britain urged Iran to pursue negotiations with the "
                                "rebels.") == [("020", "GBR", "IRN", "asserted")]
    assert by_country(pipeline, "The Netherlands urged Indonesia to pursue talks with the "
                                "separatists.") == [("026", "NLD", "IDN", "asserted")]
    assert by_country(pipeline, "Russia wants negotiations with Japan.") == [
        ("036", "RUS", "JPN", "asserted")]


def test_urging_a_pullout_is_no_expulsion(pipeline) -> None:
    """"push … out" expels (174); "urged X to pull its troops out" appeals."""
    assert by_country(pipeline, "Russia urged Serbia to pull its troops out of Kosovo.") == [
        ("020", "RUS", "SRB", "asserted")]
    assert coded(pipeline, "The rebels pushed the government troops out of the town.") == [
        ("174", "rebels", "troops", "asserted", False)]


def test_defending_a_policy_is_verbal_defence(pipeline) -> None:
    """CAMEO 052 defends a party's policies, role or positions in words; 074 needs a place
    or party protected by force."""
    assert by_country(pipeline, "German Chancellor Helmut Kohl defended the US military "
                                "role in Asia.") == [("052", "DEU", "USA", "asserted")]
    assert by_country(pipeline, "The Italian foreign minister defended the policy of the "
                                "United States.") == [("052", "ITA", "USA", "asserted")]


def test_mediating_is_mediation_whatever_its_aim(pipeline) -> None:
    """A purpose ("to avoid a crisis") does not turn mediation (045) into the dictionary's
    "resolve … crisis" (050); arbitrating mediates too."""
    assert by_country(pipeline, "Italy has been trying to mediate between Sudan and Chad to "
                                "avoid a crisis.") == [("045", "ITA", "SDN", "asserted"),
                                                       ("045", "ITA", "TCD", "asserted")]
    assert by_country(pipeline, "Norway arbitrated between Sri Lanka and the Tamil "
                                "rebels.") == [("045", "NOR", None, "asserted")]


def test_offering_an_apology_apologizes(pipeline) -> None:
    assert by_country(pipeline, "Japan offered an apology to China.") == [
        ("055", "JPN", "CHN", "asserted")]


def test_keen_to_mediate_is_an_intent(pipeline) -> None:
    assert by_country(pipeline, "China is keen to mediate between Sudan and Chad.") == [
        ("039", "CHN", "SDN", "intended"), ("039", "CHN", "TCD", "intended")]


def test_unresolved_pronoun_still_meets(pipeline) -> None:
    """"He held talks with Chernomyrdin": a party the sentence names only by a pronoun
    still met, coded without a country; a generic or lone pronoun still codes nothing."""
    assert coded(pipeline, "He held talks with Prime Minister Viktor Chernomyrdin.") == [
        ("046", None, "Viktor Chernomyrdin", "asserted", False)]
    assert by_country(pipeline, "She met Russian President Boris Yeltsin on Monday.") == [
        ("040", None, "RUS", "asserted")]
    assert coded(pipeline, "They met.") == []
    assert coded(pipeline, "He attacked the Russian embassy.") == []


def test_praising_is_no_hosting(pipeline) -> None:
    """"praised X for giving aid to Y": the "welcome X to" pattern (043) is welcome's."""
    assert by_country(pipeline, "The Kenyan foreign minister praised Tanzania for dishing "
                                "out aid to Rwanda.") == [("051", "KEN", "TZA", "asserted")]
    assert by_country(pipeline, "German Chancellor Helmut Kohl welcomed the Chinese "
                                "president to Bonn.") == [("043", "DEU", "CHN", "asserted")]


def test_expressed_support_endorses_now(pipeline) -> None:
    """Expressing support is CAMEO 051; 032 is support promised for later."""
    assert by_country(pipeline, "China expressed support for the Palestinian cause.") == [
        ("051", "CHN", "PSE", "asserted")]
    assert by_country(pipeline, "Brazil reaffirmed its support for Argentina.") == [
        ("051", "BRA", "ARG", "asserted")]
    assert by_country(pipeline, "China said it would support the Sudanese peace "
                                "process.") == [("032", "CHN", "SDN", "intended")]


def test_denying_a_clause_denies_responsibility(pipeline) -> None:
    """"denied it was involved" is CAMEO 016 (no PLOVER type); denying what was asked
    still refuses it (12)."""
    assert coded(pipeline, "Iran denied it was involved in the attack.") == []
    assert by_country(pipeline, "Israel denied the request of the Palestinians.") == [
        ("120", "ISR", "PSE", "asserted")]
    assert by_country(pipeline, "Iraq denied visas to the American inspectors.") == [
        ("120", "IRQ", "USA", "asserted")]


def test_considering_an_option_is_no_act(pipeline) -> None:
    """CAMEO 014: weighing an option does nothing yet; weighing a hostile one threatens."""
    assert coded(pipeline, "The Chinese government is considering sending peacekeepers to "
                           "Lebanon.") == []
    assert by_country(pipeline, "The European Union is considering imposing sanctions on "
                                "Iran.") == [("1312", "IGO", "IRN", "intended")]


def test_a_renewed_call_is_an_appeal(pipeline) -> None:
    """"renewed its call on Uganda to withdraw" appeals (02); a telephone call is 041."""
    assert by_country(pipeline, "Kenya renewed its call on Uganda to withdraw its "
                                "troops.") == [("020", "KEN", "UGA", "asserted")]
    assert coded(pipeline, "Clinton made a telephone call to Yeltsin.") == [
        ("041", "Clinton", "Yeltsin", "asserted", False)]


def test_courtesy_call_is_a_visit(pipeline) -> None:
    assert by_country(pipeline, "The Egyptian president paid a courtesy call on King Hussein "
                                "of Jordan.") == [("042", "EGY", "JOR", "asserted")]


def test_ratifying_a_treaty_signs_it(pipeline) -> None:
    """CAMEO 057: sign or ratify a formal agreement."""
    assert by_country(pipeline, "Egypt ratified the peace treaty with Israel.") == [
        ("057", "EGY", "ISR", "asserted")]


def test_on_a_visit_names_the_visitor(pipeline) -> None:
    """"X, on a visit to Y, said": the clause's subject makes the visit (CAMEO 042); "the
    visit of X to Y" names the visitor in its "of" phrase."""
    assert by_country(pipeline, "The Chinese premier, on a visit to Japan, said relations were "
                                "improving.") == [("042", "CHN", "JPN", "asserted")]
    assert coded(pipeline, "The visit of Chinese Premier Li Peng to Japan was a success.") == [
        ("042", "Li Peng", "Japan", "asserted", False)]
    assert coded(pipeline, "The minister insisted on talks with the rebels.") == []


def test_expressed_desire_is_an_intent_and_hope_a_comment(pipeline) -> None:
    """"express" defaults to disapproval (110); a desire for better ties is an intent to
    cooperate (030), hope an optimistic comment (013, no PLOVER type, no event)."""
    assert by_country(pipeline, "Pakistan expressed a desire for better relations with "
                                "India.") == [("030", "PAK", "IND", "asserted")]
    assert coded(pipeline, "Pakistan expressed hope for peace with India.") == []


def test_cooperating_with_a_party_against_a_threat(pipeline) -> None:
    """"cooperate with X against terrorism" cooperates with X; the dictionary's
    "cooperate against" (110) is for a party cooperated against."""
    assert by_country(pipeline, "Pakistan is ready to cooperate with India against "
                                "terrorism.") == [("032", "PAK", "IND", "intended")]


def test_a_plea_is_an_appeal(pipeline) -> None:
    assert by_country(pipeline, "Pakistan made a plea to the United Nations for food "
                                "aid.") == [("020", "PAK", "IGO", "asserted")]


def test_unresolved_it_still_welcomes(pipeline) -> None:
    """"It welcomed …": a body named in an earlier sentence still endorses (051)."""
    assert by_country(pipeline, "It welcomed the peace talks between the Ugandan government "
                                "and the rebels.") == [("051", None, "UGA", "asserted"),
                                                       ("051", None, "UGA", "asserted")]


def test_unknown_name_still_defends(pipeline) -> None:
    """A proper name the knowledge base lacks is a party all the same (no country)."""
    assert by_country(pipeline, "Ueda defended the US military role in Asia.") == [
        ("052", None, "USA", "asserted")]
    assert coded(pipeline, "Officials met.") == []
