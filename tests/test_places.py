"""Toponyms against the gazetteer, homonyms, landmarks, and the place of an event."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article


def places_of(pipeline, text: str):
    return pipeline.process(Article("t", date(2023, 7, 27), text)).places


def test_city_gets_coordinates_country_and_admin1(pipeline):
    (paris,) = [p for p in places_of(pipeline, "Talks were held in Paris.") if p.name == "Paris"]
    assert (paris.country, paris.feature, paris.admin1) == ("FRA", "city", "Île-de-France")
    assert abs(paris.lat - 48.85) < 0.1 and paris.gazetteer_id == "geonames:2988507"


def test_qualifier_picks_the_homonym(pipeline):
    places = places_of(pipeline, "The storm hit Paris, Texas, on Monday.")
    paris = next(p for p in places if p.name == "Paris")
    assert (paris.country, paris.admin1) == ("USA", "Texas")


def test_georgia_with_a_state_qualifier_is_the_us_state_and_the_country_otherwise(pipeline):
    us = places_of(pipeline, "Voters in Atlanta, Georgia, were angry.")
    assert next(p for p in us if p.name == "Atlanta").admin1 == "Georgia"
    caucasus = places_of(pipeline, "Russian troops moved into Georgia on Friday.")
    assert next(p for p in caucasus if p.name == "Georgia").country == "GEO"


def test_landmark_is_placed_in_the_city_the_text_names(pipeline):
    places = places_of(pipeline, "Kim Jong Un visited the Fatherland Liberation War Martyrs "
                                 "Cemetery in Pyongyang.")
    cemetery = next(p for p in places if p.feature == "landmark")
    assert (cemetery.country, round(cemetery.lat)) == ("PRK", 39)


def test_country_in_a_title_is_not_a_place(pipeline):
    places = places_of(pipeline, "Russia's defence minister Sergei Shoigu spoke.")
    assert places == []


def test_dateline_is_the_event_place_when_the_clause_names_none(pipeline):
    result = pipeline.process(Article("t", date(2023, 7, 27), "Seoul, July 27 (Reuters) - "
                                      "North Korea criticised Japan on Thursday."))
    seoul = next(p for p in result.places if p.name == "Seoul")
    assert seoul.dateline
    assert all(e.place_rule == "dateline" and e.place and e.place.name == "Seoul"
               for e in result.events)


def test_an_ap_dateline_with_its_country_marks_its_city(pipeline):
    result = pipeline.process(Article("t", date(1998, 2, 13), "CANBERRA, Australia (AP)_ "
                                      "Qantas will double its flights to India."))
    assert [p.name for p in result.places if p.dateline] == ["Canberra"]


def test_an_opening_phrase_before_a_comma_is_no_dateline(pipeline):
    result = pipeline.process(Article("t", date(2023, 7, 27),
                                      "In Paris, police arrested ten people."))
    assert [p.name for p in result.places if p.dateline] == []


def test_a_country_place_is_mapped_at_its_capital(pipeline):
    (japan,) = [p for p in places_of(pipeline, "The talks were held in Japan.")
                if p.feature == "country"]
    assert (japan.country, round(japan.lat), round(japan.lon)) == ("JPN", 36, 140)


@pytest.mark.parametrize(("text", "country", "feature"), [
    ("Voters in Atlanta, Georgia, were angry.", "USA", "admin1"),
    ("The vote in Georgia, USA, was close.", "USA", "admin1"),
    ("A U.S. senator said the governor would campaign in Georgia and Alabama.", "USA",
     "admin1"),
    ("Russian troops moved into Georgia on Friday.", "GEO", "country"),
    ("Protesters in Tbilisi said Georgia must resist Moscow; Washington called for calm.",
     "GEO", "country"),
])
def test_georgia_is_the_state_or_the_country_by_the_articles_geography(pipeline, text,
                                                                        country, feature):
    georgia = next(p for p in places_of(pipeline, text) if p.name == "Georgia")
    assert (georgia.country, georgia.feature) == (country, feature)


def test_a_currency_is_no_place(pipeline):
    assert places_of(pipeline, "The deal was worth US $5 million.") == []


@pytest.mark.parametrize(("text", "name", "country"), [
    # a homonym of a capital is read in the country the article names
    ("Police in Tripoli arrested three men, Lebanese officials said.", "Tripoli", "LBN"),
    ("The talks in Tripoli ended on Monday.", "Tripoli", "LBY"),
    # a far more populous homonym wins whatever the context
    ("Canadian Prime Minister Jean Chretien flew to London.", "London", "GBR"),
    # a city's other name is weighed against the countries the article names
    ("Indonesian police said protests broke out in Jayapura.", "Jayapura", "IDN"),
])
def test_a_homonymous_place_is_weighed_against_the_countries_the_article_names(
        pipeline, text, name, country):
    assert next(p for p in places_of(pipeline, text) if p.name == name).country == country


def test_a_homonymous_place_no_other_name_agrees_with_gives_no_context(pipeline):
    from eventwire.stages.places import named_countries

    doc = pipeline.nlp("Protests broke out in Jayapura on Monday.")
    assert named_countries(doc, pipeline.actors.kb) == []
    doc = pipeline.nlp("Protests broke out in Jayapura, Indonesian officials said.")
    assert [iso3 for _, iso3 in named_countries(doc, pipeline.actors.kb)] == ["IDN", "IDN"]


def test_a_compass_word_is_no_place(pipeline):
    assert places_of(pipeline, "The North rejected the offer made by the West.") == []


def test_a_region_is_mapped_at_the_centre_of_its_cities(pipeline):
    (area,) = places_of(pipeline, "Floods hit Bavaria on Monday.")
    assert (area.name, area.feature, area.country, round(area.lat), round(area.lon)) == (
        "Bayern", "admin1", "DEU", 49, 11)


@pytest.mark.parametrize(("text", "name", "feature"), [
    # written without its diacritics, a state is still found; it dwarfs the town also
    # called so ("Bihar" is another name of Bihar Sharif)
    ("Politicians in Bihar siphoned money from a state fund.", "Bihār", "admin1"),
    ("Protesters gathered in Quebec.", "Quebec", "admin1"),
    # a city of a size with its state keeps the name ("New York" is the city)
    ("Talks were held in New York.", "New York City", "city"),
])
def test_a_state_that_dwarfs_its_namesake_town_is_the_state(pipeline, text, name, feature):
    (place,) = places_of(pipeline, text)
    assert (place.name, place.feature) == (name, feature)


@pytest.mark.parametrize(("text", "name", "region_id"), [
    # GeoNames knows Mahdia, Tunisia, as "Africa" and a Philippine town as "Asia"
    ("Nigeria is to host a summit on food security in Africa.", "Africa", "region:africa"),
    ("Buying spread across Asia on Wednesday.", "Asia", "region:asia"),
    ("Iraq wants to be the dominant power in the Gulf.", "Gulf", "region:persian-gulf"),
])
def test_a_world_region_is_a_region_not_a_namesake_town(pipeline, text, name, region_id):
    (region,) = [p for p in places_of(pipeline, text) if p.feature == "region"]
    assert (region.name, region.country, region.gazetteer_id) == (name, None, region_id)
    assert region.lat is not None and region.lon is not None


def test_a_region_inside_one_state_is_that_states(pipeline):
    """"the Niger Delta" is Nigeria's, not Niger the country."""
    (delta,) = places_of(pipeline, "Militants attacked an oil platform in the Niger Delta.")
    assert (delta.name, delta.feature, delta.country) == ("Niger Delta", "region", "NGA")
