"""The reference article: its temporal expressions and the dates of its events, as the
analyst's ``expected.yaml`` lists them.

Spans follow TimeBank (no governing preposition: "Wednesday" for the analyst's "on
Wednesday"), so an expected item matches a timex whose text contains it or is contained in
it, with the same value (and sentence, where one is given).
"""

from __future__ import annotations

import pytest
import yaml

from eventwire.ingest import IngestOptions, read_file
from eventwire.models import ArticleResult
from tests.conftest import SEED_ARTICLE

EXPECTED = yaml.safe_load((SEED_ARTICLE.parent / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed(pipeline) -> ArticleResult:
    (article,) = read_file(SEED_ARTICLE, IngestOptions())
    return pipeline.process(article)


def matches(result: ArticleResult, item: dict) -> bool:
    wanted = item["text"].lower()
    return any((timex.text.lower() in wanted or wanted in timex.text.lower())
               and timex.value == item["value"]
               and item.get("sentence", timex.sentence) == timex.sentence
               for timex in result.timexes)


@pytest.mark.parametrize("item", EXPECTED["temporal"]["must"], ids=lambda i: i["text"])
def test_every_must_timex(seed, item):
    assert matches(seed, item)


@pytest.mark.parametrize("item", EXPECTED["temporal"]["should"], ids=lambda i: i["text"])
def test_every_should_timex(seed, item):
    assert matches(seed, item)


def test_the_anniversary_comes_from_the_armistice_date(seed):
    anniversary = next(t for t in seed.timexes if "anniversary" in t.text)
    assert (anniversary.text, anniversary.value) == (
        "70th anniversary of the end of the Korean War", "2023-07-27")
    assert "1953-07-27" in anniversary.rule


@pytest.mark.parametrize(("trigger", "sentence", "day", "rule"), [
    ("held", 0, "2023-07-26", "governing-timex:on Wednesday=2023-07-26"),
    ("presented", 2, "2023-07-26", "scene:the meeting dated earlier"),
    ("made", 8, "2023-07-26",
     "governing-timex:a day before the upcoming ceremony celebrations=2023-07-26"),
    ("visited", 12, "2023-07-24", "governing-timex:On Monday=2023-07-24"),
])
def test_events_are_dated_to_the_day_they_happened(seed, trigger, sentence, day, rule):
    event = next(e for e in seed.events if e.trigger.text == trigger and e.sentence == sentence)
    assert (event.date, event.date_precision, event.date_rule) == (day, "day", rule)


def test_expected_event_dates(seed):
    dated = [item for level in ("must", "should") for item in EXPECTED["events"][level]
             if "date" in item]
    assert dated
    for item in dated:
        source = item["source"]
        assert any(e.date == item["date"] and e.source is not None
                   and e.source.country == source["country"]
                   and source.get("name", e.source.name) in e.source.name
                   for e in seed.events), item["id"]
