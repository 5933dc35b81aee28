"""The reference article through the pipeline: the facts the foundation promises."""

from __future__ import annotations

from eventwire.ingest import IngestOptions, read_file
from eventwire.models import Article
from tests.conftest import SEED_ARTICLE


def test_reference_article_first_wednesday_kim_and_consult(pipeline):
    (article,) = read_file(SEED_ARTICLE, IngestOptions())
    assert isinstance(article, Article)
    result = pipeline.process(article)
    first = next(t for t in result.timexes if t.sentence == 0 and "Wednesday" in t.text)
    assert (first.sentence, first.value) == (0, "2023-07-26")
    kim = next(a for a in result.actors if a.name == "Kim Jong Un")
    assert kim.country == "PRK"
    consult = [e for e in result.events if e.plover == "CONSULT"
               and {e.source and e.source.name, e.target and e.target.name}
               == {"Kim Jong Un", "Sergei Shoigu"}]
    assert consult and consult[0].date == "2023-07-26"
