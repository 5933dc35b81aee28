"""The corpus actor registry: an actor established in one article is known in later ones."""

from __future__ import annotations

from datetime import date

from eventwire.models import Article
from eventwire.store import Store


def test_later_article_gets_country_from_registry_with_evidence(tmp_path, pipeline):
    first = pipeline.process(Article("a1", date(2023, 7, 26), "Russian defence minister "
                                     "Sergei Shoigu met his North Korean counterpart, Kang "
                                     "Sun Nam, in Pyongyang.", fingerprint="f1"))
    later = pipeline.process(Article("a2", date(2023, 9, 1), "Kang Sun Nam inspected a "
                                     "missile unit on Friday.", fingerprint="f2"))
    with Store(tmp_path / "r.duckdb") as store:
        store.write_batch([first])
        store.write_batch([later])
        kang = next(a for a in later.actors if a.name == "Kang Sun Nam")
        assert (kang.country, kang.sector, kang.country_rule) == ("PRK", "MIL", "registry")
        row = store.connection.execute(
            "SELECT article_id, evidence, seen FROM actor_registry WHERE name_key = "
            "'kang sun nam'").fetchone()
        assert row == ("a1", "North Korean counterpart", 2)


def test_a_dated_knowledge_base_role_in_a_later_article_replaces_the_text_entry(tmp_path,
                                                                                 pipeline):
    from eventwire.kb import load_kb
    from eventwire.pipeline import Pipeline

    mine = tmp_path / "mine.tsv"
    mine.write_text("# eventwire-kb actors 1\nid\tname\tkind\tcountry\tsector\tcode\tstart\t"
                    "end\taliases\tnote\nkang-sun-nam\tKang Sun Nam\tperson\tPRK\tGOV\tPRKGOV\t"
                    "2024-01-01\t\t\tpremier, in this test\n", encoding="utf-8")
    informed = Pipeline(nlp=pipeline.nlp, kb=load_kb((mine,)))
    first = pipeline.process(Article("a1", date(2023, 7, 26), "Russian defence minister "
                                     "Sergei Shoigu met his North Korean counterpart, Kang "
                                     "Sun Nam, in Pyongyang.", fingerprint="f1"))
    confirmed = informed.process(Article("a2", date(2024, 3, 1), "Kang Sun Nam opened a "
                                         "factory on Friday.", fingerprint="f2"))
    assert next(a for a in confirmed.actors if a.name == "Kang Sun Nam").country_rule \
        == "kb-dated"
    with Store(tmp_path / "r.duckdb") as store:
        store.write_batch([first])
        store.write_batch([confirmed])
        row = store.connection.execute(
            "SELECT country, sector, article_id, seen FROM actor_registry WHERE name_key = "
            "'kang sun nam'").fetchone()
    assert row == ("PRK", "GOV", "a2", 2)
