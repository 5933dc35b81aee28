"""Attribution chains (outermost first), anaphora to the previous event, article credits."""

from __future__ import annotations

from eventwire.stages.quotes import find_credits
from tests.events_helpers import run


def chains(pipeline, text: str) -> list[list[str]]:
    return [[r.name for r in e.reported_by] for e in run(pipeline, text).events]


def test_as_reported_by_citing_gives_outermost_first(pipeline):
    assert chains(pipeline, "Iran attacked Israel, as reported by news agency Yonhap, citing the "
                            "Korean Central Broadcasting Station.") == [
        ["Yonhap", "Korean Central Broadcasting Station"]]


def test_according_to(pipeline):
    assert chains(pipeline, "According to Reuters, Iran attacked Israel.") == [["Reuters"]]


def test_speaker_of_reported_speech(pipeline):
    assert chains(pipeline, "Iran said Syria attacked Israel.") == [["Iran"]]


def test_this_statement_passes_attribution_to_previous_event(pipeline):
    result = run(pipeline, "Russian President Vladimir Putin praised Syria on Monday. This "
                           "statement was made in Moscow, as reported by news agency Yonhap.")
    (event,) = result.events
    assert (event.cameo, event.sentence, [r.name for r in event.reported_by]) == (
        "051", 0, ["Yonhap"])
    assert event.rule.endswith("attribution-from-next-sentence:1")


def test_credits_line():
    assert find_credits("Text.\n(With inputs from Reuters and AFP)") == ["Reuters", "AFP"]
