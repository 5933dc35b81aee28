"""Event dating on sentences written for these tests: which rule dates each event, and the
exact date and precision it gives (articles dated Thursday 2023-07-27)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, ParsedArticle
from eventwire.stages.dating import EventDate, date_event
from eventwire.stages.sentences import split_sentences
from eventwire.stages.syntax import clause_tokens
from eventwire.stages.time import TimeTagger

THURSDAY = date(2023, 7, 27)


@pytest.fixture(scope="module")
def date_verbs(pipeline):
    """Dates of the clauses headed by the given verbs, coded in text order as the event
    coder does (each event passing its date to the next)."""
    tagger = TimeTagger()

    def run(text: str, verbs: list[str], day: date | None = THURSDAY) -> list[EventDate]:
        doc = pipeline.nlp(text)
        parsed = ParsedArticle(Article(id="t", date=day, text=text), doc, split_sentences(doc))
        timexes = tagger(parsed)
        dates: list[EventDate] = []
        previous = None
        for token in doc:
            if token.text in verbs:
                previous = date_event(clause_tokens(token), timexes, parsed, previous)
                dates.append(previous)
        return dates

    return run


def test_a_timex_attached_to_the_verb_dates_the_event(date_verbs):
    (met,) = date_verbs("Kim met Shoigu on Wednesday in Pyongyang.", ["met"])
    assert (met.date, met.precision, met.rule.split(":")[0]) == (
        "2023-07-26", "day", "governing-timex")


def test_a_timex_modifying_the_event_noun_dates_the_event(date_verbs):
    (held,) = date_verbs("Kim held a meeting on Monday with Shoigu.", ["held"])
    assert (held.date, held.precision) == ("2023-07-24", "day")


def test_a_date_inside_an_argument_does_not_date_the_event(date_verbs):
    (criticised,) = date_verbs("The minister criticised the 1990 invasion of Kuwait.",
                               ["criticised"])
    assert (criticised.date, criticised.precision, criticised.rule) == (
        "2023-07-27", "publication", "publication-date")


def test_a_date_describing_a_noun_in_a_modifier_does_not_date_the_event(date_verbs):
    """"since its August 1990 invasion" dates the invasion, not the flight."""
    (flew,) = date_verbs("Iraq flew 100 pilgrims to Mecca since its August 1990 invasion "
                         "of Kuwait.", ["flew"])
    assert flew.precision == "publication"


def test_a_fronted_date_dates_every_coordinated_verb(date_verbs):
    flouted, flew = date_verbs("On April 9, Iraq flouted the sanctions in force since its "
                               "August 1990 invasion and flew 100 pilgrims to Mecca.",
                               ["flouted", "flew"], date(1997, 4, 27))
    assert (flouted.date, flew.date, flew.rule) == (
        "1997-04-09", "1997-04-09", "governing-timex:On April 9=1997-04-09")


def test_a_date_in_an_embedded_clause_does_not_date_the_main_event(date_verbs):
    (said,) = date_verbs("Kim said that the troops had arrived on Monday.", ["said"])
    assert said.precision == "publication"


def test_week_and_month_precision(date_verbs):
    withdrew, resume = date_verbs(
        "The army withdrew last week. Talks will resume next month.", ["withdrew", "resume"])
    assert (withdrew.date, withdrew.precision) == ("2023-07-17", "week")
    assert (resume.date, resume.precision) == ("2023-08-01", "month")


def test_the_narrative_carries_the_date_within_a_paragraph(date_verbs):
    met, pledged = date_verbs(
        "Kim met Shoigu on Wednesday. Both sides pledged to strengthen their ties.",
        ["met", "pledged"])
    assert met.date == "2023-07-26"
    assert (pledged.date, pledged.precision, pledged.rule) == (
        "2023-07-26", "day", "narrative:previous event in sentence 0")


def test_a_new_paragraph_ends_the_scene(date_verbs):
    _, pledged = date_verbs(
        "Kim met Shoigu on Wednesday.\nBoth sides pledged to strengthen their ties.",
        ["met", "pledged"])
    assert pledged.precision == "publication"


def test_a_future_clause_does_not_continue_a_past_scene(date_verbs):
    _, visit = date_verbs("Kim met Shoigu on Wednesday. Shoigu will visit Beijing.",
                          ["met", "visit"])
    assert visit.precision == "publication"


def test_an_anaphoric_occasion_takes_the_date_of_its_scene(date_verbs):
    text = ("Kim held a meeting with Shoigu on Wednesday.\n"
            "During the meeting, Shoigu presented Kim with a letter.")
    _, presented = date_verbs(text, ["held", "presented"])
    assert (presented.date, presented.rule) == ("2023-07-26", "scene:the meeting dated earlier")


def test_a_different_occasion_of_the_same_kind_is_not_the_same_scene(date_verbs):
    text = ("Kim held a meeting with Shoigu on Wednesday.\n"
            "During his meeting with Kang, Shoigu praised the army.")
    _, praised = date_verbs(text, ["held", "praised"])
    assert praised.precision == "publication"


def test_without_a_publication_date_an_undated_event_has_no_date(date_verbs):
    (criticised,) = date_verbs("The minister criticised the plan.", ["criticised"], day=None)
    assert (criticised.date, criticised.precision) == (None, "publication")
