"""Verbs read in the sense news uses them: the kind of a verb's object picks its sense
(``object_senses.tsv``), a score or a team makes beating someone sport, a predicate
adjective takes a stance (``stance_adjectives.tsv``), idioms code as wholes, and a
statement codes the act it announces. Sentences written by the eventwire team after the
error classes of its own news dev sets (``tests/data/plover_*``)."""

from __future__ import annotations

import pytest

from eventwire.stages.events.lexicon import lexicon
from tests.events_helpers import by_country


@pytest.mark.parametrize(("text", "expected"), [
    # charging money bills; charging a person with a crime is legal action (CAMEO 173)
    ("Russia charges foreign airlines high fees for flights over Siberia.", []),
    ("Ukrainian prosecutors charged the former defence minister with corruption.",
     [("173", "UKR", None, "asserted")]),
    # licensing a price or a company deal yields to nobody
    ("The Chinese government has approved price rises for postal services.", []),
    ("The European Commission cleared the takeover of the Dutch firm.", []),
    # only forces or arms are mobilized by deploying them
    ("China deployed an exploratory oil rig near the Paracel Islands.", []),
    ("Turkey deployed troops along the Syrian border.", [("154", "TUR", "SYR", "asserted")]),
    # one's own troops are no military cooperation with anyone; breaking up the rally with
    # them represses it (175)
    ("Mobutu used his troops to break up the rally.", [("175", "COD", None, "asserted")]),
    # overcoming problems fights nobody
    ("Guyana hopes to overcome its financial problems within three years.", []),
    # appointing someone to an office is no cooperation between parties
    ("President Gemayel named Selim Hoss as acting prime minister.", []),
])
def test_the_object_picks_the_sense(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil beat Argentina 2-1 in Buenos Aires on Sunday.", []),
    ("The Indian team defeated Pakistan in Lahore.", []),
    ("India defeated Pakistan by six wickets.", []),
    ("Gretchen Malalad defeated her Malaysian opponent to win a gold medal.", []),
    ("Gatlin matched Maurice Greene as the only man to complete the sweep.", []),
    # no team, no score, no margin, no rival: violence
    # (a beating is physical assault, CAMEO 182: extra_verbs.tsv)
    ("Israeli soldiers beat a Palestinian youth in Hebron.", [("182", "ISR", "PSE", "asserted")]),
    ("Indonesian forces defeated the Aceh rebels.", [("190", "IDN", "IDN", "asserted")]),
])
def test_sport_is_no_violence(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran was pleased with the political process in Iraq.",
     [("051", "IRN", "IRQ", "asserted")]),
    ("Britain is unhappy with the ruling of the European Court.",
     [("110", "GBR", "IGO", "asserted")]),
    ("Germany was angry at Turkey over the arrests.", [("111", "DEU", "TUR", "asserted")]),
    ("Japan was not satisfied with China's explanation.", [("051", "JPN", "CHN", "denied")]),
    ("The Turkish president was happy.", []),  # a stance towards nothing
    ("The Turkish president was happy to announce the results.", []),
    ("Germany was angry that Turkey arrested the journalists.",
     [("111", "DEU", "TUR", "asserted")]),
])
def test_stance_adjectives(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sudanese government has pulled the plug on the Danish minister's visit.",
     [("160", "SDN", "DNK", "asserted")]),
    ("Germany threw its weight behind the French proposal.",
     [("051", "DEU", "FRA", "asserted")]),
    ("Nigerian teachers went on strike on Monday.", [("143", "NGA", None, "asserted")]),
    ("China and Vietnam started discussions on the dispute on Wednesday.",
     [("046", "CHN", "VNM", "asserted"), ("046", "VNM", "CHN", "asserted")]),
    ("France has committed 500 troops to Lebanon.", [("0332", "FRA", "LBN", "asserted")]),
    # denying an accusation refuses nothing; denying a request does
    ("The Kenyan government denied any wrongdoing.", []),
    ("Iran denied the request of the inspectors.", [("120", "IRN", None, "asserted")]),
])
def test_idioms_and_phrases(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "said" is no PLOVER event, what it announces is
    ("France said it would send troops to Mali.", [("0312", "FRA", "MLI", "intended")]),
    ("Syria said it would hold talks with Turkey next week.",
     [("036", "SYR", "TUR", "intended")]),
    ("Japan said it had given aid to Haiti.", [("070", "JPN", "HTI", "reported")]),
])
def test_statements_code_their_content(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


def test_object_senses_are_data(pipeline):
    lex = lexicon()
    doc = pipeline.nlp("Egypt allowed the United States to use its air bases.")
    use = doc[6]
    assert use.lemma_ == "use"
    # "its" points back to Egypt, not to the user: the bases are not the user's own
    assert lex.object_allows("use", "062", use)
    doc = pipeline.nlp("Mobutu used his troops.")
    assert not lex.object_allows("use", "062", doc[1])
    assert lex.object_allows("use", "175", doc[1])  # other codes of the verb are untouched


@pytest.mark.parametrize(("text", "expected"), [
    # "for X to V" is what is called for: an appeal (CAMEO 020), no telephone call (041)
    ("The European Union called for Russia to withdraw its troops from Georgia.",
     [("020", "IGO", "RUS", "asserted")]),
    # a verb's sense in a block of several: countering an offer to end hostilities
    # disapproves of it (the verb's own 110), it is no demonstration against fighting (141)
    ("Iran countered the Iraqi offer of a cessation of hostilities.",
     [("110", "IRN", "IRQ", "asserted")]),
    ("Students protested the fighting in Gaza.", [("141", "PSE", None, "asserted")]),
    # getting is no receiving: only "received the envoy for talks" hosts him
    ("The United States failed to get a reply from North Korea on its proposal for peace "
     "talks.", []),
    ("Iran received a Syrian delegation for talks.", [("043", "IRN", "SYR", "asserted")]),
    # leaving meets nobody
    ("The Iranian foreign minister left Damascus on Friday.", []),
    ("The Danish minister was scheduled to depart at the end of this week.", []),
    # going abroad for treatment visits nobody; heading for victory leads nothing
    ("Algerian President Bouteflika went to Paris for medical treatment on Saturday.", []),
    ("Ortega is heading for victory in Nicaragua's elections.", []),
    # the noun a relative clause describes is the verb's object
    ("Russia and the European Union settled a dispute over the fees Moscow charges foreign "
     "airlines.", [("039", "RUS", "IGO", "asserted"), ("039", "IGO", "RUS", "asserted")]),
    # a tendency protects nobody, an oath of office accuses nobody, slowing growth
    # represses nobody
    ("Precipitation in China tended to increase noticeably.", []),
    ("Merkel was sworn in as the head of the grand coalition government.", []),
    ("China will moderate its high-speed economic growth.", []),
    # legislating yields to nobody; a prize is no material cooperation
    ("The Japanese parliament passed the 1987 budget.", []),
    ("The Nobel committee awarded the peace prize to the Burmese opposition leader.", []),
    # growing an economy cooperates with nobody
    ("EU enlargement has had a positive effect on the German economy, boosting gross domestic "
     "product.", []),
    ("He went through routine tests on Friday.", []),
    ("French judges will quiz Prime Minister Dominique de Villepin.",
     [("090", "FRA", "FRA", "intended")]),
])
def test_senses_of_common_news_verbs(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # taking one's case to an authority complains; police taking someone somewhere arrest
    ("A South African policeman has taken his case to the South African Human Rights "
     "Commission.", [("114", "ZAF", "ZAF", "asserted")]),
    # dismay at what a party did disapproves of it
    ("Former Prime Minister Julius Chan of Papua New Guinea expressed his dismay at the "
     "military's breakdown in discipline.", [("110", "PNG", "PNG", "asserted")]),
    # strengthening or normalising relations cooperates; "committed to" promises it
    ("Malaysia is committed to strengthening bilateral relations with Zimbabwe.",
     [("032", "MYS", "ZWE", "intended")]),
    ("Hungary is willing to normalise relations with Austria.",
     [("032", "HUN", "AUT", "intended")]),
    # a challenge filed against a ruling or inquiry is legal action
    ("Former Canadian prime minister Jean Chretien filed a challenge against a judicial "
     "inquiry.", [("115", "CAN", None, "asserted")]),
    # supporting a military mission takes part in it; supporting a proposal endorses it
    ("Italian troops left Naples on Monday to support the multinational military mission in "
     "Lebanon.", [("074", "ITA", "LBN", "asserted")]),
    ("France supported the Italian proposal.", [("052", "FRA", "ITA", "asserted")]),
    # sending someone for talks sends an envoy
    ("Egypt is sending Amr Moussa to Israel for talks with Netanyahu.",
     [("042", "EGY", "ISR", "asserted")]),
])
def test_news_phrases_of_diplomacy(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # medicine and relief supplies delivered or given are humanitarian aid
    ("American aid groups delivered medicine to Baghdad.", [("073", "USA", "IRQ", "asserted")]),
    ("The United Nations delivered tents and blankets to earthquake victims in Pakistan.",
     [("073", "IGO", "PAK", "asserted")]),
])
def test_relief_goods(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
