"""Generic state forces and unnamed parties: who "security forces", "riot police" or
"gunmen" are when the text never names their country; sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Actor, Article
from tests.events_helpers import by_country

DAY = date(2020, 1, 5)


def actors_of(pipeline, text: str) -> list[Actor]:
    return pipeline.process(Article("t", DAY, text)).actors


def covering(actors: list[Actor], text: str) -> Actor:
    return next(a for a in actors if any(m.text == text for m in a.mentions))


# (rule, sentence, mention, (name, country, sector))
FORCES = [
    ("security forces acting in a named place serve its state",
     "Security forces dispersed a rally in Cairo.", "Security forces",
     ("forces", "EGY", "MIL")),
    ("troops acting in a named place, no other country named, serve its state",
     "Troops dispersed a rally in Cairo.", "Troops", ("troops", "EGY", "MIL")),
    ("soldiers in a held territory serve the holding state",
     "Soldiers fired on protesters in the West Bank.", "Soldiers",
     ("soldiers", "ISR", "MIL")),
    ("a sentence's capital on a role phrase's first word makes no name",
     "Riot police fired tear gas at protesters in Nairobi.", "Riot police",
     ("police", "KEN", "COP")),
    ("troops named beside another state's officials are that state's",
     "Iraqi officials said troops killed two men in Kuwait.", "troops",
     ("troops", "IRQ", "MIL")),
]


@pytest.mark.parametrize(("rule", "text", "mention", "expected"), FORCES,
                         ids=[case[0] for case in FORCES])
def test_generic_force(pipeline, rule, text, mention, expected):
    actor = covering(actors_of(pipeline, text), mention)
    assert (actor.name, actor.country, actor.sector) == expected


def test_officials_meeting_abroad_stay_unplaced(pipeline):
    assert actors_of(pipeline, "Officials met in Geneva.") == []


def test_security_forces_are_the_source_of_the_event(pipeline):
    assert by_country(pipeline, "Security forces dispersed a rally in Cairo.") == [
        ("175", "EGY", "EGY", "asserted")]


def test_riot_is_no_person(pipeline):
    actors = actors_of(pipeline, "Riot police fired tear gas at protesters in Nairobi.")
    assert [(a.name, a.kind) for a in actors] == [("police", "group"),
                                                   ("Kenyan protesters", "group")]


# (rule, sentence, [(name, country, code)] of every actor)
UNPLACED = [
    ("an armed group and a cleric with no country named are coded by sector alone",
     "Gunmen killed a priest.", [("gunmen", None, "UAF"), ("priest", None, "REL")]),
    ("a state's governing body with no state named is nobody's",
     "The government said the parties would meet.", []),
    ("unidentified forces are coded by sector alone, as CAMEO's ---MIL",
     "The military said the parties would meet.", [("military", None, "MIL")]),
    ("a place named gives the unanchored group, and the person acted on, its country",
     "Gunmen killed a priest in Cairo.",
     [("gunmen", "EGY", "EGYUAF"), ("priest", "EGY", "EGYREL")]),
    ("a person acted on in a passive clause is of the place too",
     "A priest was kidnapped in Baghdad on Monday.", [("priest", "IRQ", "IRQREL")]),
    ("a person who acts in a place may be a visitor: no country from it",
     "A priest said in Cairo that the church was burned.", []),
]


@pytest.mark.parametrize(("rule", "text", "expected"), UNPLACED,
                         ids=[case[0] for case in UNPLACED])
def test_unplaced_parties(pipeline, rule, text, expected):
    assert [(a.name, a.country, a.code) for a in actors_of(pipeline, text)] == expected


def test_an_event_between_unplaced_parties_is_coded(pipeline):
    assert by_country(pipeline, "Gunmen killed a priest.") == [("193", None, None, "asserted")]
