"""Actor recognition, coding and coreference on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.ingest import IngestOptions, read_file
from eventwire.models import Actor, Article
from tests.conftest import SEED_ARTICLE


def actors_of(pipeline, text: str, day: date | None = date(2023, 7, 27)) -> list[Actor]:
    return pipeline.process(Article("t", day, text)).actors


def named(actors: list[Actor], name: str) -> Actor:
    return next(a for a in actors if a.name == name)


def test_title_in_premodifier_gives_country_sector_and_whole_mention(pipeline):
    actors = actors_of(pipeline, "Russia's defence minister Sergei Shoigu arrived on Tuesday.")
    shoigu = named(actors, "Sergei Shoigu")
    assert (shoigu.country, shoigu.sector, shoigu.code) == ("RUS", "MIL", "RUSMIL")
    assert shoigu.mentions[0].text == "Russia's defence minister Sergei Shoigu"


def test_counterpart_apposition_takes_country_from_text_and_sector_from_anchor(pipeline):
    actors = actors_of(pipeline, "Russian defence minister Sergei Shoigu met his North Korean "
                                 "counterpart, Kang Sun Nam, in Pyongyang.")
    kang = named(actors, "Kang Sun Nam")
    assert (kang.country, kang.sector, kang.country_rule) == ("PRK", "MIL", "text")


def test_media_outlet_and_news_agency_title(pipeline):
    actors = actors_of(pipeline, "The talks went well, state media KCNA said, while news "
                                 "agency Yonhap was more cautious.")
    assert (named(actors, "KCNA").code) == "PRKMED"
    assert (named(actors, "Yonhap").country, named(actors, "Yonhap").sector) == ("KOR", "MED")


@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Israeli army arrested two men near Hebron.", "Israeli army", "ISRMIL"),
    ("Nigerian authorities deported 168 Liberians.", "Nigerian authorities", "NGAGOV"),
    ("Turkish police dispersed the crowd.", "Turkish police", "TURCOP"),
])
def test_nominal_actor_from_role_noun_and_country_anchor(pipeline, text, name, code):
    assert named(actors_of(pipeline, text, None), name).code == code


def test_capital_that_speaks_is_the_government_and_a_capital_visited_is_a_place(pipeline):
    result = pipeline.process(Article("t", date(2023, 7, 27), "Pyongyang said it would "
                                      "respond. Shoigu later flew to Pyongyang."))
    government = next(a for a in result.actors if a.code == "PRKGOV")
    assert [(m.text, m.rule) for m in government.mentions] == [("Pyongyang", "metonymy"),
                                                               ("it", "pronoun:subject")]
    assert [m.sentence for p in result.places if p.name == "Pyongyang" for m in p.mentions] == [1]


def test_seat_of_power_is_an_actor(pipeline):
    kremlin = named(actors_of(pipeline, "The Kremlin rejected the proposal."), "Russian government")
    assert kremlin.code == "RUSGOV"


def test_dated_roles_follow_the_article_date(pipeline):
    text = "Sergei Shoigu spoke on Monday."
    assert named(actors_of(pipeline, text, date(2020, 1, 6)), "Sergei Shoigu").sector == "MIL"
    assert named(actors_of(pipeline, text, date(2025, 1, 6)), "Sergei Shoigu").sector == "GOV"


def test_former_leader_is_an_elite(pipeline):
    actors = actors_of(pipeline, "Former Greek prime minister Andreas Papandreou spoke.", None)
    assert named(actors, "Andreas Papandreou").sector == "ELI"


def test_surname_and_subject_pronoun_join_the_person(pipeline):
    actors = actors_of(pipeline, "Kim Jong Un met Vladimir Putin in Vostok. Kim said he was "
                                 "pleased with the talks.")
    kim = named(actors, "Kim Jong Un")
    assert [(m.text, m.rule) for m in kim.mentions[1:]] == [("Kim", "surname"),
                                                            ("he", "pronoun:subject")]


def test_possessive_before_the_main_subject_refers_forward(pipeline):
    actors = actors_of(pipeline, "Vladimir Putin stayed home. During his visit, Sergei Lavrov "
                                 "met the foreign minister.")
    his = next(a for a in actors for m in a.mentions if m.text == "his")
    assert his.name == "Sergei Lavrov"


def test_trip_excludes_the_hosts_and_description_names_the_salient_country(pipeline):
    actors = actors_of(pipeline, "North Korean leader Kim Jong Un met Sergei Shoigu during "
                                 "his visit to the isolated country. North Korea praised him.")
    assert named(actors, "North Korea").mentions[0].text == "the isolated country"
    his = next(a for a in actors for m in a.mentions if m.text == "his")
    assert his.name == "Sergei Shoigu"


def test_the_island_is_the_salient_island_state_not_the_most_salient_country(pipeline):
    actors = actors_of(pipeline, "China warned Taiwan on Monday. Beijing and China's army said "
                                 "they would punish the island if it declared independence.")
    assert [m.text for m in named(actors, "Taiwan").mentions] == [
        "Taiwan", "the island", "it"]


def test_the_island_names_nobody_when_no_island_state_was_named(pipeline):
    actors = actors_of(pipeline, "China held talks with India. Its navy patrolled the island.")
    assert not any(m.text == "the island" for a in actors for m in a.mentions)


def test_bare_title_joins_the_person_with_that_role(pipeline):
    actors = actors_of(pipeline, "Russian defence minister Sergei Shoigu arrived. Later the "
                                 "minister toured a factory.")
    assert "the minister" in [m.text for m in named(actors, "Sergei Shoigu").mentions]


def test_plural_pronoun_is_left_alone_when_its_antecedent_is_no_actor(pipeline):
    actors = actors_of(pipeline, "Kim Jong Un inspected the new rockets, calling them a "
                                 "deterrent.")
    assert all(m.text != "them" for a in actors for m in a.mentions)


def test_unanchored_group_is_of_the_article_country_and_takes_its_pronoun(pipeline):
    actors = actors_of(pipeline, "Kim Jong Un praised the soldiers, hailing them as heroes.")
    soldiers = next(a for a in actors if a.sector == "MIL")
    assert (soldiers.country, soldiers.country_rule) == ("PRK", "article-country")
    assert [m.text for m in soldiers.mentions] == ["soldiers", "them"]


def test_sister_shares_country(pipeline):
    actors = actors_of(pipeline, "Kim Jong Un was accompanied by his sister, Kim Sol Song.")
    assert (named(actors, "Kim Sol Song").country, named(actors, "Kim Sol Song").country_rule) \
        == ("PRK", "kin")


@pytest.mark.slow
def test_reference_article_actor_must_and_should_items(pipeline):
    (article,) = read_file(SEED_ARTICLE, IngestOptions())
    actors = pipeline.process(article).actors

    def found(name: str, country: str, sectors: set[str]) -> bool:
        return any(name.lower() in a.name.lower() and a.country == country
                   and a.sector in sectors for a in actors)

    assert found("Kim Jong Un", "PRK", {"GOV"})
    assert found("Shoigu", "RUS", {"MIL", "GOV"})
    assert found("Putin", "RUS", {"GOV"})
    assert found("KCNA", "PRK", {"MED"})
    kim = named(actors, "Kim Jong Un")
    assert {"North Korean leader Kim Jong Un", "Kim"} <= {m.text for m in kim.mentions}
    shoigu = named(actors, "Sergei Shoigu")
    assert {"Russia's defence minister Sergei Shoigu", "Shoigu"} <= {m.text for m in
                                                                    shoigu.mentions}
    should = [found("Li Hongzhong", "CHN", {"GOV", "PTY"}),
              found("Kang Sun Nam", "PRK", {"MIL", "GOV"}),
              found("Kim Yo Jong", "PRK", {"GOV", "PTY"}), found("Yonhap", "KOR", {"MED"}),
              found("Korean Central Broadcasting Station", "PRK", {"MED"})]
    assert sum(should) == 5


def test_a_role_after_another_actors_possessive_starts_after_the_s(pipeline):
    actors = actors_of(pipeline, "Pakistan's defence secretary met Indian officials.")
    secretary = next(a for a in actors if a.kind == "person")
    assert ([m.text for m in secretary.mentions], secretary.country) == (
        ["defence secretary"], "PAK")


def test_a_surname_several_leaders_bear_is_read_by_the_bodies_the_article_names(pipeline):
    actors = pipeline.process(Article("t", date(2006, 5, 3), "Hamas has rejected Abbas's call "
                                      "for elections.")).actors
    abbas = next(a for a in actors if a.name == "Abbas")
    assert (abbas.country, abbas.sector) == ("PSE", "GOV")


def test_a_speakers_surname_names_the_legislator_in_office(pipeline):
    actors = pipeline.process(Article("t", date(1997, 4, 1), "Gingrich is to pay a short visit "
                                      "to Taiwan Wednesday.")).actors
    gingrich = next(a for a in actors if a.name == "Gingrich")
    assert (gingrich.country, gingrich.sector) == ("USA", "LEG")


def test_news_names_saddam_by_his_given_name(pipeline):
    actors = pipeline.process(Article("t", date(2006, 11, 6), "India too appealed for leniency "
                                      "for Saddam this week.")).actors
    saddam = next(a for a in actors if a.name == "Saddam Hussein")
    assert (saddam.country, saddam.sector) == ("IRQ", "ELI")
