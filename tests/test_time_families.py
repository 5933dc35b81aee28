"""The time stage on sentences written for these tests, one family of expressions at a time.

Every article is dated Thursday 2023-07-27 unless a test says otherwise; each case asserts
the exact span, TIMEX3 type and value.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.eval.timeml import timex3_core
from eventwire.models import Article, ParsedArticle, Timex
from eventwire.stages.sentences import split_sentences
from eventwire.stages.time import TimeTagger

THURSDAY = date(2023, 7, 27)


@pytest.fixture(scope="module")
def tag(pipeline):
    tagger = TimeTagger()

    def run(text: str, day: date | None = THURSDAY) -> list[Timex]:
        doc = pipeline.nlp(text)
        article = Article(id="test", date=day, text=text)
        return tagger(ParsedArticle(article, doc, split_sentences(doc)))

    return run


def found(timexes: list[Timex]) -> list[tuple[str, str, str]]:
    """(TIMEX3 extent, type, value): spans are compared without the framing preposition
    eventwire keeps ("on Wednesday"), as TimeML annotates them."""
    framing = TimeTagger().framing
    cores = (timex3_core(timex, framing) for timex in timexes)
    return [(timex.text, timex.type, timex.value) for timex in cores]


def check(tag, text: str, expected: tuple[str, str, str], day: date | None = THURSDAY) -> None:
    assert expected in found(tag(text, day))


@pytest.mark.parametrize(("text", "expected"), [
    ("The armistice was signed on July 27, 1953.", ("July 27, 1953", "DATE", "1953-07-27")),
    ("Talks resumed on 27 July in Geneva.", ("27 July", "DATE", "2023-07-27")),
    ("The complaint was filed on 7/27/2023.", ("7/27/2023", "DATE", "2023-07-27")),
    ("The report is dated 2023-07-27.", ("2023-07-27", "DATE", "2023-07-27")),
    ("The treaty of 12.03.1998 was ratified.", ("12.03.1998", "DATE", "1998-12-03")),
    ("Prices rose sharply in mid-July.", ("mid-July", "DATE", "2023-07")),
    ("The party was founded in the 1990s.", ("the 1990s", "DATE", "199")),
    ("Elections were held in March 2019.", ("March 2019", "DATE", "2019-03")),
    ("The ministry said on Saturday, April 1 that it agreed.",
     ("Saturday, April 1", "DATE", "2023-04-01")),
    ("The law took effect in 2004.", ("2004", "DATE", "2004")),
    ("The border was closed in the 19th century.", ("the 19th century", "DATE", "18")),
    ("The cabinet resigned in December.", ("December", "DATE", "2022-12")),
    ("The summit will open in September.", ("September", "DATE", "2023-09")),
])
def test_explicit_dates(tag, text, expected):
    check(tag, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kim met Shoigu on Wednesday in Pyongyang.", ("Wednesday", "DATE", "2023-07-26")),
    ("The two leaders will meet on Wednesday.", ("Wednesday", "DATE", "2023-08-02")),
    ("The ministry said on Thursday that talks had failed.",
     ("Thursday", "DATE", "2023-07-27")),
    ("The celebration of the anniversary on Thursday drew crowds.",
     ("Thursday", "DATE", "2023-07-27")),
    ("Rebels attacked the town last Friday.", ("last Friday", "DATE", "2023-07-21")),
    ("Parliament reconvenes next Monday.", ("next Monday", "DATE", "2023-07-31")),
    ("The talks are scheduled to resume Tuesday.", ("Tuesday", "DATE", "2023-08-01")),
    ("The mines were planted on Saturday night.", ("Saturday night", "TIME", "2023-07-22TNI")),
])
def test_weekdays_by_tense(tag, text, expected):
    check(tag, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested two men yesterday.", ("yesterday", "DATE", "2023-07-26")),
    ("The court rules today.", ("today", "DATE", "2023-07-27")),
    ("The minister arrives tomorrow.", ("tomorrow", "DATE", "2023-07-28")),
    ("Fighting resumed tonight.", ("tonight", "TIME", "2023-07-27TNI")),
    ("Two shells hit the city last night.", ("last night", "TIME", "2023-07-26TNI")),
    ("He left this morning.", ("this morning", "TIME", "2023-07-27TMO")),
])
def test_relative_days(tag, text, expected):
    check(tag, text, expected)


def test_chained_expression_counts_from_the_time_last_mentioned(tag):
    timexes = tag("The envoy arrived on Monday. Two days later he left for Seoul.")
    assert ("Two days later", "DATE", "2023-07-26") in found(timexes)


def test_event_anchor_uses_the_date_the_document_gives_the_event(tag):
    text = ("The ceremony will be held on Saturday. Officials arrived a day before the "
            "ceremony to prepare the square.")
    assert ("a day before the ceremony", "DATE", "2023-07-28") in found(tag(text))


def test_event_anchor_without_a_dated_event_keeps_the_amount(tag):
    timexes = tag("Officials arrived a day before the vote.")
    assert found(timexes) == [("a day", "DURATION", "P1D")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army withdrew last week.", ("last week", "DATE", "2023-W29")),
    ("Talks resume next month.", ("next month", "DATE", "2023-08")),
    ("Exports fell earlier this year.", ("earlier this year", "DATE", "2023")),
    ("Protests spread this summer.", ("this summer", "DATE", "2023-SU")),
    ("Profits rose in the second quarter.", ("the second quarter", "DATE", "2023-Q2")),
    ("Elections are due next year.", ("next year", "DATE", "2024")),
    ("The rains came last winter.", ("last winter", "DATE", "2023-WI")),
    ("Growth slowed in the first half of 2022.", ("the first half of 2022", "DATE", "2022-H1")),
    ("Violence peaked in the 2010s.", ("the 2010s", "DATE", "201")),
    ("The embassy closed over the weekend.", ("the weekend", "DATE", "2023-W29-WE")),
])
def test_weeks_months_quarters_seasons_years(tag, text, expected):
    check(tag, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The siege lasted three months.", ("three months", "DURATION", "P3M")),
    ("They talked for two hours.", ("two hours", "DURATION", "PT2H")),
    ("He spent 2 1/2 years in prison.", ("2 1/2 years", "DURATION", "P2Y6M")),
    ("Prices doubled over the past five years.", ("the past five years", "DURATION", "P5Y")),
    ("The strike may last several weeks.", ("several weeks", "DURATION", "PXW")),
    ("They signed a 10-year agreement.", ("10-year", "DURATION", "P10Y")),
    ("The ceasefire held for a year and a half.", ("a year and a half", "DURATION", "P1Y6M")),
])
def test_durations(tag, text, expected):
    check(tag, text, expected)


def test_ages_are_not_durations(tag):
    assert found(tag("A 45-year-old man and his 52 years old brother were arrested.")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The council meets every year in Geneva.", ("every year", "SET", "P1Y")),
    ("The bulletin is published weekly.", ("weekly", "SET", "XXXX-WXX")),
    ("Ferries leave each Thursday.", ("each Thursday", "SET", "XXXX-WXX-4")),
    ("Inspectors visit twice a week.", ("twice a week", "SET", "P1W")),
])
def test_sets(tag, text, expected):
    check(tag, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The region is now calm.", ("now", "DATE", "PRESENT_REF")),
    ("The group recently changed its leader.", ("recently", "DATE", "PAST_REF")),
    ("Talks may resume in the future.", ("the future", "DATE", "FUTURE_REF")),
    ("Such attacks were rare in the past.", ("the past", "DATE", "PAST_REF")),
])
def test_past_present_future_references(tag, text, expected):
    check(tag, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck at 7:15 p.m. on Monday.", ("7:15 p.m. on Monday", "TIME",
                                                  "2023-07-24T19:15")),
    ("The deadline expired at noon Friday.", ("noon Friday", "TIME", "2023-07-21T12:00")),
    ("The deadline expires at noon Friday.", ("noon Friday", "TIME", "2023-07-28T12:00")),
    ("The blast went off at 10 a.m. yesterday.", ("10 a.m. yesterday", "TIME",
                                                  "2023-07-26T10:00")),
])
def test_times_of_day(tag, text, expected):
    check(tag, text, expected)


def test_anniversary_from_the_table_of_historical_dates(tag):
    timexes = tag("Crowds marked the 70th anniversary of the end of the Korean War.")
    assert found(timexes) == [("70th anniversary of the end of the Korean War", "DATE",
                               "2023-07-27")]


def test_anniversary_from_a_date_in_the_text(tag):
    timexes = tag("They marked the 30th anniversary of the June 4, 1993 accord in Oslo.")
    assert ("30th anniversary of the June 4, 1993 accord", "DATE", "2023-06-04") \
        in found(timexes)


def test_unknown_anniversary_is_never_read_as_a_year(tag):
    timexes = tag("The town celebrated the 70th anniversary of its football club.")
    assert all("1970" not in timex.value for timex in timexes)
    assert [t for t in timexes if "anniversary" in t.text] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kim met Shoigu on Wednesday.", ("Wednesday", "DATE", "XXXX-WXX-3")),
    ("The armistice was signed on July 27, 1953.", ("July 27, 1953", "DATE", "1953-07-27")),
    ("Police arrested two men yesterday.", ("yesterday", "DATE", "XXXX-XX-XX")),
    ("The army withdrew last week.", ("last week", "DATE", "XXXX-WXX")),
    ("The court rules today.", ("today", "DATE", "PRESENT_REF")),
    ("Talks resumed on July 27.", ("July 27", "DATE", "XXXX-07-27")),
    ("The siege lasted three months.", ("three months", "DURATION", "P3M")),
])
def test_article_without_a_date(tag, text, expected):
    check(tag, text, expected, day=None)


def test_every_timex_records_its_rule_and_slices_the_text(tag):
    text = "Kim met Shoigu on Wednesday, a day after the 70th anniversary of the Korean War."
    timexes = tag(text)
    assert timexes
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
        assert timex.rule.split(":")[0]


@pytest.mark.parametrize(("text", "span", "timex3"), [
    ("Kim met Shoigu on Wednesday.", "on Wednesday", "Wednesday"),
    ("On Monday, Kim visited the cemetery.", "On Monday", "Monday"),
    ("Talks resumed in March 2023.", "in March 2023", "March 2023"),
    ("The ceasefire ends Friday.", "Friday", "Friday"),
])
def test_spans_keep_the_framing_preposition_as_analysts_quote_it(tag, text, span, timex3):
    (timex,) = tag(text)
    assert (timex.text, text[timex.start:timex.end]) == (span, span)
    assert timex3_core(timex, TimeTagger().framing).text == timex3
