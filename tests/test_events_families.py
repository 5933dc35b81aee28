"""Event families the CAMEO.2.0 dictionary alone misses or miscodes: protests carried by
nouns and light verbs, violence coded by its means or its victims, and the lexicon's
corrections. Each sentence is written for the language, with exact codes and countries."""

from __future__ import annotations

import pytest

from tests.events_helpers import by_country


@pytest.mark.parametrize(("text", "expected"), [
    # a light verb with an event noun; "staged" is lemmatised "stag" by spaCy
    ("Egyptian activists staged a rally against the government in Cairo.",
     [("141", "EGY", "EGY", "asserted")]),
    # a purpose clause of the act (here of its noun) names the target
    ("Palestinian prisoners began a hunger strike to protest against Israel's detention policy.",
     [("142", "PSE", "ISR", "asserted")]),
    # "in protest against X": the target; a nominal event with its own "by" agent
    ("Kenyan opposition parties organized a general strike in protest of the arrest of their "
     "leader by the Kenyan police.",
     [("143", "KEN", "KEN", "asserted"), ("173", "KEN", "KEN", "asserted")]),
    ("Thousands of Greeks marched in Athens in protest against Turkey's decision.",
     [("141", "GRC", "TUR", "asserted")]),
    ("Workers in Argentina went on strike over wages.", [("143", "ARG", None, "asserted")]),
    # a crowd with no name protesting in a place is that place's people
    ("Farmers blocked highways across France.", [("144", "FRA", "FRA", "asserted")]),
    # the purpose is the protest's message, not an event of its own
    ("Demonstrators blocked a road in Baghdad to show their disapproval of the United States' "
     "policies.", [("144", "IRQ", "USA", "asserted")]),
])
def test_protests(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian warplanes bombed Chechen villages.", [("195", "RUS", "RUS", "asserted")]),
    ("Turkish artillery shelled Kurdish rebel positions in Iraq.",
     [("194", "TUR", "TUR", "asserted")]),
    # an unnamed attacker still attacks; the place names the country hit
    ("A suicide bomber killed 12 people in Baghdad.", [("1831", "IRQ", "IRQ", "asserted")]),
    ("Gunmen kidnapped two French aid workers in Somalia.", [("181", "SOM", "FRA", "asserted")]),
    # violence against protesters is repression (CAMEO 175)
    ("Serbian police beat opposition demonstrators in Belgrade.",
     [("175", "SRB", "SRB", "asserted")]),
    # the bombed city is Israel's: its GeoNames city and district outweigh the Palestinian
    # governorate of that name, whatever country the bomber is of
    ("Hamas claimed responsibility for the bombing in Jerusalem.",
     [("183", "PSE", "ISR", "asserted")]),
    # "between X and Y" on the verb of an event noun: each side on the other
    ("Fighting broke out between Armenian and Azeri forces.",
     [("190", "ARM", "AZE", "asserted"), ("190", "AZE", "ARM", "asserted")]),
])
def test_violence_by_means_and_victims(pipeline, text, expected):
    assert by_country(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian Foreign Ministry spokeswoman Maria Zakharova criticised the sanctions.",
     [("111", "RUS", None, "asserted")]),
    ("South Africa called for sanctions against Nigeria in the wake of the executions.",
     [("113", "ZAF", "NGA", "asserted")]),
    ("Russia closed its borders with Georgia because of fighting in Chechnya.",
     [("191", "RUS", "GEO", "asserted")]),
    ("Libya withdrew its ambassador from Egypt.", [("161", "LBY", "EGY", "asserted")]),
    ("Russia recognized the independence of Abkhazia.", [("054", "RUS", "GEO", "asserted")]),
    ("Iran is opposed to American mediation.", [("120", "IRN", "USA", "asserted")]),
    ("Iran expressed its willingness to hold talks with the United States.",
     [("036", "IRN", "USA", "intended")]),
    ("Armenia and Azerbaijan agreed on a ceasefire.",
     [("0356", "ARM", "AZE", "asserted"), ("0356", "AZE", "ARM", "asserted")]),
    ("Kenya launched an investigation into the bombing of the American embassy.",
     [("090", "KEN", "USA", "asserted")]),
])
def test_lexicon_corrections(pipeline, text, expected):
    assert by_country(pipeline, text) == expected
