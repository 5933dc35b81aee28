"""Codebook round, CAMEO roots 16-20: general rules found with
``tests/data/plover_codebook_16-20.json``, checked on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country


@pytest.mark.parametrize(("text", "expected"), [
    # breaking or severing relations or ties is CAMEO 161, not a "break ... with" threat
    ("Morocco broke diplomatic relations with Venezuela.", [("161", "MAR", "VEN", "asserted")]),
    ("Senegal severed relations with Gambia.", [("161", "SEN", "GMB", "asserted")]),
    ("Costa Rica severed ties with Taiwan.", [("161", "CRI", "TWN", "asserted")]),
])
def test_breaking_relations_reduces_them(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sanction decided or announced outright is the sanction (CAMEO 16x) ...
    ("Morocco has decided to break diplomatic relations with Venezuela.",
     [("161", "MAR", "VEN", "intended")]),
    ("Sweden said it would suspend aid to Uganda.", [("162", "SWE", "UGA", "intended")]),
    ("Sudan decided to halt talks with Chad.", [("164", "SDN", "TCD", "intended")]),
    # ... and a threat only when promised on a condition (CAMEO 131x-136)
    ("Sweden will suspend aid to Uganda unless Kampala withdraws its troops.",
     [("1311", "SWE", "UGA", "intended")]),
    ("Sudan threatened to halt talks with Chad.", [("134", "SDN", "TCD", "intended")]),
])
def test_announced_sanction_is_a_sanction_and_conditional_one_a_threat(pipeline, text,
                                                                        expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sealing or cordoning off an area restricts movement (CAMEO 191)
    ("Soldiers sealed off the presidential palace in Conakry.",
     [("191", "GIN", "GIN", "asserted")]),
    ("Israel sealed off the West Bank.", [("191", "ISR", None, "asserted")]),
])
def test_sealing_off_restricts_movement(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # unnamed attackers who kill combatants fight them (CAMEO 190, as an ambush) ...
    ("Four Nigerian soldiers were killed in an ambush near Maiduguri.",
     [("190", None, "NGA", "asserted")]),
    # ... while killing civilians or police stays unconventional violence (180)
    ("Five villagers were killed near Maiduguri in Nigeria.",
     [("180", None, "NGA", "asserted")]),
])
def test_unnamed_attackers_killing_combatants_fight(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # force used on people held captive is physical assault (182), no fight (19x)
    ("Egyptian guards attacked Sudanese prisoners in a Cairo jail.",
     [("182", "EGY", "SDN", "asserted")]),
    ("Turkish soldiers fired on Kurdish detainees.", [("182", "TUR", "TUR", "asserted")]),
    # a purpose clause's captives are not the act's victims: a rescue raid stays force
    ("Colombian troops stormed the rebel camp to free the hostages.",
     [("190", "COL", "COL", "asserted")]),
])
def test_force_against_captives_is_physical_assault(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an engagement named as the means of a death or wound is fighting (CAMEO.2.0: DIE IN
    # FIGHT 190, IN FIREFIGHT 193), whoever the victims
    ("Six civilians were killed in clashes in northern Yemen.",
     [("190", None, "YEM", "asserted")]),
    ("Two Kenyan policemen were wounded in a gunbattle near Garissa.",
     [("193", None, "KEN", "asserted")]),
    # the means do not change an act that names itself: hijacking a plane is an abduction
    ("Gunmen hijacked an Ethiopian Airlines plane.", [("181", "ETH", "ETH", "asserted")]),
    # nor a blockade ("closed its border because of fighting")
    ("Kenya closed its border with Somalia because of fighting in Kismayo.",
     [("191", "KEN", "SOM", "asserted")]),
])
def test_means_of_violence(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_attacker_named_by_the_participle_of_the_attack(pipeline):
    """"killed in airstrikes carried out by X": the participle's agent is the attacker."""
    assert by_country(pipeline, "Three Somali fighters were killed in an air strike carried "
                                "out by Kenyan jets.") == [("195", "KEN", "SOM", "asserted")]


def test_rebels_without_country_are_combatants(pipeline):
    """Unnamed attackers killing rebels fight them, whether the rebels' country is named."""
    assert by_country(pipeline, "Twelve rebels were killed near the border.") == [
        ("190", None, None, "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # suspending or freezing relations reduces them (161)
    ("Peru suspended diplomatic relations with Bolivia.", [("161", "PER", "BOL", "asserted")]),
    # pulling out of or withdrawing from talks halts negotiations (164) ...
    ("Armenia pulled out of negotiations with Azerbaijan.",
     [("164", "ARM", "AZE", "asserted")]),
    # ... while withdrawing from a country stays a military withdrawal (0874)
    ("Rwandan troops withdrew from Burundi.", [("0874", "RWA", "BDI", "asserted")]),
])
def test_reducing_relations_and_halting_talks(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a beating is physical assault (182), whoever beats; beating protesters represses (175)
    ("Rwandan soldiers beat a Congolese farmer.", [("182", "RWA", "COD", "asserted")]),
    ("Zimbabwean police beat demonstrators in Bulawayo.",
     [("175", "ZWE", "ZWE", "asserted")]),
    # sexual assault or abuse is 1821, no military assault
    ("Militiamen sexually assaulted Liberian women.", [("1821", None, "LBR", "asserted")]),
    # who survives an assassination attempt is its target (185)
    ("The Pakistani president survived an assassination attempt.",
     [("185", None, "PAK", "asserted")]),
])
def test_physical_assault(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # setting fire to property or torching it destroys it (1712) ...
    ("Militants set fire to a Coptic church in Cairo.", [("1712", "EGY", "EGY", "asserted")]),
    ("Rebels torched a village in northern Uganda.", [("1712", "UGA", "UGA", "asserted")]),
    # ... save by protesters, whose destruction is a riot (145)
    ("Rioters set fire to a Coptic church in Cairo.", [("145", "EGY", "EGY", "asserted")]),
    # driving people from their homes is mass expulsion (201)
    ("Burmese troops drove thousands of Rohingya from their homes.",
     [("201", "MMR", "MMR", "asserted")]),
    # using a named chemical agent is CAMEO 2041
    ("The regime used sarin against Kurdish villagers in Iraq.",
     [("2041", "IRQ", "IRQ", "asserted")]),
])
def test_property_expulsion_and_chemical_weapons(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # recalling an envoy reduces diplomatic relations (161)
    ("Morocco recalled its envoy to Algeria.", [("161", "MAR", "DZA", "asserted")]),
    # committing genocide perpetrates it (202), no pledge ("committed troops to" stays one)
    ("Hutu militias committed genocide against Rwandan Tutsis.",
     [("202", "RWA", "RWA", "asserted")]),
    ("Ghana committed troops to the peacekeeping mission in Liberia.",
     [("0332", "GHA", "LBR", "asserted")]),
])
def test_recalled_envoys_and_committed_massacres(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pulling or shipping out peacekeepers or observers withdraws them (166)
    ("The African Union pulled out its observers from Darfur in Sudan.",
     [("166", "IGO", "SDN", "asserted")]),
    ("The United Nations shipped out its peacekeepers from Haiti.",
     [("166", "IGO", "HTI", "asserted")]),
    # shipping out goods is trade
    ("Nigeria shipped out two million barrels of crude to India.", []),
])
def test_withdrawing_missions(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # forcing or ordering an agency or a mission out expels it (166) ...
    ("Eritrea forced the UN refugee agency out of the country.",
     [("166", "ERI", "IGO", "asserted")]),
    ("Niger ordered aid agencies out of the Tahoua region.", [("166", "NER", "NGO", "asserted")]),
    # ... refugees forced out are expelled individuals (174), and a diplomat ordered out
    # reduces relations (161)
    ("Tanzania forced Burundian refugees out of its camps.",
     [("174", "TZA", "BDI", "asserted")]),
    ("Zambia ordered the Libyan ambassador out of the country.",
     [("161", "ZMB", "LBY", "asserted")]),
])
def test_forcing_out(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # troops arresting people arrest them (173), no occupation of territory (192)
    ("Israeli troops arrested 12 Palestinians in Nablus.", [("173", "ISR", "PSE", "asserted")]),
    ("Russian troops seized the airport in Pristina.", [("192", "RUS", "XKX", "asserted")]),
    # a court, prosecutors or police charging someone bring legal action (173); a state
    # charging another accuses it (112)
    ("A Kenyan court charged three Somali men with piracy.",
     [("173", "KEN", "SOM", "asserted")]),
    ("Indonesian police charged two Australians with drug smuggling.",
     [("173", "IDN", "AUS", "asserted")]),
    ("Syria charged Israel with violating the ceasefire.", [("112", "SYR", "ISR", "asserted")]),
])
def test_arrests_and_legal_charges(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sealing a border closes it (191) ...
    ("Kenya sealed its border with Somalia.", [("191", "KEN", "SOM", "asserted")]),
    # ... sealing a deal stays an agreement (057)
    ("France and Germany sealed an agreement on trade.",
     [("057", "FRA", "DEU", "asserted"), ("057", "DEU", "FRA", "asserted")]),
])
def test_sealing_a_border(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # police force on people who are neither a state nor armed is repression (175) ...
    ("Ethiopian police killed two students in Addis Ababa.",
     [("175", "ETH", "ETH", "asserted")]),
    ("Kenyan police clashed with opposition supporters in Kisumu.",
     [("175", "KEN", "KEN", "asserted")]),
    # ... against rebels or militants it stays a fight
    ("Indian police killed three Maoist rebels in a gunbattle.",
     [("193", "IND", "IND", "asserted")]),
])
def test_police_force_on_civilians_is_repression(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_death_from_torture_is_torture(pipeline):
    """Who dies of torture underwent it (1822): the victim is the target, no source."""
    assert by_country(pipeline, "A Syrian activist died under torture in a Damascus "
                                "prison.") == [("1822", None, "SYR", "asserted")]


@pytest.mark.parametrize(("text", "expected"), [
    # reducing one's diplomatic presence or relations reduces diplomatic relations (161)
    ("Sudan reduced its diplomatic presence in Chad.", [("161", "SDN", "TCD", "asserted")]),
    ("Britain reduced relations with Libya.", [("161", "GBR", "LBY", "asserted")]),
    # reducing rates is no event
    ("The central bank reduced interest rates.", []),
])
def test_reducing_diplomatic_relations(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
