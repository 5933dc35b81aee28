"""Quotes: partial quotes inside a clause, their speaker, and the event that carries them."""

from __future__ import annotations

from tests.events_helpers import run


def test_partial_quote_speaker_and_event(pipeline):
    result = run(pipeline, 'Russian President Vladimir Putin praised China as a "reliable '
                           'partner" in the world.')
    assert [(q.text, q.speaker.name) for q in result.quotes] == [
        ("reliable partner", "Vladimir Putin")]
    assert [(e.cameo, e.quote) for e in result.events] == [("051", "reliable partner")]


def test_quoted_name_has_no_speaker(pipeline):
    result = run(pipeline, 'Iran celebrated the day as "Victory Day" on Monday.')
    assert [(q.text, q.speaker) for q in result.quotes] == [("Victory Day", None)]
