"""Actors whose country depends on the article's date, on how names are written, or on
what the text says beside them; sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.kb import default_kb
from eventwire.models import Actor, Article


def actors_of(pipeline, text: str, day: date) -> list[Actor]:
    return pipeline.process(Article("t", day, text)).actors


def covering(actors: list[Actor], text: str) -> Actor:
    return next(a for a in actors if any(m.text == text for m in a.mentions))


# (rule, sentence, article date, mention, actor fields, their expected values)
ONE_ACTOR = [
    ("a bare surname is read by the article date",
     "Shevardnadze arrived in Washington for talks on arms control.", date(1987, 9, 20),
     "Shevardnadze", ("country", "sector", "kb_id"), ("SUN", "GOV", "eduard-shevardnadze")),
    ("a given name written last is no leader's surname; the article's country picks the "
     "Liang in office (China's, not Taiwan's)",
     "Liang said China would not tolerate any move toward independence.", date(2012, 3, 1),
     "Liang", ("country", "sector", "country_rule"), ("CHN", "GOV", "kb-surname")),
    ("the best known of two leaders in office bears the surname",
     "Bush criticized Argentina's economic policy on Monday.", date(2002, 5, 5),
     "Bush", ("country", "sector", "country_rule"), ("USA", "GOV", "kb-surname")),
    ("a title before a surname names a bearer who held that office",
     "Former prime minister Blair urged Israel to freeze settlements.", date(2009, 6, 1),
     "Former prime minister Blair", ("kb_id", "code"), ("tony-blair", "GBRELI")),
    ("a people word names the group it anchors",
     "Kurdish rebels attacked an army post near the border.", date(1996, 8, 1),
     "Kurdish rebels", ("name", "code"), ("Kurdish rebels", "TURREB")),
    ("a country's demonym says more than a people living in several",
     "Burundian Hutu rebels killed 40 people.", date(1996, 5, 1),
     "Burundian Hutu rebels", ("name", "code"), ("Burundian rebels", "BDIREB")),
    ("an apposition naming an international body wins over the knowledge base",
     "Paul Martin, the head of the UN mission in Haiti, condemned the attack.",
     date(2003, 5, 2), "Paul Martin", ("country", "code", "kb_id"), ("IGO", "IGOUNO", None)),
    ("a title after a name anchors it by its of-phrase",
     "Peter Dut, a spokesman of the SPLA, said its forces had repulsed the attack.",
     date(1997, 4, 2), "Peter Dut", ("country", "country_rule"), ("SDN", "text")),
    ("a body named for a province is of its country",
     "The Aceh Referendum Information Centre called for a vote.", date(2000, 3, 1),
     "Aceh Referendum Information Centre", ("country", "country_rule"), ("IDN", "text")),
]


@pytest.mark.parametrize(("rule", "text", "day", "mention", "fields", "expected"), ONE_ACTOR,
                         ids=[case[0] for case in ONE_ACTOR])
def test_one_actor(pipeline, rule, text, day, mention, fields, expected):
    actor = covering(actors_of(pipeline, text, day), mention)
    assert tuple(getattr(actor, field) for field in fields) == expected


def test_a_soviet_minister_is_soviet_before_he_led_georgia():
    kb = default_kb()
    (shevardnadze,) = kb.known("Eduard Shevardnadze")
    assert shevardnadze.role_on(date(1987, 9, 20)).code == "SUNGOV"
    assert shevardnadze.role_on(date(1990, 12, 1)).code == "SUNGOV"
    assert shevardnadze.role_on(date(1995, 1, 1)).code == "GEOGOV"


@pytest.mark.parametrize(("day", "code"), [(date(2007, 3, 1), "SDNGOV"),
                                           (date(2012, 3, 1), "SSDGOV")])
def test_kiir_served_sudan_before_south_sudan_was_founded(pipeline, day, code):
    actors = actors_of(pipeline, "Kiir accused the army of bombing oil fields.", day)
    assert covering(actors, "Kiir").code == code


def test_a_family_name_written_first_is_the_surname():
    kb = default_kb()
    assert "yaung-chih-liang" not in {a.id for a in kb.by_surname("Liang")}
    assert "yaung-chih-liang" in {a.id for a in kb.by_surname("Yaung")}


@pytest.mark.parametrize("text", [
    "Hungary might normalise relations with the Community, according to EC officials.",
    "Hungary asked the European Community for help. The Community agreed to send food.",
])
def test_the_last_word_of_a_body_named_in_the_article_names_it(pipeline, text):
    community = covering(actors_of(pipeline, text, date(1987, 4, 27)), "Community")
    assert (community.kb_id, community.country, community.code) == (
        "european-community", "IGO", "IGOEUREEC")


def test_the_community_with_no_body_named_is_no_known_body(pipeline):
    community = covering(actors_of(pipeline, "The Community agreed to send food to Albania.",
                                   date(1991, 5, 2)), "Community")
    assert community.kb_id is None


def test_a_un_envoy_is_the_un_s_not_the_country_he_serves_in(pipeline):
    actors = actors_of(pipeline, "Ian Martin met Indonesian generals in Dili.",
                       date(1999, 9, 1))
    assert covering(actors, "Ian Martin").code == "IGOUNOGOV"


def test_a_person_is_not_of_the_country_of_his_counterpart(pipeline):
    actors = actors_of(pipeline, "Khan told reporters he would meet his Egyptian counterpart "
                                 "Magdi Hatata.", date(1997, 3, 1))
    assert covering(actors, "Khan").country is None
    assert covering(actors, "Egyptian counterpart Magdi Hatata").code == "EGYGOV"


@pytest.mark.parametrize(("day", "country"), [(date(2006, 5, 1), "SDN"),
                                              (date(2012, 5, 1), "SSD")])
def test_a_new_states_capital_was_its_predecessors_city(day, country):
    assert default_kb().capital_of("Juba", day).iso3 == country


def test_delegations_from_two_countries_are_each_countrys(pipeline):
    actors = actors_of(pipeline, "Delegations from China and Vietnam started discussions on "
                                 "the dispute.", date(1995, 3, 1))
    assert (covering(actors, "China").code, covering(actors, "Vietnam").code) == (
        "CHNGOV", "VNMGOV")


@pytest.mark.parametrize(("day", "country"), [(date(1997, 4, 2), "SDN"),
                                              (date(2013, 4, 2), "SSD")])
def test_a_body_anchoring_a_role_is_read_on_the_article_date(pipeline, day, country):
    actors = actors_of(pipeline, "SPLA commanders said their forces had repulsed the attack "
                                 "near Wau.", day)
    assert covering(actors, "SPLA commanders").country == country


def test_an_ordinary_word_is_no_province_in_a_bodys_name(pipeline):
    actors = actors_of(pipeline, "The Maritime Security Program announced new rules.",
                       date(1997, 4, 2))
    assert covering(actors, "Maritime Security Program").country_rule != "text"


def test_refugees_do_not_make_their_country_the_articles(pipeline):
    actors = actors_of(pipeline, "Rwandan refugees fled camps in Zaire. The refugees said they "
                                 "were attacked and the refugees asked for food. A spokesman "
                                 "said aid would resume.", date(1997, 4, 2))
    assert covering(actors, "spokesman").code == "CODGOV"


def test_a_misspelt_given_name_written_last_still_finds_its_bearer():
    found = default_kb().near_person("Tang Xiaxuan")
    assert [a.id for a in found] == ["tang-jiaxuan"]
