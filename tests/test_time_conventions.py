"""TimeML/TempEval conventions of the time stage, on sentences written for these tests.

Each test names the convention it holds the stage to; every article is dated Thursday
2023-07-27 unless a test says otherwise, and each case asserts the exact span, TIMEX3 type
and value (or that nothing is tagged).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.eval.timeml import timex3_core
from eventwire.models import Article, ParsedArticle, Timex
from eventwire.stages.sentences import split_sentences
from eventwire.stages.time import TimeTagger, relative
from eventwire.stages.time.calendar import Period
from eventwire.stages.time.context import Context
from eventwire.stages.time.grammar import find_candidates

THURSDAY = date(2023, 7, 27)


@pytest.fixture(scope="module")
def tag(pipeline):
    tagger = TimeTagger()

    def run(text: str, day: date | None = THURSDAY) -> list[tuple[str, str, str]]:
        doc = pipeline.nlp(text)
        article = Article(id="test", date=day, text=text)
        timexes: list[Timex] = tagger(ParsedArticle(article, doc, split_sentences(doc)))
        cores = (timex3_core(timex, tagger.framing) for timex in timexes)
        return [(timex.text, timex.type, timex.value) for timex in cores]

    return run


@pytest.mark.parametrize(("text", "expected"), [
    # A present tense cannot tell of a past day: the weekday ahead.
    ("The summit opens its first session Monday.", ("Monday", "DATE", "2023-07-31")),
    ("Nominations are announced Tuesday.", ("Tuesday", "DATE", "2023-08-01")),
    ("The minister is to leave Saturday for Paris.", ("Saturday", "DATE", "2023-07-29")),
    # A modal on the verb the weekday dates points ahead too.
    ("The message could arrive Sunday, he said.", ("Sunday", "DATE", "2023-07-30")),
    ("They may meet on Monday or Tuesday.", ("Tuesday", "DATE", "2023-08-01")),
    # A verb of saying in the present reports; "hurt" is spelt alike in the past.
    ("Officials say Monday that the talks failed.", ("Monday", "DATE", "2023-07-24")),
    # A weekday right after a past verb of saying dates the saying, not the clause reported.
    ("Officials said Sunday the operation would last for months.",
     ("Sunday", "DATE", "2023-07-23")),
    ("The rebels said on Saturday they would free the hostages.",
     ("Saturday", "DATE", "2023-07-22")),
    ("Technology stocks hurt the index on Friday.", ("Friday", "DATE", "2023-07-21")),
    # The present of the main verb does not date a weekday of a noun phrase.
    ("The move follows Tuesday's declaration by Ford.", ("Tuesday", "DATE", "2023-07-25")),
    # A past perfect plan stays in the past.
    ("The offer had been due to expire Friday.", ("Friday", "DATE", "2023-07-21")),
    ("The talks, which were held Monday, failed.", ("Monday", "DATE", "2023-07-24")),
    # A present verb the tagger reads as a plural noun still points ahead.
    ("The Senate votes Tuesday on the bill.", ("Tuesday", "DATE", "2023-08-01")),
    ("The senators voted Tuesday on the bill.", ("Tuesday", "DATE", "2023-07-25")),
    # A passive infinitive describing a noun, and "due", name what is still to come ...
    ("The poll, to be published Friday, puts Labour ahead.", ("Friday", "DATE", "2023-07-28")),
    ("The troop ship, due here Tuesday, carries 450 marines.",
     ("Tuesday", "DATE", "2023-08-01")),
    # ... not an active one (purpose or result), nor a plan in the past perfect.
    ("He became the first leader to visit Taiwan on Monday.", ("Monday", "DATE", "2023-07-24")),
    # A noun ranked first is one already received; ranked "next", one still to come.
    ("He was the first leader to be received by the pope on Monday.",
     ("Monday", "DATE", "2023-07-24")),
    ("She is the next leader to be received by the pope on Monday.",
     ("Monday", "DATE", "2023-07-31")),
    ("He won by a second to take the title on Sunday.", ("Sunday", "DATE", "2023-07-23")),
    # A word of planning points ahead only through an infinitive it governs.
    ("Although the envoy said in Berlin on Tuesday that talks were over, Rome is expected to act.",
     ("Tuesday", "DATE", "2023-07-25")),
    ("The data, due to be published on Monday, may show a rise.",
     ("Monday", "DATE", "2023-07-31")),
    ("The report had been due Tuesday.", ("Tuesday", "DATE", "2023-07-25")),
    # What a report is "ahead of", and the day a plan was set for, are still to come ...
    ("Opinion polls ahead of Sunday's election show him leading.",
     ("Sunday", "DATE", "2023-07-30")),
    ("Security was tightened ahead of a speech by the king on Saturday on the reforms.",
     ("Saturday", "DATE", "2023-07-29")),
    ("A meeting was scheduled for Monday.", ("Monday", "DATE", "2023-07-31")),
    ("Talks were adjourned until Monday.", ("Monday", "DATE", "2023-07-31")),
    # ... unless the plan is a past perfect or "ahead" is no preposition.
    ("The minister is due in Kenya on Friday for a visit.", ("Friday", "DATE", "2023-07-28")),
    ("He flew in for the summit scheduled on Monday and Tuesday.",
     ("Tuesday", "DATE", "2023-08-01")),
    # A record "set on" a day was set then.
    ("The index is near its record high set on Monday.", ("Monday", "DATE", "2023-07-24")),
    ("A meeting had been scheduled for Monday.", ("Monday", "DATE", "2023-07-24")),
    ("The vote went ahead on Monday.", ("Monday", "DATE", "2023-07-24")),
])
def test_weekday_tense(tag, text, expected):
    assert expected in tag(text)


@pytest.mark.parametrize(("text", "expected"), [
    # A vague stretch placed before or after now is a vague reference (TimeBank), ...
    ("Violence has grown in recent years.", ("recent years", "DATE", "PAST_REF")),
    ("Rates have fallen in the last few months.", ("the last few months", "DATE", "PAST_REF")),
    ("The economy will slow in coming months.", ("coming months", "DATE", "FUTURE_REF")),
    ("Taxes will fall in future quarters.", ("future quarters", "DATE", "FUTURE_REF")),
    ("Funds sold bonds in recent weeks and months.",
     ("recent weeks and months", "DATE", "PAST_REF")),
    # ... while "the next few days" and a counted stretch stay amounts of time.
    ("Troops will surrender over the next few days.",
     ("the next few days", "DURATION", "PXD")),
    ("Prices rose over the past three years.", ("the past three years", "DURATION", "P3Y")),
    # A vague amount before or after the time last mentioned names no date.
    ("The board met on Monday. A few days later, the chairman resigned.",
     ("A few days", "DURATION", "PXD")),
    ("The plant was built a few years ago.", ("a few years ago", "DATE", "PAST_REF")),
    # A bare plural unit is an amount even before "of".
    ("The deal follows months of talks.", ("months", "DURATION", "PXM")),
    ("He died within weeks or months of his capture.",
     ("weeks or months", "DURATION", "PXW")),
])
def test_vague_stretches(tag, text, expected):
    assert expected in tag(text)


@pytest.mark.parametrize("text", [
    "Iraq imports about three-quarters of its food.",
    "Inspectors were refused entry to such quarters.",
])
def test_quarters_that_are_not_time(tag, text):
    assert tag(text) == []


@pytest.mark.parametrize(("text", "unexpected"), [
    # "soon" and "shortly" inside a conjunction or before "after"/"before" are signals.
    ("Foreigners may leave as soon as the threats end.", "soon"),
    ("He was killed soon after being captured.", "soon"),
    ("The dividend will be paid shortly before the merger.", "shortly"),
    # "the future", "the present" modifying a noun are no references to a time.
    ("Airbus designed it to compete with the future 787 Dreamliner.", "the future"),
    ("The king reshuffled the present council.", "the present"),
    # "the fall" as the subject of a verb is a drop, not autumn.
    ("Pundits said the fall could end all talk of rate rises.", "the fall"),
])
def test_words_that_are_not_times_here(tag, text, unexpected):
    assert unexpected not in [found[0] for found in tag(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("He will try as soon as possible.", ("as soon as possible", "DATE", "FUTURE_REF")),
    ("The accord mentions the year 2010.", ("the year 2010", "DATE", "2010")),
    ("Prices fell in the month of March.", ("the month of March", "DATE", "2023-03")),
    # A fiscal year named by its end is an amount of time, a quarter a date.
    ("Revenue was $76 million for the year ended March 31.", ("the year", "DURATION", "P1Y")),
    ("Sales rose in the quarter ended Sept. 30 to $747 million.",
     ("the quarter", "DATE", "2022-Q3")),
    ("The troops arrive in the week ahead.", ("the week ahead", "DATE", "2023-W31")),
    ("Funds may sell their bonds in the weeks ahead.", ("the weeks ahead", "DURATION", "PXW")),
    ("Hotels filled up in the fall.", ("the fall", "DATE", "2022-FA")),
])
def test_phrases_read_whole(tag, text, expected):
    assert expected in tag(text)


@pytest.mark.parametrize(("text", "expected"), [
    # The 24-hour clock of wire copy is a time of its own; the weekday after it is the day
    # of both clock times.
    ("The bombs exploded at 10:40 a.m. (0740 GMT) Friday.",
     [("10:40 a.m.", "TIME", "2023-07-21T10:40"), ("0740 GMT", "TIME", "2023-07-21T07:40"),
      ("Friday", "DATE", "2023-07-21")]),
    ("The deadline expires at midnight (0400 GMT) on Saturday.",
     [("midnight", "TIME", "2023-07-29T24:00"), ("0400 GMT", "TIME", "2023-07-29T04:00"),
      ("Saturday", "DATE", "2023-07-29")]),
    # A part of the day counted from the day last mentioned.
    ("Rebels attacked on Tuesday. The next morning they left.",
     [("Tuesday", "DATE", "2023-07-25"), ("The next morning", "TIME", "2023-07-26TMO")]),
    ("Rebels attacked on Tuesday. That night the police arrived.",
     [("Tuesday", "DATE", "2023-07-25"), ("That night", "TIME", "2023-07-25TNI")]),
    # "before" ending its phrase ahead of "to" is an adverb: an offset, not an amount.
    ("Exports rose 5 percent from a year before to 10 billion dollars.",
     [("a year before", "DATE", "2022")]),
    # A year after a noun of a stretch of time is a year, after another noun an identifier.
    ("Spending for the period 2006-2008 will rise.",
     [("2006", "DATE", "2006"), ("2008", "DATE", "2008")]),
    ("The council passed resolution 1737.", []),
    # A race time is no clock time: minutes, seconds and hundredths, or hours, minutes
    # and seconds.
    ("She won her heat in 2:02.75 ahead of Lee.", []),
    ("He finished the marathon in 2:05:33.", []),
    # Speeds and newspapers are no times.
    ("Winds of 150 kilometers (93 miles) per hour hit the coast.", []),
    ("The train runs at 280 miles an hour.", []),
    ("An official quoted by the Haaretz daily said so.", []),
    # A frequency word that names a calendar unit is that unit left unspecified (TimeBank's
    # "daily" and "annually", HeidelTime's set words).
    ("The paper is published daily.", [("daily", "SET", "XXXX-XX-XX")]),
    ("The festival is held annually.", [("annually", "SET", "XXXX")]),
    ("The magazine appears monthly.", [("monthly", "SET", "XXXX-XX")]),
    ("The patrols run nightly.", [("nightly", "SET", "XXXX-XX-XXTNI")]),
])
def test_whole_sentence(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The same occasion named again by its weekday is the same day, whatever the tense of
    # the new clause ...
    ("Runners will take part in Sunday's race. The organisers of Sunday's race would not "
     "comment.", [("Sunday", "DATE", "2023-07-30"), ("Sunday", "DATE", "2023-07-30")]),
    # ... but another occasion on the same weekday is read on its own.
    ("Voters will go to the polls in Sunday's election. Sunday's attack killed two.",
     [("Sunday", "DATE", "2023-07-30"), ("Sunday", "DATE", "2023-07-23")]),
])
def test_a_weekday_occasion_named_again_is_the_same_day(tag, text, expected):
    assert tag(text) == expected


def test_an_occasion_on_the_article_weekday_is_remembered(pipeline):
    """ "Thursday's race" in an article of Thursday is the article date, and is noted as
    the occasion's day like any other weekday, for when it is named again."""
    text = "Thursday's race was won by a Kenyan."
    doc = pipeline.nlp(text)
    parsed = ParsedArticle(Article(id="test", date=THURSDAY, text=text), doc,
                           split_sentences(doc))
    tagger = TimeTagger()
    context = Context(parsed, tagger.words)
    candidates = find_candidates(text, lambda candidate: True)
    resolutions = [relative.weekday(candidate, context) for candidate in candidates
                   if candidate.rule.resolver == "weekday"]
    assert [(r.value, r.how) for r in resolutions if r is not None] == \
        [("2023-07-27", "article weekday")]
    assert context.occasions == {(4, "race"): "2023-07-27"}


@pytest.mark.parametrize(("text", "expected"), [
    # An amount of time in every period is one SET of that period (TimeML guidelines,
    # HeidelTime), not a duration and a rate.
    ("He works three days a week.", [("three days a week", "SET", "P1W")]),
    ("The shop opens 24 hours a day.", [("24 hours a day", "SET", "P1D")]),
    ("The ferry sails two days each week.", [("two days each week", "SET", "P1W")]),
    ("They were paid 10 dollars a day.", []),
    ("He spent three days in Paris a week ago.",
     [("three days", "DURATION", "P3D"), ("a week ago", "DATE", "2023-W29")]),
])
def test_an_amount_in_every_period_is_a_set(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Rates are not sets of times (TimeBank); counted frequencies are.
    ("The cuts will save $500 million a year.", []),
    ("Qantas runs four flights a week to Bombay.", []),
    ("Sales should rise 8.5% annually.", []),
    ("The council meets twice a week.", [("twice a week", "SET", "P1W")]),
    ("The plant produces 500 tonnes a month.", []),
    ("Orangemen march each July.", [("each July", "SET", "XXXX-07")]),
])
def test_rates_are_not_sets(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Parts of the day: "overnight" is the night before the day of the report.
    ("The writer died overnight in Berlin.", [("overnight", "TIME", "2023-07-26TNI")]),
    ("Shares fell at midday Tuesday.", [("midday Tuesday", "TIME", "2023-07-25TMI")]),
    ("On the night of July 20, police raided the camp.",
     [("the night of July 20", "TIME", "2023-07-20TNI")]),
    ("It began on the morning of August 7, 1998.",
     [("the morning of August 7, 1998", "TIME", "1998-08-07TMO")]),
    ("The critic of the Evening Standard disagreed.", []),
])
def test_parts_of_the_day(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An indefinite day ahead is a reference to the future, not an amount.
    ("Islam will one day be the second largest religion.", [("one day", "DATE", "FUTURE_REF")]),
    ("He hopes to return some day.", [("some day", "DATE", "FUTURE_REF")]),
    ("The strike lasted one day.", [("one day", "DURATION", "P1D")]),
    # "one day" on a verb to come, also the infinitive of a present wish or expectation ...
    ("He expects his son to be captain one day.", [("one day", "DATE", "FUTURE_REF")]),
    ("She hopes to win the title one day.", [("one day", "DATE", "FUTURE_REF")]),
    # ... unless the verb is one of lasting, or a preposition makes it an amount.
    ("The strike will last one day.", [("one day", "DURATION", "P1D")]),
    ("Prices will rise 5% in one day.", [("one day", "DURATION", "P1D")]),
    # "the day before" an event is that day, not the day before the time last mentioned.
    ("Rebels attacked on Tuesday. The day before, police had arrested 20.",
     [("Tuesday", "DATE", "2023-07-25"), ("The day before", "DATE", "2023-07-24")]),
    ("Prices fell after Oct. 12, the day before the crash.",
     [("Oct. 12", "DATE", "2022-10-12"), ("the day", "DATE", "2022-10-12")]),
])
def test_indefinite_and_chained_days(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Minutes and hours after a time are an amount: the day noted cannot carry them.
    ("The first plane hit at 8:46 a.m. Twenty minutes later, the tower fell.",
     [("8:46 a.m.", "TIME", "2023-07-27T08:46"), ("Twenty minutes later", "DURATION", "PT20M")]),
    ("A minute and a half later, the pilot called the tower.",
     [("A minute and a half later", "DURATION", "PT1M30S")]),
    ("Two hours ago the convoy left Basra.", [("Two hours ago", "DURATION", "PT2H")]),
    # A fortnight is two weeks.
    ("The army quit the town a fortnight ago.", [("a fortnight ago", "DATE", "2023-W28")]),
])
def test_offsets_in_units_finer_or_larger_than_a_day(tag, text, expected):
    assert tag(text) == expected


def test_the_quarter_named_again_sets_what_a_year_ago_counts_from(tag):
    text = ("Acme posted third-quarter net of $4 million. Its chairman retired. The board met. "
            "Sales were flat. In the latest quarter, debt fell to $2 million from $3 million "
            "a year ago.")
    assert tag(text)[-2:] == [("the latest quarter", "DATE", "2023-Q3"),
                              ("a year ago", "DATE", "2022-Q3")]


def test_a_count_beyond_the_calendar_is_no_date_and_does_not_fail_the_article(tag):
    """Market tables: "125,000 week ago" is 125,000 head of cattle a week ago."""
    text = "Hogs were 132,000 head versus 125,000 week ago and 125,000 a year ago."
    assert tag(text) == [("a year ago", "DATE", "2022")]


def test_a_period_moved_beyond_the_calendar_is_none():
    """Days and weeks overflow the calendar in ``date`` arithmetic, months and years in
    the month count: both are no period."""
    day = Period("day", THURSDAY)
    assert day.shift(-125_000, "week") is None
    assert day.shift(-125_000, "year") is None
    assert day.shift(-3, "year") == Period("day", date(2020, 7, 27))
    assert Period("year", date(2023, 1, 1)).shift(7976) == Period("year", date(9999, 1, 1))
    assert Period("year", date(2023, 1, 1)).shift(7977) is None


@pytest.mark.parametrize(("text", "expected"), [
    # "from now" counts forward from the article date.
    ("The comet will return 60 years from now.", [("60 years from now", "DATE", "2083")]),
    ("The treaty expires 20 years from now.", [("20 years from now", "DATE", "2043")]),
])
def test_amounts_from_now(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A spoken year names the year of a month or a season before it (broadcast transcripts).
    ("The clinic was bombed in January nineteen ninety-seven.",
     [("January nineteen ninety-seven", "DATE", "1997-01")]),
    ("Oil fell to that level in the winter of nineteen ninety-four.",
     [("the winter of nineteen ninety-four", "DATE", "1994-WI")]),
    ("The games open in the summer of two thousand.",
     [("the summer of two thousand", "DATE", "2000-SU")]),
])
def test_spoken_years_of_months_and_seasons(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clock time before a part of the day after noon is p.m.; "this evening" is today's.
    ("Rebels attacked on Tuesday. Police came at 11:30 that night.",
     [("Tuesday", "DATE", "2023-07-25"), ("11:30", "TIME", "2023-07-25T23:30"),
      ("that night", "TIME", "2023-07-25TNI")]),
    ("The ceremony begins at 6:30 this evening.",
     [("6:30", "TIME", "2023-07-27T18:30"), ("this evening", "TIME", "2023-07-27TEV")]),
    ("Troops left at 7 in the morning.",
     [("7", "TIME", "2023-07-27T07:00"), ("the morning", "TIME", "2023-07-27TMO")]),
    ("The curfew starts at 10 o'clock.", [("10 o'clock", "TIME", "2023-07-27T10:00")]),
    ("This afternoon at about 3:30, the army seized two cars.",
     [("This afternoon", "TIME", "2023-07-27TAF"), ("about 3:30", "TIME", "2023-07-27T15:30")]),
    # A bare number is a clock time only after "at" and before a part of the day.
    ("Rebels killed 11 that night.", [("that night", "TIME", "2023-07-27TNI")]),
])
def test_clock_times_read_on_the_clock_of_the_part_of_the_day(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Plural weekdays, weekends and parts of weekdays recur.
    ("Protesters gather on Sundays at the cathedral.", [("Sundays", "SET", "XXXX-WXX-7")]),
    ("The market is closed on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
    ("Two flights leave on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
    ("The museum opens late on Friday evenings.", [("Friday evenings", "SET", "XXXX-WXX-5TEV")]),
])
def test_recurring_weekdays_and_weekends(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A year before a plural noun dates it after a determiner, a possessive or before a name;
    # a bare number before a plural noun counts it.
    ("Sydney will host the 2000 Olympics.", [("2000", "DATE", "2000")]),
    ("The charge cut the company's 1989 operating results.", [("1989", "DATE", "1989")]),
    ("Analysts were predicting 1990 BellSouth earnings of $3.90 a share.",
     [("1990", "DATE", "1990")]),
    ("Police said 2000 protesters marched.", []),
])
def test_years_before_plural_nouns(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The early hours are the night before a day's dawn, a time of that day.
    ("The fighting began in the early hours of Monday.",
     [("the early hours of Monday", "TIME", "2023-07-24TNI")]),
    ("The quake struck in the small hours of July 7.",
     [("the small hours of July 7", "TIME", "2023-07-07TNI")]),
    ("Rebels attacked on Tuesday. In the early hours, the army struck back.",
     [("Tuesday", "DATE", "2023-07-25"), ("the early hours", "TIME", "2023-07-25TNI")]),
])
def test_the_early_hours_are_a_time_of_day(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare season modifying a noun names a kind of thing, not a time.
    ("The road to the region's winter capital is closed.", []),
    ("Demand for winter coal surged.", []),
    ("The army will attack in winter.", [("winter", "DATE", "2024-WI")]),
])
def test_seasons_that_name_a_kind(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare "the year" chains on the year last mentioned, unless its clause points ahead
    # of a year already over.
    ("ASEAN admitted Laos last year. Burma will join before the end of the year.",
     [("last year", "DATE", "2022"), ("the end of the year", "DATE", "2023")]),
    ("Sales rose 5% last year. In the year, profit doubled.",
     [("last year", "DATE", "2022"), ("the year", "DATE", "2022")]),
])
def test_the_year_in_a_clause_pointing_ahead(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "The latest" year, month or week is the last one completed.
    ("Provigo had sales of C$7.4 billion in the latest fiscal year.",
     [("the latest fiscal year", "DATE", "2022")]),
    ("Jobless claims fell in the most recent week.",
     [("the most recent week", "DATE", "2023-W29")]),
])
def test_the_latest_period_is_the_last_completed(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a second" is an amount of time only after a preposition; alone it is an ordinal.
    ("One man was shot at noon, and a second at dusk.",
     [("noon", "TIME", "2023-07-27T12:00"), ("dusk", "TIME", "2023-07-27TEV")]),
    ("The lights went out for a second.", [("a second", "DURATION", "PT1S")]),
])
def test_a_second_alone_is_an_ordinal(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Dawn and dusk are the morning and evening of the day last mentioned (TIMEX3 MO, EV) ...
    ("The boats arrived off-shore around dawn.", [("dawn", "TIME", "2023-07-27TMO")]),
    ("The rebels attacked on Monday before daybreak.",
     [("Monday", "DATE", "2023-07-24"), ("daybreak", "TIME", "2023-07-24TMO")]),
    # ... only as the object of a preposition: not a kind of raid, an era or a newspaper.
    ("Police carried out dawn raids.", []),
    ("It was the dawn of a new era.", []),
    ("Dawn newspaper said the talks failed.", []),
])
def test_dawn_and_dusk_are_parts_of_the_day(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "overnight" with a weekday is that day's night, one expression like "Wednesday night" ...
    ("Rebels shelled the city overnight on Wednesday.",
     [("overnight on Wednesday", "TIME", "2023-07-26TNI")]),
    ("Rebels shelled the city overnight Wednesday.",
     [("overnight Wednesday", "TIME", "2023-07-26TNI")]),
    # ... and alone, before a market word, the night before the report.
    ("Stocks rose in overnight trading.", [("overnight", "TIME", "2023-07-26TNI")]),
])
def test_overnight_with_a_weekday_is_that_night(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the minutes of" a meeting are its record ...
    ("The minutes of the meeting were released on Tuesday.",
     [("Tuesday", "DATE", "2023-07-25")]),
    ("The bank published the minutes of its board meeting.", []),
    # ... "within minutes of" the blast, and counted minutes, an amount of time.
    ("Within minutes of the blast, police arrived.", [("minutes", "DURATION", "PTXM")]),
    ("They observed two minutes of silence.", [("two minutes", "DURATION", "PT2M")]),
])
def test_the_minutes_of_a_meeting_are_no_time(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A period noun before the years it names: the years, and no vague amount ...
    ("The museum shows photographs from the war years 1939-45.",
     [("1939", "DATE", "1939"), ("45", "DATE", "1945")]),
    ("Prices doubled in the years 1990-1995.",
     [("1990", "DATE", "1990"), ("1995", "DATE", "1995")]),
    # ... while a number before the unit counts it.
    ("He spent three years 1990-93 in jail.",
     [("three years", "DURATION", "P3Y"), ("1990", "DATE", "1990"), ("93", "DATE", "1993")]),
])
def test_years_named_by_their_numbers(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The last day of a range after a month is a day of that month, written apart ...
    ("The fair runs Sept. 3-5 in Berlin.",
     [("Sept. 3", "DATE", "2023-09-03"), ("5", "DATE", "2023-09-05")]),
    # ... not a score or a count after a date, nor a day the month does not have.
    ("On July 17, rebels killed 3-4 people.", [("July 17", "DATE", "2023-07-17")]),
    ("Talks are set for April 30-31.", [("April 30", "DATE", "2024-04-30")]),
])
def test_the_last_day_of_a_range(tag, text, expected):
    assert tag(text) == expected


MARCH_1997 = date(1997, 3, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # An offset that opens a comparison counts from the time that closes it ...
    ("Exports rose 5 percent from a year earlier to $3 billion in 1996.",
     [("a year earlier", "DATE", "1995"), ("1996", "DATE", "1996")]),
    ("Output fell in January. Sales rose from a year earlier to $2 billion in 1996.",
     [("January", "DATE", "1997-01"), ("a year earlier", "DATE", "1995"),
      ("1996", "DATE", "1996")]),
    # ... as it does when that time comes first.
    ("Imports grew 12 percent in 1996 from a year earlier.",
     [("1996", "DATE", "1996"), ("a year earlier", "DATE", "1995")]),
])
def test_a_comparison_from_an_offset_counts_from_its_end(tag, text, expected):
    assert tag(text, MARCH_1997) == expected


FEBRUARY_ARTICLE = date(2024, 2, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # "until" on a present verb names a limit still ahead, even a date just gone by ...
    ("He has until Jan. 31 to decide.", ("Jan. 31", "DATE", "2025-01-31")),
    ("The ban remains in force until January.", ("January", "DATE", "2025-01")),
    # ... but not on a past verb.
    ("He stayed until Jan. 31.", ("Jan. 31", "DATE", "2024-01-31")),
])
def test_a_limit_on_a_present_verb_lies_ahead(tag, text, expected):
    assert expected in tag(text, FEBRUARY_ARTICLE)


@pytest.mark.parametrize(("text", "expected"), [
    # A clause of the future cannot speak of a month or day gone by, however close ...
    ("NASA will launch the mission in December.", ("December", "DATE", "2024-12")),
    ("The new rate will apply from Jan. 15.", ("Jan. 15", "DATE", "2025-01-15")),
    # ... while a past clause keeps the nearest one.
    ("NASA launched the mission in December.", ("December", "DATE", "2023-12")),
])
def test_a_future_clause_does_not_speak_of_a_day_gone_by(tag, text, expected):
    assert expected in tag(text, FEBRUARY_ARTICLE)


@pytest.mark.parametrize(("text", "expected"), [
    # A date right on a verb in the past is past, however close ahead the same day is ...
    ("In the fiscal year ended March 31, sales rose 4%.", ("March 31", "DATE", "2023-03-31")),
    ("The offer expired March 15.", ("March 15", "DATE", "2023-03-15")),
    # ... but a present perfect takes no date of its own: the date is its object.
    ("The board has set March 15 as the deadline for bids.",
     ("March 15", "DATE", "2024-03-15")),
])
def test_a_date_right_on_a_past_verb_is_past(tag, text, expected):
    assert expected in tag(text, FEBRUARY_ARTICLE)


@pytest.mark.parametrize(("text", "expected"), [
    # "on"/"in" on a past verb puts a date without a year in the past ...
    ("He was arrested on Aug. 20.", ("Aug. 20", "DATE", "2022-08-20")),
    # ... but not on a passive infinitive or a verb that looks ahead.
    ("The first round falls on Sunday, to be followed by a run-off on Aug. 20.",
     ("Aug. 20", "DATE", "2023-08-20")),
    ("Investors awaited a rise in the limit on Aug. 20.", ("Aug. 20", "DATE", "2023-08-20")),
    # A verb of planning or putting off, by its lemma, whatever its form.
    ("The hearing was scheduled for Aug. 20.", ("Aug. 20", "DATE", "2023-08-20")),
    ("The talks were adjourned to Aug. 20.", ("Aug. 20", "DATE", "2023-08-20")),
    ("The rebels were expected to free the hostages on Aug. 20.",
     ("Aug. 20", "DATE", "2023-08-20")),
    # A bare gerund takes the tense of the verb it depends on.
    ("The World Cup will come to Asia, Blatter was quoted as saying in December.",
     ("December", "DATE", "2022-12")),
    ("Before leaving for Paris on Monday, he will meet the king.",
     ("Monday", "DATE", "2023-07-31")),
    ("He is considering visiting Jordan on Sunday.", ("Sunday", "DATE", "2023-07-30")),
    ("The attacks would not stop him from visiting Jordan on Sunday.",
     ("Sunday", "DATE", "2023-07-30")),
    ("He enjoyed visiting Jordan on Sunday.", ("Sunday", "DATE", "2023-07-23")),
])
def test_a_past_verb_that_does_not_date_the_past(tag, text, expected):
    assert expected in tag(text)


@pytest.mark.parametrize(("text", "expected"), [
    # A singular unit after "a" or a vague number, before a noun, names a kind of thing ...
    ("Troops kept thousands of day laborers from their jobs.", []),
    ("The pupils went on a day trip to the coast.", []),
    # ... and an age stays no time, even with a stray space after the hyphen.
    ("Police found a 12-year- old girl.", []),
    ("The boy was ten years of age.", []),
    # A word of age only counts right after the amount, not in the next sentence.
    ("Sales rose for three years. Old friends came.", [("three years", "DURATION", "P3Y")]),
    # A counted or hyphenated amount before a noun is still one.
    ("It ended a several-year tenure.", [("several-year", "DURATION", "PXY")]),
    ("The guests stayed a night in the hotel.", [("a night", "DURATION", "P1D")]),
])
def test_units_that_name_a_kind(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "and a half" before the unit belongs to the amount, spaced or hyphenated ...
    ("He spent three and a half years in jail.",
     [("three and a half years", "DURATION", "P3Y6M")]),
    ("They left after three-and-a-half years of war.",
     [("three-and-a-half years", "DURATION", "P3Y6M")]),
    # ... and a half decade is counted in years.
    ("He ruled for two and a half decades.", [("two and a half decades", "DURATION", "P25Y")]),
    ("It lasted a decade and a half.", [("a decade and a half", "DURATION", "P15Y")]),
])
def test_amounts_and_a_half(tag, text, expected):
    assert tag(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Each year of a range is a timex; a two-digit end takes the century of the start.
    ("The 2021-22 season was his last.", [("2021", "DATE", "2021"), ("22", "DATE", "2022")]),
    ("He ruled from 1973-1990.", [("1973", "DATE", "1973"), ("1990", "DATE", "1990")]),
    ("The 1999-00 budget was cut.", [("1999", "DATE", "1999"), ("00", "DATE", "2000")]),
    ("The painter Otto Dix (1891-1969) is famous.",
     [("1891", "DATE", "1891"), ("1969", "DATE", "1969")]),
    # A range of numbers that runs back or too far is a count, not years.
    ("The army sent 1500-2000 troops.", []),
])
def test_ranges_of_years(tag, text, expected):
    assert tag(text) == expected
