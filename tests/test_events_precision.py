"""Rules that keep a sentence from coding events it does not report (an aim's own content,
the infinitive of a noun-like verb form, the alternatives an obligation scopes over, verb
forms that only describe a noun, the sending of inspectors) and rules that code an act by
what it serves (helping, promising to send, gathering for a rally, force used to disperse
protesters)."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country


@pytest.mark.parametrize(("text", "expected"), [
    # the expelling is what the help (the offer's aim) is for: no coercion of its own
    ("Egypt offered its troops to Jordan to help it expel the militants from the border "
     "region.", [("030", "EGY", "JOR", "asserted")]),
    # "demands" parsed as a verb in an object slot: its infinitive is no release
    ("Japan said it would not meet the kidnappers' demands to release prisoners in Iraq.",
     [("125", "JPN", "JPN", "intended")]),
    # "or face new sanctions" is the alternative the obligation states, not a second event
    ("The European Union declared that Russia must withdraw its troops or face new "
     "sanctions.", [("100", "IGO", "RUS", "asserted")]),
    # a conjunct with a subject of its own is a clause of its own
    ("Germany insisted that Iran must halt enrichment, and Iran rejected the demand.",
     [("100", "DEU", "IRN", "asserted"), ("120", "IRN", None, "asserted")]),
])
def test_what_a_sentence_does_not_report(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # helping do X is taking part in X ...
    ("Qatar helped broker a truce between Israel and Hamas.",
     [("045", "QAT", "ISR", "asserted"), ("045", "QAT", "PSE", "asserted")]),
    # ... and helping with an act that codes nothing is aid
    ("The United States helped rebuild schools in Iraq.", [("070", "USA", "IRQ", "asserted")]),
    # a promised act that codes nothing ("send material") promises its aim: intent to
    # protect (0334 by the intent column of derived_codes.tsv)
    ("Norway is willing to send material to help defend Saudi Arabia, Norway's foreign "
     "minister said.", [("0334", "NOR", "SAU", "intended")]),
    # force whose aim is to disperse protesters is repression (175), not a clash
    ("Kenyan police opened fire to disperse opposition demonstrators in Nairobi.",
     [("175", "KEN", "KEN", "asserted")]),
    ("The Serbian police used force to break up the demonstration.",
     [("175", "SRB", None, "asserted")]),
])
def test_helping_and_dispersing(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a crowd coming together for a rally protests; the coming together is no meeting
    ("Thousands of Kenyans converged on Nairobi for a rally against the government.",
     [("141", "KEN", "KEN", "asserted")]),
    # taking part in an event is doing it, unless a pattern names the event
    ("Thousands of Egyptians took part in a march against the government.",
     [("141", "EGY", "EGY", "asserted")]),
    ("Syria participated in the talks with Israel in Washington.",
     [("046", "SYR", "ISR", "asserted")]),
    ("Israel took part in the conference on Iran.", [("046", "ISR", "IRN", "asserted")]),
    # placing someone under an event does it to them
    ("The Burmese junta placed Aung San Suu Kyi under house arrest.",
     [("173", "MMR", "MMR", "asserted")]),
    # "dispute" tagged as a bare verb heading an adverbial clause is the noun
    ("Denmark today accepted a formula for ending its fisheries dispute with its Nordic "
     "partners, officials said.", [("030", "DNK", None, "reported")]),
    # the speaker's description ("the team trying to broker a truce") reports no mediation
    ("Iran has accused Iraq of shelling the border, a member of the Swiss team trying to "
     "broker a truce has said.", [("112", "IRN", "IRQ", "reported")]),
])
def test_noun_phrases_that_are_not_events(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dispatching inspectors is no export: what they are sent to do is the act, aimed at
    # where they are sent
    ("The United Nations dispatched inspectors to Iraq to investigate the attack.",
     [("090", "IGO", "IRQ", "intended")]),
    # dispatching peacekeepers is peacekeeping, as sending them is
    ("The African Union dispatched peacekeepers to Somalia.", [("074", "IGO", "SOM", "asserted")]),
    # training people is no promise to cooperate; training another party's soldiers is
    # military aid (CAMEO 072: military assistance, including training)
    ("Egypt trained Sudanese soldiers.", [("072", "EGY", "SDN", "asserted")]),
])
def test_sending_and_training_people(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "condemn" shares its dictionary block with "postpone": a condemned visit is no
    # postponement (160) ...
    ("China condemned the Japanese visit to the shrine.", [("111", "CHN", "JPN", "asserted")]),
    # ... a postponed summit is, and a delayed vote is no accusation (112)
    ("Kenya postponed the summit with Uganda.", [("160", "KEN", "UGA", "asserted")]),
    ("Israel delayed the vote on the peace plan.", [("160", "ISR", None, "asserted")]),
    # obstructing codes only by a pattern of its sense
    ("Turkey obstructed the Swedish bid to join NATO.", []),
    # "force" shares its block with "reinforce": forcing troops out is no reinforcement (154)
    ("Iran was forced to withdraw its troops from Iraq.", [("170", None, "IRN", "asserted")]),
    ("NATO reinforced its troops in Kosovo.", [("154", "IGO", "XKX", "asserted")]),
])
def test_verbs_of_one_block_keep_their_senses(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # beating someone in a contest is winning, no violence ...
    ("The Indian team beat Pakistan in the cricket final.", []),
    # ... beating them at a checkpoint is
    ("Israeli soldiers shot two Palestinians at a checkpoint.",
     [("190", "ISR", "PSE", "asserted")]),
    # "in" after the object is where the thing was given: no "give in" (080); giving
    # codes only by what is given
    ("Egypt gave shelter in Cairo to Sudanese refugees.", [("075", "EGY", "SDN", "asserted")]),
    ("The Chinese leader gave a banquet in Beijing for the Russian president.", []),
    ("The French minister gave in to the demands of striking Corsican farmers.",
     [("080", "FRA", "FRA", "asserted")]),
])
def test_non_political_senses(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a participle giving a statement's content is its issuer's verbal act
    ("Pakistan's foreign ministry issued a statement condemning the attack.",
     [("111", "PAK", None, "asserted")]),
    ("The Arab League released a statement calling on Israel to withdraw from Lebanon.",
     [("020", "IGO", "ISR", "asserted")]),
    ("Egypt issued a communique welcoming the Syrian decision.",
     [("052", "EGY", "SYR", "asserted")]),
])
def test_statements_carry_their_issuers_act(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_a_gerund_in_a_prepositional_phrase_is_a_setting(pipeline):
    assert by_country(pipeline, "Sri Lankan troops killed 20 Tamil rebels in fighting in the "
                                "north, the military said.") == [("190", "LKA", "LKA", "reported")]


@pytest.mark.parametrize(("text", "expected"), [
    # a warning of a hazard threatens nobody; one of an act, or of consequences, does
    ("Israel warned of a humanitarian crisis in Gaza.", []),
    ("Iran warned the United States of a crushing response.",
     [("130", "IRN", "USA", "asserted")]),
    ("China warned Japan of serious consequences.", [("130", "CHN", "JPN", "asserted")]),
])
def test_warnings_of_hazards(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # whom a protest defies is its target, not the country whose streets it blocks
    ("Thousands of students blocked streets in Taiwan in defiance of the Chinese government.",
     [("144", "TWN", "CHN", "asserted")]),
    ("Hundreds of Kurds blocked roads in Germany in protest against the Turkish government.",
     [("144", "TUR", "TUR", "asserted")]),
])
def test_a_protests_adjunct_names_its_target(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "protest" in a pattern names the act, not its doers: detaining protesters is no rally
    ("Indian police detained hundreds of Sikh protesters.", [("173", "IND", "IND", "asserted")]),
    ("Kenyan students held a protest in Nairobi.", [("141", "KEN", "KEN", "asserted")]),
])
def test_stems_do_not_cross_to_the_doer(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # someone else's expectation codes nothing; the visit is the minister's, not done to him
    ("The Russian defence minister is expected to visit China next month.",
     [("042", "RUS", "CHN", "hypothetical")]),
])
def test_a_passive_verbs_infinitive_has_an_active_subject(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated parties meeting or agreeing somewhere act on each other, not on the place
    ("Chinese and Russian leaders held talks in Moscow.",
     [("046", "CHN", "RUS", "asserted"), ("046", "RUS", "CHN", "asserted")]),
    ("Israel and Jordan signed a peace treaty in Washington.",
     [("057", "ISR", "JOR", "asserted"), ("057", "JOR", "ISR", "asserted")]),
])
def test_mutual_parties_are_not_aimed_at_the_place(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a condition is nobody's act, nor a threat by its subject ...
    ("If Iran attacks Israel, the region will suffer.", []),
    # ... and a threat is aimed at whoever its condition asks to act
    ("Kurdish rebels threatened to resume attacks unless Turkey released their leader.",
     [("1384", "TUR", "TUR", "intended")]),
    ("North Korea threatened to quit the talks if the United States did not lift sanctions.",
     [("134", "PRK", "USA", "intended")]),
    ("Israel warned that it would retaliate if Hezbollah attacked.",
     [("130", "ISR", "LBN", "asserted")]),
])
def test_conditions(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # calling something illegal or a crime judges it: no sanction, no telephone call
    ("Iran called the American sanctions illegal.", []),
    ("The Egyptian minister called the Israeli raid a crime.", []),
    ("The Indian prime minister called his Pakistani counterpart on Monday.",
     [("041", "IND", "PAK", "asserted")]),
    ("Kenyan unions called a general strike.", [("143", "KEN", None, "asserted")]),
])
def test_characterizing_is_no_act(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # deploying troops mobilizes them (154), not military cooperation (062)
    ("The Indonesian army deployed troops to Aceh.", [("154", "IDN", "IDN", "asserted")]),
    ("Russia deployed troops along the Ukrainian border.", [("154", "RUS", "UKR", "asserted")]),
])
def test_deploying_troops(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a passive violent verb's attacker may be named only by the attack it happened in
    # (wounded in a clash: the clash makes it fighting, 190, see weapons.tsv)
    ("Two Turkish soldiers were wounded in a clash with Kurdish rebels.",
     [("190", "TUR", "TUR", "asserted")]),
    ("Three Indian policemen were killed in an attack by Maoist rebels.",
     [("190", "IND", "IND", "asserted")]),
    ("A Palestinian was killed in an Israeli air strike in Gaza.",
     [("195", "ISR", "PSE", "asserted")]),
    # an attack on the embassy names its victim, not its attacker
    ("Five people were killed in an attack on the Israeli embassy.",
     [("180", None, "ISR", "asserted")]),
])
def test_attackers_named_by_the_attack(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated subjects of a reciprocal verb act on each other, not on the place
    ("Armenian and Azeri forces clashed in Nagorno-Karabakh.",
     [("190", "ARM", "AZE", "asserted"), ("190", "AZE", "ARM", "asserted")]),
    ("Indian and Pakistani troops exchanged fire across the border in Kashmir.",
     [("193", "IND", "PAK", "asserted"), ("193", "PAK", "IND", "asserted")]),
    # a "with" party is still their target
    ("Serbian and Croatian police clashed with Albanian demonstrators.",
     [("175", "SRB", "ALB", "asserted"), ("175", "HRV", "ALB", "asserted")]),
])
def test_reciprocal_verbs(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # exercises with no partner show force; joint ones, or ones with a partner, cooperate
    ("The Chinese military conducted exercises near Taiwan.",
     [("150", "CHN", "TWN", "asserted")]),
    ("The American navy conducted exercises with the Indian navy.",
     [("062", "USA", "IND", "asserted")]),
    ("Russia and China held joint military exercises.",
     [("062", "RUS", "CHN", "asserted"), ("062", "CHN", "RUS", "asserted")]),
])
def test_exercises_by_partner(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # telling someone to act demands it of them; the act told is no event of its own
    ("The Egyptian president told Israel to stop building settlements.",
     [("100", "EGY", "ISR", "asserted")]),
    # what is told to someone with no other target is aimed at them
    ("The Iraqi foreign minister told his Syrian counterpart that Baghdad would close the "
     "border.", [("1381", "IRQ", "SYR", "intended")]),
])
def test_telling(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a speaker's pronoun owns ("his country", "his troops") is the speaker's side
    ("The Saudi foreign minister said his country supported the Yemeni government.",
     [("050", "SAU", "YEM", "reported")]),
    ("The Sudanese army chief said his troops had defeated the rebels in Darfur.",
     [("190", "SDN", "SDN", "reported")]),
])
def test_the_speakers_own_side(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
