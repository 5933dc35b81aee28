"""The reference article: the `must` events and quotes of expected.yaml, and the `should`
events that the current stages reach."""

from __future__ import annotations

import pytest

from eventwire.ingest import IngestOptions, read_file
from tests.conftest import SEED_ARTICLE


@pytest.fixture(scope="module")
def seed(pipeline):
    (article,) = read_file(SEED_ARTICLE, IngestOptions())
    return pipeline.process(article)


def _events(seed, plover=None, source=None):
    return [e for e in seed.events if (plover is None or e.plover == plover)
            and (source is None or (e.source and source in e.source.name))]


def test_kim_meets_shoigu(seed):
    (event,) = [e for e in _events(seed, "CONSULT", "Kim") if e.sentence == 0]
    assert (event.cameo, event.target.name, event.target.country, event.date) == (
        "040", "Sergei Shoigu", "RUS", "2023-07-26")


def test_both_sides_pledge_reported_by_kcna(seed):
    pledges = [e for e in _events(seed, "AGREE") if e.sentence == 1]
    # "pledged to strengthen their ties": the intent of diplomatic cooperation (032,
    # strengthen … ties in extra_patterns.tsv), within the "03" the analyst expects
    assert sorted((e.source.country, e.target.country, e.cameo) for e in pledges) == [
        ("PRK", "RUS", "032"), ("RUS", "PRK", "032")]
    assert all("KCNA" in e.reported_by[0].name for e in pledges)


def test_shoigu_praises_with_quote_place_and_next_sentence_reporters(seed):
    (event,) = _events(seed, "SUPPORT", "Shoigu")
    assert (event.cameo, event.quote, event.place.name) == ("051", "most powerful", "Pyongyang")
    assert [r.name for r in event.reported_by] == ["Yonhap", "Korean Central Broadcasting Station"]


def test_kim_visits_martyrs_cemetery_on_monday(seed):
    (event,) = [e for e in _events(seed, source="Kim") if e.sentence == 12]
    assert (event.cameo, event.date, event.source.country) == ("042", "2023-07-24", "PRK")


def test_kim_thanks_putin_with_his_quote(seed):
    (event,) = [e for e in _events(seed, "SUPPORT", "Kim") if e.sentence == 3]
    assert (event.cameo, event.target.name) == ("051", "Vladimir Putin")
    assert event.quote.startswith("strategic and traditional DPRK (North Korea)-Russia relations")


def test_quotes_and_speakers(seed):
    speakers = {q.text.rstrip("."): q.speaker and q.speaker.name for q in seed.quotes}
    assert speakers["most powerful"] == "Sergei Shoigu"
    assert speakers["strategic and traditional DPRK (North Korea)-Russia relations"] == (
        "Kim Jong Un")
    assert speakers["inflicted defeat"] == "Kim Jong Un"
    assert seed.credits == ["Reuters"]
