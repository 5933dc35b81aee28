"""Rules that read an article's own context, each on sentences written for these tests:
names shared by two countries, homonymous cities, security forces set against a people,
towns as participants."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Actor, Article


def actors_of(pipeline, text: str, day: date = date(1998, 6, 1)) -> list[Actor]:
    return pipeline.process(Article("t", day, text)).actors


def covering(actors: list[Actor], text: str) -> Actor:
    """The actor one of whose mentions is exactly ``text``."""
    return next(a for a in actors for m in a.mentions if m.text == text)


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Congo accused Uganda of arming rebels near Goma and Bukavu.", "Congo", "COD"),
    ("Congolese soldiers looted shops in Kinshasa on Monday.", "Congolese soldiers", "COD"),
    ("Troops loyal to Denis Sassou Nguesso took Brazzaville; Congo's army chief fled.",
     "Congo's army chief", "COG"),
    ("Congolese soldiers looted shops in Brazzaville on Monday.", "Congolese soldiers", "COG"),
    ("Congo signed a trade agreement with France.", "Congo", "COG"),
    # a known person of one of the two countries says which
    ("Congo's President Laurent Kabila rejected the plan.",
     "Congo's President Laurent Kabila", "COD"),
])
def test_a_name_two_countries_share_is_read_by_the_articles_places_and_people(
        pipeline, text, mention, country):
    assert covering(actors_of(pipeline, text), mention).country == country


def test_the_place_of_a_shared_name_is_the_country_the_article_means(pipeline):
    result = pipeline.process(Article("t", date(1998, 6, 1), "Refugees fled to Congo after "
                                      "fighting near Goma."))
    assert [(p.name, p.country) for p in result.places if p.feature == "country"] == [
        ("Democratic Republic of the Congo", "COD")]


def test_a_shortened_known_name_is_the_one_person_whose_name_holds_it(pipeline):
    actors = actors_of(pipeline, "Augusto Pinochet returned to Santiago on Friday.")
    assert covering(actors, "Augusto Pinochet").kb_id == "augusto-pinochet-ugarte"


def test_a_country_the_ner_took_for_a_person_is_the_country(pipeline):
    result = pipeline.process(Article("t", date(1998, 6, 1), "Malawi said on Monday it "
                                      "would send troops."))
    assert covering(result.actors, "Malawi").kind == "country"
    assert [(p.name, p.country) for p in result.places] == [("Malawi", "MWI")]


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("White House spokesman Michael McCurry declined to comment.",
     "White House spokesman Michael McCurry", ("USA", "GOV")),
    ("Kremlin officials rejected the report.", "Kremlin officials", ("RUS", "GOV")),
])
def test_a_seat_of_power_anchors_a_role_to_its_country(pipeline, text, mention, expected):
    actor = covering(actors_of(pipeline, text), mention)
    assert (actor.country, actor.sector) == expected


def test_a_namesake_of_a_capital_is_not_that_countrys_government(pipeline):
    actors = actors_of(pipeline, "Lebanese officials said Tripoli welcomed the decision.")
    assert (covering(actors, "Tripoli").country, covering(actors, "Tripoli").sector) == (
        "LBN", "CVL")
    capital = covering(actors_of(pipeline, "Tripoli rejected the sanctions."), "Tripoli")
    assert (capital.country, capital.sector) == ("LBY", "GOV")


@pytest.mark.parametrize(("text", "mention", "country"), [
    # forces set against a people in a held territory are the holding state's
    ("Palestinian youths threw stones at soldiers in Hebron on Monday.", "soldiers", "ISR"),
    # forces set against a foreign people are those of the country where they fight
    ("Albanian rebels clashed with police near Tetovo.", "police", "MKD"),
    # a civil conflict stays one country's
    ("Kurdish rebels attacked soldiers near Diyarbakir.", "soldiers", "TUR"),
    # forces deployed by a state are not set against it
    ("Pakistan deployed 80,000 troops along the border with Afghanistan.", "80,000 troops",
     "PAK"),
])
def test_unanchored_forces_opposed_to_a_people_are_those_of_the_state_holding_the_place(
        pipeline, text, mention, country):
    assert covering(actors_of(pipeline, text), mention).country == country


def test_opposed_forces_in_an_article_without_places_are_the_nearest_named_force(pipeline):
    actors = actors_of(pipeline, "Palestinian youths threw stones at soldiers. Palestinian "
                                 "officials said Israeli troops had raided the camp.")
    soldiers = covering(actors, "soldiers")
    assert (soldiers.country, soldiers.country_rule) == ("ISR", "opposed-force")


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("Iran threatened to shell Iraqi towns on Monday.", "Iraqi towns", ("IRQ", "CVL")),
    ("Serb gunners shelled the town of Gorazde on Friday.", "town", ("BIH", "CVL")),
    ("Israeli troops raided a village near Hebron.", "village", ("PSE", "CVL")),
])
def test_a_town_that_is_acted_upon_is_its_people_of_the_country_it_is_in(pipeline, text,
                                                                         mention, expected):
    actor = covering(actors_of(pipeline, text), mention)
    assert (actor.country, actor.sector) == expected


def test_a_town_where_something_happens_stays_a_place(pipeline):
    result = pipeline.process(Article("t", date(1998, 6, 1), "Talks opened in the town of "
                                      "Gorazde and in Mexico City."))
    assert result.actors == []
    assert [p.name for p in result.places] == ["Goražde", "Mexico City"]


def test_nato_is_a_military_alliance(pipeline):
    nato = covering(actors_of(pipeline, "NATO warned Serbia on Monday."), "NATO")
    assert (nato.country, nato.sector) == ("IGO", "MIL")


def test_a_capital_under_another_spelling_is_its_government(pipeline):
    actors = actors_of(pipeline, "Seven opposition parties organized a strike that shut down "
                                 "Khatmandu.")
    assert (covering(actors, "Khatmandu").country, covering(actors, "Khatmandu").sector) == (
        "NPL", "GOV")


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Witnesses said the blast killed 16 miners.", "16 miners", "LAB"),
    ("Witnesses said the blast killed 16 miners.", "Witnesses", "CVL"),
    ("Dealers said the market fell.", "Dealers", "BUS"),
    ("Thousands of pilgrims prayed at the shrine.", "pilgrims", "REL"),
    ("Police dispersed the crowd with tear gas.", "crowd", "CVL"),
])
def test_general_role_nouns_have_their_sector(pipeline, text, mention, sector):
    actors = actors_of(pipeline, text + " Indian officials confirmed it.")
    assert covering(actors, mention).sector == sector


def test_a_credited_news_agency_does_not_make_the_story_its_countrys(pipeline):
    actors = actors_of(pipeline, "Egypt's antiquities chief said on Sunday, as AFP reported, "
                                 "that AFP had seen the tomb. Officials agreed, AFP said.")
    assert covering(actors, "Officials").country == "EGY"


@pytest.mark.parametrize(("text", "mention", "expected"), [
    ("The World Trade Organisation said talks would resume.", "World Trade Organisation",
     "wto"),
    ("The G-20 said it backed the plan.", "G-20", "group-of-twenty"),
])
def test_a_known_body_is_found_under_another_spelling_or_a_product_label(pipeline, text,
                                                                         mention, expected):
    assert covering(actors_of(pipeline, text), mention).kb_id == expected


def test_a_body_named_x_of_y_keeps_its_head_and_takes_its_sector(pipeline):
    actors = actors_of(pipeline, "China will act soon, said an official of the Ministry of "
                                 "Health.")
    assert covering(actors, "Ministry of Health").sector == "GOV"


def test_a_surname_of_a_person_named_in_full_is_not_a_known_bearers(pipeline):
    actors = actors_of(pipeline, "AirAsia chief executive Tony Fernandes spoke on Friday. "
                                 "Fernandes said profits rose.", date(2006, 12, 29))
    assert covering(actors, "Fernandes").country_rule != "kb-surname"


def test_a_union_of_states_is_no_trade_union(pipeline):
    assert covering(actors_of(pipeline, "The African Union said it would send troops."),
                    "African Union").sector is None


def test_a_surname_that_is_also_a_demonym_stays_the_person(pipeline):
    actors = actors_of(pipeline, "Stephen Fleming made 40. Fleming was out soon after.")
    assert covering(actors, "Fleming").name == "Stephen Fleming"


def test_an_acronym_the_text_defines_names_the_same_body(pipeline):
    actors = actors_of(pipeline, "The Vietnam Chamber of Commerce and Industry (VCCI) met on "
                                 "Monday. VCCI said exports rose.")
    chamber = covering(actors, "Vietnam Chamber of Commerce and Industry")
    assert [m.text for m in chamber.mentions] == [
        "Vietnam Chamber of Commerce and Industry", "VCCI", "VCCI"]


def test_a_time_zone_is_no_body(pipeline):
    assert actors_of(pipeline, "The blast came at 0415 GMT.") == []


def test_a_word_the_article_writes_in_lower_case_is_no_leaders_surname(pipeline):
    actors = actors_of(pipeline, "Bird flu spread on Monday, and the bird flu outbreak grew, "
                                 "South African officials said.", date(2005, 11, 10))
    assert all(a.country_rule != "kb-surname" for a in actors)


def test_an_epithet_the_country_table_knows_is_that_country(pipeline):
    actors = actors_of(pipeline, "Iran warned Israel on Monday. Iranian officials said the "
                                 "Jewish state would regret any attack.")
    assert covering(actors, "the Jewish state").country == "ISR"


def test_a_place_the_ner_took_for_a_person_is_a_place(pipeline):
    result = pipeline.process(Article("t", date(1998, 6, 1), "Congolese rebels near Goma "
                                      "attacked the town, officials in Kinshasa said."))
    assert not any(a.name == "Goma" for a in result.actors)
    assert [(p.name, p.country) for p in result.places if p.name == "Goma"] == [("Goma", "COD")]


def test_a_market_index_is_no_government(pipeline):
    actors = actors_of(pipeline, "London's FTSE 100 index rose 0.3 percent.")
    assert not any(a.sector == "GOV" for a in actors)
